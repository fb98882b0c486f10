from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from storyline.errors import RejectCode, Rejected, StoreError
from storyline.export import export_stories
from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.quotes.model import Quote, Span
from storyline.ingest.article import Article, content_hash
from storyline.ingest.blocks import BlockSpan
from storyline.ingest.meta import Meta
from storyline.link.entities import ActorRef, Entity
from storyline.nlp.annotations import Annotations, Mention, Sentence
from storyline.store.database import Database, StoredArticle
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION


def article(
    key: str, text: str = "Pence met Abe in Tokyo.", published: str | None = "2018-02-07"
) -> Article:
    return Article(
        key=key, path=key, line=None, format="text", meta=Meta(published=published),
        text=text, blocks=[BlockSpan("paragraph", 0, len(text))],
        content_hash=content_hash(text), n_words=5,
    )  # fmt: skip


ANNOTATIONS = Annotations(
    [Sentence(0, 23, "paragraph")],
    [Mention(0, 5, "Pence", "PERSON", 0), Mention(17, 22, "Tokyo", "GPE", 0)],
)


def test_new_file_gets_the_current_schema(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        assert db.schema_version() == SCHEMA_VERSION
        assert db.migrate() == []  # nothing left to apply


def test_read_only_open_of_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="storyline ingest"):
        Database(tmp_path / "missing.db", read_only=True)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not duckdb" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Database(path)


