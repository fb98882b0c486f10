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

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path("../shared/data/meantime/intra_cross-doc_annotation/corpus_apple")
DEFAULT_OUT = Path("src/storyline/examples/wikinews_apple")

# Tokens that attach to the word before them (no space before).
ATTACH_LEFT = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "-RRB-", "-RSB-"}
# Tokens that attach to the word after them (no space after).
ATTACH_RIGHT = {"(", "[", "{", "$", "US$", "£", "€", "-LRB-", "-LSB-"}
# Clitics split off by the tokenizer.
CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "’s", "’re", "’ve", "’ll", "’d", "’m"}
# What follows a lone apostrophe token in a split contraction ("we ' re", "Wayne ’ s").
CONTRACTION_TAILS = {"s", "re", "ve", "ll", "d", "m", "t"}
BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]"}
# A hyphen token between two words is joined into one word ("iTunes - compatible") unless
# the next word is one of these (then it is a spaced dash: "the MacBook Pro - a notebook").
DASH_NEXT_WORDS = {
    "a", "an", "the", "and", "or", "but", "it", "is", "are", "was", "were", "he", "she",
    "they", "we", "which", "that", "this", "to", "of", "in", "on",
}  # fmt: skip
# Capitalised compounds the tokenizer split at their hyphen (both halves capitalised, so
# they cannot be told apart from a spaced dash such as "San Jose - Cisco" by rule).
CAPITALISED_COMPOUNDS = {("Wal", "Mart")}
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


@dataclass
class QuoteState:
    """Which quotes are open; straight quotes can span sentences, so this lives per document."""

    double_open: bool = False
    single_open: bool = False


def _is_word(token: str) -> bool:
    return bool(token) and token[-1].isalnum()


def _hyphen(prev: str, nxt: str, after: str) -> tuple[bool, bool]:
    """Decide how a lone ``-`` token attaches: (attach_left, attach_right)."""
    if not (prev.isalpha() and nxt[:1].isalpha()):
        return False, False
    if nxt in {"and", "or"} and "-" in after:
        return True, False  # suspended hyphen: "piano- and guitar-playing"
    if (prev, nxt) in CAPITALISED_COMPOUNDS:
        return True, True
    if nxt[0].islower() and nxt not in DASH_NEXT_WORDS:
        return True, True  # "iTunes-compatible", "Macintosh-curious"
    return False, False


def detokenize(tokens: list[str], quotes: QuoteState) -> str:
    """Join tokens into text with normal English spacing and straight quotes."""
    parts: list[str] = []
    glue = True  # no space before the first token
    depth = 0  # square-bracket depth, to drop stray closing brackets
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        text, left, right = tok, False, False
        if tok in {"``", "“"}:
            text, right = '"', True
            quotes.double_open = True
        elif tok in {"''", "”"}:
            text, left = '"', True  # closing quote, or an inch mark ("13.3'' widescreen")
            quotes.double_open = False
        elif tok == '"':
            if quotes.double_open:
                left = True
            else:
                right = True
            quotes.double_open = not quotes.double_open
        elif tok == "`":
            text, right = "'", True
            quotes.single_open = True
        elif tok in {"'", "’"}:
            text = "'"
            if nxt.lower() in CONTRACTION_TAILS and _is_word(prev):
                left = right = True  # "we ' re" -> "we're"
            elif _is_word(prev) or quotes.single_open:
                left = True  # closing quote or plural possessive ("Beatles'")
                quotes.single_open = False
            else:
                right = True
                quotes.single_open = True
        elif tok.lower() in CLITICS:
            text, left = tok.replace("’", "'"), True
        elif tok.startswith("'") and prev == "O" and tok[1:2].isupper():
            left = True  # "O 'Reilly"
        elif tok == "]" or tok == "-RSB-":
            if depth == 0:
                print(f"  dropped unmatched ']' after {prev!r}", file=sys.stderr)
                continue
            depth -= 1
            text, left = "]", True
        elif tok in ATTACH_LEFT:
            text, left = BRACKETS.get(tok, tok), True
            if tok == "..." and prev in {".", "?", "!"}:
                left = False  # "to come. ..."
        elif tok in ATTACH_RIGHT:
            text, right = BRACKETS.get(tok, tok), True
            left = tok == "$" and prev == "US"  # "US $ 199" -> "US$199"
            if text == "[":
                depth += 1
        elif tok == "#" and nxt[:1].isdigit():
            # The corpus has "#" where the original had a pound sign ("# 0.79 per song").
            text, right = "£", True
        elif tok == "/":
            left = right = True
        elif tok == "-":
            left, right = _hyphen(prev, nxt, after)
        if parts and not (glue or left):
            parts.append(" ")
        parts.append(text)
        glue = right
    return "".join(parts)


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
