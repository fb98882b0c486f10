"""Read TimeML documents (TempEval-3 TBAQ-cleaned, TE3-Platinum): text, DCT, gold TIMEX3s.

A `.tml` file holds `<DOCID>`, `<DCT><TIMEX3 functionInDocument="CREATION_TIME" value=…>`
and `<TEXT>` with inline `<TIMEX3>`, `<EVENT>` and `<SIGNAL>` tags. The document's text is
the character content of `<TEXT>` with every tag removed; each gold TIMEX3 keeps its
character offsets in that text. The DCT's own TIMEX3 is the system's input, not a gold
expression to find.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A gold TIMEX3 of a document's text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One TimeML document: its id, creation time (DCT value), text and gold TIMEX3s."""

    doc_id: str
    dct: str | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    path: Path | None = None


class TimeMLError(ValueError):
    """A file that is not a TimeML document we can read."""


def read_timeml(path: Path) -> TimeMLDocument:
    """Read one `.tml` file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise TimeMLError(f"{path}: not well-formed XML ({error})") from error
    text_element = root.find("TEXT")
    if text_element is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value") if dct_timex is not None else None
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(text_element, parts, timexes)
    return TimeMLDocument(doc_id, dct, "".join(parts), timexes, path)


def _walk(element: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    """Append the element's text to `parts`, recording the offsets of each TIMEX3 inside."""
    start = sum(len(part) for part in parts)
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts, timexes)
        if child.tail:
            parts.append(child.tail)
    if element.tag == "TIMEX3":
        end = sum(len(part) for part in parts)
        text = "".join(parts)[start:end]
        timexes.append(
            GoldTimex(
                start=start,
                end=end,
                text=text,
                type=element.get("type", ""),
                value=element.get("value", ""),
                tid=element.get("tid", ""),
                mod=element.get("mod"),
            )
        )


def read_timeml_folder(folder: Path) -> Iterator[TimeMLDocument]:
    """Every `.tml` file under `folder`, in path order."""
    for path in sorted(folder.rglob("*.tml")):
        yield read_timeml(path)
