"""`storyline show`'s marks: actor mentions by entity id, other entity mentions by label."""

from rich.console import Console

from storyline.interfaces.render import article_view

TEXT = "Voters head to the Feb. 9 New Hampshire primary, Mr. Smith said on Monday."


def shown(mentions: list[dict], actor_mentions: list[dict]) -> str:
    article = {
        "id": 1, "published": "2016-02-05", "source": None, "path": "a.txt", "line": None,
        "duplicate_of": None, "title": None, "text": TEXT,
    }  # fmt: skip
    blocks = [{"kind": "paragraph", "start_char": 0, "end_char": len(TEXT)}]
    console = Console(record=True, width=300)
    console.print(article_view(article, blocks, mentions, actor_mentions))
    return console.export_text()


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def mention(words: str, label: str) -> dict:
    start, end = span(words)
    return {"start_char": start, "end_char": end, "label": label}


def actor(words: str, entity_id: int) -> dict:
    start, end = span(words)
    return {"start": start, "end": end, "entity_id": entity_id}


def test_a_date_inside_an_actor_mention_keeps_its_mark() -> None:
    text = shown(
        [mention("Feb. 9", "DATE"), mention("Monday", "DATE")],
        [actor("Feb. 9 New Hampshire primary", 12), actor("Mr. Smith", 3)],
    )
    assert "the Feb. 9[DATE] New Hampshire primary[#12]," in text
    assert "Mr. Smith[#3] said on Monday[DATE]." in text


def test_a_mention_with_an_actor_mentions_words_or_across_its_edge_is_not_marked_twice() -> None:
    text = shown(
        [mention("Mr. Smith", "PERSON"), mention("primary, Mr.", "ORG")],
        [actor("Mr. Smith", 3), actor("Feb. 9 New Hampshire primary", 12)],
    )
    assert "Mr. Smith[#3] said" in text
    assert "[PERSON]" not in text
    assert "[ORG]" not in text


def test_show_says_a_page_is_a_readers_comments_page() -> None:
    article = {
        "id": 1, "published": "2016-02-05", "source": None, "path": "a.txt", "line": None,
        "duplicate_of": None, "title": None, "text": TEXT, "page_kind": "comments",
    }  # fmt: skip
    blocks = [{"kind": "paragraph", "start_char": 0, "end_char": len(TEXT)}]
    console = Console(record=True, width=300)
    console.print(article_view(article, blocks, []))
    assert "2016-02-05 · a.txt · readers' comments" in console.export_text()
