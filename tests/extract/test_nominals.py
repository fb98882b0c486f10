"""Common nouns standing for unnamed actors: the lexicon and the rules that use it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.extract.actor_model import Actor
from storyline.extract.nominals import NominalLexicon


def test_lexicon_reads_kinds_and_sectors() -> None:
    nominals = NominalLexicon.load()
    police = nominals.lookup("police")
    assert police is not None and (police.kind, police.sector) == ("group", "COP")
    assert nominals.lookup("Man") is not None and nominals.lookup("table") is None


def test_lexicon_refuses_unknown_kinds_and_repeated_nouns() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        NominalLexicon.from_rows([{"kind": "animal", "sector": "", "nouns": "dog"}])
    with pytest.raises(ValueError, match="listed twice"):
        NominalLexicon.from_rows([{"kind": "person", "sector": "", "nouns": "man|man"}])


def actor_with(doc_actors: list[Actor], text: str) -> Actor:
    found = [a for a in doc_actors if any(m.text == text for m in a.mentions)]
    assert len(found) == 1, [(a.name, [m.text for m in a.mentions]) for a in doc_actors]
    return found[0]


def test_the_same_noun_twice_is_one_unnamed_actor(nlp: Language) -> None:
    doc = nlp("A man was arrested on Friday. Police said the man had a knife.")
    man = actor_with(doc._.actors, "A man")
    assert {m.text for m in man.mentions} >= {"A man", "the man"}
    assert man.type == "PERSON" and man.key == ("the", "man")
    police = actor_with(doc._.actors, "Police")
    assert police.type == "ORGANISATION"


def test_a_country_in_front_gives_a_code(nlp: Language) -> None:
    doc = nlp("French police arrested two men in Marseille on Tuesday.")
    police = actor_with(doc._.actors, "police")
    assert police.code == "FRACOP"


def test_the_company_is_the_main_organisation_before_it(nlp: Language) -> None:
    doc = nlp("Microsoft released a patch on Tuesday. The company said the flaw was serious.")
    microsoft = actor_with(doc._.actors, "Microsoft")
    assert "The company" in {m.text for m in microsoft.mentions}


def test_a_noun_ending_a_name_is_that_named_actor(nlp: Language) -> None:
    doc = nlp("She checked into the Betty Ford Center on Monday. The center declined to comment.")
    center = actor_with(doc._.actors, "The center")
    assert center.name.endswith("Betty Ford Center")


def test_the_team_is_the_main_organisation_before_it(nlp: Language) -> None:
    doc = nlp("The New Orleans Saints beat Chicago on Sunday. The team flew home on Monday.")
    saints = actor_with(doc._.actors, "The team")
    assert saints.name.endswith("Saints")


def test_a_person_noun_in_front_of_a_name_is_that_person_s_role(nlp: Language) -> None:
    doc = nlp("Lindsay Lohan left rehab, her publicist Jack Ketsoyan told reporters on Monday.")
    ketsoyan = actor_with(doc._.actors, "Jack Ketsoyan")
    assert "publicist" in ketsoyan.roles


def test_the_software_giant_is_the_main_organisation(nlp: Language) -> None:
    doc = nlp("Microsoft released a patch on Tuesday. The software giant said it was urgent.")
    microsoft = actor_with(doc._.actors, "Microsoft")
    assert "The software giant" in {m.text for m in microsoft.mentions}


def test_a_plural_person_noun_acts_as_its_sectors_group() -> None:
    lexicon = NominalLexicon.load()
    police = lexicon.group_of(lexicon.lookup("cop"))  # type: ignore[arg-type]
    assert police is not None and police.noun == "police"
    assert lexicon.group_of(lexicon.lookup("juror")).noun == "jury"  # type: ignore[arg-type, union-attr]
    assert lexicon.group_of(lexicon.lookup("resident")) is None  # type: ignore[arg-type]
    assert lexicon.group_of(lexicon.lookup("police")) is None  # type: ignore[arg-type]
