"""The quote chooser: candidates the rules offer, their features, the pick, the fallback.

Every sentence is invented.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from storyline.extract.quotes.chooser import (
    QuoteChooser,
    chooser_from,
    features,
    gather,
    load_chooser,
    packaged_chooser,
)
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.finder import QuoteFinder
from storyline.extract.quotes.model import Quote, Span
from tests.scripts import load_script

REPO = Path(__file__).resolve().parents[2]
TWO_CUES = "“We will talk,” Laura Hill said as Tom Reed spoke."
BESIDE = "“We will talk.” Laura Hill said it as Tom Reed spoke."


class Recorder:
    """A picker that keeps the rules' pick and the features of every candidate."""

    def __init__(self) -> None:
        self.seen: list[list[tuple[str | None, list[str]]]] = []

    def pick(self, doc, passage, chosen, offers, previous, cues):  # type: ignore[no-untyped-def]
        candidates = gather([*offers, ("pick", chosen)])
        self.seen.append(
            [
                (
                    c.quote.speaker.text if c.quote.speaker else None,
                    features(doc, passage, c, chosen, previous, cues),
                )
                for c in candidates
            ]  # fmt: skip
        )
        return chosen


def training_script() -> Any:
    """scripts/train_quote_chooser.py as a module."""
    return load_script("train_quote_chooser")


def speakers(nlp: Language, text: str, chooser: Any) -> list[str | None]:
    found = QuoteFinder(CueLexicon.load(), chooser)(nlp(text))
    return [q.speaker.text if q.speaker else None for q in found if q.kind == "direct"]


def test_features_of_the_pairs_the_rules_offer(nlp: Language) -> None:
    recorder = Recorder()
    QuoteFinder(CueLexicon.load(), recorder)(nlp(TWO_CUES))
    [[(first, said), (second, spoke)]] = recorder.seen
    assert (first, second) == ("Laura Hill", "Tom Reed")
    # the tag right after the passage, whose subject speaks: the rules' pick
    assert {"rules_pick", "first_rule=tag_after", "cue_path=1", "cue_side=after",
            "cue_lemma=say", "spk_subject_of_cue", "spk_kind=PROPN"} <= set(said)  # fmt: skip
    # another cue of the sentence, not above the passage in the parse
    assert {"first_rule=sentence_cue", "cue_path=none", "cue_lemma=speak"} <= set(spoke)
    assert "rules_pick" not in spoke


def test_gather_merges_one_pair_offered_by_several_rules() -> None:
    cue, speaker = Span(20, 24, "said"), Span(10, 19, "Laura Hill")
    quote = Quote(Span(0, 8, "We talk"), "direct", cue, speaker)
    other = Quote(Span(0, 8, "We talk"), "direct", Span(30, 35, "spoke"), Span(25, 29, "Reed"))
    term = Quote(Span(0, 8, "We talk"), "term")
    found = gather([("a", quote), ("b", None), ("c", other), ("d", quote), ("e", term)])
    assert [(c.quote, c.rules) for c in found] == [(quote, ["a", "d"]), (other, ["c"])]


def test_the_best_scored_pair_speaks_and_ties_keep_the_rules(nlp: Language) -> None:
    # the rules' pick: "Laura Hill said" beside the passage, not a cue it hangs on
    text = BESIDE
    assert speakers(nlp, text, QuoteChooser(0.0, {})) == ["Laura Hill"]
    assert speakers(nlp, text, QuoteChooser(0.0, {"cue_lemma=speak": 3.0})) == ["Tom Reed"]
    assert speakers(nlp, text, QuoteChooser(-1.0, {"cue_lemma=say": 0.5})) == ["Laura Hill"]


