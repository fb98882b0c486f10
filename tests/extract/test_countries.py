import pycountry
import pytest

from storyline.extract.countries import (
    CountryLexicon,
    CountryMatch,
    cameo_government_code,
    read_rows,
    region_country,
)

# Kosovo has no ISO 3166-1 code; the data uses the user-assigned XKX (EU, IMF usage).
NON_ISO_CODES = {"XKX"}


@pytest.fixture(scope="module")
def lexicon() -> CountryLexicon:
    return CountryLexicon.load()


@pytest.mark.parametrize(
    ("text", "alpha3", "via"),
    [
        ("U.S.", "USA", "name"),
        ("the United States", "USA", "name"),
        ("Japanese", "JPN", "demonym"),
        ("North Korean", "PRK", "demonym"),
        ("Pyongyang", "PRK", "capital"),
        ("Washington", "USA", "capital"),
        ("Tokyo", "JPN", "capital"),
        ("White House", "USA", "seat"),
        ("Kremlin", "RUS", "seat"),
        ("Japan\u2019s", "JPN", "name"),
        ("Japan's", "JPN", "name"),
        ("DPRK", "PRK", "name"),
        ("South Korea", "KOR", "name"),
        ("Seoul", "KOR", "capital"),
        ("Britain", "GBR", "name"),
        ("Britons", "GBR", "demonym"),
        ("U.S", "USA", "name"),
        ("US", "USA", "name"),
        ("U.S.'s", "USA", "name"),
        ("the Philippines'", "PHL", "name"),
        ("JAPAN", "JPN", "name"),
        ("Americans", "USA", "demonym"),
        ("C\u00f4te d\u2019Ivoire", "CIV", "name"),
        ("Georgia", "GEO", "name"),
        ("St. John's", "ATG", "capital"),
        ("Singapore", "SGP", "name"),
        ("Congo", "COG", "name"),
        ("DRC", "COD", "name"),
        ("Kosovo", "XKX", "name"),
        ("Holy See", "VAT", "name"),
        ("Taiwan", "TWN", "name"),
    ],
)
def test_lookup(lexicon: CountryLexicon, text: str, alpha3: str, via: str) -> None:
    match = lexicon.lookup(text)
    assert match is not None
    assert (match.country.alpha3, match.via) == (alpha3, via)


@pytest.mark.parametrize("text", ["us", "u.s.", "uk", "Korea", "Korean", "Congolese", "", "the"])
def test_no_match(lexicon: CountryLexicon, text: str) -> None:
    assert lexicon.lookup(text) is None


def test_every_code_is_iso_3166(lexicon: CountryLexicon) -> None:
    codes = [row["alpha3"] for row in read_rows()]
    assert len(codes) == len(set(codes)) == len(lexicon.countries)
    unknown = {code for code in codes if pycountry.countries.get(alpha_3=code) is None}
    assert unknown == NON_ISO_CODES


def test_rows_cover_un_members_and_observers() -> None:
    rows = read_rows()
    assert len(rows) == 193 + 4
    assert all(row["aliases"] for row in rows)


def test_no_form_names_two_countries() -> None:
    rows = read_rows()
    CountryLexicon.from_rows(rows)  # raises ValueError on a shared form
    clash = rows + [
        {"alpha3": "FRA", "aliases": "Japan", "demonyms": "", "capital": "", "seats": ""}
    ]
    with pytest.raises(ValueError, match="several countries"):
        CountryLexicon.from_rows(clash)


def test_load_is_cached() -> None:
    assert CountryLexicon.load() is CountryLexicon.load()


def test_match_is_frozen(lexicon: CountryLexicon) -> None:
    match = lexicon.lookup("Japan")
    assert isinstance(match, CountryMatch)
    with pytest.raises(AttributeError):
        match.via = "seat"  # type: ignore[misc]


def test_cameo_government_code() -> None:
    assert cameo_government_code("USA") == "USAGOV"
    assert cameo_government_code("jpn") == "JPNGOV"


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("California", "USA"),
        ("Ontario", "CAN"),
        ("Punjab", None),  # India's and Pakistan's
        ("North", None),  # Cameroon's, but any country has a north: "the North" of the Koreas
        ("South", None),
        ("South-West", None),
        ("Far North", None),
    ],
)
def test_region_country(text: str, alpha3: str | None) -> None:
    assert region_country(text) == alpha3
