"""A story's timeline is ordered by the dates its sentences speak of."""

from datetime import date

from storyline.story.timeline import build_timeline, sentence_date


def test_sentence_date_prefers_a_day() -> None:
    assert sentence_date(["2018", "2018-W06", "2018-02-05", "2018-02-06"]) == "2018-02-05"
    assert sentence_date(["2018-02", "2018-W06"]) == "2018-W06"
    assert sentence_date(["PRESENT_REF", "P3D"]) is None
    assert sentence_date(["XXXX-XX-XX", "XXXX-WXX-1TNI", "XXXX-WXX-4"]) == "XXXX-WXX-1TNI"
    assert sentence_date(["XXXX-WXX-1", "2018-02"]) == "2018-02"


def test_items_by_the_date_they_speak_of_not_publication() -> None:
    text_a = "He spoke on Monday. Filler here. Trip on Thursday."
    text_b = "Officials said Tuesday. Talks on Saturday."
    articles = [
        {"id": 1, "text": text_a, "report_date": date(2018, 2, 7)},
        {"id": 2, "text": text_b, "report_date": date(2018, 2, 13)},
    ]
    sentences = [
        {"article_id": 1, "idx": 0, "start": 0, "end": 19},
        {"article_id": 1, "idx": 1, "start": 20, "end": 32},
        {"article_id": 1, "idx": 2, "start": 33, "end": 51},
        {"article_id": 2, "idx": 0, "start": 0, "end": 23},
        {"article_id": 2, "idx": 1, "start": 24, "end": 42},
    ]
    times = [
        {"article_id": 1, "sentence_idx": 0, "type": "DATE", "value": "2018-02-05"},
        {"article_id": 1, "sentence_idx": 2, "type": "DATE", "value": "2018-02-08"},
        {"article_id": 2, "sentence_idx": 0, "type": "DATE", "value": "2018-02-13"},
        {"article_id": 2, "sentence_idx": 1, "type": "DATE", "value": "2018-02-10"},
    ]
    quote = {"kind": "indirect", "speaker_name": "Mike Pence", "speaker_text": "He"}
    quotes = [
        {"article_id": 1, "sentence_idx": 0, "speaker_entity_id": 1, **quote},
        {"article_id": 2, "sentence_idx": 0, "speaker_entity_id": 2, **quote},
        {"article_id": 1, "sentence_idx": 1, "speaker_entity_id": 1, **quote, "kind": "term"},
    ]
    items = build_timeline(9, articles, sentences, times, quotes)
    assert [i.date for i in items] == ["2018-02-05", "2018-02-08", "2018-02-10", "2018-02-13"]
    assert [i.kind for i in items] == ["statement", "dated", "dated", "statement"]
    assert items[0].text == "He spoke on Monday." and items[0].speaker == "Mike Pence"
    assert items[0].to_record()["story_id"] == 9


def test_undated_statement_placed_at_its_report_after_that_days_dated_items() -> None:
    articles = [{"id": 1, "text": "Dated today. He said so.", "report_date": date(2018, 2, 7)}]
    sentences = [
        {"article_id": 1, "idx": 0, "start": 0, "end": 12},
        {"article_id": 1, "idx": 1, "start": 13, "end": 24},
    ]
    times = [{"article_id": 1, "sentence_idx": 0, "type": "DATE", "value": "2018-02-07"}]
    quotes = [
        {"article_id": 1, "sentence_idx": 1, "kind": "direct", "speaker_name": None,
         "speaker_text": "He", "speaker_entity_id": None},
    ]  # fmt: skip
    items = build_timeline(1, articles, sentences, times, quotes)
    assert [(i.date, i.text) for i in items] == [
        ("2018-02-07", "Dated today."),
        (None, "He said so."),
    ]


def test_an_undated_reports_weekday_is_placed_on_the_storys_day_it_falls_on() -> None:
    articles = [
        {"id": 1, "text": "Talks began on Thursday, Dec. 11, 2008.", "report_date": None},
        {"id": 2, "text": "Talks began on Thursday. Earlier, on Monday, he left.",
         "report_date": None},
    ]  # fmt: skip
    sentences = [
        {"article_id": 1, "idx": 0, "start": 0, "end": 39},
        {"article_id": 2, "idx": 0, "start": 0, "end": 24},
        {"article_id": 2, "idx": 1, "start": 25, "end": 53},
    ]
    times = [
        {"article_id": 1, "sentence_idx": 0, "type": "DATE", "value": "2008-12-11"},
        {"article_id": 2, "sentence_idx": 0, "type": "DATE", "value": "XXXX-WXX-4"},
        {"article_id": 2, "sentence_idx": 1, "type": "DATE", "value": "XXXX-WXX-1"},
    ]
    items = build_timeline(1, articles, sentences, times, [])
    # the Thursday is the story's one Thursday; the Monday fits no day of the story: it keeps
    # its relative value, after the dated items
    assert [(i.article_id, i.date, i.placed_at, i.inferred) for i in items] == [
        (1, "2008-12-11", date(2008, 12, 11), False),
        (2, "XXXX-WXX-4", date(2008, 12, 11), True),
        (2, "XXXX-WXX-1", None, False),
    ]
    assert items[1].to_record()["date"] == "XXXX-WXX-4"  # nothing invented for report 2


