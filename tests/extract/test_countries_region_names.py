"""Region names as news writes them: ISO 3166-2's glosses left out, AP's state abbreviations
(codes23)."""

from spacy.language import Language

from storyline.extract.countries import region_countries, subdivision_name


def test_a_subdivision_name_without_its_gloss() -> None:
    assert subdivision_name("Wales [Cymru GB-CYM]") == "Wales"
    assert subdivision_name("Sofia (stolitsa)") == "Sofia"
    assert subdivision_name("New Hampshire") == "New Hampshire"


def test_wales_is_a_region_of_the_united_kingdom() -> None:
    assert region_countries("Wales") == frozenset({"GBR"})


def test_an_ap_state_abbreviation_is_the_state_s_country() -> None:
    assert region_countries("Ga.") == frozenset({"USA"})
    assert region_countries("N.H.") == frozenset({"USA"})
    assert region_countries("Ga") == frozenset()  # without its period: anything


def test_a_city_s_state_abbreviation_in_a_report(nlp: Language) -> None:
    doc = nlp("The rally in Manchester, N.H., drew a large crowd of voters on Monday.")
    found = {a.name: (a.type, a.country) for a in doc._.actors}
    assert found["N.H."] == ("LOCATION", "USA")


def test_an_honorific_is_no_state() -> None:
    assert region_countries("Miss.") == frozenset()  # Mississippi's, but the honorific first
