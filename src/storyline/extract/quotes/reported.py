"""Reported speech: a cue verb with what it reports ("X said (that) …", "…, X said")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from storyline.extract.quotes.content import (
    content_of,
    object_reported,
    parenthetical_parts,
    that_clause_after,
    token_extent,
)
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.media import according_to, quoted_as, quoted_as_by_words
from storyline.extract.quotes.speakers import speaker_of
from storyline.extract.quotes.speech import Speech


def reported_speech(doc: Doc, inside: set[int], cues: CueLexicon) -> list[Speech]:
    """Every reported speech of a Doc, outside quotation marks (`inside`)."""
    found: list[Speech] = []
    cued: set[int] = set()  # the cue tokens of `found`

    def add(speech: Speech) -> None:
        found.append(speech)
        cued.add(speech.cue.i)

    for token in doc:
        if token.i in inside or token.i in cued:
            continue
        if token.lower_ == "according" and (speech := according_to(token)) is not None:
            add(speech)
            continue
        if token.text == ":" and (speech := name_colon_line(token)) is not None:
            add(speech)
            continue
        cue = cues.of(token)
        if cue is None or token.pos_ not in {"VERB", "AUX"}:
            continue
        if cue.lemma == "quote" and (speech := quoted_as(token)) is not None:
            add(speech)
            continue
        if token.tag_ == "VBG" and (speech := quoted_as_by_words(token)) is not None:
            add(speech)
            continue
        content = content_of(token, inside)
        if content is not None and put_to_someone(token):
            if (asked := question_asked(token, inside)) is not None:
                add(Speech(token, None, asked))
            continue
        parts: tuple[tuple[int, int], ...] = ()
        if content is None and token.dep_ == "parataxis":
            parts = parenthetical_parts(token)  # "Many of the closures, he said, have involved …"
            content = (parts[0][0], parts[-1][1]) if parts else None
        if content is None and cue.kind != "thought":
            content = that_clause_after(token)  # "said in a statement that …"
        if content is None:
            content = object_reported(token)  # "announced new measures"
        if content is None and cue.kind != "thought":
            content = paragraph_after_colon(token, inside)  # "Hewitt writes:\n\nThe movie …"
        speaker = None
        if content is None and (cue.kind in {"report", "writing"} or cue.lemma == "say"):
            content = clause_before(token)  # "…, The Washington Post reported."
            if content is None and (speaker := inverted_tag(token, inside)) is not None:
                content = _words_before(token.doc, token.i - 1, token.sent.start)
        if content is None:
            continue
        speaker = speaker or speaker_of(token, inside)
        add(Speech(token, speaker, content, parts=parts))
    return found


_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "parataxis"})


def clause_before(verb: Token) -> tuple[int, int] | None:
    """ "Manafort acknowledged that …, The Washington Post reported in 1991.": a cue verb
    that ends its sentence with its subject after a comma, and reports nothing of its own
    (no complement), reports the sentence before that comma, whatever the parser hung it
    on (here the ccomp of "acknowledged"). Asked of verbs of saying, writing and reporting
    only: "…, the crowd applauded" reports nothing; and only of words with a verb: a fronted
    phrase ("Meanwhile in North Korea, official media quoted …") is not what was said."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : verb.sent.end]) and any(
        c.i > verb.i and c.dep_ not in {"prep", "npadvmod", "advmod", "punct"}
        for c in verb.children
    ):
        return None
    edge = subject.left_edge.i
    last = edge - 1
    while last > verb.sent.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if "," not in {t.text for t in doc[last + 1 : edge]}:
        return None
    return _words_before(doc, last + 1, verb.sent.start)


def _words_before(doc: Doc, end: int, start: int) -> tuple[int, int] | None:
    """The characters of tokens `start` to `end` (not included) when they hold a clause:
    at least three words and a verb ("Meanwhile in North Korea, …" is none)."""
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    return token_extent(words)


