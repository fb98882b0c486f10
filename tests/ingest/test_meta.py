import pytest

from storyline.ingest.meta import meta_from_mapping


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("Harbour plan splits council; Harbour plan splits council", "Harbour plan splits council"),
        ("Harbour plan splits council; Vote delayed", "Harbour plan splits council; Vote delayed"),
        ("A; B; A", "A; B; A"),
        ("Harbour plan splits council", "Harbour plan splits council"),
    ],
)
def test_a_title_repeated_as_its_own_deck_is_said_once(given: str, title: str) -> None:
    assert meta_from_mapping({"title": given}).title == title
