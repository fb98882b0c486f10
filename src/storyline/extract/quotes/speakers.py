"""Who speaks through a cue verb, and the speaker phrase a quote keeps."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from storyline.extract.actors.pronouns import relative_antecedent
from storyline.extract.quotes.model import Span
from storyline.extract.quotes.mute import MUTE_NOUNS
from storyline.extract.quotes.speech import SUBJECTS

# Verbs of saying that put their subject after them behind a quote ("…,” said Suga),
# and take no person as object, so a name after them is the speaker.
INVERTING = frozenset(
    "say add write reply respond explain continue insist argue observe remark recall "
    "declare".split()
)
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"})
# What someone issues and that speaks for them: "a statement from Apple stated …".
ISSUED = frozenset(
    "statement release report letter memo memorandum email e-mail message announcement "
    "communique communiqué note notice post tweet filing document transcript video ad "
    "advertisement editorial op-ed column essay book study paper audio recording "
    "calculation estimate analysis survey poll data figure interview".split()
)


def speaker_of(verb: Token, inside: Collection[int] = ()) -> Token | None:
    """Who speaks through a cue verb (`_speaker_token`); for what someone issued, its
    issuer ("A statement from Apple Computer stated …": Apple Computer); for a share of
    respondents, the poll that reports it (`poll_of`); for a role with a person's name in
    apposition, the person (`_named_in_apposition`)."""
    speaker = _speaker_token(verb, inside)
    if speaker is None or interrogative(speaker):
        return None  # "who knows what …", "And who can blame him?": a question names no one
    speaker = _named_in_apposition(speaker, inside)
    return poll_of(speaker, verb, inside) or issuer(speaker, inside)


def _named_in_apposition(word: Token, inside: Collection[int]) -> Token:
    """ "The head of Doctors Abroad, Olivier Barnard, told …": a common noun (a role, "the
    head", "one of his sisters") or a title no person's name ("Canada's Governor General")
    followed, between commas, by a person's name in apposition describes that person, who
    is the one speaking; the name, not the role, is the speaker (and the one a later "he
    said" refers to). Only a name tagged as a person: "the
    region's capital, Port-au-Prince" names no speaker."""
    if not (word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.ent_type_ != "PERSON")):
        return word  # a title is often tagged a proper noun: "Canada's Governor General"
    for child in word.rights:
        if (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and child.ent_type_ == "PERSON"
            and child.i not in inside
            and child.left_edge.i > 0
            and child.doc[child.left_edge.i - 1].text == ","
        ):
            return child
    return word


def interrogative(pronoun: Token) -> bool:
    """A "who" opening its sentence (after "and" or "but") as the subject of its main verb:
    a question ("who knows what …"), not a relative pronoun, which stays the speaker (the
    actors give it the noun it stands for)."""
    if pronoun.lower_ != "who" or pronoun.dep_ != "nsubj":
        return False
    doc = pronoun.doc
    first = pronoun.sent.start
    while first < pronoun.i and (doc[first].is_punct or doc[first].lower_ in {"and", "but"}):
        first += 1
    return first == pronoun.i and pronoun.head.i == pronoun.sent.root.i


POLLS = frozenset({"poll", "survey"})


# The clauses a share's verb may hang in, below the one that names the poll: "The poll finds
# that, while 37 percent say …" (advcl in a ccomp), "In a … poll, 8 percent said …; 3 percent
# said …" (conj), "a fresh poll shows how hard it is: six in 10 said …" (parataxis).
_CLAUSES = frozenset({"ccomp", "advcl", "conj", "parataxis"})


def poll_of(speaker: Token, verb: Token, inside: Collection[int]) -> Token | None:
    """ "In a Washington Post-ABC News poll, 75 percent of Republicans said …", "The poll
    finds 37 percent say …": a share of respondents that says something ("37 percent",
    "six in 10") speaks through the poll that found it, named by "in" or "according to" on
    the verb or on a clause the verb hangs in, or as the subject of one of those clauses.
    A sentence that names its poll tells who asked: the share's words are the poll's
    finding."""
    if not (
        speaker.ent_type_ == "PERCENT"
        or speaker.lower_ in {"percent", "%"}
        or _share_of_people(speaker)
    ):
        return None
    polls: list[Token] = []
    clause = verb
    for _ in range(4):
        polls += [
            pobj
            for prep in clause.children
            if prep.dep_ == "prep" and prep.lower_ in {"in", "according"}
            for pobj in prep.subtree
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in POLLS
        ]
        if clause is not verb:
            polls += [
                c for c in clause.children if c.dep_ in SUBJECTS and c.lemma_.lower() in POLLS
            ]
        if clause.dep_ not in _CLAUSES or clause.head.i == clause.i:
            break
        clause = clause.head
    found = [p for p in polls if p.i not in inside]
    return found[0] if found else None


def issuer(token: Token, inside: Collection[int]) -> Token:
    """ "a statement from X", "a report by X": X speaks through what it issued
    (`ISSUED`); any other word is its own speaker."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ISSUED:
        return token
    for prep in [*token.rights, *(a for c in token.rights if c.dep_ == "acl" for a in c.children)]:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"from", "by"}:
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is not None and source.i not in inside and can_speak(source):
                return source
    return token


def _speaker_token(verb: Token, inside: Collection[int] = ()) -> Token | None:
    """Who speaks through a cue verb: the agent of a passive one ("called a witch hunt by
    Democrats"), its subject, or the subject of the verb a participle ("…, saying", "by
    tweeting", "issued a statement saying") or a conjoined verb ("declared … and added …")
    hangs on; not that verb's agent ("Silverman was joined by Franken and joked": Silverman,
    who the two verbs share). Where the parse
    failed (a subject inside the quote, "…, Mike Pence declared" read as an apposition,
    "…,” an intelligence source, who …, told"), the name or noun just before the verb, or
    just after it ("…,” said Edward Leamer). Never a word inside quotation marks."""
    cue = verb
    named = _named_after(cue, inside)
    if named is not None:
        return named
    for _ in range(6):
        agent = _agent_of(verb) if verb is cue else None
        if agent is not None and agent.i not in inside:
            return agent  # "measures added by Republicans", "was called by the party"
        subject = _subject(verb)
        if verb is not cue and subject is not None:
            subject = cleft_doer(verb, subject) or subject
        if subject is not None and subject.lower_ == "it" and subject.dep_ == "nsubjpass":
            return None  # "it was reported that …": no one is named
        if verb is cue and subject is None and any(c.dep_ == "expl" for c in verb.children):
            return _existential_doer(verb)  # "there's a saying here: “…”": no one is named
        if subject is not None and subject.i not in inside and can_speak(subject):
            return subject
        holder = _held_thing_speaker(subject) if subject is not None else None
        if holder is not None and holder.i not in inside:
            return holder  # "a donor sent a cheque, with a note that said “…”": the donor
        if subject is not None and subject.i not in inside and _relative_carrier(subject):
            return subject  # "the sign, which read “…”": the sign, not the one holding it
        controller = _object_controller(verb) if subject is None else None
        if controller is not None and controller.i not in inside:
            return controller  # "That prompted Rubio to make a joke and call Trump …"
        joined = _subject_taken_for_an_object(verb) if subject is None else None
        if joined is not None and joined.i not in inside:
            return joined  # "… brand you a liar and NBC News will accuse you …"
        namer = _namer_taken_for_a_named(verb) if verb is cue and subject is None else None
        if namer is not None and namer.i not in inside:
            return namer  # "one lawmaker called Trump “…”" read as "a lawmaker named Trump"
        if subject is None and verb.dep_ in {"advcl", "conj", "xcomp", "pcomp", "acl"}:
            verb = verb.head  # "…, saying", "by tweeting", "issued a statement saying"
            while verb.pos_ in {"ADP", "NOUN", "PROPN", "ADJ"} and verb.head.i != verb.i:
                verb = verb.head  # and a verb the parser joined to a quoted word: "He called
                # it “shameful” and called on leaders “…”"
            if verb.pos_ in {"NOUN", "PROPN"} and verb.i not in inside and can_speak(verb):
                return verb  # a line with no verb: "Transcript as follows:"
            continue
        break
    opening = _opening_participle_doer(cue)
    if opening is not None and opening.i not in inside:
        return opening  # "Maher stated … . Adding, “…”"
    doc = cue.doc
    nouns = {"PROPN", "PRON", "NOUN"}
    sent_start = cue.sent.start  # a walk to the sentence's start: not once per quoted word
    quoted_before = [i for i in inside if sent_start <= i < cue.i]
    if quoted_before:  # "“…,” Gene Sperling, a top adviser, said": the first name after
        i = max(quoted_before) + 1
        while i < cue.i and doc[i].pos_ not in nouns:
            i += 1
        if i < cue.i and can_speak(doc[i]) and not _object_outside(doc[i], cue, inside):
            while i + 1 < cue.i and doc[i + 1].pos_ == "PROPN" and doc[i].pos_ == "PROPN":
                i += 1
            return doc[i]
    for token in doc[sent_start : cue.i]:  # "Durbin, noting …, said": a subject the
        # parser gave to the participle in between, also across quoted words after its
        # verb ("Clinton supports “…,” opposes “…” and recalled …": the parser made verbs
        # of the quoted words)
        if (
            token.dep_ in SUBJECTS
            and token.i not in inside
            and token.pos_ in nouns
            and can_speak(token)
            and token.i < token.head.i <= cue.i
            and token.head.i not in inside
            and not any(t.i in inside for t in doc[token.i : token.head.i])
        ):
            return token
    lefts = [
        c
        for c in cue.lefts
        if c.pos_ in nouns and c.i not in inside and c.dep_ != "npadvmod" and can_speak(c)
    ]
    if lefts:
        return lefts[-1]
    before = cue.i - 1
    while before >= 0 and (doc[before].pos_ in {"ADV", "AUX", "PART"} or doc[before].text == ","):
        before -= 1
    if before > 0 and doc[before].text == ")":  # "Sen. Elizabeth Warren (D-MA) said"
        opening = next((t.i for t in reversed(doc[cue.sent.start : before]) if t.text == "("), 0)
        before = opening - 1 if opening > 0 else before
    if before >= 0 and before not in inside and _nominal_adjective(doc[before], cue):
        return doc[before]  # "“…?” the 43-year-old asked": "old" the sentence's root
    if (
        before >= 0
        and doc[before].pos_ in nouns
        and before not in inside
        and doc[before].ent_type_ not in {"DATE", "TIME"}
        and not is_dateline(doc[before])
        and not _mute(doc[before])
    ):  # "… on Tuesday called": not the day; "aerial reconnaissance showed": no one
        return _phrase_head(doc[before], cue, inside)
    after = _past_modifiers(cue.i + 1, cue.i + 4, doc)
    if (
        after < len(doc)
        and after not in inside
        and doc[after].lower_ not in OBJECT_PRONOUNS
        and not _reported_subject(doc[after], cue)
        and (
            doc[after].pos_ in nouns
            or (doc[after].is_title and doc[after].is_alpha)
            or doc[after].lower_ == "one"  # "“…,” read one."
        )
    ):  # "said Skelly" with "Skelly" tagged an adverb is still a name; "put it" is no one
        while doc[after].dep_ in {"compound", "flat"} and after < doc[after].head.i <= after + 3:
            after = doc[after].head.i  # the head of "Edward Leamer" is "Leamer"
        word = doc[after]
        if _mute(word):
            return None
        return word if word.pos_ in nouns or word.is_title or word.lower_ == "one" else None
    return None


# What bears words for anyone to read, besides what someone issues (`ISSUED`): a sign, a
# banner, a T-shirt's print.
_DISPLAYED = frozenset("sign banner poster placard shirt t-shirt headline caption slogan".split())


def _relative_carrier(subject: Token) -> bool:
    """ "A message that said “…”", "T-shirts appeared … that said “We won”", "the Daily
    Beast, which ran an article naming him “…”": a relative "which" or "that" as the subject
    of the verb stands for the noun its clause modifies. Where that noun can say something,
    an organisation by its name or a thing that bears words (what is issued, `ISSUED`, or
    displayed, `_DISPLAYED`), it says them, not the main clause's subject nor another noun
    before it, so the pronoun is the speaker, as a relative "who" is (`can_speak` keeps
    "that" and "which" from speaking elsewhere: "That said, …", a demonstrative; "which"
    asking). Not where the thing is the object of a verb ("Trump released a video that said
    …", "She retweeted a message that read …"): whoever releases, posts or holds up words
    speaks through them, as through "a statement from X" (`issuer`), and the main clause's
    subject stays the speaker."""
    noun = _relative_subjects_noun(subject)
    if noun is None or not _bears_words(noun):
        return False
    return _first_conjunct(noun).dep_ not in {"dobj", "obj"}  # "posters and banners that said"


def _held_thing_speaker(subject: Token) -> Token | None:
    """ "An anonymous donor sent a cheque, with a note that said “…”", "a crowd of people
    carrying signs that read “…”": a relative "which"/"that" as the subject of the cue, on a
    thing that bears words someone holds, carries or sends (`_holder_of`), speaks for that
    someone."""
    noun = _relative_subjects_noun(subject)
    return _holder_of(noun) if noun is not None else None


def _relative_subjects_noun(subject: Token) -> Token | None:
    """The noun a relative "which" or "that", the subject of its clause, stands for ("a note
    that said"); None for any other word."""
    if subject.lower_ not in {"which", "that"} or subject.tag_ != "WDT":
        return None
    return relative_antecedent(subject) if subject.dep_ in SUBJECTS else None


def _first_conjunct(noun: Token) -> Token:
    """The first of the nouns joined by "and" that `noun` is one of, whose place in the
    sentence they share ("flags and signs that read …": "flags")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


# Verbs of coming upon words someone else wrote: who receives, finds or sees a note is not
# its author ("He got a letter that said …", "We saw a sign that read …").
_MET_WITH = frozenset("receive get find see spot notice read obtain watch view".split())


def _holder_of(noun: Token) -> Token | None:
    """Who holds up, carries, wears or sends a thing that bears words (`_bears_words`): the
    doer of the verb it is the object of ("One protester held up a sign that read …",
    "They carried flags and signs that read …") or that "with" it hangs on ("a
    donor sent a cheque, with a note that said …", "a crowd demonstrating with banners that
    said …"). The words on a sign or a note someone shows or sends are that someone's, as a
    statement someone issues is (`issuer`); so a reader takes them, and the one who shows
    them has an actor, the sign none. The doer is the verb's subject, the subject of the
    verb it is joined to ("They waved flags and carried signs …"), or the noun a participle
    or relative clause of the verb describes ("a crowd of people carrying signs …"); None
    where that is no one who can speak, the thing is no one's object, or the one who has it
    came upon it (`_MET_WITH`)."""
    if noun.pos_ != "NOUN" or not _bears_words(noun):
        return None
    noun = _first_conjunct(noun)  # "flags and signs that read …"
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
    elif noun.dep_ in {"dobj", "obj"}:
        verb = noun.head
    else:
        return None
    if verb.lemma_.lower() in _MET_WITH:
        return None  # "She received a letter that said …": not hers
    doer = _doer_of(verb)
    if doer is None or doer.pos_ not in {"NOUN", "PROPN", "PRON"} or not can_speak(doer):
        return None
    return doer


def _doer_of(verb: Token) -> Token | None:
    """Who does what `_holder_of`'s verb says: its subject, else that of the verb it is
    joined to by "and", else the noun its participle or relative clause describes; a noun
    "with" hangs on ("a crowd with banners") is its own doer."""
    if verb.pos_ in {"NOUN", "PROPN", "PRON"}:
        return verb
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ in {"acl", "relcl"}:
            return verb.head
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _bears_words(noun: Token) -> bool:
    """An organisation by its name ("the Daily Beast", "the ACLU of Oregon"), or a common
    noun of what is issued or displayed for reading (`ISSUED`, `_DISPLAYED`)."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "ORG"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ISSUED | _DISPLAYED


def _existential_doer(verb: Token) -> Token | None:
    """ "there's a threat many people make: “…”": the subject of a relative clause on what
    "there is" (a threat, a saying); "there's a saying here: “…”" names no one."""
    for thing in verb.children:
        if thing.dep_ != "attr":
            continue
        for clause in thing.children:
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if clause.dep_ == "relcl" and doer is not None and can_speak(doer):
                return None if doer.tag_ in {"WP", "WDT"} else doer
    return None


def _opening_participle_doer(cue: Token) -> Token | None:
    """A participle with no subject that opens its sentence ("Adding, “…”") goes on from the
    sentence before: its main verb's subject, if that is someone."""
    doc = cue.doc
    first = cue.sent.start
    while first < cue.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if cue.tag_ != "VBG" or first != cue.i or cue.sent.start == 0:
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    previous = doc[cue.sent.start - 1].sent
    subject = _subject(previous.root)
    return subject if subject is not None and can_speak(subject) else None


def _object_outside(word: Token, cue: Token, inside: Collection[int]) -> bool:
    """An object of a verb or preposition outside the quotation marks other than the cue
    ("He pledged to be “…” and cast doubt on …, suggested", "called for “…” than
    waterboarding, has said"): what is done or compared, not who speaks. One the parser
    hung on a word inside the marks ("“… can't handle tough questions,” a voice over
    says", "voice" the object of "handle") is a parse that failed, and may speak."""
    return word.dep_ in {"dobj", "pobj"} and word.head.i != cue.i and word.head.i not in inside


def _nominal_adjective(word: Token, cue: Token) -> bool:
    """An adjective with a determiner that the cue right after it hangs on ("the
    43-year-old asked", parsed as a phrase with the verb its modifier): a person."""
    return (
        word.pos_ == "ADJ"
        and cue.dep_ == "acl"
        and cue.head.i == word.i
        and any(c.dep_ == "det" for c in word.children)
    )


# Pronouns after a verb that are its object, never its inverted subject ("as X put it").
OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them", "me", "us", "you"})


def _reported_subject(word: Token, cue: Token) -> bool:
    """The subject of a clause the cue governs, where the cue has a subject (or a number
    the parser hung on it) before it ("About 4 in 10 say they want …": "they"): part of
    what is said, not who says it; a verb has one subject, and this one's is before it."""
    clause = word.head
    return (
        word.dep_ in SUBJECTS
        and clause.dep_ == "ccomp"
        and clause.head.i == cue.i
        and any(c.dep_ in SUBJECTS or c.dep_ == "nummod" for c in cue.lefts)
    )


def _past_modifiers(start: int, limit: int, doc: Doc) -> int:
    """The first word from `start` (before `limit`) that is not a determiner, an adjective
    or a premodifier of a later noun ("said retired neurosurgeon Ben Carson": "Ben")."""
    i = start
    while (
        i < min(limit, len(doc))
        and (doc[i].pos_ in {"DET", "ADJ"} or (doc[i].dep_ == "amod" and doc[i].head.i > i))
    ):
        i += 1
    return i


# Verbs of naming: "X called Y “Z”" gives the object Y the name or quality Z, X's words.
NAMING = frozenset({"call", "label", "brand", "dub", "deem", "term"})


# Verbs whose object does what their infinitive says ("prompted Rubio to call …"), not
# those whose object is a tool or the thing said ("used the hashtag to offer", "had this
# to say").
OBJECT_CONTROL = frozenset(
    "prompt lead cause force push encourage invite press spur persuade inspire provoke "
    "drive compel challenge dare urge ask tell get".split()
)


def _object_controller(verb: Token) -> Token | None:
    """ "That prompted Rubio to make a joke", "a win that led her to declare …": the
    object of the verb an infinitive complements does what the infinitive says."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in OBJECT_CONTROL:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.pos_ not in {"PROPN", "NOUN", "PRON"} or not can_speak(obj):
        return None
    return obj


def _subject_taken_for_an_object(verb: Token) -> Token | None:
    """ "the Washington Post will brand you a liar and NBC News will accuse you of …": a
    joined verb with no subject right after "and" (or "but") and a noun phrase, its
    auxiliaries between, has that phrase for subject, whatever the parser joined it to
    (here the object "liar")."""
    if verb.dep_ != "conj":
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].dep_ in {"aux", "neg", "advmod"}:
        i -= 1
    noun = doc[i]
    if noun.pos_ not in {"PROPN", "NOUN"} or noun.head.i == verb.i or not can_speak(noun):
        return None
    edge = noun.left_edge.i
    if edge == 0 or doc[edge - 1].lower_ not in {"and", "but"} or noun.right_edge.i != i:
        return None
    return noun


def _namer_taken_for_a_named(verb: Token) -> Token | None:
    """ "…; one lawmaker called Trump “the orange prince …”", parsed as "a lawmaker
    called Trump" (a participle naming the noun, as in "a band called Sophistafunk"): a
    participle that names its noun has one complement, the name; one with two (an object
    and what it is called) is a verb of naming in the active, and the noun its subject."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or verb.head.i > verb.i:
        return None  # "an ad calling it “dangerous”" is the ad's own act, not a slip
    if verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    complements = [c for c in verb.rights if c.dep_ in {"dobj", "oprd"}]
    if verb.lemma_ not in NAMING or len(complements) < 2 or not can_speak(verb.head):
        return None
    return verb.head


def _subject(verb: Token) -> Token | None:
    """A verb's subject; where the parser took a verb for it (the headline "Apple releases
    iPhone SDK, announces upcoming update", "releases" the subject of "announces") that has
    a subject of its own, that subject: verb phrases joined under one subject. (A lone
    "verb" subject is a name mistagged: "Schilling describes himself".)"""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    before = [c for c in subjects if c.i < verb.i]
    subject = before[-1] if before else next(iter(subjects), None)  # the nearest of two
    # the parser hung on one verb: "Yanukovych, who owed …, as a diplomat put it": "diplomat"
    if subject is None:
        return name_taken_for_a_modal(verb) or name_on_the_verb(verb)
    if subject.pos_ not in {"VERB", "AUX"}:
        return subject
    inner = next((c for c in subject.children if c.dep_ in SUBJECTS), None)
    return inner if inner is not None and inner.pos_ not in {"VERB", "AUX"} else subject


def cleft_doer(copula: Token, subject: Token) -> Token | None:
    """ "all she could do was shout “Yessss!”", "the meanest he ever got was to label as
    “USED NEWS” …", "the first thing the mayor did was say “…”": a cue that complements
    "be", whose subject a relative clause with a subject of its own (not a relative
    pronoun) describes, is that clause's subject's act."""
    if copula.lemma_ != "be":
        return None
    for clause in subject.children:
        if clause.dep_ != "relcl":
            continue
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.tag_ not in {"WP", "WDT"} and can_speak(doer):
            return doer
    return None


def name_on_the_verb(verb: Token) -> Token | None:
    """ "“…,” Beck joked", "As Akhil Amar, …, put it": a name just before a verb with no
    subject that the parser hung on the verb as a compound (no verb has one) or took for
    an adverb ("And Skelly called …", "…, Early described it as …": `name_taken_for_an_adverb`),
    or a person's name it made the object of the marker opening the clause, is the verb's
    subject."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None  # a noun the walk went up to: "Stuart Stevens, a strategist, called"
    for child in verb.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == verb.i - 1:
            return child
        if child.i == verb.i - 1 and name_taken_for_an_adverb(child):
            return child
        if child.dep_ == "mark" and child.i == verb.left_edge.i:
            name = next((o for o in child.children if o.dep_ == "pobj"), None)
            if name is not None and name.ent_type_ == "PERSON":
                return name
    return None


def name_taken_for_an_adverb(word: Token) -> bool:
    """ "And Skelly called Braynard “…”", "Informed of …, Early described it as “…”": a
    capitalised word the parser took for an adverb inside a sentence (not its first word,
    nor the first after a colon or a quotation mark, where any word is capitalised) is a
    name: English capitalises an adverb there only in a headline, whose words are all
    capitalised (so a sentence with fewer lowercase words than capitalised ones is left
    alone)."""
    if word.pos_ != "ADV" or word.dep_ != "advmod" or not (word.is_title and word.is_alpha):
        return False
    sent = word.sent
    before = [t for t in word.doc[sent.start : word.i] if not t.is_space]
    if not any(t.is_alpha for t in before):
        return False  # the sentence's first word
    if before[-1].text in {":", "“", "‘", '"', "``", "'"}:
        return False
    words = [t for t in sent if t.is_alpha]
    return sum(t.is_lower for t in words) > sum(t.is_title for t in words)


def name_taken_for_a_modal(verb: Token) -> Token | None:
    """ "“…,” Will wrote", "While Will acknowledges …": a capitalised modal before a verb
    in the past or the third person, its only auxiliary, is no modal (a modal takes the
    bare verb) but a name the parser missed, the verb's subject."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if len(auxiliaries) != 1 or verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return None
    modal = auxiliaries[0]
    if modal.tag_ == "MD" and modal.is_title and modal.i == verb.i - 1:
        return modal
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
    if not _set_apart(name) and any(
        c.i > cue.i and c.i != name.i and c.dep_ in {"ccomp", "xcomp", "dobj", "oprd"}
        for c in cue.children
    ):
        return None  # "Dean Johnson, a salesman, says Cruz will …": what follows is said
    return name if name.pos_ in {"PROPN", "NOUN"} and can_speak(name) else None


def _set_apart(name: Token) -> bool:
    """ "Any interpretation, said Michael Kofman, an expert on Russia, would read …": a name
    with an apposition between commas after it is an aside, not the subject of what
    follows."""
    after = [c for c in name.rights if c.dep_ in {"appos", "punct"}]
    return [c.dep_ for c in after[:3]] == ["punct", "appos", "punct"] and all(
        c.text == "," for c in after if c.dep_ == "punct"
    )


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
        if head.i in inside or not can_speak(head) or head.i >= cue.i:
            break
        token = head
    return token


def _agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb: "by X", also where the parser hung "by" on the
    verb's object ("was called a “witch hunt” by X")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None and (
        any(c.dep_ == "nsubjpass" for c in verb.children) or _reduced_passive(verb)
    ):
        objects = [c for c in verb.children if c.dep_ in _OBJECTS]
        objects += [  # "labeled as a “witch hunt” by Democrats"
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children if o.dep_ == "pobj"
        ]
        by = next(
            (t for o in objects for t in o.subtree if t.i > verb.i and t.lower_ == "by"), None
        )  # not in what is said: "it was reported that sales rose by 16 percent"
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    return agent if agent is not None and can_speak(agent) else None


_OBJECTS = frozenset({"dobj", "oprd", "attr", "npadvmod"})


def _reduced_passive(verb: Token) -> bool:
    """A past participle with no subject and no auxiliary ("— often labeled as a “witch
    hunt” by Democrats —"): passive, its agent the one who says it."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "csubj"} for c in verb.children
    )


_NOT_SPEAKERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def can_speak(token: Token) -> bool:
    """A word that can name a speaker: not a date, an amount or a number ("today", "25
    percent") unless it names someone ("one of the executives", "the 46-year-old", "one" as
    a subject), nor the relative "that", nor an expletive "there", nor a common noun of what
    cannot speak (`MUTE_NOUNS`: "the earthquake", "these things")."""
    if token.lower_ in {"that", "which"} or token.dep_ == "expl" or is_dateline(token):
        return False
    if _mute(token):
        return False
    if token.ent_type_ not in _NOT_SPEAKERS:
        return True
    return (
        any(c.lower_ == "of" for c in token.children)
        or (token.pos_ in {"NOUN", "ADJ"} and any(c.dep_ == "det" for c in token.children))
        or (token.lower_ == "one" and token.dep_ in SUBJECTS)  # "“…,” read one."
        or _share_of_people(token)
    )


# Words of a share as a noun: "half said", "three-quarters said", "a third say".
_SHARES = frozenset("half third quarter fifth tenth majority minority plurality".split())


def _share_of_people(token: Token) -> bool:
    """A share as a subject: a number with "in" or "out of" another ("About three in 10
    said …", "Nearly nine out of 10 say …"), a percentage ("…, while 9 percent said …") or a
    fraction ("three-quarters said the same of Sanders"): in a report of what people were
    asked, a share of them, who can say something."""
    if token.dep_ not in SUBJECTS:
        return False
    if token.like_num and any(c.lower_ in {"in", "out"} for c in token.children):
        return True
    counted = token.lower_ in {"percent", "%"} or token.lemma_.lower() in _SHARES
    return counted and token.ent_type_ in {"PERCENT", "CARDINAL"}


def _mute(token: Token) -> bool:
    """A common noun, no name, of something that cannot speak (`MUTE_NOUNS`)."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and not token.ent_type_ and lemma in MUTE_NOUNS


def is_dateline(token: Token) -> bool:
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


def actor_named(doc: Doc, token: Token) -> int | None:
    """The one actor of the report whose name ends in (or is) this word, for a speaker the
    recogniser missed ("quoted Pence" where "Pence" is no entity). Actors named by the word
    alone beside one full name ending in it ("Trump" twice and "Donald Trump") are that
    person split by the actors component: the full name; two full names ("Hillary Clinton",
    "Bill Clinton") leave it open."""
    return actor_named_by(doc, token.lower_)


def actor_named_by(doc: Doc, word: str) -> int | None:
    """`actor_named` for a word given as text, in lower case."""
    if not doc.has_extension("actors"):
        return None
    fits = [n for n, actor in enumerate(doc._.actors) if actor.key[-1:] == (word,)]
    full = [n for n in fits if len(doc._.actors[n].key) > 1]
    if len(fits) == 1:
        return fits[0]
    return full[0] if len(full) == 1 else None


def _hyphen(token: Token) -> bool:
    """A hyphen inside a word ("46-year-old")."""
    return (
        token.text == "-"
        and token.i > 0
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _apostrophe(token: Token) -> bool:
    """The apostrophe of a plural or -s possessor, tagged punctuation ("Sanders’ email")."""
    return (
        token.text in {"’", "'"}
        and token.i > 0
        and token.head.i == token.i - 1
        and token.head.dep_ == "poss"
        and not token.nbor(-1).whitespace_
    )


def _clock(word: Token) -> bool:
    """Four digits that read as a 24-hour clock, opening a sentence before a capitalised word:
    the clock of a live page's entry ("1117 Troy Livesay says", "2244 Canada's Governor
    General says"), not a count (which news writes "1,117")."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return (
        word.is_sent_start
        and len(word.text) == 4
        and word.is_digit
        and int(word.text[:2]) < 24
        and int(word.text[2:]) < 60
        and following is not None
        and following.is_title
    )


def speaker_span(token: Token, named_before: bool = True) -> Span:
    """The speaker phrase: the words of its noun phrase before the head ("the government's
    top spokesman", "Chief Cabinet Secretary Yoshihide Suga") and name words after it; with
    `named_before`, a name before a comma too ("Trump, the GOP frontrunner, said"), which a
    medium that quotes someone never has ("Meanwhile in North Korea, official media quoted
    …": official media)."""
    doc = token.doc
    if _share_of_people(token):  # the whole share: "About three in 10", "nine out of 10"
        first, last = token.left_edge, token.right_edge
        return Span(first.idx, last.idx + len(last.text), doc[first.i : last.i + 1].text)
    start = token.i
    while (
        start > 0
        and (
            doc[start - 1].pos_ in _PHRASE_POS
            or _hyphen(doc[start - 1])
            or _apostrophe(doc[start - 1])
        )
        and doc[start - 1].i >= token.left_edge.i
    ):
        start -= 1
    if start < token.i and _clock(doc[start]):
        start += 1  # "1117 Troy Livesay": a live page's clock, not a count of Troy Livesays
    if (
        named_before
        and token.pos_ == "NOUN"
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
