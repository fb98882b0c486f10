"""Article metadata: the keys users give (sidecar `.meta.json`, JSONL fields) and their checks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from dateutil import parser as date_parser

from storyline.errors import RejectCode, Rejected

META_KEYS = ("published", "source", "url", "title", "language")
_ENGLISH_STOPWORDS = frozenset(
    (
        "the of and to a in is that for on was with he it as at by said from his be have has "
        "are were an this which but not they their its will had been who"
    ).split()
)
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata of one article; every field may be unknown."""

    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None

    def filled_from(self, other: Meta) -> Meta:
        """This metadata, with gaps filled from `other`."""
        return replace(
            self,
            **{k: getattr(other, k) for k in META_KEYS if getattr(self, k) is None},
        )


def parse_published(value: str) -> str:
    """Normalize a publication date to ISO `YYYY-MM-DD`; raise ValueError when it is not one."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    parsed = date_parser.parse(value, default=dt.datetime(1, 1, 1))
    if parsed.year == 1:
        raise ValueError(f"no year in {value!r}")
    return parsed.date().isoformat()


def meta_from_mapping(data: dict[str, Any]) -> Meta:
    """Check and normalize the metadata keys of a mapping; unknown keys are ignored."""
    fields: dict[str, str | None] = {}
    for key in META_KEYS:
        value = data.get(key)
        if value is None or value == "":
            fields[key] = None
            continue
        if not isinstance(value, str):
            kind = type(value).__name__
            raise Rejected(RejectCode.BAD_META, f"{key!r} must be a string, not {kind}")
        fields[key] = value.strip()
    if fields["title"]:
        fields["title"] = once(fields["title"])
    if fields["published"]:
        try:
            fields["published"] = parse_published(fields["published"])
        except (ValueError, OverflowError) as exc:
            raise Rejected(
                RejectCode.BAD_META, f"'published' is not a date: {fields['published']!r}"
            ) from exc
    return Meta(**fields)


def once(title: str) -> str:
    """A title said once: "Clinton extends her lead; Clinton extends her lead" (a headline
    repeated as its own deck by the scraper) is "Clinton extends her lead"."""
    parts = [part.strip() for part in title.split(";")]
    return parts[0] if len(parts) == 2 and parts[0] and parts[0] == parts[1] else title


def guess_language(text: str) -> str | None:
    """'en' when English function words are frequent, else None (unknown)."""
    tokens = _WORD.findall(text[:5000].lower())
    if len(tokens) < 20:
        return None
    share = sum(t in _ENGLISH_STOPWORDS for t in tokens) / len(tokens)
    return "en" if share > 0.2 else None
