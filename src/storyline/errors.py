"""Errors and the catalogue of reasons an input is rejected.

Every rejection carries a stable code (for scripts) and a message that names what was wrong and
what the user can do about it. Messages are formatted here, in one place.
"""

from __future__ import annotations

from enum import StrEnum


class StorylineError(Exception):
    """Base class of storyline's own errors."""


class StoreError(StorylineError):
    """The database could not be opened or is not a storyline database."""


class ArticleNotFound(StorylineError):
    """No article matches the id the user gave."""


class ActorNotFound(StorylineError):
    """No one actor matches the name or id the user gave (none, or several)."""


class RejectCode(StrEnum):
    """Why an input was not stored. The values are stable and appear in the store."""

    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too_large"
    UNDECODABLE = "undecodable"
    BAD_JSON = "bad_json"
    BAD_RECORD = "bad_record"
    NO_ARTICLE = "no_article"
    UNSUPPORTED = "unsupported"
    UNREADABLE = "unreadable"
    BAD_META = "bad_meta"


MESSAGES: dict[RejectCode, str] = {
    RejectCode.EMPTY: "no text: {detail}",
    RejectCode.BINARY: "binary content, not text ({detail})",
    RejectCode.TOO_LARGE: "{detail}; raise the limit with --max-bytes",
    RejectCode.UNDECODABLE: "cannot decode the bytes as text in any known encoding ({detail})",
    RejectCode.BAD_JSON: "malformed JSON: {detail}",
    RejectCode.BAD_RECORD: "JSON line is not an article: {detail}",
    RejectCode.NO_ARTICLE: "HTML page with no article text ({detail})",
    RejectCode.UNSUPPORTED: "unsupported file type {detail}; storyline reads .txt, .html, .htm, "
    ".jsonl",
    RejectCode.UNREADABLE: "cannot read the file: {detail}",
    RejectCode.BAD_META: "bad sidecar metadata: {detail}",
}


class Rejected(StorylineError):
    """An input that cannot become an article; carries the code and a readable reason."""

    def __init__(self, code: RejectCode, detail: str) -> None:
        self.code = code
        self.detail = detail
        super().__init__(MESSAGES[code].format(detail=detail))

    @property
    def reason(self) -> str:
        return str(self)
