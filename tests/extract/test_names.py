import pytest

from storyline.extract import names
from storyline.extract.names import (
    acronym,
    is_name_variant,
    is_short_form,
    legal_form,
    name_words,
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Maria Lopez", ("maria", "lopez")),
        ("Lopez's", ("lopez",)),
        ("Lopez\u2019s", ("lopez",)),
        ("Jones'", ("jones",)),
        ("George W. Bush", ("george", "w", "bush")),
        ("Mr. Peter Novak", ("peter", "novak")),
        ("Mrs Anna Berg", ("anna", "berg")),
        ("Dr. Jane Doe", ("jane", "doe")),
        ("Sir Hugh Grant", ("hugh", "grant")),
        ("John Smith Jr.", ("john", "smith")),
        ("Henry Ford III", ("henry", "ford", "iii")),  # not Henry Ford: another person
        ("Prince Michael Jackson II", ("prince", "michael", "jackson", "ii")),
        ("Elizabeth II", ("elizabeth",)),  # a monarch's numeral after one name
        ("Moon Jae-in", ("moon", "jae-in")),
        ("Mr.", ()),
    ],
)
def test_name_words(text: str, words: tuple[str, ...]) -> None:
    assert name_words(text) == words


@pytest.mark.parametrize(
    ("short", "full"),
    [
        (("pence",), ("mike", "pence")),  # surname
        (("kim",), ("kim", "jong", "un")),  # family name written first
        (("george", "bush"), ("george", "w", "bush")),  # without the middle initial
        (("george", "bush"), ("george", "herbert", "walker", "bush")),  # first + last
        (("betty", "ford"), ("betty", "ford", "center")),  # a centre called by its namesake
        (("jackson",), ("michael", "jackson", "ii")),  # the surname of a numbered name
    ],
)
def test_is_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> None:
    assert is_short_form(short, full)
    assert set(short) <= set(full)  # what linking's main-person rule tests first, cheaply


@pytest.mark.parametrize(
    ("short", "full"),
    [
        (("mike", "pence"), ("mike", "pence")),  # equal
        (("mike", "w", "pence"), ("mike", "pence")),  # longer
        ((), ("mike", "pence")),  # empty
        (("kim", "jong", "un"), ("kim", "yong", "nam")),  # different full names
        (("kim", "yong", "nam"), ("kim", "jong", "un")),
        (("jong",), ("kim", "jong", "un")),  # a middle word alone
        (("smith",), ("john", "smyth")),
        (("apple",), ("apple", "store")),  # a place, event or programme named after another
        (("iphone",), ("iphone", "developer", "program")),
        (("w",), ("george", "w", "bush")),
        (("michael", "jackson"), ("michael", "jackson", "ii")),  # the father, not the son
    ],
)
def test_is_not_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> None:
    assert not is_short_form(short, full)


def test_a_short_form_whose_first_word_is_not_in_the_full_name_is_refused_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every way `is_short_form` accepts keeps the full name's words, so a name whose first
    word the full name lacks is refused before the name without its initials is built (the
    actors' components compare every pair of a report's names)."""

    def built(words: tuple[str, ...]) -> tuple[str, ...]:
        raise AssertionError(f"built the name without initials of {words}")

    monkeypatch.setattr(names, "_without_initials", built)
    assert not is_short_form(("anna", "berg"), ("peter", "j", "novak"))
    assert not is_short_form(("anna",), ("peter", "novak"))


@pytest.mark.parametrize(
    ("words", "initials"),
    [
        (("north", "atlantic", "treaty", "organization"), "NATO"),
        (("international", "monetary", "fund"), "IMF"),
        (("bank", "of", "the", "east"), "BE"),  # function words skipped
        (("reuters",), ""),  # one word: no acronym
        ((), ""),
    ],
)
def test_acronym(words: tuple[str, ...], initials: str) -> None:
    assert acronym(words) == initials


def test_legal_form_as_written() -> None:
    assert legal_form("Apple Inc.") == "inc"
    assert legal_form("Apple Corps") is None
    assert legal_form("Inc.") is None


def test_a_company_legal_form_is_left_out_of_its_name() -> None:
    assert name_words("Microsoft Corp.") == ("microsoft",)
    assert name_words("Apple Inc") == ("apple",)
    assert name_words("Co.") == ("co",)


def test_a_legal_form_written_out_ends_a_name_of_three_words_or_more() -> None:
    assert name_words("Walt Disney Company") == ("walt", "disney")  # "Walt Disney Co."
    assert name_words("The Walt Disney Company") == ("the", "walt", "disney")
    assert name_words("Ford Motor Company") == ("ford", "motor")
    assert legal_form("Walt Disney Company") == "company"
    assert name_words("Dance Company") == ("dance", "company")  # all it says of its kind
    assert name_words("The Dance Company") == ("the", "dance", "company")
    assert legal_form("Dance Company") is None


def test_name_variants_agree_on_given_names_and_leave_middles_out() -> None:
    assert is_name_variant(("fred", "larue"), ("frederick", "c", "larue"))
    assert is_name_variant(("frederick", "cheney", "larue"), ("frederick", "c", "larue"))
    assert is_name_variant(("j", "smith"), ("john", "smith"))
    assert not is_name_variant(("john", "smith"), ("jane", "smith"))
    assert not is_name_variant(("kim", "jong", "un"), ("kim", "yong", "un"))
    assert not is_name_variant(("ed", "smith"), ("edward", "smith"))  # under three letters
    assert not is_name_variant(("john", "smith"), ("john", "smith"))


def test_initials_written_apart_are_one_word_as_written_together() -> None:
    assert name_words("A. J. Smith") == name_words("A.J. Smith") == ("aj", "smith")
    assert name_words("U. S. Geological Survey") == ("us", "geological", "survey")
    assert name_words("George W. Bush") == ("george", "w", "bush")
