"""A country's region in a title and a place name read by its company (codes22); invented
sentences."""

from spacy.language import Language

from storyline.extract.countries import region_countries


def actors(nlp: Language, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = nlp(text)
    return {a.name: (a.type, a.country, a.code) for a in doc._.actors}


def test_region_countries_lists_every_country() -> None:
    assert region_countries("Florida") == frozenset({"USA", "URY"})
    assert region_countries("Georgia") == frozenset({"USA"})
    assert region_countries("North") == frozenset()


def test_a_state_before_a_title_gives_the_country(nlp: Language) -> None:
    found = actors(nlp, "Texas Sen. Walter Pruitt spoke to voters in a small town on Monday.")
    assert found["Walter Pruitt"][1:] == ("USA", "USALEG")
    assert found["Texas"][:2] == ("LOCATION", "USA")  # the state stays a place of its own


def test_a_state_after_a_titled_name_gives_the_country(nlp: Language) -> None:
    found = actors(nlp, "Sen. Walter Pruitt of Ohio spoke to voters in a small town on Monday.")
    assert found["Walter Pruitt"][1:] == ("USA", "USALEG")
    assert found["Ohio"][:2] == ("LOCATION", "USA")


def test_a_name_of_two_countries_regions_is_read_by_the_report(nlp: Language) -> None:
    found = actors(
        nlp,
        "Florida Gov. Walter Pruitt campaigned in Iowa on Monday. He flew back to Florida "
        "on Tuesday.",
    )
    assert found["Walter Pruitt"][1:] == ("USA", "USAGOV")
    assert found["Florida"][:2] == ("LOCATION", "USA")


def test_georgia_among_states_is_the_state(nlp: Language) -> None:
    found = actors(
        nlp,
        "Walter Pruitt won Georgia, Alabama and Tennessee on Tuesday. He had campaigned "
        "in Georgia for a week.",
    )
    assert found["Georgia"][:2] == ("LOCATION", "USA")


def test_georgia_alone_is_the_country(nlp: Language) -> None:
    found = actors(nlp, "Russian troops crossed into Georgia on Friday, officials said.")
    assert found["Georgia"][:2] == ("COUNTRY", "GEO")


def test_a_possessive_region_is_read_as_the_region(nlp: Language) -> None:
    found = actors(
        nlp, "New Hampshire's Gov. Walter Pruitt spoke on Monday. Voters in New Hampshire cheered."
    )
    assert found["Walter Pruitt"][1:] == ("USA", "USAGOV")
    assert found["New Hampshire"][:2] == ("LOCATION", "USA")
