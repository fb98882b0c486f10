"""Where the parse alone says whom a person pronoun means: its clause and verbs of saying.

* A reflexive ("himself", "herself") means the subject of its own clause ("the climber
  escaped being buried alive himself"), looking up through the verbs that have none.
* "He"/"she" saying or thinking something right after a named person said something is
  that person ("“…,” Trump said. He added, “…”", "Bolton said … He anticipated that …"):
  `speaking_verb` finds the named person's verb of saying, `stating_verb` the pronoun's;
  the resolver (`PronounsStep`) keeps the last named speaker.
* "I" in quotation marks is who says the quote: `quote_speakers` finds the subjects of the
  verbs of saying around the marks.
* A run of quoted sentences is no distance between a speaker and a pronoun after it
  ("“…,” Butz said. “…” [three quoted sentences] “…,” he said"): `narrative_sentences`
  numbers only the sentences with words outside quotation marks.
* "I" in a transcript ("FALLIN: I think …", "A: I am not") is who speaks in that turn:
  `turn_tokens` gives the turns ``Doc._.turns`` (`storyline.extract.turns`) holds as tokens.
* "I" in a letter of a letters page is who signs it ("… reminds me of …\n\nMartin
  Litwak."): `signed_letters` finds the letters and their signatures.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.actors.state import SUBJECTS
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.marks import Marked
from storyline.extract.turns import doc_turns
from storyline.nlp.token_words import space_flags

REFLEXIVES = frozenset({"himself", "herself"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_UP = 6  # at most this many heads between a reflexive and its clause's verb
_LABEL = 3  # at most this many words label a line ("Mark Cuban:")
_LINE = 6  # at most this many words in a heading, signature or place line


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is joined to ("identified him and then
    admitted": "admitted" shares the subject of "identified")."""
    for _ in range(_UP):
        found = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if found is not None or verb.dep_ != "conj" or verb.head is verb:
            return found
        verb = verb.head
    return None


def negated(verb: Token) -> bool:
    """Does the verb carry a negation ("has not been named", "isn't")?"""
    return any(c.dep_ == "neg" for c in verb.children)


