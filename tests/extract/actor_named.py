"""What the actor tests read of a parsed text: the one actor shown by a name."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.extract.actor_model import Actor


def named(doc: Doc, name: str) -> Actor:
    """The one actor of `doc` shown by `name` (fails, listing the names, unless exactly one)."""
    found = [actor for actor in doc._.actors if actor.name == name]
    assert len(found) == 1, [actor.name for actor in doc._.actors]
    return found[0]
