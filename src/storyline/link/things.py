"""Link the things of many reports (`storyline.extract.things`) into entities.

Things are compared only inside blocks that share a key, so the work grows with the number
of things:

1. Products (PRODUCT) are one entity per name ("ipod nano") across the corpus, as
   organisations are, and a plural of a product's name is that product ("iPods", "iPod
   Touches"); a name and a model number ("iPhone 4") is another product than the bare name
   ("iPhone"), as two models are. A thing named in capitals with a product's name is that
   product ("Macbook" beside the product "MacBook"; "copies of Tiger" beside "Tiger, the
   newest version of Mac OS X": the entity is a PRODUCT whatever most reports say); a
   thing named by an acronym ("IE") joins the one thing whose name's initials it is
   ("Internet Explorer").
2. Things described by a noun (THING: "the rifle") are one per report; two of one head lemma
   join when their reports name a common actor entity (the same story), found through a
   block per lemma and entity, never by comparing all pairs. A noun that names no concrete
   thing (``abstract_nouns.txt``: "time", "price", "issue", "version") stays in its report:
   two reports of one story do not share "the time" because both write the word.
3. Within a story, when the stories are known (`storyline.link.in_story`): described
   things of one concrete noun join across the reports the story clusterer filed into it,
   though the reports name no common actor; abstract nouns still stay in their report.
4. A report's second or later referent of a noun ("no change" after "changes":
   `storyline.extract.referents`) stays in its report: which thing of another report it
   is, its key cannot tell.

A thing never joins an actor, except a name the recogniser missed in one report (a THING
named in capitals: "Explorer") that is the name of exactly one actor entity elsewhere
(`storyline.link.entities`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from storyline.data import data_lines
from storyline.extract.actor_model import THING_TYPES
from storyline.extract.names import acronym
from storyline.extract.referents import later_referent
from storyline.link.in_story import link_in_stories
from storyline.link.union_find import UnionFind

if TYPE_CHECKING:
    from storyline.link.entities import ActorRef, Entity


@cache
def abstract_nouns() -> frozenset[str]:
    """Nouns that name no concrete thing (``abstract_nouns.txt``)."""
    return frozenset(data_lines("abstract_nouns.txt"))


def link_things(
    actors: Sequence[ActorRef],
    context: dict[int, set[int]],
    stories: Mapping[int, Hashable] | None = None,
) -> list[Entity]:
    """Entities of the things among `actors` (members index `actors`). `context`: the actor
    entities each article names; `stories`: the story of each article, when known."""
    groups = UnionFind(len(actors))
    things: list[int] = []
    blocks: dict[tuple, list[int]] = defaultdict(list)
    by_noun: dict[tuple[str, ...], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    product_keys = {a.key for a in actors if a.type == "PRODUCT"}
    for i, thing in enumerate(actors):
        if thing.type not in THING_TYPES:
            continue
        things.append(i)
        if thing.type == "PRODUCT":
            name = _singular(thing.key, product_keys) or thing.key  # "iPods": "ipod"
            blocks[("name", name)].append(i)
        elif _named(thing) and thing.key in product_keys:
            blocks[("name", thing.key)].append(i)  # "Macbook" beside the product "MacBook"
        elif _joins_by_noun(thing.key):
            by_noun[thing.key][thing.article_id].append(i)
    for members in blocks.values():
        for i in members[1:]:
            groups.union(members[0], i)
    for reports in by_noun.values():
        _link_by_noun(reports, context, groups.union)
    _link_acronyms(actors, things, groups.union)
    nouns = [(i, actors[i].key) for i in things if _described_concretely(actors[i])]
    link_in_stories(actors, nouns, stories or {}, groups, is_name=_named)
    members_of: dict[int, list[int]] = defaultdict(list)
    for i in things:
        members_of[groups.find(i)].append(i)
    return [_entity(actors, members) for _, members in sorted(members_of.items())]


def _link_by_noun(
    reports: Mapping[int, list[int]],
    context: Mapping[int, set[int]],
    union: Callable[[int, int], None],
) -> None:
    """Join the things of one noun (`reports`: each article's things of it) whose reports
    name a common actor entity (`context`), a report its own things when it names any.
    The first thing of each report stands for the others: the groups are those of a block
    per noun and entity, without a block entry per thing and entity."""
    first_of: dict[int, int] = {}  # entity -> the first thing of a report naming it
    for article_id, members in reports.items():
        entities = context.get(article_id)
        if not entities:
            continue
        for i in members[1:]:
            union(members[0], i)
        if len(reports) > 1:
            for entity in entities:
                if (first := first_of.setdefault(entity, members[0])) != members[0]:
                    union(first, members[0])


def _singular(key: tuple[str, ...], keys: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The product name among `keys` that `key` is the plural of ("ipods": "ipod"); never
    of a model number ("3gs" is a model of its own, not "3g"s)."""
    last = key[-1]
    if not last.endswith("s") or last.endswith("ss") or any(c.isdigit() for c in last):
        return None
    for cut in (1, 2) if last.endswith("es") else (1,):
        if (singular := (*key[:-1], last[:-cut])) in keys:
            return singular
    return None


def _described_concretely(thing: ActorRef) -> bool:
    """A thing described by a noun of a concrete thing ("the rifle"; not "the time" of
    ``abstract_nouns.txt``), not named."""
    return thing.type == "THING" and not _named(thing) and _joins_by_noun(thing.key)


def _joins_by_noun(key: tuple[str, ...]) -> bool:
    """May a thing of this key join another report's by its noun: a concrete noun (not in
    ``abstract_nouns.txt``), and its report's first referent of it (rule 4)?"""
    return key[0] not in abstract_nouns() and not later_referent(key)


def _named(thing: ActorRef) -> bool:
    """A product, or a thing named in capitals ("Explorer")."""
    return thing.type == "PRODUCT" or thing.name[:1].isupper()


def _link_acronyms(
    actors: Sequence[ActorRef], things: list[int], union: Callable[[int, int], None]
) -> None:
    """A thing named by an acronym joins the one named thing whose initials it is."""
    expansions: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    first: dict[tuple[str, ...], int] = {}
    for i in things:
        first.setdefault(actors[i].key, i)
        if initials := acronym(actors[i].key):
            expansions[initials].add(actors[i].key)
    for i in things:
        key = actors[i].key
        if len(key) == 1 and actors[i].name.isupper():
            full = expansions.get(key[0].upper(), set())
            if len(full) == 1:
                union(first[next(iter(full))], i)


def _entity(actors: Sequence[ActorRef], members: list[int]) -> Entity:
    from storyline.link.entities import Entity

    group = [actors[i] for i in members]
    names = Counter(a.name for a in group)
    types = Counter(a.type for a in group)
    return Entity(
        name=max(names, key=lambda name: (names[name], len(name))),
        type="PRODUCT" if "PRODUCT" in types else types.most_common(1)[0][0],
        code=None,
        country=None,
        roles=(),
        members=tuple(members),
    )
