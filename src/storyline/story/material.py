"""A story's reports with what was found in them, read from the store in one place."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from storyline.ingest.blocks import BlockSpan
from storyline.ingest.page_kind import READERS_KINDS, signed_contributions
from storyline.store.database import Database
from storyline.story.developments import Passage, Report
from storyline.story.order import ReportOrder
from storyline.story.timeline import STATEMENT_KINDS, TimelineItem, build_timeline


@dataclass(frozen=True, slots=True)
class StoryMaterial:
    """The reports of one story in story order (`ReportOrder`), and their sentences, times
    and quotes (each report's headline statement first, `field` "title": see
    `Database.quotes`), and where the readers' pages among them hold readers' words."""

    story_id: int
    articles: list[dict[str, Any]]
    sentences: list[dict[str, Any]]
    times: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    # where its reports tell no story (`untold_in`): (article_id, start, end)
    untold: list[tuple[int, int, int]] = field(default_factory=list)
    # the sentences (article_id, idx) that do not tell the story (`untold_sentences`), found
    # once: the timeline, the developments and an actor's items each read them
    not_told: set[tuple[int, int]] = field(init=False, repr=False, compare=False)

    @property
    def order(self) -> ReportOrder:
        return ReportOrder(self.articles)

    @property
    def text_quotes(self) -> list[dict[str, Any]]:
        """The quotes of the reports' texts: the sentences the timeline and the developments
        read (a headline statement has no sentence and no dates)."""
        return [q for q in self.quotes if q["field"] == "text"]

    def __post_init__(self) -> None:
        object.__setattr__(self, "not_told", untold_sentences(self.sentences, self.untold))

    def timeline(self) -> list[TimelineItem]:
        skip = self.not_told
        return build_timeline(
            self.story_id,
            self.articles,
            [s for s in self.sentences if (s["article_id"], s["idx"]) not in skip],
            [t for t in self.times if (t["article_id"], t["sentence_idx"]) not in skip],
            [q for q in self.text_quotes if (q["article_id"], q["sentence_idx"]) not in skip],
        )

    def reports(self) -> list[Report]:
        """The reports as `find_developments` reads them: paragraph sentences, statements
        (none that does not tell the story: see `not_told`)."""
        by_id = {a["id"]: Report(a["id"]) for a in self.articles}
        text_of = {a["id"]: a["text"] for a in self.articles}
        skip = self.not_told
        for s in self.sentences:
            if s["kind"] == "paragraph" and (s["article_id"], s["idx"]) not in skip:
                text = text_of[s["article_id"]][s["start"] : s["end"]]
                by_id[s["article_id"]].sentences.append(Passage(s["start"], s["end"], text))
        for q in self.text_quotes:
            if q["kind"] in STATEMENT_KINDS and (q["article_id"], q["sentence_idx"]) not in skip:
                by_id[q["article_id"]].statements.append(
                    Passage(
                        q["start"],
                        q["end"],
                        q["text"],
                        q["speaker_entity_id"],
                        q["speaker_actor_idx"],
                    )
                )
        return [by_id[a["id"]] for a in self.articles]


def untold_sentences(
    sentences: Sequence[dict[str, Any]], untold: Sequence[tuple[int, int, int]]
) -> set[tuple[int, int]]:
    """The sentences (article_id, idx) that do not tell the story, by their page's kind
    (`ingest.page_kind`): every sentence of a programme listing (its days are broadcast
    days, its lines trailers), and those of a readers' page that lie in a reader's
    contribution (`untold`: a reader's dates and words comment on the story; they are not its
    events). They give no timeline items and no developments; the readers' words stay quotes
    of the readers, and the page stays filed with its story. The rest of a readers' page (a
    correspondent's post above its comments) tells the story.

    A sentence lies in a span where it starts at or after the span's start and before its
    end. A report's spans are sorted by start, each with the furthest end of those up to it,
    so that one search finds whether any span that starts at or before a sentence reaches
    past its start (a readers' page of 1,550 sentences and 90 contributions: 85 ms when each
    sentence was compared with every span)."""
    reach: dict[int, tuple[list[int], list[int]]] = {}
    by_article: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for article_id, start, end in untold:
        by_article[article_id].append((start, end))
    for article_id, spans in by_article.items():
        spans.sort()
        starts = [start for start, _ in spans]
        reach[article_id] = (starts, list(accumulate((end for _, end in spans), max)))

    def in_span(article_id: int, at: int) -> bool:
        if article_id not in reach:
            return False
        starts, ends = reach[article_id]
        i = bisect_right(starts, at) - 1
        return i >= 0 and ends[i] > at

    return {(s["article_id"], s["idx"]) for s in sentences if in_span(s["article_id"], s["start"])}


def load_story(db: Database, story_id: int) -> StoryMaterial:
    """One stored story's material, its reports in story order (`ReportOrder`)."""
    return load_material(db, story_id, db.story_reports(story_id))


