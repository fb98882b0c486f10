"""Shared parsing of CAT XML documents (ECB+, MEANTIME) and the gold-mention dataclasses.

A CAT document is `<Document>` holding `<token t_id sentence number>` elements, then
`<Markables>` (tags anchored to tokens by `<token_anchor t_id>`, or, without anchors, instances)
and `<Relations>` (`<source m_id>`s linked to a `<target m_id>`).

`join_tokens` turns tokens back into readable English and keeps each token's character span,
so that gold mentions can be located in the rebuilt text; `build_text` does it for a whole
document, one gold sentence per line.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from storyline.evaluation.timeline17 import DatasetError

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
_DOUBLE_QUOTES = ('"', "“", "”")

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


@dataclass(frozen=True)
class GoldMention:
    """One gold entity mention; `text[start:end]` of its document is `text`.

    `kind` is the markable tag (ECB+: `HUMAN_PART_PER`, `LOC_GEO`...; MEANTIME: the entity
    type `PER`, `ORG`, `LOC`, `PRO`, `FIN`, `MIX`). `cluster` is the gold entity: the
    cross-document instance id when there is one, else a within-document chain id, else the
    singleton id `doc_id#m_id`. `sentence` indexes `GoldDocument.sentences`.
    """

    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    cluster: str
    sentence: int


@dataclass(frozen=True)
class GoldDocument:
    """One gold document: rebuilt text (a gold sentence per line) and its entity mentions."""

    doc_id: str
    group: str
    text: str
    sentences: list[tuple[int, int]]
    mentions: list[GoldMention]


@dataclass(frozen=True, slots=True)
class Token:
    """A `<token>`: its id, sentence number, position in the sentence and text."""

    t_id: str
    sentence: int
    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Markable:
    """A markable: tag, attributes and token anchors (none for an instance)."""

    m_id: str
    tag: str
    anchors: tuple[str, ...]
    attrs: dict[str, str]


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation: tag, attributes, source and target markable ids."""

    r_id: str
    tag: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    attrs: dict[str, str]


@dataclass(frozen=True, slots=True)
class CatDocument:
    """A parsed CAT XML file."""

    path: Path
    attrs: dict[str, str]
    tokens: list[Token]
    markables: dict[str, Markable]
    relations: list[Relation]


@dataclass(frozen=True, slots=True)
class DocumentText:
    """Text rebuilt from tokens, with the character span of every token and sentence kept."""

    text: str
    sentences: list[tuple[int, int]]
    sentence_numbers: list[int]
    token_spans: dict[str, tuple[int, int]]
    token_line: dict[str, int]

    def span(self, anchors: Iterable[str]) -> tuple[int, int, int] | None:
        """(start, end, line) from the first to the last anchored token; None if one is absent.

        Anchors may be discontinuous: the span covers everything in between.
        """
        ids = list(anchors)
        if not ids or any(t_id not in self.token_spans for t_id in ids):
            return None
        first = min(ids, key=self.token_spans.__getitem__)
        end = max(self.token_spans[t_id][1] for t_id in ids)
        return self.token_spans[first][0], end, self.token_line[first]


@dataclass
class QuoteState:
    """Which quotes are open; straight quotes can span sentences, so this lives per document."""

    double_open: bool = False
    single_open: bool = False


def _elements(parent: etree._Element | None) -> list[etree._Element]:
    """Child elements, leaving out comments and processing instructions."""
    return [] if parent is None else [el for el in parent if isinstance(el.tag, str)]


