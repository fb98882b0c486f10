"""Reading and writing stories, topics and developments (mixed into `Database`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb
import numpy as np

from storyline.errors import StoreError
from storyline.story.order import ReportOrder, listed_ids

STORY_ASSIGNMENT_COLUMNS = ("article_id", "story_id", "topic_id", "report_date", "vector")
TITLE_ACTOR_COLUMNS = ("article_id", "type", "key", "country", "ambiguous", "named_at")
DEVELOPMENT_COLUMNS = (
    "story_id", "article_id", "kind", "start_char", "end_char", "text", "earlier_article_id",
    "earlier_start", "earlier_end", "actor_idx", "similarity",
)  # fmt: skip


# a story's first and last report dates (`a`: article_stories)
_SPAN = (
    "strftime(min(a.report_date), '%Y-%m-%d') AS start, "
    "strftime(max(a.report_date), '%Y-%m-%d') AS \"end\""
)


class StoryNotFound(StoreError):
    """No story with that id."""


# a report stored before its page kind was read (`ingest.page_kind`) is read as news
PAGE_KIND = "coalesce(page_kind, 'news') AS page_kind"
# a mention that does not start in one of the spans given as three lists: article ids, starts, ends
UNTOLD_MENTION = (
    "NOT EXISTS (SELECT 1 FROM (SELECT unnest(?::INTEGER[]) AS article_id, "
    "unnest(?::INTEGER[]) AS start_char, unnest(?::INTEGER[]) AS end_char) u "
    "WHERE u.article_id = m.article_id AND m.start_char >= u.start_char "
    "AND m.start_char < u.end_char)"
)


def untold_columns(spans: Sequence[tuple[int, int, int]]) -> list[list[int]]:
    """The (article_id, start, end) spans as `UNTOLD_MENTION`'s three parameters."""
    return [[span[i] for span in spans] for i in range(3)]


