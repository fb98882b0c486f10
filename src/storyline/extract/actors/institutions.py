"""National institutions and parties: their country and CAMEO code (``data/institutions.tsv``).

"the FBI" -> USA, USACOP; "GOP" -> USA (a party: no code); "the Senate", "the Supreme Court",
"the Democratic Party" -> the report's country, with LEG, JUD, no code.

A national institution that news writes without its country ("the Senate", "the Supreme
Court") is, by the convention of domestic reporting, one of the country the report is home
news of; a foreign one is written with its country ("Italy's Senate", "the Australian
Senate"). That country is read in this order, never assumed:

1. a country written in the name or just before it ("U.S. Senate", "Italy's Senate");
2. the report's dateline ("ROME —");
3. the one country that the report's first-level regions ("Iowa", "Texas": states,
   provinces, the sub-national places only home news names in passing) and its
   institutions of a country by name ("FBI", "GOP") all belong to. Foreign countries the
   report names ("Trump on China") say nothing of whose Senate it is and do not count.

Lookup ignores case, periods, a "the" in front and a possessive after.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from storyline.data import data_table
from storyline.extract.roles import normalize_word, possessive


@dataclass(frozen=True)
class Institution:
    """A national institution's sector ("" for a party) and the country its name says
    ("" when the report's own is meant)."""

    sector: str
    country: str


@cache
def institutions() -> dict[tuple[str, ...], Institution]:
    """The institutions of `institutions.tsv`, by the words of each of their names."""
    table: dict[tuple[str, ...], Institution] = {}
    for row in data_table("institutions.tsv"):
        for form in filter(None, row["forms"].split("|")):
            table[tuple(form.split())] = Institution(row["sector"], row["country"])
    return table


def institution_words(text: str) -> tuple[str, ...]:
    """A name's lookup words: lower case, periods dropped, without "the" in front and a
    possessive after."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and possessive(words[-1]):
        words = words[:-1]
    return tuple(normalize_word(word).removesuffix("'s") for word in words)


def institution_of(words: tuple[str, ...]) -> Institution | None:
    """The institution these lookup words name, or None."""
    return institutions().get(words)
