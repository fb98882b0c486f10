"""The actor a user names on the command line (`--actor NAME|ID`), found one way for every
command: its entity id, or a part of its name or of the words naming it ("Pence", "the VP").

`storyline quotes --actor` keeps the quotes whose speaker it names (`said_by`: the speakers'
entities first, then the words naming them); a command that needs one actor (`storyline timeline
--actor`) takes the one entity it names (`resolve_actor`), asking in turn: whose name it is (as
written, then in any case: "Apple" the company before "apple" the fruit), whose name holds it as
words ("Ford": Harrison Ford, not Stanford University), whose name holds it, and whose mentions
hold it ("the VP"); the first question one entity answers decides. Where several answer, or
none, the error lists the candidates.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from typing import Any

from storyline.errors import ActorNotFound
from storyline.interfaces.render import plural
from storyline.story.actor_timeline import spoken_by

SHOWN = 8  # candidates named in an error message


def names_actor(wanted: str, *names: str | None) -> bool:
    """Does `wanted` (a part of a name, any case) occur in one of `names`?"""
    part = wanted.strip().lower()
    return any(part in name.lower() for name in names if name)


def name_questions(wanted: str) -> list[Callable[[str], bool]]:
    """What is asked of a name, in turn (module docstring): is it `wanted` as written, is it in
    any case, does it hold it as words, does it hold it."""
    word = re.compile(rf"\b{re.escape(wanted)}\b", re.IGNORECASE)
    return [
        lambda name: name == wanted,
        lambda name: name.lower() == wanted.lower(),
        lambda name: word.search(name) is not None,
        lambda name: names_actor(wanted, name),
    ]


def surname_questions(wanted: str) -> list[Callable[[str], bool]]:
    """`name_questions`, the first two widened to a name that ends in `wanted` as its last
    words: "Cruz" names "Ted Cruz" as it names an entity the actors left apart as "Cruz", a
    person the report named both ways; "Michael Jackson" does not name "Cardiff Michael Jackson
    concert"."""
    exact, any_case, *rest = name_questions(wanted)
    ending = " " + wanted.lower()
    return [
        lambda name: exact(name) or name.endswith(" " + wanted),
        lambda name: any_case(name) or name.lower().endswith(ending),
        *rest,
    ]


def ends_in(wanted: str, phrase: str | None) -> bool:
    """Does a speaker's phrase, up to its first comma ("Cruz, the Texas senator"), end in
    `wanted` as words, in any case ("Sen. Cruz"), so that it names the one `wanted` names and
    not someone of theirs ("Cruz spokeswoman Catherine Frazier", "Cruz's lawyers")?"""
    if not phrase:
        return False
    head = phrase.split(",")[0].strip()
    return re.search(rf"(^|\W){re.escape(wanted.strip())}$", head, re.IGNORECASE) is not None


def said_by(rows: Sequence[dict[str, Any]], actor: str) -> list[dict[str, Any]]:
    """The quotes of `rows` (`Database.quotes` rows) said by the actor given on the command
    line. An id keeps its entity's quotes. A name keeps the quotes of the speakers' entities it
    names, asked as `resolve_actor` asks (whose name it is or ends in, in any case, whose name
    holds it as words, whose name holds it; the first question answered decides;
    `surname_questions`), with the quotes of unresolved speakers whose phrase ends in it
    (`ends_in`: "Sen. Cruz", not "Cruz spokeswoman Catherine Frazier"); only where it names no
    speaker's entity are the speakers' words asked ("the VP"). A speaker's words may hold
    another name (a headline glued before "Alberto Alvarez" that names Michael Jackson), so they
    are asked last."""
    wanted = actor.strip()
    if wanted.isdigit():
        return [row for row in rows if spoken_by(row, {int(wanted)})]
    names = {row["speaker_entity_id"]: row["speaker_name"] for row in rows if row["speaker_name"]}
    for row in rows:  # the persons a "they" stands for speak too, with the others named
        group_ids, group_names = row.get("speaker_group_entity_ids"), row.get("speaker_group_names")
        names.update(zip(group_ids or (), group_names or (), strict=False))
    for asks in surname_questions(wanted):
        ids = {entity for entity, name in names.items() if asks(name)}
        if ids:
            return [
                row
                for row in rows
                if spoken_by(row, ids)
                or (row["speaker_name"] is None and ends_in(wanted, row["speaker_text"]))
            ]
    return [row for row in rows if names_actor(wanted, row["speaker_text"])]


