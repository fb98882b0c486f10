"""A long report read in segments: a segment starts from what its whole page says
(`storyline.extract.page`, ``Doc._.page``), so a later segment keeps a speaker introduced
in an earlier one, the leader a bare "the regime" repeats, and the words the page writes
small. Invented reports, cut into segments of at most 400 characters."""

from pathlib import Path

import pytest
from spacy.language import Language

from storyline.ingest.run import IngestOptions, ingest
from storyline.nlp.segments import segment_bounds
from storyline.store.database import Database

FILLER = "The square filled again after dark, and the chants went on for hours. " * 4
TRANSCRIPT = (
    "NADIA FERRANTE, CNN ANCHOR: Good evening. The army stayed in its barracks today. "
    "TOMAS BRENNER, CNN CORRESPONDENT: Nadia, the crowds grew all day long. " + FILLER
    + "FERRANTE: Tomas, what did you see there? BRENNER: " + FILLER
    + "FERRANTE: And the soldiers? BRENNER: I saw them step back, and I think they are tired. "
    "FERRANTE: Thank you, Tomas. BRENNER: My pleasure."
)  # fmt: skip
REGIME = (
    "Egyptian President Karim Halvorsen spoke on state television on Friday. "
    "Protesters said the Halvorsen regime had lost the street. " + FILLER + "\n\n" + FILLER
    + "\n\nWashington urged calm. The U.S. government said it was watching. The U.S. "
    "government sent an envoy. Halvorsen met the envoy on Sunday. Observers said the "
    "regime was running out of time.\n"
)  # fmt: skip
SMALL = (
    "The talks in Vardona broke down on Monday, and luckily no one was hurt. " + FILLER
    + "\n\n" + FILLER + "\n\nLuckily Karim Osterberg spoke to the nation. He said he would stay.\n"
)  # fmt: skip
SEGMENT = 400


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for name, text in (("transcript", TRANSCRIPT), ("regime", REGIME), ("small", SMALL)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    with Database(folder / "s.db") as db:
        ingest([str(folder)], db, nlp, IngestOptions(max_segment_chars=SEGMENT))
    return folder / "s.db"


def test_the_texts_are_read_in_segments() -> None:
    for text, word in ((TRANSCRIPT, "BRENNER: I saw"), (REGIME, "regime was"), (SMALL, "Luckily")):
        bounds = segment_bounds(text, [], SEGMENT)
        at = text.index(word)
        assert len(bounds) > 1 and not any(s <= 0 < e and s <= at < e for s, e in bounds)


def test_a_speaker_introduced_in_an_earlier_segment_speaks_in_a_later_one(store: Path) -> None:
    """On main the later segments' "BRENNER" turns had no speaker actor: the segment names
    no Tomas Brenner, and "I saw them" was no one's."""
    with Database(store) as db:
        quotes = [q for q in db.quotes() if q["text"].startswith("I saw them step back")]
    assert [q["speaker_text"] for q in quotes] == ["BRENNER"]
    assert quotes[0]["speaker_name"] == "TOMAS BRENNER"


def test_the_regime_of_a_later_segment_repeats_the_leaders_regime(store: Path) -> None:
    """On main "the regime" of the last segment was the United States government, the one
    that segment names most."""
    with Database(store) as db:
        entities = {e["id"] if "id" in e else e["entity_id"]: e for e in db.entities()}
        codes = {
            m["text"]: entities[m["entity_id"]]["code"]
            for m in db.entity_mentions()
            if m["text"] in {"regime", "the regime"}
        }
    assert codes == {"regime": "EGYGOV", "the regime": "EGYGOV"}


def test_a_word_the_page_writes_small_opens_no_name_in_a_later_segment(store: Path) -> None:
    """On main the person was "Luckily Karim Osterberg": the last segment writes no
    "luckily" in small letters."""
    with Database(store) as db:
        names = {row["name"] for row in db.actor_rows() if row["type"] == "PERSON"}
    assert "Karim Osterberg" in names and not any(n.startswith("Luckily") for n in names)


def test_a_first_name_in_a_later_segment_is_the_speaker_it_shortens(store: Path) -> None:
    """The anchor's "Thank you, Tomas." is Tomas Brenner, whose full name is written only
    in the first segment: on main, and before the label's person took the segment's short
    name, "Tomas" was a person of its own there (linking joined the two later)."""
    last = TRANSCRIPT.rindex("Tomas")
    with Database(store) as db:
        keys = db._dicts(  # the actor of the report's own reading, before linking
            "SELECT a.key FROM actor_mentions m JOIN actors a ON a.article_id = m.article_id "
            "AND a.idx = m.actor_idx WHERE m.start_char = ? AND m.text = 'Tomas'",
            [last],
        )
    assert keys == [{"key": "tomas brenner"}]
