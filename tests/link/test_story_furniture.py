"""A source's page furniture: an opening line that earlier reports of the source opened with,
each going on differently, is not the report's lead."""

from __future__ import annotations

from storyline.link.stories.furniture import Furniture, lead_starts

TICKER = "Storm closes every school across the county. "
DUCKS = "The city council voted on Tuesday to ban the feeding of ducks in Mill Park."
BRIDGE = "Engineers said the old river bridge would reopen to traffic next month."
MAYOR = "The mayor announced she would not seek a third term in office."


def test_a_line_that_opened_two_earlier_reports_going_on_differently_is_skipped() -> None:
    starts = lead_starts(
        [("Gazette", TICKER + DUCKS), ("Gazette", TICKER + BRIDGE), ("Gazette", TICKER + MAYOR)]
    )
    assert starts == [0, 0, len(TICKER)]


def test_the_same_lede_going_on_alike_is_one_report_told_again_and_kept() -> None:
    """A duplicate or a rolling update repeats its lede and what follows: not furniture."""
    text = DUCKS + " " + BRIDGE
    assert lead_starts([("Gazette", text)] * 4) == [0, 0, 0, 0]


def test_furniture_is_a_sources_own() -> None:
    furniture = Furniture()
    furniture.lead_start("Gazette", TICKER + DUCKS)
    furniture.lead_start("Gazette", TICKER + BRIDGE)
    assert furniture.lead_start("Courier", TICKER + MAYOR) == 0
    assert furniture.lead_start(None, TICKER + MAYOR) == 0
    assert furniture.lead_start("Gazette", TICKER + MAYOR) == len(TICKER)


def test_the_longest_shared_opening_is_skipped_and_a_word_is_not_furniture() -> None:
    """An edition prompt of several sentences goes as one (its buttons, ending no sentence,
    stay with the lede); "U.S." (a sentence to the splitter) is a word of the lead, not a
    line of furniture."""
    prompt = "You've selected the U.S. Edition. Make it your default edition? "
    reports = [("Wire", prompt + "YES | NO " + lede) for lede in (DUCKS, BRIDGE, MAYOR)]
    assert lead_starts(reports)[-1] == len(prompt)
    words = [("Wire", "U.S. " + lede) for lede in (DUCKS, BRIDGE, MAYOR)]
    assert lead_starts(words) == [0, 0, 0]


def test_nothing_is_skipped_that_would_leave_no_lead() -> None:
    reports = [("Gazette", TICKER + DUCKS), ("Gazette", TICKER + BRIDGE), ("Gazette", TICKER)]
    assert lead_starts(reports)[-1] == 0
