"""A headline's actors, parsed on their own with offsets into the headline, typed as the
report's lead types their names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.link.stories.features import LeadActor, cue_of, lead_body
from storyline.link.stories.headlines import (
    headline_actors,
    lead_actor,
    lead_surnames,
    named_actors,
    typed_by_body,
)


def actor(type_: str, key: str, names: tuple[str, ...], at: tuple[int, ...] = (0,)) -> LeadActor:
    return LeadActor(type_, tuple(key.split()), None, at, names=names)


@pytest.mark.model
def test_headline_actors_are_named_with_offsets_into_each_headline(nlp: Language) -> None:
    titles = ["", "Obama meets Merkel in Berlin", "Strong earthquake hits Indonesia"]
    none, meeting, quake = headline_actors(nlp, titles)
    assert none == []
    assert [(a.type, a.key[-1], a.named_at) for a in meeting] == [
        ("PERSON", "obama", (0,)),
        ("PERSON", "merkel", (12,)),
        ("LOCATION", "berlin", (22,)),
    ]
    assert [(a.type, a.key, a.named_at) for a in quake] == [("COUNTRY", ("IDN",), (23,))]


@pytest.mark.model
def test_only_named_actors_count(nlp: Language) -> None:
    doc = nlp("The minister said Lindsay Lohan would go.")
    found = named_actors(doc._.actors)
    assert found and all(isinstance(a, LeadActor) and a.named_at for a in found)
    assert "minister" not in {a.key[-1] for a in found}


def test_the_persons_a_lead_names_in_full_by_surname() -> None:
    body = [
        actor("PERSON", "mike pence", ("Mike Pence", "Pence's"), (10, 90)),
        actor("PERSON", "karen hansen", ("Karen Hansen",), (2000,)),  # after the lead
        actor("PERSON", "bataclan", ("Bataclan",), (40,)),  # one word: no name in full
        actor("ORGANISATION", "washington post", ("The Washington Post",), (60,)),
    ]
    assert lead_surnames(body, lead_chars=1500) == {"pence": {"mike pence"}}


def test_a_headline_surname_of_a_person_the_lead_names_in_full_is_that_person() -> None:
    body = [
        actor("PERSON", "mike pence", ("Mike Pence",), (10,)),
        actor("PERSON", "galaxy s5", ("Galaxy S5",), (30,)),  # the lead's misreading
    ]
    headline = [
        actor("ORGANISATION", "pence", ("Pence",)),  # "after Pence remark", parsed alone
        actor("ORGANISATION", "galaxy s5", ("Galaxy S5",)),  # no surname: the headline's type
        actor("LOCATION", "s5", ("S5",)),  # a surname only of a misread name in full
        actor("COUNTRY", "USA", ("U.S.",)),
        actor("ORGANISATION", "white house", ("White House",)),
    ]
    typed = typed_by_body(headline, body, lead_chars=1500)
    assert [(a.type, a.key) for a in typed] == [
        ("PERSON", ("pence",)),  # its key stays the headline's: p:pence
        ("ORGANISATION", ("galaxy", "s5")),
        ("PERSON", ("s5",)),
        ("COUNTRY", ("USA",)),
        ("ORGANISATION", ("white", "house")),
    ]
    assert typed_by_body(headline, body, lead_chars=5)[0].type == "ORGANISATION"


@pytest.mark.parametrize("named", ["Pence's", "Pence'", "Pence\u2019s", "Pence\u2019", "PENCE'S"])
def test_a_headline_surname_with_a_possessive_ending_is_that_person(named: str) -> None:
    body = [actor("PERSON", "mike pence", ("Mike Pence's",), (10,))]
    headline = [actor("ORGANISATION", "pence", (named,))]
    assert typed_by_body(headline, body, lead_chars=1500)[0].type == "PERSON"
    assert lead_surnames(body, lead_chars=1500) == {"pence": {"mike pence"}}


def test_a_headline_name_ending_in_s_is_not_cut_short() -> None:
    body = [actor("PERSON", "tom jones", ("Tom Jones",), (10,))]
    headline = [actor("ORGANISATION", "jone", ("Jone",))]
    assert typed_by_body(headline, body, lead_chars=1500)[0].type == "ORGANISATION"


@pytest.mark.model
def test_the_seed_pairs_headline_names_pence_as_the_person_of_its_lead(nlp: Language) -> None:
    title = "Japan confident U.S. stance on N. Korea unchanged after Pence remark"
    text = (
        "TOKYO — Senior Japanese officials said Tuesday Japan and the United States continue to "
        "share the same stance on North Korea even after U.S. Vice President Mike Pence "
        "expressed readiness to talk with Pyongyang without preconditions."
    )
    body = [lead_actor(a) for a in nlp(lead_body(text))._.actors]
    [found] = headline_actors(nlp, [title])
    cues = {c for a in typed_by_body(found, body, len(lead_body(text))) for c in cue_of(a)}
    assert "p:pence" in cues and "o:pence" not in cues
