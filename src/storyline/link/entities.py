"""Link the actors of many reports into entities, one per person, organisation, country.

Actors are compared only inside blocks that share a key, so the work grows with the number
of actors, not with its square. The rules, in order:

1. Countries and governments are one entity per code (JPN, JPNGOV); one-word places and
   organisations one per name; an organisation written as an acronym ("NATO") joins the
   one organisation whose initials it is (a name written with or without "and" or a
   plural "s" is one: "Disaster(s) (and) Emergency Committee" for "DEC"; the acronym joins
   its most written form).
2. Names of two words or more are one entity per name, whatever type the recogniser gave
   each occurrence ("Maurice Cheeks" tagged PERSON here and GPE there); a name is split
   where reports give two countries, or roles of two sectors (a minister and a banker both
   called John Smith), and an actor that gives neither joins the name's most frequent side;
   two countries of one sector are one person, a report's country misread ("President
   Barack Obama" given GBR), when they share a role or, when stories are known, a story.
3. A name that is part of longer names of its type ("Pence" of "Mike Pence", "Surgeon
   General" of "U.S. Surgeon General") joins the longer one that is in the same report
   when there is exactly one; otherwise the candidate whose reports share the most other
   entities with its report, if it shares enough of them and no other candidate shares as
   many: none for a name of two words or more that has one candidate in the corpus,
   ``MIN_SHARED_LONG`` for a one-word name with one candidate or a name that is not a
   one-word person name, else ``MIN_SHARED``. Persons and organisations count as one type here:
   the recogniser mixes them up ("Pence" tagged ORG).
   Nor is a given name and surname the short form of a longer name that starts with another
   given name named with that surname on its own ("Katherine Jackson" of "Michael Katherine
   Jackson" beside "Michael Jackson": a list read as one name).
   Failing that, one-word names join each other (whatever type the recogniser gave them)
   within a report or when their reports share enough entities.
   Two writings of one full name ("Fred LaRue", "Frederick C. LaRue": a short given name,
   middle names left out or as initials) join in one report, or when one writing fits best
   by shared entities, at least ``MIN_SHARED_LONG``. A pet form of a given name
   (`storyline.link.nicknames`: two letters read as an initial, "Mo Cheeks" for "Maurice
   Cheeks"; a hypocorism of ``data/nicknames.tsv``, "Bill Clinton" for "William Clinton")
   joins only in its report or story, when that names exactly one person of the surname
   and a given name it may stand for; so does a name blended from a given name and a
   surname ("LiLo" for Lindsay Lohan) with the one person it fits there. A one-word
   person name its report leaves unclear ("Steve" beside "Steve Jobs" and "Steve Ballmer";
   a surname alone that several persons of its report bear, in the segment the NLP pass
   read it in or in another one of a long report, or a full name's and a namesake's under
   another office's title: "Clinton" beside "President Bill Clinton" and "Secretary
   Clinton") joins the one of those the report tells it is: the only one of the gender its
   pronouns give ("Clinton", "she", beside Hillary and Bill Clinton), when each other is
   known to be of the other; else the only one holding a title the report gives the name
   ("Mr. Bush, the former governor"); else the one its report names ``MAIN_PERSON_TIMES``
   as often as each other.
   An organisation's or place's name of three words or more joins the one name of its
   story written with one word more inside ("Betty Ford Center", "Betty Ford Treatment
   Center").
4. A role or common noun standing alone ("the Prime Minister", "the suspect", "police") is
   one actor per report; it joins the same role of another report only when the reports
   share ``MIN_SHARED`` entities (the same story), and, when the story clusterer's topics
   are known, are of one topic (generic entities such as a news service are shared across
   topics: "the people" of Haiti and of the oil spill are not one group), and, for a plural
   group, only when the names it is written with agree (`storyline.link.modifiers`: "iPod
   Touch users" and "OS X users" are two groups, bare "users" join bare "users"); when
   stories are known, singular or plural, only when the reports are of one story
   (`_story_parts`: every report's "voters" of a campaign are not one group, nor its
   "candidate" one person); a kinship
   noun is read in its formal word ("the mom" as "the mother", ``data/kin_forms.tsv``). So
   does a role whose one-word noun is a near synonym of its own (`storyline.link.synonyms`:
   "the robber", "the thief"), of the same type and number, unless the nouns give two
   genders ("husband", "wife"), one is a kinship noun or a title of the role lexicon, or a
   report writes both for two of its actors ("the defendant" and "the plaintiff" there are
   two). A member of a large public written only indefinitely ("a voter", "one Republican",
   `_of_its_report`) joins no other report's actor, by this rule or rule 6: one of
   millions, not one event's one participant. Other ambiguous short names are never linked.
5. A person's role standing alone ("the publicist") joins the named person holding that
   role ("publicist Jack Ketsoyan") in its own report or in reports sharing ``MIN_SHARED``
   entities with it (of its topic, when topics are known), when exactly one holder shares
   the most; a role joined across reports (rule 4) joins the holder that more of its actors
   find so than find all other holders together, or none ("the official" of thirty reports
   of one campaign, each finding the campaign manager or aide its report shares most with,
   is none of them); an organisation's or place's noun alone ("the church") likewise joins
   the one named actor ending in it ("Wasilla Bible Church"). A role written only
   indefinitely ("a strategist", "another pollster", `indefinite_only`) brings in someone
   new: it finds no holder (rules 4 and 6 still join it to the same role of its story's
   other reports: one event's "a gunman" of two reports is one person; a group so joined
   takes the holder its other actors find, unless the role is a public office of the
   state, ``PUBLIC_OFFICES``: "a president", "a sitting senator" name the office as a kind
   or one of its holders, where its known holder is written "the president"; such an
   actor joins only groups of its role that have no named holder).
6. Within a story, when the stories are known (`storyline.link.in_story`): a role standing
   alone joins the same role (noun, type and number) of the other reports the story
   clusterer filed into its story, whether or not they share entities, and with it the
   one named holder rules 4 and 5 gave any of them; not across two names, two countries,
   or two actors of one report.
7. A government named after a leader ("the Mubarak regime" beside "President Hosni
   Mubarak", `places.led_government`) joins the government of the country the leader's
   entity is given across the corpus (other reports write "Egyptian President Hosni
   Mubarak"), else the one its report guessed: the country the report gives him, else its
   most named government (`_link_led_governments`; a report that names no government and
   gives him no country leaves the noun unnamed, `places.led_government`): only linking
   sees the reports that place him, and one report's country for him may be misread.

Ambiguity keeps actors apart: a wrong merge costs more than a missed one.

Things (types PRODUCT and THING, `storyline.extract.things`) are linked apart, after the
actors, by `storyline.link.things`; they never join an actor, except a name the recogniser
missed in a report (a capitalised THING) that is the name of exactly one actor entity, and
a product that is only a maker's name ("a Intel processor": not written as a product's
name, and named more often as that one organisation elsewhere). Conversely an organisation
or person entity with the name of exactly one product entity that the corpus names more
often ("Macintosh" tagged ORG in one report) joins that product.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from storyline.extract.actor_model import THING_TYPES
from storyline.extract.actors.state import (
    GENDER_OF_WORD,
    INDEFINITE_ARTICLES,
    PUBLIC_MEMBER_NOUNS,
    government_leader,
)
from storyline.extract.gender import gender_of_full_name
from storyline.extract.names import acronym, initials_written, is_name_variant, is_short_form
from storyline.extract.nominals import NominalLexicon
from storyline.extract.roles import (
    PUBLIC_OFFICES,
    Role,
    RoleLexicon,
    other_offices,
    same_office,
)
from storyline.extract.things import written_as_product
from storyline.link.in_story import link_in_stories
from storyline.link.modifiers import agree
from storyline.link.nicknames import (
    blend_parts,
    drops_a_named_given_name,
    formal_word,
    is_blend_of,
    is_pet_form,
)
from storyline.link.spelling import spelling_key
from storyline.link.synonyms import near_synonyms
from storyline.link.things import link_things
from storyline.link.union_find import UnionFind

T = TypeVar("T")

MIN_SHARED = 2  # entities two reports must share to link a one-word person name or a role
MIN_SHARED_LONG = 1  # ... to link a longer name, or an organisation's or place's name
RARE_WRITING_AGAINST = 4  # a writing of one report is not shown when another is in this many
# A kinship noun names a relation to someone: two of them, or one and a description ("the
# son", "the boy"), are not two words for one person.
KIN_NOUNS = frozenset(
    "mother father son daughter wife husband sister brother grandmother grandfather uncle "
    "aunt cousin boyfriend girlfriend fiance fiancee widow".split()
)
# Nouns that name a person only as one of a large public: a voter, a taxpayer, a member of a
# party ("a Republican", "one Democrat"): written indefinitely, one picked out of millions.
ONE_OF_A_PUBLIC = PUBLIC_MEMBER_NOUNS | {"republican", "democrat"}
MAIN_PERSON_TIMES = 3  # a report's main person is named this many times as often as any other
MAX_BLOCK = 500  # one-word names shared by more actors than this are not compared pairwise
# Determiners of a noun phrase that brings in a new referent (the indefinite articles,
# "another", the numeral "one") or quantifies over a kind ("every", "each", "any", "no").
NEW_REFERENT_DETERMINERS = INDEFINITE_ARTICLES | {"another", "one", "every", "each", "any", "no"}
_NAMED_PLACES = frozenset({"ORGANISATION", "LOCATION"})
_CONTEXT_TYPES = frozenset({"PERSON", "ORGANISATION", "GOVERNMENT", "LOCATION"})
# Small words written inside a name in lower case ("Face the Nation", "Bank of America",
# "Ludwig van Beethoven", "Osama bin Laden"): articles, prepositions, conjunctions, particles.
_NAME_JOINERS = frozenset(
    "the a an of for and on in at to with by from de du des da di del della la le van von "
    "der den bin al el y".split()
)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What linking needs of one stored actor."""

    article_id: int
    idx: int
    name: str
    type: str
    key: tuple[str, ...]
    country: str | None
    roles: tuple[str, ...]
    code: str | None
    ambiguous: bool
    n_mentions: int = 1
    modifiers: frozenset[str] = frozenset()  # a group's names before its noun (`group_modifiers`)
    gender: str | None = None  # "m" or "f" as most of its pronouns say (`state.pronoun_gender`)
    indefinite: bool = False  # a role written only as "a/another/every …" (`indefinite_only`)
    honorific: str | None = None  # "f" of a one-word name written "Mrs Jolly" (`honorific_gender`)


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity: the actors it gathers and what they say of it together."""

    name: str
    type: str
    code: str | None
    country: str | None
    roles: tuple[str, ...]
    members: tuple[int, ...]  # positions in the linked actor list


def _gives_context(actor: ActorRef) -> bool:
    """Does the actor tell which story its report is in: a named person, organisation,
    government or place, not ambiguous (countries are too common to tell)?"""
    return actor.type in _CONTEXT_TYPES and not actor.ambiguous and not _is_role_only(actor)


def indefinite_only(descriptions: Iterable[str]) -> bool:
    """Is a role actor written only with a determiner that brings in someone new or no one in
    particular ("a strategist", "another pollster", "one adviser", "every person")? Such a
    noun phrase introduces a referent of its own rather than pointing back to one already
    known, so it is no named holder of its role in another report. `descriptions`: the
    texts of its mentions other than pronouns; a bare or definite one ("the strategist",
    "strategist") and none at all make it not indefinite."""
    firsts = [text.split(maxsplit=1)[0].lower() for text in descriptions if text.strip()]
    return bool(firsts) and all(first in NEW_REFERENT_DETERMINERS for first in firsts)


def _is_role_only(actor: ActorRef) -> bool:
    """A role or common noun standing for an unnamed actor ("the Prime Minister")."""
    return actor.key[:1] == ("the",)


def _named_roots(actors: Sequence[ActorRef], groups: UnionFind) -> set[int]:
    """The entity roots (as grouped so far) that hold an actor with a name."""
    return {groups.find(i) for i, actor in enumerate(actors) if not _is_role_only(actor)}


def _one_spelling(actor: ActorRef) -> ActorRef:
    """The actor with its key in American spelling, unless a person or a role standing alone
    (whose nouns the role lexicon reads); a role's kinship nouns, in the key of a role
    standing alone and in the roles, in their formal word (`formal_word`: "the mom" is
    "the mother")."""
    roles = tuple(formal_word(role) for role in actor.roles)
    if _is_role_only(actor):
        key = tuple(formal_word(word) for word in actor.key)
    elif actor.type == "PERSON":
        key = actor.key
    else:
        key = spelling_key(actor.key)
    if key == actor.key and roles == actor.roles:
        return actor  # (frozen: most actors are written so already, and a copy costs)
    return replace(actor, key=key, roles=roles)


def link_actors(
    actors: Sequence[ActorRef],
    stories: Mapping[int, Hashable] | None = None,
    topics: Mapping[int, Hashable] | None = None,
) -> list[Entity]:
    """Group actors into entities (see the module docstring for the rules), then the things
    (`storyline.link.things.link_things`); `members` index `actors`. `stories` and `topics`
    map an article to the story and topic it is filed into, when known (rules 4 and 6).
    Names other than persons' are compared in one spelling (`storyline.link.spelling`:
    "Centre" and "Center")."""
    actors = [_one_spelling(actor) for actor in actors]
    places = [i for i, actor in enumerate(actors) if actor.type not in THING_TYPES]
    entities = [
        replace(entity, members=tuple(places[m] for m in entity.members))
        for entity in _link_named_actors([actors[i] for i in places], stories or {}, topics or {})
    ]
    context: dict[int, set[int]] = defaultdict(set)
    for number, entity in enumerate(entities):
        for i in entity.members:
            if _gives_context(actors[i]):
                context[actors[i].article_id].add(number)
    things = link_things(actors, context, stories or {})
    linked = _join_missed_names(actors, entities, things, context, stories or {})
    return _join_products_typed_as_actors(actors, linked)


def _join_products_typed_as_actors(
    actors: Sequence[ActorRef], entities: list[Entity]
) -> list[Entity]:
    """An organisation or person entity whose name is that of exactly one product entity of
    the corpus joins it, as that product, when the corpus names the product more often
    ("Macintosh" typed ORG in one report, a product in the others; the organisation's
    nouns standing alone, "the store", name nothing): the recogniser's type
    of one report gives way to what the corpus writes. (`_maker` is the converse: "a Intel
    processor" joins the organisation Intel.)"""
    products: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, entity in enumerate(entities):
        if entity.type == "PRODUCT":
            for key in {actors[i].key for i in entity.members}:
                products[key].append(number)
    mentions = [sum(actors[i].n_mentions for i in e.members) for e in entities]  # products'
    out: list[Entity | None] = list(entities)
    for number, entity in enumerate(entities):
        if entity.type not in {"ORGANISATION", "PERSON"}:
            continue
        named = [i for i in entity.members if not _is_role_only(actors[i])]
        targets = {n for i in named for n in products.get(actors[i].key, ())}
        if len(targets) != 1:
            continue
        target = targets.pop()
        if mentions[target] > sum(actors[i].n_mentions for i in named):
            joined = out[target]
            assert joined is not None
            out[target] = replace(joined, members=joined.members + entity.members)
            out[number] = None
    return [entity for entity in out if entity is not None]


def _join_missed_names(
    actors: Sequence[ActorRef],
    entities: list[Entity],
    things: list[Entity],
    context: dict[int, set[int]],
    stories: Mapping[int, Hashable],
) -> list[Entity]:
    """A thing named by a name the recogniser missed in its report (a capitalised THING:
    "Explorer", "Colts") joins the one actor entity that name is the name of elsewhere,
    or failing that the one it is a short form of ("Explorer" of "Internet Explorer") among
    the entities of reports that share ``MIN_SHARED_LONG`` entities with its report; of
    several, the one only that is named in its story, when stories are known ("Maurice"
    in a story on Maurice Cheeks, not Maurice Clarett of another story). A thing whose
    members are mostly written in lower case is a noun, capitalised only where a sentence
    or a headline starts with it: "Death" of a report on a death joins no band named
    "Death Cab For Cutie", nor do the reports' "death" with it. The entity joined is shown
    by the name its members together give (`_shown_name`): the "Wall Street" of 28 reports
    joined to one report's "power - Wall Street" is "Wall Street"."""
    of_key: dict[tuple[str, ...], set[int]] = defaultdict(set)
    by_word: dict[str, set[int]] = defaultdict(set)
    articles: dict[int, set[int]] = defaultdict(set)
    for number, entity in enumerate(entities):
        for i in entity.members:
            articles[number].add(actors[i].article_id)
            if not actors[i].ambiguous and not _is_role_only(actors[i]):
                of_key[actors[i].key].add(number)
                if len(actors[i].key) >= 2:
                    by_word[actors[i].key[0]].add(number)
                    by_word[actors[i].key[-1]].add(number)
    out = list(entities)
    kept = []
    for thing in things:
        named = [i for i in thing.members if actors[i].name[:1].isupper()]
        if 2 * len(named) <= len(thing.members):
            kept.append(thing)  # a noun most reports write in lower case ("death", "the quake")
            continue
        keys = {actors[i].key for i in named}
        targets = {n for key in keys for n in of_key.get(key, ())}
        if not targets:
            around = set().union(*(context.get(actors[i].article_id, set()) for i in named))
            for key in keys:
                longer = by_word.get(key[0], set()) | by_word.get(key[-1], set())
                for n in longer if len(longer) <= MAX_BLOCK else ():
                    near = set().union(*(context[a] for a in articles[n]))
                    shortens = any(is_short_form(key, actors[j].key) for j in entities[n].members)
                    if shortens and len((around & near) - {n}) >= MIN_SHARED_LONG:
                        targets.add(n)
        if len(targets) > 1 and stories:
            filed = {stories.get(actors[i].article_id) for i in named} - {None}
            here = {n for n in targets if filed & {stories.get(a) for a in articles[n]}}
            targets = here if len(here) == 1 else targets
        if len(targets) == 1 and (
            thing.type == "THING" or _maker(actors, thing, entities[next(iter(targets))])
        ):
            target = targets.pop()
            members = out[target].members + thing.members
            name = _entity(actors, list(members)).name  # shown by what its members write
            out[target] = replace(out[target], members=members, name=name)
        else:
            kept.append(thing)
    return out + kept


def _maker(actors: Sequence[ActorRef], product: Entity, organisation: Entity) -> bool:
    """Is a product only a maker's name in front of its product's noun ("a Intel
    processor")? So when its name is not written as a product's ("iPod", "PAC-3") and the
    corpus names it as an organisation more often than as a product."""
    if organisation.type != "ORGANISATION":
        return False
    if any(written_as_product(actors[i].name) for i in product.members):
        return False
    as_product = sum(actors[i].n_mentions for i in product.members)
    return sum(actors[i].n_mentions for i in organisation.members) > as_product


def _link_named_actors(
    actors: list[ActorRef], stories: Mapping[int, Hashable], topics: Mapping[int, Hashable]
) -> list[Entity]:
    """The actors' rules 1-6 (no things among `actors`)."""
    groups = UnionFind(len(actors))
    by_block: dict[tuple, list[int]] = defaultdict(list)
    names: dict[tuple[str, ...], list[int]] = defaultdict(list)
    roles: dict[tuple[str, ...], list[int]] = defaultdict(list)
    unclear: list[int] = []
    for i, actor in enumerate(actors):
        if actor.ambiguous:
            unclear.append(i)
            continue
        if _is_role_only(actor):
            if not _led_government(actor):  # placed by rule 7 alone
                roles[actor.key].append(i)
        elif actor.type in {"COUNTRY", "GOVERNMENT"}:
            by_block[(actor.type, actor.key)].append(i)
        else:
            names[actor.key].append(i)
            if len(actor.key) == 1 and actor.type != "PERSON":
                by_block[(actor.type, actor.key)].append(i)
    for members in by_block.values():
        for i in members[1:]:
            groups.union(members[0], i)
    _link_acronyms(actors, groups)
    for key, members in names.items():
        if len(key) >= 2:
            _link_full_names(actors, members, groups, stories)
    _link_name_variants(actors, names, groups)
    _link_nicknames(actors, names, groups, stories)
    _link_inner_words(actors, names, groups, stories)
    titles = _titles(actors)
    _link_short_names(actors, names, groups, titles)
    _link_to_main_person(actors, unclear, groups, titles)
    surnames = _surname_countries(actors, groups)
    _link_led_governments(actors, by_block, groups, surnames)
    context = _context(actors, groups)
    lexicon = RoleLexicon.load()
    offices = {i for members in roles.values() for i in members if _an_office(actors[i], lexicon)}
    definite = {key: [i for i in members if i not in offices] for key, members in roles.items()}
    own = {i for members in roles.values() for i in members if _of_its_report(actors[i])}

    def in_one_report(i: int, j: int) -> bool:
        """Rule 4 for "a voter", "one Republican": only within its report; and never two
        countries' groups ("the Egyptian police", "the Tunisian police": `_two_countries`)."""
        if _two_countries(actors[i], actors[j]):
            return False
        return actors[i].article_id == actors[j].article_id or not {i, j} & own

    _link_roles_across_reports(actors, definite, context, groups, stories, topics, in_one_report)
    _link_roles_to_holders(actors, definite, groups, topics)
    named = _named_roots(actors, groups)

    def new_referent_joins(i: int, j: int) -> bool:
        """Rule 4 for "a president": it joins no group with a named holder."""
        new = i in offices or j in offices
        unnamed = groups.find(i) not in named and groups.find(j) not in named
        return new and unnamed and in_one_report(i, j)

    _link_roles_across_reports(actors, roles, context, groups, stories, topics, new_referent_joins)
    alone = [(i, (actors[i].type, key)) for key, members in roles.items() for i in members]
    alone = [(i, noun) for i, noun in alone if i not in own]
    link_in_stories(
        actors,
        alone,
        stories,
        groups,
        is_name=lambda a: not _is_role_only(a),
        is_new_referent=lambda a: _an_office(a, lexicon),
    )
    return [_placed_by_surname(actors, e, surnames) for e in _entities(actors, groups)]


def _link_led_governments(
    actors: list[ActorRef],
    blocks: Mapping[tuple, list[int]],
    groups: UnionFind,
    surnames: Mapping[str, str],
) -> None:
    """Rule 7: a government named after a leader ("the Mubarak regime" beside "President
    Hosni Mubarak", keyed by `led_government_key`) is the government of the country the
    leader's entity is given across the corpus, once rules 1-3 have joined his name to the
    reports that write "Egyptian President Hosni Mubarak": a regime or administration named
    after its head is his country's, whoever else the report names more. The leader is the
    person its report names by that key; where the corpus gives his entities no one country,
    the report's own guess (the actor's code: the country the report gives him, else its
    dateline's or most named government) decides. It joins that government's entity
    (`blocks`: rule 1's governments by code) when the corpus has one; where it has none,
    the governments the corpus places in one country are that country's (their code set
    in `actors`) and one entity: a long report's "the Halvorsen regime" of its first
    segment and "the regime" of its last, each guessed apart by its segment."""
    persons: dict[tuple[int, tuple[str, ...]], list[int]] = defaultdict(list)
    led: list[tuple[int, tuple[str, ...]]] = []
    for i, actor in enumerate(actors):
        if actor.type == "PERSON" and not actor.ambiguous and not _is_role_only(actor):
            persons[(actor.article_id, actor.key)].append(i)
        elif _led_government(actor):
            led.append((i, government_leader(actor.key) or ()))
    if not led:
        return
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(actors)):
        members[groups.find(i)].append(i)
    country_of: dict[int, str | None] = {}
    placed: dict[str, int] = {}  # a code's first led government the corpus placed, no block
    for i, leader in led:
        roots = {groups.find(j) for j in persons.get((actors[i].article_id, leader), ())}
        for root in roots - country_of.keys():
            leader_entity = _entity(actors, members[root])
            country_of[root] = _placed_by_surname(actors, leader_entity, surnames).country
        countries = {country_of[root] for root in roots} - {None}
        by_corpus = len(countries) == 1
        code = f"{countries.pop()}GOV" if by_corpus else actors[i].code
        government = blocks.get(("GOVERNMENT", (code,))) if code else None
        if government:
            groups.union(government[0], i)
        elif code and by_corpus:
            actors[i] = replace(actors[i], code=code, country=code[:3])
            groups.union(placed.setdefault(code, i), i)