def local_subject(reflexive: Token) -> Token | None:
    """The subject a reflexive pronoun is bound to: that of the nearest verb above it with
    one, going up through prepositions, infinitives and joined verbs; the object of a verb
    whose infinitive holds it ("asked her to introduce herself")."""
    node = reflexive.head
    for _ in range(_UP):
        if node.pos_ in {"VERB", "AUX"}:
            found = subject_of(node)
            if found is not None and found is not reflexive:
                return found
        if node.dep_ == "xcomp":
            controller = next((c for c in node.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        if node.head is node:
            return None
        node = node.head
    return None


def speaking_verb(subject: Token) -> Token | None:
    """The verb of saying a word is the subject of ("Trump said", "said Trump", "he added"):
    a cue of speech, writing or report, not of thought ("believes") nor a question ("asked");
    None otherwise."""
    if subject.dep_ != "nsubj":
        return None
    cue = CueLexicon.load().of(subject.head)
    if cue is None or cue.kind == "thought" or cue.lemma == "ask":
        return None
    return subject.head


def stating_verb(subject: Token) -> Token | None:
    """The verb a word is the subject of when it says, writes or thinks something: a cue of
    any kind but a question, or a verb taking a clause ("he anticipated that …")."""
    if subject.dep_ != "nsubj":
        return None
    verb = subject.head
    cue = CueLexicon.load().of(verb)
    if cue is not None:
        return verb if cue.lemma != "ask" else None
    return verb if any(c.dep_ == "ccomp" for c in verb.children) else None



def narrative_sentences(doc: Doc, inside: set[int]) -> dict[int, int]:
    """Token index -> the number of its sentence, counting only the sentences that have a
    word outside quotation marks (`inside`: `marks.tokens_inside`): a sentence all in quotation
    marks ("“But even so, I've been reductive.”") has the number of the sentence before it."""
    numbers: dict[int, int] = {}
    n = -1
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if n < 0 or not words or any(t.i not in inside for t in words):
            n += 1
        numbers.update(dict.fromkeys(range(sent.start, sent.end), n))
    return numbers


def turn_tokens(doc: Doc) -> list[tuple[int, int, list[Token], str]]:
    """The turns of a transcript (`storyline.extract.turns.doc_turns`, read once per Doc and
    shared with the quotes component): (first token, end, label words, the speaker's name:
    a surname label's full name where the transcript introduced it) for each."""
    found: list[tuple[int, int, list[Token], str]] = []
    for turn in doc_turns(doc):
        words = doc.char_span(turn.start, turn.end, alignment_mode="expand")
        label = doc.char_span(turn.name_start, turn.name_end, alignment_mode="expand")
        if words is not None and label is not None:
            found.append((words.start, words.end, list(label), turn.name))
    return found


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """(first token, end) of each paragraph: the runs of words between line breaks."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, space in enumerate(space_flags(doc)):  # only line breaks are read as Tokens
        if space and "\n" in doc[i].text:
            if start is not None:
                out.append((start, i))
            start = None
            continue
        if start is None and not space:
            start = i
    if start is not None:
        out.append((start, len(doc)))
    return out


def labelled_lines(doc: Doc) -> list[tuple[int, int, list[Token]]]:
    """Lines that open with a few words and a colon, in any case ("Mark Cuban: I'd consider
    a future White House bid", a headline giving its speaker): (first token after the
    colon, end of the line, label words)."""
    found = []
    for start, end in paragraphs(doc):
        words = [t for t in doc[start : min(end, start + _LABEL + 1)] if not t.is_space]
        colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
        if colon:
            found.append((words[colon].i + 1, end, words[:colon]))
    return found


def _short_line(doc: Doc, start: int, end: int) -> bool:
    """A paragraph of a few words and no verb: a heading ("LETTERS."), a signature, a
    place ("Olympia, Wash.")."""
    words = _first_words(doc, start, end, _LINE + 1)
    return len(words) <= _LINE and not any(t.pos_ in {"VERB", "AUX"} for t in words)


def _signature(doc: Doc, start: int, end: int) -> list[Token] | None:
    """The name words of a paragraph that is a name alone, in title case with a full stop
    ("Martin Litwak."), else None."""
    words = _first_words(doc, start, end, 6)  # a sixth word makes the name too long
    if len(words) < 3 or words[-1].text != ".":
        return None
    name = words[:-1]
    if not 2 <= len(name) <= 4 or not all(t.is_title and t.pos_ == "PROPN" for t in name):
        return None
    return name


def _first_words(doc: Doc, start: int, end: int, limit: int) -> list[Token]:
    """The first `limit` tokens of ``doc[start:end]`` that are no space (all, if fewer)."""
    words: list[Token] = []
    for token in doc[start:end]:
        if not token.is_space:
            words.append(token)
            if len(words) == limit:
                break
    return words


def signed_letters(doc: Doc) -> list[tuple[int, int, list[Token]]]:
    """Letters signed by a name line under them, as on a letters page ("Trump reminds me of
    …\n\nMartin Litwak.\n\nOlympia, Wash."): (first token, end, name words) for each
    run of paragraphs above a signature, back to the line before it that is short (a
    heading, the last letter's signature or place). Only where the report signs two letters
    or more: one name line under an article is a credit as often as a signature."""
    found: list[tuple[int, int, list[Token]]] = []
    lines = paragraphs(doc)
    for n, (start, end) in enumerate(lines):
        name = _signature(doc, start, end)
        if name is None or n == 0 or _short_line(doc, *lines[n - 1]):
            continue
        first = n - 1
        while first > 0 and not _short_line(doc, *lines[first - 1]):
            first -= 1
        if first > 0:  # the letter opens under a heading or another letter's lines
            found.append((lines[first][0], start, name))
    return found if len(found) >= 2 else []


def quote_speakers(doc: Doc, passage: Marked) -> list[Token]:
    """The subjects of the verbs of saying outside a quoted passage, in the sentences it
    starts and ends in ("“Mommy, I've been hit,” she cried out"), nearest to it first."""
    first = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if first is None:
        return []
    start, end = first[0].sent.start, first[-1].sent.end
    found = [
        token
        for token in doc[start:end]
        if not first.start <= token.i < first.end
        and not first.start <= token.head.i < first.end
        and stating_verb(token) is not None
        and CueLexicon.load().of(token.head) is not None
    ]
    return sorted(found, key=lambda t: min(abs(t.i - first.start), abs(t.i - first.end)))
