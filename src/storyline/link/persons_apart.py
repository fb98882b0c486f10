"""Grouping that keeps two people of one surname apart, whatever chain of rules links them.

Each linking rule joins two actors on its own evidence, and a chain of such joins can end
in one entity holding two full names of different people: "Katherine Jackson" is the
short form of a misread "Michael Katherine Jackson" (its last words), which is a writing of
"Michael Jackson" (a middle name left out). No one rule is wrong there; the chain is. Two
full names of one surname whose given names disagree name two people, so their groups are
never joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.extract.names import is_name_variant, is_short_form
from storyline.link.nicknames import is_pet_form
from storyline.link.union_find import UnionFind

if TYPE_CHECKING:
    from storyline.link.entities import ActorRef


class PersonsApart(UnionFind):
    """Union-find over actors that refuses to join two groups holding full person names of
    one surname that are not one name written two ways (`two_people`)."""

    def __init__(self, actors: Sequence[ActorRef]) -> None:
        super().__init__(len(actors))
        self.full_names: dict[int, set[tuple[str, ...]]] = {
            i: {actor.key}
            for i, actor in enumerate(actors)
            if actor.type == "PERSON" and len(actor.key) >= 2 and actor.key[0] != "the"
        }

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        one, other = self.full_names.get(ra, set()), self.full_names.get(rb, set())
        if any(two_people(x, y) for x in one for y in other):
            return
        super().union(a, b)
        self.full_names.pop(ra, None)
        self.full_names.pop(rb, None)
        if one or other:
            self.full_names[self.find(a)] = one | other


def two_people(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Do two full names (lower-case keys) of one surname name two people: neither a short
    form of the other ("katherine jackson" of "michael katherine jackson"), nor a writing
    of it (`is_name_variant`: "fred larue", "frederick c larue"), nor its given name's pet
    form ("bill clinton", "william clinton")? "katherine jackson" and "michael jackson"
    are two people."""
    if one == other or one[-1] != other[-1]:
        return False
    if is_short_form(one, other) or is_short_form(other, one) or is_name_variant(one, other):
        return False
    return not (is_pet_form(one[0], other[0]) or is_pet_form(other[0], one[0]))
