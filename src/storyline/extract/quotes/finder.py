"""Who said what in one parsed Doc: quotes in marks and reported speech, with speakers.

No attribution model installs offline here, so these are rules over the parse (our own;
textacy finds direct quotes only, and refuses texts with an odd number of quote marks):

1. **Reported speech**: a cue verb (`speech_cues.tsv`: say, tell, vow, warn, deny, believe…)
   with a clausal complement ("X said (that) …", "…, X said", "X told reporters …") or, for
   verbs of intent, an infinitive ("vowed to improve ties"); "according to X, …"; and media
   reporting ("official media quoted Kim as vowing …": the speaker is Kim, via the media).
   "X said …" runs to the sentence's end, or to another cue verb joined to it with its own
   subject ("…, but he called …"). A source that reports someone's quote ("“…,” O'Malley
   said, according to the Las Vegas Sun") is an attribution of its own around it.
   The speaker is the agent of a passive cue ("called a “witch hunt” by Democrats"), the
   cue's subject (also a number that names a person: "One of the executives said", "said
   the 46-year-old"), or the subject of the verb a participle or a run of conjoined verbs
   hangs on ("…, saying …", "declared … and added …"); a name right after an inverted
   verb of saying ("…, said Geert Wilders"); where the parse lost the subject, the phrase
   before the cue ("Col. Steven Warren, a military spokesman in Baghdad, said"); never a
   dateline ("WASHINGTON, Aug. 24 (UPI) —").
2. **Quotes in marks** (`marks.quoted_passages`): the nearest cue verb above a passage in
   the parse reports it ("and Trump vowed to “bomb the hell” out of …"), or the owner of a
   noun of speech whose complement holds it ("her comment that “…”"); a passage inside
   the content of reported speech takes that speech's cue and speaker ("said there has
   been “no particular policy change”"); otherwise the nearest cue verb of its sentence
   outside the marks ("“…,” Kono told reporters", "Suga said: “…”", "“…,” said Suga"), or
   the last cue verb of a clause ending in a colon before it ("… and the NRA responded:
   “…”"); a passage split by its cue (`“…,” he said, “…”`) is one quote in parts. A long
   passage with no cue continues the previous quote's speaker, or takes the cue of the
   next sentence in its paragraph ("… ” He said.").
   A passage with no cue verb is said by the subject of the verb it hangs on ("Moore thanked
   him for “stepping up”", "“…,” Bennett shot back"), or of the verb that takes that verb's
   clause ("she vented that it would be “ugly”"), before any continuing speaker; one
   that opens its sentence, by the speaker of the last cue verb of the sentence before
   ("Cruz tweeted a warning. “Missouri: …”"). A line under a quote that is a dash and a
   name signs it ("“…”\n\n- Sanders.").
3. **Terms**: a passage of up to four words inside a sentence, with no cue, is a term (the
   “maximum pressure” line), not speech.

Speakers are the subject phrase; its actor is the `storyline_actors` actor whose mention
covers the phrase's head (so "he", "the spokesman" and "Japanese officials" resolve as the
actors component resolved them), or, for someone's statement, the owner's actor ("Pence's
statement implies …": Pence).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.extract.component import actor_of_token
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.marks import Marked, quoted_passages
from storyline.extract.quotes.model import Quote, Span
from storyline.nlp.text import doc_text

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
INTENT = frozenset({"vow", "promise", "pledge", "threaten", "urge", "warn"})
# Verbs of saying that put their subject after them behind a quote ("…,” said Suga),
# and take no person as object, so a name after them is the speaker.
INVERTING = frozenset(
    "say add write reply respond explain continue insist argue observe remark recall "
    "declare".split()
)
# Nouns of what someone says or concludes ("her claim that …", "in Bolton's view").
SPEECH_NOUNS = frozenset(
    "comment comments remark claim statement assertion conclusion view demand suggestion "
    "accusation promise pledge warning argument insistence complaint admission denial vow "
    "threat prediction description words message".split()
)
TERM_WORDS = 4
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"})


@dataclass(frozen=True, slots=True)
class Speech:
    """Reported speech found in the parse: cue token, speaker token, content characters."""

    cue: Token
    speaker: Token | None
    content: tuple[int, int]
    via: Token | None = None
    cue_end: int | None = None  # "according to": the cue's last character
    parts: tuple[tuple[int, int], ...] = ()  # content around a parenthetical cue


class QuoteFinder:
    """Find the quotes of a Doc (see the module docstring)."""

    def __init__(self, cues: CueLexicon) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> list[Quote]:
        text = doc_text(doc)  # spaCy joins the tokens at each `doc.text`: once per Doc
        passages = quoted_passages(text)
        inside = _tokens_inside(doc, passages)
        actors = actor_of_token(doc)
        speeches = self.reported_speech(doc, inside)
        quotes = self.direct_quotes(doc, text, passages, speeches, inside, actors)
        direct = [q for q in quotes if q.kind == "direct"]
        for speech in speeches:
            start, end = _without_marks(text, *speech.content)
            quoted = sum(
                max(0, min(end, q.content.end) - max(start, q.content.start)) for q in direct
            )
            inner = _reported_quotes(speech, direct)
            if inner:  # nested: the outer attribution holds the quotes it reports
                start = min(speech.content[0], *(q.content.start for q in inner))
                end = max(speech.content[1], *(q.content.end for q in inner))
                speech = replace(speech, content=(start, end))
            elif quoted * 10 >= (end - start) * 9:
                continue  # all quoted: the direct quote tells it
            quotes.append(_quote(text, speech, "indirect", actors))
        return sorted(quotes, key=lambda q: q.content.start)

    # -- 1. reported speech ----------------------------------------------------------------

    def reported_speech(self, doc: Doc, inside: set[int]) -> list[Speech]:
        found: list[Speech] = []
        for token in doc:
            if token.i in inside or any(speech.cue.i == token.i for speech in found):
                continue
            if token.lower_ == "according" and (speech := _according_to(token)) is not None:
                found.append(speech)
                continue
            if token.text == ":" and (speech := _name_colon_line(token)) is not None:
                found.append(speech)
                continue
            cue = self.cues.of(token)
            if cue is None or token.pos_ not in {"VERB", "AUX"}:
                continue
            if cue.lemma == "quote" and (speech := _quoted_as(token)) is not None:
                found.append(speech)
                continue
            if token.tag_ == "VBG" and (speech := _quoted_as_by_words(token)) is not None:
                found.append(speech)
                continue
            content = _content_of(token, inside)
            parts: tuple[tuple[int, int], ...] = ()
            if content is None and token.dep_ == "parataxis":
                parts = _around(token)  # "Many of the closures, he said, have involved …"
                content = (parts[0][0], parts[-1][1]) if parts else None
            if content is None and cue.kind != "thought":
                content = _that_clause_after(token)  # "said in a statement that …"
            if content is None:
                continue
            found.append(Speech(token, _speaker_of(token, inside), content, parts=parts))
        return found

    # -- 2. quotes in marks ------------------------------------------------------------------

    def direct_quotes(
        self,
        doc: Doc,
        text: str,
        passages: list[Marked],
        speeches: list[Speech],
        inside: set[int],
        actors: dict[int, int],
    ) -> list[Quote]:
        quotes: list[Quote] = []
        previous: tuple[Quote, Marked] | None = None
        for passage in passages:
            sentences = _sentences_of(doc, text, passage)
            speech = (
                _governing_cue(doc, passage, inside, self.cues, speeches)
                or _speech_around(passage, speeches, sentences)
                or _named_before_colon(doc, text, passage, inside)
                or _signed_below(doc, text, passage)
                or self._cue_beside(doc, text, passage, inside, sentences)
            )
            if speech is None and _is_term(doc, text, passage):
                quotes.append(Quote(_span(text, passage.start, passage.end), "term"))
                continue
            speech = speech or _governing_verb(doc, passage, inside)
            if (
                speech is None
                and previous is not None
                and _continues(doc, text, previous[1], passage)
            ):
                quote = _with_content(previous[0], text, passage)
            elif speech is None and (speech := self._cue_before(doc, passage, inside)):
                quote = _quote(text, speech, "direct", actors, passage)
            elif speech is None:
                quote = Quote(_span(text, passage.start, passage.end), "direct")
            else:
                quote = _quote(text, speech, "direct", actors, passage)
            if previous is not None and _same_cue(previous[0], quote, text):
                merged = _merge(previous[0], quote, text)
                quotes[-1] = merged
                previous = (merged, passage)
                continue
            quotes.append(quote)
            previous = (quote, passage)
        return quotes

    def _cue_beside(
        self, doc: Doc, text: str, passage: Marked, inside: set[int], sentences: list[SpacySpan]
    ) -> Speech | None:
        """The nearest cue verb outside the marks, in the passage's `sentences` (see
        `_sentences_of`)."""
        best: tuple[int, Token] | None = None
        for sent in sentences:
            for token in sent:
                if token.i in inside or token.pos_ not in {"VERB", "AUX"}:
                    continue
                cue = self.cues.of(token)
                if cue is None or cue.kind == "thought":
                    continue
                if _says_something_else(token, passage, inside):
                    continue
                distance = min(
                    abs(token.idx - passage.outer_end), abs(passage.outer_start - token.idx)
                )
                if best is None or distance < best[0]:
                    best = (distance, token)
        if best is None:
            return _introduced_by_colon(doc, text, passage, inside, self.cues)
        cue = best[1]
        return Speech(cue, _speaker_of(cue, inside), (passage.start, passage.end))

    def _cue_before(self, doc: Doc, passage: Marked, inside: set[int]) -> Speech | None:
        """ "Cruz tweeted a warning. “Missouri: remember …”": a passage that opens its
        sentence, with no cue, is said by the speaker of the last cue verb of the sentence
        before it."""
        span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        sent = span[0].sent
        if any(not t.is_punct and not t.is_space for t in doc[sent.start : span.start]):
            return None
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        for token in reversed(before or []):
            if token.i in inside or token.pos_ not in {"VERB", "AUX"}:
                continue
            cue = self.cues.of(token)
            if cue is None or cue.kind == "thought":
                continue
            speaker = _speaker_of(token, inside)
            if speaker is not None:
                return Speech(token, speaker, (passage.start, passage.end))
        return None


# -- helpers ------------------------------------------------------------------------------


_MARKS = "\"“”‘’'`«»„ ,"


def _without_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quotation marks (and spaces, commas) at its ends."""
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS:
        end -= 1
    return start, end


