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
