"""Which country a surface string from a news text refers to, and how it refers to it.

The lexicon is read from ``storyline/data/countries.tsv`` (see its header for sources)
and completed with pycountry's names. A surface string resolves to a :class:`CountryMatch`
saying which country (ISO 3166-1 alpha-3) and through what kind of form:

* ``name``: a name of the country ("Japan", "U.S.", "DPRK");
* ``demonym``: an adjectival or demonymic form ("Japanese", "Britons");
* ``capital``: a capital city used for the government ("Tokyo", "Washington");
* ``seat``: a seat-of-government metonym ("White House", "Kremlin").

Normalization: case is ignored, a leading "the " is stripped, curly apostrophes become
straight ones, periods are dropped ("U.S." == "U.S" == "US"), hyphens count as spaces and
whitespace is collapsed. Possessives ("Japan's", "Philippines'", the misplaced "Japans'")
are tried after the full form fails, so "St. John's" stays a capital. Aliases written
entirely in capitals and at most four letters long (US, UK, USA, DPRK, ROK, UAE, DRC, ...)
match only in that exact case, so the pronoun "us" is not the United States.

Ambiguity is resolved in the data, and every surface form names exactly one country:

* Forms shared by several countries are left out: "Korean" and bare "Korea" (North or
  South), "Congolese" (either Congo), "Dominican" for Dominica (it stays the Dominican
  Republic's demonym).
* "Congo" alone is pycountry's name for the Republic of the Congo (COG); the Democratic
  Republic is "DR Congo", "DRC", "Congo-Kinshasa".
* Forms that are also places outside the lexicon resolve to the country: "Georgia" is the
  country, not the US state; "Washington" is the US capital, not the state; likewise
  "Victoria" (Seychelles), "Tripoli" (Libya), "Kingston" (Jamaica), "Georgetown" (Guyana).
* Where one form is several kinds of reference for the same country ("Singapore" is a
  name and a capital), the kind is chosen in the order name, demonym, capital, seat.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

import pycountry

from storyline.data import data_table

Via = Literal["name", "demonym", "capital", "seat"]

_VIA_ORDER: tuple[Via, ...] = ("name", "demonym", "capital", "seat")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
_HYPHENS = re.compile(r"[-\u2010\u2011\u2012\u2013]")
_SPACES = re.compile(r"\s+")
_ABBREVIATION = re.compile(r"[A-Z]{1,4}")
_NO_PLURAL = ("s", "sh", "ch", "x", "z", "y")


@dataclass(frozen=True)
class Country:
    """A country: ISO 3166-1 alpha-3 code and English short name."""

    alpha3: str
    name: str


@dataclass(frozen=True)
class CountryMatch:
    """A surface string resolved to a country, with the kind of reference it makes."""

    country: Country
    via: Via


def cameo_government_code(alpha3: str) -> str:
    """CAMEO actor code for a country's government, e.g. ``"USA"`` -> ``"USAGOV"``."""
    return alpha3.upper() + "GOV"


