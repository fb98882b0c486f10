"""A royal title that is a given name in the report (royals21); invented sentences."""

from spacy.language import Language

from storyline.extract.actors.royals import given_name_titles


def persons(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    doc = nlp(text)
    return {a.name: a.roles for a in doc._.actors if a.type == "PERSON"}


def test_prince_before_a_family_name_is_a_given_name(nlp: Language) -> None:
    found = persons(
        nlp,
        "Michael Jackson died in June. His children Prince Michael Jackson II and Paris "
        "Jackson sat with their grandmother Katherine Jackson. Prince Michael, 13, spoke first.",
    )
    assert "prince" not in found["Michael Jackson II"]
    assert all("prince" not in roles for roles in found.values())


def test_a_royal_keeps_the_title(nlp: Language) -> None:
    found = persons(nlp, "Prince Harry visited Paris on Monday. Prince Charles stayed in London.")
    assert found["Harry"] == ("prince",)
    assert found["Charles"] == ("prince",)


def test_given_name_titles_needs_a_surname_of_the_report(nlp: Language) -> None:
    persons_of = [e for e in nlp("Prince Michael Jackson II was there.").ents]
    assert given_name_titles([e for e in persons_of if e.label_ == "PERSON"], ()) == frozenset()
    doc = nlp("Prince Michael Jackson II was there with Katherine Jackson.")
    found = given_name_titles([e for e in doc.ents if e.label_ == "PERSON"], ())
    assert found == frozenset({"prince"})


def test_prince_written_bare_is_a_given_name(nlp: Language) -> None:
    found = persons(
        nlp,
        "Oprah Winfrey interviewed Katherine Jackson, with Prince, Paris and Blanket. "
        "Prince Michael, 13, and Paris, 12, have spoken about their father. "
        "Prince said he wanted to produce films.",
    )
    assert all("prince" not in roles for roles in found.values())


def test_the_prince_and_a_surname_king_leave_royal_titles(nlp: Language) -> None:
    found = persons(nlp, "Stephen King met King Abdullah. King said it went well.")
    assert found["Abdullah"] == ("king",)
    found = persons(nlp, "Prince Charles stayed in London. The Prince said he was happy.")
    assert found["Charles"] == ("prince",)
