"""Rebuild readable Wikinews articles from the MEANTIME corpus as bundled example data.

Reads the CAT-XML files of the MEANTIME ``corpus_apple`` topic (30 Wikinews reports about
Apple), turns their tokens back into ordinary English text and writes, for each article,
``<doc_id>_<slug>.txt`` plus ``<doc_id>_<slug>.txt.meta.json``, and an ``ATTRIBUTION.md``.

Regenerate with::

    python scripts/build_wikinews_examples.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from storyline.evaluation.cat_xml import QuoteState, join_tokens

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path("../shared/data/meantime/intra_cross-doc_annotation/corpus_apple")
DEFAULT_OUT = Path("src/storyline/examples/wikinews_apple")

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATELINE_RE = re.compile(rf"^(?:{MONTHS}) \d{{1,2}}, \d{{4}}$")


@dataclass
class Article:
    """One rebuilt article."""

    doc_id: str
    url: str
    published: str
    title: str
    body: list[str]


def detokenize(tokens: list[str], quotes: QuoteState) -> str:
    """Join tokens into text with normal English spacing and straight quotes."""
    text, spans = join_tokens(tokens, quotes, pound_sign=True)
    for i, (tok, (start, end)) in enumerate(zip(tokens, spans, strict=True)):
        if start == end and tok in {"]", "-RSB-"}:
            prev = tokens[i - 1] if i else ""
            print(f"  dropped unmatched ']' after {prev!r}", file=sys.stderr)
    return text


def read_article(path: Path) -> Article:
    """Parse one CAT-XML file into an Article."""
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    published = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            published = (timex.get("value") or "")[:10]
            break
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise ValueError(f"{path.name}: no usable CREATION_TIME ({published!r})")
    order = sorted(sentences)
    title = detokenize(sentences[order[0]], QuoteState())
    quotes = QuoteState()
    body = [detokenize(sentences[n], quotes) for n in order[1:]]
    if body and DATELINE_RE.match(body[0]):
        body = body[1:]  # the dateline ("March 06, 2008") is not part of the report
    if quotes.double_open or quotes.single_open:
        print(f"  {path.name}: quotes left open at end of document", file=sys.stderr)
    return Article(
        doc_id=root.get("doc_id", path.stem.split("_")[0]),
        url=root.get("url", ""),
        published=published,
        title=title,
        body=body,
    )


def slugify(title: str, limit: int = 60) -> str:
    """Lower-case, hyphen-separated ASCII slug of a title, cut at a word boundary."""
    words = re.sub(r"[^a-z0-9]+", " ", re.sub(r"['.]", "", title.lower())).split()
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "article"


def write_article(article: Article, out: Path) -> str:
    """Write the text and its sidecar metadata; return the text file's name."""
    name = f"{article.doc_id}_{slugify(article.title)}.txt"
    # MEANTIME keeps sentence boundaries but no paragraph breaks, so each body sentence
    # becomes its own paragraph.
    text = article.title + "\n\n" + "\n\n".join(article.body) + "\n"
    (out / name).write_text(text, encoding="utf-8")
    meta = {
        "published": article.published,
        "title": article.title,
        "source": "Wikinews",
        "url": article.url,
        "language": "en",
    }
    (out / f"{name}.meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def write_attribution(articles: list[Article], out: Path) -> None:
    """Write ATTRIBUTION.md listing the source articles and licences."""
    lines = [
        "# Attribution",
        "",
        "The texts in this folder are news reports from Wikinews, the free news source "
        "(https://en.wikinews.org), published under the Creative Commons Attribution 2.5 "
        "licence (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/).",
        "",
        "They were rebuilt from the tokens of the MEANTIME corpus (NewsReader project, "
        "English section, `intra_cross-doc_annotation/corpus_apple`), "
        "© 2015 Fondazione Bruno Kessler, VU University Amsterdam, Universidad Del Pais Vasco, "
        "released under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). "
        "Changes: the text was detokenized (all quotes made straight), the dateline line was "
        "removed, each sentence was put in its own paragraph (the corpus keeps no paragraph "
        "breaks), a pound sign stored as '#' was restored and one stray ']' was dropped, so "
        "wording and layout may differ slightly from the articles as published.",
        "",
        "Regenerate with `python scripts/build_wikinews_examples.py`.",
        "",
        "## Articles",
        "",
    ]
    for art in sorted(articles, key=lambda a: (a.published, int(a.doc_id))):
        lines.append(f'- {art.published}: "{art.title}", Wikinews, <{art.url}>')
    (out / "ATTRIBUTION.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Build the example articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder of MEANTIME CAT-XML files (relative to the repo root)",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (relative to the repo root)"
    )
    args = parser.parse_args(argv)
    data = args.data if args.data.is_absolute() else REPO_ROOT / args.data
    out = args.out if args.out.is_absolute() else REPO_ROOT / args.out
    files = sorted(data.glob("*.xml"))
    if not files:
        parser.error(f"no XML files in {data}")
    out.mkdir(parents=True, exist_ok=True)
    # Remove earlier outputs of this script so renamed articles leave nothing stale behind.
    for old in out.iterdir():
        if re.fullmatch(r"\d+_[a-z0-9-]+\.txt(\.meta\.json)?", old.name):
            old.unlink()
    articles = []
    for path in files:
        print(path.name, file=sys.stderr)
        article = read_article(path)
        write_article(article, out)
        articles.append(article)
    write_attribution(articles, out)
    print(f"wrote {len(articles)} articles to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
