"""The developments bench's gold, scorer, peers and alignment, on hand-made cases."""

from __future__ import annotations

import pytest

from storyline.evaluation.bench_developments import locate_lines, stories
from storyline.evaluation.developments_peers import best_threshold, flag_below, tfidf_max_cosines
from storyline.evaluation.developments_scorer import gold_labels, overlapping, score_new
from storyline.evaluation.ecbplus import EventDocument


def doc(name: str, lines: list[str], events: dict[int, set[str]], number: int = 1) -> EventDocument:
    text, spans, pos = "\n".join(lines), [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    chains = {i: frozenset(c) for i, c in events.items()}
    return EventDocument(name, 1, "ecb", number, text, spans, chains)


def test_gold_new_when_a_chain_is_first_mentioned_old_when_all_were() -> None:
    first = doc("a", ["Quake hits town.", "Hundreds dead."], {0: {"quake"}, 1: {"die"}})
    second = doc(
        "b",
        ["The quake killed hundreds.", "Aid arrives.", "No event here.", "Quake, aid."],
        {0: {"quake", "die"}, 1: {"aid"}, 3: {"quake", "b#7"}},
    )
    third = doc("c", ["Aid came after the quake."], {0: {"aid", "quake"}})
    assert gold_labels([first, second, third]) == {
        ("b", 0): False,  # every chain said before
        ("b", 1): True,  # aid is new
        ("b", 3): True,  # a singleton is new
        ("c", 0): False,  # aid was said by b, an earlier report
    }


def test_first_report_and_sentences_without_events_are_not_scored() -> None:
    only = doc("a", ["Quake hits."], {0: {"quake"}})
    assert gold_labels([only]) == {}
    assert gold_labels([only, doc("b", ["Nothing."], {})]) == {}


def test_score_counts_flags_on_scored_sentences_only() -> None:
    gold = {("b", 0): True, ("b", 1): False, ("b", 2): True}
    score = score_new(gold, {("b", 0), ("b", 1), ("z", 9)})
    assert (score.tp, score.fp, score.fn, score.sentences) == (1, 1, 1, 3)
    assert score.precision == score.recall == score.f1 == 0.5
    assert score_new(gold, set()).f1 == 0.0


def test_old_and_macro_f1_do_not_reward_flagging_everything() -> None:
    gold = {("b", 0): True, ("b", 1): True, ("b", 2): True, ("b", 3): False}
    every = score_new(gold, gold)
    assert every.f1 == pytest.approx(6 / 7) and every.flagged == 1.0
    assert every.old_f1 == 0.0 and every.macro_f1 == pytest.approx(3 / 7)
    right = score_new(gold, {("b", 0), ("b", 1)})  # two NEW flagged, one NEW and one OLD not
    assert right.tn == 1 and right.flagged == 0.5
    assert (right.old_precision, right.old_recall) == (0.5, 1.0)
    assert right.old_f1 == pytest.approx(2 / 3) and right.f1 == pytest.approx(0.8)
    assert right.macro_f1 == pytest.approx((0.8 + 2 / 3) / 2)
    assert right.macro_f1 > every.macro_f1


def test_overlap_is_a_shared_character() -> None:
    assert overlapping([(0, 5)], 4, 9) and not overlapping([(0, 5)], 5, 9)


def test_lines_are_found_in_cleaned_text_by_their_words() -> None:
    text = "Title\n\nThe  quake hit .\n\nAid came."
    assert locate_lines(["The quake hit .", "Aid came.", "Missing line."], text) == [
        (7, 23),
        (25, 34),
        None,
    ]


def test_stories_are_sub_topics_in_file_number_order() -> None:
    a, b = doc("1_10ecb", ["x"], {}, 10), doc("1_2ecb", ["x"], {}, 2)
    plus = EventDocument("1_1ecbplus", 1, "ecbplus", 1, "x", [(0, 1)], {})
    assert [[d.doc_id for d in s] for s in stories([plus, a, b])] == [
        ["1_2ecb", "1_10ecb"],
        ["1_1ecbplus"],
    ]


def test_tfidf_peer_flags_sentences_unlike_anything_earlier() -> None:
    first = doc("a", ["A strong quake hit the coastal town."], {0: {"quake"}})
    second = doc(
        "b",
        ["A strong quake hit the coastal town.", "Relief convoys reached villagers."],
        {0: {"quake"}, 1: {"aid"}},
    )
    gold = gold_labels([first, second])
    cosines = tfidf_max_cosines([first, second], set(gold))
    assert cosines[("b", 0)] == pytest.approx(1.0) and cosines[("b", 1)] == 0.0
    assert flag_below(cosines, 0.5) == {("b", 1)}
    assert best_threshold(gold, cosines) == 0.05  # the lowest threshold with the best F1
