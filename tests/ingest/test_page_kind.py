"""What kind of page a report is, read from its structure: readers' comments, letters,
programme listings, and news reports that quote a letter or give a schedule (invented pages)."""

from storyline.ingest.blocks import Block, assemble
from storyline.ingest.page_kind import page_kind, signed_contributions


def kind_of(*paragraphs: str) -> str:
    text, spans = assemble([Block("paragraph", p) for p in paragraphs])
    return page_kind(text, spans)


COMMENTS = (
    "What do you think of the new bridge? Send us your views.",
    "It has cut my drive to work by half. I only wish it had come sooner.",
    "Maria Lopez, Madrid",
    "They built it without asking the people who live under it. He says it is safe.",
    "Tom Reed, Leeds, UK",
    "Beautiful at night. We walked across it twice on Sunday.",
    "Anil Shah, Pune",
)


def test_paragraphs_each_signed_name_place_are_a_readers_comments_page() -> None:
    assert kind_of(*COMMENTS) == "comments"


def test_each_signed_comment_is_the_paragraph_before_its_signature() -> None:
    text, spans = assemble([Block("paragraph", p) for p in COMMENTS])
    found = signed_contributions(text, spans)
    assert [(text[c.name_start : c.name_end], text[c.start : c.end][:15]) for c in found] == [
        ("Maria Lopez", "It has cut my d"),  # not the page's question above it
        ("Tom Reed", "They built it w"),
        ("Anil Shah", "Beautiful at ni"),
    ]


def test_comments_headed_by_who_wrote_them_in_a_flattened_page() -> None:
    page = (
        "The minister's plan is bold. At 1:33 pm on 18 Jan 2010, Sara-K wrote: I agree with "
        "every word. At 2:41 pm on 18 Jan 2010, OldSailor wrote: Nonsense, he says the same "
        "every year. At 3:02 pm on 18 Jan 2010, Ben Ode wrote: Who pays for it?"
    )
    text, spans = assemble([Block("paragraph", page)])
    assert page_kind(text, spans) == "comments"
    found = signed_contributions(text, spans)
    assert [text[c.name_start : c.name_end] for c in found] == ["Sara-K", "OldSailor", "Ben Ode"]
    assert text[found[1].start : found[1].end] == "Nonsense, he says the same every year."


def test_letters_opening_sir_are_a_letters_page() -> None:
    assert (
        kind_of(
            "Sir, Your report on the harbour missed the point.",
            "Sir, The council should publish its accounts.",
            "Sir, I was at the meeting and nobody asked us.",
        )
        == "letters"
    )


def test_programme_credits_make_a_listing_even_flattened() -> None:
    assert (
        kind_of(
            "Kate Thornton presents a concert from the ballroom. Presenter/Kate Thornton, "
            "Producer/Mark Hill Danny Wallace heads to the pier. Presenters/Danny Wallace and Jo "
            "Good, Producer/Ann Lee The week's best comedy."
        )
        == "listing"
    )


def test_a_run_of_programme_times_and_titles_is_a_listing() -> None:
    assert (
        kind_of(
            "06:00 Today",
            "News and current affairs.",
            "09:00 Start the Week",
            "Ideas with Andrew Marr.",
            "09:45 Book of the Week",
            "10:00 Woman's Hour",
        )
        == "listing"
    )


def test_a_report_quoting_two_signed_letters_stays_news() -> None:
    assert (
        kind_of(
            "The council received hundreds of letters about the bridge, and published two.",
            "It has cut my drive to work by half.",
            "Maria Lopez, Madrid",
            "They built it without asking us.",
            "Tom Reed, Leeds",
            "The mayor said on Monday that a second bridge would be built by 2030, and that the "
            "council would consult residents first. Work on the approach roads begins in May.",
            "Opponents said the cost, put at 40m euros, was too high for a city of its size.",
            "The council will vote on the plan next week.",
        )
        == "news"
    )


def test_a_report_with_a_schedule_of_two_times_stays_news() -> None:
    assert (
        kind_of(
            "The summit opens in Geneva on Monday. The programme for the first day:",
            "09:00 Arrival of delegations",
            "14:30 Joint press conference",
            "Officials said the agenda could still change.",
        )
        == "news"
    )


def test_a_live_pages_clocks_are_no_listing() -> None:
    entries = [
        "14:26",
        "The president says aid is on its way to the capital.",
        "14:10",
        "Rescue teams from Spain and France arrived this morning.",
        "13:55",
        "The airport is open again, officials say.",
        "13:40",
        "Aftershocks were felt through the night.",
    ]
    text, spans = assemble([Block("heading" if ":" in e[:3] else "paragraph", e) for e in entries])
    assert page_kind(text, spans) == "news"


def test_a_report_quoting_two_readers_wrote_stays_news() -> None:
    assert (
        kind_of(
            "Readers reacted quickly. At 1:33 pm on 18 Jan 2010, Sara-K wrote: I agree. "
            "At 2:41 pm on 18 Jan 2010, OldSailor wrote: Nonsense. The minister said on Monday "
            "that the plan would go ahead."
        )
        == "news"
    )


def test_a_board_of_posts_under_each_readers_name_is_a_comments_page() -> None:
    posts = " ".join(
        f'{full} from {town} is looking for relatives from {place}: {first}: "I am trying '
        f'to trace my great grandmother, born in {place} in 1850. Any help welcome."'
        for full, first, town, place in (
            ("Paul Lord", "Paul", "Cheadle", "Meifod"),
            ("Karen Hart", "Karen", "Leeds", "Tregynon"),
            ("Peter Wills", "Peter", "Wrexham", "Llanelwedd"),
        )
    )
    assert kind_of(posts) == "comments"


def test_a_report_quoting_three_people_under_their_names_in_a_small_part_stays_news() -> None:
    body = "The river rose through the night and the town's bridge was closed at dawn. " * 12
    assert (
        kind_of(body + 'Ann: "It came so fast." Bob: "We lost the car." Cai: "The school is shut."')
        == "news"
    )


def test_an_ingested_article_carries_its_page_kind() -> None:
    from storyline.ingest.article import build_article
    from storyline.ingest.sources import SourceItem

    listing = "\n\n".join(
        [
            "Radio 4 on Monday",
            "06:00 Today",
            "News.",
            "09:00 Start the Week",
            "Ideas.",
            "09:45 Book of the Week",
            "10:00 Woman's Hour",
        ]  # fmt: skip
    )
    item = SourceItem("k", "k.txt", None, "text", listing)
    assert build_article(item).page_kind == "listing"
    news = SourceItem("n", "n.txt", None, "text", "The mayor opened the bridge on Monday.")
    assert build_article(news).page_kind == "news"
