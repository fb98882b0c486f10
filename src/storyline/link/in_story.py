"""Linking within a story: what the rules left without evidence, joined by its noun.

The rules of `storyline.link.entities` and `storyline.link.things` join a role standing
alone ("the climber", "police") or a described thing ("the rifle") of two reports only on
evidence that the reports are of one story: they name common entities. The story clusterer
(`storyline.link.stories`) gives that evidence directly: reports filed into one story tell
of one event, so the unnamed actors they name by one noun, of one type and number, and the
things they describe by one noun are one, unless something says they are not:

- a name: a role the rules gave a named holder ("the driver" of a report that names him)
  keeps it, and two holders are two entities; a role that would fit two of them joins
  neither;
- a country: "Japanese officials" and "US officials" are two groups;
- one report: two entities that both hold an actor of one report were kept apart by that
  report's rules ("a man ... another man"; "the woman" and "the driver"): they stay apart,
  and a role fitting both joins neither;
- a new referent: an entity made only of actors the caller says bring in someone new
  (`is_new_referent`: linking passes a public office written indefinitely, "a president",
  `storyline.link.entities._an_office`) joins the same role of the story's other reports,
  but not an entity with a name: that one report of the story writes "the president" of a
  named person does not make another's "a president" that person.

Entities with more evidence choose first (names, then countries), so within a block the
result does not depend on the order of the reports. Blocks hold one story and one noun, so
the work grows with the number of actors, not with its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.link.union_find import UnionFind

if TYPE_CHECKING:
    from storyline.link.entities import ActorRef

MAX_BLOCK = 500  # actors of one noun in one story beyond this are left as they are


@dataclass
class _Evidence:
    """What an entity says against joining another: its names, countries, and the
    reports where it holds an actor."""

    names: set[tuple[str, ...]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)
    only_new: bool = True  # all its actors are new referents (roles written indefinitely)

    def against(self, other: _Evidence) -> bool:
        return bool(
            (self.names and other.names)
            or (self.names and other.only_new)
            or (self.only_new and other.names)
            or (self.countries and other.countries and self.countries.isdisjoint(other.countries))
            or not self.articles.isdisjoint(other.articles)
        )

    def add(self, other: _Evidence) -> None:
        self.names |= other.names
        self.countries |= other.countries
        self.articles |= other.articles
        self.only_new = self.only_new and other.only_new


def link_in_stories(
    actors: Sequence[ActorRef],
    candidates: Iterable[tuple[int, Hashable]],
    stories: Mapping[int, Hashable],
    groups: UnionFind,
    is_name: Callable[[ActorRef], bool],
    is_new_referent: Callable[[ActorRef], bool] = lambda actor: False,
) -> None:
    """Join the entities (`groups`) of the `candidates` (position in `actors`, noun: a
    block key such as the type and key of a role) of one story and noun that have no
    evidence against it (see the module docstring); `stories` maps an article to its
    story, `is_name` tells the actors that name their entity, `is_new_referent` those that
    bring in someone new (an entity of only those joins no named one)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, noun in candidates:
        story = stories.get(actors[i].article_id)
        if story is not None:
            blocks[(story, noun)].append(i)
    blocks = {
        block: members
        for block, members in blocks.items()
        if len({actors[i].article_id for i in members}) > 1 and len(members) <= MAX_BLOCK
    }
    if not blocks:
        return
    evidence: dict[int, _Evidence] = defaultdict(_Evidence)
    for i, actor in enumerate(actors):
        found = evidence[groups.find(i)]
        found.articles.add(actor.article_id)
        if is_name(actor):
            found.names.add(actor.key)
        found.only_new = found.only_new and is_new_referent(actor)
        if actor.country:
            found.countries.add(actor.country)
    for members in blocks.values():
        _join_block(members, groups, evidence)


def _join_block(members: list[int], groups: UnionFind, evidence: dict[int, _Evidence]) -> None:
    """Join the entities of one block that nothing keeps apart; `evidence` by root, kept
    up to date as entities join."""
    roots = {groups.find(i) for i in members}
    order = sorted(roots, key=lambda r: (not evidence[r].names, not evidence[r].countries, r))
    hubs: list[int] = []
    for root in order:
        fits = [n for n, hub in enumerate(hubs) if not evidence[hub].against(evidence[root])]
        if not fits:
            hubs.append(root)
        elif len(fits) == 1:
            hub = hubs[fits[0]]
            merged = evidence.pop(hub)
            merged.add(evidence.pop(root))
            groups.union(hub, root)
            hubs[fits[0]] = groups.find(root)
            evidence[hubs[fits[0]]] = merged
