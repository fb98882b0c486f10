"""The stories bench files a report by the path `storyline ingest` takes (`report_features`)."""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

import storyline.ingest.run as ingest_run
import storyline.link.stories.corpus as story_corpus
from storyline.evaluation.story_data import StoryItem
from storyline.evaluation.story_system import prepare_items
from storyline.ingest.run import ingest
from storyline.link.stories.embed import DIMENSIONS
from storyline.link.stories.features import LEAD_CHARS, ArticleFeatures, report_features
from storyline.store.database import Database

pytestmark = pytest.mark.model

HEADLINE = "Merkel hosts talks on Baltic fishing quotas after Pence remark"
LEAD = (
    "Fishing ministers from Denmark, Sweden and Poland met in Berlin on June 7, 2013 to settle "
    "this year's cod quotas. Danish minister Karen Hansen said the catch limits would hold. "
    "U.S. Vice President Mike Pence welcomed the talks. "
)
TAIL = "Trawler crews waited in port for the ruling. " * 40  # past the lead
LATE = "Later, Swedish minister Lars Nilsson spoke in Stockholm about herring."


class RecordingEmbedder:
    """Embeds a text as a vector drawn from its checksum, and keeps the texts it was given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(
        self, texts: Sequence[str], on_progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        self.texts += texts
        rows = [np.random.default_rng(zlib.crc32(t.encode())).random(DIMENSIONS) for t in texts]
        vectors = np.asarray(rows, dtype=np.float32).reshape(len(texts), DIMENSIONS)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _without_key(features: ArticleFeatures) -> tuple:
    return (
        features.title,
        features.headline,
        features.published,
        features.dated_by_text,
        features.cues,
        features.terms,
        features.event_days,
        features.vector.tolist(),
    )


def test_the_bench_files_a_report_as_the_ingest_does(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = LEAD + TAIL + LATE
    assert len(LEAD + TAIL) > LEAD_CHARS > len(LEAD)  # Nilsson is named after the lead
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "quotas.txt").write_text(f"{HEADLINE}\n\n{text}", encoding="utf-8")
    stored: list[ArticleFeatures] = []

    def recorded(*args: object, **kwargs: object) -> ArticleFeatures:
        stored.append(report_features(*args, **kwargs))  # type: ignore[arg-type]
        return stored[-1]

    ingest_embedder = RecordingEmbedder()
    monkeypatch.setattr(ingest_run, "Embedder", lambda: ingest_embedder)
    monkeypatch.setattr(story_corpus, "report_features", recorded)
    db = Database(tmp_path / "s.db")
    ingest([str(tmp_path / "in")], db, nlp)
    article = db.articles()[0]
    title, body = db.conn.execute(
        "SELECT title, text FROM articles WHERE id = ?", [article["id"]]
    ).fetchone()
    headline_rows = db.title_actor_rows()
    db.close()
    assert title == HEADLINE and body.startswith("Fishing ministers")

    bench_embedder = RecordingEmbedder()
    item = StoryItem("in", "quotas", title, body, None, "quotas", None)
    bench = prepare_items([item], nlp, bench_embedder).features  # type: ignore[arg-type]

    assert bench_embedder.texts == ingest_embedder.texts[-1:]  # the same headline and lead
    assert [_without_key(f) for f in bench] == [_without_key(f) for f in stored]
    cues = bench[0].cues
    assert "c:DNK" in cues and not any("nilsson" in cue for cue in cues)
    # the headline's actors count, from the headline parsed on its own and stored apart
    # "Pence" of the headline parsed alone is an organisation; the lead names the person
    assert [(r["type"], r["key"], r["named_at"]) for r in headline_rows] == [
        ("LOCATION", "baltic", [22]),
        ("PERSON", "pence", [50]),
    ]
    assert cues["l:baltic"] == 1.0 and cues["p:pence"] == pytest.approx(1 + math.log(2))
    assert bench[0].dated_by_text and str(bench[0].published) == "2013-06-07"


def test_the_bench_reads_a_dated_reports_days_as_the_ingest_does(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative day of the lead ("on Monday night") is resolved against the publication
    date on the bench as on an ingest: both file the report by the same event days."""
    headline = "Clinton edges Sanders in Iowa"
    body = "Hillary Clinton narrowly won the Iowa caucuses on Monday night, party officials said."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "iowa.txt").write_text(f"{headline}\n\n{body}", encoding="utf-8")
    (tmp_path / "in" / "iowa.txt.meta.json").write_text('{"published": "2016-02-02"}')
    stored: list[ArticleFeatures] = []

    def recorded(*args: object, **kwargs: object) -> ArticleFeatures:
        stored.append(report_features(*args, **kwargs))  # type: ignore[arg-type]
        return stored[-1]

    monkeypatch.setattr(ingest_run, "Embedder", RecordingEmbedder)
    monkeypatch.setattr(story_corpus, "report_features", recorded)
    db = Database(tmp_path / "s.db")
    ingest([str(tmp_path / "in")], db, nlp)
    title, text = db.conn.execute("SELECT title, text FROM articles").fetchone()
    db.close()

    item = StoryItem("in", "iowa", title, text, "2016-02-02", "iowa", None)
    bench = prepare_items([item], nlp, RecordingEmbedder()).features  # type: ignore[arg-type]
    assert bench[0].event_days == {date(2016, 2, 1)}
    assert [_without_key(f) for f in bench] == [_without_key(f) for f in stored]


TICKER = "Senator Ruth Calder quits the Harbour Party over the budget."
MATTERS = (
    "The city council voted on Tuesday to ban the feeding of ducks in Mill Park.",
    "Engineers said the old river bridge would reopen to traffic next month.",
    "The mayor announced she would not seek a third term in office.",
    "Police arrested two men after a burglary at the Riverside jewellery shop.",
)


