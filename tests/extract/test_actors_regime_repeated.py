"""A bare government noun repeats the government the report last named after its leader
with that noun ("the Mubarak regime … the regime": `PlacesStep.named_before`), not the
government the report names most (here Washington's, of its dateline and its words)."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.actor_model import Actor


def _actor_at(actors: list[Actor], start: int, end: int) -> Actor:
    """The actor, not a person, with a mention inside the characters `start`..`end`."""
    return next(
        a for a in actors
        if a.type != "PERSON" and any(start <= m.start and m.end <= end for m in a.mentions)
    )  # fmt: skip


def _regimes(nlp: Language, text: str) -> tuple[Actor, Actor]:
    """The actors of "the Mubarak regime" and of the bare "the regime"."""
    actors = list(nlp(text)._.actors)
    led = text.index("the Mubarak regime")
    bare = text.index("the regime")
    return _actor_at(actors, led, led + 18), _actor_at(actors, bare, bare + 10)


def test_the_regime_after_the_leaders_regime(nlp: Language) -> None:
    text = (
        "WASHINGTON (CNN) -- The U.S. government said on Tuesday that the U.S. government "
        "would review its aid. President Hosni Mubarak met his cabinet. Critics "
        "of the Mubarak regime gathered in Cairo. The protesters said the regime must go."
    )
    led, bare = _regimes(nlp, text)
    assert bare == led


def test_the_regime_before_the_leaders_regime_is_not_his(nlp: Language) -> None:
    text = (
        "WASHINGTON (CNN) -- The U.S. government said on Tuesday that the U.S. government "
        "would review its aid. Some said the regime was wrong. President Hosni "
        "Mubarak met his cabinet. Critics of the Mubarak regime gathered in Cairo."
    )
    led, bare = _regimes(nlp, text)
    assert bare != led
