"""A report's headline statement (`extract.quotes.headline`), on invented headlines: the
conventions headlines write statements in, labels that are not speakers, and the speaker
resolved to the report's own actor."""

from storyline.extract.quotes.headline import SpeakerCandidate, headline_statement

ACTORS = [
    SpeakerCandidate(0, "PERSON", ("Maria Delgado", "Gov. Maria Delgado", "Delgado"), 6),
    SpeakerCandidate(1, "PERSON", ("Tom Ferris", "Ferris"), 3),
    SpeakerCandidate(2, "ORGANISATION", ("the Harbour Board",), 2),
    SpeakerCandidate(3, "LOCATION", ("Ostend",), 4),
    SpeakerCandidate(4, "PERSON", ("Paul Delgado",), 1),
]


def found(title: str) -> tuple[str, str, str, str | None, int] | None:
    """(speaker as written, kind, content, cue, actor index), each span checked against the
    title it points into."""
    result = headline_statement(title, ACTORS)
    if result is None:
        return None
    statement, actor = result
    for span in (statement.content, statement.speaker, statement.cue):
        if span is not None:
            assert title[span.start : span.end] == span.text
    cue = statement.cue and statement.cue.text
    return statement.speaker.text, statement.kind, statement.content.text, cue, actor


def test_a_surname_before_a_colon_says_the_quoted_words() -> None:
    title = "Delgado: ‘We Will Rebuild The Pier Before Winter’"
    assert found(title) == (
        "Delgado", "direct", "We Will Rebuild The Pier Before Winter", None, 0
    )  # fmt: skip


def test_words_not_in_quotation_marks_are_reported_speech() -> None:
    title = "Ferris: The port’s ‘Best Days’ are ahead"
    assert found(title) == ("Ferris", "indirect", "The port’s ‘Best Days’ are ahead", None, 1)


def test_an_apostrophe_inside_quoted_words_does_not_end_them() -> None:
    title = "Ferris: ‘I’m Not Leaving The Board’"
    assert found(title) == ("Ferris", "direct", "I’m Not Leaving The Board", None, 1)


def test_a_speech_verb_after_the_name() -> None:
    title = "Maria Delgado Says The Ferry Will Run All Year"
    assert found(title) == ("Maria Delgado", "indirect", "The Ferry Will Run All Year", "Says", 0)
    spaced = "Maria  Delgado Says The Ferry Will Run"  # the speaker's span is the title's own
    assert found(spaced) == ("Maria  Delgado", "indirect", "The Ferry Will Run", "Says", 0)


def test_a_label_before_the_speaker_is_dropped() -> None:
    title = "The Latest: Ferris tells workers that their jobs are safe"
    assert found(title) == ("Ferris", "indirect", "their jobs are safe", "tells", 1)


def test_a_column_name_in_capitals_is_no_speaker() -> None:
    title = "PORTWATCH: Delgado: ‘No Cuts’"
    assert found(title) == ("Delgado", "direct", "No Cuts", None, 0)


def test_a_first_person_statement_after_the_speakers_clause() -> None:
    title = "Tom Ferris Backs Maria Delgado: I Am ‘Proud’ Of Her Plan"
    assert found(title) == ("Tom Ferris", "indirect", "I Am ‘Proud’ Of Her Plan", None, 1)


def test_a_quote_after_a_clause_is_its_subjects_unless_the_clause_is_passive() -> None:
    title = "Maria Delgado Thanks Tom Ferris: ‘A True Friend Of The Port’"
    assert found(title) == ("Maria Delgado", "direct", "A True Friend Of The Port", None, 0)
    assert found("Maria Delgado Mocked By Tom Ferris: ‘Too Late’") is None


def test_a_surname_two_actors_share_is_the_more_mentioned_one() -> None:
    assert found("Delgado says the pier will reopen")[-1] == 0


def test_a_label_or_a_place_before_a_colon_is_no_speaker() -> None:
    assert found("Wow: The Pier Is Finally Open") is None
    assert found("Breaking: Storm Closes The Harbour") is None
    assert found("Ostend: Storm closes the harbour") is None  # a place is no speaker
    assert found("Poll: Delgado Leads Ferris By Ten Points") is None


def test_a_name_the_report_does_not_name_is_no_speaker() -> None:
    assert found("Johnson: ‘The Pier Is Safe’") is None
    assert found("Johnson says the pier is safe") is None


def test_a_headline_without_a_statement_has_none() -> None:
    assert found("Delgado opens the new pier in Ostend") is None
    assert found("") is None


def test_any_title_of_the_role_lexicon_before_the_name_is_dropped() -> None:
    # "Former Mayor" and "Commissioner" are titles the role lexicon knows, before a surname
    title = "Former Mayor Ferris: ‘The Board Has Failed Us’"
    assert found(title) == ("Former Mayor Ferris", "direct", "The Board Has Failed Us", None, 1)
    title = "Commissioner Delgado Says The Ferry Will Run"
    assert found(title) == ("Commissioner Delgado", "indirect", "The Ferry Will Run", "Says", 0)
    # a title alone names no one
    assert found("Governor: ‘No Cuts’") is None
