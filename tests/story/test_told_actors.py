"""A programme listing's presenters and the people in readers' words on a readers' page are
no actors of a story: the story's actors, the corpus's actor list and an actor's lookup leave
them out, while one report's actors (`actors --article`, `show`) keep them (invented store)."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from storyline.extract.actor_model import Actor, ActorMention
from storyline.ingest.article import Article, content_hash
from storyline.ingest.blocks import BlockSpan
from storyline.ingest.meta import Meta
from storyline.link.entities import ActorRef, Entity
from storyline.nlp.annotations import Annotations, Sentence
from storyline.store.database import Database, StoredArticle
from storyline.story.material import told_entities, untold_spans
from tests.interfaces.cli_run import run

NEWS = "Alan Carr switched on the lights. Crowds filled the pier."
LISTING = "Alan Carr hosts the show. Presenter/Jo Wiley, Producer/Mark Hill."
POST = "Alan Carr arrived early."
READERS = (
    POST + " At 1:33 pm on 5 Sep 2009, Jo wrote: I saw Bo Carr there. At 2:41 pm on 5 "
    "Sep 2009, Al wrote: Loved it. At 2:50 pm on 5 Sep 2009, Bo wrote: Too loud."
)


def stored(key: str, text: str, kind: str, names: list[str]) -> StoredArticle:
    """A report of one paragraph whose actors are `names`, each named once."""
    article = Article(
        key=key, path=key, line=None, format="text", meta=Meta(published="2009-09-05"),
        text=text, blocks=[BlockSpan("paragraph", 0, len(text))],
        content_hash=content_hash(text), n_words=len(text.split()),
    )  # fmt: skip
    actors = [
        Actor(name, "PERSON", tuple(name.lower().split()), (
            ActorMention(text.index(name), text.index(name) + len(name), name, "name"),
        ))
        for name in names
    ]  # fmt: skip
    annotations = Annotations([Sentence(0, len(text), "paragraph")], [], actors)
    return StoredArticle(replace(article, page_kind=kind), key.encode(), annotations)


NAMES = {"news": ["Alan Carr"], "listing": ["Alan Carr", "Jo Wiley"], "comments": ["Bo Carr"]}


@pytest.fixture
def store(tmp_path: Path) -> str:
    """A news report, a programme listing and a readers' page, one story; Alan Carr named in
    the news and the listing, Jo Wiley in the listing only, Bo Carr in a reader's words."""
    path = str(tmp_path / "s.db")
    with Database(path) as db:
        ids = db.write_articles(
            [
                stored("a", NEWS, "news", NAMES["news"]),
                stored("b", LISTING, "listing", NAMES["listing"]),
                stored("c", READERS, "comments", NAMES["comments"]),
            ]
        )
        refs, members = [], {}
        for article_id, names in zip(ids, NAMES.values(), strict=True):
            for idx, name in enumerate(names):
                members.setdefault(name, []).append(len(refs))
                key = tuple(name.lower().split())
                refs.append(ActorRef(article_id, idx, name, "PERSON", key, None, (), None, False))
        db.write_entities(
            refs, [Entity(n, "PERSON", None, None, (), tuple(m)) for n, m in members.items()]
        )
        day = date(2009, 9, 5)
        db.write_story_assignments(
            [(i, 1, 1, day, None) for i in ids], {1: (1, "Carr")}, {1: "Carr"}
        )
    return path


def test_the_corpus_and_the_story_count_only_what_a_news_passage_names(store: str) -> None:
    with Database(store, read_only=True) as db:
        corpus = told_entities(db)
        story = told_entities(db, db.story(1)["article_ids"])
        every = db.entities()
    assert [(e["name"], e["mentions"], e["articles"]) for e in corpus] == [("Alan Carr", 1, 1)]
    assert [(e["name"], e["mentions"], e["articles"]) for e in story] == [("Alan Carr", 1, 1)]
    assert {e["name"] for e in every} == {"Alan Carr", "Jo Wiley", "Bo Carr"}  # still stored


