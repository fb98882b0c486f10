"""A story's reports with what was found in them, read from the store in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyline.store.database import Database
from storyline.story.developments import Passage, Report
from storyline.story.order import ReportOrder
from storyline.story.timeline import STATEMENT_KINDS, TimelineItem, build_timeline


@dataclass(frozen=True, slots=True)
class StoryMaterial:
    """The reports of one story in story order (`ReportOrder`), and their sentences, times
    and quotes (each report's headline statement first, `field` "title": see
    `Database.quotes`)."""

    story_id: int
    articles: list[dict[str, Any]]
    sentences: list[dict[str, Any]]
    times: list[dict[str, Any]]
    quotes: list[dict[str, Any]]

    @property
    def order(self) -> ReportOrder:
        return ReportOrder(self.articles)

    @property
    def text_quotes(self) -> list[dict[str, Any]]:
        """The quotes of the reports' texts: the sentences the timeline and the developments
        read (a headline statement has no sentence and no dates)."""
        return [q for q in self.quotes if q["field"] == "text"]

    @property
    def news_ids(self) -> set[int]:
        """The reports that are news pages (`ingest.page_kind`). A programme listing or a
        readers' page gives the story no timeline items and no developments: a listing's
        days are broadcast days, and a reader's dates and words are a comment on the story,
        not its events (its quotes stay in the store, under the readers' names)."""
        return {a["id"] for a in self.articles if a.get("page_kind", "news") == "news"}

    def timeline(self) -> list[TimelineItem]:
        news = self.news_ids
        return build_timeline(
            self.story_id,
            self.articles,
            [s for s in self.sentences if s["article_id"] in news],
            [t for t in self.times if t["article_id"] in news],
            [q for q in self.text_quotes if q["article_id"] in news],
        )

    def reports(self) -> list[Report]:
        """The reports as `find_developments` reads them: paragraph sentences, statements
        (none of a page that is not news: see `news_ids`)."""
        by_id = {a["id"]: Report(a["id"]) for a in self.articles}
        text_of = {a["id"]: a["text"] for a in self.articles}
        news = self.news_ids
        for s in self.sentences:
            if s["kind"] == "paragraph" and s["article_id"] in news:
                text = text_of[s["article_id"]][s["start"] : s["end"]]
                by_id[s["article_id"]].sentences.append(Passage(s["start"], s["end"], text))
        for q in self.text_quotes:
            if q["kind"] in STATEMENT_KINDS and q["article_id"] in news:
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
    )