def _surname_countries(actors: Sequence[ActorRef], groups: UnionFind) -> dict[str, str]:
    """The one country the corpus gives the persons whose full names end in each surname
    ("mubarak": EGY, where "Hosni Mubarak", "Gamal Mubarak" and "Suzanne Mubarak" are
    Egyptians or given no country): each full name's entity is placed by most of its
    mentions. Only full names written in two reports or more count: a name of one report
    may be a word the recogniser ran into a surname ("exit Mubarak", placed by one report's
    guess). A surname whose full names the corpus places in two countries (Jordan's and
    Saudi Arabia's King Abdullah) has none."""
    by_root: dict[int, Counter[str]] = defaultdict(Counter)
    reports: dict[int, set[int]] = defaultdict(set)
    surname_of: dict[int, str] = {}
    for i, actor in enumerate(actors):
        if actor.type == "PERSON" and len(actor.key) >= 2 and not _is_role_only(actor):
            root = groups.find(i)
            surname_of[root] = actor.key[-1]
            reports[root].add(actor.article_id)
            if actor.country:
                by_root[root][actor.country] += actor.n_mentions
    countries: dict[str, set[str]] = defaultdict(set)
    for root, counts in by_root.items():
        if len(reports[root]) >= 2:
            countries[surname_of[root]].add(counts.most_common(1)[0][0])
    return {name: found.pop() for name, found in countries.items() if len(found) == 1}


