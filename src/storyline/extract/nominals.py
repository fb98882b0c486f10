"""Common nouns that stand for unnamed actors ("the man", "police", "the company").

Read from ``storyline/data/nominals.tsv`` (see its header for sources); nouns are looked up
by lemma, so "pirates" finds "pirate".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from storyline.data import data_table

NominalKind = Literal["person", "group", "organisation", "place"]
KINDS: tuple[NominalKind, ...] = ("person", "group", "organisation", "place")


@dataclass(frozen=True, slots=True)
class Nominal:
    """A noun naming an actor: what kind of actor, its CAMEO sector ("" when none), and
    whether it names someone who deals with a report's protagonist, never the protagonist
    ("the moderator", "critics": `others`), and whether it is an actor only with the side
    it is of ("the RNC member": `sided`)."""

    noun: str
    kind: NominalKind
    sector: str
    others: bool = False
    sided: bool = False  # an actor only with the side it is of ("the RNC member")


class NominalLexicon:
    """Nouns (lemmas, lower case) and the actors they stand for."""

    def __init__(self, nouns: dict[str, Nominal]) -> None:
        self._nouns = nouns
        self._groups: dict[str, Nominal] = {}  # sector -> its first group noun
        for nominal in nouns.values():
            if nominal.kind == "group" and nominal.sector:
                self._groups.setdefault(nominal.sector, nominal)

    @classmethod
    def load(cls) -> NominalLexicon:
        """The lexicon of the packaged TSV (cached: one instance)."""
        return _load()

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> NominalLexicon:
        """Build a lexicon from TSV rows; raises ValueError on an unknown kind or a noun
        listed twice."""
        nouns: dict[str, Nominal] = {}
        for row in rows:
            kind = row["kind"]
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
            for noun in row["nouns"].split("|"):
                noun = noun.strip().lower()
                if noun in nouns:
                    raise ValueError(f"{noun!r} is listed twice")
                others, sided = row.get("others") in {"yes", "sided"}, row.get("others") == "sided"
                nouns[noun] = Nominal(noun, kind, row["sector"], others, sided)  # type: ignore[arg-type]
        return cls(nouns)

    def nouns(self) -> list[str]:
        return sorted(self._nouns)

    def lookup(self, lemma: str) -> Nominal | None:
        return self._nouns.get(lemma.lower())

    def group_of(self, person: Nominal) -> Nominal | None:
        """The group a plural of this person noun acts as: the first group noun of its
        sector ("cops", "investigators" -> "police"; "soldiers" -> "troop"; "jurors" ->
        "jury"), None for a noun of no sector or of a sector with no group noun."""
        return self._groups.get(person.sector) if person.kind == "person" else None


@cache
def _load() -> NominalLexicon:
    return NominalLexicon.from_rows(data_table("nominals.tsv"))
