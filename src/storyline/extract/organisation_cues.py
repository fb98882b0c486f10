"""Does the text type a name as an organisation? Cues that keep a name among the actors
when the product rule of `storyline.extract.things` would make it a product.

Strong cues (they also outweigh a product's writing, "nCircle", "iDefense"; an
organisation's noun as the last word only for a name the recogniser tagged ORG and not
written as a product's):

* its last word is an organisation's noun ("Malaysia Airlines", "Creamery Corporation":
  the organisation nouns of ``nominals.tsv``) or a company form ("Inc", "Corp", "Ltd");
* an organisation's noun stands beside it: in apposition ("iDefense, a security company")
  or in front of it ("security company Trusteer");
* it employs someone: it modifies a role of ``roles.tsv`` or a person noun of a sector
  in ``nominals.tsv`` ("an AFP reporter", "an AFP photographer", "Boeing's chief
  executive", "the director of iDefense", "researchers at iDefense"; not "iPod users");
* it is a source told or quoted ("told AFP", "according to AFP") or a news agency's credit
  after a dateline ("PARIS (AFP) -").

Weak cue (not enough against a product's writing, for products act in the grammar too:
"iMovie has added audio"): it is the subject of a verb ("Boeing said", "Intel has added").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from storyline.data import data_table
from storyline.extract.names import DASHES
from storyline.extract.nominals import NominalLexicon
from storyline.extract.roles import RoleLexicon

# Legal forms of companies written after the name (Wikipedia "List of legal entity types
# by country": the English-language ones news writes).
COMPANY_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "lp", "llp"})
_EMPLOYED_AT = frozenset({"of", "at", "for", "with"})


@cache
def artefact_nouns() -> frozenset[str]:
    """Nouns of made things (``artefacts.tsv``)."""
    return frozenset(
        noun for row in data_table("artefacts.tsv") for noun in row["nouns"].split("|")
    )


class OrganisationCues:
    """The cues of the module docstring, over the nominal and role lexicons; a noun of
    `artefacts` (a made thing's: "store", "player") is no organisation's noun or role."""

    def __init__(
        self, nominals: NominalLexicon, roles: RoleLexicon, artefacts: frozenset[str]
    ) -> None:
        self.nominals = nominals
        self.roles = roles
        self.artefacts = artefacts

    def strong(self, span: Span, *, head_word: bool = True) -> bool:
        """A strong cue: organisation head word (a company form only, unless `head_word`),
        organisation noun beside it, employs, told or credited."""
        root = span.root
        last = span[-1].text.lower().rstrip(".")
        return (
            (self.organisation_noun(span[-1]) if head_word else last in COMPANY_FORMS)
            or any(self.organisation_noun(t) for t in _beside(root))
            or self.employs(root)
            or _told_or_credited(span)
        )

    def any(self, span: Span, *, head_word: bool = True) -> bool:
        """A strong cue, or the name is the subject of a verb ("Intel has added")."""
        root = span.root
        subject = root.dep_ == "nsubj" and root.head.pos_ == "VERB"
        return subject or self.strong(span, head_word=head_word)

    def organisation_in_front(self, span: Span) -> bool:
        """Is the word right before the name an organisation's noun joined to it, as the
        name's compound or with the name in apposition ("the animation company Pixar",
        "electronics retailer Best Buy"; not "the team Chuck Pagano used to coach", where
        the name begins a clause, nor "club President Dean Spanos")? Apposition after a
        comma is left out: the parser hangs a person's there ("Christine Monaco, a
        spokeswoman for the organization")."""
        if span.start == 0:
            return False
        noun, root = span.doc[span.start - 1], span.root
        joined = (noun.dep_ == "compound" and noun.head == root) or (
            root.dep_ == "appos" and root.head == noun
        )
        return noun.pos_ == "NOUN" and joined and self.organisation_noun(noun)

    def organisation_noun(self, token: Token) -> bool:
        """An organisation's noun ("company", "Airlines") or a company form ("Inc.")."""
        word = token.text.lower().rstrip(".")
        if word in COMPANY_FORMS:
            return True
        forms = {token.lemma_.lower(), word, word.removesuffix("s")}
        if forms & self.artefacts:
            return False
        for form in forms:
            nominal = self.nominals.lookup(form)
            if nominal is not None and nominal.kind == "organisation":
                return True
        return False

    def employs(self, root: Token) -> bool:
        """Does the name modify a role ("AFP reporter", "Boeing's chief executive",
        "director of iDefense", "researchers at iDefense")?"""
        head = root.head
        if root.dep_ in {"compound", "nmod", "poss"} and head.i > root.i:
            return self.is_role(head)
        if root.dep_ == "pobj" and head.lower_ in _EMPLOYED_AT:
            return self.is_role(head.head)
        return False

    def is_role(self, token: Token) -> bool:
        """A role of ``roles.tsv`` ("reporter"), or a person noun of ``nominals.tsv`` with
        a sector other than civilians ("photographer", not "user" or "fan")."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma in self.artefacts:
            return False
        if self.roles.lookup(lemma) is not None:
            return True
        nominal = self.nominals.lookup(lemma)
        return (
            nominal is not None and nominal.kind == "person" and nominal.sector not in {"", "CVL"}
        )


def _beside(root: Token) -> list[Token]:
    """Nouns in apposition with the name, or in front of it as its compound."""
    near = [
        t for t in root.children if t.dep_ == "appos" or (t.dep_ == "compound" and t.i < root.i)
    ]
    if root.dep_ == "appos":
        near.append(root.head)
    return [t for t in near if t.pos_ == "NOUN"]


def _told_or_credited(span: Span) -> bool:
    """Told ("told AFP"), quoted ("according to AFP") or credited after a dateline
    ("PARIS (AFP) -")."""
    root = span.root
    if root.dep_ in {"dobj", "dative"} and root.head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    doc = span.doc
    bracketed = span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "("
    return (
        bracketed
        and doc[span.end].text == ")"
        and span.end + 1 < len(doc)
        and doc[span.end + 1].text in DASHES
    )
