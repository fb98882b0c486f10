"""`bench stories`: the readers, the pooled date-ordered stream, scoring and the TF-IDF peer."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from rich.console import Console

from storyline.evaluation.bench_stories import StoriesBenchError, run_bench_stories
from storyline.evaluation.cat_xml import build_text, parse_cat_xml
from storyline.evaluation.story_data import (
    StoryItem,
    as_reports_like_ecbplus,
    by_date,
    detect_format,
    first_sentences,
    read_ecbplus_items,
    read_story_data,
    wikiref_label,
)
from storyline.evaluation.timeline17 import DatasetError
from storyline.ingest.article import build_article
from storyline.ingest.sources import SourceItem, read_sources

ROOT = Path(__file__).resolve().parent.parent.parent
TIMELINE17 = ROOT.parent / "shared" / "data" / "timeline17"


def quiet() -> Console:
    return Console(stderr=True, quiet=True)


def gold_copy(items: Sequence[StoryItem]) -> list[tuple[str, str]]:
    return [(item.gold_story or item.gold_topic, item.gold_topic) for item in items]


def all_in_one(items: Sequence[StoryItem]) -> list[tuple[str, str]]:
    return [("s", "t") for _ in items]


def make_timeline17(root: Path) -> Path:
    articles = {
        "bpoil_bbc": [("1", "2010-05-02", "Oil spill grows ."), ("2", "2010-04-21", "Rig burns .")],
        "bpoil_reuters": [("7", "2010-04-30", "BP shares fall .")],
        "haiti_bbc": [("3", "2010-01-13", "Quake hits Haiti ."), ("4", "", "Aid arrives .")],
    }
    for folder, records in articles.items():
        (root / folder).mkdir(parents=True)
        data = [{"uid": u, "dct": d, "dates": [], "text": t} for u, d, t in records]
        (root / folder / "articles.json").write_text(json.dumps(data), encoding="utf-8")
    return root


def ecb_xml(name: str, sentences: Sequence[str]) -> str:
    tokens = []
    for number, sentence in enumerate(sentences):
        for position, word in enumerate(sentence.split()):
            t_id = len(tokens) + 1
            tokens.append(
                f'<token t_id="{t_id}" sentence="{number}" number="{position}">{word}</token>'
            )
    return f'<Document doc_name="{name}">{"".join(tokens)}<Markables/><Relations/></Document>'


def make_ecbplus(root: Path) -> Path:
    docs = {
        "1/1_1ecb.xml": ["Star enters rehab .", "More text ."],
        "1/1_2ecbplus.xml": ["http : //example.com", "Another star enters rehab ."],
        "2/2_1ecb.xml": ["Oscars hosted ."],
        "2/2_3ecbplus.xml": ["http : //x.org", "Oscars hosted again ."],
    }
    for name, sentences in docs.items():
        path = root / "ECB+" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ecb_xml(path.name, sentences), encoding="utf-8")
    return root


def make_wikiref(root: Path) -> Path:
    root.mkdir()
    texts = {
        "premier.league.3.txt": "Premier League lands \xa33bn\r\n\r\nThe landscape shifted.",
        "premier.league.10.txt": "Sky and BT\r\nRights sold.",
        "ParisAttacks2015 (12).txt": "Paris attacks\r\nGunmen struck.",
        "readme.txt": "not an article",
    }
    for name, text in texts.items():
        (root / name).write_bytes(text.encode("cp1252"))
    return root


def test_timeline17_items_by_date(tmp_path: Path) -> None:
    kind, items = read_story_data([make_timeline17(tmp_path / "t17")])
    assert kind == "timeline17"
    assert [item.article_id for item in items] == [
        "haiti_bbc/3", "bpoil_bbc/2", "bpoil_reuters/7", "bpoil_bbc/1", "haiti_bbc/4",
    ]  # fmt: skip
    assert items[-1].published is None  # undated last
    assert {item.gold_topic for item in items} == {"bpoil", "haiti"}
    assert all(item.gold_story is None and item.source == "t17" for item in items)
    assert items[0].text == "Quake hits Haiti."


def test_ecbplus_items(tmp_path: Path) -> None:
    kind, items = read_story_data([make_ecbplus(tmp_path / "ecbplus")])
    assert kind == "ecbplus"
    assert [(i.article_id, i.gold_topic, i.gold_story) for i in items] == [
        ("1_1ecb", "1", "1ecb"),
        ("1_2ecbplus", "1", "1ecbplus"),
        ("2_1ecb", "2", "2ecb"),
        ("2_3ecbplus", "2", "2ecbplus"),
    ]
    # a sentence is no headline: no title, as an ingest finds none; the URL sentence is left out
    assert (items[0].title, items[0].text) == ("", "Star enters rehab.\n\nMore text.")
    assert (items[1].title, items[1].text) == ("", "Another star enters rehab.")
    assert all(item.published is None for item in items)


@pytest.mark.parametrize(
    ("sentences", "title", "text"),
    [
        (
            ["Star enters rehab", "She checked in on Monday .", "Her agent said so .", "More ."],
            "Star enters rehab",
            "She checked in on Monday.\n\nHer agent said so.\n\nMore.",
        ),
        (
            ["Star enters rehab on Monday .", "Her agent said so .", "More ."],
            "",
            "Star enters rehab on Monday.\n\nHer agent said so.\n\nMore.",
        ),
    ],
)
def test_ecbplus_reader_and_ingest_agree_on_the_title(
    tmp_path: Path, sentences: list[str], title: str, text: str
) -> None:
    """The reader's title and text are those `storyline ingest` of the document's text stores."""
    path = tmp_path / "ECB+" / "1" / "1_1ecb.xml"
    path.parent.mkdir(parents=True)
    path.write_text(ecb_xml(path.name, sentences), encoding="utf-8")
    (item,) = read_ecbplus_items(tmp_path)
    plain = tmp_path / "1_1ecb.txt"
    plain.write_text(build_text(parse_cat_xml(path).tokens).text, encoding="utf-8")
    (source,) = read_sources([str(plain)], max_bytes=1_000_000)
    article = build_article(source)
    assert (item.title, item.text) == (article.meta.title or "", article.text)
    assert (item.title, item.text) == (title, text)


def test_wikiref_items(tmp_path: Path) -> None:
    kind, items = read_story_data([make_wikiref(tmp_path / "WikiRef3")])
    assert kind == "wikiref"
    assert [(i.article_id, i.gold_topic) for i in items] == [
        ("ParisAttacks2015 (12)", "ParisAttacks2015"),
        ("premier.league.10", "premier.league"),
        ("premier.league.3", "premier.league"),
    ]
    assert items[2].title == "Premier League lands £3bn"
    assert items[2].text == "The landscape shifted."
    assert wikiref_label("samsung.galaxy.s5.12") == "samsung.galaxy.s5"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Premier League lands \xa33bn\r\n\r\nThe landscape shifted.\r\nSky paid.",
            "Premier League lands £3bn",
        ),
        ("Sky and BT paid \xa35bn for the rights on Monday.\r\nThe landscape shifted.", ""),
    ],
)
def test_wikiref_reader_and_ingest_agree_on_title_and_text(
    tmp_path: Path, raw: str, title: str
) -> None:
    """The reader's title and text are those `build_article` gives the file's text."""
    (tmp_path / "premier.league.3.txt").write_bytes(raw.encode("cp1252"))
    (item,) = read_story_data([tmp_path])[1]
    source = SourceItem(key="k", path="p", line=None, format="text", content=raw)
    article = build_article(source)
    assert (item.title, item.text) == (article.meta.title or "", article.text)
    assert item.title == title and "Sky" in item.text


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_wikiref_reader_decodes_a_file_as_an_ingest_does(tmp_path: Path, encoding: str) -> None:
    """WikiRef holds UTF-8 files beside Windows-1252 ones: both read as written."""
    raw = "Zidane’s café deal — £3bn\n\nReal Madrid’s coach signed on Monday for €3bn."
    (tmp_path / "football.3.txt").write_bytes(raw.encode(encoding))
    (item,) = read_story_data([tmp_path])[1]
    assert item.title == "Zidane’s café deal — £3bn"
    assert "Madrid’s coach" in item.text and "€3bn" in item.text


def test_timeline17_reader_keeps_a_text_an_ingest_rejects(tmp_path: Path) -> None:
    (tmp_path / "haiti_bbc").mkdir()
    data = [{"uid": "1", "dct": "2010-01-13", "dates": [], "text": "  "}]
    (tmp_path / "haiti_bbc" / "articles.json").write_text(json.dumps(data), encoding="utf-8")
    (item,) = read_story_data([tmp_path])[1]
    assert item.title == "" and item.gold_topic == "haiti"  # the gold still counts it


def test_formats_must_match(tmp_path: Path) -> None:
    t17 = make_timeline17(tmp_path / "t17")
    wiki = make_wikiref(tmp_path / "wiki")
    with pytest.raises(DatasetError, match="of one format"):
        read_story_data([t17, wiki])
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match="neither Timeline17"):
        detect_format(tmp_path / "empty")


def test_by_date_is_stable() -> None:
    def item(article_id: str, published: str | None) -> StoryItem:
        return StoryItem("d", article_id, "", "", published, "t", None)

    items = [item("a", None), item("b", "2020-01-02"), item("c", None), item("d", "2020-01-01")]
    assert [i.article_id for i in by_date(items)] == ["d", "b", "a", "c"]


def test_bench_with_gold_clusterer_pools_folders(tmp_path: Path) -> None:
    root = make_timeline17(tmp_path / "t17")
    seen: list[str] = []

    def clusterer(items: Sequence[StoryItem]) -> list[tuple[str, str]]:
        seen.extend(item.published or "-" for item in items)
        return gold_copy(items)

    out = tmp_path / "out" / "stories.tsv"
    result = run_bench_stories(
        [root / "bpoil_bbc", root / "haiti_bbc"], out=out, console=quiet(), clusterer=clusterer
    )
    assert seen == ["2010-01-13", "2010-04-21", "2010-05-02", "-"]  # pooled, in date order
    assert result["topic_bcubed_f1"] == result["ari"] == result["nmi"] == 1.0
    assert result["story_bcubed_f1"] is None
    assert (result["topics"], result["articles"], result["format"]) == (2, 4, "timeline17")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "haiti_bbc\thaiti_bbc/3\thaiti\thaiti"
    assert len(lines) == 4
    json.dumps(result)


def test_first_sentences_cut_at_a_stop_before_a_capital_digit_or_quote() -> None:
    text = 'It rained in the U.S. on Monday. He spoke. "We stay," he said. 2 left! Then?'
    assert first_sentences(text, 1) == "It rained in the U.S. on Monday."
    assert first_sentences(text, 3).endswith('He spoke. "We stay," he said.')
    assert first_sentences(text, 4).endswith("he said. 2 left!")
    assert first_sentences(text, 9) == text
    assert first_sentences("He said: “Go.” They went.", 1) == "He said: “Go.”"
    assert first_sentences("Mr. Smith came.", 1) == "Mr."  # rough: an abbreviation ends one


def test_the_ecbplus_like_variant_drops_dates_and_keeps_the_first_sentences() -> None:
    items = [
        StoryItem("d", "a", "Title", "One. Two. Three.", "2020-01-02", "t", None),
        StoryItem("d", "b", "", "Uno. Dos.", None, "t", None),
    ]
    short = as_reports_like_ecbplus(items, undated=True, sentences=2)
    assert [(i.article_id, i.title, i.text, i.published) for i in short] == [
        ("a", "Title", "One. Two.", None),
        ("b", "", "Uno. Dos.", None),
    ]
    assert as_reports_like_ecbplus(items, sentences=1)[0].published == "2020-01-02"
    assert as_reports_like_ecbplus(items, undated=True)[0].text == "One. Two. Three."


def test_bench_runs_the_undated_short_variant_in_stream_order(tmp_path: Path) -> None:
    root = make_timeline17(tmp_path / "t17")
    seen: list[tuple[str | None, str]] = []

    def clusterer(items: Sequence[StoryItem]) -> list[tuple[str, str]]:
        seen.extend((item.published, item.article_id) for item in items)
        return gold_copy(items)

    result = run_bench_stories(
        [root], console=quiet(), clusterer=clusterer, undated=True, sentences=1
    )
    assert [published for published, _ in seen] == [None] * 5
    assert [article for _, article in seen][:2] == ["haiti_bbc/3", "bpoil_bbc/2"]  # dates' order
    assert result["variant"] == {"undated": True, "sentences": 1}
    assert "variant" not in run_bench_stories([root], console=quiet(), clusterer=gold_copy)


def test_bench_scores_ecbplus_stories(tmp_path: Path) -> None:
    data = make_ecbplus(tmp_path / "ecbplus")
    result = run_bench_stories([data], console=quiet(), clusterer=all_in_one)
    # 4 articles in 2 topics of 2: B³ precision 1/2, recall 1
    assert result["topic_bcubed_precision"] == 0.5
    assert result["topic_bcubed_recall"] == 1.0
    # 4 stories of 1: precision 1/4
    assert result["story_bcubed_precision"] == 0.25
    assert result["story_bcubed_f1"] == pytest.approx(0.4)
    assert result["story_held_out"]["articles"] == 2
    assert (result["topics"], result["stories"], result["gold_stories"]) == (1, 1, 4)


def test_bench_splits_ecbplus_into_odd_and_even_topics(tmp_path: Path) -> None:
    data = make_ecbplus(tmp_path / "ecbplus")
    split = run_bench_stories([data], console=quiet(), clusterer=all_in_one)["split"]
    # topic 1's two reports share their one cluster with topic 2's two: precision 1/2
    assert split["odd"]["articles"] == split["even"]["articles"] == 2
    assert split["odd"]["topic_bcubed_precision"] == 0.5
    assert split["odd"]["topic_bcubed_recall"] == 1.0
    assert split["even"]["story_bcubed_precision"] == 0.25
    gold = run_bench_stories([data], console=quiet(), clusterer=gold_copy)["split"]
    assert gold["odd"]["topic_bcubed_f1"] == gold["even"]["story_bcubed_f1"] == 1.0


def test_bench_rejects_a_short_answer(tmp_path: Path) -> None:
    data = make_wikiref(tmp_path / "wiki")
    with pytest.raises(StoriesBenchError, match="1 \\(story, topic\\) pairs for 3 articles"):
        run_bench_stories([data], console=quiet(), clusterer=lambda items: [("s", "t")])


@pytest.mark.model
@pytest.mark.slow
def test_storyline_system_end_to_end(tmp_path: Path) -> None:
    result = run_bench_stories([make_wikiref(tmp_path / "wiki")], console=quiet())
    assert result["articles"] == 3
    assert result["story_bcubed_f1"] is None  # WikiRef has no story level
    assert 0.0 < result["topic_bcubed_f1"] <= 1.0
    assert result["nlp_articles_per_s"] > 0
    assert result["settings"]["story_threshold"] > 0


def test_peer_on_toy_data(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    data = make_wikiref(tmp_path / "wiki")
    result = run_bench_stories([data], peers=True, console=quiet(), clusterer=gold_copy)
    peer = result["peers"]
    assert peer["name"] == "tfidf-average-linkage"
    assert peer["articles"] == 3
    assert peer["topic_threshold_chosen_on"].startswith("ECB+")
    assert 0.0 <= peer["topic_bcubed_f1"] <= 1.0


def test_peer_on_timeline17_subset(tmp_path: Path) -> None:
    if not TIMELINE17.is_dir():
        pytest.skip(f"../shared is absent: no Timeline17 at {TIMELINE17}")
    pytest.importorskip("sklearn")
    folders = [TIMELINE17 / "MJ_bbc", TIMELINE17 / "EgyptianProtest_cnn"]
    result = run_bench_stories(folders, peers=True, console=quiet(), clusterer=gold_copy)
    peer = result["peers"]
    assert peer["articles"] == result["articles"] == 415
    assert peer["topic_threshold"] == 0.92
    assert peer["topic_bcubed_precision"] > 0.9  # two well-separated topics
    assert peer["story_bcubed_f1"] is None


def test_scaling_compares_the_first_articles_with_all() -> None:
    import numpy as np

    from storyline.evaluation.bench_stories import scaling
    from storyline.link.stories.features import ArticleFeatures

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(30, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    features = [ArticleFeatures(str(i), "", None, v, {}) for i, v in enumerate(vectors)]
    measured = scaling(features, small=10)
    assert measured["from"] == 10 and measured["to"] == 30 and measured["articles_ratio"] == 3.0
    assert measured["time_ratio"] > 0 and measured["memory_ratio"] > 0
    assert scaling(features[:10], small=10) == {}