# Names that may follow an inverted tag as its speaker.
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def inverted_tag(verb: Token, inside: set[int]) -> Token | None:
    """ "… is “central” to the platform for the first time, reported the Washington
    Examiner.": a cue verb right after a comma, followed by nothing but a name to its
    sentence's end, is a tag; the name (subject or, as the parser may have it, object)
    speaks, and it reports the sentence before the comma. The name, or None."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or any(c.i < verb.i - 1 for c in verb.children):
        return None
    after = [t for t in doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space)]
    names = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.i > verb.i]
    if len(names) != 1 or not after or names[0].i in inside:
        return None
    name = names[0]
    if {t.i for t in after} != {t.i for t in name.subtree if not t.is_punct}:
        return None
    return name if name.pos_ == "PROPN" and name.ent_type_ in _NAMED else None


def paragraph_after_colon(verb: Token, inside: set[int]) -> tuple[int, int] | None:
    """ "Hewitt writes:\n\nThe movie mentions …", "In a speech last July, he said:\n\nLet
    no one be mistaken …": a cue verb with nothing of its own to report (no object or
    clause) whose paragraph ends in a colon after it, with no verb between them but in a
    clause describing a noun ("elaborated on the message he felt the Lord was seeking to
    convey:"), reports the next paragraph, when that one opens with no quotation mark (a
    passage in marks has its own rules) nor markup."""
    doc = verb.doc
    if any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return None
    colon = next((t for t in doc[verb.i + 1 : verb.sent.end + 1] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= len(doc) or colon.i in inside:
        return None
    described = {t.i for c in doc[verb.i + 1 : colon.i] if c.dep_ == "relcl" for t in c.subtree}
    if any(
        t.pos_ in {"VERB", "AUX"} and t.i not in described for t in doc[verb.i + 1 : colon.i]
    ):
        return None  # a verb of its own; one describing a noun is no clause of the cue's
    rest = doc[colon.i + 1 :]
    start = next((t for t in rest if not t.is_space), None)
    if start is None or "\n" not in doc.text[colon.idx : start.idx]:
        return None
    if start.i in inside or start.text[0] in "\"“‘'«<":
        return None
    end = doc.text.find("\n", start.idx)
    end = len(doc.text) if end < 0 else end
    while end > start.idx and doc.text[end - 1].isspace():
        end -= 1
    return start.idx, end


def put_to_someone(verb: Token) -> bool:
    """ "When asked why, Sembler responded …", "Ted Cruz, when asked what …, responded":
    a question put to the one who then speaks, by no one named (a past participle with
    no subject and no agent): when it has a clause, it asks what follows it up to the
    comma (`question_asked`), and the answer is the main verb's ("when asked about the
    interview" asks no clause, and is no speech)."""
    return (
        verb.lemma_ == "ask"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "agent", "aux"} for c in verb.children)
        and any(c.lower_ in {"when", "if", "after", "once"} for c in verb.children)
    )


def question_asked(verb: Token, inside: set[int]) -> tuple[int, int] | None:
    """What a question put to someone asks: the words after the verb, up to the first
    comma, colon or quotation of its sentence; None when nothing comes before one."""
    words = []
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.text in {",", ":", ";"} or token.i in inside or token.is_space:
            break
        words.append(token)
    while words and words[-1].is_punct:
        words.pop()
    return token_extent(words) if words else None


def name_colon_line(colon: Token) -> Speech | None:
    """ "Ted Cruz: I Am ‘Horrified’ By Donald Trump": a sentence (a headline, mostly) that
    opens with a name and a colon; the name says the rest. At the start of a line, the
    parser's tags fail on title case ("Trump: Cruz Has ‘To Come a Long Way’", "Trump" a
    noun): capitalised words whose last the text names elsewhere (tagged a proper noun)
    are a name, and what they say runs to the line's end when the parser ended the
    sentence at the colon."""
    sent = colon.sent
    doc = colon.doc
    name = list(doc[sent.start : colon.i])
    opens_line = starts_line(doc[sent.start])
    speaker = speaker_on_a_topic(name) if opens_line else None
    if speaker is None:
        if not name or len(name) > 4:
            return None
        if not all(t.pos_ == "PROPN" for t in name) and not (opens_line and _headline_name(name)):
            return None
        speaker = name[-1]
    rest = [t for t in doc[colon.i + 1 : sent.end] if not t.is_space]
    if opens_line and colon.i + 1 == sent.end:
        rest = list(_rest_of_line(colon))
    if len(rest) < 3:
        return None
    while rest and rest[-1].is_punct and rest[-1].text not in "”\"'’":
        rest.pop()
    if not rest:
        return None
    return Speech(colon, speaker, token_extent(rest))


def starts_line(token: Token) -> bool:
    """Is the token the text's first, or the first after a line break?"""
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def speaker_on_a_topic(line: list[Token]) -> Token | None:
    """ "Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’", "CNN
    President On Trump: ‘We Do Not Pay …’": a headline that opens with a name (one to four
    capitalised words) and "on" a topic, then a colon, gives the name's words about that
    topic, as "Name: …" gives them about anything; the speaker is the name's last word,
    not the topic's last (which stands right before the colon). `line`: the words from the
    line's start to the colon. A word of the name must be one the text tags a proper noun
    elsewhere ("CNN" of "CNN President"), so that "Update on Trump:" or "Reaction on
    Twitter:" is no one."""
    on = next((n for n, t in enumerate(line[:5]) if t.lower_ == "on"), None)
    if not on or on + 1 >= len(line):
        return None
    name = line[:on]
    if not all(t.is_alpha and (t.is_title or t.is_upper) for t in name):
        return None
    return name[-1] if any(_headline_name([word]) for word in name) else None


def _headline_name(words: list[Token]) -> bool:
    """Capitalised words whose last the text tags a proper noun elsewhere ("Trump")."""
    if not all(t.is_alpha and (t.is_title or t.is_upper) for t in words):
        return False
    last = words[-1]
    return any(t.pos_ == "PROPN" and t.lower_ == last.lower_ for t in last.doc if t.i != last.i)


def _rest_of_line(colon: Token) -> Iterator[Token]:
    """The words after a colon, to the end of its line."""
    for token in colon.doc[colon.i + 1 :]:
        if "\n" in token.text:
            return
        if not token.is_space:
            yield token
        if "\n" in token.whitespace_:
            return
