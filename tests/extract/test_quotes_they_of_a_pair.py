"""A "they" speaking for two persons named together keeps the pronoun as its speaker and
names the persons in `Quote.speaker_group` (their actors), with no speaker actor."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.model import Quote


def group_names(doc: Doc, quote: Quote) -> list[str]:
    return [doc._.actors[i].name for i in quote.speaker_group]


def test_they_after_two_persons_named_together_is_spoken_by_the_pair(nlp: Language) -> None:
    doc = nlp(
        "Executors Tom Baker and Ann Fielding have been dealing with the accounts since the "
        'farmer died. "Since that date, the assets have continued to grow," they said.'
    )
    [quote] = [q for q in doc._.quotes if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == "they"  # the pronoun stays
    assert quote.speaker_actor is None  # no one of the two said it alone
    assert group_names(doc, quote) == ["Tom Baker", "Ann Fielding"]


def test_reported_speech_of_they_after_a_pair_is_the_pairs(nlp: Language) -> None:
    doc = nlp(
        "Economists Mark Dolan and Peter Hayes say there is a need to move the factories. "
        "They propose that new homes be built in the hills."
    )
    [quote] = [q for q in doc._.quotes if "new homes" in q.content.text]
    assert quote.speaker is not None and quote.speaker.text == "They"
    assert group_names(doc, quote) == ["Mark Dolan", "Peter Hayes"]


def test_roles_joined_with_names_in_apposition_are_the_pair(nlp: Language) -> None:
    doc = nlp(
        "The mayor, Tom Baker, and his deputy, Ann Fielding, visited the mills on Monday. "
        "They said the wages were too low."
    )
    [quote] = [q for q in doc._.quotes if "wages" in q.content.text]
    assert group_names(doc, quote) == ["Tom Baker", "Ann Fielding"]


def test_names_in_apposition_to_one_plural_noun_are_the_pair(nlp: Language) -> None:
    doc = nlp(
        "My twin brothers Nikenson and Makenson Louis were at the school when it fell. "
        "“We heard the roof crack,” they told me."
    )
    [quote] = [q for q in doc._.quotes if "roof" in q.content.text]
    assert quote.speaker is not None and quote.speaker.text == "they"
    assert group_names(doc, quote) == ["Nikenson", "Makenson Louis"]


def test_a_plural_subject_nearer_than_the_pair_is_the_antecedent(nlp: Language) -> None:
    doc = nlp(
        "Tom Baker and Ann Fielding visited the mills. The workers were angry. "
        "They said the wages were too low."
    )
    [quote] = [q for q in doc._.quotes if "wages" in q.content.text]
    assert quote.speaker_group == ()


def test_the_group_moves_with_a_segments_actors() -> None:
    from storyline.extract.quotes.model import Span

    quote = Quote(Span(0, 4, "said"), "direct", speaker_group=(1, 3))
    moved = quote.shifted(100, 5)
    assert moved.speaker_group == (6, 8)
    assert Quote.from_record(moved.to_record()) == moved
