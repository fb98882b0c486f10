""""the North" and "the South": the named country whose name opens with that word, never the
region of that name somewhere else (Cameroon has a "North" and a "South").

Every sentence is invented; each was checked to get the entities the rule needs from the
small English model (the tests test our rules, not the model).
"""

from spacy.language import Language


def actors(nlp: Language, text: str) -> dict[str, tuple[str | None, list[str]]]:
    doc = nlp(text)
    return {a.name: (a.code, [m.text for m in a.mentions]) for a in doc._.actors}


def test_the_north_of_a_report_on_north_korea_is_north_korea(nlp: Language) -> None:
    text = "North Korea fired a missile. Officials in the North said more would follow."
    found = actors(nlp, text)
    assert found["North Korea"] == ("PRK", ["North Korea", "North"])


def test_the_south_beside_both_koreas_is_south_korea(nlp: Language) -> None:
    found = actors(
        nlp,
        "Kim Yong Nam, North Korea's ceremonial leader, is the most senior official to visit "
        "the South since the Korean War. South Korea welcomed him.",
    )
    assert found["South Korea"] == ("KOR", ["South", "South Korea"])


def test_two_countries_opening_with_the_word_leave_it_a_place(nlp: Language) -> None:
    found = actors(nlp, "South Africa and South Sudan met. The South was quiet.")
    assert found["South"] == (None, ["South"])


def test_the_south_with_no_such_country_is_no_country(nlp: Language) -> None:
    found = actors(nlp, "Voters in the South backed the senator in Georgia and Alabama.")
    assert found["South"] == (None, ["South"])
