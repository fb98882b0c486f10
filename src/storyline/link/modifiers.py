"""The names a group's plural noun is written with: "iPod Touch users" are users of the iPod
Touch, "OS X users" and "all users of the iPod touch" users of two other things, and two such
groups are not one.

Read from the report's text around each mention alone (the linker sees no parse, and the
name is often a mention of its own: "iPod Touch[thing] users[group]"), so that the stored
corpus and a parsed document give the same answer: the run of words right before the group's
noun that are written as a name (a capital letter in them, not a function word: "Some
customers", "All users" name nothing), with the numbers after such a word ("iPhone 4
users"); or the run right after "of" (and "the") after the mention ("users of the iPod
touch"). Lower-case modifiers ("excessive bandwidth users") are no name and are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.extract.times.words import MONTHS, WEEKDAYS
from storyline.link.mention_context import CONTEXT_CHARS, MentionContext

_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_POSSESSIVE = ("'s", "\u2019s")
_SENTENCE_ENDS = frozenset(".!?")
_TIME_NAMES = frozenset({*MONTHS, *WEEKDAYS})


def is_plural_group(key: tuple[str, ...]) -> bool:
    """Is an actor's key that of a plural group standing alone (("the", noun, "plural"))?"""
    return key[:1] == ("the",) and key[-1:] == ("plural",)


def group_modifiers(contexts: Iterable[MentionContext]) -> frozenset[str]:
    """The names (lower case) a group's mentions, with the text around them, are written
    with: "iPod Touch users", "users", "fewer iPhone 4 users", "users of the iPod touch" ->
    {"ipod touch", "iphone 4"}."""
    found = set()
    for before, mention, after in contexts:
        line = before.rsplit("\n", 1)[-1]  # a paragraph starts a sentence
        words = line.split()[-8:] + mention.split()[:-1]
        if line[-1:] and not line[-1:].isspace():
            words = mention.split()[:-1]  # a word running into the mention is none before it
        opens = "\n" in before or len(before) < CONTEXT_CHARS  # the text before holds a start
        name = _names_before(words, opens and len(line.split()) <= 8)
        of = _OF.match(after)
        name = name or (_names_after(after[of.end() :].split()[:8]) if of else "")
        if name:
            found.add(name.lower())
    return frozenset(found)


def agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """May two groups of one noun be one group by their names: both written without one, or
    one name of each the same or the start of the other ("iPhone" and "iPhone 4")?"""
    if not a or not b:
        return not a and not b
    return any(_starts(x, y) or _starts(y, x) for x in a for y in b)


def _starts(short: str, long: str) -> bool:
    """Are the words of `short` the first words of `long`?"""
    return long.split()[: len(short.split())] == short.split()


def _names_before(words: list[str], from_start: bool) -> str:
    """The name the last of `words` end with (numbers after a name word kept), or "". A
    word that opens a sentence (after a sentence's end, or the first of `words` when
    `from_start`) and has no capital but its first is no name by its capital ("Masked men",
    "Retailers"); "iPod users" is."""
    run: list[str] = []
    opens = from_start
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if _ends_phrase(word):
            opens = word.rstrip("\"')\u201d\u2019")[-1:] in _SENTENCE_ENDS
            break
        word = _bare(word)
        if not (_is_name_word(word) or word.isdigit()):
            opens = False
            break
        run.insert(0, word)
    if run and opens and not any(c.isupper() for c in run[0][1:]):
        run.pop(0)
    while run and not _is_name_word(run[0]):
        run.pop(0)
    return " ".join(run)


def _names_after(words: list[str]) -> str:
    """The name the first of `words` begin with, or ""."""
    run: list[str] = []
    for word in words:
        bare = _bare(word)
        if not (_is_name_word(bare) or (run and bare.isdigit())):
            break
        run.append(bare)
        if _ends_phrase(word):
            break
    return " ".join(run)


def _ends_phrase(word: str) -> bool:
    """Does punctuation after `word` close its phrase ("devices," "Touch.")?"""
    return word[-1:] in {",", ".", ";", ":", "!", "?", ")", '"'}


def _bare(word: str) -> str:
    """A word without the punctuation around it and its possessive ending."""
    word = word.strip(",.;:!?()\"'\u201c\u201d")
    for ending in _POSSESSIVE:
        word = word.removesuffix(ending)
    return word


def _is_name_word(word: str) -> bool:
    """A word written as (part of) a name: a capital letter in it, no function word, and
    no day's or month's name ("Saturday officials said")."""
    lower = word.lower()
    return any(c.isupper() for c in word) and lower not in STOP_WORDS and lower not in _TIME_NAMES
