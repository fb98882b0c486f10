"""The referents of one report's repeated common noun: a phrase that can only introduce
another one starts a new one.

"make changes" … "no particular policy change" are not one change, nor "Pence's visit to
Japan" … "the prospect of such a visit" (Moon's, to Pyongyang) one visit. A phrase with "no",
"another" or "such" before its head introduces a new referent, unless it is a predicate or an
apposition ("it was no accident"; but "there has been no change" introduces one). A later
mention goes to the most recent referent. "a"/"an" alone does not start one: news reports
restate a thing with an indefinite article ("a decision" … "a unanimous decision"), and on
ECB+ splitting there cost more than it gained (docs/benchmarks.md, fifteenth session).

The first referent keeps the head lemma as its key, as one thing per lemma did; a later one
is keyed ``(lemma, "#2")``, ``(lemma, "#3")`` …, which `later_referent` tells, so that nothing
joins it to another thing by key (`storyline.link.things`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

_NEW = frozenset({"no", "another"})  # determiners
_MARK = "#"


def referents(heads: Sequence[Token]) -> list[list[Token]]:
    """The heads of one lemma, in text order, grouped by referent."""
    groups: list[list[Token]] = []
    for head in heads:
        if groups and not introduces(head):
            groups[-1].append(head)
        else:
            groups.append([head])
    return groups


def introduces(head: Token) -> bool:
    """Whether a noun heads a phrase that introduces another referent ("no change",
    "another meeting", "such a visit") and is no predicate nor apposition."""
    return not predicate(head) and any(
        (child.dep_ == "det" and child.lower_ in _NEW)
        or (child.dep_ in {"predet", "amod"} and child.lower_ == "such")
        for child in head.children
    )


def predicate(head: Token) -> bool:
    """An apposition, or a noun a copula says of its subject ("was no accident"); not the
    one "there is" introduces ("there has been no change")."""
    if head.dep_ == "appos":
        return True
    return head.dep_ == "attr" and not any(c.dep_ == "expl" for c in head.head.children)


def referent_key(lemma: str, n: int) -> tuple[str, ...]:
    """The key of the `n`-th (from 0) referent of a lemma."""
    return (lemma,) if n == 0 else (lemma, f"{_MARK}{n + 1}")


def later_referent(key: tuple[str, ...]) -> bool:
    """Whether a key is that of a lemma's second or later referent in its report."""
    return len(key) == 2 and key[1].startswith(_MARK)
