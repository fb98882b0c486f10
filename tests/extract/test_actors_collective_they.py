""""They" after a collective noun of people as a subject ("His family insisted … what they
said") means that group (`PronounsStep.collective_subject`), and "parents" are persons as
"mothers" are; every sentence is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speaker_keys


def test_they_after_a_family_as_subject_is_the_family(nlp: Language) -> None:
    text = (
        "The singer died in June. His family insisted that a second autopsy be carried out "
        "because of what they said were unanswered questions over his death."
    )
    assert speaker_keys(nlp, text)[-1] == ("they", ("the", "family"))


def test_they_in_the_next_sentence_after_a_crew_is_the_crew(nlp: Language) -> None:
    text = (
        "The ferry ran aground off the coast on Sunday. The crew stayed on board overnight. "
        "They said the ship was in no danger."
    )
    assert speaker_keys(nlp, text)[-1] == ("They", ("the", "crew"))


def test_they_after_the_government_as_subject_is_not_the_government(nlp: Language) -> None:
    """A group noun of a sector ("the government") is an institution: a "they" nearby
    means the plural people named before it (a guard: the rule is for the people's groups)."""
    text = (
        "Villagers marched on the capital as the government promised a new subsidy. They said "
        "the offer came too late."
    )
    assert speaker_keys(nlp, text)[-1] == ("They", ("the", "villager", "plural"))


def test_they_after_parents_named_in_a_there_sentence_are_the_parents(nlp: Language) -> None:
    """"parent" is a noun of a person (`nominals.tsv`), like "mother" and "father"."""
    text = (
        "The children here all survived the storm. There are also foreign parents staying "
        "here. They felt they could speed up the adoptions by coming in person."
    )
    assert speaker_keys(nlp, text)[-1] == ("They", ("the", "parent", "plural"))


def test_whose_before_parents_stays_the_persons_mention(nlp: Language) -> None:
    """"whose parents": the relative pronoun is a mention of the person it follows, not the
    first word of "parents" (`ActorState.nominal_start`)."""
    doc = nlp("Tom Brady, whose parents live in California, said he was pleased.")
    mentions = {a.key: [m.text for m in a.mentions] for a in doc._.actors}
    assert "whose" in mentions[("tom", "brady")]
    assert mentions[("the", "parent", "plural")] == ["parents"]
