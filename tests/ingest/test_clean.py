import pytest

from storyline.ingest.blocks import Block, assemble
from storyline.ingest.clean import (
    clean_plain_text,
    drop_furniture,
    is_furniture,
    is_toolbar,
    split_blocks,
)


@pytest.mark.parametrize(
    "line", ["print PRINT", "Share | Tweet | Email", "Print  E-mail", "SHARE THIS ARTICLE"]
)
def test_toolbars(line: str) -> None:
    assert is_toolbar(line)


@pytest.mark.parametrize("line", ["Like", "Print the news", "Email from Pence", "A copy"])
def test_not_toolbars(line: str) -> None:
    assert not is_toolbar(line)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Story continues below advertisement",
        "Read more: Japan's defence plans",
        "© 2018 Kyodo News. All rights reserved.",
        "Home | World | Politics | Business",
        "Related Articles",
    ],
)
def test_furniture(line: str) -> None:
    assert is_furniture(line)


def test_long_line_with_furniture_words_is_kept() -> None:
    line = (
        "Read more about how the talks went: officials said the meeting on Monday covered "
        "missiles, sanctions and the Olympics, and will resume next week."
    )
    assert not is_furniture(line)


def test_menu_of_short_bullets_is_dropped_but_real_list_kept() -> None:
    blocks = split_blocks(
        "Main text of the article is here and it ends.\n\n"
        "Key points:\n"
        "• Japan will buy two Aegis Ashore stations.\n"
        "• The range of the Patriot system will increase.\n\n"
        "  • Ambassador\n  • Ukraine\n  • COVID-19\n  • Trending Japan"
    )
    kept = drop_furniture(blocks)
    texts = [b.text for b in kept]
    assert "Ambassador" not in texts and "Trending Japan" not in texts
    assert "Japan will buy two Aegis Ashore stations." in texts
    assert [b.kind for b in kept].count("item") == 2


def test_title_line_detected_and_removed_from_body() -> None:
    cleaned = clean_plain_text(
        "print PRINT\n\n\nJapan confident stance unchanged\n\nTOKYO — Officials said so.\n\n"
        "More text follows here."
    )
    assert cleaned.title == "Japan confident stance unchanged"
    assert cleaned.blocks[0].text.startswith("TOKYO")


def test_first_paragraph_is_not_a_title() -> None:
    cleaned = clean_plain_text("Mike Pence declared that Washington will stand by Japan.\n\nMore.")
    assert cleaned.title is None
    assert cleaned.blocks[0].text.startswith("Mike Pence")


def test_known_title_repeated_in_text_is_removed() -> None:
    cleaned = clean_plain_text(
        "Apple unveils iPod nano\n\nApple said today...", "Apple unveils iPod nano"
    )
    assert cleaned.title == "Apple unveils iPod nano"
    assert [b.text for b in cleaned.blocks] == ["Apple said today..."]


def test_a_known_title_and_deck_the_text_opens_with_are_removed() -> None:
    cleaned = clean_plain_text(
        "Harbour plan splits council;\n\nVote delayed to March.\n\nThe council met on Monday.",
        "Harbour plan splits council; Vote delayed to March",
    )
    assert cleaned.title == "Harbour plan splits council; Vote delayed to March"
    assert [b.text for b in cleaned.blocks] == ["The council met on Monday."]


def test_a_first_paragraph_that_only_begins_like_the_known_title_stays() -> None:
    cleaned = clean_plain_text(
        "Harbour plan splits council members, who meet again in March.\n\nMore follows.",
        "Harbour plan splits council",
    )
    assert cleaned.blocks[0].text.startswith("Harbour plan splits council members")


def test_headings_and_bylines() -> None:
    cleaned = clean_plain_text(
        "Body paragraph one ends here.\n\nInsights from the South Korea Visit\n\n"
        "It is now evident that the visit will coincide.\n\nBy Maggie Fox, Health Editor\n\n"
        "Final paragraph."
    )
    kinds = [(b.kind, b.text) for b in cleaned.blocks]
    assert ("heading", "Insights from the South Korea Visit") in kinds
    assert ("byline", "By Maggie Fox, Health Editor") in kinds
    assert kinds[-1] == ("paragraph", "Final paragraph.")


@pytest.mark.parametrize(
    "line", ["By then, it was over.", "by the end of the week, talks had failed"]
)
def test_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    cleaned = clean_plain_text(f"A paragraph.\n\n{line}\n\nAnother paragraph.")
    assert [b.kind for b in cleaned.blocks] == ["paragraph"] * 3


def test_last_short_line_is_not_a_heading() -> None:
    cleaned = clean_plain_text("A paragraph.\n\nReporting by Jane Doe")
    assert cleaned.blocks[-1].kind == "paragraph"


def test_hard_wrapped_paragraph_is_unwrapped() -> None:
    text = (
        "The Japanese government has repeatedly said no dialogue should be\n"
        "held with Pyongyang until it agrees to make changes to its policies\n"
        "on nuclear weapon and missile development.\n\nNext paragraph."
    )
    blocks = split_blocks(text)
    assert len(blocks) == 2
    assert "should be held with Pyongyang" in blocks[0].text


def test_one_paragraph_per_line_when_lines_end_sentences() -> None:
    text = (
        "Apple announced a new phone on Friday in a rare press conference held at its campus.\n"
        "Jobs spoke.\nThe shares rose by four per cent in after-hours trading on the Nasdaq."
    )
    assert len(split_blocks(text)) == 3


def test_assemble_offsets_point_into_text() -> None:
    text, spans = assemble(
        [Block("heading", "  A  heading "), Block("paragraph", "Body\ttext."), Block("item", "")]
    )
    assert text == "A heading\n\nBody text."
    assert [text[s.start : s.end] for s in spans] == ["A heading", "Body text."]
    assert [s.kind for s in spans] == ["heading", "paragraph"]