def load_material(db: Database, story_id: int, articles: list[dict[str, Any]]) -> StoryMaterial:
    """The material of these stored reports (in the order given), read as story `story_id`."""
    ids = [a["id"] for a in articles]
    return StoryMaterial(
        story_id=story_id,
        articles=articles,
        sentences=db.sentences_of(ids),
        times=db.times(article_ids=ids),
        quotes=db.quotes(article_ids=ids, titles=True),
        untold=[
            span
            for a in articles
            if a.get("page_kind", "news") != "news"
            for span in untold_in(a, db.spans("blocks", a["id"]))
        ],
    )


def readers_words(text: str, blocks: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where a readers' page's contributions lie with their headings and signatures
    (`ingest.page_kind.Contribution.whole`), from its stored text and blocks."""
    spans = [BlockSpan(b["kind"], b["start_char"], b["end_char"]) for b in blocks]
    return [c.whole for c in signed_contributions(text, spans)]


def untold_in(article: dict[str, Any], blocks: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """Where one stored report (its id, `page_kind` and text; `blocks` as stored) tells no
    story, as (article_id, start, end): a programme listing's whole text, a readers' page's
    contributions (`readers_words`); nothing of a news report."""
    kind, text = article.get("page_kind"), article["text"]
    if kind == "listing":
        return [(article["id"], 0, len(text))]
    if kind in READERS_KINDS:
        return [(article["id"], a, b) for a, b in readers_words(text, blocks)]
    return []


def untold_spans(
    db: Database, article_ids: Sequence[int] | None = None
) -> list[tuple[int, int, int]]:
    """Where the stored reports (those of `article_ids`, or all) tell no story (`untold_in`);
    the spans `StoryMaterial.not_told` reads no sentence of."""
    wanted = None if article_ids is None else set(article_ids)
    spans = []
    for row in db.articles():
        if row["page_kind"] == "news" or (wanted is not None and row["id"] not in wanted):
            continue
        article = {**row, "text": db.article(row["id"])["text"]}
        spans.extend(untold_in(article, db.spans("blocks", row["id"])))
    return spans


def told_entities(
    db: Database,
    article_ids: Sequence[int] | None = None,
    limit: int | None = None,
    types: Sequence[str] | None = None,
    untold: Sequence[tuple[int, int, int]] | None = None,
) -> list[dict[str, Any]]:
    """The actors of some reports (a story's), or of the whole corpus, as the passages that
    tell a story name them: the mentions in a programme listing (its presenters, guests and
    programme titles) or in a reader's contribution on a readers' page (the readers who sign
    it, the people they write about) are not counted, and an actor named nowhere else is
    left out; such a page's actors stay in the store and in `storyline show` of that report.
    A listing names people because they are on air that week, a reader because they wrote
    in: neither makes them an actor of the story the page is filed with (`not_told`). A
    caller that holds the reports' `untold` spans already (`StoryMaterial.untold`) passes
    them; else they are read (`untold_spans`)."""
    if untold is None:
        untold = untold_spans(db, article_ids)
    if article_ids is None:
        return db.entities(limit=limit, types=types, untold=untold)
    return db.story_entities(article_ids, limit=limit, types=types, untold=untold)


def told_among(db: Database, entity_ids: Sequence[int]) -> set[int]:
    """Which of these entities `told_entities` lists for the whole corpus, read from their
    own reports only: a mention is left out only by an untold span of its own report, so the
    spans of other reports change nothing (`storyline timeline --actor` asks this of the few
    entities its name may mean instead of listing the whole corpus's)."""
    if not entity_ids:
        return set()
    untold = untold_spans(db, db.entity_articles(entity_ids))
    return {row["id"] for row in db.entities(untold=untold, entity_ids=entity_ids)}