def _gazette(folder: Path, matters: Sequence[str], first_day: int) -> None:
    """Untitled pages of one source, each opening with the site's ticker line."""
    folder.mkdir(exist_ok=True)
    for n, matter in enumerate(matters, start=first_day):
        (folder / f"page{n}.txt").write_text(f"{TICKER} {matter}", encoding="utf-8")
        (folder / f"page{n}.txt.meta.json").write_text(
            f'{{"published": "2016-03-{n:02d}", "source": "Gazette", "title": ""}}'
        )


def test_a_sources_ticker_line_is_not_read_as_a_pages_lead(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages of one source that all open with the site's ticker line ("Senator Ruth Calder
    quits …"): from the third on, the line opened two earlier pages that went on differently,
    so the clusterer reads the page (embedding, words, actors, days, name) from after it: in
    the first ingest, in a later one (read again from the stored pages), and on the bench."""
    stored: list[ArticleFeatures] = []

    def recorded(*args: object, **kwargs: object) -> ArticleFeatures:
        stored.append(report_features(*args, **kwargs))  # type: ignore[arg-type]
        return stored[-1]

    embedder = RecordingEmbedder()
    monkeypatch.setattr(ingest_run, "Embedder", lambda: embedder)
    monkeypatch.setattr(story_corpus, "report_features", recorded)
    db = Database(tmp_path / "s.db")
    _gazette(tmp_path / "in", MATTERS[:3], first_day=1)
    ingest([str(tmp_path / "in")], db, nlp)
    _gazette(tmp_path / "in", MATTERS[3:], first_day=4)
    stored.clear()
    ingest([str(tmp_path / "in")], db, nlp)  # three pages restored, one filed
    rows = db.conn.execute("SELECT title, text, published FROM articles ORDER BY id").fetchall()
    db.close()
    leads = [f"{TICKER} {matter}" for matter in MATTERS[:2]] + list(MATTERS[2:])
    assert all(lead in embedder.texts for lead in leads)  # the ticker read for the first two
    assert not any(f"{TICKER} {matter}" in embedder.texts for matter in MATTERS[2:])
    stored.sort(key=lambda f: int(f.key))
    assert [f.title.startswith(TICKER) for f in stored] == [True, True, False, False]
    assert [any("calder" in cue for cue in f.cues) for f in stored] == [True, True, False, False]

    items = [
        StoryItem("Gazette", str(n), title or "", text, str(published), "g", None)
        for n, (title, text, published) in enumerate(rows)
    ]
    bench = RecordingEmbedder()
    features = prepare_items(items, nlp, bench).features  # type: ignore[arg-type]
    assert bench.texts == leads
    assert [_without_key(f) for f in features] == [_without_key(f) for f in stored]


def test_a_date_line_that_opens_a_sources_pages_stays_in_their_leads(nlp: Language) -> None:
    """Undated pages of one data set that share a date line ("Published: July 29, 2004"):
    the line is not furniture, so each page is dated by it on the bench."""
    stamp = "Published: July 29, 2004\n"
    items = [
        StoryItem("Wire", str(n), "", stamp + matter, None, "w", None)
        for n, matter in enumerate(MATTERS)
    ]
    bench = RecordingEmbedder()
    features = prepare_items(items, nlp, bench).features  # type: ignore[arg-type]
    assert all(text.startswith("Published: July 29, 2004") for text in bench.texts)
    assert [f.published for f in features] == [date(2004, 7, 29)] * 4


class SameEmbedder:
    """Embeds every text as one vector: every report reads like every other."""

    def embed(
        self, texts: Sequence[str], on_progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        vectors = np.ones((len(texts), DIMENSIONS), dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


SINGER = "Singer Mara Lind died on Monday at her home in Leeds, her family said. She was 52."
WEEK = (
    "This week on Radio 2 the singer Mara Lind is remembered in song.\n\n"
    "Songs from her first album. Presenter/Kate Thornton, Producer/Mark Hill\n\n"
    "Her band plays live. Presenter/Jo Whiley, Producer/Sam Bell\n\n"
    "A night of her hits. Presenter/Ken Bruce, Producer/Ann Dale"
)


def _page(folder: Path, name: str, text: str, day: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.txt.meta.json").write_text(f'{{"published": "{day}", "title": ""}}')


def test_a_programme_listing_is_filed_apart_from_the_news_it_reads_like(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A radio schedule that reads like a singer's death (one vector for every text) is a
    story and a topic of its own, over two ingests (the stored listing keeps its kind), and
    the bench reads it as a listing too."""
    monkeypatch.setattr(ingest_run, "Embedder", SameEmbedder)
    db = Database(tmp_path / "s.db")
    _page(tmp_path / "in", "death", SINGER, "2016-03-01")
    _page(tmp_path / "in", "week1", WEEK, "2016-03-01")
    ingest([str(tmp_path / "in")], db, nlp)
    _page(tmp_path / "in", "week2", WEEK.replace("This week", "Next week"), "2016-03-08")
    ingest([str(tmp_path / "in")], db, nlp)
    rows = db.conn.execute(
        "SELECT a.page_kind, s.story_id, s.topic_id FROM articles a "
        "JOIN article_stories s ON s.article_id = a.id ORDER BY a.id"
    ).fetchall()
    db.close()
    assert [kind for kind, _, _ in rows] == ["news", "listing", "listing"]
    (_, news_story, news_topic), (_, week_story, week_topic), week2 = rows
    assert week_story != news_story and week_topic != news_topic
    assert week2[1:] == (week_story, week_topic)
    item = StoryItem("in", "week1", "", WEEK, "2016-03-01", "radio", None)
    assert prepare_items([item], nlp, SameEmbedder()).features[0].listing  # type: ignore[arg-type]
