import shutil
from pathlib import Path

from spacy.language import Language

from storyline.extract.turns import transcript_turns
from storyline.ingest.run import IngestOptions, ingest
from storyline.nlp.segments import segment_bounds
from storyline.store.database import Database
from tests.corpus import report_text, write_bad_corpus, write_good_reports

OPTIONS = IngestOptions(max_bytes=10_000)


def test_bad_inputs_are_rejected_with_reasons_and_the_batch_goes_on(
    tmp_path: Path, nlp: Language
) -> None:
    expected = write_bad_corpus(tmp_path / "in")
    with Database(tmp_path / "s.db") as db:
        report = ingest([str(tmp_path / "in")], db, nlp, OPTIONS)
        rejects = {
            (r["path"] + (f":{r['line']}" if r["line"] is not None else "")): r
            for r in db.rejects()
        }
        assert report.accepted == 3  # good.txt, good-utf16.txt, dump.jsonl:1
        assert report.rejected == len(expected)
        assert {k: r["code"] for k, r in rejects.items()} == {
            k: c.value for k, c in expected.items()
        }
        for where, row in rejects.items():
            assert row["reason"], where
        assert db.counts()["articles"] == 3


def test_ingesting_twice_changes_nothing(tmp_path: Path, nlp: Language) -> None:
    write_good_reports(tmp_path / "in", 5)
    write_bad_corpus(tmp_path / "in" / "bad")
    with Database(tmp_path / "s.db") as db:
        first = ingest([str(tmp_path / "in")], db, nlp, OPTIONS)
        before = (db.counts(), db.export_articles(), db.export_mentions(), db.rejects())
        second = ingest([str(tmp_path / "in")], db, nlp, OPTIONS)
        after = (db.counts(), db.export_articles(), db.export_mentions(), db.rejects())
    # the bad corpus's three good reports repeat reports 1, 2 and 4: duplicates
    assert (first.accepted, first.duplicates) == (5, 3)
    assert (second.accepted, second.duplicates, second.unchanged) == (0, 0, 8)
    assert second.rejected == first.rejected
    assert before == after  # rejects included, with their first timestamps


def test_exact_and_near_duplicates_point_to_the_first_copy(tmp_path: Path, nlp: Language) -> None:
    folder = tmp_path / "in"
    [original] = write_good_reports(folder, 1)
    shutil.copy(original, folder / "z-copy.txt")
    text = report_text(0)
    (folder / "z-near.txt").write_text(text.replace("next week", "next month"), encoding="utf-8")
    with Database(tmp_path / "s.db") as db:
        report = ingest([str(folder)], db, nlp, OPTIONS)
        rows = {Path(r["path"]).name: r for r in db.articles()}
        sentences_of_dup = db.spans("sentences", rows["z-copy.txt"]["id"])
    assert report.accepted == 1 and report.duplicates == 2
    first_id = rows["report-0000.txt"]["id"]
    assert rows["z-copy.txt"]["duplicate_of"] == first_id
    assert rows["z-copy.txt"]["similarity"] == 1.0
    assert rows["z-near.txt"]["duplicate_of"] == first_id
    assert 0.9 <= rows["z-near.txt"]["similarity"] < 1.0
    assert sentences_of_dup == []


def test_changed_file_is_replaced_in_place(tmp_path: Path, nlp: Language) -> None:
    [path] = write_good_reports(tmp_path / "in", 1)
    with Database(tmp_path / "s.db") as db:
        ingest([str(path)], db, nlp, OPTIONS)
        [before] = db.articles()
        path.write_text("Completely new text about Apple in Cupertino.\n\nAnd more of it.")
        report = ingest([str(path)], db, nlp, OPTIONS)
        [after] = db.articles()
        text = db.article(after["id"])["text"]
        mentions = db.spans("mentions", after["id"])
    assert report.accepted == 1
    assert after["id"] == before["id"]
    assert text.startswith("Completely new text")
    assert {m["text"] for m in mentions} >= {"Apple", "Cupertino"}


def test_mentions_and_sentences_point_into_stored_text(tmp_path: Path, nlp: Language) -> None:
    write_good_reports(tmp_path / "in", 3)
    with Database(tmp_path / "s.db") as db:
        ingest([str(tmp_path / "in")], db, nlp, OPTIONS)
        export = {a["id"]: a["text"] for a in db.export_articles()}
        mentions = db.export_mentions()
        sentences = {i: db.spans("sentences", i) for i in export}
    assert mentions
    for m in mentions:
        assert export[m["article_id"]][m["start"] : m["end"]] == m["text"]
    for article_id, rows in sentences.items():
        text = export[article_id]
        for s in rows:
            piece = text[s["start_char"] : s["end_char"]]
            assert piece == piece.strip() and "\n\n" not in piece


