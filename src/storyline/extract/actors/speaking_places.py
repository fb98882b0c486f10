"""Names the recogniser tags as places that the report writes as a company's.

The recogniser tags some companies GPE ("Cisco sues Apple", "Cisco states that it …"). A
place name that no country table knows (no country, capital, seat or region: those are
read as governments or places by their own rules) is an organisation's when the report
makes it, at least once, the subject of a verb of saying ("Cisco states", "Cisco has
promised"), and never writes it where a place stands: after "in", "at", "near" … ("a
plant in Cisco"), "from" after "be" ("is from Cisco"), or set beside another place
("Cupertino, California", "Newport Beach, Calif."). A town does not state or promise; a
company does.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from storyline.extract.actors.binding import speaking_verb
from storyline.extract.names import name_words

# not "to", "from", "by": "belongs to Cisco", "the device from Apple", "developed by Cisco"
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def speaking_places(places: Iterable[Span]) -> set[tuple[str, ...]]:
    """The name words of the place entities (of one report) that speak and are never
    written where a place stands (module docstring)."""
    speaks: set[tuple[str, ...]] = set()
    placed: set[tuple[str, ...]] = set()
    for ent in places:
        words = name_words(ent.text)
        if written_as_place(ent):
            placed.add(words)
        elif speaking_verb(ent.root) is not None:
            speaks.add(words)
    return speaks - placed


def written_as_place(ent: Span) -> bool:
    """Is this writing where a place stands: the object of a preposition of place or
    direction, or set beside another place ("Cupertino, California": either of them)?"""
    root = ent.root
    if root.dep_ == "pobj" and (
        root.head.lower_ in PLACE_PREPOSITIONS
        or (root.head.lower_ == "from" and root.head.head.lemma_ == "be")  # "is from Ohio"
    ):
        return True
    if root.dep_ in {"appos", "npadvmod"} and root.head.ent_type_ in _PLACE_ENTS:
        return True
    beside = (c for c in root.children if c.dep_ in {"appos", "npadvmod"})
    return any(c.ent_type_ in _PLACE_ENTS for c in beside)
