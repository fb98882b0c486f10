"""The whole page's records a segment of it starts from (`storyline.extract.page`)."""

from storyline.extract.actors.state import THE_GOVERNMENT
from storyline.extract.page import _LEADERS_GOVERNMENT, page_record, segment_page


def test_the_page_reads_leaders_before_the_segment_only() -> None:
    text = "The Halvorsen regime fell. Later, Brandt's government and the Egyptian government."
    record = page_record(text)
    assert record["leaders"] == [
        [14, "regime", "halvorsen"], [43, "government", "brandt"], [71, "government", "egyptian"],
    ]  # fmt: skip
    assert segment_page(record, 30)["leaders"] == [[14, "regime", "halvorsen"]]
    assert {"fell", "government"} <= set(record["small"]) and "later" not in record["small"]
    assert set(_LEADERS_GOVERNMENT.pattern.split("(?P<noun>")[1].split(")")[0].split("|")) == set(
        THE_GOVERNMENT
    )
