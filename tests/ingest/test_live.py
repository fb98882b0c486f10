"""A live page's entry clocks cut into headings of their own at ingest, written "HH:MM"
(invented texts)."""

from __future__ import annotations

from storyline.ingest.article import build_article
from storyline.ingest.blocks import Block
from storyline.ingest.live import split_live_entries
from storyline.ingest.sources import SourceItem

LIVE = (
    "Live coverage of the storm. (All times GMT.) 2103 The mayor says the river is still "
    "rising. 2045 The BBC's Anna Reed in Leeds spoke to him. 1537 Tom Hale tweets: "
    '"Roads are closed." 1228 Eyewitness Mary Cole tells the BBC the water came fast.'
)


def test_each_clock_is_a_heading_before_its_entry() -> None:
    blocks = split_live_entries([Block("paragraph", LIVE)])
    assert [(b.kind, b.text.strip()) for b in blocks] == [
        ("paragraph", "Live coverage of the storm. (All times GMT.)"),
        ("heading", "21:03"),
        ("paragraph", "The mayor says the river is still rising."),
        ("heading", "20:45"),
        ("paragraph", "The BBC's Anna Reed in Leeds spoke to him."),
        ("heading", "15:37"),
        ("paragraph", 'Tom Hale tweets: "Roads are closed."'),
        ("heading", "12:28"),
        ("paragraph", "Eyewitness Mary Cole tells the BBC the water came fast."),
    ]


def test_entries_on_lines_of_their_own() -> None:
    lines = ["Storm live.", "2103 The mayor speaks.", "2045 Anna Reed reports.",
             "1537 Tom Hale tweets.", "1228 Mary Cole calls."]  # fmt: skip
    blocks = split_live_entries([Block("paragraph", line) for line in lines])
    assert [b.text.strip() for b in blocks if b.kind == "heading"] == [
        "21:03", "20:45", "15:37", "12:28",
    ]  # fmt: skip
    assert [b.text.strip() for b in blocks if b.kind == "paragraph"][1] == "The mayor speaks."


def test_stored_text_of_a_live_page() -> None:
    article = build_article(SourceItem("k", "live.txt", None, "text", LIVE))
    assert article.text.startswith(
        "Live coverage of the storm. (All times GMT.)\n\n21:03\n\nThe mayor"
    )
    assert "\n\n15:37\n\nTom Hale tweets" in article.text
    assert [b.kind for b in article.blocks].count("heading") == 4


def test_a_chronology_of_years_is_left_as_it_is() -> None:
    text = (
        "Timeline. 1983 Murray graduates. 2000 He opens a practice. 2006 He meets Jackson. "
        "2009 Jackson dies. 2011 Murray is convicted."
    )
    blocks = [Block("paragraph", text)]
    assert split_live_entries(blocks) == blocks
