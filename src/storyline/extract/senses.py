"""Person nouns used as things: "a music player", "the task manager", "a nerve agent".

Read from ``storyline/data/thing_senses.tsv`` (see its header for sources): for each noun,
the words that, written just before it, make it a device, a program or a substance.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from storyline.data import data_table


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
