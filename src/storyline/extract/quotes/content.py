"""What a cue verb reports: its clause, and where "X said …" ends."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.speech import SUBJECTS

INTENT = frozenset({"vow", "promise", "pledge", "threaten", "urge", "warn"})
# Cues that report a thing named by their object ("announced new measures that …",
# "proposed a constitutional amendment"): what is reported is the noun phrase.
REPORTS_A_THING = frozenset({"announce", "propose"})
# A relative pronoun's roles in its clause ("the update that was released"), not a "that"
# opening what is said ("said in a statement that …").
RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def token_extent(tokens: Sequence[Token]) -> tuple[int, int]:
    """The characters from the first token's start to the last one's end."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def content_of(verb: Token, inside: set[int]) -> tuple[int, int] | None:
    """The characters of what a cue verb reports: its clausal complement, or for verbs of
    intent an infinitive ("vowed to …"); None when it has neither. A clause before a colon
    that comes before the verb is not its complement (`_before_a_colon`)."""
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lemma_ in INTENT):
            if _before_a_colon(verb, child):
                continue
            start, end = clause_span(child)
            if child.i > verb.i and not _main_clause_follows(verb, child):
                end = max(end, _said_end(verb, child, inside))  # "X said …": to the sentence's end
            return start, end
    return None


def _before_a_colon(verb: Token, clause: Token) -> bool:
    """Is a clause the parser hung on a cue verb ended by a colon before the verb ("The mood
    in the town has changed: residents say they no longer trust the council")? A colon
    announces what follows it: the clause before it is the writer's lead-in, not what the
    speaker after it says, and the verb's words are those after it."""
    doc = verb.doc
    return clause.i < verb.i and any(
        doc[i].text == ":" for i in range(clause.right_edge.i + 1, verb.i)
    )


def _said_end(verb: Token, clause: Token, inside: set[int]) -> int:
    """Where "X said …" stops: the sentence's end, or before the next cue verb after its
    clause that has a subject of its own (`_speaks_apart`): a verb joined to this one ("X
    recommended that …, but he called …"), the main verb ("After Beck asked who he thought
    would win, D'Souza replied, “…”"), an aside ("Clinton suggested that … - “…,” she said
    - and …"), a clause after "with" quoting someone else (`_absolute_saying`): another
    speaker's words, not this one's."""
    doc = verb.doc
    lexicon = CueLexicon.load()
    for other in doc[clause.right_edge.i + 1 : verb.sent.end]:
        if _absolute_saying(other, inside, lexicon):
            other = other.head  # "…, with McCain calling it a “Chinese menu”": McCain's
        elif other.i in inside or not _speaks_apart(verb, other) or lexicon.of(other) is None:
            continue
        last = max(other.left_edge.i, clause.right_edge.i + 1) - 1
        while last > clause.right_edge.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
            last -= 1
        return doc[last].idx + len(doc[last].text)
    return sentence_end(clause)


def _absolute_saying(token: Token, inside: set[int], lexicon: CueLexicon) -> bool:
    """Is `token` the verb of a clause after "with" that has a subject of its own, a cue and
    words in quotation marks in it ("…, with McCain calling it a “Chinese menu”", "…, with
    Lewandowski taking to Twitter to call Fields “totally delusional”"): someone else's
    quote, beside what the sentence reports?"""
    if token.dep_ != "pcomp" or token.head.lower_ != "with" or token.i in inside:
        return False
    if not any(c.dep_ in SUBJECTS for c in token.children):
        return False
    words = list(token.subtree)
    return any(t.i in inside for t in words) and any(
        t.pos_ in {"VERB", "AUX"} and t.i not in inside and lexicon.of(t) is not None
        for t in words
    )


def _speaks_apart(verb: Token, other: Token) -> bool:
    """Is `other`, a verb after what `verb` reports, someone's saying of their own: with a
    subject, joined to `verb` ("…, but he called …") or with a clause it reports itself ("he
    told the Times"), not one opened by "that" that goes on with what `verb` reports ("…
    and that polls show he remains …"), nor a parenthetical ("no different, he said, from
    …": the same words go on)?"""
    if other.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in SUBJECTS for c in other.children):
        return False
    if other.dep_ == "conj" and other.head.i == verb.i:
        return True
    if _tags_a_passage(other):
        return True
    if any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in other.children):
        return False
    return any(c.dep_ == "ccomp" for c in other.children)


# Quotation marks that may close a passage.
_CLOSING = frozenset({"”", '"', "’", "'", "''"})


