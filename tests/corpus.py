"""Corpora the tests write for themselves: good reports and every kind of bad input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from storyline.errors import RejectCode

SENTENCES = [
    "Officials in {city} said on Monday that talks with the delegation would resume next week.",
    "The minister told reporters the government had not changed its position on sanctions.",
    "Analysts expect the meeting in {city} to focus on trade, security and the coming summit.",
    "A spokesman declined to comment on reports that the visit had been shortened.",
    "Japanese Prime Minister Shinzo Abe is expected to attend; Abe has backed the talks.",
]
CITIES = ["Tokyo", "Seoul", "Berlin", "Lagos", "Lima", "Oslo", "Cairo", "Hanoi", "Quito", "Accra"]


def report_text(i: int) -> str:
    """A distinct short report: numbered lines keep near-duplicate detection out of the way."""
    city = CITIES[i % len(CITIES)]
    lines = [s.format(city=city) for s in SENTENCES]
    unique = f"Report number {i} was filed by correspondent {i * 7919 % 1000} on desk {i % 13}."
    return f"Talks in {city}, part {i}\n\n" + "\n\n".join([unique, *lines, unique[::-1]])


def write_good_reports(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"report-{i:04d}.txt"
        path.write_text(report_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def write_bad_corpus(folder: Path) -> dict[str, RejectCode]:
    """Write one bad input of each kind (plus two good ones); return file[:line] → code."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(report_text(1), encoding="utf-8")
    (folder / "good-utf16.txt").write_bytes(
        codecs.BOM_UTF16_LE + report_text(2).encode("utf-16-le")
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n\t \n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "huge.txt").write_text("word " * 4000)
    (folder / "nav-only.html").write_text("<html><body><nav>Home | World</nav></body></html>")
    (folder / "furniture.txt").write_text("print PRINT\n\n• Home\n• World\n• Sport\n")
    (folder / "bad-meta.txt").write_text(report_text(3))
    (folder / "bad-meta.txt.meta.json").write_text("{broken json")
    lines = [
        json.dumps({"text": report_text(4), "published": "2018-02-07"}),
        "{this is not json",
        json.dumps({"title": "no body"}),
        json.dumps(["not", "an", "object"]),
    ]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n")
    base = str(folder.resolve())
    return {
        f"{base}/empty.txt": RejectCode.EMPTY,
        f"{base}/blank.txt": RejectCode.EMPTY,
        f"{base}/binary.txt": RejectCode.BINARY,
        f"{base}/huge.txt": RejectCode.TOO_LARGE,
        f"{base}/nav-only.html": RejectCode.NO_ARTICLE,
        f"{base}/furniture.txt": RejectCode.EMPTY,
        f"{base}/bad-meta.txt": RejectCode.BAD_META,
        f"{base}/dump.jsonl:2": RejectCode.BAD_JSON,
        f"{base}/dump.jsonl:3": RejectCode.EMPTY,
        f"{base}/dump.jsonl:4": RejectCode.BAD_RECORD,
    }