def entity_questions(wanted: str) -> list[Callable[[dict[str, Any]], bool]]:
    """What `resolve_actor` asks of an entity for a name, in turn: `name_questions` of its
    name, then whether its mentions' words hold the name."""
    by_name = [lambda e, asks=asks: asks(e["name"]) for asks in name_questions(wanted)]
    return [*by_name, lambda e: names_actor(wanted, *e["texts"])]


def named_by(actor: str, entities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities `resolve_actor` may answer `actor` with: the one of its id, or those one
    of its questions accepts. Only they decide what `resolve_told_actor` answers, so only
    their being told need be known (an entity no question accepts is in no list it reads)."""
    wanted = actor.strip()
    if wanted.isdigit():
        return [e for e in entities if e["id"] == int(wanted)]
    rules = entity_questions(wanted)
    return [e for e in entities if any(rule(e) for rule in rules)]


def resolve_actor(actor: str, entities: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The one entity of `entities` (`Database.entity_names` rows: id, name, type, mentions,
    texts) that `actor` names (module docstring); `ActorNotFound` listing the candidates
    where it names several or none."""
    wanted = actor.strip()
    if wanted.isdigit():
        found = [e for e in entities if e["id"] == int(wanted)]
        if not found:
            raise ActorNotFound(f"no actor with id {wanted}: `storyline actors` lists them")
        return found[0]
    for rule in entity_questions(wanted):
        found = [e for e in entities if rule(e)]
        if len(found) == 1:
            return found[0]
        if found:
            raise ActorNotFound(
                f"“{wanted}” names {len(found)} actors; give one's id (--actor ID):\n"
                + candidates(found)
            )
    close = close_names(wanted, entities)
    hint = f"; did you mean:\n{candidates(close)}" if close else ": `storyline actors` lists them"
    raise ActorNotFound(f"no actor named “{wanted}”{hint}")


def resolve_told_actor(
    actor: str, entities: Sequence[dict[str, Any]], told: set[int]
) -> dict[str, Any]:
    """`resolve_actor` asked first of the entities named where a story is told (`told`: their
    ids, `story.material.told_entities`; of those `named_by` gives, the rest need not be
    there), so that a news report's "Ross" is not made ambiguous
    by a programme listing's Jonathan Ross; only where none answers alone, of all of them (a
    listing's presenter is still found, for the caller to say where it is named; the error,
    where that fails too, lists every candidate)."""
    try:
        return resolve_actor(actor, [e for e in entities if e["id"] in told])
    except ActorNotFound:
        return resolve_actor(actor, entities)


def close_names(wanted: str, entities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities with a name, or a word of it, spelt close to `wanted` ("Pense": Mike
    Pence), most mentioned first."""
    words = {
        word.lower(): e["id"]
        for e in reversed(entities)  # a word of two names: the most mentioned one's
        for word in (e["name"], *e["name"].split())
    }
    near = difflib.get_close_matches(wanted.lower(), list(words), n=SHOWN, cutoff=0.75)
    ids = {words[word] for word in near}
    return [e for e in entities if e["id"] in ids]


def candidates(entities: Sequence[dict[str, Any]]) -> str:
    """One line per entity (id, name, type, mentions), the first `SHOWN` of them."""
    width = max(len(str(e["id"])) for e in entities[:SHOWN])
    lines = [
        f"  {e['id']:>{width}}  {e['name']} ({e['type']}, {plural(e['mentions'], 'mention')})"
        for e in entities[:SHOWN]
    ]
    if len(entities) > SHOWN:
        lines.append(f"  … and {len(entities) - SHOWN} more: `storyline actors` lists them")
    return "\n".join(lines)
