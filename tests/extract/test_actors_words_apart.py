"""A common English word the recogniser ran into a name the report writes without it is no
part of the name (`PersonsStep.word_apart`): a verb or an interjection the parser reads so
("Governor Harlan Explains", "Sorry Harlan"), a shouted word in capitals beside a name that
is not ("Harlan IMMEDIATELY"), an inflected verb in a line of capitals ("HARLAN BECAME");
a given name the lists know stays ("Will Harlan")."""

from __future__ import annotations

from spacy.language import Language


def _names(nlp: Language, text: str) -> set[tuple[str, ...]]:
    return {a.key for a in nlp(text)._.actors if a.type == "PERSON" and a.key[0] != "the"}


def test_a_shouted_adverb_is_no_name_word(nlp: Language) -> None:
    text = (
        "Egyptian President Hosni Mubarak spoke on Friday. Readers wrote about Mubarak.\n\n"
        "February 1, 2011 at 5:21 pm | stop the flow of money to Mubarak IMMEDIATELY: he is "
        "another dictator but one we like."
    )
    names = _names(nlp, text)
    assert ("mubarak", "immediately") not in names


def test_a_headlines_verb_is_no_name_word(nlp: Language) -> None:
    text = (
        "Obama spoke in Cairo on Friday. Makeshift Hospitals in Cairo; J. Lo Headed to "
        "White House; President Obama Explains His Faith; Some Egyptians 'Willing To Wait' "
        "Aired February 3, 2011 - 20:00 ET."
    )
    assert ("obama", "explains") not in _names(nlp, text)


def test_an_interjection_and_a_capitals_verb_are_no_name_words(nlp: Language) -> None:
    text = (
        "Mubarak spoke in Cairo on Friday. A reader wrote: Sorry Mubarak we now need to show "
        "the world that we care. Another wrote: AFTER PRES. OBAMA BECAME LEADER OF THE FREE "
        "WORLD ALL OTHER COUNTRIES FELT THAT they could. Obama did not answer."
    )
    names = _names(nlp, text)
    assert not {("sorry", "mubarak"), ("obama", "became")} & names


def test_a_listed_given_name_stays(nlp: Language) -> None:
    # guard: "Will" is a given name, though English writes it as a verb too (passes on main)
    text = "Will Smith spoke in Los Angeles on Friday. Smith said the film will open soon."
    assert ("will", "smith") in _names(nlp, text)
