"""A broadcast transcript's turn "NAME: …" is its named speaker's: its "I" and "we" are them."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.turns import transcript_turns

TRANSCRIPT = (
    "THIS IS A RUSH TRANSCRIPT. MARTA KOWALSKI, CNN ANCHOR: Good evening. Tonight the farm "
    "minister Pieter Van Doorn resigned after a week of protests in the capital. "
    "KOWALSKI: Minister, what happens to the subsidies now? VAN DOORN: I think the "
    "subsidies will survive the winter. We have never cut them in a crisis. "
    "KOWALSKI: And the farmers in the square? VAN DOORN: I believe they will go home soon. "
    "KOWALSKI: Thank you for joining us."
)


def _speakers(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    names = {}
    for q in doc._.quotes:
        actor = doc._.actors[q.speaker_actor].name if q.speaker_actor is not None else None
        names[q.content.text] = actor if actor is not None else (q.speaker and q.speaker.text)
    return names


def test_a_turn_is_its_speakers_quote_and_its_i_is_them(nlp: Language) -> None:
    speakers = _speakers(nlp, TRANSCRIPT)
    turn = "I think the subsidies will survive the winter. We have never cut them in a crisis."
    said = speakers[turn]
    assert said is not None and "Van Doorn" in said
    assert "Van Doorn" in (speakers["I believe they will go home soon."] or "")
    assert not any(k.startswith("the subsidies will") for k in speakers)  # told by the turn


def test_a_question_put_to_the_guest_is_no_quote(nlp: Language) -> None:
    speakers = _speakers(nlp, TRANSCRIPT)
    assert not any("what happens to the subsidies" in k for k in speakers)
    assert (speakers["Thank you for joining us."] or "").lower() == "kowalski"


def test_a_label_no_actor_names_is_the_speaker_phrase(nlp: Language) -> None:
    text = (
        "HASSAN: I think the army will stay in the streets. REPORTER: Why? "
        "HASSAN: I believe the generals are afraid of the crowd. REPORTER: Thank you."
    )
    speakers = _speakers(nlp, text)
    assert speakers["I think the army will stay in the streets."] == "HASSAN"


def test_turns_need_a_conversation() -> None:
    turns = transcript_turns(TRANSCRIPT)
    assert [t.name for t in turns] == [
        "MARTA KOWALSKI", "MARTA KOWALSKI", "VAN DOORN", "MARTA KOWALSKI", "VAN DOORN",
        "MARTA KOWALSKI",
    ]  # fmt: skip
    assert TRANSCRIPT[turns[2].start :].startswith("I think")


def test_a_list_of_headlines_is_no_transcript() -> None:
    text = (
        "Reactions around the world. Obama: 'Egypt will never be the same' Woolsey: The army "
        "holds the key. Merkel: Europe is watching closely. Cameron: We urge restraint."
    )
    assert transcript_turns(text) == []


def test_a_printed_interview_in_ordinary_capitals_is_a_transcript() -> None:
    text = " ".join(["Paxman: Do you regret it? Blair: No, I do not."] * 3)
    assert {t.name for t in transcript_turns(text)} == {"Paxman", "Blair"}


def test_a_host_introduced_in_full_then_by_surname_is_one_speaker_coming_back() -> None:
    text = (
        "NADIA PERRET, HOST: Welcome to the programme. Our guest is the economist Tomas Brandt. "
        "PERRET: The markets fell again today. TOMAS BRANDT, ECONOMIST: I think they will recover."
    )
    names = [t.name for t in transcript_turns(text)]
    assert names == ["NADIA PERRET", "NADIA PERRET", "TOMAS BRANDT"]


def test_a_tally_of_names_and_figures_is_no_transcript() -> None:
    text = (
        "The latest count. Hillary Clinton: 1,769. Bernie Sanders: 1,501. Superdelegates. "
        "Clinton: 547. Sanders: 46. The total. Clinton: 2,316. Sanders: 1,547."
    )
    assert transcript_turns(text) == []


def test_a_turns_i_is_not_the_person_named_before(nlp: Language) -> None:
    text = (
        "OKAFOR: Good evening. The senator Maria Lund said on Monday that the bill would pass. "
        "OKAFOR: So many people have watched this and, I think, underestimated her from the "
        "beginning, haven't they? REPORTER: They have. OKAFOR: Thank you."
    )
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.content.text.startswith("underestimated")]
    assert quote.speaker is not None and quote.speaker.text == "OKAFOR"
    assert quote.speaker_actor is None