def _placed_by_surname(
    actors: Sequence[ActorRef], entity: Entity, surnames: Mapping[str, str]
) -> Entity:
    """A person entity named by a surname alone ("Mubarak", which rule 3 left apart from
    the full names it may shorten) whose reports give it two countries (most of them a
    report's guess from its dateline, Washington's, a few "Egyptian President Mubarak")
    is placed in the one of them the corpus gives the full names ending in that surname
    (`_surname_countries`): what the corpus writes of the man outweighs what reports guess
    of him. A country none of its reports gives is never imported."""
    if entity.type != "PERSON" or entity.country is None:
        return entity
    keys = {actors[i].key for i in entity.members if not _is_role_only(actors[i])}
    if len(keys) != 1 or len(surname := next(iter(keys))) != 1:
        return entity
    country = surnames.get(surname[0])
    given = {actors[i].country for i in entity.members}
    if country is None or country == entity.country or country not in given:
        return entity
    code = entity.code
    if code and not code.startswith("IGO"):
        code = country + code[3:]
    return replace(entity, country=country, code=code)


def _led_government(actor: ActorRef) -> bool:
    """Is the actor a government named after a leader (`led_government_key`)? Rule 7 alone
    places it: rules 4 and 6 would join one report's "the Mubarak regime" to another's that
    rule 7 placed with another government (where one report names him by a key the other
    does not), and so two countries' governments."""
    return actor.type == "GOVERNMENT" and government_leader(actor.key) is not None


