"""Build a clean `Article` from a decoded `SourceItem`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from storyline.errors import RejectCode, Rejected
from storyline.ingest.blocks import BlockSpan, assemble
from storyline.ingest.clean import clean_plain_text, words
from storyline.ingest.decode import normalize_text
from storyline.ingest.html import read_html
from storyline.ingest.live import split_live_entries
from storyline.ingest.meta import Meta, guess_language
from storyline.ingest.page_kind import PageKind, page_kind
from storyline.ingest.sources import SourceItem


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article, ready for duplicate checks, NLP and storage."""

    key: str
    path: str
    line: int | None
    format: str
    meta: Meta
    text: str
    blocks: list[BlockSpan]
    content_hash: str
    n_words: int
    page_kind: PageKind = "news"  # what kind of page it is (`ingest.page_kind`)


def content_hash(text: str) -> str:
    """Hash of the text with case and spacing ignored: equal hashes are exact duplicates."""
    canonical = " ".join(text.casefold().split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def build_article(item: SourceItem) -> Article:
    """Clean the item's content into an article; raise Rejected when nothing is left."""
    if item.error is not None:
        raise item.error
    content = normalize_text(item.content)
    meta = item.meta
    if item.format == "html":
        page = read_html(content, url=meta.url)
        meta = meta.filled_from(
            Meta(page.published, page.source, page.url, page.title, page.language)
        )
        blocks = page.blocks
    else:
        cleaned = clean_plain_text(content, known_title=meta.title)
        meta = meta.filled_from(Meta(title=cleaned.title, published=cleaned.published))
        blocks = cleaned.blocks
    text, spans = assemble(split_live_entries(blocks))
    if not text.strip():
        detail = "only whitespace" if not content.strip() else "nothing left after cleaning"
        raise Rejected(RejectCode.EMPTY, detail)
    if meta.language is None:
        meta = meta.filled_from(Meta(language=guess_language(text)))
    return Article(
        key=item.key,
        path=item.path,
        line=item.line,
        format=item.format or "text",
        meta=meta,
        text=text,
        blocks=spans,
        content_hash=content_hash(text),
        n_words=len(words(text)),
        page_kind=page_kind(text, spans),
    )
