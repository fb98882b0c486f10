"""What the story clusterer reads of a report: lead, actor cues, a date from the text."""

from datetime import date

import numpy as np

from storyline.link.stories.embed import Embedder
from storyline.link.stories.features import (
    BODY_CHUNK,
    BODY_FROM,
    LeadActor,
    body_chunks,
    date_in_text,
    lead_cues,
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


def test_body_is_the_text_after_the_lead_in_three_chunks() -> None:
    text = "a" * BODY_FROM + "b" * BODY_CHUNK + "c  " * 300 + "d" * 5000
    chunks = body_chunks(text)
    assert chunks[0] == "b" * BODY_CHUNK  # the lead's first 500 characters are left out
    assert chunks[1] == "c " * 300  # spaces collapsed, as in the lead
    assert chunks[2] == "d" * BODY_CHUNK and len(chunks) == 3  # the rest is not read
    assert body_chunks("a" * (BODY_FROM + 100)) == []  # a last chunk of 100 is left out
    assert body_chunks("a" * (BODY_FROM + 101)) == ["a" * 101]


class _AxisEmbedder(Embedder):
    """Each text embedded as the unit vector on the axis its length names."""

    def embed(self, texts, on_progress=None):  # type: ignore[no-untyped-def]
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        vectors[np.arange(len(texts)), [len(t) for t in texts]] = 1.0
        return vectors


def test_a_body_vector_is_the_mean_of_its_chunks_embeddings() -> None:
    means = _AxisEmbedder().embed_means([["x", "xx"], [], ["xxx"]])
    assert means[1] is None  # no text after the lead
    assert means[0] is not None and means[2] is not None
    assert means[0][1] == means[0][2] == 0.5 and means[0].sum() == 1.0
    assert means[2][3] == 1.0
