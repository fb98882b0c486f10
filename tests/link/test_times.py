"""Linking time expressions of many reports into dates (`link.times`)."""

from __future__ import annotations

from storyline.link.times import TimeRef, link_times, time_key


def same(dates: list[int | None], a: int, b: int) -> bool:
    return dates[a] is not None and dates[a] == dates[b]


def test_a_date_or_time_is_keyed_by_its_day_and_a_duration_whole() -> None:
    assert time_key("XXXX-WXX-4TNI", "TIME") == "XXXX-WXX-4"
    assert time_key("2008-12-09T14:00", "TIME") == "2008-12-09"
    assert time_key("P90D", "DURATION") is None  # an amount, not a span
    assert time_key("XXXX-XX-XX", "DATE") is None  # "today" without a publication date
    assert time_key("P1W", "SET") is None
    assert time_key("PRESENT_REF", "DATE") is None  # "now" of two reports: two moments


def test_a_relative_day_is_one_date_within_a_story_only() -> None:
    dates = link_times(
        [
            TimeRef("XXXX-WXX-4", "DATE", "s1"),  # "Thursday"
            TimeRef("XXXX-WXX-4TNI", "TIME", "s1"),  # "Thursday night", another report
            TimeRef("XXXX-WXX-4", "DATE", "s2"),  # another story's Thursday
            TimeRef("P90D", "DURATION", "s1"),
            TimeRef("P90D", "DURATION", "s1"),
        ]
    )
    assert same(dates, 0, 1)
    assert not same(dates, 0, 2)
    assert dates[3] is None and dates[4] is None


def test_an_absolute_date_is_one_date_in_every_story() -> None:
    dates = link_times([TimeRef("2011-10-21", "DATE", "s1"), TimeRef("2011-10-21", "DATE", "s2")])
    assert same(dates, 0, 1)


def test_a_weekday_joins_the_one_absolute_day_of_its_story_that_falls_on_it() -> None:
    dates = link_times(
        [
            TimeRef("2008-12-09", "DATE", "s1"),  # a Tuesday
            TimeRef("XXXX-WXX-2", "DATE", "s1"),  # "Tuesday"
            TimeRef("XXXX-12-09", "DATE", "s1"),  # "December 9"
            TimeRef("XXXX-WXX-5", "DATE", "s1"),  # "Friday": no day of the story fits
            TimeRef("XXXX-WXX-2", "DATE", "s2"),  # another story's Tuesday
        ]
    )
    assert same(dates, 0, 1) and same(dates, 0, 2)
    assert not same(dates, 0, 3) and not same(dates, 0, 4)


def test_a_weekday_two_absolute_days_fit_stays_apart() -> None:
    dates = link_times(
        [
            TimeRef("2008-12-09", "DATE", "s1"),
            TimeRef("2008-12-16", "DATE", "s1"),  # also a Tuesday
            TimeRef("XXXX-WXX-2", "DATE", "s1"),
        ]
    )
    assert not same(dates, 2, 0) and not same(dates, 2, 1)


def test_today_of_an_undated_report_is_the_day_its_story_names_most() -> None:
    refs = [
        TimeRef("XXXX-WXX-6", "DATE", "s1", dated=False),
        TimeRef("XXXX-WXX-6TMO", "TIME", "s1", dated=False),
        TimeRef("XXXX-WXX-5", "DATE", "s1", dated=False),
        TimeRef("XXXX-XX-XX", "DATE", "s1", dated=False),  # "today"
        TimeRef("XXXX-XX-XXTNI", "TIME", "s1", dated=False),  # "last night"
        TimeRef("XXXX-XX-XX", "DATE", "s1", dated=True),  # a dated report: left alone
    ]
    dates = link_times(refs)
    assert same(dates, 3, 0) and same(dates, 4, 0)
    assert dates[5] is None