def _two_countries(a: ActorRef, b: ActorRef) -> bool:
    """Are two actors written with two countries ("the police" given EGY in one report, TUN
    in another)? A role or group of one country is not the same role or group of another."""
    return a.country is not None and b.country is not None and a.country != b.country


def _of_its_report(actor: ActorRef) -> bool:
    """Is the actor a member of a large public written only indefinitely ("a voter", "an Iowa
    voter", "one Republican", "a Democrat": ``ONE_OF_A_PUBLIC``), whose referent only its own
    report fixes (rules 4 and 6 join it to no other report's actor)? It is one picked out of
    millions: no reader takes two reports' "a Republican" for one person unless a name ties
    them, as one event's "a gunman" of two reports may be one."""
    noun, _ = _role_noun(actor.key)
    return actor.indefinite and noun in ONE_OF_A_PUBLIC


def _an_office(actor: ActorRef, lexicon: RoleLexicon) -> bool:
    """Is the actor a public office written only indefinitely ("a president", "a sitting
    senator", "a former president": a role of the lexicon in ``PUBLIC_OFFICES``)? An office's known
    holder is written definitely ("the president", "the Vermont senator"); the indefinite
    names the office as a kind ("a president must be ready") or one of its many holders,
    not the one another report names."""
    if not actor.indefinite or not actor.roles:
        return False
    role = lexicon.lookup(actor.roles[0])
    return role is not None and role.sector in PUBLIC_OFFICES


def _link_roles_across_reports(
    actors: Sequence[ActorRef],
    roles: dict[tuple[str, ...], list[int]],
    context: dict[int, set[int]],
    groups: UnionFind,
    stories: Mapping[int, Hashable],
    topics: Mapping[int, Hashable],
    may_join: Callable[[int, int], bool] | None = None,
) -> None:
    """Rule 4: the actors of one role standing alone, or of near-synonym roles, join across
    reports of one story on shared context; `may_join` (two positions in `actors`), when
    given, says which pairs may join. Linking runs it twice: first without the public
    offices written only indefinitely (`_an_office`: "a president", "a sitting senator"),
    whose groups then find their holders (rule 5); then with them, where such an office
    joins others of its role only while neither has a named holder: that one report names
    "the president" does not make every "a president" of the story that person. Other
    indefinite roles go with their groups: one event's "a gunman" may be the gunman another
    report names."""
    for members in roles.values():
        for part in _story_parts(actors, members, stories):
            _link_in_shared_context(actors, part, context, groups, topics, may_join)
    _link_synonym_roles(actors, roles, context, groups, topics, may_join)


def _story_parts(
    actors: Sequence[ActorRef],
    members: list[int],
    stories: Mapping[int, Hashable],
) -> list[list[int]]:
    """The actors of one role standing alone that rule 4 may join on shared context: all of
    them when no stories are known, else those of one story (`_place`). A bare plural names
    a set of people that its event makes (the voters of a primary, the aides around a
    candidate that day); a singular one ("the candidate", "the official") means whoever its
    report's story makes salient: two events' "candidate" are not one person, and a pile of
    one campaign has every report share its candidates. Rule 6 (`link_in_stories`) joins
    them within a story."""
    if not stories:
        return [members]
    parts: dict[Hashable, list[int]] = defaultdict(list)
    for i in members:
        parts[_place(actors[i], stories)].append(i)
    return list(parts.values())


def _role_noun(key: tuple[str, ...]) -> tuple[str, bool]:
    """The noun of a role standing alone, and whether it is plural: ("the", "climber",
    "plural") -> ("climber", True)."""
    plural = key[-1] == "plural"
    return " ".join(key[1 : -1 if plural else None]), plural


def _link_synonym_roles(
    actors: Sequence[ActorRef],
    roles: dict[tuple[str, ...], list[int]],
    context: dict[int, set[int]],
    groups: UnionFind,
    topics: Mapping[int, Hashable],
    may_join: Callable[[int, int], bool] | None = None,
) -> None:
    """Roles standing alone whose one-word nouns are near synonyms (`near_synonyms`: "the
    robber" and "the thief", "the teen" and "the teenager") join as one role's actors do
    (rule 4), when they are of one type and number, their nouns give no two genders
    ("husband", "wife"), neither is a kinship noun (``KIN_NOUNS``: "the boy" and "the son"
    need not be one) or a title of the role lexicon (titles are precise: "lieutenant" and
    "sergeant", "lawyer" and "lawmaker"; the lexicon's forms already join "attorney" and
    "lawyer"), and no report writes both for two actors of its own ("the defendant" and
    "the plaintiff"): such a report says they are two."""
    by_noun: dict[tuple[str, bool, str], list[int]] = defaultdict(list)
    for key, members in roles.items():
        noun, plural = _role_noun(key)
        if " " not in noun:
            for i in members:
                by_noun[(noun, plural, actors[i].type)].append(i)
    nouns: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    for entry in by_noun:
        nouns[entry[0]].append(entry)
    roles_lexicon = RoleLexicon.load()
    for a, b in near_synonyms(nouns):
        if {GENDER_OF_WORD.get(a), GENDER_OF_WORD.get(b)} == {"m", "f"} or {a, b} & KIN_NOUNS:
            continue
        if roles_lexicon.lookup(a) or roles_lexicon.lookup(b):
            continue
        for first in nouns[a]:
            second = (b, *first[1:])
            if second not in by_noun:
                continue
            articles = {actors[i].article_id for i in by_noun[first]}
            if articles.isdisjoint(actors[i].article_id for i in by_noun[second]):
                pair = by_noun[first] + by_noun[second]
                _link_in_shared_context(actors, pair, context, groups, topics, may_join)