def _reported_quotes(speech: Speech, quotes: list[Quote]) -> list[Quote]:
    """The quotes whose cue lies in what reported speech says: it reports someone else
    saying them ("“…,” O'Malley said, according to the Las Vegas Sun")."""
    start, end = speech.content
    return [
        q
        for q in quotes
        if q.cue is not None and start <= q.cue.start < end and q.cue.start != speech.cue.idx
    ]


def _tokens_inside(doc: Doc, passages: list[Marked]) -> set[int]:
    """Tokens inside quotation marks (the quoted words' own verbs are not cues)."""
    inside: set[int] = set()
    for passage in passages:
        for start, end in passage.parts:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return inside


def _content_of(verb: Token, inside: set[int]) -> tuple[int, int] | None:
    """The characters of what a cue verb reports: its clausal complement, or for verbs of
    intent an infinitive ("vowed to …"); None when it has neither."""
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lemma_ in INTENT):
            start, end = _clause_span(child)
            if child.i > verb.i and not _main_clause_follows(verb, child):
                end = max(end, _said_end(verb, child))  # "X said …": to the sentence's end
            return start, end
    return None


def _said_end(verb: Token, clause: Token) -> int:
    """Where "X said …" stops: the sentence's end, or before another cue verb joined to
    this one with its own subject ("X recommended that …, but he called …")."""
    doc = verb.doc
    for joined in verb.rights:
        if joined.i <= clause.right_edge.i or joined.dep_ != "conj":
            continue
        if not any(c.dep_ in SUBJECTS for c in joined.children):
            continue
        if CueLexicon.load().of(joined) is None:
            continue
        last = joined.left_edge.i - 1
        while last > clause.right_edge.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
            last -= 1
        return doc[last].idx + len(doc[last].text)
    return _sentence_end(clause)


