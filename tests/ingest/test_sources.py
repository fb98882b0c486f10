import io
import json
from pathlib import Path

from storyline.errors import RejectCode
from storyline.ingest.sources import (
    count_units,
    discover,
    read_jsonl_stream,
    read_sources,
)


def test_discover_recurses_and_skips(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "a" / "one.txt.meta.json").write_text("{}")
    (tmp_path / "two.html").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    files, skipped = discover([str(tmp_path)])
    assert [Path(f).name for f in files] == ["one.txt", "two.html"]
    assert [Path(f).name for f in skipped] == ["notes.pdf"]


def test_named_unsupported_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    [item] = read_sources([str(path)], max_bytes=1000)
    assert item.error is not None and item.error.code is RejectCode.UNSUPPORTED


def test_sidecar_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Body.")
    (tmp_path / "story.txt.meta.json").write_text(
        json.dumps({"published": "7 February 2018", "source": "Kyodo", "language": "en"})
    )
    [item] = read_sources([str(path)], max_bytes=1000)
    assert item.error is None
    assert item.meta.published == "2018-02-07"
    assert item.meta.source == "Kyodo"


def test_bad_sidecar_is_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Body.")
    (tmp_path / "story.txt.meta.json").write_text('{"published": "not a date at all"}')
    [item] = read_sources([str(path)], max_bytes=1000)
    assert item.error is not None and item.error.code is RejectCode.BAD_META
    assert "published" in item.error.reason


def test_size_limit_and_empty_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 500)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    items = list(read_sources([str(big), str(empty)], max_bytes=1000))
    assert [i.error.code for i in items if i.error] == [RejectCode.TOO_LARGE, RejectCode.EMPTY]
    assert "limit" in items[0].error.reason


def test_jsonl_lines_each_stand_alone() -> None:
    stream = io.BytesIO(
        b'{"text": "First.", "published": "2018-02-07", "url": "https://e.com/1"}\n'
        b"\n"
        b'{"text": "Second", "published": 2018}\n'
        b"{not json}\n"
        b'["a list"]\n'
        b'{"title": "no body"}\n'
        b'{"html": "<p>x</p>"}\n'
    )
    items = list(read_jsonl_stream(stream, "dump.jsonl", max_bytes=10_000))
    assert [i.line for i in items] == [1, 3, 4, 5, 6, 7]
    assert items[0].error is None and items[0].meta.url == "https://e.com/1"
    codes = [i.error.code if i.error else None for i in items]
    assert codes == [
        None,
        RejectCode.BAD_META,
        RejectCode.BAD_JSON,
        RejectCode.BAD_RECORD,
        RejectCode.EMPTY,
        None,
    ]
    assert items[5].format == "html"
    assert items[2].where == "dump.jsonl:4"


def test_count_units_counts_jsonl_lines(tmp_path: Path) -> None:
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text('{"text": "a"}\n\n{"text": "b"}\n')
    text = tmp_path / "t.txt"
    text.write_text("x")
    assert count_units([str(jsonl), str(text)]) == 3
    assert count_units(["-"]) is None


def test_missing_path_is_named(tmp_path: Path) -> None:
    [item] = read_sources([str(tmp_path / "nowhere")], max_bytes=1000)
    assert item.error is not None and item.error.code is RejectCode.UNREADABLE
    assert "no such file or folder" in item.error.reason and item.path.endswith("nowhere")
