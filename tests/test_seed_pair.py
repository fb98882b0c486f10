"""End to end on the canonical seed pair (../shared/examples/seed-pair)."""

from pathlib import Path

import pytest
from spacy.language import Language

from storyline.ingest.run import ingest
from storyline.store.database import Database


@pytest.fixture(scope="module")
def stored(seed_pair: Path, nlp: Language, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = Database(tmp_path_factory.mktemp("seed") / "s.db")
    report = ingest([str(seed_pair)], db, nlp)
    by_name = {Path(a["path"]).name: a for a in db.export_articles()}
    yield report, by_name, db
    db.close()


def test_both_stored_with_sidecar_dates(stored) -> None:  # type: ignore[no-untyped-def]
    report, by_name, _ = stored
    assert report.accepted == 2 and report.rejected == 0  # README.md is skipped, not rejected
    assert by_name["pence-tokyo-visit.txt"]["published"] == "2018-02-07"
    assert by_name["japan-stance-after-pence-remark.txt"]["published"] == "2018-02-13"
    assert all(a["language"] == "en" for a in by_name.values())


def test_second_title_and_no_furniture(stored) -> None:  # type: ignore[no-untyped-def]
    _, by_name, _ = stored
    second = by_name["japan-stance-after-pence-remark.txt"]
    assert second["title"] == (
        "Japan confident U.S. stance on N. Korea unchanged after Pence remark"
    )
    assert second["text"].startswith("TOKYO — Senior Japanese officials")
    for article in by_name.values():
        text = article["text"]
        assert "print PRINT" not in text and "•" not in text
        for menu_item in ("Ambassador", "Ukraine", "COVID-19", "Trending Japan"):
            assert menu_item not in text
    assert second["text"].endswith("distracted by its “smile diplomacy.”")


def test_first_has_no_invented_title_and_its_headings_stand_alone(stored) -> None:  # type: ignore[no-untyped-def]
    _, by_name, db = stored
    first = by_name["pence-tokyo-visit.txt"]
    assert first["title"] is None  # it opens with a paragraph, not a headline
    text = first["text"]
    headings = [
        text[b["start_char"] : b["end_char"]]
        for b in db.spans("blocks", first["id"])
        if b["kind"] == "heading"
    ]
    assert headings == ["Insights from the South Korea Visit", "Japan’s Stance against North Korea"]
    sentences = [text[s["start_char"] : s["end_char"]] for s in db.spans("sentences", first["id"])]
    for heading in headings:
        assert heading in sentences  # a sentence of its own, not glued to the next
    kinds = {
        text[s["start_char"] : s["end_char"]]: s["kind"] for s in db.spans("sentences", first["id"])
    }
    assert kinds["Insights from the South Korea Visit"] == "heading"


def test_mentions_found(stored) -> None:  # type: ignore[no-untyped-def]
    _, _, db = stored
    names = {m["text"] for m in db.export_mentions()}
    assert {"Mike Pence", "Shinzo Abe", "Tokyo"} <= names


@pytest.fixture(scope="module")
def entities(stored):  # type: ignore[no-untyped-def]
    from storyline.export import export_entities

    _, by_name, db = stored
    first = by_name["pence-tokyo-visit.txt"]["id"]
    second = by_name["japan-stance-after-pence-remark.txt"]["id"]
    return export_entities(db), first, second


def entity_with(entities: list[dict], text: str) -> dict:  # type: ignore[type-arg]
    found = [e for e in entities if any(m["text"] == text for m in e["mentions"])]
    assert len(found) == 1, f"{text!r} is in {len(found)} entities"
    return found[0]


def test_pence_is_one_entity_across_both_reports(entities) -> None:  # type: ignore[no-untyped-def]
    everything, first, second = entities
    pence = entity_with(everything, "Mike Pence")
    forms = {m["text"] for m in pence["mentions"]}
    assert {
        "Mike Pence", "Pence", "Vice President (VP)", "the VP", "The VP",
        "the Vice President", "U.S. Vice President Mike Pence", "Vice President Pence",
    } <= forms  # fmt: skip
    assert {m["article_id"] for m in pence["mentions"]} == {first, second}
    assert (pence["type"], pence["code"], pence["country"]) == ("PERSON", "USAGOV", "USA")
    assert pence["roles"][0] == "vice president"
    assert not any(m["text"] in {"Pence", "the VP"} for e in everything if e is not pence
                   for m in e["mentions"])  # fmt: skip


def test_the_two_kims_are_two_entities(entities) -> None:  # type: ignore[no-untyped-def]
    everything, _, _ = entities
    jong_un = entity_with(everything, "leader Kim Jong Un")
    yong_nam = entity_with(everything, "Kim Yong Nam")
    assert jong_un["id"] != yong_nam["id"]
    assert jong_un["code"] == yong_nam["code"] == "PRKGOV"


def test_onodera_is_one_entity_across_both_reports(entities) -> None:  # type: ignore[no-untyped-def]
    everything, first, second = entities
    onodera = entity_with(everything, "Itsunori Onodera")
    assert {m["article_id"] for m in onodera["mentions"]} == {first, second}
    assert onodera["code"] == "JPNGOV" and "defense minister" in onodera["roles"]


def test_washington_standing_by_japan_is_the_us_government(stored, entities) -> None:  # type: ignore[no-untyped-def]
    _, by_name, _ = stored
    everything, first, _ = entities
    text = by_name["pence-tokyo-visit.txt"]["text"]
    at = text.index("Washington will stand by Japan")
    [government] = [
        e for e in everything
        if any(m["article_id"] == first and m["start"] == at for m in e["mentions"])
    ]  # fmt: skip
    assert (government["type"], government["code"], government["country"]) == (
        "GOVERNMENT",
        "USAGOV",
        "USA",
    )
    countries = {e["code"] for e in everything if e["type"] == "COUNTRY"}
    assert {"JPN", "USA", "PRK", "KOR"} <= countries


def test_every_actor_mention_lies_in_its_sentence(stored) -> None:  # type: ignore[no-untyped-def]
    _, _, db = stored
    outside = db.conn.execute(
        "SELECT m.text FROM actor_mentions m JOIN sentences s "
        "ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
        "WHERE NOT (s.start_char <= m.start_char AND m.end_char <= s.end_char)"
    ).fetchall()
    total = db.conn.execute("SELECT count(*) FROM actor_mentions").fetchone()[0]
    assert total > 50 and outside == []


def times_of(stored, name: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    _, by_name, db = stored
    rows = db.times(by_name[name]["id"])
    return [(t["text"], t["type"], t["value"]) for t in rows]


def test_every_date_of_the_first_report_gets_its_calendar_value(stored) -> None:  # type: ignore[no-untyped-def]
    # published Wednesday 2018-02-07: "told reporters on Monday" is Monday the 5th; "his
    # journey to South Korea on Thursday will coincide" is the coming Thursday, the 8th.
    assert times_of(stored, "pence-tokyo-visit.txt") == [
        ("six-day", "DURATION", "P6D"),
        ("Monday", "DATE", "2018-02-05"),
        ("now", "DATE", "PRESENT_REF"),
        ("Thursday", "DATE", "2018-02-08"),
        ("1950", "DATE", "1950"),
        ("1953", "DATE", "1953"),
    ]


def test_every_date_of_the_second_report_gets_its_calendar_value(stored) -> None:  # type: ignore[no-untyped-def]
    # published Tuesday 2018-02-13: "said Tuesday" is that day; Pence's visit "last week"
    # is ISO week 6 (Feb 5-11); the delegation's talks "on Saturday" were on the 10th.
    assert times_of(stored, "japan-stance-after-pence-remark.txt") == [
        ("Tuesday", "DATE", "2018-02-13"),
        ("Monday", "DATE", "2018-02-12"),
        ("last week", "DATE", "2018-W06"),
        ("Saturday", "DATE", "2018-02-10"),
    ]


def test_times_lie_in_their_sentences_and_are_exported(stored) -> None:  # type: ignore[no-untyped-def]
    _, _, db = stored
    outside = db.conn.execute(
        "SELECT t.text FROM times t JOIN sentences s "
        "ON s.article_id = t.article_id AND s.idx = t.sentence_idx "
        "WHERE NOT (s.start_char <= t.start_char AND t.end_char <= s.end_char)"
    ).fetchall()
    assert outside == []
    from storyline.export import export_corpus

    exported = export_corpus(db)["times"]
    assert len(exported) == 10
    assert set(exported[0]) == {"article_id", "start", "end", "text", "type", "value", "anchor",
                                "mod", "field", "date_id"}  # fmt: skip
    assert {t["anchor"] for t in exported if t["text"] == "Monday"} == {"2018-02-07", "2018-02-13"}
    # one date per day named across the story; the two Mondays are two days; a duration none
    ids = {(t["value"], t["date_id"]) for t in exported if t["type"] in ("DATE", "TIME")}
    assert len({value for value, _ in ids}) == len(ids) == len({i for _, i in ids})
    mondays = {t["date_id"] for t in exported if t["text"] == "Monday"}
    assert len(mondays) == 2 and None not in mondays
    assert all(t["date_id"] is None for t in exported if t["type"] == "DURATION")


def quotes_of(stored, name: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    _, by_name, db = stored
    return db.quotes(by_name[name]["id"])


def test_every_quoted_passage_and_statement_has_its_speaker(stored) -> None:  # type: ignore[no-untyped-def]
    second = quotes_of(stored, "japan-stance-after-pence-remark.txt")
    speech = [q for q in second if q["kind"] != "term"]
    assert speech and all(q["speaker_text"] for q in speech)

    def says(name: str, words: str) -> bool:
        return any(q["speaker_name"] == name and words in q["text"] for q in speech)

    # read off the report: who said each quoted passage and statement
    assert says("Mike Pence", "if you want to talk, we’ll talk")
    assert says("Yoshihide Suga", "We have spent plenty of time with")
    assert says("Taro Kono", "no particular policy change")
    assert says("Taro Kono", "Japan, the United States and South Korea")
    assert says("Itsunori Onodera", "Pence continues to maintain the position")
    assert says("Yoshihide Suga", "Tokyo and Washington remain on")  # the top spokesman
    assert says("Kim Jong Un", "to further improve ties with South Korea")
    # quoted words inside a statement are part of it, not listed a second time (a statement
    # inside another's with a cue of its own is: Onodera said Pence maintains …)
    assert not [
        (q["text"], o["text"])
        for q in speech
        for o in speech
        if o is not q and o["cue"] == q["cue"] and o["start"] <= q["start"] and q["end"] <= o["end"]
    ]
    officials = [q for q in speech if q["text"].startswith("Japan and the United States")]
    assert [q["speaker_text"] for q in officials] == ["Senior Japanese officials"]
    assert officials[0]["dates"] == ["2018-02-13"]  # "said Tuesday"
    first = quotes_of(stored, "pence-tokyo-visit.txt")
    assert first and {q["speaker_name"] for q in first} == {"Mike Pence"}


def test_maximum_pressure_is_a_term_not_a_quote(stored) -> None:  # type: ignore[no-untyped-def]
    second = quotes_of(stored, "japan-stance-after-pence-remark.txt")
    [term] = [q for q in second if q["text"] == "maximum pressure"]
    assert term["kind"] == "term" and term["speaker_text"] is None


def test_one_story_titled_by_a_headline(stored) -> None:  # type: ignore[no-untyped-def]
    _, by_name, db = stored
    [story] = db.stories()
    assert sorted(story["article_ids"]) == sorted(a["id"] for a in by_name.values())
    assert story["article_ids"][0] == by_name["pence-tokyo-visit.txt"]["id"]  # story order
    assert (story["start"], story["end"]) == ("2018-02-07", "2018-02-13")
    assert story["title"] == by_name["japan-stance-after-pence-remark.txt"]["title"]


def test_the_headlines_pence_is_the_person_its_lead_names(stored) -> None:  # type: ignore[no-untyped-def]
    _, by_name, db = stored
    second = by_name["japan-stance-after-pence-remark.txt"]["id"]
    headline = {(r["type"], r["key"]) for r in db.title_actor_rows() if r["article_id"] == second}
    assert ("PERSON", "pence") in headline and ("ORGANISATION", "pence") not in headline


def test_timeline_orders_what_happened_by_its_date(stored) -> None:  # type: ignore[no-untyped-def]
    _, _, db = stored
    from storyline.story.material import load_story

    timeline = load_story(db, 1).timeline()

    def when(words: str) -> tuple[int, str | None]:
        [(n, item)] = [(n, i) for n, i in enumerate(timeline) if words in i.text]
        return n, item.date

    events = [
        when("he told reporters on Monday"),  # Pence's remarks to reporters
        when("journey to South Korea on Thursday"),  # the planned trip
        when("the delegation handed Moon a letter"),  # the delegation's talks with Moon
        when("The Washington Post quoted Pence"),  # the interview
        when("Senior Japanese officials said Tuesday"),  # Tokyo's reaction
    ]
    assert [date for _, date in events] == [
        "2018-02-05", "2018-02-08", "2018-02-10", "2018-02-12", "2018-02-13"
    ]  # fmt: skip
    assert [n for n, _ in events] == sorted(n for n, _ in events)


def test_pences_own_timeline_runs_from_his_remarks_to_the_interview(stored) -> None:  # type: ignore[no-untyped-def]
    _, _, db = stored
    from storyline.interfaces.actor_lookup import resolve_actor
    from storyline.story.actor_timeline import load_actor_timeline

    pence = resolve_actor("Pence", db.entity_names())
    assert pence["name"] == "Mike Pence"
    items = load_actor_timeline(db, pence["id"])

    def at(words: str) -> tuple[int, str | None, str]:
        [(n, entry)] = [(n, e) for n, e in enumerate(items) if words in e.item.text]
        return n, entry.item.date, entry.item.kind

    events = [
        at("he told reporters on Monday"),  # his remarks to reporters before the tour
        at("journey to South Korea on Thursday"),  # his trip to South Korea
        at("The Washington Post quoted Pence"),  # the interview, through the Post
        at("Senior Japanese officials said Tuesday"),  # Tokyo's reaction to it
    ]
    assert [(date, kind) for _, date, kind in events] == [
        ("2018-02-05", "statement"), ("2018-02-08", "dated"),
        ("2018-02-12", "statement"), ("2018-02-13", "dated"),
    ]  # fmt: skip
    assert [n for n, _, _ in events] == sorted(n for n, _, _ in events)
    # a role and a pronoun count as his mentions, and are the ones marked
    [battery] = [e for e in items if e.item.text.startswith("The VP watched the battery")]
    [added] = [e for e in items if e.item.text.startswith("He also added")]
    for entry, words in ((battery, "The VP"), (added, "He")):
        text = entry.item.text
        assert [text[s - entry.item.start : e - entry.item.start] for s, e in entry.marks] == [
            words
        ]
    assert {e.item.story_id for e in items} == {1}
    assert all(e.marks or e.item.kind == "statement" for e in items)  # he is named, or speaks


def test_pences_change_of_position_is_a_development(stored) -> None:  # type: ignore[no-untyped-def]
    _, by_name, db = stored
    from storyline.story.update import ensure_developments

    first, second = by_name["pence-tokyo-visit.txt"], by_name["japan-stance-after-pence-remark.txt"]
    assert db.undeveloped_stories([1]) == [1]  # ingest leaves them for the first view
    found = ensure_developments(db, [1])
    assert found > 0 and db.undeveloped_stories([1]) == []
    assert ensure_developments(db, [1]) == 0  # kept: the next call costs nothing
    positions = [d for d in db.developments(1) if d["kind"] == "position"]
    pairs = {
        (d["text"], first["text"][d["earlier_start"] : d["earlier_end"]])
        for d in positions
        if d["actor_name"] == "Mike Pence" and d["earlier_article_id"] == first["id"]
    }
    assert any(
        "if you want to talk, we’ll talk" in later and "cannot rule out the possibility" in earlier
        for later, earlier in pairs
    )
    # the same stance on another matter ("will stand by Japan") is no change of position
    assert not any("stand by Japan" in earlier for _, earlier in pairs)
    assert all(d["article_id"] == second["id"] for d in db.developments(1))
    new = [d["text"] for d in db.developments(1) if d["kind"] == "new"]
    assert any("handed Moon a letter" in text for text in new)