def _link_roles_to_holders(
    actors: Sequence[ActorRef],
    roles: dict[tuple[str, ...], list[int]],
    groups: UnionFind,
    topics: Mapping[int, Hashable],
) -> None:
    """A role standing alone joins the named actor it stands for in the reports of the same
    story (rule 5): a person's role ("the publicist") the person holding it, an
    organisation's or place's noun ("the church") the one whose name ends in it ("Wasilla
    Bible Church"). Of those, the one whose reports share the most entities with the role's
    report, at least ``MIN_SHARED``; roles are compared only with the holders of their role
    or noun, in the role's topic when `topics` are known ("the city" of one topic is not
    Manchester City of another). A role joined across reports by rule 4 is one person: the
    holders its actors find are votes, and it joins the one found by more of its actors than
    all others together, or none. Letting its first actor choose, as before, carried every
    anonymous "strategist" and "pollster" that rule 4 had joined to whichever campaign
    manager one report named. A role written only indefinitely ("a strategist") joins no
    holder: an indefinite noun phrase brings in someone new, not one named before or
    elsewhere; where it describes a named person ("Jim Lee, a strategist") extraction gives
    the person the role. An organisation's or place's noun so joined must be found by
    more than half of its actors, those that find none counted against it: "the nation" of
    49 reports, two of which find "United Nation", is the nation of the other 47 as much;
    "the team" of 73 reports is no one report's "International Search and Rescue Team". A
    group of a sector standing alone ("the government", "the army", "the police", "the
    protesters": `_a_sector_group`) joins only a name of its own report: every country has
    one, and another report's "Unity Government" or "Royal Air Force" is not shown to be it."""
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, actor in enumerate(actors):
        if actor.ambiguous or _is_role_only(actor):
            continue
        if actor.type == "PERSON":
            for role in actor.roles:
                holders[("PERSON", role)].append(i)
        elif actor.type in {"ORGANISATION", "LOCATION"} and _headed_by_last_word(actor.key):
            holders[("NAMED", actor.key[-1])].append(i)
    context = _context(actors, groups)
    articles_of = _articles_of(actors, groups)
    named = _named_roots(actors, groups)
    nominals = NominalLexicon.load()
    found: dict[int, Counter[int]] = defaultdict(Counter)
    nouns: Counter[int] = Counter()  # the actors of each organisation's or place's noun
    for key, members in roles.items():
        if key[-1] == "plural":
            continue
        for i in members:
            actor = actors[i]
            if groups.find(i) in named or actor.indefinite:
                continue
            if actor.type == "PERSON":
                held = holders.get(("PERSON", actor.roles[0]), []) if actor.roles else []
            else:
                held = holders.get(("NAMED", key[-1]), [])
                if _a_sector_group(key, nominals):
                    held = [j for j in held if actors[j].article_id == actor.article_id]
                nouns[groups.find(i)] += 1
            topic = topics.get(actor.article_id)
            held = [j for j in held if not _two_topics(topics.get(actors[j].article_id), topic)]
            candidates = {groups.find(j) for j in held}
            target = _best_candidate(actor, candidates, context, articles_of, alone=False)
            if target is not None:
                found[groups.find(i)][target] += 1
    for root, targets in found.items():
        (first, votes), *others = targets.most_common()
        against = nouns[root] - votes if nouns[root] else sum(n for _, n in others)
        if votes > against:  # most of its members' holder, or none
            groups.union(first, root)


def _a_sector_group(key: tuple[str, ...], nominals: NominalLexicon) -> bool:
    """Is an unnamed organisation's noun a group of a CAMEO sector ("the government", "the
    army", "the police", "the force", "the protesters", "the rebels"), one that CAMEO codes
    by its country? Every country, every unrest has its own; which one a report means is its
    own country's or event's."""
    found = nominals.lookup(key[-1])
    return found is not None and found.kind == "group" and bool(found.sector)


def _link_in_shared_context(
    actors: Sequence[ActorRef],
    members: list[int],
    context: dict[int, set[int]],
    groups: UnionFind,
    topics: Mapping[int, Hashable] | None = None,
    may_join: Callable[[int, int], bool] | None = None,
) -> None:
    """Join actors of one name or role that are in the same report, or in reports that
    share `MIN_SHARED` other entities (pairs compared only in blocks up to `MAX_BLOCK`)
    and that the story clusterer did not file into two topics, when `topics` are known;
    only pairs that `may_join` allows, when given."""
    if len(members) > MAX_BLOCK:
        return
    topic_of = topics or {}
    for n, i in enumerate(members):
        for j in members[n + 1 :]:
            a, b = actors[i].article_id, actors[j].article_id
            if _two_topics(topic_of.get(a), topic_of.get(b)):
                continue
            if may_join is not None and not may_join(i, j):
                continue
            shared = context[a] & context[b]
            same_article = a == b
            needed = max(_needed(actors[i]), _needed(actors[j]))
            if not same_article and not agree(actors[i].modifiers, actors[j].modifiers):
                continue
            if same_article or len(shared - {groups.find(i), groups.find(j)}) >= needed:
                groups.union(i, j)


def _two_topics(a: Hashable | None, b: Hashable | None) -> bool:
    """Are two reports filed into two topics (both known and different)?"""
    return a is not None and b is not None and a != b


def _compatible(short: str, long: str) -> bool:
    """May a name of type `short` be a short form of one of type `long`? The recogniser
    mixes up persons and organisations ("Pence" tagged ORG), not those and places."""
    return short == long or {short, long} <= {"PERSON", "ORGANISATION"}


def _written_as_acronym(actor: ActorRef) -> bool:
    """An organisation named by two or three capitals ("UN", "U.N."): no short form of a
    person's name ("Kim Jong Un")."""
    return actor.type == "ORGANISATION" and bool(initials_written(actor.name))


def _needed(actor: ActorRef) -> int:
    """Shared entities needed to link this actor on context alone."""
    if _is_role_only(actor) or (actor.type == "PERSON" and len(actor.key) == 1):
        return MIN_SHARED
    return MIN_SHARED_LONG


def _link_acronyms(actors: Sequence[ActorRef], groups: UnionFind) -> None:
    expansions: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for actor in actors:
        if actor.type == "ORGANISATION" and (initials := acronym(actor.key)):
            expansions[initials].add(actor.key)
    written = {  # "Disaster(s) (and) Emergency Committee": one name written three ways
        initials: len({tuple(w.removesuffix("s") for w in key if w != "and") for key in keys})
        for initials, keys in expansions.items()
    }
    first_of_key: dict[tuple[str, ...], int] = {}
    mentions: Counter[tuple[str, ...]] = Counter()
    for i, actor in enumerate(actors):
        if actor.type == "ORGANISATION":
            first_of_key.setdefault(actor.key, i)
            mentions[actor.key] += actor.n_mentions
    for i, actor in enumerate(actors):
        if actor.type != "ORGANISATION" or len(actor.key) != 1:
            continue
        keys = expansions.get(actor.key[0].upper(), set())
        if keys and written[actor.key[0].upper()] == 1:  # its most written form only
            groups.union(first_of_key[max(sorted(keys), key=mentions.__getitem__)], i)


