"""Person and organisation names as word tuples, and when one name can stand for another.

A person is written in full once ("Mike Pence", "Kim Jong Un") and then by part of the name:
the surname ("Pence"), a family name written first ("Kim"), or without middle names
("George Bush" for "George W. Bush"). :func:`is_short_form` says whether one name is such a
part of another; two full names that differ anywhere ("Kim Jong Un", "Kim Yong Nam") are never
short forms of each other, so the two Kims stay two people.
"""

from __future__ import annotations

import re

DASHES = frozenset({"—", "–", "-", "--"})  # a dash written between words
# "Dr" and "Prof" are not honorifics to the actor rules, which read them as roles (roles.tsv);
# a name's words leave them out all the same.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "madam"})
TITLES = frozenset({"dr", "prof"})
_SUFFIXES = frozenset({"jr", "sr"})
# A numeral after a given name and a surname names another person of that name ("Michael
# Jackson II", the son of "Michael Jackson"; "Henry Ford II"): it stays in the key. After
# one name it is a monarch's, written with or without it ("Queen Elizabeth II"): left out.
NUMERALS = frozenset({"ii", "iii", "iv"})
# Legal forms that end a company's name ("Microsoft Corp." is "Microsoft").
_LEGAL_FORMS = frozenset({"corp", "inc", "ltd", "llc", "plc", "co"})
# The same forms written out end a name of three words or more: "The Walt Disney Company" is
# "Walt Disney Co." (known as "Disney"), "Ford Motor Company" "Ford Motor Co.". A shorter
# name keeps them ("Dance Company", "The Dance Company"): the form may be all it says of its
# kind.
_WRITTEN_LEGAL_FORMS = frozenset({"company", "corporation", "incorporated", "limited"})
# Heads of names of events, places and programmes that carry another actor's name in front:
# "Apple Store" and "Apple Worldwide Developers Conference" are not Apple, "the Emirates
# Stadium" is not the airline, "the iPhone Developer Program" is not the iPhone. (Centres,
# clinics and museums are often called by the name in front: "Betty Ford" for the Betty Ford
# Center.)
_NAMED_AFTER_HEADS = frozenset(
    "program programme conference convention summit store stores shop awards award prize "
    "festival games cup championship championships tournament stadium arena "
    "hall building tower airport station bridge expo show fair park square street "
    "avenue road plaza".split()
)
_POSSESSIVE = re.compile(r"(?:'s|'|\u2019s|\u2019)$")
_INITIAL = re.compile(r"^[a-z]$")


def without_possessive(word: str) -> str:
    """`word` without a possessive ending ("Pence's", "Jones'", "Pence’s" -> the name)."""
    return _POSSESSIVE.sub("", word)


def _bare(word: str) -> str:
    """A written word of a name as looked up: lower case, without a possessive ending, periods
    or commas ("Pence's" -> "pence", "Corp.," -> "corp")."""
    return without_possessive(word).replace(".", "").strip(",").lower()


def name_words(text: str) -> tuple[str, ...]:
    """Lookup words of a name: lower case, periods and possessives dropped, honorifics,
    suffixes (Jr., Sr.), a numeral after one name ("Elizabeth II") and a company's legal form
    at the end (Corp., Inc.) left out,
    initials written apart joined ("A. J." as "A.J.").
    Hyphenated given names stay one word ("jae-in")."""
    words = []
    for raw in text.split():
        word = _bare(raw)
        if word and word not in HONORIFICS and word not in TITLES and word not in _SUFFIXES:
            words.append(word)
    if _legal_form_of(words) is not None:
        words.pop()
    if len(words) < 3 and words[-1:] and words[-1] in NUMERALS:
        words.pop()
    return _join_initials(words)


def legal_form(text: str) -> str | None:
    """The legal form that ends a company's name as written ("Apple Inc." -> "inc"), if any;
    :func:`name_words` leaves it out."""
    return _legal_form_of([word for word in map(_bare, text.split()) if word])


def _legal_form_of(words: list[str]) -> str | None:
    """The legal form that ends these lookup words of a name, if any."""
    if len(words) > 1 and words[-1] in _LEGAL_FORMS:
        return words[-1]
    named = words[1:] if words[:1] == ["the"] else words  # "The Walt Disney Company"
    if len(named) > 2 and named[-1] in _WRITTEN_LEGAL_FORMS:
        return named[-1]
    return None


def _join_initials(words: list[str]) -> tuple[str, ...]:
    """Initials written apart are one word, as written together ("a j smith" -> "aj smith",
    "u s geological survey" -> "us geological survey"); a lone initial stays ("george w
    bush")."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if _INITIAL.match(word):
            run.append(word)
            continue
        out.extend(["".join(run)] if len(run) >= 2 else run)
        run = []
        if word:
            out.append(word)
    return tuple(out)


def _without_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for i, word in enumerate(words) if i == 0 or not _INITIAL.match(word))


def is_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is ``short`` a shorter way of writing the name ``full``?

    True for the last words ("pence" of "mike pence"), the first words ("kim" of "kim jong
    un", written family name first), and the first and last words without what lies between
    ("george bush" of "george w bush"). Never for equal or longer names, nor for the first
    words of a name of an event, place or programme named after them ("apple" of "apple
    store"), nor for a name without the numeral that ends it ("michael jackson" of "michael
    jackson ii": another person).
    """
    if not short or len(short) >= len(full):
        return False
    if short[0] not in full:  # every way below keeps the full name's words: refused at once
        return False
    if full[-1] in NUMERALS:  # "jackson" of "michael jackson ii", not "michael jackson"
        return short != full[:-1] and is_short_form(short, full[:-1])
    k = len(short)
    if full[-k:] == short:
        return True
    if full[:k] == short:
        return full[-1] not in _NAMED_AFTER_HEADS
    bare = _without_initials(full)
    return len(short) >= 2 and (short == bare or short == (full[0], full[-1]))


def is_name_variant(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Are two different full names of one surname the same name written two ways?

    The given names agree when equal, an initial of each other, or one starts the other
    (a short form: "fred" of "frederick"; three letters at least); middle names may be left
    out or written as initials ("fred larue", "frederick c larue", "frederick cheney
    larue"). Two different given names ("kim jong un", "kim yong nam") never agree.
    """
    if len(one) < 2 or len(other) < 2 or one == other or one[-1] != other[-1]:
        return False
    if not _agree(one[0], other[0], prefix=3):
        return False
    short, long = sorted((one[1:-1], other[1:-1]), key=len)
    rest = iter(long)
    return all(any(_agree(word, candidate, prefix=0) for candidate in rest) for word in short)


def _agree(a: str, b: str, *, prefix: int) -> bool:
    """Equal, an initial of the other, or (when `prefix`) one starting the other."""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    short, long = sorted((a, b), key=len)
    return bool(prefix) and len(short) >= prefix and long.startswith(short)


def initials_written(text: str) -> str:
    """The letters of a name written as two or three capitals ("UN", "U.N.", "FBI"), else
    an empty string."""
    letters = text.replace(".", "")
    return letters if 2 <= len(letters) <= 3 and letters.isupper() else ""


def acronym(words: tuple[str, ...]) -> str:
    """Initials of a multi-word name ("north atlantic treaty organization" -> "NATO");
    short function words are skipped. Empty for one-word names."""
    initials = [word[0] for word in words if word not in {"of", "the", "and", "for", "&"}]
    return "".join(initials).upper() if len(initials) >= 2 else ""
