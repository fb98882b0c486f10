"""TimeML values as a reader says them in the terminal (`storyline.interfaces.dates`)."""

import pytest

from storyline.interfaces.dates import readable


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("2018-02-05", "Mon 5 Feb 2018"),
        ("2018-W06", "week of 5 Feb 2018"),  # ISO week 6 of 2018 starts on Monday 5 Feb
        ("2018-W06-WE", "weekend of 10 Feb 2018"),
        ("2018-02", "Feb 2018"),
        ("2017-Q3", "Q3 2017"),
        ("2018-H2", "second half of 2018"),
        ("2018-SU", "summer 2018"),
        ("1950", "1950"),
        ("199", "the 1990s"),
        ("2018-02-05TNI", "Mon 5 Feb 2018, night"),
        ("2018-02-05T14:30", "Mon 5 Feb 2018, 14:30"),
        ("PRESENT_REF", "now"),
        ("PAST_REF", "the past"),
    ],
)
def test_calendar_values_read_as_days_weeks_months_and_years(value: str, said: str) -> None:
    assert readable(value) == said


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("XXXX-WXX-4", "a Thursday (date unknown)"),  # "Thursday" of an undated report
        ("XXXX-12-11", "11 Dec (year unknown)"),
        ("XXXX-03", "Mar (year unknown)"),
    ],
)
def test_values_of_an_undated_report_say_what_is_unknown(value: str, said: str) -> None:
    assert readable(value) == said


@pytest.mark.parametrize(
    ("value", "kind", "said"),
    [
        ("P6D", "DURATION", "6 days"),
        ("P1Y", "DURATION", "1 year"),
        ("P2Y6M", "DURATION", "2 years 6 months"),  # M before T is months
        ("PT30M", "DURATION", "30 minutes"),  # and after T minutes
        ("P1DT3H", "DURATION", "1 day 3 hours"),
        ("PXY", "DURATION", "years"),
        ("XXXX-WXX-1", "SET", "every Monday"),
        ("P1W", "SET", "every week"),
    ],
)
def test_durations_and_sets(value: str, kind: str, said: str) -> None:
    assert readable(value, kind) == said


@pytest.mark.parametrize("value", ["2018-02-30", "2018-13", "2018-W60", "XXXX", "P", "P6Z"])
def test_a_value_naming_no_real_date_is_shown_as_it_is(value: str) -> None:
    kind = "DURATION" if value.startswith("P") else "DATE"
    assert readable(value, kind) == value
