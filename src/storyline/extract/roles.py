"""Roles and titles of people ("Vice President", "the VP", "Defense Minister") and their sectors.

The lexicon is read from ``storyline/data/roles.tsv`` (see its header for sources). Matching
works on word sequences: :meth:`RoleLexicon.match_at` finds the longest role form that starts
at a given word, :meth:`RoleLexicon.match_ending` the longest one that ends at a given word.

Normalization: case is ignored and periods dropped ("Gen." == "gen"), curly apostrophes
become straight ones. Forms of at most three letters ("vp", "pm", "mp", "ceo") match only a
word written in capitals ("VP") or a capitalised word with a period ("Gen."), so "4 pm" and
the verb "rep" are not roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from storyline.data import data_table

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_SHORT = 3
# CAMEO sectors of the state's offices (government, legislature, judiciary, military, police,
# intelligence): one holder at a time, or few, each known by name.
PUBLIC_OFFICES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class Role:
    """A role: its name ("vice president") and CAMEO sector code ("GOV"), "" when none."""

    name: str
    sector: str


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """A role found over `length` words of a text."""

    role: Role
    length: int


# The actors' rules ask for a word's lookup form about 4,000 times a report, mostly for a few
# hundred words: the answers are kept (a bounded number, so a long ingest's words do not pile up).
@lru_cache(maxsize=65_536)
def normalize_word(word: str) -> str:
    """Lookup form of one word: lower case, periods dropped, straight apostrophes."""
    return word.translate(_APOSTROPHES).replace(".", "").lower()


def possessive(word: str) -> bool:
    """Is this word a possessive ending ("'s", "’s", "'")?"""
    return normalize_word(word) in {"'s", "'"}


def _short_form_allowed(word: str, *, before_name: bool = False) -> bool:
    """May a word be read as a short role form ("VP", "Gen.")? In front of a name also
    in British style, with a capital and no full stop ("Dr Murray", "Sgt Smith"); never in
    lower case ("rep", "gen")."""
    bare = word.replace(".", "")
    if before_name and bare.istitle():
        return True
    return bare.isupper() or (word.endswith(".") and bare[:1].isupper())


class RoleLexicon:
    """Role forms (word tuples) and the roles they name."""

    def __init__(
        self,
        forms: dict[tuple[str, ...], Role],
        open_heads: set[str],
        spokespersons: frozenset[str] = frozenset(),
    ) -> None:
        self._forms = forms
        self._open_heads = open_heads
        self._spokespersons = spokespersons
        self._longest = max((len(form) for form in forms), default=0)
        # most words start and end no role form: one look at one word rules them out
        self._first_words = {form[0] for form in forms}
        self._last_words = {form[-1] for form in forms}

    @classmethod
    def load(cls) -> RoleLexicon:
        """The lexicon of the packaged TSV (cached: one instance)."""
        return _load()

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> RoleLexicon:
        """Build a lexicon from TSV rows; raises ValueError if a form names two roles."""
        forms: dict[tuple[str, ...], Role] = {}
        open_heads: set[str] = set()
        spokespersons = {row["role"] for row in rows if row.get("speaks") == "yes"}
        for row in rows:
            role = Role(row["role"], row["sector"])
            for form in row["forms"].split("|"):
                words = tuple(normalize_word(word) for word in form.split())
                if not words:
                    continue
                if words in forms and forms[words] != role:
                    raise ValueError(f"{form!r} names two roles: {forms[words]} and {role}")
                forms[words] = role
            if row.get("open") == "yes":
                open_heads.add(role.name)
        return cls(forms, open_heads, frozenset(spokespersons))

    def is_open(self, role: Role) -> bool:
        """Does this role take a portfolio word in front ("Trade Minister")?"""
        return role.name in self._open_heads

    def speaks_for_government(self, role: Role) -> bool:
        """Is the holder of this role the government's chief spokesperson ("Chief Cabinet
        Secretary")?"""
        return role.name in self._spokespersons

    def _lookup(self, words: Sequence[str], *, before_name: bool = False) -> Role | None:
        key = tuple(normalize_word(word) for word in words)
        role = self._forms.get(key)
        if role is None:
            return None
        short = len(key) == 1 and len(key[0]) <= _SHORT
        if short and not _short_form_allowed(words[0], before_name=before_name):
            return None
        return role

    def lookup(self, text: str) -> Role | None:
        """The role a whole phrase names ("the" in front ignored), or None."""
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        return self._lookup(words) if words else None

    def opens_a_form(self, word: str) -> bool:
        """Does some role form start with `word`, given in its lookup form
        (`normalize_word`)? `match_at` finds nothing at a word that opens none."""
        return word in self._first_words

    def match_at(
        self, words: Sequence[str], start: int, *, before_name: bool = False
    ) -> RoleMatch | None:
        """The longest role form starting at ``words[start]``; `before_name`: the form is a
        title when a capitalised word follows it (`_short_form_allowed`)."""
        if start >= len(words) or normalize_word(words[start]) not in self._first_words:
            return None
        for length in range(min(self._longest, len(words) - start), 0, -1):
            after = start + length
            named = before_name and after < len(words) and words[after][:1].isupper()
            role = self._lookup(words[start:after], before_name=named)
            if role is not None:
                return RoleMatch(role, length)
        return None

    def match_ending(
        self, words: Sequence[str], end: int, *, before_name: bool = False
    ) -> RoleMatch | None:
        """The longest role form ending just before ``words[end]``; `before_name`: that
        word is a name's, so a title may be written as one before a name is."""
        if end <= 0 or normalize_word(words[end - 1]) not in self._last_words:
            return None
        named = before_name and end < len(words) and words[end][:1].isupper()
        for length in range(min(self._longest, end), 0, -1):
            role = self._lookup(words[end - length : end], before_name=named)
            if role is not None:
                return RoleMatch(role, length)
        return None


@cache
def _load() -> RoleLexicon:
    return RoleLexicon.from_rows(data_table("roles.tsv"))


def _offices(roles: Sequence[Role]) -> list[list[str]]:
    """The words of the roles that are public offices (``PUBLIC_OFFICES``)."""
    return [role.name.split() for role in roles if role.sector in PUBLIC_OFFICES]


def same_office(written: Sequence[Role], held: Sequence[Role]) -> bool:
    """Do two sets of roles share a public office (``PUBLIC_OFFICES``)? One office written
    two ways ("secretary" and "secretary of state", "president" and "vice president") is
    one: their first or last words agree."""
    return any(
        a[0] == b[0] or a[-1] == b[-1] for a in _offices(written) for b in _offices(held)
    )


def other_offices(written: Sequence[Role], held: Sequence[Role]) -> bool:
    """Do two sets of roles give public offices and none in common (`same_office`):
    "secretary" against "president"?"""
    return bool(_offices(written) and _offices(held)) and not same_office(written, held)
