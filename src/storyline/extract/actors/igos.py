"""International governmental organisations and their CAMEO codes (``data/igos.tsv``).

"the United Nations", "the U.N.", "UN Security Council" -> IGOUNO; "NATO" -> IGOWSTNAT.
Lookup ignores case, periods, a "the" in front and a possessive after; a form of one word
of at most three letters ("un", "eu", "who") matches only when written in capitals, so
"who" and "Au" are no organisation.
"""

from __future__ import annotations

from functools import cache

from storyline.data import data_table
from storyline.extract.roles import normalize_word, possessive

_SHORT = 3


class IgoLexicon:
    """Names of international governmental organisations and their codes."""

    def __init__(
        self, forms: dict[tuple[str, ...], str], organs: dict[tuple[str, ...], str]
    ) -> None:
        self._forms = forms
        self._organs = organs

    @classmethod
    def load(cls) -> IgoLexicon:
        """The lexicon of the packaged TSV (cached: one instance)."""
        return _load()

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> IgoLexicon:
        """Build a lexicon from TSV rows; raises ValueError if a form names two codes."""
        tables: tuple[dict[tuple[str, ...], str], ...] = ({}, {})
        for row in rows:
            for table, field in zip(tables, ("forms", "organs"), strict=True):
                for form in filter(None, row.get(field, "").split("|")):
                    words = tuple(normalize_word(word) for word in form.split())
                    if any(words in t and t[words] != row["code"] for t in tables):
                        raise ValueError(f"{form!r} names two codes")
                    table[words] = row["code"]
        return cls(*tables)

    def code_of(self, text: str) -> str | None:
        """The code of the organisation a name or one of its organs names, or None."""
        return self.name_of(text) or self._organs.get(_bare(text.split()))

    def name_of(self, text: str) -> str | None:
        """The code of the organisation a name names (not an organ's), or None."""
        key = _bare(text.split())
        code = self._forms.get(key)
        if code is not None and len(key) == 1 and len(key[0]) <= _SHORT:
            written = text.split()[-1] if key else ""
            return code if written.replace(".", "").removesuffix("'s").isupper() else None
        return code


def _bare(words: list[str]) -> tuple[str, ...]:
    """Lookup form of a name: "the" in front and a possessive after left out, each word
    normalized (`normalize_word`)."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and possessive(words[-1]):
        words = words[:-1]
    return tuple(normalize_word(word) for word in words)


@cache
def _load() -> IgoLexicon:
    return IgoLexicon.from_rows(data_table("igos.tsv"))
