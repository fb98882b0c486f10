"""A title holder's one-word given name and another person's longer name (royals21)."""

from __future__ import annotations

from storyline.link.entities import ActorRef, Entity, link_actors


def actor(article: int, name: str, idx: int = 0, roles: tuple[str, ...] = ()) -> ActorRef:
    key = tuple(name.lower().split())
    return ActorRef(article, idx, name, "PERSON", key, None, roles, None, False)


def together(entities: list[Entity], a: int, b: int) -> bool:
    return any(a in e.members and b in e.members for e in entities)


SHARED = ("Barack Obama", "Vladimir Putin", "Angela Merkel", "John Kerry")


def corpus(long_roles: tuple[str, ...]) -> list[ActorRef]:
    """Report 1 names "Pope Francis", report 2 "Francis Gary Powers"; both name the same
    four others, so shared context alone would join them."""
    actors = [
        actor(1, "Francis", roles=("pope",)),
        actor(2, "Francis Gary Powers", roles=long_roles),
    ]
    for article in (1, 2):
        actors += [actor(article, name, idx=k + 1) for k, name in enumerate(SHARED)]
    return actors


def test_a_title_holders_given_name_does_not_join_a_name_never_so_titled() -> None:
    assert not together(link_actors(corpus(("pilot",))), 0, 1)


def test_a_given_name_joins_a_name_its_title_is_given_to() -> None:
    assert together(link_actors(corpus(("pope",))), 0, 1)