def test_today_stays_apart_when_two_days_are_named_as_often() -> None:
    dates = link_times(
        [
            TimeRef("XXXX-WXX-6", "DATE", "s1", dated=False),
            TimeRef("XXXX-WXX-5", "DATE", "s1", dated=False),
            TimeRef("XXXX-XX-XX", "DATE", "s1", dated=False),
        ]
    )
    assert dates[2] is None


def test_a_day_dated_reports_name_takes_a_weekday_only_if_the_storys_span_has_one() -> None:
    """Monday 12 February is the one Monday named, by a report dated 13 February, but the
    story also speaks of "last week" (5-11 February): an undated report's "Monday" may be
    the 5th, so it is not placed. Without that week, the story's span has one Monday."""
    refs = [
        TimeRef("2018-02-12", "DATE", "s1"),  # "on Monday" of a report dated 13 Feb
        TimeRef("2018-W06", "DATE", "s1"),  # "last week"
        TimeRef("XXXX-WXX-1", "DATE", "s1", dated=False),  # "Monday", undated
        TimeRef("XXXX-WXX-2", "DATE", "s1", dated=False),  # "Tuesday": the 6th or 13th
        TimeRef("2018-02-13", "DATE", "s1"),
    ]
    dates = link_times(refs)
    assert not same(dates, 2, 0)
    assert not same(dates, 3, 4)
    without_week = link_times([ref for ref in refs if ref.value != "2018-W06"])
    assert same(without_week, 1, 0) and same(without_week, 2, 3)


def test_a_day_an_undated_report_writes_takes_its_weekday_over_a_long_span() -> None:
    """Undated reports name their event in full ("Monday, Nov. 30, 2009"); a story of them
    spanning weeks still takes "Monday" for it, where a dated report's day would not."""
    dates = link_times(
        [
            TimeRef("2009-11-30", "DATE", "s1", dated=False),
            TimeRef("2009-12-15", "DATE", "s1", dated=False),
            TimeRef("XXXX-WXX-1", "DATE", "s1", dated=False),
            TimeRef("2009-11-30", "DATE", "s2"),  # a dated report's, in another story
            TimeRef("2009-12-15", "DATE", "s2"),
            TimeRef("XXXX-WXX-1", "DATE", "s2", dated=False),
        ]
    )
    assert same(dates, 2, 0)
    assert not same(dates, 5, 3)


def test_a_week_holding_the_named_day_itself_leaves_the_weekday_on_it() -> None:
    dates = link_times(
        [
            TimeRef("2018-02-12", "DATE", "s1"),
            TimeRef("2018-W07", "DATE", "s1"),  # "this week": 12-18 February
            TimeRef("XXXX-WXX-1", "DATE", "s1", dated=False),
            TimeRef("2018-W06", "DATE", "s2"),  # another story's week
        ]
    )
    assert same(dates, 2, 0)


def test_a_month_day_falls_once_a_year() -> None:
    dates = link_times(
        [
            TimeRef("2017-02-01", "DATE", "s1"),
            TimeRef("2018-02-12", "DATE", "s1"),
            TimeRef("XXXX-02-12", "DATE", "s1", dated=False),  # 2017's 12 February too
            TimeRef("2018-02-01", "DATE", "s2"),
            TimeRef("2018-02-12", "DATE", "s2"),
            TimeRef("XXXX-02-12", "DATE", "s2", dated=False),
        ]
    )
    assert not same(dates, 2, 1)
    assert same(dates, 5, 4)


def test_only_a_day_or_a_whole_week_widens_a_storys_span() -> None:
    """A month, a weekend or a week that does not exist ("2018-W54") is no part of the span
    a dated report's day is checked against: the story's one Monday is still the 12th."""
    for other in ["2018-01", "2018-W06-WE", "2018-W54", "2018-02-30", "2018"]:
        dates = link_times(
            [
                TimeRef("2018-02-12", "DATE", "s1"),  # "on Monday" of a report dated 13 Feb
                TimeRef(other, "DATE", "s1"),
                TimeRef("XXXX-WXX-1", "DATE", "s1", dated=False),
            ]
        )
        assert same(dates, 2, 0), other