def _link_full_names(
    actors: Sequence[ActorRef],
    members: list[int],
    groups: UnionFind,
    stories: Mapping[int, Hashable],
) -> None:
    """One entity per full name, split where reports give different countries or roles of
    different sectors (a minister and a banker both called John Smith); an actor that gives
    neither joins the name's most frequent side. Sides of two countries that give no two
    sectors are one person whose country a report misread ("President Barack Obama" given
    GBR beside a British minister) when they share a role (two people of one full name do
    not hold one office in two countries) or a story (`stories`, when known: one event
    does not bring two people of one full name)."""
    sides: dict[tuple[str | None, str | None], list[int]] = defaultdict(list)
    for i in members:
        sides[(actors[i].country, _sector(actors[i]))].append(i)
    known = Counter({side: len(ms) for side, ms in sides.items() if side != (None, None)})
    for same in sides.values():
        for i in same[1:]:
            groups.union(same[0], i)
    roles = {side: {role for i in ms for role in actors[i].roles} for side, ms in sides.items()}
    filed = {
        side: {stories.get(actors[i].article_id) for i in ms} - {None} for side, ms in sides.items()
    }
    countries = sorted(
        (k for k in known if k[0]), key=lambda k: (-known[k], k[0] or "", k[1] or "")
    )
    for n, side in enumerate(countries):
        for other in countries[:n]:
            if _one_person(side, other, roles) or _one_person(side, other, filed):
                groups.union(sides[other][0], sides[side][0])
    for side, same in sides.items():
        fits = [k for k in known if all(a is None or a == b for a, b in zip(side, k, strict=True))]
        if side not in known and fits:
            groups.union(same[0], sides[max(fits, key=lambda k: known[k])][0])


def _one_person(
    side: tuple[str | None, str | None],
    other: tuple[str | None, str | None],
    shared: Mapping[tuple[str | None, str | None], set[Hashable]],
) -> bool:
    """Do two sides of one full name give no two sectors and share something of `shared`
    (a role, a story)?"""
    sectors = {side[1], other[1]} - {None}
    return len(sectors) <= 1 and bool(shared[side] & shared[other])


def _link_name_variants(
    actors: Sequence[ActorRef],
    names: dict[tuple[str, ...], list[int]],
    groups: UnionFind,
) -> None:
    """A person's full name joins another writing of it ("Fred LaRue", "Frederick C.
    LaRue"; see `is_name_variant`) in the same report, or in reports that share entities
    with it, when only one such writing fits best (names compared by surname only)."""
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in names:
        if len(key) >= 2:
            by_surname[key[-1]].append(key)
    context = _context(actors, groups)
    articles_of = _articles_of(actors, groups)
    for keys in by_surname.values():
        for key in keys:
            variants = [other for other in keys if is_name_variant(key, other)]
            for i in names[key] if variants else []:
                if actors[i].type != "PERSON":
                    continue
                candidates = {
                    groups.find(j) for other in variants for j in names[other]
                    if actors[j].type == "PERSON" and groups.find(j) != groups.find(i)
                }  # fmt: skip
                target = _best_candidate(actors[i], candidates, context, articles_of, alone=False)
                if target is not None:
                    groups.union(target, i)


def _link_nicknames(
    actors: Sequence[ActorRef],
    names: dict[tuple[str, ...], list[int]],
    groups: UnionFind,
    stories: Mapping[int, Hashable],
) -> None:
    """A two-word name whose given name is a pet form (`is_pet_form`: two letters read as an
    initial, "mo cheeks" for "maurice cheeks"; a hypocorism, "bill clinton" for "william
    clinton") joins the fuller given name of its surname when that is the only such name of
    a person in its report, or in its story when stories are known; so does a one-word
    person name blended from a given name and surname ("LiLo", `blend_parts`) with the one
    person whose name it blends."""
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    by_start: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for key in names:
        if len(key) >= 2:
            by_surname[key[-1]].append(key)
            by_start[(key[0][:1], key[-1][:2])].append(key)
    for key, members in names.items():
        if len(key) == 2:
            fuller = [other for other in by_surname[key[-1]] if is_pet_form(key[0], other[0])]
            _join_the_one_here(actors, members, fuller, names, groups, stories)
        elif len(key) == 1:
            for i in members:
                parts = blend_parts(actors[i].name) if actors[i].type == "PERSON" else None
                if parts is None:
                    continue
                blended = [
                    other for other in by_start[(parts[0][:1], parts[1][:2])]
                    if is_blend_of(parts, other)
                ]  # fmt: skip
                _join_the_one_here(actors, [i], blended, names, groups, stories)


def _link_inner_words(
    actors: Sequence[ActorRef],
    names: dict[tuple[str, ...], list[int]],
    groups: UnionFind,
    stories: Mapping[int, Hashable],
) -> None:
    """An organisation's or place's name of three words or more joins the name written
    with one more word inside ("Betty Ford Center", "Betty Ford Treatment Center") when
    that is the only such name in its story (its report when stories are unknown)."""
    shorter: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for key, members in names.items():
        if len(key) >= 4 and any(actors[j].type in _NAMED_PLACES for j in members):
            for n in range(1, len(key) - 1):
                shorter[key[:n] + key[n + 1 :]].append(key)
    for key, longer in shorter.items():
        members = [i for i in names.get(key, ()) if actors[i].type != "PERSON"]
        _join_the_one_here(actors, members, longer, names, groups, stories, _NAMED_PLACES)


def _join_the_one_here(
    actors: Sequence[ActorRef],
    members: list[int],
    fuller: list[tuple[str, ...]],
    names: dict[tuple[str, ...], list[int]],
    groups: UnionFind,
    stories: Mapping[int, Hashable],
    types: frozenset[str] = frozenset({"PERSON"}),
) -> None:
    """Each of `members` joins the actor of `types` (a person) named by one of the `fuller`
    names in its report (its story, when known), when exactly one such name is there."""
    for i in members if fuller else ():
        place = _place(actors[i], stories)
        here = {
            other: j for other in fuller for j in names[other]
            if actors[j].type in types and _place(actors[j], stories) == place
        }  # fmt: skip
        if len(here) == 1:
            groups.union(next(iter(here.values())), i)


def _place(actor: ActorRef, stories: Mapping[int, Hashable]) -> Hashable:
    """The story an actor's report is filed into, else the report."""
    story = stories.get(actor.article_id)
    return ("article", actor.article_id) if story is None else ("story", story)


def _sector(actor: ActorRef) -> str | None:
    """The CAMEO sector of a person's code ("GOV" of "USAGOV"), when it has one."""
    return actor.code[3:] or None if actor.code and actor.type == "PERSON" else None


def _headed_by_last_word(key: tuple[str, ...]) -> bool:
    """Is a name of two words or more one whose last word is its head noun, what it is
    ("Wasilla Bible Church" is a church)? Not when a small joining word comes before it: a
    title of a work or a programme ("Face the Nation" is no nation) or a name whose head
    comes before a preposition ("Bank of America" is no America)."""
    return len(key) >= 2 and not any(word in _NAME_JOINERS for word in key[:-1])


def _context(actors: Sequence[ActorRef], groups: UnionFind) -> dict[int, set[int]]:
    """Entity roots named in each article (actors that give context, `_gives_context`)."""
    context: dict[int, set[int]] = defaultdict(set)
    for i, actor in enumerate(actors):
        if _gives_context(actor):
            context[actor.article_id].add(groups.find(i))
    return context


def _types_of(actors: Sequence[ActorRef], groups: UnionFind) -> dict[int, str]:
    """The type most of each entity root's actors have."""
    types: dict[int, Counter[str]] = defaultdict(Counter)
    for i, actor in enumerate(actors):
        types[groups.find(i)][actor.type] += 1
    return {root: counts.most_common(1)[0][0] for root, counts in types.items()}


def _by_root(
    actors: Sequence[ActorRef], groups: UnionFind, values: Callable[[ActorRef], Iterable[T]]
) -> dict[int, set[T]]:
    """The `values` of each entity root's actors, gathered."""
    gathered: dict[int, set[T]] = defaultdict(set)
    for i, actor in enumerate(actors):
        gathered[groups.find(i)].update(values(actor))
    return gathered


def _articles_of(actors: Sequence[ActorRef], groups: UnionFind) -> dict[int, set[int]]:
    """The articles each entity root has mentions in."""
    return _by_root(actors, groups, lambda actor: (actor.article_id,))


