"""What the story clusterer reads of a report: lead, actor cues, a date from the text."""

from datetime import date

import numpy as np

from storyline.link.stories.features import (
    LeadActor,
    date_in_text,
    lead_body,
    lead_cues,
    lead_day,
    lead_days,
    lead_terms,
    lead_text,
    opens_with_title,
    report_features,
    report_title,
)


def test_lead_is_title_and_start_of_text_cut_at_a_space() -> None:
    assert lead_text("Pence in Tokyo", "one two three four", chars=9) == "Pence in Tokyo. one two"
    assert lead_text("", "a\n\nb") == "a b"


def test_cues_count_names_in_the_lead_only() -> None:
    actors = [
        LeadActor("PERSON", ("mike", "pence"), "USA", (0, 50, 5000)),
        LeadActor("COUNTRY", ("JPN",), "JPN", (10,)),
        LeadActor("PERSON", ("smith",), None, (20,), ambiguous=True),
        LeadActor("ORGANISATION", ("white", "house"), "USA", (9000,)),
    ]
    cues = lead_cues(actors, lead_chars=1500)
    assert set(cues) == {"c:USA", "p:pence", "c:JPN"}
    assert cues["p:pence"] > cues["c:JPN"]  # named twice in the lead


def test_cues_count_every_naming_in_the_headline_beside_the_lead() -> None:
    body = [LeadActor("PERSON", ("mike", "pence"), "USA", (0, 5000))]
    headline = [
        LeadActor("PERSON", ("pence",), None, (0,)),  # offsets into the headline
        LeadActor("COUNTRY", ("PRK",), "PRK", (2000,)),  # no lead limit in a headline
    ]
    cues = lead_cues(body, lead_chars=1500, headline=headline)
    assert set(cues) == {"c:USA", "p:pence", "c:PRK"}
    assert cues["p:pence"] == 1.0 + np.log(2)  # once in the lead, once in the headline
    assert cues["c:USA"] == cues["c:PRK"] == 1.0
    assert lead_cues(body, lead_chars=1500) == {"c:USA": 1.0, "p:pence": 1.0}


def test_date_in_text_takes_the_latest_absolute_day_or_month() -> None:
    values = [("2013-06-07", None), ("2013-06-10", "DCT"), ("2011-02", None), ("PAST_REF", None)]
    assert date_in_text(values) == date(2013, 6, 7)
    assert date_in_text([("2011-02", None)]) == date(2011, 2, 15)
    assert date_in_text([("XXXX-06-07", None)]) is None


def test_date_in_text_reads_the_day_of_a_dated_clock_time() -> None:
    """A dateline with its hour ("Friday 11 June 2010 22.16 BST") dates the report."""
    assert date_in_text([("2010-06-11T22:16", None)]) == date(2010, 6, 11)
    assert date_in_text([("XXXX-XX-XXT22:16", None)]) is None


def test_lead_terms_are_the_lower_cased_words_but_stop_words_and_short_ones() -> None:
    terms = lead_terms("Swine flu (H1N1) reaches Port-au-Prince, which is on the map.")
    assert terms == {"swine", "flu", "h1n1", "reaches", "port-au-prince", "map"}


def test_lead_body_is_cut_at_a_space_alike_from_the_whole_text_or_one_character_more() -> None:
    text = "one two three four"
    assert lead_body(text, chars=9) == "one two"
    assert lead_body(text[:10], chars=9) == lead_body(text, chars=9)
    assert lead_body(text[:9], chars=9) == "one two t"  # a text that ends there is not cut


def test_lead_day_reads_the_dates_that_start_in_the_lead() -> None:
    text = "Met on June 7, 2013. " + "More words here. " * 120 + "On July 1, 2014."
    times = [(7, "2013-06-07", None), (len(text) - 15, "2014-07-01", None)]
    assert lead_day(times, text) == date(2013, 6, 7)


def test_event_days_are_the_lead_days_within_a_week_of_publication() -> None:
    """Monday's caucuses and Tuesday's primary count; last year's vote and a day after the lead
    do not; a clock time counts as its day, a month not at all."""
    text = (
        "Voters met on Monday night; the primary is on Tuesday, Feb. 9. Last year's vote, in "
        "March, was close. " + "More words here. " * 120 + "Then on Friday."
    )
    times = [
        (16, "2016-02-01T20:00", "DCT"),  # Monday night
        (43, "2016-02-09", "DCT"),  # Tuesday, Feb. 9
        (70, "2015", "DCT"),  # last year
        (84, "2016-03", None),  # March: a month
        (len(text) - 7, "2016-02-05", "DCT"),  # past the lead
        (30, "2016-01-12", None),  # three weeks back: background
    ]
    published = date(2016, 2, 2)
    assert lead_days(times, text, published) == ({date(2016, 2, 1), date(2016, 2, 9)}, set())
    assert lead_days(times, text, None) == (set(), set())  # undated: nothing to place them by
    vector = np.ones(4, dtype=np.float32) / 2
    features = report_features("1", "Caucuses", text, vector, [], published, times=times)
    assert features.event_days == {date(2016, 2, 1), date(2016, 2, 9)}