class StoryTables:
    """Stories, topics and developments of a `Database`."""

    conn: duckdb.DuckDBPyConnection

    # -- the clusterer's input -------------------------------------------------------------

    def unfiled_articles(self, lead_chars: int) -> list[dict[str, Any]]:
        """Originals with no story yet: id, title, the start of the text, publication date,
        source, page kind."""
        return self._dicts(
            "SELECT id, coalesce(title, '') AS title, left(text, ?) AS lead, published, source, "
            f"{PAGE_KIND} "
            "FROM articles WHERE duplicate_of IS NULL "
            "AND id NOT IN (SELECT article_id FROM article_stories) ORDER BY id",
            [lead_chars],
        )

    def filed_articles(self, lead_chars: int) -> list[dict[str, Any]]:
        """Originals with their story, topic, report date, lead embedding, the start of the
        text, source, publication date and page kind."""
        return self._dicts(
            "SELECT s.article_id, s.story_id, s.topic_id, s.report_date, s.vector, "
            "coalesce(a.title, '') AS title, left(a.text, ?) AS lead, a.source, a.published, "
            f"{PAGE_KIND}, (a.published IS NULL AND s.report_date IS NOT NULL) AS dated_by_text "
            "FROM article_stories s "
            "JOIN articles a ON a.id = s.article_id "
            "WHERE s.vector IS NOT NULL ORDER BY s.article_id",
            [lead_chars],
        )

    def lead_actor_rows(self, lead_chars: int) -> list[dict[str, Any]]:
        """Actors named (by name or title) in the first `lead_chars` characters of an
        original, with the offsets and texts of those mentions and the actor's own name; a
        report's in the order its text first names them (then by key): the clusterer sums and
        ranks their cues in that order, so a filing is the same on every run."""
        return self._dicts(
            "SELECT a.article_id, a.type, a.key, a.country, a.ambiguous, min(a.name) AS name, "
            "list(m.start_char ORDER BY m.start_char, m.idx) AS named_at, "
            "list(m.text ORDER BY m.start_char, m.idx) AS names "
            "FROM actors a JOIN actor_mentions m "
            "ON m.article_id = a.article_id AND m.actor_idx = a.idx "
            "JOIN articles ar ON ar.id = a.article_id "
            "WHERE ar.duplicate_of IS NULL AND m.kind IN ('name', 'title') "
            "AND m.start_char < ? GROUP BY ALL ORDER BY a.article_id, min(m.start_char), a.key",
            [lead_chars],
        )

    def title_actor_rows(self) -> list[dict[str, Any]]:
        """Actors each original's headline names, with offsets into the headline."""
        return self._dicts(
            "SELECT t.article_id, t.type, t.key, t.country, t.ambiguous, t.named_at "
            "FROM title_actors t JOIN articles a ON a.id = t.article_id "
            "WHERE a.duplicate_of IS NULL ORDER BY t.article_id",
            [],
        )

    def lead_time_values(self, lead_chars: int) -> list[tuple[int, int, str, str | None]]:
        """(article id, start, value, anchor) of the time expressions of each article's lead."""
        rows = self.conn.execute(
            "SELECT article_id, start_char, value, anchor FROM times WHERE start_char < ? "
            "ORDER BY article_id, idx",
            [lead_chars],
        ).fetchall()
        return [(int(a), int(s), str(v), anchor) for a, s, v, anchor in rows]

    # -- writing ---------------------------------------------------------------------------

    def write_title_actors(self, articles: Sequence[int], rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace the headline actors of `articles` by `rows` (`TITLE_ACTOR_COLUMNS`)."""
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.execute(
                "DELETE FROM title_actors WHERE article_id IN (SELECT unnest(?::INTEGER[]))",
                [list(articles)],
            )
            self._insert_tuples("title_actors", TITLE_ACTOR_COLUMNS, rows)  # type: ignore[attr-defined]

    def write_story_assignments(
        self,
        rows: Sequence[tuple[int, int, int, date | None, np.ndarray | None]],
        stories: dict[int, tuple[int, str]],
        topics: dict[int, str],
    ) -> None:
        """File articles into stories; replace the titles (and topics) of `stories` and the
        titles of `topics`."""
        with self.transaction():  # type: ignore[attr-defined]
            self._insert_tuples(  # type: ignore[attr-defined]
                "article_stories",
                STORY_ASSIGNMENT_COLUMNS,
                [(*row[:4], None if row[4] is None else row[4].tolist()) for row in rows],
            )
            for table, titles in (
                ("stories", {k: v[1] for k, v in stories.items()}),
                ("topics", topics),
            ):
                if titles:
                    self.conn.execute(
                        f"DELETE FROM {table} WHERE id IN (SELECT unnest(?::INTEGER[]))",
                        [list(titles)],
                    )
            self._insert_tuples(  # type: ignore[attr-defined]
                "stories", ("id", "topic_id", "title"), [(k, *v) for k, v in stories.items()]
            )
            self._insert_tuples(  # type: ignore[attr-defined]
                "topics", ("id", "title"), list(topics.items())
            )

    def merge_topics(self, merged: dict[int, int]) -> None:
        """Move the stories of each retired topic to the topic it joined (older id kept),
        following chains (5 joined 3, which later joined 1)."""
        if not merged:
            return

        def final(topic: int) -> int:
            while topic in merged:
                topic = merged[topic]
            return topic

        with self.transaction():  # type: ignore[attr-defined]
            for gone in sorted(merged):
                kept = final(gone)
                for table in ("stories", "article_stories"):
                    self.conn.execute(
                        f"UPDATE {table} SET topic_id = ? WHERE topic_id = ?", [kept, gone]
                    )
                self.conn.execute("DELETE FROM topics WHERE id = ?", [gone])

    def file_duplicates(self) -> int:
        """Give each duplicate without a story its original's story; return how many."""
        with self.transaction():  # type: ignore[attr-defined]
            row = self.conn.execute(
                "INSERT INTO article_stories (article_id, story_id, topic_id) "
                "SELECT a.id, s.story_id, s.topic_id FROM articles a JOIN article_stories s "
                "ON s.article_id = a.duplicate_of WHERE a.id NOT IN "
                "(SELECT article_id FROM article_stories)"
            ).fetchone()
        return int(row[0]) if row else 0

    def story_ids(self) -> dict[int, int]:
        """The story of every filed article, by article id."""
        rows = self.conn.execute("SELECT article_id, story_id FROM article_stories").fetchall()
        return dict(rows)

    def topic_ids(self) -> dict[int, int]:
        """The topic of every filed article, by article id."""
        rows = self.conn.execute("SELECT article_id, topic_id FROM article_stories").fetchall()
        return dict(rows)

    def undeveloped_stories(self, story_ids: Sequence[int]) -> list[int]:
        """Those of `story_ids` with a report whose developments are not found yet."""
        rows = self.conn.execute(
            "SELECT DISTINCT s.story_id FROM article_stories s JOIN articles a "
            "ON a.id = s.article_id WHERE a.duplicate_of IS NULL "
            "AND s.story_id IN (SELECT unnest(?::INTEGER[])) AND NOT EXISTS (SELECT 1 FROM "
            "developed d WHERE d.story_id = s.story_id AND d.article_id = s.article_id) "
            "ORDER BY s.story_id",
            [list(story_ids)],
        ).fetchall()
        return [int(r[0]) for r in rows]

    def developed_articles(self, story_id: int) -> set[int]:
        rows = self.conn.execute(
            "SELECT article_id FROM developed WHERE story_id = ?", [story_id]
        ).fetchall()
        return {int(r[0]) for r in rows}

    def mark_developed(self, story_id: int, article_ids: Sequence[int]) -> None:
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.execute("DELETE FROM developed WHERE story_id = ?", [story_id])
            self._insert_tuples(  # type: ignore[attr-defined]
                "developed", ("story_id", "article_id"), [(story_id, a) for a in article_ids]
            )

    def replace_developments(
        self, story_id: int, article_ids: Sequence[int], rows: Sequence[tuple]
    ) -> None:
        """Replace the developments of some reports of a story with `rows`
        (DEVELOPMENT_COLUMNS)."""
        with self.transaction():  # type: ignore[attr-defined]
            self.conn.execute(
                "DELETE FROM developments WHERE story_id = ? "
                "AND article_id IN (SELECT unnest(?::INTEGER[]))",
                [story_id, list(article_ids)],
            )
            self._insert_tuples(  # type: ignore[attr-defined]
                "developments", DEVELOPMENT_COLUMNS, rows
            )

    # -- reading ---------------------------------------------------------------------------

    def stories(self, topic_id: int | None = None) -> list[dict[str, Any]]:
        """Stories with their topic, reports (`article_ids`, in story order: `listed_ids`),
        span of report dates; largest first."""
        where = "WHERE s.topic_id = ?" if topic_id is not None else ""
        return self._with_article_ids(
            self._dicts(
                f"SELECT s.id, s.topic_id, s.title, count(a.article_id) AS articles, {_SPAN} "
                f"FROM stories s JOIN article_stories a ON a.story_id = s.id {where} "
                "GROUP BY ALL ORDER BY articles DESC, s.id",
                [topic_id] if topic_id is not None else [],
            )
        )

    def story(self, story_id: int) -> dict[str, Any]:
        rows = self._dicts(
            f"SELECT s.id, s.topic_id, s.title, t.title AS topic_title, {_SPAN} "
            "FROM stories s JOIN topics t ON t.id = s.topic_id "
            "JOIN article_stories a ON a.story_id = s.id WHERE s.id = ? GROUP BY ALL",
            [story_id],
        )
        if not rows:
            raise StoryNotFound(f"no story with id {story_id}: `storyline stories` lists them")
        return self._with_article_ids(rows)[0]

    def _with_article_ids(self, stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """`stories` with the ids of their reports, duplicates included, in story order."""
        members: dict[int, list[dict[str, Any]]] = {row["id"]: [] for row in stories}
        for member in self._dicts(
            "SELECT s.story_id, a.id, strftime(a.published, '%Y-%m-%d') AS published, "
            "s.report_date, a.duplicate_of FROM article_stories s "
            "JOIN articles a ON a.id = s.article_id "
            "WHERE s.story_id IN (SELECT unnest(?::INTEGER[])) ORDER BY a.id",
            [list(members)],
        ):
            members[member["story_id"]].append(member)
        return [{**row, "article_ids": listed_ids(members[row["id"]])} for row in stories]

    def topics(self) -> list[dict[str, Any]]:
        """Topics with their stories and the span of their report dates."""
        return self._dicts(
            "SELECT t.id, t.title, list(DISTINCT s.id ORDER BY s.id) AS story_ids, "
            "count(DISTINCT a.article_id) AS articles, "
            "strftime(min(a.report_date), '%Y-%m-%d') AS start, "
            "strftime(max(a.report_date), '%Y-%m-%d') AS \"end\" "
            "FROM topics t JOIN stories s ON s.topic_id = t.id "
            "JOIN article_stories a ON a.story_id = s.id GROUP BY ALL ORDER BY t.id"
        )

    def story_reports(self, story_id: int) -> list[dict[str, Any]]:
        """The reports of a story in story order (`ReportOrder`), duplicates left out: id,
        title, source, published, report date, page kind (`ingest.page_kind`), text."""
        rows = self._dicts(
            "SELECT a.id, a.title, a.source, strftime(a.published, '%Y-%m-%d') AS published, "
            f"s.report_date, {PAGE_KIND}, a.text "
            "FROM article_stories s JOIN articles a ON a.id = s.article_id "
            "WHERE s.story_id = ? AND a.duplicate_of IS NULL ORDER BY a.id",
            [story_id],
        )
        return ReportOrder(rows).story_order()

    def sentences_of(self, article_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Sentences (article_id, idx, start, end, kind) of some articles, in text order."""
        return self._dicts(
            'SELECT article_id, idx, start_char AS start, end_char AS "end", kind '
            "FROM sentences WHERE article_id IN (SELECT unnest(?::INTEGER[])) "
            "ORDER BY article_id, idx",
            [list(article_ids)],
        )

    def story_entities(
        self,
        article_ids: Sequence[int],
        limit: int | None = None,
        types: Sequence[str] | None = None,
        untold: Sequence[tuple[int, int, int]] = (),
    ) -> list[dict[str, Any]]:
        """The entities named in some articles, most mentioned first, with counts there;
        with `types`, only entities of those types; with `untold` (article_id, start, end)
        spans, only the mentions that do not start in one (`Database.entities`)."""
        typed = "AND e.type IN (SELECT unnest(?::VARCHAR[])) " if types is not None else ""
        told = f"AND {UNTOLD_MENTION} " if untold else ""
        return self._dicts(
            "SELECT e.id, e.name, e.type, e.code, e.country, e.roles, count(m.idx) AS mentions, "
            "count(DISTINCT m.article_id) AS articles FROM entities e "
            "JOIN actors a ON a.entity_id = e.id JOIN actor_mentions m "
            "ON m.article_id = a.article_id AND m.actor_idx = a.idx "
            f"WHERE a.article_id IN (SELECT unnest(?::INTEGER[])) {typed}{told}"
            "GROUP BY ALL ORDER BY mentions DESC, e.name"
            + (f" LIMIT {int(limit)}" if limit is not None else ""),
            [list(article_ids)]
            + ([list(types)] if types is not None else [])
            + (untold_columns(untold) if untold else []),
        )

    def developments(self, story_id: int | None = None) -> list[dict[str, Any]]:
        """Developments (of one story, or all), with the entity of the actor whose position
        changed (entity ids change as the corpus is linked again: joined on reading)."""
        where = "WHERE d.story_id = ?" if story_id is not None else ""
        return self._dicts(
            "SELECT d.story_id, d.article_id, d.kind, d.start_char AS start, "
            'd.end_char AS "end", d.text, d.earlier_article_id, d.earlier_start, '
            "d.earlier_end, a.entity_id AS actor_entity_id, e.name AS actor_name, d.similarity "
            "FROM developments d LEFT JOIN actors a ON a.article_id = d.article_id "
            "AND a.idx = d.actor_idx LEFT JOIN entities e ON e.id = a.entity_id "
            f"{where} ORDER BY d.story_id, d.article_id, d.start_char",
            [story_id] if story_id is not None else [],
        )