def _link_short_names(
    actors: Sequence[ActorRef],
    names: dict[tuple[str, ...], list[int]],
    groups: UnionFind,
    titles: list[frozenset[str]],
) -> None:
    """Attach each name that is part of longer names to the right one (rule 3); `titles`:
    each actor's titles (`_titles`)."""
    by_word: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key in names:
        if len(key) >= 2:
            by_word[key[0]].add(key)
            by_word[key[-1]].add(key)
    context = _context(actors, groups)
    articles_of = _articles_of(actors, groups)
    type_of = _types_of(actors, groups)
    roles_of = _roles_of(actors, groups)
    unplaced: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for key, members in names.items():
        longer = {
            full
            for full in by_word.get(key[0], set()) | by_word.get(key[-1], set())
            if is_short_form(key, full) and not drops_a_named_given_name(key, full, names)
        }
        for i in members:
            held = bool(titles[i]) and any(
                _holds_title(titles[i], roles_of[groups.find(j)])
                for full in longer
                for j in names[full]
            )  # (a name under no title, most of them, looks up no role)
            candidates = {
                groups.find(j) for full in longer for j in names[full]
                if _compatible(actors[i].type, actors[j].type)
                and not (actors[j].type == "PERSON" and _written_as_acronym(actors[i]))
                and not _other_title(key, full, titles[i], roles_of[groups.find(j)], held)
                and not _other_gender(actors[i], actors[j])
            }  # fmt: skip
            target = _best_candidate(actors[i], candidates, context, articles_of, type_of)
            if target is not None:
                groups.union(target, i)
            elif len(key) == 1:
                unplaced[key].append(i)
    # a surname alone that several persons of its own report may be: its report tells
    unclear = [i for members in unplaced.values() for i in members]
    joined = _link_to_main_person(actors, unclear, groups, titles)
    for members in unplaced.values():
        _link_in_shared_context(actors, [i for i in members if i not in joined], context, groups)


def _titles(actors: Sequence[ActorRef]) -> list[frozenset[str]]:
    """Each actor's roles that are titles of a sector (`roles.tsv`: "pope", "president"),
    not words for anyone ("actor", "man")."""
    lexicon = RoleLexicon.load()
    written = {role for actor in actors for role in actor.roles}
    titles = {role for role in written if (found := lexicon.lookup(role)) and found.sector}
    return [frozenset(actor.roles) & titles for actor in actors]


def _roles_of(actors: Sequence[ActorRef], groups: UnionFind) -> dict[int, set[str]]:
    """The roles each entity root's actors carry."""
    return _by_root(actors, groups, lambda actor: actor.roles)


def _other_title(
    key: tuple[str, ...],
    full: tuple[str, ...],
    titles: frozenset[str],
    roles: set[str],
    held: bool = False,
) -> bool:
    """Is a one-word name a title holder who is not the longer name's person: a given name
    ("Francis" of "Pope Francis" and "Francis Gary Powers", whose reports never call him
    pope), or a surname under a public office that the corpus never gives the longer name's
    person, who holds another, while another longer name of the surname holds that title
    (`held`: "Secretary Clinton" beside "President Bill Clinton", where Hillary Clinton is
    called secretary; `other_offices`)? A surname under no office ("Obama" of "President
    Obama", "Mr. Bush"), or under one no longer name holds ("lawmaker Rubio"), is left to
    the other rules."""
    if len(key) != 1 or not titles or titles & roles:
        return False
    if full[0] == key[0]:
        return True
    return held and other_offices(_lexicon_roles(titles), _lexicon_roles(roles))


def _lexicon_roles(names: Iterable[str]) -> list[Role]:
    """The roles of the lexicon that these role names are."""
    lexicon = RoleLexicon.load()
    return [role for name in names if (role := lexicon.lookup(name))]


def _holds_title(titles: frozenset[str], roles: set[str]) -> bool:
    """Does an entity with these roles hold one of these titles, or the office one of them
    names written another way ("secretary of state" for "secretary": `other_offices`)?"""
    return bool(titles & roles) or same_office(_lexicon_roles(titles), _lexicon_roles(roles))


def _other_gender(short: ActorRef, full: ActorRef) -> bool:
    """Is a person's short name written with an honorific of the other gender than a longer
    name's person ("Mrs Jolly" beside Derek Jolly: his wife; `_gender_of`)? Only the
    honorific counts here: a pronoun bound to the wrong person is too common an error to
    keep a surname from its full name by."""
    return (
        short.type == full.type == "PERSON"
        and short.honorific is not None
        and _gender_of(full) not in (None, short.honorific)
    )


def _best_candidate(
    actor: ActorRef,
    candidates: set[int],
    context: dict[int, set[int]],
    articles_of: dict[int, set[int]],
    type_of: dict[int, str] | None = None,
    *,
    alone: bool = True,
) -> int | None:
    """The longer-name entity a name belongs to, or None when unclear. `alone`: a name
    that is the only one in the corpus it can shorten needs less shared context. Of
    several candidates in its report, the one only whose actors are mostly of the name's
    type (`type_of`: "Cheeks" tagged PERSON beside "Maurice Cheeks", a person, and another
    "... Cheeks" tagged a place)."""
    here = [c for c in candidates if actor.article_id in articles_of[c]]
    if len(here) > 1 and type_of is not None:
        same = [c for c in here if type_of.get(c) == actor.type]
        here = same if len(same) == 1 else here
    if len(here) == 1:
        return here[0]
    if here:
        return None
    own = context[actor.article_id]
    scores = []
    for candidate in candidates:
        shared = set().union(*(context[a] for a in articles_of[candidate])) & own
        scores.append((len(shared - {candidate}), candidate))
    scores.sort(reverse=True)
    needed = _needed(actor)
    if alone and len(scores) == 1:  # the only name in the corpus it can shorten
        needed = 0 if len(actor.key) >= 2 else MIN_SHARED_LONG
    if scores and scores[0][0] >= needed and (len(scores) == 1 or scores[1][0] < scores[0][0]):
        return scores[0][1]
    return None


def _link_to_main_person(
    actors: Sequence[ActorRef],
    unclear: list[int],
    groups: UnionFind,
    titles: list[frozenset[str]],
) -> set[int]:
    """A one-word person name the report leaves unclear (ambiguous: "Steve" beside "Steve
    Jobs" and "Steve Ballmer"; or, in a report cut into segments for the NLP pass, the
    surname alone of a later segment whose report names several persons of it) joins the
    one of the longer names it shortens in its report, or of the persons it names by that
    word under a title (`_namesake_under_title`), that the report tells it is
    (`_person_meant`); else it stays unlinked. Returns the actors joined."""
    in_report: dict[int, list[int]] = defaultdict(list)
    for i in unclear:
        if actors[i].type == "PERSON" and len(actors[i].key) == 1:
            in_report[actors[i].article_id].append(i)
    if not in_report:
        return set()
    named: dict[int, list[int]] = defaultdict(list)  # article -> named persons there
    for i, actor in enumerate(actors):
        if actor.article_id in in_report and actor.type == "PERSON" and not actor.ambiguous:
            named[actor.article_id].append(i)
    joined: set[int] = set()
    roles_of = _roles_of(actors, groups)
    for article, short in in_report.items():
        for i in short:
            word = actors[i].key[0]  # a short form's words are words of the full name
            fits = [
                j for j in named[article]
                if word in actors[j].key and is_short_form(actors[i].key, actors[j].key)
            ]  # fmt: skip
            namesakes = [
                j for j in named[article] if _namesake_under_title(actors[i], actors[j], titles[j])
            ]
            others = [j for j in namesakes if not _one_entity(i, j, groups)]
            target = _person_meant(actors, i, fits + others, groups, titles[i], roles_of)
            if target is None and namesakes:
                target = _one_root(fits + namesakes, groups)
            if target is not None:
                groups.union(target, i)
                joined.add(i)
    return joined


def _one_entity(i: int, j: int, groups: UnionFind) -> bool:
    """Are actors `i` and `j` one entity already (a titled "President Tate" and itself, or
    the namesakes linking joined it to)? A name is no second person beside itself: counted
    as its own rival (`_person_meant`), "President Tate" could never join the "Bob Tate"
    its report titles president too. Where it has no rival, it stays with itself as before
    (`_one_root`), out of shared-context linking."""
    return groups.find(i) == groups.find(j)


