"""Pet forms of given names and blended names (`storyline.link.nicknames`)."""

from __future__ import annotations

from storyline.link.nicknames import blend_parts, formal_word, is_blend_of, is_pet_form


def test_a_hypocorism_of_the_table_is_a_pet_form_of_its_name_only() -> None:
    assert is_pet_form("bill", "william")
    assert is_pet_form("bob", "robert")
    assert is_pet_form("jim", "james")
    assert not is_pet_form("bill", "robert")
    assert not is_pet_form("william", "bill")


def test_two_letters_are_read_as_an_initial_of_a_longer_name() -> None:
    assert is_pet_form("mo", "maurice")
    assert not is_pet_form("mo", "ed")
    assert not is_pet_form("mo", "lindsay")


def test_blended_names_split_into_the_starts_of_two_names() -> None:
    assert blend_parts("LiLo") == ("li", "lo")
    assert blend_parts("ScarJo") == ("scar", "jo")
    assert blend_parts("A-Rod") == ("a", "rod")
    assert blend_parts("J.Lo") == ("j", "lo")
    for plain in ("Lohan", "McCain", "DeSantis", "LeBron", "iPhone", "NATO", "Lindsay Lohan"):
        assert blend_parts(plain) is None


def test_a_blend_fits_the_name_whose_given_name_and_surname_it_starts() -> None:
    assert is_blend_of(("li", "lo"), ("lindsay", "lohan"))
    assert is_blend_of(("a", "rod"), ("alex", "rodriguez"))
    assert not is_blend_of(("li", "lo"), ("lindsay", "lee"))
    assert not is_blend_of(("li", "lo"), ("lohan",))


def test_an_informal_kinship_noun_has_its_formal_word() -> None:
    assert formal_word("mom") == "mother"
    assert formal_word("dad") == "father"
    assert formal_word("mother") == "mother"
    assert formal_word("boy") == "boy"
