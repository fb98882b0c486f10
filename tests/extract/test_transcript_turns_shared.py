"""One reader of a transcript's turns (``Doc._.turns``) for the actors and the quotes."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.turns import transcript_turns

# A broadcast transcript flattened into one paragraph, as CNN's pages are: no line breaks,
# each label after a sentence's stop.
FLAT = (
    "Farm minister Pieter Van Doorn resigned on Monday after a week of protests. "
    "MARTA KOWALSKI, CNN ANCHOR: Good evening. KOWALSKI: Minister, what happens now? "
    "VAN DOORN: I think the subsidies will survive. My ministry kept them for years. "
    "KOWALSKI: And the farmers? VAN DOORN: I believe they will go home soon."
)


def test_the_turns_are_read_once_and_kept_on_the_doc(nlp: Language) -> None:
    doc = nlp(FLAT)
    assert doc._.turn_records is not None  # read by the actors component, kept as records
    assert doc._.turns == transcript_turns(FLAT)
    assert [t.name for t in doc._.turns] == [
        "MARTA KOWALSKI", "MARTA KOWALSKI", "VAN DOORN", "MARTA KOWALSKI", "VAN DOORN",
    ]  # fmt: skip


def test_i_in_a_turn_of_a_flattened_transcript_is_the_labels_person(nlp: Language) -> None:
    doc = nlp(FLAT)
    [minister] = [a for a in doc._.actors if a.name == "Pieter Van Doorn"]
    said = [m.text for m in minister.mentions if m.kind == "pronoun"]
    assert said == ["I", "My", "I"]


def test_the_anchors_question_turn_is_no_quote_but_its_statement_turn_is(
    nlp: Language,
) -> None:
    doc = nlp(FLAT)
    contents = [q.content.text for q in doc._.quotes]
    assert not any("what happens now" in c for c in contents)
    assert not any(c.startswith("And the farmers") for c in contents)
    assert "I believe they will go home soon." in contents


def test_a_heading_in_capitals_opens_no_turn() -> None:
    text = (
        "CORRECTION: An earlier version misspelled a name. UPDATE: The vote was moved. "
        "CORRECTION: The date was wrong."
    )
    assert transcript_turns(text) == []


def test_the_turns_of_a_question_and_answer_interview() -> None:
    text = "Q&A with Joe Biden.\nQ: Are you running?\nA: I am not.\nQ: Why?\nA: My family."
    assert [t.name for t in transcript_turns(text)] == ["Q", "A", "Q", "A"]


def test_a_name_opening_a_flattened_transcript_is_no_label_over_its_turns(
    nlp: Language,
) -> None:
    text = (
        "Walter Brandt: I think the army will decide. BLITZER: Senator Walter Brandt is with "
        "us. Mona, what do you make of it? ELTAHAWY: I am ecstatic and I can not be happier. "
        "BLITZER: Senator? BRANDT: I agree with her."
    )
    doc = nlp(text)
    owners = {m.start: a.name for a in doc._.actors for m in a.mentions if m.kind == "pronoun"}
    assert owners.get(text.index("I think")) == "Walter Brandt"  # the line's, before the turns
    assert owners.get(text.index("I agree")) == "Walter Brandt"  # his turn's
    assert text.index("I am ecstatic") not in owners  # Eltahawy's, named in no mention
