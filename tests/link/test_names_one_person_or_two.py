"""Names a report writes that are one person or two, across reports (names21)."""

from __future__ import annotations

from storyline.link.entities import ActorRef, Entity, link_actors


def actor(article: int, name: str, idx: int = 0, roles: tuple[str, ...] = ()) -> ActorRef:
    key = tuple(name.lower().split())
    return ActorRef(article, idx, name, "PERSON", key, None, roles, None, False)


def together(entities: list[Entity], a: int, b: int) -> bool:
    return any(a in e.members and b in e.members for e in entities)


def test_a_list_read_as_one_name_does_not_take_the_second_persons_name() -> None:
    actors = [
        actor(1, "Michael Jackson"),
        actor(2, "Michael Katherine Jackson"),  # "Michael, Katherine Jackson" read as one name
        actor(3, "Katherine Jackson"),
    ]
    entities = link_actors(actors)
    assert not together(entities, 1, 2)
    assert not together(entities, 0, 2)


def test_a_person_known_by_a_middle_name_still_joins_the_full_name() -> None:
    actors = [actor(1, "Willard Mitt Romney"), actor(1, "Mitt Romney", idx=1)]
    assert together(link_actors(actors), 0, 1)


def test_an_entity_is_of_the_type_most_of_its_mentions_are() -> None:
    key = ("carly", "fiorina")
    actors = [
        ActorRef(1, 0, "Carly Fiorina", "PERSON", key, None, (), None, False, 20),
        ActorRef(2, 0, "Carly Fiorina", "ORGANISATION", key, None, (), None, False),
        ActorRef(3, 0, "Carly Fiorina", "ORGANISATION", key, None, (), None, False),
    ]
    [entity] = link_actors(actors)
    assert entity.type == "PERSON"


def place(article: int, name: str, kind: str = "LOCATION", idx: int = 0) -> ActorRef:
    key = tuple(name.lower().split())
    return ActorRef(article, idx, name, kind, key, None, (), None, False)


def test_a_name_hyphenated_around_a_particle_is_the_name_written_apart() -> None:
    actors = [place(1, "Port-au-Prince"), place(2, "Port au Prince")]
    assert len(link_actors(actors)) == 1
    actors = [place(1, "Hewlett-Packard", "ORGANISATION"), place(2, "Hewlett", "ORGANISATION")]
    assert len(link_actors(actors)) == 2  # no particle: one word, "Hewlett" no short form


def test_an_acronym_joins_its_name_written_with_and_without_and() -> None:
    actors = [
        place(1, "Disasters Emergency Committee", "ORGANISATION", idx=0),
        place(1, "Disasters Emergency Committee", "ORGANISATION", idx=1),
        place(2, "Disasters and Emergency Committee", "ORGANISATION"),
        place(3, "DEC", "ORGANISATION"),
    ]
    assert together(link_actors(actors), 0, 3)


def test_an_acronym_joins_the_most_written_form_of_its_name() -> None:
    committee = ("disasters", "emergency", "committee")
    actors = [
        ActorRef(1, 0, "Disasters Emergency Committee", "ORGANISATION", committee, None, (),
                 None, False, 9),
        place(2, "Disaster Emergency Committee", "ORGANISATION"),
        place(3, "DEC", "ORGANISATION"),
    ]  # fmt: skip
    entities = link_actors(actors)
    assert together(entities, 0, 2)
    assert not together(entities, 1, 2)  # a rarer writing is left to the other rules
