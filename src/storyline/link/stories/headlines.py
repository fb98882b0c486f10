"""The actors a report's headline names, as the story clusterer counts them.

A headline names a report's main actors, and a short report may name them nowhere else in its
lead. The store keeps annotations of the body only (mention offsets point into the text), so
the headline is parsed on its own, by the same NLP pipeline, and its actors are kept apart,
with offsets into the headline (`title_actors` in the store): none counts twice. A headline
parsed alone has no context to type a name by ("after Pence remark": spaCy's small model reads
"Pence" as an organisation), so a headline's surname of a person the report's lead names in
full is that person (`typed_by_body`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.language import Language

from storyline.extract.actor_model import Actor
from storyline.extract.names import without_possessive
from storyline.link.stories.features import NAMED_KINDS, LeadActor

KEYED_TYPES = frozenset({"PERSON", "ORGANISATION", "LOCATION"})  # types whose cue is their key


def lead_actor(actor: Actor) -> LeadActor:
    """The clusterer's view of an actor found by the `storyline_actors` component."""
    return LeadActor(
        type=actor.type,
        key=actor.key,
        country=actor.country,
        named_at=tuple(m.start for m in actor.mentions if m.kind in NAMED_KINDS),
        ambiguous=actor.ambiguous,
        names=tuple(m.text for m in actor.mentions if m.kind in NAMED_KINDS),
        name=actor.name,
    )


def named_actors(actors: Iterable[Actor]) -> list[LeadActor]:
    """The actors of a parse that are named (by name or title) at least once."""
    return [found for found in map(lead_actor, actors) if found.named_at]


def headline_actors(nlp: Language, titles: Sequence[str]) -> list[list[LeadActor]]:
    """The named actors of each headline (none for an empty one), offsets into the headline."""
    found: list[list[LeadActor]] = [[] for _ in titles]
    given = [n for n, title in enumerate(titles) if title.strip()]
    with nlp.memory_zone():
        for n, doc in zip(given, nlp.pipe(titles[n] for n in given), strict=True):
            found[n] = named_actors(doc._.actors)
    return found


def _name(text: str) -> str:
    """A naming compared by its words, lower-cased, without a possessive ending."""
    return without_possessive(" ".join(text.lower().split()))


def lead_surnames(body: Iterable[LeadActor], lead_chars: int) -> dict[str, set[str]]:
    """The persons a report's lead names in full (given name and surname, before
    `lead_chars`), by surname: {"pence": {"mike pence"}}."""
    persons: dict[str, set[str]] = {}
    for actor in body:
        if actor.type != "PERSON":
            continue
        for name, at in zip(actor.names, actor.named_at, strict=True):
            words = _name(name).split()
            if at < lead_chars and len(words) > 1:
                persons.setdefault(words[-1], set()).add(" ".join(words))
    return persons


def typed_by_body(
    headline: Sequence[LeadActor], body: Iterable[LeadActor], lead_chars: int
) -> list[LeadActor]:
    """The `headline`'s actors, one named by a single word that is the surname of a person the
    report's lead names in full (`lead_surnames`) taken as a person: a headline names people
    by surname, and parsed alone it has no context to tell ("after Pence remark" reads as an
    organisation where the lead names "Mike Pence"). Key and country stay the headline's;
    other names keep the headline's type (the lead's type of a name as written is no better:
    "Bataclan", "Galaxy S5")."""
    surnames = lead_surnames(body, lead_chars)
    typed = []
    for actor in headline:
        names = {_name(name) for name in actor.names}
        if actor.type in KEYED_TYPES - {"PERSON"} and names and names <= surnames.keys():
            actor = replace(actor, type="PERSON")
        typed.append(actor)
    return typed