def _one_root(members: list[int], groups: UnionFind) -> int | None:
    """The entity root of `members` when linking made them all one ("Obama" beside "Sen.
    Barack Obama" and "President Obama", which extraction read as two offices' holders and
    linking joined again): a name unclear only between them is clear."""
    roots = {groups.find(j) for j in members}
    return roots.pop() if len(roots) == 1 else None


def _namesake_under_title(short: ActorRef, other: ActorRef, titles: frozenset[str]) -> bool:
    """Is `other` a person its report names by the very word `short` is, under a title
    ("Secretary Clinton", which extraction keeps apart from "President Bill Clinton" as
    another office's holder)? Then the unclear "Clinton" of that report may be that person
    as well as the full name's."""
    return bool(titles) and other.type == "PERSON" and other.key == short.key


def _person_meant(
    actors: Sequence[ActorRef],
    i: int,
    fits: list[int],
    groups: UnionFind,
    titles: frozenset[str],
    roles_of: dict[int, set[str]],
) -> int | None:
    """The entity root of the one person of `fits` (the longer names of its report that a
    one-word name `i` shortens) the report means by it, of two or more entities (not when
    linking joined the report's two full names into one: "T.J. DiLeo" and his father "Tony
    DiLeo" read as two writings of one name): the only one of the gender its pronouns give
    when each other is known to be of the other ("Clinton", then "she", beside Hillary and
    Bill Clinton: `_gender_of`); else the only one holding a title the report gives the
    name (`titles`: "Mr. Bush, the former governor of Florida" beside Jeb, George W. and
    Prescott Bush, of whom the corpus calls only Jeb a governor; `roles_of` the roles of
    each entity root); else the report's main person, named ``MAIN_PERSON_TIMES`` as often
    as each other (a report on Jobs that quotes Ballmer once calls Jobs "Steve")."""
    counts: Counter[int] = Counter()
    genders: dict[int, set[str | None]] = defaultdict(set)
    for j in fits:
        counts[groups.find(j)] += actors[j].n_mentions
        genders[groups.find(j)].add(_gender_of(actors[j]))
    if len(counts) < 2:  # no full name, or the report's full names linking made one
        return None
    gender = actors[i].gender
    if gender is not None:
        same = [root for root, known in genders.items() if known == {gender}]
        others = [known for root, known in genders.items() if root not in same]
        if len(same) == 1 and all(len(known) == 1 and None not in known for known in others):
            return same[0]
    holders = [root for root in counts if titles & roles_of[root]]
    if len(holders) == 1:
        return holders[0]
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[0][1] >= MAIN_PERSON_TIMES * ranked[1][1]:
        return ranked[0][0]
    return None


def _gender_of(actor: ActorRef) -> str | None:
    """A named person's gender: its given name's, else its pronouns'."""
    return gender_of_full_name(actor.key) or actor.gender


def _entities(actors: Sequence[ActorRef], groups: UnionFind) -> list[Entity]:
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(actors)):
        members[groups.find(i)].append(i)
    return [_entity(actors, ms) for _, ms in sorted(members.items())]


def _entity(actors: Sequence[ActorRef], members: list[int]) -> Entity:
    group = [actors[i] for i in members]
    named = [a for a in group if not _is_role_only(a)] or group
    writings = Counter(a.name for a in named)
    if max(writings.values()) >= RARE_WRITING_AGAINST:  # one report's "Apple Computer": Apple
        named = [a for a in named if writings[a.name] > 1] or named
    types: Counter[str] = Counter()  # by mentions: "Carly Fiorina" tagged ORG in more reports
    for a in group:
        types[a.type] += a.n_mentions
    countries: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    for a in _named_first(group):
        if a.country:
            countries[a.country] += a.n_mentions
        if a.code:
            codes[a.code] += a.n_mentions
    roles = Counter(role for a in _named_first(group) for role in a.roles)
    country = countries.most_common(1)[0][0] if countries else None
    code = codes.most_common(1)[0][0] if codes else None
    igo = code is not None and code.startswith("IGO")  # "IGOUNO": no country's
    if (
        code
        and country
        and code[:3] != country
        and not igo
        and types.most_common(1)[0][0] == "PERSON"
    ):
        code = country + code[3:]
    return Entity(
        name=_shown_name(named, types.most_common(1)[0][0] == "PERSON"),
        type=types.most_common(1)[0][0],
        code=code,
        country=country,
        roles=tuple(role for role, _ in roles.most_common()),
        members=tuple(members),
    )


def _named_first(group: list[ActorRef]) -> list[ActorRef]:
    """The actors whose country, code and roles are the entity's, the ones most of their
    mentions give (one report's "President Trump" read as Canada's in a headline on Canada is
    outweighed by the reports that write him the US's): those that name it, when any does (a
    role standing alone joined to a name brings its own report's country and code: "the man"
    of a report on Haiti joined to Ban Ki-moon, "the airport" of one to Gatwick Airport, a
    Mexican "leader" to Ted Cruz; and its noun, which says only that the linker took it for
    that person, not what the reports that name the person call them: "the woman" of twenty
    reports joined to Hillary Clinton, "the guard" of "caught me off guard")."""
    named = [a for a in group if not _is_role_only(a)]
    return named or list(group)


def _shown_name(named: list[ActorRef], person: bool) -> str:
    """The name an entity shows. A person's is the writing of its longest key, the full
    name ("Steve Jobs", not "Jobs": a surname alone does not say who). Any other entity's
    is a writing of the key the most of its actors (one a report) are named by, the longer
    on a tie: the short name of an organisation is its name ("Apple" in 22 reports, "Apple
    Inc." in 8 of them, "Apple Computer" in 11: 2005-2006 reports named the company so,
    and later ones retell its history). Not the longest key, which is a former name or one
    report's longer writing as often as the full name; nor the latest report's writing:
    linking knows no dates, and a report of today retells the past in its old names. Of the
    key's writings, the most frequent, one in capitals ("TOKYO —" of a dateline) only when
    there is none with a capital and a small letter, one with no capital ("bbc" of a web
    page's furniture) only when there is no other; an unnamed actor's in lower case
    (`_common_noun_cased`)."""
    named = [a for a in named if _well_formed(a.name)] or named
    if person:
        longest = max(len(a.key) for a in named)
        chosen = [a for a in named if len(a.key) == longest]
    else:
        keys = Counter(a.key for a in named)
        key = max(keys, key=lambda k: (keys[k], len(k)))
        chosen = [a for a in named if a.key == key]
    names = Counter(_common_noun_cased(a) for a in chosen)
    return max(names, key=lambda name: (_case_rank(name), names[name]))


def _well_formed(name: str) -> bool:
    """Is `name` written as a reader writes a name: each word capitalised, or holding a
    capital ("iPod"), or a small word that joins a name's parts ("Face the Nation", "Bank of
    America", "Ludwig van Beethoven"), and the first word not such a small one? Not the
    recogniser's span over a handle ("Twitter @IanHanchett": a user name is no word of a
    name) or over words before a dash ("power - Wall Street"). An unnamed actor's noun
    ("the country") is not a name and counts as well formed."""
    if name == name.lower():
        return True
    return all(
        word[:1].isalnum()
        and (any(c.isupper() or c.isdigit() for c in word) or (n > 0 and word in _NAME_JOINERS))
        for n, word in enumerate(name.split())
    )  # fmt: skip


def _case_rank(name: str) -> int:
    """How much a writing looks like a name: "Tokyo" or "iPod" 2, "TOKYO" 1, "bbc" 0."""
    if name.isupper():
        return 1
    return 2 if name != name.lower() else 0


def _common_noun_cased(actor: ActorRef) -> str:
    """An unnamed actor's noun as a common noun is written ("retailers", "the company"),
    where its report gave it only a capital first letter ("Retailers", "Company"): shown
    so, it reads as a name ("Magazines" as a magazine's). A title of the role lexicon
    ("Vice President") and a name keep their capitals."""
    name = actor.name
    if _is_role_only(actor) and name[1:] == name[1:].lower():
        return name.lower()
    return name
