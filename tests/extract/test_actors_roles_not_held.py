"""Role phrases that are not a role the named person holds (roles23): a title after an
indefinite article ("the prospect of a President Ruddle": a hypothetical office-holder, not
one); a role phrase whose owner or prepositional phrase names the person ("the Ruddle
campaign's political director", "the state director for Ruddle", "the source of Ruddle's
attack": someone or something in a relation to Ruddle, not Ruddle)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.actor_named import named


def test_a_title_after_an_indefinite_article_is_no_role_held(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Critics warned about the prospect of a "
        "President Mark Ruddle."
    )
    assert "president" not in named(doc, "Mark Ruddle").roles


def test_a_title_with_no_article_is_still_a_role(nlp: Language) -> None:
    doc = nlp("President Mark Ruddle spoke in Ohio on Monday.")
    assert "president" in named(doc, "Mark Ruddle").roles


def test_a_role_owned_by_the_person_is_not_the_person(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. The Ruddle "
        "campaign's national political director flew to Flint on Tuesday."
    )
    assert "director" not in named(doc, "Mark Ruddle").roles


def test_a_role_for_the_person_is_not_the_person(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. The state "
        "director for Ruddle opened a field office."
    )
    assert "director" not in named(doc, "Mark Ruddle").roles


def test_a_description_of_the_person_with_an_of_phrase_is_still_the_person(
    nlp: Language,
) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. The star of the "
        "show promised to build a wall."
    )
    assert "actor" in named(doc, "Mark Ruddle").roles


def test_a_person_noun_whose_complement_names_the_person_is_not_the_person(
    nlp: Language,
) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle attacked his rivals. The source of "
        "Ruddle's attack is unclear."
    )
    assert "source" not in named(doc, "Mark Ruddle").roles


def test_a_role_phrase_naming_the_protagonist_goes_to_no_one_else(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle attacked his rivals. Ruddle thanked "
        "his fans. Ann Holm spoke in Iowa. The source of Ruddle's attack is unclear."
    )
    assert "source" not in named(doc, "Mark Ruddle").roles
    assert "source" not in named(doc, "Ann Holm").roles
