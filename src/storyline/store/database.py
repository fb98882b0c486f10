"""All access to the DuckDB store goes through `Database`."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from storyline.errors import ArticleNotFound, Rejected, StoreError
from storyline.link.mention_context import CONTEXT_CHARS
from storyline.nlp.version import ANNOTATION_VERSION
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION
from storyline.store.stories import PAGE_KIND, UNTOLD_MENTION, StoryTables, untold_columns

if TYPE_CHECKING:  # only written by ingest: a reading command need not import spaCy for them
    from storyline.ingest.article import Article
    from storyline.link.entities import ActorRef, Entity
    from storyline.nlp.annotations import Annotations

DEFAULT_DB = "storyline.db"
# tables whose rows belong to one article and go with it
ARTICLE_PARTS = (
    "blocks", "sentences", "mentions", "actors", "actor_mentions", "times", "quotes",
    "article_stories", "developments", "developed", "title_actors", "title_quotes",
    "title_times",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article to write: the cleaned article, its signature and what NLP found."""

    article: Article
    minhash: bytes | None
    annotations: Annotations | None = None
    duplicate_of_key: str | None = None
    similarity: float | None = None


class Database(StoryTables):
    """A storyline DuckDB file: migrations on open, whole-article transactions on write."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}: run `storyline ingest PATH` first")
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path} as a storyline database: {exc}") from exc
        if not read_only:
            self.migrate()
        elif self.schema_version() != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {self.schema_version()}, this storyline "
                f"needs {SCHEMA_VERSION}: open it once without read-only access to migrate"
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------

    def schema_version(self) -> int:
        exists = self.conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    def migrate(self) -> list[int]:
        """Apply the migrations this file lacks; return their versions."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        current = self.schema_version()
        applied = []
        for version, description, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for statement in statements:
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                    [version, description],
                )
            applied.append(version)
        return applied

    # -- transactions -------------------------------------------------------------------

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- writing ------------------------------------------------------------------------

    def known_keys(self) -> dict[str, str]:
        """Source key → content hash of every article stored by the current NLP pass."""
        rows = self.conn.execute(
            "SELECT source_key, content_hash FROM articles WHERE annotation_version = ?",
            [ANNOTATION_VERSION],
        ).fetchall()
        return dict(rows)

    def originals(self) -> Iterator[tuple[str, str, bytes]]:
        """(source key, content hash, minhash) of every stored non-duplicate article."""
        cursor = self.conn.execute(
            "SELECT source_key, content_hash, minhash FROM articles "
            "WHERE duplicate_of IS NULL AND minhash IS NOT NULL ORDER BY id"
        )
        while rows := cursor.fetchmany(1000):
            yield from rows

    def write_articles(self, batch: list[StoredArticle]) -> list[int]:
        """Write whole articles (with blocks, sentences and mentions) in one transaction.

        An article whose source key is stored already is replaced in place, keeping its id.
        A duplicate's original must be stored already or come earlier in the batch. Rows go
        in column-wise, one statement per table for the whole batch: per-row inserts would
        cost more than the rest of the ingest path.
        """
        if not batch:
            return []
        with self.transaction():
            keys = [item.article.key for item in batch]
            ids = self._ids_of_keys(keys)
            replaced = list(ids.values())
            if replaced:
                for table in ARTICLE_PARTS:
                    self.conn.execute(
                        f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::INTEGER[]))",
                        [replaced],
                    )
                self.conn.execute(
                    "DELETE FROM articles WHERE id IN (SELECT unnest(?::INTEGER[]))", [replaced]
                )
            row = self.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()
            next_id = int(row[0]) if row else 0
            for key in keys:
                if key not in ids:
                    next_id += 1
                    ids[key] = next_id
            self._insert_articles(batch, ids)
            span_columns = {"kind": "kind", "start_char": "start", "end_char": "end"}
            self._insert_rows(
                "blocks", [(ids[i.article.key], i.article.blocks) for i in batch], span_columns
            )
            annotated = [(ids[i.article.key], i.annotations) for i in batch if i.annotations]
            self._insert_rows(
                "sentences", [(a, ann.sentences) for a, ann in annotated], span_columns
            )
            self._insert_rows(
                "mentions",
                [(a, ann.mentions) for a, ann in annotated],
                {
                    "sentence_idx": "sentence_idx",
                    "start_char": "start",
                    "end_char": "end",
                    "text": "text",
                    "label": "label",
                },
            )
            self._insert_actors(annotated)
            self._insert_times(annotated)
            self._insert_quotes(annotated)
            self.conn.execute(
                "DELETE FROM rejects WHERE source_key IN (SELECT unnest(?::VARCHAR[]))", [keys]
            )
        return [ids[key] for key in keys]

    def _insert_actors(self, annotated: list[tuple[int, Annotations]]) -> None:
        actors: list[tuple[Any, ...]] = []
        mentions: list[tuple[Any, ...]] = []
        for article_id, found in annotated:
            starts = [sentence.start for sentence in found.sentences]
            for idx, actor in enumerate(found.actors):
                actors.append((
                    article_id, idx, actor.name, actor.type, " ".join(actor.key), actor.country,
                    list(actor.roles), actor.code, actor.ambiguous,
                ))  # fmt: skip
                mentions.extend(
                    (article_id, idx, m_idx, _sentence_at(starts, m.start), m.start, m.end,
                     m.text, m.kind)
                    for m_idx, m in enumerate(actor.mentions)
                )  # fmt: skip
        self._insert_tuples("actors", ACTOR_COLUMNS, actors)
        self._insert_tuples("actor_mentions", ACTOR_MENTION_COLUMNS, mentions)

    def _insert_times(self, annotated: list[tuple[int, Annotations]]) -> None:
        rows: list[tuple[Any, ...]] = []
        for article_id, found in annotated:
            starts = [sentence.start for sentence in found.sentences]
            rows.extend(
                (article_id, idx, _sentence_at(starts, t.start), t.start, t.end, t.text, t.type,
                 t.value, t.anchor, t.mod)
                for idx, t in enumerate(found.times)
            )  # fmt: skip
        self._insert_tuples("times", TIME_COLUMNS, rows)

    def _insert_quotes(self, annotated: list[tuple[int, Annotations]]) -> None:
        rows: list[tuple[Any, ...]] = []
        for article_id, found in annotated:
            starts = [sentence.start for sentence in found.sentences]
            for idx, q in enumerate(found.quotes):
                cue, speaker = q.cue, q.speaker
                rows.append((
                    article_id, idx, _sentence_at(starts, q.content.start), q.kind,
                    q.content.start, q.content.end, q.content.text, cue and cue.start,
                    cue and cue.end, cue and cue.text, speaker and speaker.start,
                    speaker and speaker.end, speaker and speaker.text, q.speaker_actor,
                    q.via and q.via.text, list(q.speaker_group) or None,
                    [[p.start, p.end] for p in q.parts] if len(q.parts) > 1 else None,
                ))  # fmt: skip
        self._insert_tuples("quotes", QUOTE_COLUMNS, rows)

    def _insert_tuples(
        self, table: str, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """Insert rows given as tuples in the order of `names` (nothing when there are none)."""
        if rows:
            columns = zip(*rows, strict=True)
            self._insert_columns(
                table, {name: list(values) for name, values in zip(names, columns, strict=True)}
            )

    def quotes(
        self,
        article_id: int | None = None,
        article_ids: Sequence[int] | None = None,
        titles: bool = False,
    ) -> list[dict[str, Any]]:
        """Quotes (of one article, some, or all) with their speaker's entity and the dates
        their sentence speaks of, in text order; `field` says which string `start`/`end`
        point into: "text". `parts` are the (start, end) of what was said around the words
        that interrupt it (`"…," he said, "…"`; one part for most), and `said` those parts'
        words joined with " … " (`said_text`): what a user is shown; `text` runs from the
        first part's start to the last one's end, the cue inside. With `titles`, each
        report's headline statement comes first (`field` "title", offsets into the title, no
        sentence and no dates: see `extract.quotes.headline`)."""
        where, params = _articles_where("q.article_id", article_id, article_ids)
        speaker = (
            "a.entity_id AS speaker_entity_id, e.name AS speaker_name FROM {table} q "
            "LEFT JOIN actors a ON a.article_id = q.article_id AND a.idx = q.speaker_actor_idx "
            "LEFT JOIN entities e ON e.id = a.entity_id"
        )
        text = (
            "SELECT q.article_id, q.sentence_idx, q.kind, q.start_char AS start, "
            'q.end_char AS "end", q.text, q.cue, q.speaker AS speaker_text, q.via, '
            "q.speaker_actor_idx, 'text' AS field, 1 AS part, q.idx, q.parts, "
            "(SELECT list(t.value ORDER BY t.idx) FROM times t WHERE t.article_id = "
            "q.article_id AND t.sentence_idx = q.sentence_idx AND t.type IN ('DATE', 'TIME')) "
            f"AS dates, {_SPEAKER_GROUP}, {speaker.format(table='quotes')} {where}"
        )
        title = (
            "SELECT q.article_id, NULL::INTEGER AS sentence_idx, q.kind, "
            'q.start_char AS start, q.end_char AS "end", q.text, q.cue, '
            "q.speaker AS speaker_text, NULL::VARCHAR AS via, q.speaker_actor_idx, "
            "'title' AS field, 0 AS part, q.idx, NULL::INTEGER[][] AS parts, "
            "NULL::VARCHAR[] AS dates, "
            "NULL::INTEGER[] AS speaker_group_entity_ids, NULL::VARCHAR[] AS speaker_group_names, "
            f"{speaker.format(table='title_quotes')} {where}"
        )
        rows = self._titles_first(text, title if titles else None, params)
        for row in rows:
            row["parts"] = quote_parts(row)
            row["said"] = said_text(row)
        return rows

    def speaker_candidates(self, article_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The actors of some articles as a headline's speaker may name them: article_id,
        idx, type, names (the name, and the texts of its name and title mentions), mentions."""
        return self._dicts(
            "SELECT a.article_id, a.idx, a.type, "
            "list_prepend(a.name, list(m.text) FILTER (WHERE m.kind IN ('name', 'title'))) "
            "AS names, count(m.idx) AS mentions FROM actors a JOIN actor_mentions m "
            "ON m.article_id = a.article_id AND m.actor_idx = a.idx "
            "WHERE a.article_id IN (SELECT unnest(?::INTEGER[])) "
            "GROUP BY a.article_id, a.idx, a.type, a.name ORDER BY a.article_id, a.idx",
            [list(article_ids)],
        )

    def write_title_quotes(self, articles: Sequence[int], rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace the headline statements of `articles` by `rows` (`TITLE_QUOTE_COLUMNS`)."""
        self._replace_rows("title_quotes", TITLE_QUOTE_COLUMNS, articles, rows)

    def write_title_times(self, articles: Sequence[int], rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace the headline times of `articles` by `rows` (`TITLE_TIME_COLUMNS`)."""
        self._replace_rows("title_times", TITLE_TIME_COLUMNS, articles, rows)

    def _replace_rows(
        self,
        table: str,
        columns: Sequence[str],
        articles: Sequence[int],
        rows: Sequence[tuple[Any, ...]],
    ) -> None:
        """Replace the rows of `articles` in a per-article table by `rows`, in one transaction."""
        with self.transaction():
            self.conn.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::INTEGER[]))",
                [list(articles)],
            )
            self._insert_tuples(table, columns, rows)

    def _ids_of_keys(self, keys: list[str]) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT source_key, id FROM articles WHERE source_key IN (SELECT unnest(?::VARCHAR[]))",
            [keys],
        ).fetchall()
        return {key: int(article_id) for key, article_id in rows}

    def _insert_articles(self, batch: list[StoredArticle], ids: dict[str, int]) -> None:
        originals = [i.duplicate_of_key for i in batch if i.duplicate_of_key is not None]
        known = {**self._ids_of_keys([k for k in originals if k not in ids]), **ids}
        missing = [k for k in originals if k not in known]
        if missing:
            raise StoreError(f"original {missing[0]} of a duplicate is not stored")
        columns: dict[str, list[Any]] = {
            "id": [ids[i.article.key] for i in batch],
            "source_key": [i.article.key for i in batch],
            "path": [i.article.path for i in batch],
            "line": [i.article.line for i in batch],
            "format": [i.article.format for i in batch],
            "title": [i.article.meta.title for i in batch],
            "published": [i.article.meta.published for i in batch],
            "source": [i.article.meta.source for i in batch],
            "url": [i.article.meta.url for i in batch],
            "language": [i.article.meta.language for i in batch],
            "text": [i.article.text for i in batch],
            "content_hash": [i.article.content_hash for i in batch],
            "minhash": [i.minhash for i in batch],
            "n_words": [i.article.n_words for i in batch],
            "page_kind": [i.article.page_kind for i in batch],
            "duplicate_of": [known.get(i.duplicate_of_key or "") for i in batch],
            "similarity": [i.similarity for i in batch],
            "annotation_version": [ANNOTATION_VERSION] * len(batch),
        }
        self._insert_columns("articles", columns)

    def _insert_columns(self, table: str, columns: dict[str, list[Any]]) -> None:
        """Insert rows given column-wise, in one statement (DuckDB unnests list parameters)."""
        unnests = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {unnests}", list(columns.values())
        )

    def _insert_rows(
        self,
        table: str,
        rows_by_article: list[tuple[int, Sequence[object]]],
        columns: dict[str, str],
    ) -> None:
        """Insert the rows of several articles, each numbered by `idx` within its article.

        `columns` maps a column to the attribute of each row that fills it.
        """
        flat = [(a, idx, row) for a, rows in rows_by_article for idx, row in enumerate(rows)]
        if not flat:
            return
        values: dict[str, list[Any]] = {
            "article_id": [a for a, _, _ in flat],
            "idx": [idx for _, idx, _ in flat],
        }
        for column, attr in columns.items():
            values[column] = [getattr(row, attr) for _, _, row in flat]
        self._insert_columns(table, values)

    def write_entities(self, actors: Sequence[ActorRef], entities: Sequence[Entity]) -> None:
        """Replace all entities, and point each actor at its entity (ids from 1)."""
        entity_of = {i: n + 1 for n, e in enumerate(entities) for i in e.members}
        mentions = [sum(actors[i].n_mentions for i in e.members) for e in entities]
        articles = [len({actors[i].article_id for i in e.members}) for e in entities]
        with self.transaction():
            self.conn.execute("DELETE FROM entities")
            if entities:
                self._insert_columns(
                    "entities",
                    {
                        "id": list(range(1, len(entities) + 1)),
                        "name": [e.name for e in entities],
                        "type": [e.type for e in entities],
                        "code": [e.code for e in entities],
                        "country": [e.country for e in entities],
                        "roles": [list(e.roles) for e in entities],
                        "n_mentions": mentions,
                        "n_articles": articles,
                    },
                )
            self.conn.execute("UPDATE actors SET entity_id = NULL")
            if actors:
                self.conn.execute(
                    "UPDATE actors SET entity_id = m.entity_id FROM (SELECT unnest(?) AS "
                    "article_id, unnest(?) AS idx, unnest(?) AS entity_id) AS m "
                    "WHERE actors.article_id = m.article_id AND actors.idx = m.idx",
                    [
                        [a.article_id for a in actors],
                        [a.idx for a in actors],
                        [entity_of[i] for i in range(len(actors))],
                    ],
                )

    def record_reject(self, key: str, path: str, line: int | None, error: Rejected) -> None:
        """Record why an input was rejected; the same reason again changes nothing."""
        self.conn.execute(
            "INSERT INTO rejects (source_key, path, line, code, reason) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (source_key) DO UPDATE SET code = excluded.code, "
            "reason = excluded.reason, rejected_at = excluded.rejected_at "
            "WHERE rejects.reason <> excluded.reason",
            [key, path, line, error.code.value, error.reason],
        )

    # -- reading ------------------------------------------------------------------------

    def _dicts(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE duplicate_of IS NULL), "
            "count(*) FILTER (WHERE duplicate_of IS NOT NULL), "
            "(SELECT count(*) FROM rejects), (SELECT count(*) FROM sentences), "
            "(SELECT count(*) FROM mentions) FROM articles"
        ).fetchone()
        assert row is not None
        keys = ("articles", "duplicates", "rejects", "sentences", "mentions")
        return dict(zip(keys, (int(v) for v in row), strict=True))

    def articles(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT id, path, line, title, strftime(published, '%Y-%m-%d') AS published, source, "
            f"url, language, n_words, {PAGE_KIND}, duplicate_of, similarity, "
            "left(text, 80) AS text FROM articles ORDER BY id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql)

    def article(self, article_id: int) -> dict[str, Any]:
        rows = self._dicts(
            "SELECT id, path, line, format, title, strftime(published, '%Y-%m-%d') AS published, "
            f"source, url, language, {PAGE_KIND}, text, n_words, duplicate_of, similarity "
            "FROM articles WHERE id = ?",
            [article_id],
        )
        if not rows:
            raise ArticleNotFound(f"no article with id {article_id}: `storyline list` shows them")
        return rows[0]

    def spans(self, table: str, article_id: int) -> list[dict[str, Any]]:
        """Blocks, sentences or mentions of one article, in order."""
        assert table in ("blocks", "sentences", "mentions")
        return self._dicts(
            f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? ORDER BY idx",
            [article_id],
        )

    def rejects(self) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT path, line, code, reason, rejected_at FROM rejects ORDER BY path, line"
        )

    def export_articles(self) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT id, path, title, strftime(published, '%Y-%m-%d') AS published, source, "
            f"language, {PAGE_KIND}, text, duplicate_of FROM articles ORDER BY id"
        )

    def export_mentions(self) -> list[dict[str, Any]]:
        return self._dicts(
            'SELECT article_id, start_char AS start, end_char AS "end", text, label '
            "FROM mentions ORDER BY article_id, idx"
        )

    def times(
        self,
        article_id: int | None = None,
        article_ids: Sequence[int] | None = None,
        titles: bool = False,
    ) -> list[dict[str, Any]]:
        """Time expressions (of one article, some, or all), in text order, with the sentence
        each lies in; `field` says which string `start`/`end` point into: "text". With
        `titles`, each report's headline times come first (`field` "title", offsets into the
        title, no sentence: see `extract.times.headline`)."""
        where, params = _articles_where("article_id", article_id, article_ids)
        columns = 'start_char AS start, end_char AS "end", text, type, value, anchor, mod'
        query = (
            f"SELECT article_id, sentence_idx, {columns}, 'text' AS field, 1 AS part, idx "
            f"FROM times {where}"
        )
        title = (
            f"SELECT article_id, NULL::INTEGER AS sentence_idx, {columns}, 'title' AS field, "
            f"0 AS part, idx FROM title_times {where}"
        )
        return self._titles_first(query, title if titles else None, params)

    def _titles_first(
        self, query: str, title_query: str | None, params: list[Any]
    ) -> list[dict[str, Any]]:
        """The rows of a text table's `query`, after those of its headline table's
        `title_query` when one is given (both take `params`; each selects `part`, 0 for the
        title and 1 for the text, and `idx`), by article, part and idx, without those two."""
        if title_query is not None:
            query = f"{title_query} UNION ALL {query}"
            params = params * 2
        rows = self._dicts(f"SELECT * FROM ({query}) ORDER BY article_id, part, idx", params)
        for row in rows:
            del row["part"], row["idx"]
        return rows

    def actor_rows(self) -> list[dict[str, Any]]:
        """Every actor of the stored originals, with its number of mentions; for a plural
        group standing alone (key "the … plural", `link.modifiers.is_plural_group`: the only
        actors whose text around them linking reads), each mention's text with up to
        `CONTEXT_CHARS` characters of its report before and after it (`contexts`: [before,
        text, after], in text order; None for other actors, whose contexts would only cost
        memory on a large corpus); for a person, its pronouns as written (`pronouns`: the
        gender they give tells two persons of one surname apart) and, for a one-word name,
        its other mentions as written (`names`: "Mrs Jolly", whose honorific gives a gender); for a
        role or common noun standing alone (key "the …"), its mentions other than pronouns as
        written (`descriptions`: "a strategist" brings in someone new,
        `link.entities.indefinite_only`)."""
        return self._dicts(
            "SELECT a.article_id, a.idx, a.name, a.type, a.key, a.country, a.roles, a.code, "
            "a.ambiguous, count(m.idx) AS n_mentions, "
            "list([substr(ar.text, greatest(m.start_char - ?, 0) + 1, "
            "m.start_char - greatest(m.start_char - ?, 0)), m.text, "
            "substr(ar.text, m.end_char + 1, ?)] ORDER BY m.start_char) "
            "FILTER (WHERE m.idx IS NOT NULL AND a.key LIKE 'the %' AND a.key LIKE '% plural') "
            "AS contexts, "
            "list(m.text) FILTER (WHERE m.kind = 'pronoun' AND a.type = 'PERSON') AS pronouns, "
            "list(m.text) FILTER (WHERE m.kind <> 'pronoun' AND a.type = 'PERSON' "
            "AND a.key NOT LIKE '% %') AS names, "
            "list(m.text) FILTER (WHERE m.kind <> 'pronoun' AND a.key LIKE 'the %') "
            "AS descriptions "
            "FROM actors a JOIN articles ar ON ar.id = a.article_id "
            "LEFT JOIN actor_mentions m ON m.article_id = a.article_id AND m.actor_idx = a.idx "
            "WHERE ar.duplicate_of IS NULL GROUP BY ALL ORDER BY a.article_id, a.idx",
            [CONTEXT_CHARS] * 3,
        )

    def entities(
        self,
        article_id: int | None = None,
        limit: int | None = None,
        types: Sequence[str] | None = None,
        untold: Sequence[tuple[int, int, int]] = (),
        entity_ids: Sequence[int] | None = None,
    ) -> list[dict]:
        """Entities with their mention and article counts, most mentioned first (ties by name,
        then id, so two reads of one store list them alike); with `article_id`, those of one
        article, their mentions counted there; with `types`, only entities of those types (the
        actors, or the things); with `entity_ids`, only those; with `untold` (article_id,
        start, end) spans, the mentions starting in them are not counted, nor their reports,
        and an entity with no other mention is left out (`story.material.told_entities`)."""
        conditions: list[str] = []
        params: list[Any] = []
        if article_id is not None:
            conditions.append("a.article_id = ?")
            params.append(article_id)
        if types is not None:
            conditions.append("e.type IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(types))
        if entity_ids is not None:
            conditions.append("e.id IN (SELECT unnest(?::INTEGER[]))")
            params.append(list(entity_ids))
        if untold:
            conditions.append(UNTOLD_MENTION)
            params.extend(untold_columns(untold))
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        articles = "count(DISTINCT m.article_id)" if untold else "e.n_articles"
        sql = (
            "SELECT e.id, e.name, e.type, e.code, e.country, e.roles, "
            f"count(m.idx) AS mentions, {articles} AS articles "
            "FROM entities e JOIN actors a ON a.entity_id = e.id "
            "JOIN actor_mentions m ON m.article_id = a.article_id AND m.actor_idx = a.idx "
            f"{where} GROUP BY ALL ORDER BY mentions DESC, e.name, e.id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql, params)

    def has_entity(self, entity_id: int) -> bool:
        """Is there an entity with this id?"""
        query = "SELECT 1 FROM entities WHERE id = ?"
        return self.conn.execute(query, [entity_id]).fetchone() is not None

    def entity_mentions(self, article_id: int | None = None) -> list[dict[str, Any]]:
        """Mentions with their entity id (of one article, or all), in text order."""
        where = "WHERE m.article_id = ?" if article_id is not None else ""
        return self._dicts(
            'SELECT a.entity_id, m.article_id, m.start_char AS start, m.end_char AS "end", '
            "m.text, m.kind FROM actor_mentions m JOIN actors a "
            "ON a.article_id = m.article_id AND a.idx = m.actor_idx "
            f"{where} ORDER BY m.article_id, m.start_char, m.end_char, m.actor_idx, m.idx",
            [article_id] if article_id is not None else [],
        )

    def entity_articles(self, entity_ids: Sequence[int]) -> list[int]:
        """The ids of the reports whose actors are of these entities, in order."""
        rows = self.conn.execute(
            "SELECT DISTINCT article_id FROM actors "
            "WHERE entity_id IN (SELECT unnest(?::INTEGER[])) ORDER BY article_id",
            [list(entity_ids)],
        ).fetchall()
        return [int(row[0]) for row in rows]

    def entity_names(self) -> list[dict[str, Any]]:
        """Every entity with the words its mentions name it by: id, name, type, mentions,
        articles, texts (distinct, sorted), most mentioned first (as `entities`)."""
        return self._dicts(
            "SELECT e.id, e.name, e.type, count(m.idx) AS mentions, e.n_articles AS articles, "
            "list(DISTINCT m.text ORDER BY m.text) AS texts "
            "FROM entities e JOIN actors a ON a.entity_id = e.id "
            "JOIN actor_mentions m ON m.article_id = a.article_id AND m.actor_idx = a.idx "
            "GROUP BY ALL ORDER BY mentions DESC, e.name, e.id"
        )

    def mentions_of_entity(self, entity_id: int) -> list[dict[str, Any]]:
        """The mentions of one entity (article_id, sentence_idx, start, end) with the story of
        their report (story_id; None for a report not filed yet), in text order."""
        return self._dicts(
            'SELECT m.article_id, m.sentence_idx, m.start_char AS start, m.end_char AS "end", '
            "s.story_id FROM actor_mentions m JOIN actors a "
            "ON a.article_id = m.article_id AND a.idx = m.actor_idx "
            "LEFT JOIN article_stories s ON s.article_id = m.article_id "
            "WHERE a.entity_id = ? ORDER BY m.article_id, m.start_char, m.end_char",
            [entity_id],
        )


ACTOR_COLUMNS = (
    "article_id", "idx", "name", "type", "key", "country", "roles", "code", "ambiguous",
)  # fmt: skip
ACTOR_MENTION_COLUMNS = (
    "article_id", "actor_idx", "idx", "sentence_idx", "start_char", "end_char", "text", "kind",
)  # fmt: skip
TIME_COLUMNS = (
    "article_id", "idx", "sentence_idx", "start_char", "end_char", "text", "type", "value",
    "anchor", "mod",
)  # fmt: skip
# the entities and names of the persons a quote's "they" stands for (`Quote.speaker_group`),
# in the order the text named them; NULL for any other quote
_SPEAKER_GROUP = ", ".join(
    f"(SELECT list({value} ORDER BY list_position(q.speaker_group_idx, g.idx)) FROM actors g "
    f"JOIN entities ge ON ge.id = g.entity_id WHERE g.article_id = q.article_id "
    f"AND list_contains(q.speaker_group_idx, g.idx)) AS {name}"
    for value, name in (
        ("g.entity_id", "speaker_group_entity_ids"), ("ge.name", "speaker_group_names")
    )
)
QUOTE_COLUMNS = (
    "article_id", "idx", "sentence_idx", "kind", "start_char", "end_char", "text", "cue_start",
    "cue_end", "cue", "speaker_start", "speaker_end", "speaker", "speaker_actor_idx", "via",
    "speaker_group_idx", "parts",
)  # fmt: skip
# a headline's time: a time's columns without its sentence (`title_times`)
TITLE_TIME_COLUMNS = tuple(c for c in TIME_COLUMNS if c != "sentence_idx")
# a headline's statement: a quote's columns without its sentence, its medium and a group of
# speakers (`title_quotes`)
TITLE_QUOTE_COLUMNS = tuple(
    c for c in QUOTE_COLUMNS if c not in {"sentence_idx", "via", "speaker_group_idx", "parts"}
)
# what joins the parts of a quote its cue interrupts, where the cue's words were
PART_GAP = " … "


def quote_parts(row: dict[str, Any]) -> list[tuple[int, int]]:
    """A stored quote's parts (a row of `Database.quotes`): its stored [start, end] pairs in
    text order, or its one span where none were stored (one part, a headline's statement, or
    a store written before migration 12)."""
    if row.get("parts"):
        return sorted((int(start), int(end)) for start, end in row["parts"])
    return [(row["start"], row["end"])]


def said_text(row: dict[str, Any]) -> str:
    """What a quote says, as a user is shown it: its parts' words joined with " … ", without
    the words between them that interrupt it ("“We will fight,” he said, “until the end.”":
    "We will fight, … until the end."). `text` holds the quote from its first part's start,
    so each part is cut from it by its offsets."""
    start, text = row["start"], row["text"]
    return PART_GAP.join(text[s - start : e - start] for s, e in quote_parts(row))


def _articles_where(
    column: str, article_id: int | None, article_ids: Sequence[int] | None
) -> tuple[str, list[Any]]:
    """A WHERE clause (and its parameters) for one article, a list of them, or all."""
    if article_ids is not None:
        return f"WHERE {column} IN (SELECT unnest(?::INTEGER[]))", [list(article_ids)]
    if article_id is not None:
        return f"WHERE {column} = ?", [article_id]
    return "", []


def _sentence_at(starts: list[int], offset: int) -> int:
    """The index of the sentence (by sorted start offsets) a character offset lies in."""
    return max(bisect_right(starts, offset) - 1, 0)


def _is_interrupt(error: BaseException) -> bool:
    """Did DuckDB stop a statement because of Ctrl-C? It reports SIGINT as its own error
    ("Query interrupted"), not as KeyboardInterrupt."""
    return isinstance(error, duckdb.InterruptException) or (
        isinstance(error, RuntimeError) and "interrupted" in str(error).lower()
    )


class _Transaction:
    """BEGIN … COMMIT, or ROLLBACK on any exception (KeyboardInterrupt included). A Ctrl-C
    that DuckDB turns into its own error leaves as KeyboardInterrupt, after the rollback."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN TRANSACTION")

    def __exit__(self, exc_type: object, error: BaseException | None, *rest: object) -> None:
        if error is None:
            try:
                self.conn.execute("COMMIT")
                return
            except (duckdb.Error, RuntimeError) as commit_error:
                if not _is_interrupt(commit_error):
                    raise
                error = commit_error
        try:
            self.conn.execute("ROLLBACK")
        except (duckdb.Error, RuntimeError):
            if not _is_interrupt(error):
                raise
        if _is_interrupt(error):
            raise KeyboardInterrupt from error
