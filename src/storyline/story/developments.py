"""What each report of a story adds to the reports before it, and whose position changed.

Two kinds of development, each pointing to the later sentence and to the nearest earlier one:

- ``new``: a sentence of the report's lead (its first `LEAD_SENTENCES` sentences of at least
  `MIN_WORDS` words) that no earlier report of the story says: it holds a content word (not a
  stop word, `content_words`) that no sentence of an earlier report holds, and its
  embedding's cosine with every earlier lead sentence stays below `NOVELTY`. Reports of one
  event word it alike, so the cosine alone tells little (on ECB+, `storyline bench
  developments`, odd topics, a sentence naming an event no earlier report names still lies at
  0.6–0.8 from an earlier one); a word never used before (a new act, name, number or place)
  tells more, and the cosine then only drops near restatements. Against the cosine alone at
  0.8: odd topics NEW F1 66.4 → 74.2, macro F1 of NEW and OLD 64.7 → 70.1; held out (scored
  once) NEW F1 69.7 → 76.6, macro F1 71.7. Measured and not kept (`docs/benchmarks.md`,
  nineteenth session): a word's lemma in place of its form (odd topics' macro F1 about −2), the
  headline as a passage of the lead and as earlier text (odd topics +1.3, held out −3.0),
  new words of actors, numbers and dates weighed apart, and a new word close to a told one
  (word embeddings) counted as told.
- ``position``: a statement (direct or reported speech) of an actor that an earlier report
  also quotes on the same matter (cosine of the two quotes ≥ `SAME_MATTER`, and a subject
  shared: a content word of both, `matter_words`) in other terms (cosine < `RESTATED`) and
  with another stance on it (`STANCES`: what will, may or cannot happen, read in the clauses
  that hold the shared subject, `stance_on`; both statements must take one): Pence's "...
  if you want to talk, we'll talk" after "(he) cannot rule out the possibility of meeting
  with some North Korean officials". It says the actor's words on one matter moved; which
  way is for the reader (no stance model installs offline). On audit20's 197 election
  reports the shared subject and the clauses' stance took the position rows 31 → 6
  (`docs/benchmarks.md`, twenty-first session): a candidate's every statement lies at
  0.4–0.6 from the others, and a longer cut of one line quoted again carried another
  clause's stance.

Only the `MAX_EARLIER` reports just before a report are compared with it, so the work per
report stays bounded in long stories.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, field
from functools import cache, lru_cache

import numpy as np

NOVELTY = 0.9
SAME_MATTER = 0.4
RESTATED = 0.85
LEAD_SENTENCES = 12
MIN_WORDS = 6
MAX_EARLIER = 20

Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence or a quote of a report: offsets, text, and for a quote its speaker."""

    start: int
    end: int
    text: str
    speaker_entity_id: int | None = None
    speaker_actor_idx: int | None = None


@dataclass
class Report:
    """One report of a story, in story order: its lead sentences and its statements."""

    article_id: int
    sentences: list[Passage] = field(default_factory=list)
    statements: list[Passage] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Development:
    story_id: int
    article_id: int
    kind: str  # "new" or "position"
    start: int
    end: int
    text: str
    earlier_article_id: int | None
    earlier_start: int | None
    earlier_end: int | None
    actor_idx: int | None
    similarity: float | None

    def row(self) -> tuple:
        """The fields in order: the store's DEVELOPMENT_COLUMNS."""
        return astuple(self)


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported when first asked for: `storyline story` reads
    stored developments (and `Passage`, `Report` of this module) without spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def content_words(text: str) -> set[str]:
    """The lower-cased words of `text` of two letters or more that are no stop words."""
    found = WORD.findall(text.lower().replace("’", "'"))
    stop = stop_words()
    return {w for w in found if len(w) > 1 and w not in stop}


def lead_sentences(sentences: Sequence[Passage]) -> list[Passage]:
    """The first `LEAD_SENTENCES` sentences of at least `MIN_WORDS` words."""
    return [s for s in sentences if len(s.text.split()) >= MIN_WORDS][:LEAD_SENTENCES]


