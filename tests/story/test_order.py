"""The order of a story's reports, and when one is known to come after another."""

from datetime import date

from storyline.story.order import ReportOrder, listed_ids


def report(id_: int, published: str | None, report_date: date | None = None) -> dict:
    day = report_date or (date.fromisoformat(published) if published else None)
    return {"id": id_, "published": published, "report_date": day}


def test_reports_by_day_and_one_with_none_after_those_ingested_before_it() -> None:
    order = ReportOrder(
        [
            report(1, "2018-02-13"),
            report(2, "2018-02-07"),
            report(3, None),  # nothing known: after 1 and 2, ingested before it
            report(4, None, date(2018, 2, 8)),  # undated, its text names 8 February
            report(5, "2018-02-13"),
        ]
    )
    assert [a["id"] for a in order.story_order()] == [2, 4, 1, 3, 5]
    first = ReportOrder([report(1, None), report(2, "2018-02-13")])
    assert [a["id"] for a in first.story_order()] == [1, 2]


def test_only_publication_dates_on_different_days_make_an_order_known() -> None:
    order = ReportOrder(
        [
            report(1, "2018-02-07"),
            report(2, "2018-02-13"),
            report(3, None),
            report(4, None, date(2018, 2, 20)),
            report(5, "2018-02-13"),
        ]
    )
    assert order.known_after(2, 1) and not order.known_after(1, 2)
    assert not order.known_after(3, 1) and not order.known_after(1, 3)
    assert not order.known_after(4, 2)  # its text's day may be one still to come
    assert not order.known_after(5, 2)  # one day: which came first is not known


def test_a_development_naming_no_earlier_report_needs_all_before_it_known() -> None:
    order = ReportOrder([report(1, "2018-02-07"), report(2, None), report(3, "2018-02-13")])
    assert order.known_for(3, 1) and not order.known_for(3, 2)
    assert not order.known_for(3, None)  # report 2 comes before it, in an unknown order
    assert ReportOrder([report(1, "2018-02-07"), report(2, "2018-02-13")]).known_for(2, None)


def test_listed_ids_keep_story_order_with_each_duplicate_after_its_original() -> None:
    members = [
        {**report(1, None), "duplicate_of": None},
        {**report(2, "2018-02-07"), "duplicate_of": None},
        {**report(3, None), "duplicate_of": 1},  # a copy of report 1, filed with no date
        {**report(4, "2018-02-05"), "duplicate_of": None},
        {**report(5, None), "duplicate_of": 9},  # its original is in no list here
    ]
    assert listed_ids(members) == [1, 3, 4, 2, 5]
