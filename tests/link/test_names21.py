"""Names a report writes that are one person or two, across reports (names21)."""

from __future__ import annotations

from storyline.link.entities import ActorRef, Entity, link_actors


def actor(article: int, name: str, idx: int = 0, roles: tuple[str, ...] = ()) -> ActorRef:
    key = tuple(name.lower().split())
    return ActorRef(article, idx, name, "PERSON", key, None, roles, None, False)


def together(entities: list[Entity], a: int, b: int) -> bool:
    return any(a in e.members and b in e.members for e in entities)


def test_a_given_name_alone_is_no_other_reports_full_name() -> None:
    shared = ["Ana Lima", "Tomas Berg"]  # the two reports share two named persons
    actors = [
        actor(1, "Francis", roles=("pope",)),
        *(actor(1, name, idx=k + 1) for k, name in enumerate(shared)),
        actor(2, "Francis Gary Powers"),
        *(actor(2, name, idx=k + 1) for k, name in enumerate(shared)),
    ]
    assert not together(link_actors(actors), 0, 3)


def test_a_given_name_alone_is_still_the_full_name_of_its_own_report() -> None:
    actors = [actor(1, "Francis Gary Powers"), actor(1, "Francis", idx=1)]
    assert together(link_actors(actors), 0, 1)


def test_a_family_name_written_first_still_joins_across_reports() -> None:
    shared = ["Ana Lima", "Tomas Berg"]
    actors = [
        actor(1, "Kim"),
        *(actor(1, name, idx=k + 1) for k, name in enumerate(shared)),
        actor(2, "Kim Jong Un"),
        *(actor(2, name, idx=k + 1) for k, name in enumerate(shared)),
    ]
    assert together(link_actors(actors), 0, 3)


def test_is_given_name_of() -> None:
    from storyline.link.nicknames import is_given_name_of

    assert is_given_name_of(("francis",), ("francis", "gary", "powers"))
    assert not is_given_name_of(("powers",), ("francis", "gary", "powers"))
    assert not is_given_name_of(("kim",), ("kim", "jong", "un"))


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
