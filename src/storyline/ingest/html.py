"""Read an HTML page: the article body via trafilatura; date, title and site from its metadata."""

from __future__ import annotations

from dataclasses import dataclass

from lxml.etree import _Element
from trafilatura import bare_extraction

from storyline.errors import RejectCode, Rejected
from storyline.ingest.blocks import Block, squeeze
from storyline.ingest.clean import drop_furniture, is_furniture


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What trafilatura found on a page, as blocks plus metadata."""

    title: str | None
    published: str | None
    source: str | None
    url: str | None
    language: str | None
    blocks: list[Block]


def _element_text(element: _Element) -> str:
    return squeeze(" ".join(element.itertext()))


def body_blocks(body: _Element) -> list[Block]:
    """Walk trafilatura's XML body: <head> → heading, <list>/<item> → items, the rest paragraphs."""
    blocks: list[Block] = []
    for child in body:
        tag = child.tag
        if tag == "head":
            blocks.append(Block("heading", _element_text(child)))
        elif tag == "list":
            blocks.extend(Block("item", _element_text(item)) for item in child.iter("item"))
        elif tag == "table":
            blocks.extend(Block("paragraph", _element_text(row)) for row in child.iter("row"))
        elif tag != "graphic":
            blocks.append(Block("paragraph", _element_text(child)))
    return [b for b in blocks if b.text]


def read_html(html: str, url: str | None = None) -> HtmlArticle:
    """Extract the article of an HTML page; raise Rejected when there is none."""
    try:
        doc = bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_formatting=True,
            include_tables=True,
            with_metadata=True,
        )
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise Rejected(RejectCode.NO_ARTICLE, f"trafilatura failed: {exc}") from exc
    if doc is None or doc.body is None:
        raise Rejected(RejectCode.NO_ARTICLE, "trafilatura found no main text")
    blocks = drop_furniture(body_blocks(doc.body))
    title = squeeze(doc.title) if doc.title else None
    if title and blocks and blocks[0].kind == "heading" and squeeze(blocks[0].text) == title:
        blocks = blocks[1:]  # the page's h1 repeats the title: keep it once, as the title
    if not any(b.kind != "heading" and not is_furniture(b.text) for b in blocks):
        raise Rejected(RejectCode.NO_ARTICLE, "no paragraph of text in the main content")
    return HtmlArticle(
        title=title,
        published=doc.date,
        source=doc.sitename or doc.hostname,
        url=doc.url or url,
        language=doc.language,
        blocks=blocks,
    )
