"""Verbs that attribute speech, writing or thought ("said", "told", "vowed", "believes").

Read from ``storyline/data/speech_cues.tsv`` (its header names the sources); verbs are looked
up by lemma, and "put it" ("as Amar put it, …") is a cue too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from storyline.data import data_table


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue verb: what it attributes (speech, writing, thought, report), and whether its
    object is the addressee ("told reporters that …")."""

    lemma: str
    kind: str
    takes_addressee: bool


PUT_IT = Cue("put", "speech", False)
# Verbs that answer someone with "back" ("Sanders shot back, “…”", "fired back:", "hit back").
RETORTS = frozenset({"shoot", "fire", "hit"})
# Cues that also say something goes on ("he continued, “…”" but "Rubio will continue to be
# …"): no cue before an infinitive.
ASPECTUAL = frozenset({"continue"})


class CueLexicon:
    """Cue verbs by lemma."""

    def __init__(self, cues: dict[str, Cue]) -> None:
        self._cues = cues

    @classmethod
    def load(cls) -> CueLexicon:
        """The lexicon of the packaged TSV (cached: one instance)."""
        return _load()

    def lookup(self, lemma: str) -> Cue | None:
        return self._cues.get(lemma.lower())

    def of(self, verb: Token) -> Cue | None:
        """The cue a verb is: by its lemma (not an aspectual one before an infinitive), the
        idiom "put it" ("as Amar put it, …"), or a retort ("shot back", `RETORTS`)."""
        cue = self.lookup(verb.lemma_)
        if cue is not None and _sentence_adverb(verb):
            return None  # "All told, …", "That said, …": nobody speaks
        if (
            cue is not None
            and verb.lemma_ in ASPECTUAL
            and any(c.dep_ == "xcomp" for c in verb.children)
        ):
            return None  # "will continue to be …": it goes on, nobody speaks
        put_it = verb.lemma_ == "put" and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
        )
        if cue is None and verb.lemma_ in RETORTS and _with_back(verb):
            return Cue(verb.lemma_, "speech", False)
        return PUT_IT if cue is None and put_it else cue


# Verbs of saying that make a sentence adverb with the word before them, then a comma: "All
# told" (in all), "That said" (even so).
SENTENCE_ADVERBS = frozenset({("all", "told"), ("that", "said")})


def _sentence_adverb(verb: Token) -> bool:
    """Is the verb a sentence adverb opening its clause ("All told, up to 5 million …",
    "That said, voters …"): the word before it (`SENTENCE_ADVERBS`) opens the sentence or
    follows a punctuation mark, and a comma follows?"""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    before = doc[verb.i - 1]
    opens = before.is_sent_start or (before.i > 0 and doc[before.i - 1].is_punct)
    return opens and (before.lower_, verb.lower_) in SENTENCE_ADVERBS


def _with_back(verb: Token) -> bool:
    """Does "back" follow the verb as its particle or adverb ("shot back")?"""
    return any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in verb.rights)


@cache
def _load() -> CueLexicon:
    rows = data_table("speech_cues.tsv")
    return CueLexicon(
        {row["lemma"]: Cue(row["lemma"], row["kind"], row["object"] == "yes") for row in rows}
    )
