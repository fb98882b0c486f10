"""A time expression as storyline keeps it: where it is, its TimeML type and value."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3 of a text: character offsets, TimeML type and normalized value.

    `anchor` says what a relative value was computed from: the publication date's value
    ("2018-02-07"), an earlier date of the text for anaphoric expressions ("the next day"),
    "DCT" when the text has no publication date (the value then keeps X's where the
    calendar is unknown), or None for absolute expressions. `mod` is TimeML's modifier
    (START, END, MID, APPROX, BEFORE, AFTER, …).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    anchor: str | None = None
    mod: str | None = None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> TimeExpression:
        return cls(**record)
