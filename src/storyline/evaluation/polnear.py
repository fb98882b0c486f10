"""Reader for PolNeAR (Newell et al., LREC 2018): news articles with attributions in BRAT.

A split folder (`train/`, `dev/`) holds `text/<publisher>_<YYYY-MM-DD>_<slug>.txt` and
`attributions/<same stem>_<annotator>.ann`. In the `.ann` files, `T` lines label spans Source,
Cue or Content (also an `Attribution` trigger on the cue, and Discard/Discuss spans that are
not attributions); a span may be discontinuous (`start end;start end`). `E` lines tie them:
`E1 Attribution:T4 Content:T3 Cue:T2 Source:T1`, with role names that may carry a number
(`Content2`: a second content) and a trigger `Attribution-no-source` where the source is not
in the text. A `T` line's text can run over several lines (a discontinuous span across a line
break); only the offsets are read. Lines starting `#` (annotator notes) are skipped.

Some articles were annotated by several annotators (one `.ann` each): the first file in
sorted order, that is the smallest annotator id, is the article's gold; the others are named in
`PolnearDocument.annotators` and their attributions kept apart, in `other_attributions`, to
measure how far annotators agree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import StorylineError

Offsets = tuple[tuple[int, int], ...]
ENTITY_RE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.MULTILINE)
EVENT_RE = re.compile(r"^(E\d+)\t(.*)$", re.MULTILINE)
DATE_RE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
ROLES = {"Content": "content", "Cue": "cue", "Source": "source"}


class PolnearError(StorylineError):
    """A PolNeAR folder lacks its text or attribution files, or a file cannot be read."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution: character offsets of its content, cue and source (each possibly
    discontinuous, possibly empty: some attributions have no source or no cue)."""

    id: str
    content: Offsets
    cue: Offsets = ()
    source: Offsets = ()


@dataclass(frozen=True, slots=True)
class PolnearDocument:
    """One article: its file name (without `.txt`), text, date and the attributions of its
    first annotator (`annotators[0]`), the gold; `other_attributions` holds those of the
    others, in the order of `annotators[1:]`."""

    name: str
    text: str
    attributions: list[Attribution]
    annotators: tuple[str, ...]
    published: dt.date | None
    other_attributions: tuple[list[Attribution], ...] = ()

    @property
    def annotator(self) -> str:
        return self.annotators[0]


def publication_date(name: str) -> dt.date | None:
    """The date in a PolNeAR file name (`nyt_2016-10-02_slug`), or None without a valid one."""
    match = DATE_RE.search(name)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def parse_offsets(value: str) -> Offsets:
    """BRAT offsets `0 5;9 12` as ((0, 5), (9, 12))."""
    pairs = (part.split() for part in value.split(";"))
    return tuple((int(start), int(end)) for start, end in pairs)


def read_ann(content: str) -> list[Attribution]:
    """The attributions (E lines) of one `.ann` file, in file order."""
    spans = {match[1]: parse_offsets(match[3]) for match in ENTITY_RE.finditer(content)}
    attributions = []
    for match in EVENT_RE.finditer(content):
        roles: dict[str, list[tuple[int, int]]] = {"content": [], "cue": [], "source": []}
        for argument in match[2].split()[1:]:  # the first is the trigger
            role, _, ref = argument.partition(":")
            key = ROLES.get(role.rstrip("0123456789"))
            if key is not None and ref in spans:
                roles[key].extend(spans[ref])
        attributions.append(
            Attribution(
                match[1],
                tuple(sorted(roles["content"])),
                tuple(sorted(roles["cue"])),
                tuple(sorted(roles["source"])),
            )
        )
    return attributions


def annotation_files(folder: Path) -> dict[str, list[Path]]:
    """The `.ann` files of a folder by article stem (the name less `_<annotator>.ann`)."""
    files: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*.ann")):
        stem, _, _ = path.stem.rpartition("_")
        files.setdefault(stem, []).append(path)
    return files


def read_polnear(split: Path) -> list[PolnearDocument]:
    """Every article of a split folder with its attributions, in file-name order.

    An article without an `.ann` file is read with no attribution; an `.ann` file without
    its text is ignored.
    """
    texts, annotations = split / "text", split / "attributions"
    if not texts.is_dir() or not annotations.is_dir():
        raise PolnearError(f"{split} has no text/ and attributions/ folders (a PolNeAR split)")
    files = annotation_files(annotations)
    documents = []
    for path in sorted(texts.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")  # offsets count every character, \r too
        anns = files.get(path.stem, [])
        annotations = [read_ann(ann.read_text(encoding="utf-8")) for ann in anns] or [[]]
        annotators = tuple(ann.stem.rpartition("_")[2] for ann in anns)
        documents.append(
            PolnearDocument(
                path.stem,
                text,
                annotations[0],
                annotators or ("",),
                publication_date(path.stem),
                tuple(annotations[1:]),
            )
        )
    if not documents:
        raise PolnearError(f"no .txt file under {texts}")
    return documents