def _main_clause_follows(verb: Token, clause: Token) -> bool:
    """Is the cue in a clause put before the main one ("Although the VP stated that he may
    meet …, Trump has cast doubt …")? Then what is said ends with its own clause."""
    return verb.dep_ == "advcl" and verb.head.i > clause.right_edge.i


def _sentence_end(token: Token) -> int:
    """The last character of a token's sentence, before its final punctuation."""
    words = [t for t in token.sent if not t.is_space]
    while words and words[-1].is_punct and words[-1].text not in "”\"'’":
        words.pop()
    return words[-1].idx + len(words[-1].text) if words else token.idx + len(token.text)


def _around(cue: Token) -> tuple[tuple[int, int], ...]:
    """The clause a parenthetical cue interrupts, without the cue's words: two parts."""
    clause = [t for t in cue.head.subtree if not t.is_space]
    cut = set(range(cue.left_edge.i, cue.right_edge.i + 1))
    before = [
        t
        for t in clause
        if t.i < cue.left_edge.i and not (t.is_punct and t.i == cue.left_edge.i - 1)
    ]
    after = [t for t in clause if t.i > cue.right_edge.i and t.i not in cut]
    while after and after[0].is_punct:
        after = after[1:]
    while after and after[-1].is_punct:
        after = after[:-1]
    parts = []
    for piece in (before, after):
        if piece:
            parts.append((piece[0].idx, piece[-1].idx + len(piece[-1].text)))
    return tuple(parts)


