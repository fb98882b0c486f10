"""The actors a report's headline names, as the story clusterer counts them.

A headline names a report's main actors, and a short report may name them nowhere else in its
lead. The store keeps annotations of the body only (mention offsets point into the text), so
the headline is parsed on its own, by the same NLP pipeline, and its actors are kept apart,
with offsets into the headline (`title_actors` in the store): none counts twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.language import Language

from storyline.extract.actor_model import Actor
from storyline.link.stories.features import NAMED_KINDS, LeadActor


def lead_actor(actor: Actor) -> LeadActor:
    """The clusterer's view of an actor found by the `storyline_actors` component."""
    return LeadActor(
        type=actor.type,
        key=actor.key,
        country=actor.country,
        named_at=tuple(m.start for m in actor.mentions if m.kind in NAMED_KINDS),
        ambiguous=actor.ambiguous,
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