def test_a_pick_through_the_cue_the_passage_hangs_on_is_marked_for_every_pair(
    nlp: Language,
) -> None:
    # what the model needs to keep "a man in the crowd yelled “…”" against a named speaker
    recorder = Recorder()
    QuoteFinder(CueLexicon.load(), recorder)(nlp(TWO_CUES))
    [[(_, said), (_, spoke)]] = recorder.seen
    assert "firm_pick" in said and "against_firm_pick" in spoke
    recorder = Recorder()
    QuoteFinder(CueLexicon.load(), recorder)(nlp(BESIDE))
    [pairs] = recorder.seen
    assert not any({"firm_pick", "against_firm_pick"} & set(f) for _, f in pairs)


def test_without_the_model_file_the_rules_decide(nlp: Language) -> None:
    assert load_chooser("no_such_model.json") is None
    assert speakers(nlp, TWO_CUES, None) == ["Laura Hill"]


def test_the_packaged_model_file_follows_its_cross_validation() -> None:
    path = resources.files("storyline.data").joinpath("quote_chooser.json")
    model = json.loads(path.read_text(encoding="utf-8"))
    figures = model["cross_validation"]
    gain = figures["chooser"]["direct_end_to_end"] >= figures["rules"]["direct_end_to_end"]
    assert bool(model["weights"]) == gain  # weights only where they beat the rules on train
    assert (packaged_chooser() is not None) == gain


def test_a_model_with_no_weights_leaves_the_rules_to_decide(nlp: Language) -> None:
    assert chooser_from({"bias": 0.0, "weights": {}}) is None
    chooser = chooser_from({"bias": -1.0, "weights": {"cue_lemma=say": 0.5}})
    assert chooser == QuoteChooser(-1.0, {"cue_lemma=say": 0.5})
    text = "“We will talk,” Laura Hill said as Tom Reed spoke. “It is late,” he added."
    assert speakers(nlp, text, chooser) == speakers(nlp, text, chooser)
    assert nlp(text)._.quotes == nlp(text)._.quotes


def test_the_training_script_skips_without_data(capsys: pytest.CaptureFixture[str]) -> None:
    script = training_script()
    assert script.main(["--data", str(REPO / "no-such-data")]) == 0
    assert "skipped" in capsys.readouterr().err


def test_fit_gives_readable_weights_that_separate_the_pairs() -> None:
    pytest.importorskip("sklearn.linear_model")
    script = training_script()
    rows = [(["cue_path=1", "rules_pick"], True), (["cue_path=none"], False)] * 3
    model = script.fit(rows, 1.0)
    chooser = QuoteChooser(model["bias"], model["weights"])
    assert set(model["weights"]) <= {"cue_path=1", "cue_path=none", "rules_pick"}
    assert chooser.score(["cue_path=1", "rules_pick"]) > 0.5 > chooser.score(["cue_path=none"])


def test_the_script_checks_the_shipped_file_byte_for_byte(tmp_path: Path) -> None:
    script = training_script()
    shipped = tmp_path / "quote_chooser.json"
    assert script.write_or_check(shipped, '{"bias": 0.5}\n', check=True) == 1  # absent
    assert script.write_or_check(shipped, '{"bias": 0.5}\n', check=False) == 0
    assert script.write_or_check(shipped, '{"bias": 0.5}\n', check=True) == 0
    assert script.write_or_check(shipped, '{"bias": 0.25}\n', check=True) == 1
    assert shipped.read_text(encoding="utf-8") == '{"bias": 0.5}\n'


def test_a_cached_parse_is_keyed_on_the_code_that_made_it(tmp_path: Path) -> None:
    script = training_script()
    (tmp_path / "extract").mkdir()
    rules = tmp_path / "extract" / "actors.py"
    rules.write_text("RULE = 1\n")
    (tmp_path / "data").mkdir()
    weights = tmp_path / "data" / "quote_chooser.json"
    weights.write_text("{}\n")
    before = script.parse_fingerprint(tmp_path)
    weights.write_text('{"bias": 1.0}\n')  # retrained weights: the parse still holds
    assert script.parse_fingerprint(tmp_path) == before
    rules.write_text("RULE = 2\n")  # other actor rules: the parse is stale
    assert script.parse_fingerprint(tmp_path) != before
