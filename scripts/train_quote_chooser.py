"""Retrain the quote chooser (`storyline/data/quote_chooser.json`) on PolNeAR train.

Parses the train split (``../shared/data/polnear/train``; with ``--docbin FILE`` the parse is
cached there, the pipeline without its quotes and times components, and parsed again when
the package's code or data changed since), runs the quote rules
with a recorder that keeps, for every quoted passage, the (cue, speaker) pairs the rules
offer (`storyline.extract.quotes.chooser`), and labels each pair by the gold attribution
whose content shares most words with the passage: right when its speaker is right by the
bench's scorer. One L2 logistic regression over binary features seen at least twice is fit
on the passages with two pairs or more. A 5-fold cross-validation grouped by document (each
fold's documents read by a chooser trained on the other four, through the whole finder and
scorer) prints the train figures of the rules and of the chooser; the weights are written
only when the chooser's end-to-end figure is at least the rules', else a file with no
weights (the rules decide), so the shipped file always comes from this script, with the
figures that decided it. Deterministic: same data, same
weights. Needs scikit-learn (the ``peers`` extra); exits with a message when the data are
absent.

    python scripts/train_quote_chooser.py [--data DIR] [--docbin FILE] [--out FILE] [--check]

With ``--check`` nothing is written: the exit status says whether the shipped file is
byte for byte what the script fits on the current rules (about 3 minutes on a cached
parse; parsing the 840 articles takes much longer the first time).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared/data/polnear/train"
DEFAULT_OUT = REPO_ROOT / "src/storyline/data/quote_chooser.json"
MIN_COUNT = 2
C = 0.1  # of 0.03, 0.1 and 0.3, the most right speakers in cross-validation (benchmarks.md)
FOLDS = 5
KEYS = ("direct_recall", "direct_speaker_accuracy", "direct_end_to_end", "content_f1",
        "source_accuracy", "cue_accuracy")  # fmt: skip


def parse(texts: Sequence[str], docbin: Path | None) -> list[Any]:
    """spaCy parses of the texts without the quotes and times components (cached)."""
    from spacy.tokens import DocBin

    from storyline.extract.component import register_extensions
    from storyline.nlp.pipeline import load_nlp

    register_extensions()
    nlp = load_nlp()
    code = parse_fingerprint()
    stamp = docbin.with_name(docbin.name + ".code") if docbin is not None else None
    if docbin is not None and stamp is not None and docbin.exists() and stamp.exists():
        docs = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
        if stamp.read_text() == code and [d.text for d in docs] == list(texts):
            return docs
    nlp.remove_pipe("storyline_quotes")
    with nlp.select_pipes(disable=["storyline_times"]):
        docs = list(nlp.pipe(texts, batch_size=16))
    if docbin is not None and stamp is not None:
        store = DocBin(store_user_data=True)
        for doc in docs:
            store.add(doc)
        store.to_disk(docbin)
        stamp.write_text(code)
    return docs


def parse_fingerprint(package: Path | None = None) -> str:
    """A hash of the code and data that make the cached parse's stored annotations (the
    actors and things the quote rules read): every file of the package but the choosers'
    weights. A parse cached by other code is parsed again, so the shipped weights always
    come from the current rules' view of the data (a parse cached with older actors once
    made the weights impossible to rebuild)."""
    import hashlib

    root = package or Path(__file__).resolve().parent.parent / "src/storyline"
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".tsv", ".txt", ".json"} and (
            path.name not in {"quote_chooser.json", "time_chooser.json"}
        ):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class Recorder:
    """A chooser that keeps the rules' pick and records every passage's candidates."""

    def __init__(self) -> None:
        self.passages: list[tuple[Any, list[Any], list[list[str]]]] = []

    def pick(self, doc, passage, chosen, offers, previous, cues):  # type: ignore[no-untyped-def]
        from storyline.extract.quotes.chooser import features, gather

        candidates = gather([*offers, ("pick", chosen)])
        feats = [features(doc, passage, c, chosen, previous, cues) for c in candidates]
        self.passages.append((passage, [c.quote for c in candidates], feats))
        return chosen


Row = tuple[list[str], bool]  # a candidate's features, and whether its speaker is right


def examples(documents: Sequence[Any], docs: Sequence[Any]) -> list[list[list[Row]]]:
    """Per document, per passage with two candidates or more, its labelled candidates."""
    from storyline.evaluation.quote_scorer import Tokens, predicted, speaker_right
    from storyline.extract.quotes.cues import CueLexicon
    from storyline.extract.quotes.finder import QuoteFinder

    out = []
    for document, doc in zip(documents, docs, strict=True):
        recorder = Recorder()
        found = QuoteFinder(CueLexicon.load(), recorder)(doc)
        tokens = Tokens(document.text)
        mentions = [[(m.start, m.end) for m in a.mentions] for a in doc._.actors]
        sources = scored_sources(document, found, tokens)
        rows: list[list[Row]] = []
        for passage, quotes, feats in recorder.passages:
            source = source_of(sources, passage.start)
            if len(quotes) < 2 or source is None:
                continue
            group = []
            for quote, feat in zip(quotes, feats, strict=True):
                prediction = predicted(quote)
                right = prediction is not None and speaker_right(
                    tokens, source, prediction, mentions
                )
                group.append((feat, right))
            rows.append(group)
        out.append(rows)
    return out


def scored_sources(document: Any, found: Sequence[Any], tokens: Any) -> dict[Any, Any]:
    """The gold source of each direct quote, by its content's (start, end): that of the
    quoted gold attribution the scorer matches to it (a passage whose gold the scorer
    matches to another prediction, such as the reported speech around it, teaches nothing)."""
    from storyline.evaluation.quote_scorer import best_match, is_quoted, predicted

    quotes = [q for q in found if predicted(q) is not None]
    contents = [tokens.covered(predicted(q).content) for q in quotes]  # type: ignore[union-attr]
    out = {}
    for gold in document.attributions:
        if not gold.source or not gold.content or not is_quoted(document.text, gold.content):
            continue
        match = best_match(tokens.covered(gold.content), contents)
        if match is None or quotes[match].kind != "direct":
            continue
        content = quotes[match].content
        out.setdefault((content.start, content.end), gold.source)
    return out


def source_of(sources: dict[tuple[int, int], Any], start: int) -> Any:
    """The source of the scored quote whose content holds character `start`, if any."""
    return next((s for (a, b), s in sources.items() if a <= start < b), None)


def fit(rows: Sequence[Row], c: float = C) -> dict[str, Any]:
    """An L2 logistic regression over binary features seen at least `MIN_COUNT` times."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in rows for f in set(feats))
    kept = [{f: 1 for f in feats if counts[f] >= MIN_COUNT} for feats, _ in rows]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    y = [int(right) for _, right in rows]
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs").fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if w}
    return {"bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def score(documents: Sequence[Any], docs: Sequence[Any], chooser: Any) -> dict[str, Any]:
    """The bench's figures of the finder (with `chooser`, or the rules) on the documents."""
    from storyline.evaluation.quote_scorer import merge_scores, score_document
    from storyline.extract.quotes.cues import CueLexicon
    from storyline.extract.quotes.finder import QuoteFinder

    finder = QuoteFinder(CueLexicon.load(), chooser)
    scores = []
    for document, doc in zip(documents, docs, strict=True):
        mentions = [[(m.start, m.end) for m in a.mentions] for a in doc._.actors]
        scores.append(score_document(document.text, document.attributions, finder(doc), mentions))
    return merge_scores(scores).metrics()


def cross_validate(
    documents: Sequence[Any], docs: Sequence[Any], rows: Sequence[list[list[Row]]], c: float
) -> dict[str, Any]:
    """The finder's figures on every fold read by a chooser fit on the other folds."""
    from storyline.evaluation.quote_scorer import merge_scores, score_document
    from storyline.extract.quotes.chooser import QuoteChooser
    from storyline.extract.quotes.cues import CueLexicon
    from storyline.extract.quotes.finder import QuoteFinder

    scores = []
    for fold in range(FOLDS):
        train = [r for i, doc in enumerate(rows) if i % FOLDS != fold for g in doc for r in g]
        model = fit(train, c)
        finder = QuoteFinder(CueLexicon.load(), QuoteChooser(model["bias"], model["weights"]))
        for i in range(fold, len(documents), FOLDS):
            doc = docs[i]
            mentions = [[(m.start, m.end) for m in a.mentions] for a in doc._.actors]
            found = finder(doc)
            scores.append(
                score_document(documents[i].text, documents[i].attributions, found, mentions)
            )
    return merge_scores(scores).metrics()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--docbin", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 unless --out is the same"
    )
    args = parser.parse_args(argv)
    if not (args.data / "attributions").is_dir():
        print(f"no PolNeAR split at {args.data}: skipped, nothing trained", file=sys.stderr)
        return 0
    from storyline.evaluation.polnear import read_polnear

    documents = read_polnear(args.data)
    docs = parse([d.text for d in documents], args.docbin)
    rows = examples(documents, docs)
    groups = [g for doc_rows in rows for g in doc_rows]
    print(f"{len(documents)} documents, {len(groups)} passages of 2+ candidates", flush=True)
    rules = score(documents, docs, None)
    chooser = cross_validate(documents, docs, rows, args.c)
    figures = {
        name: {k: run[k] for k in KEYS} | {"right": run["direct_speaker_right"]}
        for name, run in (("rules", rules), ("chooser", chooser))
    }
    print(json.dumps(figures, indent=1))
    about = "storyline quote chooser: logistic weights (scripts/train_quote_chooser.py, PolNeAR)"
    if chooser["direct_end_to_end"] < rules["direct_end_to_end"]:
        print("the chooser falls below the rules in cross-validation: no weights, the rules decide")
        model: dict[str, Any] = {"bias": 0.0, "weights": {}}
    else:
        model = fit([r for g in groups for r in g], args.c)
    out = {"about": about, "C": args.c, "cross_validation": figures, **model}
    return write_or_check(args.out, json.dumps(out, indent=1, sort_keys=True) + "\n", args.check)


def write_or_check(path: Path, text: str, check: bool) -> int:
    """Write the model file; with `check`, only compare it: 0 when `path` holds `text`
    byte for byte, else 1."""
    if not check:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
        return 0
    same = path.is_file() and path.read_bytes() == text.encode("utf-8")
    print(f"{path} {'is' if same else 'is NOT'} what this script writes on this data")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
