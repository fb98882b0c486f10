"""One spelling for British and American writings of a word in a name's lookup key.

Reports of one event write "the Kennedy Space Centre" and "the Kennedy Space Center", "the
Labour Party" and "Labor", "the World Health Organisation" and "Organization". Linking
compares keys for equality, so each word of a key is brought to the American spelling by
the regular correspondences of English spelling, not by a list of names:

- "-tre"/"-bre" as "-ter"/"-ber" (centre, theatre, metre, fibre; plural "-tres"),
- "-our" as "-or" after a stem of three letters or more (labour, colour, harbour; not
  "hour", "four", "tour"),
- "-ise", "-yse" and their forms as "-ize", "-yze" (organise, organisation, analysed),
- "-logue" as "-log" (catalogue, dialogue),
- "-fence" as "-fense" (defence, offence), "programme" as "program".

Both writings of a word get one key; a word already American is left as it is. Two words
that differ only this way are, in names, nearly always one word.

A name's words joined by hyphens around a particle ("Port-au-Prince", "al-Qaeda",
"Stoke-on-Trent") are its words written apart ("Port au Prince", "al Qaeda"): the key has
them apart. Other hyphenated words stay one ("Hewlett-Packard", "Coca-Cola").
"""

from __future__ import annotations

import re
from functools import lru_cache

_RULES = (
    (re.compile(r"(?<=\w{2})([tb])re(s?)$"), r"\1er\2"),
    (re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2})([iy])s(e|es|ed|ing|ation|ations|ational|er|ers)$"), r"\1z\2"),
    (re.compile(r"(?<=\w{2})logue(s?)$"), r"log\1"),
    (re.compile(r"(?<=\w{2})fence(s?)$"), r"fense\1"),
    (re.compile(r"^programme(s?)$"), r"program\1"),
)


@lru_cache(maxsize=1 << 16)
def american(word: str) -> str:
    """The American spelling of a lower-case word ("centre" -> "center"), else the word
    (remembered: linking asks again for the same words of many keys)."""
    for pattern, replacement in _RULES:
        new = pattern.sub(replacement, word)
        if new != word:
            return new
    return word


# Particles of place and organisation names, written between hyphens or apart.
_PARTICLES = frozenset("au aux de du des la le les en sur sous al el upon on of".split())


def _apart(word: str) -> list[str]:
    """A word's parts when hyphens join them around a particle ("port-au-prince"), else
    the word."""
    parts = word.split("-")
    if len(parts) > 1 and all(parts) and any(part in _PARTICLES for part in parts):
        return parts
    return [word]


def spelling_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """A lookup key with each word in its American spelling, and words hyphens join around
    a particle written apart."""
    return tuple(american(part) for word in key for part in _apart(word))
