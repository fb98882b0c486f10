"""Shared fixtures: the spaCy pipeline (loaded once) and the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from storyline.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_pair() -> Path:
    folder = SHARED / "examples" / "seed-pair"
    if not folder.is_dir():
        pytest.skip(f"../shared is absent: no seed pair at {folder}")
    return folder