def _tags_a_passage(other: Token) -> bool:
    """Is `other` with its subject a tag right after a passage closed by a comma and a
    quotation mark ("Grayson said Randolph “would have no chance to win,” the source
    recalled, …": the source's words about what Grayson said)?"""
    subject = next(c for c in other.children if c.dep_ in SUBJECTS)
    first = min(other.i, subject.left_edge.i)
    doc = other.doc
    if first < 2:
        return False
    before = {doc[first - 1].text, doc[first - 2].text}
    return "," in before and bool(before & _CLOSING)


# Conjunctions that open an adverbial clause, not what is said ("that", "whether", "if").
ADVERBIAL_MARKS = frozenset(
    "after before although though when whenever while since because as once until unless "
    "whereas".split()
)


def _main_clause_follows(verb: Token, clause: Token) -> bool:
    """Is the cue in a clause put before the main one ("Although the VP stated that he may
    meet …, Trump has cast doubt …", and "When Hill thanked the city and said …, a man
    yelled …" with the cue joined to the clause's verb)? Then what is said ends with its
    own clause. A clause opened by such a conjunction that the parser made the main verb's
    complement ("Years after Hale claimed that …, Obama won …") is one too."""
    while verb.dep_ in {"conj", "advcl"} or _adverbial(verb):
        if verb.head.i == verb.i:
            break
        if verb.dep_ != "conj" and verb.head.i > clause.right_edge.i:
            return True
        verb = verb.head
    return False


def _adverbial(verb: Token) -> bool:
    """A clausal complement opened by an adverbial conjunction (`ADVERBIAL_MARKS`): an
    adverbial clause the parser took for a complement."""
    return verb.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in verb.children
    )


def sentence_end(token: Token) -> int:
    """The last character of a token's sentence, before its final punctuation."""
    words = [t for t in token.sent if not t.is_space]
    while words and words[-1].is_punct and words[-1].text not in "”\"'’":
        words.pop()
    return words[-1].idx + len(words[-1].text) if words else token.idx + len(token.text)


def parenthetical_parts(cue: Token) -> tuple[tuple[int, int], ...]:
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
            parts.append(token_extent(piece))
    return tuple(parts)


def that_clause_after(verb: Token) -> tuple[int, int] | None:
    """ "said in a statement that …" where the parser hung the clause on a noun: what follows
    the first "that" after the verb, in its sentence, when a verb follows it; not a
    relative clause: then the noun phrase it belongs to, when the verb's own ("discussed
    the recent violence that has marred …", PolNeAR's content)."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.lower_ == "that" and token.dep_ in RELATIVE_ROLES and token.head.dep_ == "relcl":
            noun = token.head.head
            return clause_span(noun) if verb in noun.ancestors else None
        if token.lower_ == "that" and token.i + 1 < verb.sent.end:
            rest = verb.doc[token.i + 1 : verb.sent.end]
            if any(t.pos_ in {"VERB", "AUX"} for t in rest):
                return rest[0].idx, sentence_end(rest[0])
            return None
        if token.pos_ in {"VERB", "AUX"} or token.is_punct and token.text in ".;:":
            return None
    return None


def object_reported(verb: Token) -> tuple[int, int] | None:
    """ "The company announced the iPhone 2.0 update that was released …": a cue that reports
    a thing (`REPORTS_A_THING`) reports its object, the whole noun phrase (PolNeAR's content
    for "announced X"); not a pronoun ("announced it")."""
    if verb.lemma_ not in REPORTS_A_THING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return clause_span(obj)


def clause_span(head: Token) -> tuple[int, int]:
    """A clause's characters, without a leading subordinator other than "that" ("if",
    "whether") or date, and trailing punctuation."""
    tokens = list(head.subtree)
    while len(tokens) > 1 and (
        (tokens[0].dep_ == "mark" and tokens[0].lower_ != "that")
        or tokens[0].is_punct
        or tokens[0].ent_type_ in {"DATE", "TIME"}
    ):
        tokens = tokens[1:]  # "said Tuesday …" where the day is the cue's; "said that …"
        # keeps its "that", as PolNeAR's contents do
    while tokens and (tokens[-1].is_space or _trailing_punct(tokens[-1])):
        tokens = tokens[:-1]  # and the line break a headline's last word holds
    if not tokens:
        return head.idx, head.idx + len(head.text)
    return token_extent(tokens)


def _trailing_punct(token: Token) -> bool:
    """Punctuation a clause sheds at its end: not a closing quotation mark."""
    return token.is_punct and token.text not in "”\"'’"
