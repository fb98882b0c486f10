"""A source's page furniture: an opening line that earlier reports of the source opened with,
each going on differently, is not read as the report's lead (nor names its story); a date line
never is furniture."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

import storyline.ingest.run as ingest_run
from storyline.ingest.run import ingest
from storyline.link.stories.furniture import Furniture, lead_starts
from storyline.store.database import Database

TICKER = "Storm closes every school across the county. "
DUCKS = "The city council voted on Tuesday to ban the feeding of ducks in Mill Park."
BRIDGE = "Engineers said the old river bridge would reopen to traffic next month."
MAYOR = "The mayor announced she would not seek a third term in office."


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


def test_a_date_line_is_never_furniture() -> None:
    """Pages of one day, or of a data set read as one source, share their date line word for
    word ("Published: July 29, 2004", a page's "Updated" stamp): it dates the page, and stays
    in its lead; a ticker before it is still furniture."""
    for stamp in ("Published: July 29, 2004\n", "Page last updated at 12:33 GMT, 26 June 2009\n"):
        reports = [("Wire", stamp + lede) for lede in (DUCKS, BRIDGE, MAYOR)]
        assert lead_starts(reports) == [0, 0, 0]
        reports = [("Wire", TICKER + stamp + lede) for lede in (DUCKS, BRIDGE, MAYOR)]
        assert lead_starts(reports)[-1] == len(TICKER)


def test_a_line_that_says_more_than_its_date_can_be_furniture() -> None:
    """A gallery's caption ("May 1: Birds fly past …") or a programme's promo ("Watch it at 8
    p.m. ET.") names a day or a clock, but says something else: no date line."""
    caption = "May 1: Birds fly past the oil booms placed along the shore of the bay. "
    reports = [("Wire", caption + lede) for lede in (DUCKS, BRIDGE, MAYOR)]
    assert lead_starts(reports)[-1] == len(caption)


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
def test_an_untitled_pages_story_is_not_read_or_named_by_its_sources_ticker_line(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Untitled pages of one source that all open with the site's ticker line: from the third
    on, the line opened two earlier pages that went on differently, so the page is embedded
    and its story named from the page's own first sentence, in the first ingest and in a
    later one (the furniture read again from the stored pages)."""
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
    assert TICKER + MATTERS[0] in embedder.texts and TICKER + MATTERS[1] in embedder.texts
    assert not any(TICKER + matter in embedder.texts for matter in MATTERS[2:])