def test_no_sentence_of_an_undated_report_is_dropped() -> None:
    """Sentences naming only relative days, and a statement naming one, keep their relative
    value and come after the dated items in report and text order; "today" (nothing known)
    dates no sentence."""
    dated = "Talks began on Tuesday, Dec. 9, 2008."
    undated = "He told reporters on Monday that talks may come. The trip is on Thursday. Today."
    articles = [
        {"id": 7, "text": dated, "report_date": date(2008, 12, 10)},
        {"id": 3, "text": undated, "report_date": None},
    ]
    sentences = [
        {"article_id": 7, "idx": 0, "start": 0, "end": 37},
        {"article_id": 3, "idx": 0, "start": 0, "end": 48},
        {"article_id": 3, "idx": 1, "start": 49, "end": 75},
        {"article_id": 3, "idx": 2, "start": 76, "end": 82},
    ]
    times = [
        {"article_id": 7, "sentence_idx": 0, "type": "DATE", "value": "2008-12-09"},
        {"article_id": 3, "sentence_idx": 0, "type": "DATE", "value": "XXXX-WXX-1"},
        {"article_id": 3, "sentence_idx": 1, "type": "DATE", "value": "XXXX-WXX-4"},
        {"article_id": 3, "sentence_idx": 2, "type": "DATE", "value": "XXXX-XX-XX"},
    ]
    quotes = [
        {"article_id": 3, "sentence_idx": 0, "kind": "indirect", "speaker_name": "Mike Pence",
         "speaker_text": "He", "speaker_entity_id": 4},
    ]  # fmt: skip
    items = build_timeline(2, articles, sentences, times, quotes)
    assert [(i.article_id, i.date, i.kind, i.placed_at) for i in items] == [
        (7, "2008-12-09", "dated", date(2008, 12, 9)),
        (3, "XXXX-WXX-1", "statement", None),
        (3, "XXXX-WXX-4", "dated", None),
    ]
    assert items[1].to_record()["date"] == "XXXX-WXX-1"


def test_a_relative_day_of_a_report_dated_by_its_text_is_placed_at_that_date() -> None:
    """Report 1 has no publication date but names 7 Feb 2018: its "Friday" (no day of the
    story) comes after the items of that day, before the next day's."""
    articles = [
        {"id": 1, "text": "Talks on 7 Feb 2018. Vote on Friday.", "report_date": date(2018, 2, 7)},
        {"id": 2, "text": "Pence spoke on Thursday.", "report_date": date(2018, 2, 13)},
    ]
    sentences = [
        {"article_id": 1, "idx": 0, "start": 0, "end": 20},
        {"article_id": 1, "idx": 1, "start": 21, "end": 36},
        {"article_id": 2, "idx": 0, "start": 0, "end": 24},
    ]
    times = [
        {"article_id": 1, "sentence_idx": 0, "type": "DATE", "value": "2018-02-07"},
        {"article_id": 1, "sentence_idx": 1, "type": "DATE", "value": "XXXX-WXX-5"},
        {"article_id": 2, "sentence_idx": 0, "type": "DATE", "value": "2018-02-08"},
    ]
    items = build_timeline(1, articles, sentences, times, [])
    assert [(i.date, i.placed_at) for i in items] == [
        ("2018-02-07", date(2018, 2, 7)),
        ("XXXX-WXX-5", date(2018, 2, 7)),
        ("2018-02-08", date(2018, 2, 8)),
    ]


def test_a_statement_is_dated_by_its_saying_not_by_a_date_it_reports() -> None:
    """A date inside what is said is not when it was said: "Pence said the talks would be
    held on Friday" stands at its report's date; a date outside the quote still dates it."""
    first = "Pence said the talks would be held on Friday."
    second = "“Abe comes on Sunday,” Pence told reporters on Monday."
    text = f"{first} {second}"
    articles = [{"id": 1, "text": text, "report_date": date(2018, 2, 7)}]
    sentences = [
        {"article_id": 1, "idx": 0, "start": 0, "end": len(first)},
        {"article_id": 1, "idx": 1, "start": len(first) + 1, "end": len(text)},
    ]

    def day(idx: int, word: str, value: str) -> dict[str, object]:
        start = text.index(word)
        return {"article_id": 1, "sentence_idx": idx, "type": "DATE", "value": value,
                "start": start, "end": start + len(word)}  # fmt: skip

    times = [day(0, "Friday", "2018-02-09"), day(1, "Sunday", "2018-02-11"),
             day(1, "Monday", "2018-02-05")]  # fmt: skip
    said = {"kind": "indirect", "speaker_name": "Mike Pence", "speaker_text": "Pence",
            "speaker_entity_id": 6}  # fmt: skip
    quotes = [
        {"article_id": 1, "sentence_idx": 0, "start": 11, "end": len(first) - 1, **said},
        {"article_id": 1, "sentence_idx": 1, "start": text.index("“"),
         "end": text.index("”") + 1, **said, "kind": "direct"},
    ]  # fmt: skip
    items = build_timeline(1, articles, sentences, times, quotes)
    assert [(i.date, i.placed_at, i.kind) for i in items] == [
        ("2018-02-05", date(2018, 2, 5), "statement"),  # Monday, not the Sunday it speaks of
        (None, date(2018, 2, 7), "statement"),  # at its report's date, not on Friday
    ]
    # the same sentences with no statement in them are dated by the days they name
    dated = build_timeline(1, articles, sentences, times, [])
    assert [i.date for i in dated] == ["2018-02-09", "2018-02-11"]
