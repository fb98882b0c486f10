"""British and American spellings share one lookup key."""

from __future__ import annotations

import pytest

from storyline.link.spelling import american, spelling_key


@pytest.mark.parametrize(
    ("british", "us"),
    [
        ("centre", "center"),
        ("centres", "centers"),
        ("theatre", "theater"),
        ("fibre", "fiber"),
        ("labour", "labor"),
        ("harbour", "harbor"),
        ("favourite", "favorite"),
        ("organisation", "organization"),
        ("organised", "organized"),
        ("analyse", "analyze"),
        ("catalogue", "catalog"),
        ("defence", "defense"),
        ("programme", "program"),
    ],
)
def test_british_spelling_becomes_american(british: str, us: str) -> None:
    assert american(british) == us
    assert american(us) == us


@pytest.mark.parametrize(
    "word", ["hour", "four", "tour", "flour", "rise", "wise", "vogue", "fence"]
)
def test_short_words_with_those_endings_stay(word: str) -> None:
    assert american(word) == word


def test_a_key_is_spelled_word_by_word() -> None:
    assert spelling_key(("kennedy", "space", "centre")) == ("kennedy", "space", "center")
