"""The gender a given name usually has, from the US Census 1990 name lists, and for the names
they lack, from a table of names of many countries.

The lists (`dist.male.first`, `dist.female.first`, `dist.all.last`: name and percentage of
people) are public-domain Census Bureau data, shipped by the `names` package (MIT). They
cover English-language given names. A name they hold counts only when one gender is four
times as frequent as the other and the name is commoner as a given name than as a surname;
East Asian family names, written first ("Kim Jong Un"), are skipped. A name they do not hold
("Olivier", "Kirsty", "Emmanuel") is looked up in `data/given_names.tsv`, derived from
nomquamgender's name data (MIT; `scripts/build_given_names.py` says how); a name in neither
("Shinzo" is too rare there) has no gender.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

from storyline.data import data_table

RATIO = 4.0
EAST_ASIAN_FAMILY_NAMES = frozenset(
    "kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo "
    "hong jeon ko moon yang son bae baek heo nam ri wang li zhang liu chen huang zhao wu zhou "
    "xu sun ma zhu hu guo lin luo gao nguyen tran pham hoang phan vu vo dang bui ngo duong".split()
)


def _read(name: str) -> dict[str, float]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    frequencies = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            frequencies[fields[0].lower()] = float(fields[1])
    return frequencies


@cache
def _lists() -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    return _read("dist.male.first"), _read("dist.female.first"), _read("dist.all.last")


@cache
def _world_names() -> dict[str, str]:
    """Given names of many countries and their gender ("olivier": "m")."""
    return {row["name"]: row["gender"] for row in data_table("given_names.tsv")}


def _folded(name: str) -> str:
    """Lower case without accents: "René" -> "rene" (the tables hold plain letters)."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def gender_of_given_name(name: str) -> str | None:
    """ "m", "f", or None when the lists do not tell ("Kim", "Shinzo", "Taylor")."""
    name = _folded(name)
    if name in EAST_ASIAN_FAMILY_NAMES:
        return None
    male, female, last = _lists()
    if name not in male and name not in female:
        return _world_names().get(name)
    m, f = male.get(name, 0.0), female.get(name, 0.0)
    if m + f <= last.get(name, 0.0):
        return None
    if m > 0 and m >= RATIO * f:
        return "m"
    if f > 0 and f >= RATIO * m:
        return "f"
    return None


def gender_of_full_name(key: Sequence[str]) -> str | None:
    """The gender a name of two words or more gives by its given name ("hillary clinton":
    "f"); none for a one-word name (a surname alone, "clinton", is no given name), nor for
    a double given name whose two names tell opposite genders ("jean philippe chauzy":
    "Jean" is a woman's name in English and the first of many men's double names in
    French, "Jean Philippe", "Jean Marc"; which one the person is the name cannot tell)."""
    if len(key) < 2:
        return None
    first = gender_of_given_name(key[0])
    if len(key) >= 3 and first is not None:
        second = gender_of_given_name(key[1])
        if second is not None and second != first:
            return None
    return first


def is_listed_given_name(name: str) -> bool:
    """Is `name` in the Census lists of given names at all ("Prince", "Paris", "Michael"),
    however rare and whatever its gender?"""
    male, female, _ = _lists()
    return name.lower() in male or name.lower() in female
