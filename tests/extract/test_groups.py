"""Step 3c: named groups of people (`storyline.extract.actors.groups`)."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.actors.groups import party_countries, singular
from tests.extract.actor_named import named
from tests.extract.quote_triples import speaker_actors


def test_singular_of_a_plural_name() -> None:
    assert singular("Democrats") == "democrat"
    assert singular("Tories") == "tory"
    assert singular("Kurds") == "kurd"


def test_party_members_have_their_party_country() -> None:
    assert party_countries()["republican"] == "USA"
    assert party_countries()["tory"] == "GBR"


def test_party_members_are_a_group_of_their_country(nlp: Language) -> None:
    doc = nlp("Democrats said the bill was “a disaster for working families.”")
    democrats = named(doc, "Democrats")
    assert democrats.type == "ORGANISATION"
    assert democrats.key == ("democrat", "plural")
    assert democrats.country == "USA"
    assert ("Democrats", "Democrats") in speaker_actors(doc)


def test_they_after_a_named_group_is_that_group(nlp: Language) -> None:
    doc = nlp("Republicans blocked the vote on Tuesday. “This is a sham,” they said.")
    republicans = named(doc, "Republicans")
    assert [m.text for m in republicans.mentions] == ["Republicans", "they"]
    assert speaker_actors(doc) == [("they", "Republicans")]


def test_a_group_takes_the_country_of_a_demonym_before_it(nlp: Language) -> None:
    doc = nlp("Iraqi Kurds voted for independence. They said “the vote is binding.”")
    kurds = named(doc, "Kurds")
    assert kurds.country == "IRQ"
    assert speaker_actors(doc) == [("They", "Kurds")]


def test_a_demonym_plural_stays_its_country(nlp: Language) -> None:
    doc = nlp("The plan angered Palestinians, who said “we will not accept it.”")
    assert all(actor.key != ("palestinian", "plural") for actor in doc._.actors)
    assert speaker_actors(doc) == [("who", "Palestine")]


def test_an_adjective_of_a_party_is_no_group(nlp: Language) -> None:
    doc = nlp("The Democratic senator said “no.”")
    assert [actor.key for actor in doc._.actors] == [("the", "senator")]


def test_the_company_is_no_named_group(nlp: Language) -> None:
    doc = nlp("Democrats criticised Apple on Monday. The company said “we disagree.”")
    apple = named(doc, "Apple")
    assert "The company" in [m.text for m in apple.mentions]
