"""A news page's header flattened into its first paragraph by a scrape: headline, standfirst,
the page's time stamp, then the report (`clean.split_page_header`)."""

from __future__ import annotations

from storyline.ingest.article import build_article
from storyline.ingest.clean import clean_plain_text
from storyline.ingest.meta import Meta
from storyline.ingest.sources import SourceItem

FLATTENED = (
    "Mayor opens the new bridge Critics say the cost was too high "
    "Tuesday 4 January 2005 08.43 GMT The mayor opened the bridge over the river on Monday. "
    "Hundreds of people walked across it."
)


def test_the_headline_before_the_stamp_is_the_title_and_the_stamp_goes() -> None:
    cleaned = clean_plain_text(FLATTENED)
    assert cleaned.title == "Mayor opens the new bridge Critics say the cost was too high"
    assert cleaned.blocks[0].text.startswith("The mayor opened the bridge")
    assert "GMT" not in " ".join(block.text for block in cleaned.blocks)
    assert cleaned.published == "2005-01-04"


def test_a_stamp_opening_the_text_goes_and_leaves_no_title() -> None:
    cleaned = clean_plain_text(
        "Sunday 9 January 2005 00.46 BST The party began at noon. It ended late."
    )
    assert cleaned.title is None
    assert cleaned.blocks[0].text == "The party began at noon. It ended late."


def test_a_date_in_a_sentence_is_no_stamp() -> None:
    text = "He said on Tuesday 4 January 2005 that the bridge was open. It was."
    cleaned = clean_plain_text(text)
    assert cleaned.published is None
    assert cleaned.blocks[0].text == text


def test_the_stamp_dates_a_report_with_no_date_but_not_one_with_its_own() -> None:
    undated = build_article(SourceItem("a", "a.txt", None, "text", FLATTENED))
    assert undated.meta.published == "2005-01-04"
    assert undated.meta.title.startswith("Mayor opens")
    dated = SourceItem("b", "b.txt", None, "text", FLATTENED, Meta(published="2005-01-05"))
    assert build_article(dated).meta.published == "2005-01-05"
