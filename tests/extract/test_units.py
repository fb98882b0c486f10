"""Units of measure taken for names (`storyline.extract.units`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.units import (
    is_currency_code,
    is_unit_of_measure,
    names_a_unit,
    unit_names,
)


def _doc(nlp: Language, rows: list[tuple[str, str, int, str]]) -> Doc:
    """A Doc of (word, tag, head, entity) rows."""
    words, tags, heads, ents = (list(column) for column in zip(*rows, strict=True))
    deps = ["dep"] * len(words)
    return Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps, ents=ents)


def test_a_name_counted_by_the_number_before_it_is_a_unit(nlp: Language) -> None:
    rows = [("a", "DT", 3, "O"), ("16", "CD", 2, "O"), ("GB", "NNP", 3, "B-PERSON"),
            ("model", "NN", 3, "O")]  # fmt: skip
    assert is_unit_of_measure(_doc(nlp, rows).ents[0])
    rows[1] = ("16", "CD", 3, "O")  # "500 Windows users": the number counts the users
    assert not is_unit_of_measure(_doc(nlp, rows).ents[0])
    rows[1] = ("first", "JJ", 2, "O")
    assert not is_unit_of_measure(_doc(nlp, rows).ents[0])


def test_a_plural_name_or_a_nationality_is_counted_not_a_unit(nlp: Language) -> None:
    plural = [("8", "CD", 1, "O"), ("iPhones", "NNPS", 1, "B-GPE")]
    assert not is_unit_of_measure(_doc(nlp, plural).ents[0])
    nation = [("12", "CD", 1, "O"), ("Somali", "NNP", 1, "B-NORP")]
    assert not is_unit_of_measure(_doc(nlp, nation).ents[0])


def test_an_abbreviation_in_brackets_after_a_number_and_its_noun_is_a_unit(
    nlp: Language,
) -> None:
    rows = [
        ("with", "IN", 0, "O"), ("5", "CD", 2, "O"), ("gigabytes", "NNS", 0, "O"),
        ("(", "-LRB-", 4, "O"), ("GB", "NNP", 2, "B-PERSON"), (")", "-RRB-", 4, "O"),
    ]  # fmt: skip
    assert is_unit_of_measure(_doc(nlp, rows).ents[0])
    rows[4] = ("Rahman", "NNP", 2, "B-PERSON")  # "one guy (Rahman)": a name, not capitals
    rows[1] = ("one", "CD", 2, "O")
    assert not is_unit_of_measure(_doc(nlp, rows).ents[0])


def test_a_name_after_a_year_or_a_date_is_no_unit(nlp: Language) -> None:
    year = [("In", "IN", 2, "O"), ("2007", "CD", 2, "O"), ("Jobs", "NNP", 2, "B-PERSON")]
    assert not is_unit_of_measure(_doc(nlp, year).ents[0])
    date = [
        ("March", "NNP", 2, "B-DATE"),
        ("5", "CD", 2, "I-DATE"),
        ("Obama", "NNP", 2, "B-PERSON"),
    ]
    assert not is_unit_of_measure(_doc(nlp, date).ents[1])


def test_a_name_in_title_case_is_no_unit(nlp: Language) -> None:
    rows = [("a", "DT", 3, "O"), ("44", "CD", 2, "O"), ("Creighton", "NNP", 3, "B-GPE"),
            ("lead", "NN", 3, "O")]  # fmt: skip
    assert not is_unit_of_measure(_doc(nlp, rows).ents[0])


def test_a_name_of_two_words_is_no_unit(nlp: Language) -> None:
    rows = [("3", "CD", 1, "O"), ("Doors", "NNP", 2, "B-PERSON"), ("Down", "NNP", 2, "I-PERSON")]
    assert not is_unit_of_measure(_doc(nlp, rows).ents[0])


def test_a_name_written_as_one_word_with_a_number_is_a_unit(nlp: Language) -> None:
    words = ["the", "16", "GB", "version"]
    tags, heads = ["DT", "CD", "NNP", "NN"], [3, 3, 3, 3]  # "16" counts the version
    ents = ["O", "O", "B-PERSON", "O"]
    glued = Doc(nlp.vocab, words=words, spaces=[True, False, True, False], tags=tags,
                heads=heads, deps=["dep"] * 4, ents=ents)  # fmt: skip
    assert is_unit_of_measure(glued.ents[0])
    spaced = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=["dep"] * 4, ents=ents)
    assert not is_unit_of_measure(spaced.ents[0])


def test_a_unit_once_in_a_report_is_a_unit_everywhere_in_it(nlp: Language) -> None:
    rows = [("16", "CD", 1, "O"), ("GB", "NNP", 5, "B-PERSON"), ("and", "CC", 1, "O"),
            ("32", "CD", 5, "O"), ("GB", "NNP", 5, "B-PERSON"), ("models", "NNS", 5, "O"),
            ("Bono", "NNP", 5, "B-PERSON")]  # fmt: skip
    doc = _doc(nlp, rows)
    assert not is_unit_of_measure(doc.ents[1])  # "32" counts the models
    assert names_a_unit(doc.ents[1], unit_names(doc))
    assert not names_a_unit(doc.ents[2], unit_names(doc))


def test_a_currency_code_after_an_amount_of_money_is_a_unit(nlp: Language) -> None:
    rows = [("costs", "VBZ", 0, "O"), ("$", "$", 2, "B-MONEY"), ("99", "CD", 0, "I-MONEY"),
            ("(", "-LRB-", 4, "O"), ("USD", "NNP", 2, "B-ORG"), (")", "-RRB-", 4, "O")]  # fmt: skip
    doc = _doc(nlp, rows)
    assert is_currency_code(doc.ents[1]) and names_a_unit(doc.ents[1], unit_names(doc))
    without_brackets = [*rows[:3], ("USD", "NNP", 2, "B-ORG")]  # "$249 USD"
    assert is_currency_code(_doc(nlp, without_brackets).ents[1])
    rows[1:3] = [("the", "DT", 2, "O"), ("fee", "NN", 0, "O")]  # "the fee (USD)": no amount
    assert not is_currency_code(_doc(nlp, rows).ents[0])
    named = [("$", "$", 1, "B-MONEY"), ("99", "CD", 1, "I-MONEY"), ("Acme", "NNP", 1, "B-ORG")]
    assert not is_currency_code(_doc(nlp, named).ents[1])  # a name, not three capitals


def test_a_currency_code_after_a_number_written_after_a_currency_sign_is_a_unit(
    nlp: Language,
) -> None:
    rows = [("cost", "VB", 0, "O"), ("$", "$", 2, "O"), ("249", "CD", 0, "O"),
            ("USD", "NN", 2, "B-ORG")]  # fmt: skip  # "$199 and $249 USD": "249" left untagged
    doc = _doc(nlp, rows)
    assert is_currency_code(doc.ents[0]) and names_a_unit(doc.ents[0], unit_names(doc))
    rows[1] = ("about", "RB", 2, "O")  # "about 249 USD": no sign, no amount of money known
    assert not is_currency_code(_doc(nlp, rows).ents[0])
    rows[1:3] = [("$", "$", 2, "O"), ("big", "JJ", 0, "O")]  # after a sign, but no number
    assert not is_currency_code(_doc(nlp, rows).ents[0])


def test_an_organisation_in_capitals_after_no_amount_is_no_unit(nlp: Language) -> None:
    doc = nlp("The program costs $99 (USD) to join, IBM said.")
    ibm = next(ent for ent in doc.ents if ent.text == "IBM")
    assert not names_a_unit(ibm, unit_names(doc))
    assert all(actor.name != "USD" for actor in doc._.actors)