def _that_clause_after(verb: Token) -> tuple[int, int] | None:
    """ "said in a statement that …" where the parser hung the clause on a noun: what follows
    the first "that" after the verb, in its sentence, when a verb follows it."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.lower_ == "that" and token.i + 1 < verb.sent.end:
            rest = verb.doc[token.i + 1 : verb.sent.end]
            if any(t.pos_ in {"VERB", "AUX"} for t in rest):
                return rest[0].idx, _sentence_end(rest[0])
            return None
        if token.pos_ in {"VERB", "AUX"} or token.is_punct and token.text in ".;:":
            return None
    return None


def _clause_span(head: Token) -> tuple[int, int]:
    """A clause's characters, without a leading "that" or date, and trailing punctuation."""
    tokens = list(head.subtree)
    while len(tokens) > 1 and (
        tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].ent_type_ in {"DATE", "TIME"}
    ):
        tokens = tokens[1:]  # "said (that)", and "said Tuesday …" where the day is the cue's
    while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"'’":
        tokens = tokens[:-1]
    if not tokens:
        return head.idx, head.idx + len(head.text)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _speaker_of(verb: Token, inside: Collection[int] = ()) -> Token | None:
    """Who speaks through a cue verb: the agent of a passive one ("called a witch hunt by
    Democrats"), its subject, or the subject of the verb a participle ("…, saying", "by
    tweeting", "issued a statement saying") or a conjoined verb ("declared … and added …")
    hangs on. Where the parse
    failed (a subject inside the quote, "…, Mike Pence declared" read as an apposition,
    "…,” an intelligence source, who …, told"), the name or noun just before the verb, or
    just after it ("…,” said Edward Leamer). Never a word inside quotation marks."""
    cue = verb
    named = _named_after(cue, inside)
    if named is not None:
        return named
    for _ in range(6):
        agent = _agent_of(verb)
        if agent is not None and agent.i not in inside:
            return agent  # "measures added by Republicans", "was called by the party"
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.i not in inside and _can_speak(subject):
            return subject
        if subject is None and verb.dep_ in {"advcl", "conj", "xcomp", "pcomp", "acl"}:
            verb = verb.head  # "…, saying", "by tweeting", "issued a statement saying"
            while verb.pos_ in {"ADP", "NOUN", "PROPN"} and verb.head.i != verb.i:
                verb = verb.head
            continue
        break
    doc = cue.doc
    nouns = {"PROPN", "PRON", "NOUN"}
    quoted_before = [i for i in inside if cue.sent.start <= i < cue.i]
    if quoted_before:  # "“…,” Gene Sperling, a top adviser, said": the first name after
        i = max(quoted_before) + 1
        while i < cue.i and doc[i].pos_ not in nouns:
            i += 1
        if i < cue.i and _can_speak(doc[i]):
            while i + 1 < cue.i and doc[i + 1].pos_ == "PROPN" and doc[i].pos_ == "PROPN":
                i += 1
            return doc[i]
    for token in doc[cue.sent.start : cue.i]:  # "Durbin, noting …, said": a subject the
        # parser gave to the participle in between
        if (
            token.dep_ in SUBJECTS
            and token.i not in inside
            and token.pos_ in nouns
            and _can_speak(token)
            and token.i < token.head.i <= cue.i
            and not any(t.i in inside for t in doc[token.i : cue.i])
        ):
            return token
    lefts = [
        c
        for c in cue.lefts
        if c.pos_ in nouns and c.i not in inside and c.dep_ != "npadvmod" and _can_speak(c)
    ]
    if lefts:
        return lefts[-1]
    before = cue.i - 1
    while before >= 0 and (doc[before].pos_ in {"ADV", "AUX", "PART"} or doc[before].text == ","):
        before -= 1
    if (
        before >= 0
        and doc[before].pos_ in nouns
        and before not in inside
        and doc[before].ent_type_ not in {"DATE", "TIME"}
        and not _is_dateline(doc[before])
    ):  # "… on Tuesday called": not the day
        return _phrase_head(doc[before], cue, inside)
    after = cue.i + 1
    while after < len(doc) and after < cue.i + 4 and doc[after].pos_ in {"DET", "ADJ"}:
        after += 1
    if (
        after < len(doc)
        and after not in inside
        and (doc[after].pos_ in nouns or (doc[after].is_title and doc[after].is_alpha))
    ):  # "said Skelly" with "Skelly" tagged an adverb is still a name
        while after + 1 < len(doc) and doc[after + 1].dep_ in {"compound", "flat"}:
            after += 1  # the head of "Edward Leamer" is "Leamer"
        return doc[after] if doc[after].pos_ in nouns or doc[after].is_title else None
    return None


