"""A national institution's country and CAMEO code: by its name, or by the report's
company (codes23); invented sentences."""

from spacy.language import Language


def actors(nlp: Language, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = nlp(text)
    return {a.name: (a.type, a.country, a.code) for a in doc._.actors}


def test_an_institution_named_by_its_country_alone(nlp: Language) -> None:
    found = actors(nlp, "The FBI opened an inquiry into the leak on Monday, the CIA said.")
    assert found["FBI"][1:] == ("USA", "USACOP")
    assert found["CIA"][1:] == ("USA", "USASPY")


def test_the_senate_of_a_report_on_states_is_that_country_s(nlp: Language) -> None:
    found = actors(
        nlp,
        "Walter Pruitt campaigned in Iowa and Nevada on Monday. The Senate voted on the "
        "budget the same day, and the Supreme Court heard a case on trade with China.",
    )
    assert found["Senate"][1:] == ("USA", "USALEG")
    assert found["Supreme Court"][1:] == ("USA", "USAJUD")


def test_the_senate_of_a_report_with_no_company_has_no_country(nlp: Language) -> None:
    found = actors(nlp, "The Senate voted on the budget on Monday after a long debate.")
    assert found["Senate"][1:] == (None, None)


def test_a_country_written_with_the_institution(nlp: Language) -> None:
    found = actors(
        nlp, "Walter Pruitt campaigned in Iowa on Monday. Italy's Senate voted on the budget."
    )
    assert found["Senate"][1:] == ("ITA", "ITALEG")


def test_a_party_gets_its_country_and_no_code(nlp: Language) -> None:
    found = actors(
        nlp,
        "The GOP met in Ohio on Monday. The Democratic Party said it would answer on Tuesday.",
    )
    assert found["GOP"][1:] == ("USA", None)
    assert found["Democratic Party"][1:] == ("USA", None)


def test_a_state_party_is_of_its_state_s_country(nlp: Language) -> None:
    found = actors(nlp, "The Iowa Democratic Party counted the votes late on Monday night.")
    assert found["Iowa Democratic Party"][1:] == ("USA", None)


def test_a_party_before_a_name_gives_the_party_s_country(nlp: Language) -> None:
    found = actors(nlp, "Republican businesswoman Jane Whitcombe spoke to a crowd on Monday.")
    assert found["Jane Whitcombe"][1:] == ("USA", "USABUS")


def test_a_party_gives_no_country_to_a_role_of_no_sector(nlp: Language) -> None:
    found = actors(nlp, "Republican candidate Jane Whitcombe spoke to a crowd on Monday.")
    assert found["Jane Whitcombe"][1:] == (None, None)


def test_a_party_word_in_lower_case_names_no_party(nlp: Language) -> None:
    found = actors(
        nlp, "In a democratic vote, businesswoman Jane Whitcombe won the chair on Monday."
    )
    assert found["Jane Whitcombe"][1:] == (None, None)