class _Vectors:
    """Embeddings of passages, computed once per (report, passage), in one batch."""

    def __init__(self, embed: Embed) -> None:
        self.embed = embed
        self._cache: dict[tuple[int, int, int], np.ndarray] = {}

    def prime(self, passages: Sequence[tuple[int, Passage]]) -> None:
        """Embed the passages not embedded yet: each text once (reports repeat sentences and
        quotes word for word), shortest first, so that a batch holds texts of like length
        and pads few tokens."""
        missing = {
            (a, p.start, p.end): p.text
            for a, p in passages
            if (a, p.start, p.end) not in self._cache
        }
        if missing:
            texts = sorted(set(missing.values()), key=lambda text: (len(text), text))
            vectors = dict(zip(texts, self.embed(texts), strict=True))
            self._cache.update((key, vectors[text]) for key, text in missing.items())

    def of(self, article_id: int, passages: Sequence[Passage]) -> np.ndarray:
        if not passages:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._cache[(article_id, p.start, p.end)] for p in passages])


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What is compared of one report: its lead, its outermost statements by speaker and the
    content words of all its sentences."""

    article_id: int
    lead: list[Passage]
    said: dict[int, list[Passage]]
    words: frozenset[str]


def _prepare(report: Report, speakers: set[int]) -> _Prepared:
    said: dict[int, list[Passage]] = {}
    for statement in _outermost(report.statements):
        if statement.speaker_entity_id in speakers:
            said.setdefault(statement.speaker_entity_id, []).append(statement)
    words = frozenset().union(*(content_words(s.text) for s in report.sentences))
    return _Prepared(report.article_id, lead_sentences(report.sentences), said, words)


def _nearest(vector: np.ndarray, pool: list[tuple[int, Passage]], matrix: np.ndarray):
    if not pool:
        return None, 0.0
    cosines = matrix @ vector
    best = int(np.argmax(cosines))
    return pool[best], float(cosines[best])


def find_developments(
    story_id: int, reports: Sequence[Report], embed: Embed, first: int = 1
) -> list[Development]:
    """Developments of `reports[first:]` against the reports before each (story order).

    Only statements of speakers quoted in more than one of the compared reports, with a
    later and an earlier statement that `changed` (`_comparisons`), are embedded, so the cost
    is about one lead per report."""
    start = max(0, first - MAX_EARLIER)
    counts = Counter(  # in how many reports each speaker is quoted
        speaker
        for r in reports[start:]
        for speaker in {q.speaker_entity_id for q in r.statements}
        if speaker is not None
    )
    by_report = {r.article_id: r for r in reports}
    speakers = {speaker for speaker, n in counts.items() if n > 1}
    prepared = [_prepare(r, speakers) for r in reports[start:]]
    windows = [
        (prepared[i], prepared[max(0, i - MAX_EARLIER) : i])
        for i in range(max(first, 1) - start, len(prepared))
    ]
    compared = [_comparisons(current, earlier) for current, earlier in windows]
    vectors = _Vectors(embed)
    vectors.prime(
        [(p.article_id, x) for p in prepared for x in p.lead]
        + [
            (a, x)
            for (current, _), by_speaker in zip(windows, compared, strict=True)
            for later, pool in by_speaker.values()
            for a, x in [*((current.article_id, x) for x in later), *pool]
        ]
    )
    found: list[Development] = []
    for (current, earlier), by_speaker in zip(windows, compared, strict=True):
        report = by_report[current.article_id]
        pool = [(r.article_id, p) for r in earlier for p in r.lead]
        matrix = np.concatenate(
            [vectors.of(r.article_id, r.lead) for r in earlier if r.lead]
            or [np.zeros((0, 1), np.float32)]
        )
        lead_vectors = vectors.of(current.article_id, current.lead)
        told = frozenset().union(*(r.words for r in earlier))
        for passage, vector in zip(current.lead, lead_vectors, strict=True):
            nearest, cosine = _nearest(vector, pool, matrix)
            if cosine < NOVELTY and content_words(passage.text) - told:
                found.append(_development(story_id, report, "new", passage, nearest, cosine))
        found += _positions(story_id, report, current.article_id, by_speaker, vectors)
    return found


# What a statement says will, may or cannot happen: words of each modality. Two statements of
# one speaker on the same matter with different stances are a change of position ("cannot
# rule out meeting" → "if you want to talk, we'll talk"); with the same, a restatement.
# "determined to" commits and "consider(s/ing)" weighs; "determined that" (found),
# "considered secret" (deemed) and "considerable" take no stance.
MODALITIES = {
    "negated": re.compile(r"\b(?:not|no|never|cannot|can't|won't|n't|rule[sd]? out|refuse\w*)\b"),
    "possible": re.compile(r"\b(?:may|might|could|possib\w+|perhaps|consider(?:s|ing)?|open to)\b"),
    "committed": re.compile(
        r"\b(?:will|shall|must|going to|ready|readiness|determined to)\b|'ll\b"
    ),
    "conditional": re.compile(r"\b(?:if|unless|provided)\b"),
}


def modality(text: str) -> frozenset[str]:
    """The modalities a statement's words carry (see MODALITIES)."""
    lowered = text.lower().replace("’", "'")
    return frozenset(name for name, words in MODALITIES.items() if words.search(lowered))


# The modalities that take a stance on what happens. A condition qualifies a stance but is
# none, and a plain assertion ("the objective is to denuclearize") describes rather than
# commits: the embedding cannot tell one matter from another among a speaker's statements
# (Pence's "we'll talk" lies as near "stand by Japan" as "meeting officials"), so a change
# of position needs a stance on both sides, and different ones.
STANCES = frozenset({"negated", "possible", "committed"})


def stance(text: str) -> frozenset[str]:
    """The stance modalities of a statement (`STANCES`); empty for a plain assertion."""
    return modality(text) & STANCES


