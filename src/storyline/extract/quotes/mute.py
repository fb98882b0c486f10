"""Nouns that name nothing that can speak: a cue's subject headed by one of these is no
speaker ("aerial reconnaissance showed …", "All these things are …", "a nationwide panic
claiming …", usually a headline or caption the parser joined to the next sentence)."""

from __future__ import annotations

# What happens to people and places, and the states it leaves: natural events, disasters,
# diseases and their effects.
_EVENTS = (
    "earthquake quake tremor aftershock tsunami avalanche flood hurricane storm eruption "
    "drought outbreak epidemic pandemic disease infection encephalitis panic chaos damage "
    "destruction devastation darkness toll collapse"
)
# Times: no one's words ("history says …", a figure of speech news uses, is left to speak).
_TIMES = "future past period era moment"
# Acts and states named with no doer ("the change", "the attempt", "aerial reconnaissance");
# not "effort", which names those who make it ("the opposition effort had sent letters").
_ACTS = "change difference need challenge attempt refusal move access burial reconnaissance"
# Parts of a body (not "hand", which names people too: "old political hands say").
_BODY = "eye brain"
# The most general nouns (Halliday and Hasan 1976, 6.4 "general nouns"), which name no one.
_GENERAL = "thing stuff"

MUTE_NOUNS = frozenset(" ".join((_EVENTS, _TIMES, _ACTS, _BODY, _GENERAL)).split())
