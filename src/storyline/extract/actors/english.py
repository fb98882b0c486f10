"""English words, from the dictionary the parser's model ships for its lemmatizer.

The rule lemmatizer of the English model holds WordNet's lemmas by part of speech
(`lemma_index`), its irregular forms ("became" of "become": `lemma_exc`) and its suffix rules
("translated" of "translate": `lemma_rules`). The actor rules read it to tell a common word
written in capitals from a name or an acronym: a transcript's "(INAUDIBLE)", a comment's
shouted "IMMEDIATELY", a capitals line's "BECAME".
"""

from __future__ import annotations

from functools import cache

import spacy.util
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Lookups, Table

_shared: list[Lookups] = []  # the loaded pipeline's lemmatizer tables (`share_tables`)


def share_tables(lookups: Lookups) -> None:
    """Read the tables of a loaded pipeline's lemmatizer (the model's own files, already in
    memory) instead of reading them from disk again, in this process and in the workers it
    forks; the answers are the same."""
    _shared[:] = [lookups]
    _lookups.cache_clear()
    _dictionary.cache_clear()
    _suffix_rules.cache_clear()
    _verbs.cache_clear()


@cache
def _lookups() -> Lookups:
    """The lemmatizer's tables of the pipeline's model."""
    if _shared:
        return _shared[0]
    from storyline.nlp.pipeline import MODEL  # the pipeline imports the actors component

    folder = next(spacy.util.get_package_path(MODEL).glob("*/lemmatizer/lookups"))
    return Lookups().from_disk(folder)


@cache
def _dictionary() -> frozenset[str]:
    """Every lemma of the lemmatizer's index (WordNet's English words)."""
    return frozenset().union(*_lookups().get_table("lemma_index").values())


@cache
def _suffix_rules(pos: str) -> tuple[tuple[str, str], ...]:
    """The lemmatizer's suffix rules for one part of speech (("ed", "e"), ("ing", ""), …)."""
    return tuple(tuple(rule) for rule in _lookups().get_table("lemma_rules")[pos])


@cache
def _verbs() -> frozenset[str]:
    """The verbs of the lemmatizer's index (a list there: a set answers `in` at once)."""
    return frozenset(_lookups().get_table("lemma_index")["verb"])


def _table(name: str) -> Table:
    return _lookups().get_table(name)


def english_word(word: str) -> bool:
    """Is the word (in any case) an English dictionary word or a regular inflection of one
    ("translated" of "translate"), or a function word (spaCy's stop list)?"""
    lowered = word.lower()
    if lowered in STOP_WORDS:
        return True
    words = _dictionary()
    return lowered in words or any(
        lowered.endswith(old) and lowered[: len(lowered) - len(old)] + new in words
        for pos in ("noun", "verb", "adj")
        for old, new in _suffix_rules(pos)
    )


def inflected_verb(word: str) -> bool:
    """Is the word (in any case) an inflected form of an English verb, other than its base:
    an irregular form of the lemmatizer's exceptions ("became", "did") or a regular one by
    its suffix rules whose stem is a verb of the dictionary ("explains", "ruled")?"""
    lowered = word.lower()
    irregular = _table("lemma_exc")["verb"].get(lowered)
    if irregular and lowered not in irregular:
        return True
    verbs = _verbs()
    return lowered not in verbs and any(
        lowered.endswith(old) and lowered[: len(lowered) - len(old)] + new in verbs
        for old, new in _suffix_rules("verb")
    )
