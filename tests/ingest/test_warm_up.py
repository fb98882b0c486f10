"""The embedding model loads in a thread during a one-process NLP pass (`EmbedderWarmUp`)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from spacy.language import Language

from storyline.ingest import run as run_module
from storyline.ingest.run import EmbedderWarmUp, IngestOptions, ingest
from storyline.store.database import Database
from tests.corpus import write_good_reports


class Recorder:
    """A stand-in for the model's load (taking `seconds`): records the thread it ran on."""

    def __init__(self, seconds: float = 0.0) -> None:
        self.seconds = seconds
        self.threads: list[str] = []

    def __call__(self) -> None:
        time.sleep(self.seconds)
        self.threads.append(threading.current_thread().name)


def test_the_model_loads_in_a_thread_during_the_nlp_pass_and_before_linking(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    load = Recorder(seconds=0.5)
    loads_when_linking = []
    link_corpus = run_module.link_corpus
    monkeypatch.setattr(run_module, "warm_up_embedder", load)
    monkeypatch.setattr(
        run_module,
        "link_corpus",
        lambda db: loads_when_linking.append(len(load.threads)) or link_corpus(db),
    )
    write_good_reports(tmp_path / "in", 3)
    with Database(tmp_path / "s.db") as db:
        report = ingest([str(tmp_path / "in")], db, nlp, IngestOptions())
        again = ingest([str(tmp_path / "in")], db, nlp, IngestOptions())
    assert report.accepted == 3 and again.unchanged == 3
    assert load.threads == ["embedder-warm-up"]  # off the main thread; not for nothing new
    assert loads_when_linking == [1, 1]  # the first run's load was over before it linked


def test_with_worker_processes_there_is_no_thread() -> None:
    load = Recorder()
    warm_up = EmbedderWarmUp(processes=2, load=load)
    warm_up.annotated()
    warm_up.wait()
    assert warm_up.thread is None and load.threads == []


def test_a_failed_load_is_left_to_the_models_first_use() -> None:
    def fail() -> None:
        raise OSError("no model")

    warm_up = EmbedderWarmUp(processes=1, load=fail)
    warm_up.annotated()
    warm_up.wait()  # nothing raised here
    assert warm_up.thread is not None and not warm_up.thread.is_alive()


def test_no_empty_chunk_goes_through_nlp_after_the_last_segment(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunks = []
    annotate_chunk = run_module.annotate_chunk

    def counted(*args: object) -> int:
        chunks.append(annotate_chunk(*args))  # type: ignore[arg-type]
        return chunks[-1]

    monkeypatch.setattr(run_module, "annotate_chunk", counted)
    monkeypatch.setattr(run_module, "warm_up_embedder", Recorder())
    write_good_reports(tmp_path / "in", 5)
    with Database(tmp_path / "s.db") as db:
        ingest([str(tmp_path / "in")], db, nlp, IngestOptions(chunk_size=2))
    # 5 segments in chunks of 2: the third chunk reads the last one; an empty fourth, with
    # worker processes, would fork a pool for nothing
    assert chunks == [2, 2, 1]
