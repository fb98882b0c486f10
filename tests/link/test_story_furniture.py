"""A source's page furniture: an opening line that earlier reports of the source opened with,
each going on differently, does not name an untitled report's story."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

import storyline.ingest.run as ingest_run
from storyline.ingest.run import ingest
from storyline.link.stories.furniture import Furniture
from storyline.store.database import Database

TICKER = "Storm closes every school across the county. "
DUCKS = "The city council voted on Tuesday to ban the feeding of ducks in Mill Park."
BRIDGE = "Engineers said the old river bridge would reopen to traffic next month."
MAYOR = "The mayor announced she would not seek a third term in office."


def lead_starts(reports: Sequence[tuple[str | None, str]]) -> list[int]:
    """`Furniture.lead_start` of each (source, text), read in the order given."""
    furniture = Furniture()
    return [furniture.lead_start(source, text) for source, text in reports]


def test_a_line_that_opened_two_earlier_reports_going_on_differently_is_skipped() -> None:
    starts = lead_starts(
        [("Gazette", TICKER + DUCKS), ("Gazette", TICKER + BRIDGE), ("Gazette", TICKER + MAYOR)]
    )
    assert starts == [0, 0, len(TICKER)]


def test_the_same_lede_going_on_alike_is_one_report_told_again_and_kept() -> None:
    """A duplicate or a rolling update repeats its lede and what follows: not furniture."""
    text = DUCKS + " " + BRIDGE
    assert lead_starts([("Gazette", text)] * 4) == [0, 0, 0, 0]


def test_furniture_is_a_sources_own() -> None:
    furniture = Furniture()
    furniture.lead_start("Gazette", TICKER + DUCKS)
    furniture.lead_start("Gazette", TICKER + BRIDGE)
    assert furniture.lead_start("Courier", TICKER + MAYOR) == 0
    assert furniture.lead_start(None, TICKER + MAYOR) == 0
    assert furniture.lead_start("Gazette", TICKER + MAYOR) == len(TICKER)


def test_the_longest_shared_opening_is_skipped_and_a_word_is_not_furniture() -> None:
    """An edition prompt of several sentences goes as one (its buttons, ending no sentence,
    stay with the lede); "U.S." (a sentence to the splitter) is a word of the lead, not a
    line of furniture."""
    prompt = "You've selected the U.S. Edition. Make it your default edition? "
    reports = [("Wire", prompt + "YES | NO " + lede) for lede in (DUCKS, BRIDGE, MAYOR)]
    assert lead_starts(reports)[-1] == len(prompt)
    words = [("Wire", "U.S. " + lede) for lede in (DUCKS, BRIDGE, MAYOR)]
    assert lead_starts(words) == [0, 0, 0]


def test_nothing_is_skipped_that_would_leave_no_lead() -> None:
    reports = [("Gazette", TICKER + DUCKS), ("Gazette", TICKER + BRIDGE), ("Gazette", TICKER)]
    assert lead_starts(reports)[-1] == 0


MATTERS = (DUCKS, BRIDGE, MAYOR, "Police arrested two men after a burglary at the jewellery shop.")


class _ApartEmbedder:
    """Embeds each text as a vector of its own direction: every page a story of its own. Keeps
    the texts it was given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str], on_progress: object = None) -> np.ndarray:
        self.texts += texts
        rows = [np.random.default_rng(zlib.crc32(t.encode())).standard_normal(384) for t in texts]
        vectors = np.asarray(rows, dtype=np.float32).reshape(len(texts), 384)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _gazette(folder: Path, matters: Sequence[str], first_day: int) -> None:
    """Untitled pages of one source, each opening with the site's ticker line."""
    folder.mkdir(exist_ok=True)
    for n, matter in enumerate(matters, start=first_day):
        (folder / f"page{n}.txt").write_text(TICKER + matter, encoding="utf-8")
        (folder / f"page{n}.txt.meta.json").write_text(
            f'{{"published": "2016-03-{n:02d}", "source": "Gazette", "title": ""}}'
        )


@pytest.mark.model
def test_an_untitled_pages_story_is_not_named_by_its_sources_ticker_line(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Untitled pages of one source that all open with the site's ticker line: from the third
    on, the line opened two earlier pages that went on differently, so the page's story is
    named by the page's own first sentence, in the first ingest and in a later one (the
    furniture read again from the stored pages). The clusterer still reads the whole lead."""
    embedder = _ApartEmbedder()
    monkeypatch.setattr(ingest_run, "Embedder", lambda: embedder)
    db = Database(tmp_path / "s.db")
    _gazette(tmp_path / "in", MATTERS[:3], first_day=1)
    ingest([str(tmp_path / "in")], db, nlp)
    _gazette(tmp_path / "in", MATTERS[3:], first_day=4)
    ingest([str(tmp_path / "in")], db, nlp)
    rows = db.conn.execute("SELECT title FROM stories ORDER BY id").fetchall()
    db.close()
    assert [title for (title,) in rows] == [TICKER + MATTERS[0], TICKER + MATTERS[1], *MATTERS[2:]]
    assert all(TICKER + matter in embedder.texts for matter in MATTERS)
