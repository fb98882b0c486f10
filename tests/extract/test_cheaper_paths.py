"""Cheaper paths of the actor rules that must answer as the plain ones did: the misspelt
title's edits that open no role form are passed over (`RoleLexicon.opens_a_form`), and the
English dictionary reads the lemmatizer tables the pipeline holds (`english.share_tables`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.lookups import Lookups

from storyline.extract.actors import english
from storyline.extract.actors.persons import one_edit_away
from storyline.extract.roles import RoleLexicon, normalize_word


def _row(role: str, forms: str) -> dict[str, str]:
    return {"role": role, "sector": "GOV", "open": "", "forms": forms}


def test_a_word_opens_a_role_form_by_its_first_word() -> None:
    lexicon = RoleLexicon.from_rows(
        [_row("senator", "senator|Sen."), _row("first lady", "first lady")]
    )
    assert lexicon.opens_a_form("senator") and lexicon.opens_a_form("sen")
    assert lexicon.opens_a_form("first")
    assert not lexicon.opens_a_form("lady") and not lexicon.opens_a_form("senater")


def test_every_edit_that_finds_a_title_opens_a_role_form() -> None:
    """The guard passes over only what `match_at` would find nothing at: every one-letter
    edit of invented misspellings that matches some role also opens a role form."""
    lexicon = RoleLexicon.load()
    for word in ("presidendt", "senater", "ministre", "goverenor", "chancelor", "secretray"):
        for candidate in one_edit_away(word):
            found = lexicon.match_at([candidate, "Smith"], 0, before_name=True)
            assert found is None or lexicon.opens_a_form(normalize_word(candidate)), candidate


def test_misspelt_titles_are_read_as_before(nlp: Language) -> None:
    text = "The committee heard Senater Quint on Tuesday, and Governer Tusk said nothing."
    roles = {a.key: a.roles for a in nlp(text)._.actors if a.type == "PERSON"}
    assert roles == {("quint",): ("senator",), ("tusk",): ("governor",)}


@pytest.fixture
def invented_tables() -> Iterator[None]:
    """A tiny dictionary shared in place of the model's, the model's shared again after."""
    before = list(english._shared)
    lookups = Lookups()
    lookups.add_table("lemma_index", {"noun": ["zorb"], "verb": ["florp"], "adj": []})
    lookups.add_table("lemma_exc", {"verb": {"flerped": ["florp"]}})
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["s", ""]], "adj": []})
    english.share_tables(lookups)
    try:
        yield
    finally:
        english.share_tables(before[0] if before else english.Lookups())
        if not before:  # nothing was shared: the tables are read from disk again
            english._shared.clear()


def test_shared_tables_are_the_ones_read(invented_tables: None) -> None:
    assert english.english_word("ZORBS") and not english.english_word("IMMEDIATELY")
    assert english.inflected_verb("FLERPED") and english.inflected_verb("florps")
    assert not english.inflected_verb("florp") and not english.inflected_verb("became")


def test_the_pipeline_shares_its_lemmatizer_tables(nlp: Language) -> None:
    assert english._lookups() is nlp.get_pipe("lemmatizer").lookups
    assert english.english_word("IMMEDIATELY") and english.inflected_verb("BECAME")
    assert not english.english_word("Zelkovar") and not english.inflected_verb("EXPLAIN")
