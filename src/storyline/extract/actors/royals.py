"""A royal title that is a given name here: "Prince Michael Jackson II", Michael Jackson's
son, whose first name is Prince, is no prince.

A royal is named by a given name after the title ("Prince Harry", "King Juan Carlos",
"Queen Elizabeth II"), never by the surname of a family in the report, and is "the Prince",
not "Prince", when the name is left out. When the title word is itself a given name (in the
Census lists: "Prince", "King", "Queen") and the report uses it as one, the word gives no
title anywhere in the report: the report names a person by the word alone ("Prince"
tagged a person, or written bare: "with Prince, Paris and Blanket", "Prince said"), or
writes it in front of a given name and a surname another person of the report carries
("Prince Michael Jackson II" beside "Michael Jackson" or "Katherine Jackson"). Its "Prince
Michael" is then the boy too, no prince.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Span, Token

from storyline.extract.gender import is_listed_given_name
from storyline.extract.names import NUMERALS, name_words

# Role names (`roles.tsv`) of monarchs and their families, named by a given name alone.
ROYAL_ROLES = frozenset({"king", "queen", "prince"})


def given_name_titles(persons: Sequence[Span], skipped: Container[int]) -> frozenset[str]:
    """The royal title words the report uses as given names: its PERSON entities
    `persons` (the surnames are other persons', not the titled name's own) and its words
    written bare outside the `skipped` tokens (headlines)."""
    alone, surnames, titled = set(), set(), []
    for ent in persons:
        words = name_words(ent.text)
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if len(words) == 1:
            alone.add(words[0])
        elif words and words[0] in ROYAL_ROLES:
            titled.append((words[0], words[1:]))  # "Prince Michael Jackson II"
        elif before in ROYAL_ROLES:
            titled.append((before, words))  # the recogniser left the title out
        elif len(words) >= 2:
            surnames.add(surname(words))
    for title, name in titled:
        if len(name) >= 2 and surname(name) in surnames:
            alone.add(title)
    if persons:
        doc = persons[0].doc
        alone.update(t.lower_ for t in doc if t.i not in skipped and written_bare(t))
    alone -= surnames  # "King" of "Stephen King" said
    return frozenset(word for word in alone if word in ROYAL_ROLES and is_listed_given_name(word))


def written_bare(token: Token) -> bool:
    """A royal title word capitalised and standing alone as a name: no determiner, owner or
    name in front, no name or possessive after, in no other entity ("with Prince, Paris
    and Blanket", "Prince said"; a royal is "the Prince")."""
    if token.text.lower() not in ROYAL_ROLES or not token.is_title:
        return False
    if token.ent_type_ not in {"", "PERSON"}:
        return False  # the band Queen
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.pos_ in {"DET", "PRON", "PROPN", "ADJ", "NUM"}:
        return False
    return after is None or not (after.is_title or after.is_upper or after.lower_ in {"'s", "’s"})


def surname(words: Sequence[str]) -> str:
    """A name's last word before a numeral ("jackson" of "michael jackson ii")."""
    return words[-2] if len(words) >= 2 and words[-1] in NUMERALS else words[-1]
