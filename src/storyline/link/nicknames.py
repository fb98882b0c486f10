"""Given names a report writes for a person's fuller given name, and names blended from a
person's given name and surname.

- A pet form stands for the given name it shortens: two letters read as an initial ("Mo"
  for "Maurice"), or a well-known English hypocorism that does not start the name
  ("Bill" for "William", "Bob" for "Robert", "Jim" for "James"), from the readable table
  ``data/nicknames.tsv``. (A pet form that starts its name, "Fred" of "Frederick", is a
  name variant: `storyline.extract.names.is_name_variant`.)
- A kinship noun has informal forms ("mom" for "mother", "dad" for "father"), from the
  readable table ``data/kin_forms.tsv``: a role is compared in its formal word.
- A name whose last words are another person's full name ("Katherine Jackson" of "Michael
  Katherine Jackson") drops its first given name; when that given name with the surname is
  a person named on its own too ("Michael Jackson"), the longer name is a list the
  recogniser read as one ("Michael, Katherine Jackson"), and the shorter is not its short
  form (`drops_a_named_given_name`).
- A blended name joins the start of a given name to the start of a surname, written as one
  word with a capital inside or a hyphen or period between ("LiLo" for Lindsay Lohan,
  "ScarJo", "A-Rod", "K-Fed", "J.Lo").

Neither says which person is meant where two fit: linking joins them only where one person
of the report or story fits (`storyline.link.entities`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from storyline.data import data_table

# "McCain", "DeSantis", "LeBron", "MacDonald": a surname's particle in front, no blend.
_PARTICLES = frozenset("mc mac de di da du le la van von del della st".split())
_BLEND = re.compile(r"([A-Z][a-z]{0,4})[-.]?([A-Z][a-z]{1,4})")


@cache
def _formal_names() -> dict[str, frozenset[str]]:
    """Pet form -> the given names it stands for, from ``data/nicknames.tsv``."""
    return {
        row["nickname"]: frozenset(name.strip() for name in row["names"].split(","))
        for row in data_table("nicknames.tsv")
    }


@cache
def _kin_forms() -> dict[str, str]:
    """Informal kinship noun -> its formal word, from ``data/kin_forms.tsv``."""
    return {row["informal"]: row["formal"] for row in data_table("kin_forms.tsv")}


def formal_word(word: str) -> str:
    """The formal word of an informal kinship noun ("mom" -> "mother"), else the word."""
    return _kin_forms().get(word, word)


def is_pet_form(short: str, given: str) -> bool:
    """Is the lower-case given name `short` a pet form of `given`: two letters starting
    it ("mo", "maurice"), or a hypocorism of the table ("bill", "william")?"""
    if len(short) == 2 and len(given) > 2 and given[0] == short[0]:
        return True
    return given in _formal_names().get(short, frozenset())


def blend_parts(name: str) -> tuple[str, str] | None:
    """The starts of a given name and a surname a one-word name is blended from ("LiLo" ->
    ("li", "lo"), "A-Rod" -> ("a", "rod")), else None (also for a name starting with a
    surname's particle: "McCain", "DeSantis")."""
    match = _BLEND.fullmatch(name)
    if match is None or match.group(1).lower() in _PARTICLES:
        return None
    return match.group(1).lower(), match.group(2).lower()


def is_blend_of(parts: tuple[str, str], key: tuple[str, ...]) -> bool:
    """Do the parts of a blended name start the given name and surname of `key` (a name of
    two words or more)?"""
    return len(key) >= 2 and key[0].startswith(parts[0]) and key[-1].startswith(parts[1])


def drops_a_named_given_name(
    short: tuple[str, ...], full: tuple[str, ...], names: Container[tuple[str, ...]]
) -> bool:
    """Is `short`, a given name and a surname, the last words of `full` without its first
    given name, which with the surname is a name of its own in `names` ("katherine jackson"
    of "michael katherine jackson" beside "michael jackson")?"""
    return (
        len(short) >= 2
        and len(full) > len(short)
        and full[-len(short) :] == short
        and (full[0], full[-1]) in names
    )
