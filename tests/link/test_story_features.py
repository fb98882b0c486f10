"""What the story clusterer reads of a report: lead, actor cues, a date from the text."""

from datetime import date

from storyline.link.stories.features import (
    LeadActor,
    date_in_text,
    lead_cues,
    lead_terms,
    lead_text,
)


def test_lead_is_title_and_start_of_text_cut_at_a_space() -> None:
    assert lead_text("Pence in Tokyo", "one two three four", chars=9) == "Pence in Tokyo. one two"
    assert lead_text("", "a\n\nb") == "a b"


def test_cues_count_names_in_the_lead_only() -> None:
    actors = [
        LeadActor("PERSON", ("mike", "pence"), "USA", (0, 50, 5000)),
        LeadActor("COUNTRY", ("JPN",), "JPN", (10,)),
        LeadActor("PERSON", ("smith",), None, (20,), ambiguous=True),
        LeadActor("ORGANISATION", ("white", "house"), "USA", (9000,)),
    ]
    cues = lead_cues(actors, lead_chars=1500)
    assert set(cues) == {"c:USA", "p:pence", "c:JPN"}
    assert cues["p:pence"] > cues["c:JPN"]  # named twice in the lead


def test_date_in_text_takes_the_latest_absolute_day_or_month() -> None:
    values = [("2013-06-07", None), ("2013-06-10", "DCT"), ("2011-02", None), ("PAST_REF", None)]
    assert date_in_text(values) == date(2013, 6, 7)
    assert date_in_text([("2011-02", None)]) == date(2011, 2, 15)
    assert date_in_text([("XXXX-06-07", None)]) is None


def test_date_in_text_reads_the_day_of_a_dated_clock_time() -> None:
    """A dateline with its hour ("Friday 11 June 2010 22.16 BST") dates the report."""
    assert date_in_text([("2010-06-11T22:16", None)]) == date(2010, 6, 11)
    assert date_in_text([("XXXX-XX-XXT22:16", None)]) is None


def test_lead_terms_are_the_lower_cased_words_but_stop_words_and_short_ones() -> None:
    terms = lead_terms("Swine flu (H1N1) reaches Port-au-Prince, which is on the map.")
    assert terms == {"swine", "flu", "h1n1", "reaches", "port-au-prince", "map"}
