"""A transcript's stage notes: "(INAUDIBLE)", "(CROSSTALK)", "(END VIDEO CLIP)".

A broadcast transcript says in a parenthesis, in capitals, what the page cannot give in
words: a word not heard ("(INAUDIBLE)", "(UNINTELLIGIBLE)"), voices over each other
("(CROSSTALK)"), a break or a clip ("(COMMERCIAL BREAK)", "(BEGIN VIDEO CLIP)"), the room
("(LAUGHTER)", "(APPLAUSE)"). The recogniser reads such capitals as a name (the
international pile: "INAUDIBLE" an organisation, 99 mentions in 17 reports, to which "they"
was bound). A bracketed capital word is also how an acronym is written: the name's initials
after it ("the National Democratic Party (NDP)"), a news agency's dateline ("CAIRO, Egypt
(CNN) --"). What tells the note from the acronym is the language: a note is made of common
English words, an acronym of initials that are no word ("NDP", "CNN"). The words are looked
up in the English dictionary the parser's model ships for its lemmatizer (`english`:
WordNet's lemmas, with the lemmatizer's suffix rules for "TRANSLATED", "INTERRUPTING").
WordNet lists some acronyms too ("nato", "cia", "un"), so a note is read only in a
transcript (a page with turns, `storyline.extract.turns`), never as one word of two or three
capitals (initials: "(UN)", "(US)") nor as the initials of the words before it ("North
Atlantic Treaty Organization (NATO)").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.extract.actors.english import english_word
from storyline.extract.names import acronym, initials_written
from storyline.extract.turns import doc_turns

NOTE_WORDS = 6  # words in a stage note at most ("(AUDIENCE CHANTING IN FOREIGN LANGUAGE)")


def parenthesis_around(ent: Span) -> tuple[int, int] | None:
    """(opening, closing) token indexes of the parenthesis the entity lies in, on one line,
    holding at most `NOTE_WORDS` words; None when the entity is in none."""
    doc = ent.doc
    opening = next(
        (i for i in range(ent.start - 1, max(ent.start - NOTE_WORDS, 0) - 1, -1)
         if doc[i].text in {"(", ")"} or "\n" in doc[i].text),
        None,
    )  # fmt: skip
    closing = next(
        (i for i in range(ent.end, min(ent.end + NOTE_WORDS, len(doc)))
         if doc[i].text in {"(", ")"} or "\n" in doc[i].text),
        None,
    )  # fmt: skip
    if opening is None or closing is None:
        return None
    if doc[opening].text != "(" or doc[closing].text != ")":
        return None
    return opening, closing


def is_stage_note(ent: Span) -> bool:
    """Is the entity (part of) a transcript's stage note: a whole parenthesis in capitals of
    English words, in a page with turns, that is no acronym (see the module's docstring)?"""
    around = parenthesis_around(ent)
    if around is None:
        return False
    doc = ent.doc
    inside = doc[around[0] + 1 : around[1]]
    words = [t.text for t in inside if not t.is_punct]
    if not words or not all(w.isalpha() and w.isupper() for w in words):
        return False
    if len(words) == 1 and initials_written(words[0]):
        return False  # "(UN)", "(US)": initials
    before = tuple(t.lower_ for t in doc[max(around[0] - 2 * len(words[0]), 0) : around[0]])
    if len(words) == 1 and any(
        acronym(before[k:]) == words[0] for k in range(len(before))
    ):  # "North Atlantic Treaty Organization (NATO)": the name's initials
        return False
    return all(english_word(w) for w in words) and bool(doc_turns(doc))


def without_notes_run_in(ents: list[Span], labels: frozenset[str]) -> list[Span]:
    """The entities, each without a stage note the recogniser ran into a name at its edge
    ("they removed INAUDIBLE Mubarak in three weeks", an ORG entity; "Mubarak -- (INAUDIBLE)
    Mubarak"): a transcript's English word in capitals, its brackets lost or left outside
    the entity, beside name words that are not in capitals. Only where the report writes
    the rest alone as a name (an entity of `labels`), in a page with turns, and never for
    initials ("UN Security Council") or an entity the recogniser tagged PERSON (the persons
    step reads its edge words: `PersonsStep.word_apart`)."""
    if not ents or not doc_turns(ents[0].doc):
        return ents
    alone = {tuple(t.lower_ for t in e) for e in ents if e.label_ in labels}
    kept = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ != "PERSON" and end - start >= 2:
            if _note_word(ent[0]) and _name_apart(ent[1:], alone):
                start += 1
            elif _note_word(ent[-1]) and _name_apart(ent[:-1], alone):
                end -= 1
        trimmed = (start, end) != (ent.start, ent.end)
        kept.append(Span(ent.doc, start, end, ent.label_) if trimmed else ent)
    return kept


def _note_word(token: Token) -> bool:
    """An English word in capitals that is no initials ("INAUDIBLE"; not "UN")."""
    text = token.text
    return text.isalpha() and text.isupper() and not initials_written(text) and english_word(text)


def _name_apart(rest: Span, alone: set[tuple[str, ...]]) -> bool:
    """Is the rest of an entity a name not in capitals that the report writes alone?"""
    if all(t.is_upper for t in rest if t.is_alpha):
        return False
    return tuple(t.lower_ for t in rest if t.text != ")") in alone
