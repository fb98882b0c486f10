"""Reported speech as the rules find it in the parse, before it becomes a `Quote`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(frozen=True, slots=True)
class Speech:
    """Reported speech found in the parse: cue token, speaker token, content characters."""

    cue: Token
    speaker: Token | None
    content: tuple[int, int]
    via: Token | None = None
    cue_end: int | None = None  # "according to": the cue's last character
    parts: tuple[tuple[int, int], ...] = ()  # content around a parenthetical cue
