"""`storyline bench quotes` with a fake extractor on tiny BRAT files, and on PolNeAR dev."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from storyline.cli import main
from storyline.evaluation import bench_quotes
from storyline.evaluation.bench_quotes import Output, run_bench_quotes
from storyline.evaluation.quote_peers import PeerRun, paragraphs, run_textacy
from storyline.extract.quotes.model import Quote, Span

POLNEAR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear"
QUOTE_RE = re.compile(r"“[^”]*”")
MENTION_RE = re.compile(r"\b(?:Ann Lee|[Ss]he)\b")
TEXT = (
    "Ann Lee spoke on Monday. “We will win,” she said. Bob Ray said the plan failed.\n\n"
    "She added: “Taxes will fall.”"
)


def offsets(words: str) -> str:
    start = TEXT.index(words)
    return f"{start} {start + len(words)}\t{words}"


ANN = "\n".join(
    [
        f"T1\tContent {offsets('“We will win,”')}",
        f"T2\tSource {offsets('she said')[:-5]}",  # "she"
        f"T3\tCue {offsets('said.')[:-1]}",  # "said"
        "E1\tAttribution:T9 Content:T1 Source:T2 Cue:T3",
        f"T4\tSource {offsets('Bob Ray')}",
        f"T5\tCue {offsets('said the')[:-4]}",
        f"T6\tContent {offsets('the plan failed')}",
        "E2\tAttribution:T9 Source:T4 Cue:T5 Content:T6",
        f"T7\tSource {offsets('She')}",
        f"T8\tCue {offsets('added')}",
        f"T10\tContent {offsets('“Taxes will fall.”')}",
        "E3\tAttribution:T9 Source:T7 Cue:T8 Content:T10",
    ]
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "nyt_2016-10-02_ann-lee.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "nyt_2016-10-02_ann-lee_4b22.ann").write_text(ANN, encoding="utf-8")
    (root / "text" / "usa-today_2016-10-03_nothing.txt").write_text("Nothing was said.")
    return root


def quoting_tagger(texts: Sequence[str]) -> list[Output]:
    """Every “…” is a direct quote by actor 0, whose mentions are "Ann Lee", "she", "She"."""
    outputs: list[Output] = []
    for text in texts:
        quotes = [
            Quote(Span(m.start(), m.end(), m.group()), "direct", speaker_actor=0)
            for m in QUOTE_RE.finditer(text)
        ]
        mentions = [[(m.start(), m.end()) for m in MENTION_RE.finditer(text)]]
        outputs.append((quotes, mentions))
    return outputs


def test_bench_scores_the_extractor_and_writes_its_quotes(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "quotes.jsonl"
    result = run_bench_quotes(data, out=out, console=Console(quiet=True), tagger=quoting_tagger)
    # both quoted attributions found, each speaker right through actor 0's mentions
    assert result["direct_recall"] == 1.0 and result["direct_speaker_accuracy"] == 1.0
    assert result["direct_end_to_end"] == 1.0 and result["source_accuracy"] == 1.0
    # content tokens: predicted 3 + 3, gold 3 + 3 + 3, all predicted ones gold
    assert result["content_precision"] == 1.0 and result["content_recall"] == round(6 / 9, 4)
    assert result["content_f1"] == 0.8 and result["cue_accuracy"] == 0.0
    assert result["speaker_actor_rate"] == 1.0  # every quote is filed under actor 0
    assert result["corpus"] == {
        "documents": 2,
        "multi_annotated": 0,
        "attributions": 3,
        "without_content": 0,
        "without_source": 0,
        "quoted": 2,
        "quoted_without_source": 0,
    }
    assert "docs_per_s" in result and "peers" not in result
    assert result["out"] == {"file": str(out), "documents": 2, "quotes": 2}
    first, second = (json.loads(line) for line in out.read_text().splitlines())
    start = TEXT.index("“We")
    assert first["file"] == "nyt_2016-10-02_ann-lee.txt"
    assert first["attributions"][0] == {
        "kind": "direct",
        "content": [[start, start + len("“We will win,”")]],
        "cue": None,
        "speaker": None,
        "speaker_actor": 0,
    }
    assert second == {"file": "usa-today_2016-10-03_nothing.txt", "attributions": []}
    json.dumps(result)


def test_other_annotators_are_scored_against_the_first(data: Path) -> None:
    """A second annotator who names "Ann Lee" where the first named "she" for one quote
    gets that speaker wrong (a person's source is judged by overlap alone); storyline is
    shown on the same article as the bench scores it and by overlap alone."""
    second = ANN.replace(
        f"T2\tSource {offsets('she said')[:-5]}", f"T2\tSource {offsets('Ann Lee')}"
    )
    (data / "attributions" / "nyt_2016-10-02_ann-lee_ef2d.ann").write_text(second, encoding="utf-8")
    result = run_bench_quotes(data, console=Console(quiet=True), tagger=quoting_tagger)
    shared = result["agreement"]
    assert (shared["articles"], shared["pairs"]) == (1, 1)
    people = shared["other_annotators"]
    assert people["direct_recall"] == 1.0 and people["direct_speaker_accuracy"] == 0.5
    assert people["content_f1"] == 1.0 and people["cue_accuracy"] == 1.0
    # the fake extractor names actor 0 and no speaker span: right through the actor only
    assert shared["storyline"]["direct_speaker_accuracy"] == 1.0
    assert shared["storyline_speaker_by_overlap"]["direct_speaker_accuracy"] == 0.0
    assert result["direct_speaker_accuracy"] == 1.0  # the gold is still the first annotator


def test_bench_has_no_agreement_without_a_second_annotator(data: Path) -> None:
    result = run_bench_quotes(data, console=Console(quiet=True), tagger=quoting_tagger)
    assert "agreement" not in result


def test_bench_runs_peers_on_the_same_texts(data: Path) -> None:
    seen: list[int] = []

    def fake_peer(texts: Sequence[str]) -> PeerRun:
        seen.append(len(texts))
        quotes = [list(found) for found, _ in quoting_tagger(texts)]
        return PeerRun("fake", quotes, [0.5] * len(texts), refused=3, refused_texts=1, pieces=4)

    result = run_bench_quotes(
        data,
        peers=True,
        console=Console(quiet=True),
        tagger=lambda texts: [([], []) for _ in texts],
        peer_runners={"fake": fake_peer},
    )
    assert seen == [2] and result["direct_recall"] == 0.0 and result["predicted"] == 0
    fake = result["peers"]["fake"]
    # same quotes, but a peer has no actors: no speaker is right
    assert fake["direct_recall"] == 1.0 and fake["direct_speaker_accuracy"] == 0.0
    assert fake["speaker_actor_rate"] == 0.0
    assert fake["docs_per_s"] == 2.0 and (fake["refused"], fake["pieces"]) == (3, 4)
    assert fake["mode"] == "paragraph"


def test_cli_prints_a_table_then_one_json_line(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_quotes, "storyline_tagger", lambda processes: quoting_tagger)
    result = CliRunner().invoke(main, ["bench", "quotes", "--data", str(data), "-p", "1"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output.strip().splitlines()[-1])
    assert metrics["direct_recall"] == 1.0 and metrics["corpus"]["quoted"] == 2
    assert "content F1" in result.output and "3 attributions (2 quoted" in result.output
    assert metrics["speaker_actor_rate"] == 1.0 and "speaker is an actor" in result.output


def test_cli_names_a_folder_that_is_no_split(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", "quotes", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "text/ and attributions/" in result.output


def test_paragraphs_are_non_blank_lines_with_their_offsets() -> None:
    text = "One line.\n\n  \nTwo “lines”.\nThree"
    assert paragraphs(text) == [(0, "One line."), (14, "Two “lines”."), (27, "Three")]
    assert all(text[start : start + len(part)] == part for start, part in paragraphs(text))


@pytest.mark.model
def test_textacy_runs_per_paragraph_and_counts_refusals() -> None:
    pytest.importorskip("textacy", reason="textacy is not installed (extra `peers`)")
    text = (
        "The players' union called the plan bold, critics said.\n\n"  # one quote token: refused
        '"We will rebuild the bridge before winter comes," the mayor told reporters.'
    )
    run = run_textacy([text, text], mode="paragraph")
    assert (run.refused, run.refused_texts, run.pieces) == (2, 2, 4)
    quote = run.quotes[0][0]
    start = text.index('"We')
    assert (quote.content.start, quote.content.text[:4]) == (start, '"We ')
    assert quote.speaker is not None and quote.speaker.text == "mayor"
    assert text[quote.speaker.start : quote.speaker.end] == "mayor"  # no determiner
    assert quote.cue is not None and quote.cue.text == "told"
    whole = run_textacy([text], mode="text")
    assert (whole.refused, whole.pieces, whole.quotes) == (1, 1, [[]])


@pytest.mark.shared
def test_bench_on_polnear_dev_with_a_fake_extractor() -> None:
    if not (POLNEAR / "dev").is_dir():
        pytest.skip(f"../shared is absent: no PolNeAR at {POLNEAR}")
    result = run_bench_quotes(POLNEAR / "dev", console=Console(quiet=True), tagger=quoting_tagger)
    assert result["corpus"]["documents"] == 84 and result["corpus"]["attributions"] == 2192
    assert result["corpus"]["quoted"] == 724 and result["corpus"]["without_source"] == 126
    assert 0.0 < result["direct_recall"] < 1.0 and result["content_precision"] > 0.9
