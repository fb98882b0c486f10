"""A surname alone that several persons of its report may be: which one the report means
(names22); one of the other gender than the only full name is someone else."""

from __future__ import annotations

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.actors.state import pronoun_gender
from storyline.link.corpus import parsed_actor_ref
from storyline.link.entities import ActorRef, Entity, link_actors


def person(
    article: int,
    name: str,
    idx: int,
    *,
    ambiguous: bool = False,
    n_mentions: int = 1,
    roles: tuple[str, ...] = (),
    gender: str | None = None,
) -> ActorRef:
    key = tuple(name.lower().split())
    return ActorRef(
        article, idx, name, "PERSON", key, None, roles, None, ambiguous, n_mentions,
        gender=gender,
    )  # fmt: skip


def together(entities: list[Entity], a: int, b: int) -> bool:
    return any(a in e.members and b in e.members for e in entities)


def test_pronoun_gender_is_the_gender_most_pronouns_give() -> None:
    assert pronoun_gender(["she", "Her", "his"]) == "f"
    assert pronoun_gender(["he", "she"]) is None
    assert pronoun_gender(["I", "my"]) is None


def test_a_parsed_person_carries_the_gender_of_its_pronouns() -> None:
    text = "Harlan spoke. She left."
    actor = Actor(
        "Harlan", "PERSON", ("harlan",),
        (ActorMention(0, 6, "Harlan", "name"), ActorMention(14, 17, "She", "pronoun")),
    )  # fmt: skip
    assert parsed_actor_ref(0, 0, actor, text).gender == "f"


def test_an_unclear_surname_joins_the_one_person_of_its_pronouns_gender() -> None:
    actors = [
        person(1, "Thomas Harlan", 0, n_mentions=6),  # named three times as often ...
        person(1, "Margaret Harlan", 1, n_mentions=2),
        person(1, "Harlan", 2, ambiguous=True, n_mentions=20, gender="f"),  # ... "she"
    ]
    entities = link_actors(actors)
    assert together(entities, 1, 2) and not together(entities, 0, 2)


def test_an_unclear_surname_stays_apart_when_a_person_of_it_has_no_known_gender() -> None:
    actors = [
        person(1, "Margaret Harlan", 0, n_mentions=2),
        person(1, "Robin Harlan", 1, n_mentions=2),  # a given name of both genders
        person(1, "Harlan", 2, ambiguous=True, n_mentions=20, gender="f"),
    ]
    assert len(link_actors(actors)) == 3


def test_the_surname_alone_of_a_later_segment_is_read_by_its_report() -> None:
    """A long report cut into segments for the NLP pass: the second segment writes the
    surname alone, so its actor is not marked ambiguous; its report still names two
    Harlans, and its pronouns tell which one it is."""
    actors = [
        person(1, "Thomas Harlan", 0, n_mentions=2),
        person(1, "Margaret Harlan", 1, n_mentions=2),
        person(1, "Harlan", 100, n_mentions=9, gender="f"),
    ]
    entities = link_actors(actors)
    assert together(entities, 1, 2) and not together(entities, 0, 2)


def test_an_unclear_surname_joins_the_one_person_holding_the_title_it_is_given() -> None:
    actors = [
        person(1, "Walter Harlan", 0, n_mentions=3),
        person(1, "Henry Harlan", 1, n_mentions=3),
        person(1, "Harlan", 2, ambiguous=True, n_mentions=12, roles=("governor",), gender="m"),
        person(2, "Walter Harlan", 0, roles=("governor",)),
        person(3, "Henry Harlan", 0, roles=("senator",)),
    ]
    entities = link_actors(actors)
    assert together(entities, 0, 2) and not together(entities, 1, 2)


def test_an_unclear_surname_stays_apart_from_two_full_names_linking_made_one() -> None:
    """The report writes two full names ("T.J." the son, "Tony" the father), which linking
    reads as two writings of one name; the surname alone may be either."""
    actors = [
        person(1, "Tony Varga", 0, n_mentions=2),
        person(1, "T.J. Varga", 1, n_mentions=5, gender="m"),
        person(1, "Varga", 2, ambiguous=True, n_mentions=13, gender="m"),
    ]
    entities = link_actors(actors)
    assert not together(entities, 0, 2) and not together(entities, 1, 2)


def test_a_parsed_surname_carries_the_gender_of_its_honorific() -> None:
    text = "Mrs Harlan spoke."
    actor = Actor("Harlan", "PERSON", ("harlan",), (ActorMention(0, 10, "Mrs Harlan", "name"),))
    assert parsed_actor_ref(0, 0, actor, text).honorific == "f"


def test_a_surname_of_the_other_gender_does_not_shorten_the_full_name() -> None:
    """"Mrs Harlan" beside Thomas Harlan alone is someone else: his wife, his daughter;
    "Mr Harlan" is him, and so is a "Harlan" whose pronouns say "she" (a pronoun bound to
    the wrong person is a common error)."""
    for honorific, gender, joined in (("f", None, False), ("m", None, True), (None, "f", True)):
        harlan = ActorRef(1, 1, "Harlan", "PERSON", ("harlan",), None, (), None, False, 2,
                          gender=gender, honorific=honorific)  # fmt: skip
        actors = [person(1, "Thomas Harlan", 0, n_mentions=3), harlan]
        assert together(link_actors(actors), 0, 1) is joined
