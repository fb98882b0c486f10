"""The database schema, as an ordered list of migrations.

Each migration is applied once, in its own transaction, and recorded in
`schema_migrations`. Never edit a released migration: add the next one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "articles, blocks, sentences, entity mentions and rejects",
        [
            """
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                source_key VARCHAR NOT NULL UNIQUE,
                path VARCHAR NOT NULL,
                line INTEGER,
                format VARCHAR NOT NULL,
                title VARCHAR,
                published DATE,
                source VARCHAR,
                url VARCHAR,
                language VARCHAR,
                text VARCHAR NOT NULL,
                content_hash VARCHAR NOT NULL,
                minhash BLOB,
                n_words INTEGER NOT NULL,
                duplicate_of INTEGER,
                similarity DOUBLE,
                ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )
            """,
            "CREATE INDEX articles_hash ON articles (content_hash)",
            """
            CREATE TABLE blocks (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE sentences (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE mentions (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                sentence_idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                label VARCHAR NOT NULL
            )
            """,
            """
            CREATE TABLE rejects (
                source_key VARCHAR PRIMARY KEY,
                path VARCHAR NOT NULL,
                line INTEGER,
                code VARCHAR NOT NULL,
                reason VARCHAR NOT NULL,
                rejected_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )
            """,
        ],
    ),
    (
        2,
        "actors of each article, their mentions, and entities linked across articles",
        [
            # articles annotated before the NLP pass changed are annotated again on ingest
            "ALTER TABLE articles ADD COLUMN annotation_version INTEGER",
            """
            CREATE TABLE actors (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                name VARCHAR NOT NULL,
                type VARCHAR NOT NULL,
                key VARCHAR NOT NULL,
                country VARCHAR,
                roles VARCHAR[] NOT NULL,
                code VARCHAR,
                ambiguous BOOLEAN NOT NULL,
                entity_id INTEGER
            )
            """,
            """
            CREATE TABLE actor_mentions (
                article_id INTEGER NOT NULL,
                actor_idx INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                sentence_idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                kind VARCHAR NOT NULL
            )
            """,
            """
            CREATE TABLE entities (
                id INTEGER PRIMARY KEY,
                name VARCHAR NOT NULL,
                type VARCHAR NOT NULL,
                code VARCHAR,
                country VARCHAR,
                roles VARCHAR[] NOT NULL,
                n_mentions INTEGER NOT NULL,
                n_articles INTEGER NOT NULL
            )
            """,
        ],
    ),
    (
        3,
        "time expressions of each article, with their calendar values",
        [
            """
            CREATE TABLE times (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                sentence_idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                type VARCHAR NOT NULL,
                value VARCHAR NOT NULL,
                anchor VARCHAR,
                mod VARCHAR
            )
            """,
        ],
    ),
    (
        4,
        "quotes and reported speech of each article, with speakers",
        [
            """
            CREATE TABLE quotes (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                sentence_idx INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                cue_start INTEGER,
                cue_end INTEGER,
                cue VARCHAR,
                speaker_start INTEGER,
                speaker_end INTEGER,
                speaker VARCHAR,
                speaker_actor_idx INTEGER,
                via VARCHAR
            )
            """,
        ],
    ),
    (
        5,
        "stories and topics: each report's story, its lead embedding and date; developments",
        [
            """
            CREATE TABLE topics (
                id INTEGER PRIMARY KEY,
                title VARCHAR NOT NULL
            )
            """,
            """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                topic_id INTEGER NOT NULL,
                title VARCHAR NOT NULL
            )
            """,
            """
            CREATE TABLE article_stories (
                article_id INTEGER PRIMARY KEY,
                story_id INTEGER NOT NULL,
                topic_id INTEGER NOT NULL,
                report_date DATE,
                vector FLOAT[384]
            )
            """,
            """
            CREATE TABLE developments (
                story_id INTEGER NOT NULL,
                article_id INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                earlier_article_id INTEGER,
                earlier_start INTEGER,
                earlier_end INTEGER,
                actor_idx INTEGER,
                similarity DOUBLE
            )
            """,
        ],
    ),
    (
        6,
        "which reports of each story have their developments found (found when asked for)",
        [
            """
            CREATE TABLE developed (
                story_id INTEGER NOT NULL,
                article_id INTEGER NOT NULL
            )
            """,
        ],
    ),
    (
        7,
        "the actors each report's headline names, offsets into the headline (for stories)",
        [
            """
            CREATE TABLE title_actors (
                article_id INTEGER NOT NULL,
                type VARCHAR NOT NULL,
                key VARCHAR NOT NULL,
                country VARCHAR,
                ambiguous BOOLEAN NOT NULL,
                named_at INTEGER[] NOT NULL
            )
            """,
        ],
    ),
    (
        8,
        "the statement each report's headline attributes to one of its actors, offsets into "
        "the headline",
        [
            """
            CREATE TABLE title_quotes (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                cue_start INTEGER,
                cue_end INTEGER,
                cue VARCHAR,
                speaker_start INTEGER,
                speaker_end INTEGER,
                speaker VARCHAR,
                speaker_actor_idx INTEGER
            )
            """,
        ],
    ),
    (
        9,
        "what kind of page each report is: news, comments, letters or listing "
        "(`ingest.page_kind`; NULL: stored before it was read, taken as news)",
        ["ALTER TABLE articles ADD COLUMN page_kind VARCHAR"],
    ),
    (
        10,
        "the time expressions of each report's headline, offsets into the headline "
        "(`extract.times.headline`)",
        [
            """
            CREATE TABLE title_times (
                article_id INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                type VARCHAR NOT NULL,
                value VARCHAR NOT NULL,
                anchor VARCHAR,
                mod VARCHAR
            )
            """,
        ],
    ),
    (
        11,
        "the persons a quote's \"they\" stands for, named together before it: their actors "
        "(`extract.quotes.pairs`; NULL: stored before it was read)",
        ["ALTER TABLE quotes ADD COLUMN speaker_group_idx INTEGER[]"],
    ),
    (
        12,
        "the parts of a quote its cue interrupts (`\"…,\" he said, \"…\"`), offsets into the text "
        "(`Quote.parts`: [start, end] each; NULL: one part, or stored before it was read)",
        ["ALTER TABLE quotes ADD COLUMN parts INTEGER[][]"],
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
