"""Scoring our actors against gold mentions, on a two-document toy corpus."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.evaluation.cat_xml import GoldDocument, GoldMention
from storyline.evaluation.entity_coref import actor_of_mentions, head_of, parse, score_corpus


def gold(doc_id: str, text: str, mentions: list[tuple[str, str, int]]) -> GoldDocument:
    """A gold document; mentions are (text, cluster, occurrence of that text)."""
    found = []
    for surface, cluster, nth in mentions:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        found.append(
            GoldMention(doc_id, start, start + len(surface), surface, "HUMAN_PART_PER", cluster, 0)
        )
    return GoldDocument(doc_id, "1", text, [(0, len(text))], found)


DOCS = [
    gold(
        "a",
        "Mike Pence met Shinzo Abe in Tokyo. Pence said he was glad.",
        [
            ("Mike Pence", "pence", 0),
            ("Shinzo Abe", "abe", 0),
            ("Pence", "pence", 1),
            ("he", "pence", 0),
        ],
    ),  # fmt: skip
    gold(
        "b",
        "Shinzo Abe thanked Mike Pence on Wednesday. Abe said he was pleased.",
        [("Shinzo Abe", "abe", 0), ("Mike Pence", "pence", 0), ("Abe", "abe", 1), ("he", "abe", 0)],
    ),  # fmt: skip
]


def test_gold_mentions_align_with_the_actor_mention_over_their_head(nlp: Language) -> None:
    [a, _] = parse(nlp, DOCS, processes=1)
    aligned = actor_of_mentions(a)
    actors = a.doc._.actors
    names = {(start, end): actors[n].name for (start, end), n in aligned.items()}
    assert names[(0, 10)] == "Mike Pence"
    assert names[(36, 41)] == "Mike Pence"  # "Pence"
    assert names[(47, 49)] == "Mike Pence"  # "he"


def test_storyline_beats_the_head_lemma_baseline_on_pronouns(nlp: Language) -> None:
    scores = score_corpus(parse(nlp, DOCS, processes=1))
    storyline = scores["storyline"]["cross_no_singletons"]
    baseline = scores["baseline"]["cross_no_singletons"]
    assert storyline["conll_f1"] == 1.0  # names linked across documents, each "he" resolved
    assert baseline["conll_f1"] < 1.0  # the two "he" share a lemma but not a referent
    assert scores["storyline"]["within"]["muc"].f1 == 1.0


def test_a_name_the_recogniser_missed_joins_its_actor_in_the_library(nlp: Language) -> None:
    docs = [
        gold(
            "a",
            "Laura Hill met Shinzo Abe in Tokyo. Hill said she was glad.",
            [("Laura Hill", "hill", 0), ("Hill", "hill", 1), ("Tokyo", "tokyo", 0)],
        ),
        gold("b", "Laura Hill met the talks with Abe.", [("Laura Hill", "hill", 0)]),
    ]
    scores = score_corpus(parse(nlp, docs, processes=1))
    assert scores["last resort"]["mentions"] == 0
    assert scores["library only"]["cross_no_singletons"]["conll_f1"] == 1.0


def test_things_are_library_entities_and_the_last_resort_is_counted(nlp: Language) -> None:
    texts = {
        "a": "John Smith said the rifle was found there. Smith kept the rifle.",
        "b": "John Smith said the rifle was stolen.",
    }
    docs = []
    for doc_id, text in texts.items():
        mentions = []
        for nth in range(text.count("rifle")):
            start = text.index("rifle", text.index("rifle") + 1) if nth else text.index("rifle")
            mentions.append(GoldMention(doc_id, start, start + 5, "rifle", "NON_HUMAN", "r", 0))
        if "there" in text:
            start = text.index("there")
            mentions.append(GoldMention(doc_id, start, start + 5, "there", "LOC", "t", 0))
        docs.append(GoldDocument(doc_id, "1", text, [(0, len(text))], mentions))
    scores = score_corpus(parse(nlp, docs, processes=1))
    assert scores["library only"]["cross_no_singletons"]["conll_f1"] == 1.0  # one rifle
    assert scores["actors only"]["cross_no_singletons"]["conll_f1"] == 0.0
    assert scores["last resort"]["mentions"] == 1  # "there": no actor, thing or date


def test_time_mentions_of_one_story_join_by_their_day(nlp: Language) -> None:
    texts = {"a": "Police arrested the man on Thursday.", "b": "The arrest came Thursday night."}
    docs = []
    for doc_id, surface in (("a", "Thursday"), ("b", "Thursday night")):
        text = texts[doc_id]
        start = text.index(surface)
        mention = GoldMention(doc_id, start, start + len(surface), surface, "TIME_DATE", "t", 0)
        docs.append(GoldDocument(doc_id, "1", text, [(0, len(text))], [mention]))
    parsed = parse(nlp, docs, processes=1)
    scores = score_corpus(parsed)
    assert scores["storyline"]["cross_no_singletons"]["conll_f1"] == 1.0
    assert scores["baseline"]["cross_no_singletons"]["conll_f1"] == 0.0  # "Thursday", "night"
    apart = score_corpus(parsed, stories={"a": "s1", "b": "s2"})  # two stories: two days
    assert apart["storyline"]["cross_no_singletons"]["conll_f1"] == 0.0


def test_a_relative_pronoun_joins_the_thing_its_clause_modifies(
    nlp: Language,
) -> None:
    text_a = "Microsoft fixed the flaw that hit browsers."
    text_b = "Microsoft said the flaw was serious."  # a shared actor: one story
    docs = []
    for doc_id, text, spans in (("a", text_a, ("flaw", "that")), ("b", text_b, ("flaw",))):
        mentions = []
        for surface in spans:
            start = text.index(surface)
            mentions.append(
                GoldMention(doc_id, start, start + len(surface), surface, "NON_HUMAN_PART", "f", 0)
            )
        docs.append(GoldDocument(doc_id, "1", text, [(0, len(text))], mentions))
    scores = score_corpus(parse(nlp, docs, processes=1))
    assert scores["storyline"]["cross_no_singletons"]["conll_f1"] == 1.0
    assert scores["baseline"]["cross_no_singletons"]["conll_f1"] < 1.0  # "that" apart


def test_an_acronym_joins_the_name_whose_initials_it_is(nlp: Language) -> None:
    texts = {"a": "Hackers attacked users of Internet Explorer.", "b": "A hole in IE was found."}
    docs = []
    for doc_id, surface in (("a", "Internet Explorer"), ("b", "IE")):
        text = texts[doc_id]
        start = text.index(surface)
        end = start + len(surface)
        mention = GoldMention(doc_id, start, end, surface, "NON_HUMAN_PART", "i", 0)
        docs.append(GoldDocument(doc_id, "1", text, [(0, len(text))], [mention]))
    scores = score_corpus(parse(nlp, docs, processes=1))
    assert scores["storyline"]["cross_no_singletons"]["conll_f1"] == 1.0
    assert scores["baseline"]["cross_no_singletons"]["conll_f1"] == 0.0


def test_a_mention_headed_by_a_preposition_the_parser_left_without_object_is_its_noun(
    nlp: Language,
) -> None:
    words = ["In", "Queens", ",", "police", "said", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, False, True, True, False, False],
        heads=[4, 4, 4, 4, 4, 4],
        deps=["prep", "npadvmod", "punct", "nsubj", "ROOT", "punct"],
        pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
    )
    mention = GoldMention("a", 0, 9, "In Queens", "LOC_GEO", "q", 0)
    assert doc[head_of(doc, mention)].text == "Queens"


def test_roles_of_one_story_are_linked_by_the_library_within_the_stories_given(
    nlp: Language,
) -> None:
    texts = {"a": "The climber fell on Sunday.", "b": "Rescuers found the climber."}
    docs = []
    for doc_id, text in texts.items():
        start = text.index("climber")
        mention = GoldMention(doc_id, start, start + 7, "climber", "HUMAN_PART_PER", "c", 0)
        docs.append(GoldDocument(doc_id, "1", text, [(0, len(text))], [mention]))
    parsed = parse(nlp, docs, processes=1)
    one = score_corpus(parsed, stories={"a": "s", "b": "s"})
    assert one["library only"]["cross_no_singletons"]["conll_f1"] == 1.0
    apart = score_corpus(parsed, stories={"a": "s1", "b": "s2"})
    assert apart["library only"]["cross_no_singletons"]["conll_f1"] == 0.0
