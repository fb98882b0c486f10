"""A photo caption or box glued between two paragraphs of a flattened quote is left out of it."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.quotes.marks import quoted_passages


def test_a_caption_between_two_paragraphs_of_a_flattened_quote_is_left_out() -> None:
    text = (
        'Mr Lund said: "The roads are closed to every lorry. "We were booked on a flight to '
        "Lima on Monday. Rescue teams from across Wales have flown out to the valley "
        '"Sadly the storm meant that every flight was grounded yesterday. "We will try '
        'again tomorrow." The charity has sent ten dogs.'
    )
    [passage] = quoted_passages(text)
    assert [text[s:e] for s, e in passage.parts] == [
        "The roads are closed to every lorry.",
        "We were booked on a flight to Lima on Monday.",
        "Sadly the storm meant that every flight was grounded yesterday.",
        "We will try again tomorrow.",
    ]


def test_a_quoted_term_nested_after_no_stop_still_closes() -> None:
    text = (
        '"We won the vote. The other side called the result "Total Fraud" and walked out. '
        '"We will govern now," she said.'
    )
    found = [text[p.start : p.end] for p in quoted_passages(text)]
    assert found[0] == "We won the vote. The other side called the result"


def test_narrative_ending_in_a_colon_is_no_caption() -> None:
    text = (
        '"We have no water at all. The nurse who runs the clinic told me one morning: '
        '"Nobody is coming to help us here." Then she left.'
    )
    found = [text[p.start : p.end] for p in quoted_passages(text)]
    assert found[0] == "We have no water at all. The nurse who runs the clinic told me one morning:"


def test_a_quote_with_a_caption_inside_keeps_its_speaker_without_the_caption(
    nlp: Language,
) -> None:
    text = (
        'Ann Price runs the rescue charity. "The roads are closed," Ms Price said. "We were '
        "booked on a flight to Lima on Monday. Rescue teams from across Wales have flown out "
        'to the valley "Sadly the storm meant that every flight was grounded. "We will try '
        'again tomorrow." The charity has ten dogs.'
    )
    doc = nlp(text)
    [run] = [q for q in doc._.quotes if q.content.text.startswith("We were booked")]
    assert len(run.parts) == 3
    assert not any("Rescue teams" in part.text for part in run.parts)
    assert run.speaker_actor is not None and doc._.actors[run.speaker_actor].name == "Ann Price"


def test_a_caption_inside_a_quote_offers_it_no_tag(nlp: Language) -> None:
    text = (
        "Gareth Lund is heading the aid effort. He estimates that ten thousand families have "
        'lost their homes. "Many will have been injured and need help. "There will be a lot of '
        "dust around so the air will be poor. These are kids who are already sick and you want "
        'to be able to continue their care Ann Price, Save the Farms "And water borne diseases '
        'will be a major problem." The charity has ten lorries.'
    )
    doc = nlp(text)
    [run] = [q for q in doc._.quotes if q.content.text.startswith("Many will")]
    assert not any("continue" in part.text for part in run.parts)
    assert run.speaker_actor is not None and doc._.actors[run.speaker_actor].name == "Gareth Lund"
