"""Within-report names that are one person or two (names21); invented sentences, each
checked to get the entities the rule needs from the small English model."""

from spacy.language import Language


def persons(nlp: Language, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {a.name: [m.text for m in a.mentions] for a in doc._.actors if a.type == "PERSON"}


def test_a_name_ends_at_its_possessive(nlp: Language) -> None:
    found = persons(
        nlp,
        "Senator Ted Cruz toured the state on Monday. For instance, Cruz’s Iowa director, "
        "Bryan English, is spending much of his time on the bus.",
    )
    assert "Cruz’s Iowa" not in found
    assert found["Ted Cruz"] == ["Senator Ted Cruz", "Cruz"]


def test_a_numbered_name_is_not_the_name_without_its_numeral(nlp: Language) -> None:
    found = persons(
        nlp,
        "Michael Jackson died in Los Angeles. His son Prince Michael Jackson II was at the "
        "service.",
    )
    assert found["Michael Jackson"] == ["Michael Jackson", "His"]
    assert found["Michael Jackson II"] == ["Prince Michael Jackson II"]


def test_an_honorific_tells_two_persons_of_one_surname_apart(nlp: Language) -> None:
    found = persons(
        nlp,
        "Bill Clinton came to Mason City on Wednesday. Hillary Clinton needs him. Mr. Clinton "
        "spoke for an hour. Mrs. Clinton can handle them, Mr. Clinton said.",
    )
    assert "Clinton" not in found  # no short name the two share
    assert found["Bill Clinton"].count("Mr. Clinton") == 2
    assert "Mrs. Clinton" not in found["Bill Clinton"]
    assert found["Hillary Clinton"] == ["Hillary Clinton", "Mrs. Clinton"]
