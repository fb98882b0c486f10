"""The quote scorer on hand-made cases whose figures are worked out by hand."""

from __future__ import annotations

import pytest

from storyline.evaluation.polnear import Attribution
from storyline.evaluation.quote_scorer import (
    Predicted,
    QuoteScore,
    Tokens,
    is_quoted,
    merge_scores,
    predicted,
    score_document,
)
from storyline.extract.quotes.model import Quote, Span

TEXT = 'Ann Lee said: "We will win the vote." Bob says the plan failed. "It works," he added.'


def at(words: str, text: str = TEXT, nth: int = 0) -> tuple[int, int]:
    """Offsets of the `nth` occurrence of `words` in the text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def span(words: str, text: str = TEXT, nth: int = 0) -> Span:
    start, end = at(words, text, nth)
    return Span(start, end, words)


GOLD = [
    Attribution("E1", (at('"We will win the vote."'),), (at("said"),), (at("Ann Lee"),)),
    Attribution("E2", (at("the plan failed"),), (at("says"),), (at("Bob"),)),
    Attribution(
        "E3", (at('"It works,"'),), (at("added"),), (at("he", nth=2),)
    ),  # 0: in "the vote", 1: "the plan"
    Attribution("E4", (), (at("said"),), ()),  # no content: not scored
]
QUOTES = [
    Quote(span("We will win"), "direct", cue=span("said"), speaker=span("Lee")),
    Quote(span("Bob says the plan failed"), "indirect", speaker_actor=0),  # no cue
    Quote(span('"It works,"'), "term"),  # left out: no attribution claimed
    Quote(span("Ann Lee said"), "indirect"),  # overlaps no gold content
]
MENTIONS = [[at("Bob")], [at("Ann Lee")]]


def test_tokens_are_word_runs_and_spans_cover_those_they_overlap() -> None:
    tokens = Tokens("It's a “test”.")
    assert list(zip(tokens.starts, tokens.ends, strict=True)) == [(0, 2), (3, 4), (5, 6), (8, 12)]
    assert tokens.covered([(1, 4)]) == {0, 1}
    assert tokens.covered([(7, 8), (12, 14)]) == set()  # quotation marks and a full stop
    assert tokens.covered([(6, 14), (0, 1)]) == {0, 3}


@pytest.mark.parametrize(
    ("text", "words", "quoted"),
    [
        ("He said “we will win,” then left.", "“we will win,”", True),
        ("He said ''it was fine'' to us.", "it was fine'' to us", True),  # NYT marks
        ('He said "yes" twice.', 'said "yes" twice', True),  # mixed: the content holds one
        ("Trump: ‘Crooked Hillary’ lies", "‘Crooked Hillary’", True),
        ("He said “we will win,” then left.", "we will win", True),  # enclosed by them
        ("He said “we will win” then left.", "we will", False),  # not up to the mark
        ("Clinton’s plan failed, he said.", "Clinton’s plan failed", False),  # apostrophe
        ("He said 'twas fine.", "'twas fine", False),  # one straight apostrophe
    ],
)
def test_a_content_is_quoted_when_it_holds_quotation_marks(
    text: str, words: str, quoted: bool
) -> None:
    assert is_quoted(text, (at(words, text),)) is quoted


def test_a_discontinuous_content_is_quoted_by_any_of_its_spans() -> None:
    text = "Plans fail, he said, “always.”"
    assert is_quoted(text, (at("Plans fail", text), at("“always.”", text)))
    assert not is_quoted(text, ())


def test_terms_are_left_out_and_parts_replace_the_content() -> None:
    assert predicted(QUOTES[2]) is None
    whole = span('"We will win the vote." Bob says')
    split = Quote(whole, "direct", parts=(span('"We will win the vote."'), span("says")))
    assert predicted(split) == Predicted((at('"We will win the vote."'), at("says")))


def test_document_figures_worked_out_by_hand() -> None:
    score = score_document(TEXT, GOLD, QUOTES, MENTIONS)
    metrics = score.metrics()
    # 3 gold attributions with a content (E4 has none); 3 predictions (the term left out)
    assert (score.attributions, score.without_content, score.predicted) == (3, 1, 3)
    # quoted: E1 and E3. E1 found (by "We will win"), speaker "Lee" overlaps "Ann Lee";
    # E3 only overlapped by the term, so not found.
    assert (score.direct_gold, score.direct_found, score.direct_speaker_right) == (2, 1, 1)
    assert metrics["direct_recall"] == 0.5
    assert metrics["direct_speaker_accuracy"] == 1.0
    assert metrics["direct_end_to_end"] == 0.5
    # tokens: predicted We will win (3) + Bob says the plan failed (5) + Ann Lee said (3) = 11;
    # gold We will win the vote (5) + the plan failed (3) + It works (2) = 10; common 3 + 3 = 6
    assert (score.predicted_tokens, score.gold_tokens, score.common_tokens) == (11, 10, 6)
    assert metrics["content_precision"] == round(6 / 11, 4)
    assert metrics["content_recall"] == 0.6
    assert metrics["content_f1"] == round(72 / 126, 4)  # 2PR/(P+R) = (72/110)/(126/110)
    # matched: E1 -> "We will win", E2 -> "Bob says the plan failed" (its actor 0 is Bob)
    assert (score.matched, score.matched_sourced, score.source_right) == (2, 2, 2)
    assert metrics["source_accuracy"] == 1.0
    # cue: E1 "said" right; E2's prediction has no cue
    assert (score.matched_cued, score.cue_right) == (2, 1) and metrics["cue_accuracy"] == 0.5
    # of the 3 predictions, "Lee" is a speaker with no actor, actor 0 has no speaker span
    assert (score.predicted_speakers, score.predicted_actors) == (1, 1)
    assert metrics["speaker_actor_rate"] == round(1 / 3, 4)


def test_without_mentions_an_actor_alone_is_no_speaker() -> None:
    score = score_document(TEXT, GOLD, QUOTES)
    assert (score.source_right, score.matched_sourced) == (1, 2)
    assert score.metrics()["source_accuracy"] == 0.5
    assert score.predicted_actors == 0  # actor 0 indexes no actor of the document
    wrong_actor = [MENTIONS[1], MENTIONS[0]]  # actor 0 is now Ann Lee
    assert score_document(TEXT, GOLD, QUOTES, wrong_actor).source_right == 1
    assert score_document(TEXT, GOLD, QUOTES, MENTIONS[:0]).source_right == 1  # out of range


def test_the_best_overlapping_prediction_is_matched() -> None:
    gold = [GOLD[0]]
    quotes = [
        Quote(span("vote"), "direct", speaker=span("Bob")),  # 1 shared token
        Quote(span("We will win"), "direct", speaker=span("Ann")),  # 3 shared tokens
    ]
    assert score_document(TEXT, gold, quotes).direct_speaker_right == 1
    tie = [quotes[0], Quote(span("the"), "direct", speaker=span("Ann"))]  # first one wins
    assert score_document(TEXT, gold, tie).direct_speaker_right == 0


def test_quoted_ones_without_a_source_count_for_recall_only() -> None:
    gold = [Attribution("E1", (at('"It works,"'),), (at("added"),), ())]
    quotes = [Quote(span("It works"), "direct", speaker=span("he", nth=2))]
    score = score_document(TEXT, gold, quotes)
    assert (score.direct_gold, score.direct_found, score.direct_sourced) == (1, 1, 0)
    metrics = score.metrics()
    assert metrics["direct_recall"] == 1.0 and metrics["direct_end_to_end"] == 0.0
    assert metrics["direct_speaker_accuracy"] == 0.0 and score.matched_sourced == 0


def test_scores_are_summed_over_documents_micro() -> None:
    first = score_document(TEXT, GOLD, QUOTES, MENTIONS)
    empty = score_document("No quote here.", [], [])
    total = merge_scores([first, empty, first])
    assert total.documents == 3 and total.gold_tokens == 20 and total.common_tokens == 12
    assert total.metrics()["content_f1"] == first.metrics()["content_f1"]
    assert QuoteScore().metrics()["content_f1"] == 0.0
