"""Reported speech: a cue verb with what it reports ("X said (that) …", "…, X said")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.quotes.content import content_of, parenthetical_parts, that_clause_after
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.media import according_to, quoted_as, quoted_as_by_words
from storyline.extract.quotes.speakers import speaker_of
from storyline.extract.quotes.speech import Speech


def reported_speech(doc: Doc, inside: set[int], cues: CueLexicon) -> list[Speech]:
    """Every reported speech of a Doc, outside quotation marks (`inside`)."""
    found: list[Speech] = []
    for token in doc:
        if token.i in inside or any(speech.cue.i == token.i for speech in found):
            continue
        if token.lower_ == "according" and (speech := according_to(token)) is not None:
            found.append(speech)
            continue
        if token.text == ":" and (speech := name_colon_line(token)) is not None:
            found.append(speech)
            continue
        cue = cues.of(token)
        if cue is None or token.pos_ not in {"VERB", "AUX"}:
            continue
        if cue.lemma == "quote" and (speech := quoted_as(token)) is not None:
            found.append(speech)
            continue
        if token.tag_ == "VBG" and (speech := quoted_as_by_words(token)) is not None:
            found.append(speech)
            continue
        content = content_of(token, inside)
        parts: tuple[tuple[int, int], ...] = ()
        if content is None and token.dep_ == "parataxis":
            parts = parenthetical_parts(token)  # "Many of the closures, he said, have involved …"
            content = (parts[0][0], parts[-1][1]) if parts else None
        if content is None and cue.kind != "thought":
            content = that_clause_after(token)  # "said in a statement that …"
        if content is None:
            continue
        found.append(Speech(token, speaker_of(token, inside), content, parts=parts))
    return found


def name_colon_line(colon: Token) -> Speech | None:
    """ "Ted Cruz: I Am ‘Horrified’ By Donald Trump": a sentence (a headline, mostly) that
    opens with a name and a colon; the name says the rest."""
    sent = colon.sent
    name = list(colon.doc[sent.start : colon.i])
    rest = [t for t in colon.doc[colon.i + 1 : sent.end] if not t.is_space]
    if not name or len(name) > 4 or not all(t.pos_ == "PROPN" for t in name) or len(rest) < 3:
        return None
    while rest and rest[-1].is_punct and rest[-1].text not in "”\"'’":
        rest.pop()
    if not rest:
        return None
    return Speech(colon, name[-1], (rest[0].idx, rest[-1].idx + len(rest[-1].text)))