def test_a_fixed_input_leaves_the_rejects(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"")
    with Database(tmp_path / "s.db") as db:
        ingest([str(path)], db, nlp, OPTIONS)
        assert len(db.rejects()) == 1
        path.write_text(report_text(9))
        ingest([str(path)], db, nlp, OPTIONS)
        assert db.rejects() == []


def test_chunked_nlp_gives_the_same_annotations(tmp_path: Path, nlp: Language) -> None:
    write_good_reports(tmp_path / "in", 5)
    exports = []
    for chunk_size in (2, 500):
        with Database(tmp_path / f"s{chunk_size}.db") as db:
            report = ingest([str(tmp_path / "in")], db, nlp, IngestOptions(chunk_size=chunk_size))
            assert report.accepted == 5
            exports.append((db.export_articles(), db.export_mentions()))
    assert exports[0] == exports[1]


def test_long_article_goes_through_nlp_in_segments(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "long.txt"
    paragraphs = [
        f"Officials in Tokyo met Mike Pence on day {i}. Talks went on." for i in range(40)
    ]
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    results = []
    for max_chars in (300, 1_000_000):
        with Database(tmp_path / f"s{max_chars}.db") as db:
            ingest([str(path)], db, nlp, IngestOptions(max_segment_chars=max_chars))
            [article] = db.export_articles()
            results.append((article["text"], db.spans("sentences", 1), db.export_mentions()))
    (text, sentences, mentions), (_, whole_sentences, _) = results
    assert sentences == whole_sentences
    assert [text[s["start_char"] : s["end_char"]] for s in sentences][-1] == "Talks went on."
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
    assert sum(m["text"] == "Mike Pence" for m in mentions) >= 35


def test_html_page_is_stored_with_its_metadata(tmp_path: Path, nlp: Language) -> None:
    from tests.ingest.test_html import PAGE

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    with Database(tmp_path / "s.db") as db:
        report = ingest([str(tmp_path / "page.html")], db, nlp, OPTIONS)
        [article] = db.export_articles()
        kinds = [b["kind"] for b in db.spans("blocks", article["id"])]
    assert report.accepted == 1
    assert article["published"] == "2018-02-07"
    assert article["title"].startswith("Pence in Tokyo")
    assert article["text"].startswith("Mike Pence arrived in Tokyo")
    assert "heading" in kinds and "print PRINT" not in article["text"]


def test_a_long_transcripts_segments_keep_the_pages_turns(tmp_path: Path, nlp: Language) -> None:
    answer = "I think the subsidies will survive the winter and the spring. " * 6
    text = (
        "MARTA KOWALSKI, CNN ANCHOR: Good evening. The farm minister resigned today. "
        f"KOWALSKI: Minister, what happens now? VAN DOORN: {answer}"
        "KOWALSKI: And the farmers? VAN DOORN: I believe they will go home soon. Thank you."
    )
    # the last segment holds two labels only, too few to read it alone as a transcript
    start, end = segment_bounds(text, [], 400)[-1]
    assert text[start:].startswith("KOWALSKI: And") and transcript_turns(text[start:end]) == []
    (tmp_path / "transcript.txt").write_text(text, encoding="utf-8")
    with Database(tmp_path / "s.db") as db:
        ingest([str(tmp_path / "transcript.txt")], db, nlp, IngestOptions(max_segment_chars=400))
        quotes = db.quotes()
    [turn] = [q for q in quotes if q["text"].startswith("I believe they will go home")]
    assert turn["speaker_text"] == "VAN DOORN" and turn["cue"] == ":"


def test_the_heap_is_frozen_during_an_ingest_and_handed_back_after() -> None:
    import gc

    from storyline.ingest.run import frozen_heap

    assert gc.get_freeze_count() == 0
    with frozen_heap() as freeze:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        made_now = [[n] for n in range(1000)]
        freeze()  # once the embedding model is loaded: what lives now is frozen too
        assert gc.get_freeze_count() >= frozen + len(made_now)
    assert gc.get_freeze_count() == 0


def test_a_heap_frozen_by_someone_else_is_left_as_it_is() -> None:
    import gc

    from storyline.ingest.run import frozen_heap

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with frozen_heap() as freeze:
            freeze()
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