def test_the_untold_spans_are_the_listing_and_the_readers_contributions(store: str) -> None:
    with Database(store, read_only=True) as db:
        spans = untold_spans(db)
    assert spans[0] == (2, 0, len(LISTING))
    assert [(a, READERS[s:e][:9]) for a, s, e in spans[1:]] == [(3, "At 1:33 p"), (3, "At 2:41 p"),
                                                              (3, "At 2:50 p")]  # fmt: skip


def test_the_actors_command_lists_a_listings_people_only_for_that_report(store: str) -> None:
    corpus = run("actors", "--db", store)
    story = run("actors", "--story", "1", "--db", store)
    listing = run("actors", "--article", "2", "--db", store)
    assert "1 actors of all articles" in corpus.output and "Jo Wiley" not in corpus.output
    assert "Bo Carr" not in story.output and "Alan Carr" in story.output
    assert "Jo Wiley" in listing.output  # the report's own actors, as `show` marks them


def test_an_actor_named_only_in_a_listing_has_no_timeline_and_says_where(store: str) -> None:
    result = run("timeline", "--actor", "Jo Wiley", "--db", store)
    assert result.exit_code != 0
    assert "named only in a programme listing" in result.output
    assert "storyline show 2" in result.output


def test_a_name_is_first_looked_up_among_the_news_actors(store: str) -> None:
    # "Carr" names Alan Carr and Bo Carr; of the actors a news passage names, Alan Carr alone
    result = run("timeline", "--actor", "Carr", "--db", store)
    assert result.exit_code == 0, result.output
    assert "Timeline of Alan Carr" in result.output


def test_a_timeline_asks_only_the_reports_of_the_actors_its_name_may_mean(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Jo Wiley" may mean Jo Wiley alone, named in the listing (report 2): whether a story's
    # passage names it is read from that report, not from the readers' page (3) too
    from storyline.story import material

    asked: list[list[int] | None] = []

    def spans(db: Database, article_ids: Sequence[int] | None = None) -> list[tuple[int, int, int]]:
        asked.append(None if article_ids is None else list(article_ids))
        return untold_spans(db, article_ids)

    monkeypatch.setattr(material, "untold_spans", spans)
    result = run("timeline", "--actor", "Jo Wiley", "--db", store)
    assert "named only in a programme listing" in result.output
    assert asked == [[2]]


def test_the_entities_a_name_may_mean_are_those_a_question_accepts() -> None:
    from storyline.interfaces.actor_lookup import named_by

    entities = [
        {"id": 1, "name": "Alan Carr", "texts": ["Alan Carr", "he"]},
        {"id": 2, "name": "Jo Wiley", "texts": ["Jo Wiley", "the presenter"]},
        {"id": 3, "name": "Bo Carr", "texts": ["Bo Carr"]},
    ]
    assert [e["id"] for e in named_by("Carr", entities)] == [1, 3]
    assert [e["id"] for e in named_by("presenter", entities)] == [2]  # by its mentions' words
    assert [e["id"] for e in named_by("2", entities)] == [2]
    assert named_by("Smith", entities) == []


def test_a_storys_untold_sentences_are_found_once_when_its_material_is_made() -> None:
    from storyline.story.material import StoryMaterial

    sentences = [{"article_id": 4, "idx": i, "start": 10 * i, "end": 10 * i + 9} for i in range(4)]
    material = StoryMaterial(7, [], sentences, [], [], untold=[(4, 10, 30)])
    assert material.not_told == {(4, 1), (4, 2)}
    assert material.not_told is material.not_told  # kept, not made again at each reading


def test_a_sentence_is_untold_where_it_starts_in_any_span_of_its_own_report() -> None:
    from storyline.story.material import untold_sentences

    # spans out of order, one inside another, one of another report; a sentence is untold
    # where a span holds its start (the end is not in the span)
    untold = [(1, 50, 60), (1, 0, 40), (1, 5, 10), (2, 0, 100)]
    starts = [0, 5, 12, 39, 40, 45, 50, 59, 60, 99]
    sentences = [{"article_id": 1, "idx": i, "start": at} for i, at in enumerate(starts)]
    found = untold_sentences(sentences, untold)
    every = {
        (1, i)
        for i, at in enumerate(starts)
        if any(a <= at < b for article, a, b in untold if article == 1)
    }
    assert found == every == {(1, 0), (1, 1), (1, 2), (1, 3), (1, 6), (1, 7)}