def _named_after(cue: Token, inside: Collection[int]) -> Token | None:
    """ "…, said Geert Wilders, founder of …": a verb of saying that inverts (`INVERTING`)
    after a comma or a closing quotation mark, with a name right after it, is said by that
    name, whatever the parser took for its subject."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or doc[cue.i - 1].text not in {",", "”", "''", '"'}:
        return None
    name = doc[cue.i + 1]
    if cue.lemma_ not in INVERTING or name.pos_ != "PROPN" or name.i in inside:
        return None
    while name.dep_ in {"compound", "flat", "poss"} and name.head.i > name.i:
        name = name.head  # "Edward Leamer": "Leamer"; "Trump's spokesman": "spokesman"
    if any(
        c.i > cue.i and c.i != name.i and c.dep_ in {"ccomp", "xcomp", "dobj", "oprd"}
        for c in cue.children
    ):
        return None  # "Dean Johnson, a salesman, says Cruz will …": what follows is said
    return name if name.pos_ in {"PROPN", "NOUN"} and _can_speak(name) else None


def _phrase_head(word: Token, cue: Token, inside: Collection[int]) -> Token:
    """The person a noun phrase before a cue names, from its last word: up from the object
    of a preposition to the noun it modifies, and from a common noun in apposition to the
    name ("Col. Steven Warren, a military spokesman in Baghdad, said", the parser having
    hung the name on a date), while the words can speak."""
    token = word
    while token.head.i < cue.i:
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head  # "a spokesman in Baghdad": "spokesman"
        elif not ((token.dep_ == "appos" and token.pos_ == "NOUN") or token.dep_ == "compound"):
            break
        if head.i in inside or not _can_speak(head) or head.i >= cue.i:
            break
        token = head
    return token


def _agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb: "by X", also where the parser hung "by" on the
    verb's object ("was called a “witch hunt” by X")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None and any(c.dep_ == "nsubjpass" for c in verb.children):
        by = next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by else None


_NOT_SPEAKERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def _can_speak(token: Token) -> bool:
    """A word that can name a speaker: not a date, an amount or a number ("today", "25
    percent") unless it names a person ("one of the executives", "the 46-year-old"), nor
    the relative "that"."""
    if token.lower_ in {"that", "which"} or _is_dateline(token):
        return False
    if token.ent_type_ not in _NOT_SPEAKERS:
        return True
    return any(c.lower_ == "of" for c in token.children) or (
        token.pos_ in {"NOUN", "ADJ"} and any(c.dep_ == "det" for c in token.children)
    )


def _is_dateline(token: Token) -> bool:
    """A place in capitals opening a paragraph ("WASHINGTON, Aug. 24 (UPI) —", "LONDON
    (Reuters) -"): where the report was filed, not who speaks."""
    doc = token.doc
    start = token.left_edge.i
    at_line_start = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    words = [t for t in doc[start : token.i + 1] if t.is_alpha]
    follows = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return (
        at_line_start
        and bool(words)
        and all(t.is_upper and len(t) > 1 for t in words)
        and follows in {",", "(", "-", "—", "–"}
    )


def _according_to(token: Token) -> Speech | None:
    """ "according to X, …" or "… , according to X": X says the clause it hangs on."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None:
        return None
    clause = token.head
    phrase = set(range(token.left_edge.i, token.right_edge.i + 1))
    tokens = [t for t in clause.subtree if t.i not in phrase and not t.is_punct and not t.is_space]
    if not tokens:
        return None
    content = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return Speech(token, source, content, cue_end=to.idx + len(to.text))


def _quoted_as(verb: Token) -> Speech | None:
    """ "official media quoted Kim as vowing to …": Kim says it, through the media."""
    speaker = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_ = next((c for c in verb.children if c.lower_ == "as" and c.dep_ == "prep"), None)
    said = next((c for c in as_.children if c.pos_ in {"VERB", "AUX"}), None) if as_ else None
    if speaker is None or said is None:
        return None
    content = _content_of(said, set()) or _clause_span(said)
    via = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return Speech(said, speaker, content, via=via)


def _quoted_as_by_words(said: Token) -> Speech | None:
    """The same, where the parse missed it: "… quoted leader Kim Jong Un as vowing …"."""
    as_ = said.nbor(-1) if said.i > 0 else None
    if as_ is None or as_.lower_ != "as" or as_.i == 0:
        return None
    window = [t for t in as_.sent if as_.i - 10 <= t.i < as_.i]
    quoted = next((t for t in reversed(window) if t.lemma_ == "quote"), None)
    if quoted is None or quoted.i + 1 >= as_.i:
        return None
    speaker = as_.nbor(-1)
    via = next((t for t in reversed(list(quoted.lefts)) if t.dep_ in SUBJECTS), None)
    if via is None and quoted.i > 0 and quoted.nbor(-1).pos_ in {"NOUN", "PROPN"}:
        via = quoted.nbor(-1)
    content = _content_of(said, set()) or _clause_span(said)
    return Speech(said, speaker, content, via=via)


def _holds(content: tuple[int, int], passage: Marked) -> bool:
    """Does reported content hold (most of) a quoted passage?"""
    overlap = min(content[1], passage.end) - max(content[0], passage.start)
    return overlap * 2 > passage.end - passage.start


def _speech_around(
    passage: Marked, speeches: list[Speech], sentences: list[SpacySpan]
) -> Speech | None:
    """Reported speech of the passage's sentence whose content holds the passage; of
    several, the one whose cue is nearest to it."""
    starts = {sent.start for sent in sentences[:2]}
    holding = [s for s in speeches if _holds(s.content, passage) and s.cue.sent.start in starts]
    if not holding:
        return None
    return min(
        holding,
        key=lambda s: min(abs(s.cue.idx - passage.start), abs(s.cue.idx - passage.end)),
    )


def _says_something_else(verb: Token, passage: Marked, inside: set[int]) -> bool:
    """Has a cue verb its own content, in words of the text (not in marks), apart from
    the passage?"""
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    content = _content_of(verb, set())
    if content is None or complement is None or complement.i in inside:
        return False
    return not _holds(content, passage)


def _sentences_of(doc: Doc, text: str, passage: Marked) -> list[SpacySpan]:
    """The sentences a passage ends and starts in; then the sentence after it when that one
    is short ("He said.") in the same paragraph, or follows at once."""
    sentences = []
    for at in (passage.outer_end - 1, passage.outer_start):
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and span.sent not in sentences:
            sentences.append(span.sent)
    last = sentences[0] if sentences else None
    if last is not None and last.end < len(doc):
        following = doc[last.end].sent
        # "… ” He said." after a quote, or "…!” Sessions said as …" where the parser ended
        # the sentence at the closing mark; not a sentence of the next paragraph
        between = text[passage.outer_end : following.start_char]
        if (len(following) <= 6 and "\n\n" not in between) or not (
            between.strip() or "\n" in between
        ):
            sentences.append(following[: min(len(following), 12)])
    return sentences


def _name_colon_line(colon: Token) -> Speech | None:
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


def _colon_before(doc: Doc, text: str, passage: Marked) -> SpacySpan | None:
    """The colon that opens a quote ("…: “…”"), when only whitespace lies between them."""
    at = passage.outer_start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at == 0 or text[at - 1] != ":":
        return None
    return doc.char_span(at - 1, at, alignment_mode="expand")


def _named_before_colon(doc: Doc, text: str, passage: Marked, inside: set[int]) -> Speech | None:
    """ "… - Philip Bump: “…”": a source named right before the colon that opens the quote."""
    colon = _colon_before(doc, text, passage)
    if colon is None or colon.start == 0:
        return None
    name = doc[colon.start - 1]
    if name.pos_ != "PROPN" or name.i in inside:
        return None
    return Speech(colon[0], name, (passage.start, passage.end))


_SIGNATURE = re.compile(r"[ \t]*\n\s*([-—–]+)[ \t]*([^\n]{1,60}?)[ \t.]*(?:\n|$)")


def _signed_below(doc: Doc, text: str, passage: Marked) -> Speech | None:
    """ "“…”\n\n- Sanders.": a line under the quote that is a dash and a name signs it."""
    match = _SIGNATURE.match(text, passage.outer_end)
    if match is None:
        return None
    name = doc.char_span(*match.span(2), alignment_mode="expand")
    dash = doc.char_span(*match.span(1), alignment_mode="expand")
    words = [t for t in name or () if t.is_alpha]
    if dash is None or not words or any(t.pos_ != "PROPN" for t in words):
        return None
    return Speech(dash[0], words[-1], (passage.start, passage.end))


def _introduced_by_colon(
    doc: Doc, text: str, passage: Marked, inside: set[int], cues: CueLexicon
) -> Speech | None:
    """ "Sanders delivered a snappy retort: “…”": a clause ending in a colon right before the
    quote introduces it; the subject of its last cue verb speaks ("The Times made the same
    claims, and the NRA responded:"), else that of its main verb."""
    colon = _colon_before(doc, text, passage)
    if colon is None:
        return None
    clause = [t for t in doc[colon.sent.start : colon.start] if t.i not in inside]
    verbs = [t for t in clause if t.pos_ in {"VERB", "AUX"}]
    said = [v for v in verbs if (cue := cues.of(v)) and cue.kind != "thought"]
    tops = [v for v in verbs if not clause or not clause[0].i <= v.head.i < colon.start]
    verb = (said[-1:] or tops or verbs or [None])[0]
    if verb is None:
        return None
    return Speech(verb, _speaker_of(verb, inside), (passage.start, passage.end))


def _governing_verb(doc: Doc, passage: Marked, inside: set[int]) -> Speech | None:
    """ "Moore thanked him for “stepping up …”", "“…,” Bennett shot back": a passage with no
    cue is said by the speaker (`_speaker_of`) of the nearest verb outside the marks it
    hangs on, or of the verb whose clausal complement that verb heads ("she vented that it
    would be “ugly”")."""
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        head = token.head
        if span.start <= head.i < span.end:
            continue
        for verb in [head, *head.ancestors]:
            if verb.i in inside or verb.pos_ not in {"VERB", "AUX"}:
                continue
            while (
                verb.dep_ == "ccomp"
                and verb.head.pos_ in {"VERB", "AUX"}
                and verb.head.i not in inside
            ):
                verb = verb.head  # "vented that it would be “ugly”": who vented
            subject = _speaker_of(verb, inside)
            if subject is not None:
                return Speech(verb, subject, (passage.start, passage.end))
            break
        return None
    return None


def _governing_cue(
    doc: Doc, passage: Marked, inside: set[int], cues: CueLexicon, speeches: list[Speech]
) -> Speech | None:
    """ "Cruz said he'd make sand “glow”, and Trump vowed to “bomb the hell” out of ISIS",
    "a man yelled “Stay there!”": the nearest cue verb above the passage in the parse
    (not a verb of thought) reports it, before a farther cue whose clause runs over it;
    its speaker as the reported speech of that cue has it ("quoted Pence as saying")."""
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.is_punct or span.start <= token.head.i < span.end or token.head.i == token.i:
            continue  # a quotation mark may hang anywhere
        child = token
        for verb in [token.head, *token.head.ancestors]:
            owner = _owner_of_words(verb, child, inside)
            if owner is not None:
                return Speech(verb, owner, (passage.start, passage.end))
            child = verb
            if verb.i in inside or verb.pos_ not in {"VERB", "AUX"}:
                continue
            if verb.sent.start != token.sent.start:
                return None
            cue = cues.of(verb)
            if cue is not None and cue.kind != "thought":
                known = next((s for s in speeches if s.cue.i == verb.i), None)
                speaker = known.speaker if known else _speaker_of(verb, inside)
                via = known.via if known else None
                content = (passage.start, passage.end)
                return Speech(verb, speaker, content, via=via) if speaker else None
        return None
    return None


def _owner_of_words(noun: Token, child: Token, inside: set[int]) -> Token | None:
    """ "her comment that “…”", "Comey's conclusion that her actions were “…”": the owner
    of a noun of speech (`SPEECH_NOUNS`) says what its complement (`child`) holds."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or noun.i in inside:
        return None
    if child.i < noun.i or child.dep_ not in {"acl", "ccomp", "prep", "appos"}:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.i not in inside), None)


def _is_term(doc: Doc, text: str, passage: Marked) -> bool:
    """A few quoted words inside a sentence with no cue: a term, not speech."""
    if len(passage.parts) > 1 or len(text[passage.start : passage.end].split()) > TERM_WORDS:
        return False
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None:
        return True
    sent = span.sent
    outside = [t for t in sent if not t.is_punct and (t.i < span.start or t.i >= span.end)]
    return len(outside) >= 2


def _actor_named(doc: Doc, token: Token) -> int | None:
    """The one actor of the report whose name ends in (or is) this word, for a speaker the
    recogniser missed ("quoted Pence" where "Pence" is no entity)."""
    if not doc.has_extension("actors"):
        return None
    word = token.lower_
    fits = [n for n, actor in enumerate(doc._.actors) if actor.key[-1:] == (word,)]
    return fits[0] if len(fits) == 1 else None


def _continues(doc: Doc, text: str, previous: Marked, passage: Marked) -> bool:
    """Does a passage with no cue go on with the previous quote: nothing but a paragraph
    break or a few words between them, or it opens the sentence after the previous
    quote's (`“…,” said X, an aide. “…”`)?"""
    between = text[previous.outer_end : passage.outer_start]
    if len(between.split()) <= 3:
        return True
    end = doc.char_span(previous.outer_end - 1, previous.outer_end, alignment_mode="expand")
    start = doc.char_span(passage.outer_start, passage.outer_start + 1, alignment_mode="expand")
    if end is None or start is None:
        return False
    return start.sent.start == end.sent.end and start.start == start.sent.start


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text), token.text)


def _hyphen(token: Token) -> bool:
    """A hyphen inside a word ("46-year-old")."""
    return (
        token.text == "-"
        and token.i > 0
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _speaker_span(token: Token) -> Span:
    """The speaker phrase: the words of its noun phrase before the head ("the government's
    top spokesman", "Chief Cabinet Secretary Yoshihide Suga") and name words after it."""
    doc = token.doc
    start = token.i
    while (
        start > 0
        and (doc[start - 1].pos_ in _PHRASE_POS or _hyphen(doc[start - 1]))
        and doc[start - 1].i >= token.left_edge.i
    ):
        start -= 1
    if (
        token.pos_ == "NOUN"
        and start >= 2
        and doc[start - 1].text == ","
        and doc[start - 2].pos_ == "PROPN"
    ):
        start -= 2  # "Trump, the GOP frontrunner, said": the name too
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
    end = token.i
    while (
        end + 1 < len(doc)
        and doc[end + 1].dep_ in {"compound", "flat"}
        and doc[end + 1].head.i == token.i
    ):
        end += 1
    return Span(doc[start].idx, doc[end].idx + len(doc[end].text), doc[start : end + 1].text)


def _quote(
    text: str,
    speech: Speech,
    kind: str,
    actors: dict[int, int],
    passage: Marked | None = None,
) -> Quote:
    start, end = (passage.start, passage.end) if passage else speech.content
    pieces = passage.parts if passage else speech.parts
    cue = _token_span(speech.cue)
    if speech.cue_end is not None:
        cue = _span(text, speech.cue.idx, speech.cue_end)
    speaker = _speaker_span(speech.speaker) if speech.speaker is not None else None
    actor = None
    if speech.speaker is not None:
        actor = actors.get(speech.speaker.i)
        owner = next((c for c in speech.speaker.children if c.dep_ == "poss"), None)
        if actor is None and owner is not None:
            actor = actors.get(owner.i)  # "Pence's statement implies": Pence
        if actor is None and speech.speaker.pos_ == "PROPN":
            actor = _actor_named(speech.speaker.doc, speech.speaker)
    parts = tuple(_span(text, s, e) for s, e in pieces)
    via = _speaker_span(speech.via) if speech.via is not None else None
    return Quote(_span(text, start, end), kind, cue, speaker, actor, parts, via)  # type: ignore[arg-type]


def _with_content(previous: Quote, text: str, passage: Marked) -> Quote:
    """A passage continuing the previous quote's speaker."""
    parts = tuple(_span(text, s, e) for s, e in passage.parts)
    return Quote(
        _span(text, passage.start, passage.end),
        "direct",
        previous.cue,
        previous.speaker,
        previous.speaker_actor,
        parts,
        previous.via,
    )


def _same_cue(first: Quote, second: Quote, text: str) -> bool:
    """Two passages around one cue (`“…,” he said, “…”`), in one paragraph."""
    return (
        first.kind == second.kind == "direct"
        and first.cue is not None
        and first.cue == second.cue
        and first.content.end <= first.cue.start
        and first.cue.end <= second.content.start
        and not re.search(r"[.!?]\W*\s|\n", text[first.cue.end : second.content.start])
    )


def _merge(first: Quote, second: Quote, text: str) -> Quote:
    """`“…,” he said, “…”`: one quote in parts."""
    parts = (first.parts or (first.content,)) + (second.parts or (second.content,))
    return Quote(
        _span(text, first.content.start, second.content.end),
        "direct",
        first.cue,
        first.speaker,
        first.speaker_actor,
        parts,
        first.via,
    )
