"""Person nouns used as things: "a music player", "the task manager", "a nerve agent".

Read from ``storyline/data/thing_senses.tsv`` (see its header for sources): for each noun,
the words that, written just before it, make it a device, a program or a substance.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from storyline.data import data_table
from storyline.extract.tags import PLURAL_NOUN_TAGS


@cache
def _thing_modifiers() -> dict[str, frozenset[str]]:
    return {
        row["noun"]: frozenset(row["modifiers"].split("|"))
        for row in data_table("thing_senses.tsv")
    }


def names_a_thing(head: Token) -> bool:
    """Is this noun, which may name a person, a thing here ("music player")?"""
    modifiers = _thing_modifiers().get(head.lemma_.lower())
    if not modifiers or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return before.lower_ in modifiers or before.lemma_.lower() in modifiers


def may_name_a_person(head: Token) -> bool:
    """Is this noun one that names a person unless a word before it makes it a thing
    ("players like Michael Jordan", "a music player")?"""
    return head.lemma_.lower() in _thing_modifiers()


# Nouns that name a person or a group and also serve as measure words of a pseudo-partitive
# ("a couple of days", "a host of problems", "an army of lawyers"): the quantity and collective
# partitive nouns of Quirk et al. 1985, §5.8, that the actor lexicons hold as persons or groups.
# Any other noun before "of" keeps its own referent ("a professor of politics", "a dictator of
# 30 years", "a veteran of many campaigns").
_MEASURE_WORDS = frozenset(
    {"couple", "pair", "host", "army", "legion", "horde", "crowd", "throng", "mob", "group",
     "team", "crew", "band", "gang", "squad", "bunch", "handful", "flock", "swarm"}
)  # fmt: skip
# The articles that open a pseudo-partitive ("a host of problems"): a definite one makes the
# noun a referent of its own ("the host of the show", "the couple of the year").
_QUANTITY_ARTICLES = frozenset({"a", "an"})


def counted_noun(head: Token) -> Token | None:
    """The noun that this one measures in a pseudo-partitive, "a N of [number] Ns": "days" of
    "a couple of days", "problems" of "a host of problems", "lawyers" of "an army of
    lawyers"; None when the noun is no measure word (`_MEASURE_WORDS`) or none here. In that
    construction the noun after "of" is what is spoken of and the first only counts or
    gathers it (Quirk et al. 1985, §5.8, "partitive constructions"): "a couple of days" is
    no couple. Only an
    indefinite article and a plural noun after "of" (with no article of its own, or a number)
    make it: "the host of the show", "a couple from Ohio" and "a member of parliament"
    refer to someone."""
    if head.tag_ != "NN" or head.lemma_.lower() not in _MEASURE_WORDS or not any(
        child.dep_ == "det" and child.lower_ in _QUANTITY_ARTICLES for child in head.children
    ):
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            counted = [token for token in child.children if token.dep_ == "pobj"]
            return counted[0] if counted and _bare_plural(counted[0]) else None
    return None


def _bare_plural(noun: Token) -> bool:
    """Is the noun plural, with no article, possessor or demonstrative of its own ("days",
    "20 protesters", "angry voters"; not "the voters", "his friends")?"""
    return noun.tag_ in PLURAL_NOUN_TAGS and not any(
        child.dep_ in {"det", "poss"} for child in noun.children
    )