def matter_words(text: str) -> set[str]:
    """The content words of `text` folded to a crude stem (a plural's "s" dropped, then the
    first five letters: "Korean" and "Korea", "delegates" and "delegate" are one word), the
    words two statements on one matter share."""
    lowered = text.lower().replace("’", "'")
    for words in MODALITIES.values():
        lowered = words.sub(" ", lowered)
    stop = stop_words()  # "it's" is no content word once folded
    return {_fold(word) for word in content_words(lowered) if word.split("'")[0] not in stop}


def _fold(word: str) -> str:
    """A word's crude stem: its "'s" and a plural's "s" dropped, then its first five letters."""
    word = word.removesuffix("'s")
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:5]


CLAUSE_BREAK = re.compile(r"[,;:.!?—–()]+")


def stance_on(text: str, subject: set[str]) -> frozenset[str]:
    """The stances (`stance`) of the clauses of `text` (cut at punctuation) that hold a word of
    `subject` (`matter_words`): what the statement says of that matter, not of another it
    also speaks of."""
    return frozenset().union(*(taken for words, taken in _clauses(text) if words & subject))


@lru_cache(maxsize=65536)
def _clauses(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The matter words and the stance of each clause of `text`, read once per text."""
    return tuple(
        (frozenset(matter_words(clause)), stance(clause)) for clause in CLAUSE_BREAK.split(text)
    )


@lru_cache(maxsize=65536)
def _matter(text: str) -> frozenset[str]:
    """`matter_words` of a whole statement, read once per text."""
    return frozenset(matter_words(text))


def changed(later: str, earlier: str) -> bool:
    """Whether two statements of one speaker say different things of one matter: they share a
    subject (a word of `matter_words`; statements that share none are not one matter, however
    near their embeddings: a candidate's every statement is about the campaign), and their
    clauses on it each take a stance, different ones (the same words quoted again, in a longer
    or a shorter cut, take the same stance on it)."""
    subject = _matter(later) & _matter(earlier)
    if not subject:
        return False
    now, then = stance_on(later, subject), stance_on(earlier, subject)
    return bool(now) and bool(then) and now != then


def _outermost(statements: Sequence[Passage]) -> list[Passage]:
    """Statements not inside another of the same speaker (a quote within reported speech)."""
    return [
        s
        for s in statements
        if not any(
            o is not s
            and o.speaker_entity_id == s.speaker_entity_id
            and o.start <= s.start
            and s.end <= o.end
            and (o.start, o.end) != (s.start, s.end)
            for o in statements
        )
    ]


# A speaker's statements in a report, and its statements in the reports before it (with
# each one's report): what `_positions` compares.
Comparison = tuple[list[Passage], list[tuple[int, Passage]]]


def _comparisons(current: _Prepared, earlier: Sequence[_Prepared]) -> dict[int, Comparison]:
    """By speaker, the statements of `current` and of `earlier` that `_positions` compares:
    those of a speaker with a later and an earlier statement that `changed` (a change of
    position is such a pair), so the other speakers' statements are not embedded (on audit20's
    election pile 555 → 280 statements; the developments are the same: where one pair
    changed, all of the speaker's statements are embedded, each being paired with its
    nearest)."""
    found = {}
    for speaker, later in current.said.items():
        pool = [(r.article_id, p) for r in earlier for p in r.said.get(speaker, [])]
        if any(changed(p.text, q.text) for p in later for _, q in pool):
            found[speaker] = (later, pool)
    return found


def _positions(
    story_id: int,
    report: Report,
    article_id: int,
    by_speaker: dict[int, Comparison],
    vectors: _Vectors,
) -> list[Development]:
    """Pairs of a later and an earlier statement of one speaker (`_comparisons`): each later
    statement with its nearest earlier one, and each earlier statement with its nearest later
    one, when their cosine lies in [SAME_MATTER, RESTATED), they share a subject
    (`matter_words`) and their clauses on it take a stance each, a different one
    (`stance_on`)."""
    found = []
    for later, pool in by_speaker.values():
        before = np.concatenate([vectors.of(a, [p]) for a, p in pool])
        cosines = vectors.of(article_id, later) @ before.T
        pairs = {(i, int(np.argmax(cosines[i]))) for i in range(len(later))}
        pairs |= {(int(np.argmax(cosines[:, j])), j) for j in range(len(pool))}
        for i, j in sorted(pairs):
            if SAME_MATTER <= cosines[i, j] < RESTATED and changed(later[i].text, pool[j][1].text):
                found.append(
                    _development(
                        story_id, report, "position", later[i], pool[j], float(cosines[i, j])
                    )
                )
    return found


def _development(story_id, report, kind, passage, nearest, cosine) -> Development:
    earlier_article, earlier = nearest if nearest else (None, None)
    return Development(
        story_id=story_id,
        article_id=report.article_id,
        kind=kind,
        start=passage.start,
        end=passage.end,
        text=passage.text,
        earlier_article_id=earlier_article,
        earlier_start=earlier.start if earlier else None,
        earlier_end=earlier.end if earlier else None,
        actor_idx=passage.speaker_actor_idx if kind == "position" else None,
        similarity=round(cosine, 4) if nearest else None,
    )
