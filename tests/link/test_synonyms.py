"""Near-synonym nouns by embeddings, and the roles they link (`storyline.link.synonyms`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

import storyline.link.synonyms as synonyms
from storyline.link.entities import link_actors
from tests.link.test_entities import actor, together

# Hand-made unit vectors: "motorist"/"driver" at cosine 0.8, "husband"/"wife" and
# "defendant"/"plaintiff" at 0.9, "banana" orthogonal to all.
_ANGLES = {"motorist": 0.0, "driver": np.arccos(0.8), "husband": 1.0, "wife": 1.0 + np.arccos(0.9)}
_ANGLES |= {"defendant": 2.5, "plaintiff": 2.5 + np.arccos(0.9)}


def _fake_embed(words: Sequence[str]) -> np.ndarray:
    rows = []
    for word in words:
        if word in _ANGLES:
            rows.append([np.cos(_ANGLES[word]), np.sin(_ANGLES[word]), 0.0])
        else:
            rows.append([0.0, 0.0, 1.0])
    return np.asarray(rows, dtype=np.float32)


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> list[Sequence[str]]:
    """Replace the sentence-embedding model; return the list of the batches it embedded."""
    calls: list[Sequence[str]] = []

    def embed(words: Sequence[str]) -> np.ndarray:
        calls.append(list(words))
        return _fake_embed(words)

    monkeypatch.setattr(synonyms, "_vectors", {})
    monkeypatch.setattr(synonyms, "_embed_with_model", embed)
    return calls


def test_near_synonyms_are_pairs_at_or_above_the_threshold(fake_model: list) -> None:
    words = ["driver", "motorist", "banana", "driver"]
    assert synonyms.near_synonyms(words, 0.75) == {("driver", "motorist")}
    assert synonyms.near_synonyms(words, 0.85) == set()
    assert synonyms.near_synonyms(["driver"], 0.0) == set()


def test_each_word_is_embedded_once(fake_model: list) -> None:
    synonyms.near_synonyms(["driver", "motorist"])
    synonyms.near_synonyms(["driver", "motorist", "banana"])
    assert fake_model == [["driver", "motorist"], ["banana"]]


def _story(article: int) -> list:
    """Two named actors that put a report in the same story as the others."""
    return [
        actor(article, "Luann Johnson", idx=10),
        actor(article, "Bloomington", "LOCATION", idx=11),
    ]


def _role(article: int, noun: str, idx: int = 0, plural: bool = False) -> object:
    key = ("the", noun, "plural") if plural else ("the", noun)
    return actor(article, noun.title(), key=key, roles=(noun,), idx=idx)


def test_near_synonym_roles_of_one_story_join(fake_model: list) -> None:
    actors = [_role(1, "motorist"), *_story(1), _role(2, "driver"), *_story(2)]
    assert together(link_actors(actors), actors, 0, 3)


def test_near_synonym_roles_stay_apart_without_a_shared_story(fake_model: list) -> None:
    actors = [_role(1, "motorist"), _role(2, "driver")]
    assert not together(link_actors(actors), actors, 0, 1)


def test_near_synonym_roles_of_two_numbers_stay_apart(fake_model: list) -> None:
    actors = [_role(1, "motorist"), *_story(1), _role(2, "driver", plural=True), *_story(2)]
    assert not together(link_actors(actors), actors, 0, 3)


def test_roles_of_two_genders_stay_apart(fake_model: list) -> None:
    actors = [_role(1, "husband"), *_story(1), _role(2, "wife"), *_story(2)]
    assert not together(link_actors(actors), actors, 0, 3)


def test_roles_a_report_writes_for_two_actors_stay_apart(fake_model: list) -> None:
    actors = [
        _role(1, "defendant"), *_story(1),
        _role(2, "plaintiff"), *_story(2),
        _role(3, "defendant"), _role(3, "plaintiff", idx=1), *_story(3),
    ]  # fmt: skip
    entities = link_actors(actors)
    assert not together(entities, actors, 0, 3)
    assert together(entities, actors, 0, 6)  # the same noun still joins (rule 4)


def test_the_shipped_model_finds_near_synonym_nouns() -> None:
    """The real model (all-MiniLM-L6-v2): two nouns for one kind of person are near
    synonyms at the threshold, an unrelated noun is not."""
    pairs = synonyms.near_synonyms(["robber", "thief", "teen", "teenager", "banana"])
    assert pairs == {("robber", "thief"), ("teen", "teenager")}


def test_kinship_nouns_and_titles_are_not_joined_by_similarity(
    fake_model: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(_ANGLES, "son", 0.0)  # as near "motorist" as "motorist" itself
    monkeypatch.setitem(_ANGLES, "lawyer", 0.0)
    for noun in ("son", "lawyer"):
        actors = [_role(1, "motorist"), *_story(1), _role(2, noun), *_story(2)]
        assert not together(link_actors(actors), actors, 0, 3), noun
