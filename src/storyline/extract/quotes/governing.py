"""A quoted passage reported by the verb (or noun of speech) it hangs on in the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.marks import Marked
from storyline.extract.quotes.speakers import NAMING, cleft_doer, speaker_of
from storyline.extract.quotes.speech import Speech

# Nouns of what someone says or concludes ("her claim that …", "in Bolton's view").
SPEECH_NOUNS = frozenset(
    "comment comments remark claim statement assertion conclusion view demand suggestion "
    "accusation promise pledge warning argument insistence complaint admission denial vow "
    "threat prediction description words message".split()
)


# "It was “…”", "This is “…”", "who are “…”": a passage under a copula whose subject names
# no one (or the generic "you") is no one's speech; another rule may find its speaker.
COPULAS = frozenset({"be", "seem"})
IMPERSONAL = frozenset({"it", "this", "that", "there", "who", "which", "you", "these", "those"})


def governing_verb(doc: Doc, passage: Marked, inside: set[int]) -> Speech | None:
    """ "Moore thanked him for “stepping up …”", "“…,” Bennett shot back": a passage with no
    cue is said by the speaker (`speaker_of`) of the nearest verb outside the marks it
    hangs on, or of the verb whose clausal complement that verb heads ("she vented that it
    would be “ugly”"); not the passive subject of the verb it depends on ("X was allowed
    to use its name to market “…”", "is scheduled to appear on “…”"): X is acted on, and
    PolNeAR gives none of the passages under a passive subject on train to that subject."""
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
            subject = speaker_of(verb, inside)
            if subject is not None and subject.dep_ == "nsubjpass" and subject.head != verb:
                return None  # "X was allowed to use …": someone else allowed it
            if subject is not None and verb.lemma_ in COPULAS and subject.lower_ in IMPERSONAL:
                return None  # "It was “a long day”": no one speaks through a copula's "it"
            if subject is not None and (doer := cleft_doer(verb, subject)) is not None:
                subject = doer  # "The major danger he sees … is “…”": he
            if subject is not None:
                return Speech(verb, subject, (passage.start, passage.end))
            break
        return None
    return _clause_before(passage, span, inside)


# Pronouns that name a person (a clause with one of them as subject is someone's act).
PERSONAL = frozenset({"i", "we", "he", "she"})


# What sets a quote off from the clause before it: a comma or a dash.
_SET_OFF = frozenset({",", "—", "–", "-", "--"})


def _clause_before(passage: Marked, span: SpacySpan, inside: set[int]) -> Speech | None:
    """ "Steve Jobs extended an invitation to the record label, “we have always loved …”",
    "When Trump finally wrapped up — “I will fight for you …” —", where the parser made the
    quote the head of the clause before it: a quote appended after a comma or a dash to a
    clause whose subject is a person speaks for that person, whatever the clause's verb."""
    doc = span.doc
    for token in span:
        for verb in token.children:
            if verb.i >= span.start or verb.i in inside or verb.pos_ not in {"VERB", "AUX"}:
                continue
            between = [t.text for t in doc[verb.right_edge.i + 1 : span.start]]
            if len(between) != 1 or between[0] not in _SET_OFF:
                continue
            subject = speaker_of(verb, inside)
            if subject is not None and (
                subject.ent_type_ == "PERSON" or subject.lower_ in PERSONAL
            ):
                return Speech(verb, subject, (passage.start, passage.end))
    return None


def governing_cue(
    doc: Doc, passage: Marked, inside: set[int], cues: CueLexicon, speeches: list[Speech]
) -> Speech | None:
    """ "Cruz said he'd make sand “glow”, and Trump vowed to “bomb the hell” out of ISIS",
    "a man yelled “Stay there!”": the nearest cue verb above the passage in the parse
    (not a verb of thought) reports it, before a farther cue whose clause runs over it;
    its speaker as the reported speech of that cue has it ("quoted Pence as saying")."""
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None:
        return None
    if (chanted := _chanted(doc, span, inside, cues)) is not None:
        return Speech(chanted[0], chanted[1], (passage.start, passage.end))
    if (called := _object_complement(doc, span, inside)) is not None:
        return Speech(called[0], called[1], (passage.start, passage.end))
    for words_of in (_words_before, _owned_modifier, _in_the_words_of, _reading):
        if (owned := words_of(doc, span, inside)) is not None:
            return Speech(owned[0], owned[1], (passage.start, passage.end))
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
                speaker = known.speaker if known else speaker_of(verb, inside)
                if _named_by_some(verb, speaker):
                    continue
                via = known.via if known else None
                content = (passage.start, passage.end)
                return Speech(verb, speaker, content, via=via) if speaker else None
        return None
    return None


def _object_complement(doc: Doc, span: SpacySpan, inside: set[int]) -> tuple[Token, Token] | None:
    """ "Ryan called Trump's remarks about a judge “racist”", "Fitton called Clinton's
    assertion of a “claim of right” over her emails “significant and disturbing”": a passage
    right after the last word of a verb of naming's object (`NAMING`; a noun that modifies
    no later word) is its object complement, what the verb's subject calls the object,
    whatever the parser hung it on (the judge, the claim; and so not the words of the
    remarks' or the assertion's owner): the (verb, speaker) pair, or None."""
    if span.start < 2:
        return None
    last = doc[span.start - 1]
    if last.pos_ not in {"NOUN", "PROPN", "PRON"} or last.i in inside or last.head.i > last.i:
        return None
    child = last
    for verb in last.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_ in NAMING and child.dep_ in {"dobj", "oprd"}:
            if verb.i in inside:
                return None
            speaker = speaker_of(verb, inside)
            return (verb, speaker) if speaker is not None else None
        child = verb
    return None


# Prepositions that open what someone's words are ("his description of", "her comments on
# the wall", "his remarks about the judge").
TOPICAL = frozenset({"of", "on", "about"})


def _owner_of_words(noun: Token, child: Token, inside: set[int]) -> Token | None:
    """ "her comment that “…”", "Comey's conclusion that her actions were “…”": the owner
    of a noun of speech (`SPEECH_NOUNS`) says what its complement (`child`) holds; through
    a preposition, only one of what the words are (`TOPICAL`), not of when, where or to
    whom ("Stevens called Trump's statements on Sunday “childish”": Stevens)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or noun.i in inside:
        return None
    if child.i < noun.i or child.dep_ not in {"acl", "ccomp", "prep", "appos"}:
        return None
    if child.dep_ == "prep" and (
        child.lower_ not in TOPICAL
        or (child.i + 1 < len(child.doc) and child.nbor().ent_type_ in {"DATE", "TIME"})
    ):
        return None  # "his comments on …", not when ("on Sunday") nor where or to whom
    return next((c for c in noun.children if c.dep_ == "poss" and c.i not in inside), None)


def _words_before(doc: Doc, span: SpacySpan, inside: set[int]) -> tuple[Token, Token] | None:
    """ "after her March comment that, “We're going to …”": a passage right after a noun of
    speech with an owner and "that" (a comma between allowed, and a day after the noun: "his
    comment Monday that “…”") is the owner's words, also where the parser hung the passage's
    clause elsewhere: the (noun, owner) pair, or None."""
    before = span.start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 1 or doc[before].lower_ != "that":
        return None
    noun = doc[before - 1]
    if noun.ent_type_ in {"DATE", "TIME"} and before >= 2:
        noun = doc[before - 2]  # "his comment Monday that “…”"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or noun.i in inside:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i not in inside), None)
    return (noun, owner) if owner is not None else None


def _owned_modifier(doc: Doc, span: SpacySpan, inside: set[int]) -> tuple[Token, Token] | None:
    """ "the pull of Obama's “if you like your plan, you can keep it” promise": a passage
    between an owner ("Obama's", "her") and a noun of speech right after its closing mark
    is the owner's words, however the parser hung it: the (noun, owner) pair, or None."""
    if span.end >= len(doc) or span.start < 2:
        return None
    noun, before = doc[span.end], doc[span.start - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or noun.i in inside:
        return None
    if before.tag_ == "PRP$":
        owner = before  # "her “…” promise"
    elif before.tag_ == "POS" and doc[span.start - 2].pos_ == "PROPN":
        owner = doc[span.start - 2]  # "Obama's “…” promise"
    else:
        return None
    return (noun, owner) if owner.i not in inside else None


_IN_THE_WORDS_OF = ("in", "the", "words", "of")


def _in_the_words_of(doc: Doc, span: SpacySpan, inside: set[int]) -> tuple[Token, Token] | None:
    """ "Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his
    legacy": a passage right after "in the words of X" (a comma between allowed) is X's:
    the ("words", X) pair, or None."""
    end = span.start - 1 if span.start and doc[span.start - 1].text == "," else span.start
    for start in range(max(0, end - 12), end - 4):
        if tuple(t.lower_ for t in doc[start : start + 4]) != _IN_THE_WORDS_OF:
            continue
        whose = doc[start + 4 : end]
        if any(t.i in inside or t.is_punct for t in whose):
            return None
        return doc[start + 2], whose.root
    return None


def _reading(doc: Doc, span: SpacySpan, inside: set[int]) -> tuple[Token, Token] | None:
    """ "wore a Donald Trump campaign hat reading, “Make Mexico Great Again Also”": a
    passage right after a noun and "reading" (a comma between allowed) is what that thing
    reads, however the parser took "reading" (a noun, here): the ("reading", thing) pair,
    or None."""
    end = span.start - 1 if span.start and doc[span.start - 1].text == "," else span.start
    if end < 2 or doc[end - 1].lower_ != "reading" or doc[end - 2].pos_ != "NOUN":
        return None
    thing = doc[end - 2]
    return (doc[end - 1], thing) if thing.i not in inside else None


# Nouns of words many voices repeat: "the crowd reprised the chant “Lock her up!”".
CHANTS = frozenset({"chant", "cry", "shout", "slogan", "refrain"})


def _chanted(
    doc: Doc, span: SpacySpan, inside: set[int], cues: CueLexicon
) -> tuple[Token, Token] | None:
    """ "the crowd reprised the chant “…”", "Christie roused the crowd to chants of “…”": a
    passage right after a noun of chanting (`CHANTS`, "of" between) is said by the subject
    of the verb that noun is the object of, or by that verb's object when the chant is what
    the verb moves it to; not when the verb is a cue of its own (other rules ask it): the
    (verb, speaker) pair, or None."""
    before = span.start - 1
    if before >= 0 and doc[before].lower_ == "of":
        before -= 1
    if before < 0 or doc[before].pos_ != "NOUN" or doc[before].lemma_.lower() not in CHANTS:
        return None
    noun = doc[before]
    verb, via = noun.head, None
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        via, verb = verb, verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb.i in inside or cues.of(verb) is not None:
        return None
    if via is not None and via.lower_ == "to":
        speaker = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif via is None or via.lower_ == "into":
        speaker = speaker_of(verb, inside)
    else:
        return None
    return (verb, speaker) if speaker is not None and speaker.i not in inside else None


# Quantifiers that name no one in particular.
SOME = frozenset({"some", "many", "others", "few"})


def _named_by_some(verb: Token, speaker: Token | None) -> bool:
    """ "close what some call the “Charleston loophole”": a name that nobody in particular
    gives ("some", "many") in a free relative ("what …") is the words of whoever uses it,
    the speaker of a cue farther up."""
    return speaker is not None and speaker.lower_ in SOME and verb.left_edge.lower_ == "what"