def _clean(text: str) -> str:
    """Unicode, apostrophe, period, hyphen and space normalization (case kept)."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = _HYPHENS.sub(" ", text.replace(".", ""))
    text = _SPACES.sub(" ", text).strip()
    if text[:4].lower() == "the ":
        text = text[4:].lstrip()
    return text


def _key(form: str) -> str:
    """Lookup key of a cleaned form: exact for short all-capital abbreviations."""
    return form if _ABBREVIATION.fullmatch(form) else form.casefold()


def _plural(demonym: str) -> str | None:
    """Regular plural of a demonym ("Kenyan" -> "Kenyans"), or None when not regular."""
    if demonym.endswith(_NO_PLURAL) or demonym.endswith("ese"):
        return None
    return demonym + "s"


def _split(field: str) -> list[str]:
    return [value.strip() for value in field.split("|") if value.strip()]


class CountryLexicon:
    """Surface forms of countries (names, demonyms, capitals, seats) and their lookup."""

    def __init__(self, countries: dict[str, Country], forms: dict[str, CountryMatch]) -> None:
        self.countries = countries
        self._forms = forms

    @classmethod
    def load(cls) -> CountryLexicon:
        """The lexicon built from the packaged TSV and pycountry (cached: one instance)."""
        return _load()

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> CountryLexicon:
        """Build a lexicon from TSV rows; raises ValueError if a form names two countries."""
        countries: dict[str, Country] = {}
        candidates: dict[str, dict[str, set[Via]]] = {}

        def add(alpha3: str, form: str, via: Via) -> None:
            cleaned = _clean(form)
            if cleaned:
                candidates.setdefault(_key(cleaned), {}).setdefault(alpha3, set()).add(via)

        for row in rows:
            alpha3 = row["alpha3"].strip()
            aliases = _split(row["aliases"])
            record = pycountry.countries.get(alpha_3=alpha3)
            names = list(aliases)
            if record is not None:
                names += [
                    value
                    for attr in ("name", "common_name", "official_name")
                    if (value := getattr(record, attr, None))
                ]
            short = aliases[0] if aliases else names[0]
            countries[alpha3] = Country(alpha3, short)
            for name in names:
                add(alpha3, name, "name")
            for demonym in _split(row["demonyms"]):
                add(alpha3, demonym, "demonym")
                if (plural := _plural(demonym)) is not None:
                    add(alpha3, plural, "demonym")
            for capital in _split(row["capital"]):
                add(alpha3, capital, "capital")
            for seat in _split(row["seats"]):
                add(alpha3, seat, "seat")

        forms: dict[str, CountryMatch] = {}
        for key, by_country in candidates.items():
            if len(by_country) > 1:
                raise ValueError(f"{key!r} names several countries: {sorted(by_country)}")
            ((alpha3, vias),) = by_country.items()
            via = next(v for v in _VIA_ORDER if v in vias)
            forms[key] = CountryMatch(countries[alpha3], via)
        return cls(countries, forms)

    def forms(self) -> dict[str, CountryMatch]:
        """A copy of the normalized-form table (for inspection and tests)."""
        return dict(self._forms)

    def lookup(self, text: str) -> CountryMatch | None:
        """The country ``text`` refers to, or None when it names none (or is ambiguous)."""
        cleaned = _clean(text)
        if not cleaned:
            return None
        match = self._forms.get(_key(cleaned))
        if match is None:
            for suffix in ("'s", "'"):
                if cleaned.endswith(suffix) and len(cleaned) > len(suffix):
                    stem = _clean(cleaned[: -len(suffix)])
                    match = self._forms.get(_key(stem))
                    if match is None and suffix == "'" and stem.endswith("s"):
                        # "Japans'": a misplaced possessive apostrophe
                        match = self._forms.get(_key(stem[:-1]))
                    break
        return match


# Words that name a part of any country: a region named by these alone ("North" and "South"
# are Cameroon's, "Coast" Kenya's, "Lakes" South Sudan's) is no clue to its country — "the
# South" of a report on the Koreas is South Korea.
_ANY_COUNTRYS = frozenset(
    "north south east west northern southern eastern western central centre center far "
    "upper lower coast lakes".split()
)


def region_country(text: str) -> str | None:
    """The ISO alpha-3 code of the one country with a first-level subdivision of this name
    in pycountry's ISO 3166-2 table ("California" -> USA, "Ontario" -> CAN), else None
    (none, or several: "Punjab"; or a name any country's part could have: "North")."""
    codes = region_countries(text)
    return next(iter(codes)) if len(codes) == 1 else None


def region_countries(text: str) -> frozenset[str]:
    """The ISO alpha-3 codes of every country with a first-level subdivision of this name
    ("Florida" -> URY and USA; "Georgia" -> USA, whose state it is, not the country); none
    for a name any country's part could have ("North")."""
    abbreviated = region_abbreviations().get(text.strip())
    if abbreviated is not None:
        return frozenset({abbreviated})  # "Ga.": the US state
    name = _clean(text).lower()
    if set(re.split(r"[\s-]+", name)) <= _ANY_COUNTRYS:
        return frozenset()
    return frozenset(_regions().get(name, ()))


@cache
def region_abbreviations() -> dict[str, str]:
    """The country of each region abbreviation news writes with its periods ("Ga.": USA),
    from `region_abbreviations.tsv`."""
    return {row["abbreviation"]: row["country"] for row in data_table("region_abbreviations.tsv")}


@cache
def _regions() -> dict[str, set[str]]:
    regions: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if getattr(subdivision, "parent_code", None):
            continue
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is not None:
            for name in {subdivision.name, subdivision_name(subdivision.name)}:
                regions.setdefault(name.lower(), set()).add(country.alpha_3)
    return regions


def subdivision_name(name: str) -> str:
    """A subdivision's name as news writes it: without what ISO 3166-2 writes after it in
    brackets or parentheses, another language's name, a code or a gloss ("Wales [Cymru
    GB-CYM]" -> "Wales", "Sofia (stolitsa)" -> "Sofia")."""
    return re.split(r"\s[\[(]", name, maxsplit=1)[0]


def read_rows() -> list[dict[str, str]]:
    """The data rows of ``countries.tsv`` as dicts keyed by the header's column names."""
    return data_table("countries.tsv")


@cache
def _load() -> CountryLexicon:
    return CountryLexicon.from_rows(read_rows())