def parse_cat_xml(path: str | Path) -> CatDocument:
    """Parse one CAT XML file; raise DatasetError naming the file when it is malformed."""
    path = Path(path)
    try:
        root = etree.parse(str(path), _PARSER).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise DatasetError(f"{path}: not a readable CAT XML file ({exc})") from exc
    if root.tag != "Document":
        raise DatasetError(f"{path}: root element is <{root.tag}>, expected <Document>")
    tokens: list[Token] = []
    try:
        for el in root.iter("token"):
            tokens.append(
                Token(
                    el.get("t_id", ""),
                    int(el.get("sentence")),
                    int(el.get("number")),
                    el.text or "",
                )
            )
    except (TypeError, ValueError) as exc:
        raise DatasetError(f"{path}: token without integer sentence/number ({exc})") from exc
    t_ids = {t.t_id for t in tokens}
    if "" in t_ids or len(t_ids) != len(tokens):
        raise DatasetError(f"{path}: tokens with missing or repeated t_id")
    markables: dict[str, Markable] = {}
    for el in _elements(root.find("Markables")):
        m_id = el.get("m_id")
        anchors = tuple(a.get("t_id", "") for a in el.iter("token_anchor"))
        if not m_id or m_id in markables:
            raise DatasetError(f"{path}: <{el.tag}> with missing or repeated m_id {m_id!r}")
        if not t_ids.issuperset(anchors):
            raise DatasetError(f"{path}: markable {m_id} anchored to unknown tokens")
        markables[m_id] = Markable(m_id, str(el.tag), anchors, dict(el.attrib))
    relations = []
    for el in _elements(root.find("Relations")):
        sources = tuple(s.get("m_id", "") for s in el.iter("source"))
        targets = tuple(t.get("m_id", "") for t in el.iter("target"))
        if not markables.keys() >= {*sources, *targets}:
            raise DatasetError(f"{path}: relation {el.get('r_id')} links unknown markables")
        relations.append(
            Relation(el.get("r_id", ""), str(el.tag), sources, targets, dict(el.attrib))
        )
    return CatDocument(path, dict(root.attrib), tokens, markables, relations)


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


def join_tokens(
    tokens: Sequence[str], quotes: QuoteState | None = None, *, pound_sign: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into text with English spacing and straight quotes; also each token's span.

    PTB brackets are unescaped, clitics and split contractions rejoined, and a closing `]`
    with no opening one in the same call is dropped (its span is empty). With `pound_sign`,
    a `#` before a number becomes `£` (MEANTIME stores pound signs as `#`).
    """
    quotes = quotes if quotes is not None else QuoteState()
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
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
        elif tok in {"`", "‘"}:
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
                spans.append((pos, pos))  # dropped: an unmatched closing bracket
                continue
            depth -= 1
            text, left = "]", True
        elif tok == ":" and prev.isdigit() and nxt[:2].isdigit():
            left = right = True  # a clock time: "4 : 59" -> "4:59"
        elif tok in ATTACH_LEFT:
            text, left = BRACKETS.get(tok, tok), True
            if tok == "..." and prev in {".", "?", "!"}:
                left = False  # "to come. ..."
        elif tok in ATTACH_RIGHT:
            text, right = BRACKETS.get(tok, tok), True
            left = tok == "$" and prev == "US"  # "US $ 199" -> "US$199"
            if text == "[":
                depth += 1
        elif tok == "#" and pound_sign and nxt[:1].isdigit():
            text, right = "£", True
        elif tok == "/":
            left = right = True
        elif tok == "-":
            left, right = _hyphen(prev, nxt, after)
        elif len(tok) > 1:  # a word carrying its own quote mark ('"The', 'fire"')
            if tok.startswith(_DOUBLE_QUOTES):
                quotes.double_open = True
            if tok.endswith(_DOUBLE_QUOTES):
                quotes.double_open = False
        if parts and not (glue or left):
            parts.append(" ")
            pos += 1
        parts.append(text)
        spans.append((pos, pos + len(text)))
        pos += len(text)
        glue = right
    return "".join(parts), spans


def build_text(
    tokens: Sequence[Token], *, skip: Collection[int] = (), pound_sign: bool = False
) -> DocumentText:
    """Rebuild a document's text, one sentence per line, leaving out the sentences in `skip`."""
    by_sentence: dict[int, list[Token]] = {}
    for tok in tokens:
        if tok.sentence not in skip:
            by_sentence.setdefault(tok.sentence, []).append(tok)
    quotes = QuoteState()
    lines: list[str] = []
    sentences: list[tuple[int, int]] = []
    token_spans: dict[str, tuple[int, int]] = {}
    token_line: dict[str, int] = {}
    pos = 0
    for line, number in enumerate(sorted(by_sentence)):
        toks = sorted(by_sentence[number], key=lambda t: t.number)
        text, spans = join_tokens([t.text for t in toks], quotes, pound_sign=pound_sign)
        for tok, (start, end) in zip(toks, spans, strict=True):
            token_spans[tok.t_id] = (pos + start, pos + end)
            token_line[tok.t_id] = line
        lines.append(text)
        sentences.append((pos, pos + len(text)))
        pos += len(text) + 1
    return DocumentText("\n".join(lines), sentences, sorted(by_sentence), token_spans, token_line)


def singleton_id(doc_id: str, m_id: str) -> str:
    """The cluster id of a mention in no gold chain."""
    return f"{doc_id}#{m_id}"