def test_a_day_named_only_in_an_opening_after_phrase_is_looked_back_on() -> None:
    """ "After …, " sets the scene: its day is the event the news follows, not the report's
    own; a day the main clause names, or an "after" inside the sentence, stays its own; a
    part of the day ("tonight", "Tuesday night") counts as its day."""
    text = (
        "After routing the governor in Tuesday's primary in Vermont, the senator must turn to "
        "tonight's debate. Following her win Monday night, the mayor met donors. The count "
        "ended on Sunday after a long night. Hours after the vote on Saturday, rivals rallied."
    )

    def at(words: str) -> int:
        return text.index(words)

    times = [
        (at("Tuesday's"), "2016-02-09", "DCT"),
        (at("tonight"), "2016-02-11TNI", "DCT"),
        (at("Monday night"), "2016-02-08TNI", "DCT"),
        (at("Sunday"), "2016-02-07", "DCT"),
        (at("Saturday"), "2016-02-06", "DCT"),
    ]
    vector = np.ones(4, dtype=np.float32) / 2
    features = report_features("1", "Vermont", text, vector, [], date(2016, 2, 11), times=times)
    assert features.looked_back == {date(2016, 2, 9), date(2016, 2, 8), date(2016, 2, 6)}
    assert features.event_days == features.looked_back | {date(2016, 2, 11), date(2016, 2, 7)}
    again = text + " Voters in Vermont went to the polls on Tuesday."
    both = report_features(
        "2",
        "Vermont",
        again,
        vector,
        [],
        date(2016, 2, 11),
        times=times + [(again.index("on Tuesday.") + 3, "2016-02-09", "DCT")],
    )
    assert both.looked_back == {date(2016, 2, 8), date(2016, 2, 6)}


def test_report_title_is_the_headline_or_the_first_line_shortened() -> None:
    assert report_title("Pence in Tokyo", "Body") == "Pence in Tokyo"
    assert report_title("", "First line\nsecond") == "First line"
    assert report_title("", "word " * 40).endswith("…") and len(report_title("", "w " * 90)) == 120


def test_report_features_count_the_actors_of_the_text_lead_only() -> None:
    text = "Pence met Abe. " + "x " * 800 + "Suga spoke."
    actors = [
        LeadActor("PERSON", ("mike", "pence"), "USA", (0,)),
        LeadActor("PERSON", ("yoshihide", "suga"), "JPN", (len(text) - 11,)),
    ]
    vector = np.ones(3, dtype=np.float32)
    features = report_features("7", "", text, vector, actors, None, date(2018, 2, 7))
    assert set(features.cues) == {"c:USA", "p:pence"}  # Suga is named past the lead
    assert features.title.startswith("Pence met Abe. x") and features.title.endswith("…")
    assert not features.headline
    assert features.published == date(2018, 2, 7) and features.dated_by_text
    assert "pence" in features.terms and "suga" not in features.terms
    dated = report_features("7", "Talks", text, vector, actors, date(2018, 2, 5), date(2018, 2, 7))
    assert dated.published == date(2018, 2, 5) and not dated.dated_by_text and dated.headline
    headline = [LeadActor("PERSON", ("yoshihide", "suga"), "JPN", (0,))]
    titled = report_features("7", "Suga on talks", text, vector, actors, None, None, headline)
    assert set(titled.cues) == {"c:USA", "p:pence", "c:JPN", "p:suga"}


def test_a_text_that_opens_with_its_title_is_not_given_it_again() -> None:
    title = "Evangelical Iowans flock to Cruz; Diligent effort to court voters"
    text = (
        "Evangelical Iowans flock to Cruz;\n\nDiligent effort to court voters.\n\nSenator Ted Cruz"
    )
    assert opens_with_title(title, text)
    assert lead_text(title, text) == (
        "Evangelical Iowans flock to Cruz; Diligent effort to court voters. Senator Ted Cruz"
    )
    assert not opens_with_title("Cruz leads in Iowa", "Senator Ted Cruz leads in Iowa.")
    assert not opens_with_title("", text)
    assert lead_text("Cruz leads", "Senator Ted Cruz") == "Cruz leads. Senator Ted Cruz"


def test_the_actors_of_a_title_the_text_opens_with_count_once() -> None:
    title = "Cruz leads in Iowa"
    text = "Cruz leads in Iowa.\n\nThe senator spoke."
    body = [LeadActor("PERSON", ("ted", "cruz"), "USA", (0,))]
    headline = [LeadActor("PERSON", ("cruz",), None, (0,))]
    vector = np.ones(3, dtype=np.float32)
    once = report_features("1", title, text, vector, body, date(2016, 1, 12), None, headline)
    assert once.cues == {"c:USA": 1.0, "p:cruz": 1.0}
    # a headline the text does not repeat still counts beside the body
    apart = report_features("1", title, "The senator spoke.", vector, body, None, None, headline)
    assert apart.cues["p:cruz"] > 1.0