def test_write_and_read_back(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        [i] = db.write_articles([StoredArticle(article("a"), b"sig", ANNOTATIONS)])
        assert db.article(i)["published"] == "2018-02-07"
        assert [m["text"] for m in db.spans("mentions", i)] == ["Pence", "Tokyo"]
        assert db.export_mentions()[1] == {
            "article_id": i, "start": 17, "end": 22, "text": "Tokyo", "label": "GPE"
        }  # fmt: skip


def test_an_entity_id_is_looked_up_alone(tmp_path: Path) -> None:
    pence = ActorRef(1, 0, "Pence", "PERSON", ("pence",), None, (), None, False)
    with Database(tmp_path / "s.db") as db:
        assert not db.has_entity(1)
        db.write_entities([pence], [Entity("Mike Pence", "PERSON", None, None, (), (0,))])
        assert db.has_entity(1) and not db.has_entity(2)


def test_headline_actors_are_replaced_and_go_with_their_article(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        [i] = db.write_articles([StoredArticle(article("a"), b"sig", ANNOTATIONS)])
        db.write_title_actors([i], [(i, "PERSON", "pence", "USA", False, [0])])
        db.write_title_actors([i], [(i, "PERSON", "mike pence", "USA", False, [0, 20])])
        rows = db.title_actor_rows()
        assert [(r["key"], r["named_at"]) for r in rows] == [("mike pence", [0, 20])]
        db.write_articles([StoredArticle(article("a", "Abe met Pence."), b"sig", ANNOTATIONS)])
        assert db.title_actor_rows() == []  # a rewritten article is filed and parsed again


def test_a_storys_reports_are_listed_in_the_story_views_order(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        undated, dated = db.write_articles(
            [
                StoredArticle(article("a", "Abe met Pence.", published=None), b"a", ANNOTATIONS),
                StoredArticle(article("b"), b"b", ANNOTATIONS),
            ]
        )
        rows = [(undated, 1, 1, None, None), (dated, 1, 1, date(2018, 2, 7), None)]
        db.write_story_assignments(rows, {1: (1, "Pence in Tokyo")}, {1: "Pence"})
        # ingested first, nothing known of its day: it comes first (`ReportOrder`)
        assert [a["id"] for a in db.story_reports(1)] == [undated, dated]
        assert db.stories()[0]["article_ids"] == [undated, dated]
        assert db.story(1)["article_ids"] == [undated, dated]
        assert export_stories(db)["stories"][0]["article_ids"] == [undated, dated]


def test_failed_write_leaves_no_half_article(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        good = StoredArticle(article("a"), b"sig", ANNOTATIONS)
        orphan = StoredArticle(article("b", "Copy."), None, None, duplicate_of_key="missing")
        with pytest.raises(StoreError):
            db.write_articles([good, orphan])
        assert db.counts() == {
            "articles": 0, "duplicates": 0, "rejects": 0, "sentences": 0, "mentions": 0
        }  # fmt: skip


def test_older_schema_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = duckdb.connect(str(path))
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    conn.close()
    with Database(path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        assert db.counts()["articles"] == 0


def test_reject_recorded_again_keeps_its_row_unless_the_reason_changed(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        db.record_reject("k", "p", None, Rejected(RejectCode.EMPTY, "the file is empty"))
        [first] = db.rejects()
        db.record_reject("k", "p", None, Rejected(RejectCode.EMPTY, "the file is empty"))
        assert db.rejects() == [first]
        db.record_reject("k", "p", None, Rejected(RejectCode.BINARY, "looks like a PDF"))
        [changed] = db.rejects()
        assert changed["code"] == "binary" and changed["rejected_at"] >= first["rejected_at"]


def test_a_ctrl_c_duckdb_reports_as_its_own_error_leaves_as_keyboard_interrupt(
    tmp_path: Path,
) -> None:
    db = Database(tmp_path / "s.db")
    with pytest.raises(KeyboardInterrupt), db.transaction():
        db.conn.execute(
            "INSERT INTO rejects (source_key, path, code, reason) VALUES ('k', 'p', 'empty', 'r')"
        )
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")
    assert db.rejects() == []  # rolled back
    db.close()


def test_articles_of_an_older_nlp_pass_are_not_known_so_they_are_annotated_again(
    tmp_path: Path,
) -> None:
    db = Database(tmp_path / "s.db")
    db.write_articles([StoredArticle(article("a"), None, ANNOTATIONS)])
    assert set(db.known_keys()) == {"a"}
    db.conn.execute("UPDATE articles SET annotation_version = NULL")  # as migration 2 leaves them
    assert db.known_keys() == {}
    db.close()


def test_only_a_plural_groups_mentions_come_with_the_text_around_them(tmp_path: Path) -> None:
    text = "Pence met iPod Touch users in Tokyo."
    group = ("the", "user", "plural")
    users = Actor("users", "PERSON", group, (ActorMention(21, 26, "users", "noun"),))
    pence = Actor("Pence", "PERSON", ("pence",), (ActorMention(0, 5, "Pence", "name"),))
    annotations = Annotations([Sentence(0, len(text), "paragraph")], [], [pence, users])
    with Database(tmp_path / "s.db") as db:
        db.write_articles([StoredArticle(article("a", text), b"sig", annotations)])
        rows = {row["name"]: row for row in db.actor_rows()}
    assert rows["users"]["contexts"] == [["Pence met iPod Touch ", "users", " in Tokyo."]]
    assert rows["Pence"]["contexts"] is None and rows["Pence"]["n_mentions"] == 1


def test_a_roles_mentions_other_than_pronouns_come_as_written(tmp_path: Path) -> None:
    # linking reads their determiners: "a strategist" brings in someone new
    text = "Pence met a strategist. She left."
    role = Actor(
        "strategist", "PERSON", ("the", "strategist"),
        (ActorMention(10, 22, "a strategist", "role"), ActorMention(24, 27, "She", "pronoun")),
    )  # fmt: skip
    pence = Actor("Pence", "PERSON", ("pence",), (ActorMention(0, 5, "Pence", "name"),))
    annotations = Annotations([Sentence(0, len(text), "paragraph")], [], [pence, role])
    with Database(tmp_path / "s.db") as db:
        db.write_articles([StoredArticle(article("a", text), b"sig", annotations)])
        rows = {row["name"]: row for row in db.actor_rows()}
    assert rows["strategist"]["descriptions"] == ["a strategist"]
    assert rows["Pence"]["descriptions"] is None


def test_a_one_word_persons_mentions_other_than_pronouns_come_as_written(tmp_path: Path) -> None:
    # linking reads their honorific: "Mrs Jolly" is not Derek Jolly
    text = "Mrs Jolly met Derek Jolly. She left."
    wife = Actor(
        "Jolly", "PERSON", ("jolly",),
        (ActorMention(0, 9, "Mrs Jolly", "name"), ActorMention(27, 30, "She", "pronoun")),
    )  # fmt: skip
    derek = Actor(
        "Derek Jolly", "PERSON", ("derek", "jolly"), (ActorMention(14, 25, "Derek Jolly", "name"),)
    )
    annotations = Annotations([Sentence(0, len(text), "paragraph")], [], [wife, derek])
    with Database(tmp_path / "s.db") as db:
        db.write_articles([StoredArticle(article("a", text), b"sig", annotations)])
        rows = {row["name"]: row for row in db.actor_rows()}
    assert rows["Jolly"]["names"] == ["Mrs Jolly"] and rows["Derek Jolly"]["names"] is None


def test_an_entitys_mentions_come_with_their_sentence_and_story(tmp_path: Path) -> None:
    first, second = "Pence met Abe. He left.", "Abe thanked the VP."
    pence_a = Actor(
        "Pence", "PERSON", ("pence",),
        (ActorMention(0, 5, "Pence", "name"), ActorMention(15, 17, "He", "pronoun")),
    )  # fmt: skip
    abe_a = Actor("Abe", "PERSON", ("abe",), (ActorMention(10, 13, "Abe", "name"),))
    pence_b = Actor("the VP", "PERSON", ("the", "vp"), (ActorMention(12, 18, "the VP", "role"),))
    abe_b = Actor("Abe", "PERSON", ("abe",), (ActorMention(0, 3, "Abe", "name"),))
    sentences = [Sentence(0, 14, "paragraph"), Sentence(15, 23, "paragraph")]
    with Database(tmp_path / "s.db") as db:
        a, b = db.write_articles(
            [
                StoredArticle(
                    article("a", first), b"a", Annotations(sentences, [], [pence_a, abe_a])
                ),
                StoredArticle(
                    article("b", second), b"b",
                    Annotations([Sentence(0, 19, "paragraph")], [], [pence_b, abe_b]),
                ),
            ]
        )  # fmt: skip
        refs = [
            ActorRef(a, 0, "Pence", "PERSON", ("pence",), None, (), None, False, 2),
            ActorRef(a, 1, "Abe", "PERSON", ("abe",), None, (), None, False, 1),
            ActorRef(b, 0, "the VP", "PERSON", ("the", "vp"), None, (), None, False, 1),
            ActorRef(b, 1, "Abe", "PERSON", ("abe",), None, (), None, False, 1),
        ]
        db.write_entities(
            refs,
            [
                Entity("Mike Pence", "PERSON", None, None, (), (0, 2)),
                Entity("Shinzo Abe", "PERSON", None, None, (), (1, 3)),
            ],
        )
        db.write_story_assignments([(a, 1, 1, date(2018, 2, 7), None)], {1: (1, "P")}, {1: "P"})
        mentions = db.mentions_of_entity(1)
        names = db.entity_names()
    assert [(m["article_id"], m["sentence_idx"], m["start"], m["story_id"]) for m in mentions] == [
        (a, 0, 0, 1), (a, 1, 15, 1), (b, 0, 12, None)  # b is not filed yet
    ]  # fmt: skip
    assert [(e["id"], e["name"], e["mentions"], e["texts"]) for e in names] == [
        (1, "Mike Pence", 3, ["He", "Pence", "the VP"]),
        (2, "Shinzo Abe", 2, ["Abe"]),
    ]


def test_a_headline_statement_is_read_first_with_offsets_into_the_title(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        [i] = db.write_articles([StoredArticle(article("a"), b"sig", ANNOTATIONS)])
        row = (i, 0, "direct", 7, 15, "No deal", None, None, None, 0, 5, "Pence", None)
        db.write_title_quotes([i], [row])
        assert db.quotes(i) == []  # the text's quotes alone, as the story's timeline reads them
        [said] = db.quotes(i, titles=True)
        assert (said["field"], said["start"], said["end"], said["text"]) == (
            "title",
            7,
            15,
            "No deal",
        )
        assert said["sentence_idx"] is None and said["speaker_text"] == "Pence"
        db.write_articles([StoredArticle(article("a", "Abe met Pence."), b"sig", ANNOTATIONS)])
        assert db.quotes(i, titles=True) == []  # a rewritten article's headline is read again


def test_a_headline_time_is_read_first_with_offsets_into_the_title(tmp_path: Path) -> None:
    with Database(tmp_path / "s.db") as db:
        [i] = db.write_articles([StoredArticle(article("a"), b"sig", ANNOTATIONS)])
        db.write_title_times([i], [(i, 0, 10, 17, "tonight", "DATE", "2018-02-07", None, None)])
        assert db.times(i) == []  # the text's times alone, as the story's timeline reads them
        [tonight] = db.times(i, titles=True)
        assert (tonight["field"], tonight["start"], tonight["end"], tonight["value"]) == (
            "title",
            10,
            17,
            "2018-02-07",
        )
        assert tonight["sentence_idx"] is None
        db.write_articles([StoredArticle(article("a", "Abe met Pence."), b"sig", ANNOTATIONS)])
        assert db.times(i, titles=True) == []  # a rewritten article's headline is read again


def test_page_kind_is_stored_and_read_back(tmp_path: Path) -> None:
    listing = replace(article("b", "Presenter/Kate Thornton"), page_kind="listing")
    with Database(tmp_path / "s.db") as db:
        i, j = db.write_articles(
            [StoredArticle(article("a"), b"sig", ANNOTATIONS), StoredArticle(listing, b"s2")]
        )
        assert (db.article(i)["page_kind"], db.article(j)["page_kind"]) == ("news", "listing")
        assert [a["page_kind"] for a in db.export_articles()] == ["news", "listing"]


def test_a_store_of_schema_8_gets_the_page_kind_column_and_its_reports_read_news(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.db"
    monkeypatch.setattr("storyline.store.database.MIGRATIONS", MIGRATIONS[:8])
    with Database(path) as db:  # as a store made before migration 9
        db.conn.execute(
            "INSERT INTO articles (id, source_key, path, format, text, content_hash, n_words) "
            "VALUES (1, 'a', 'a', 'text', 'Rain fell.', 'h', 2)"
        )
    monkeypatch.undo()
    with Database(path) as db:
        assert db.schema_version() == SCHEMA_VERSION == 12
        assert db.article(1)["page_kind"] == "news"  # stored before the kind was read


def test_a_store_of_schema_10_gets_the_speaker_group_column_and_its_quotes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.db"
    monkeypatch.setattr("storyline.store.database.MIGRATIONS", MIGRATIONS[:10])
    with Database(path) as db:  # as a store made before migration 11
        db.conn.execute(
            "INSERT INTO articles (id, source_key, path, format, text, content_hash, n_words) "
            "VALUES (1, 'a', 'a', 'text', 'Rain fell, he said.', 'h', 4)"
        )
        db.conn.execute(
            "INSERT INTO quotes (article_id, idx, sentence_idx, kind, start_char, end_char, "
            "text, speaker) VALUES (1, 0, 0, 'indirect', 0, 9, 'Rain fell', 'he')"
        )
    monkeypatch.undo()
    with Database(path) as db:
        assert db.schema_version() == SCHEMA_VERSION == 12
        [quote] = db.quotes(1)
        assert quote["speaker_group_entity_ids"] is None  # stored before groups were read
        assert quote["speaker_group_names"] is None


def test_a_reports_lead_actors_come_in_the_order_the_text_names_them(tmp_path: Path) -> None:
    """The clusterer sums and ranks a report's actor cues in the order they come, so they come
    in a fixed order, the text's (by first naming, then key), not in the order the database's
    grouping happens to return them in (which made two filings of one pile differ)."""
    names = [f"Person{n:02d}" for n in range(40)]
    text = " ".join(names) + "."
    with Database(tmp_path / "s.db") as db:
        [i] = db.write_articles([StoredArticle(article("a", text), b"sig", ANNOTATIONS)])
        # actor idx 0 is named last, idx 39 first
        for idx, name in enumerate(reversed(names)):
            start = text.index(name)
            db.conn.execute(
                "INSERT INTO actors VALUES (?, ?, ?, 'PERSON', ?, NULL, [], NULL, false, NULL)",
                [i, idx, name, name.lower()],
            )
            for m in range(2):
                db.conn.execute(
                    "INSERT INTO actor_mentions VALUES (?, ?, ?, 0, ?, ?, ?, 'name')",
                    [i, idx, m, start + m * 1000, start + m * 1000 + 8, name],
                )
        rows = db.lead_actor_rows(1500)
        assert [row["name"] for row in rows] == names


# an invented quote its cue interrupts: two parts, the cue's words between them
SPLIT = "“We will fight,” Mayor Lund said, “until the end.”"
SPLIT_QUOTE = Quote(
    Span(1, 49, SPLIT[1:49]),
    "direct",
    cue=Span(28, 32, "said"),
    speaker=Span(17, 27, "Mayor Lund"),
    parts=(Span(1, 15, "We will fight,"), Span(35, 49, "until the end.")),
)


def test_a_quote_in_two_parts_is_stored_and_read_back_without_its_cue(tmp_path: Path) -> None:
    found = Annotations([Sentence(0, len(SPLIT), "paragraph")], quotes=[SPLIT_QUOTE])
    with Database(tmp_path / "s.db") as db:
        [i] = db.write_articles([StoredArticle(article("a", SPLIT), b"sig", found)])
        [quote] = db.quotes(i)
    assert quote["parts"] == [(1, 15), (35, 49)]
    assert quote["text"] == SPLIT[1:49]  # first to last part, the cue inside, as before
    assert quote["said"] == "We will fight, … until the end."


def test_a_store_of_schema_11_gets_the_parts_column_and_its_quotes_one_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.db"
    monkeypatch.setattr("storyline.store.database.MIGRATIONS", MIGRATIONS[:11])
    with Database(path) as db:  # as a store made before migration 12
        db.conn.execute(
            "INSERT INTO articles (id, source_key, path, format, text, content_hash, n_words) "
            "VALUES (1, 'a', 'a', 'text', ?, 'h', 9)",
            [SPLIT],
        )
        db.conn.execute(
            "INSERT INTO quotes (article_id, idx, sentence_idx, kind, start_char, end_char, "
            "text, speaker) VALUES (1, 0, 0, 'direct', 1, 49, ?, 'Mayor Lund')",
            [SPLIT[1:49]],
        )
    monkeypatch.undo()
    with Database(path) as db:
        assert db.schema_version() == SCHEMA_VERSION == 12
        [quote] = db.quotes(1)
    assert quote["parts"] == [(1, 49)]  # stored before parts were: one part, shown as it was
    assert quote["said"] == quote["text"] == SPLIT[1:49]
