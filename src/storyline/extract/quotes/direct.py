"""Quotes in marks: which cue and speaker each quoted passage has."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.extract.component import actor_of_token
from storyline.extract.quotes.build import (
    QUOTATION_MARKS,
    make_quote,
    merge_parts,
    same_cue,
    text_span,
    with_content,
)
from storyline.extract.quotes.content import content_of
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.governing import governing_cue, governing_verb
from storyline.extract.quotes.headline import SPEECH_VERBS
from storyline.extract.quotes.layout import (
    cue_before_colon,
    from_before_colon,
    introduced_by_colon,
    named_before_colon,
    set_apart_before_colon,
    signed_below,
)
from storyline.extract.quotes.marks import Marked
from storyline.extract.quotes.media import according_to
from storyline.extract.quotes.model import Quote
from storyline.extract.quotes.speakers import speaker_of
from storyline.extract.quotes.speech import Speech
from storyline.extract.quotes.terms import describes_speaker, in_noun_phrase, is_term


def direct_quotes(
    doc: Doc,
    text: str,
    passages: list[Marked],
    speeches: list[Speech],
    inside: set[int],
    actors: dict[int, int],
    cues: CueLexicon,
    chooser: Picker | None = None,
) -> list[Quote]:
    """The quotes of the quoted passages, in order (see `storyline.extract.quotes.finder`);
    a `chooser` may pick another of the pairs the rules offer (`offers`)."""
    quotes: list[Quote] = []
    previous: tuple[Quote, Marked] | None = None
    for passage in passages:
        if in_noun_phrase(doc, text, passage):
            quotes.append(Quote(text_span(text, passage.start, passage.end), "term"))
            continue
        answers = RuleAnswers(doc, text, passage, speeches, inside, cues)
        speech = answers.first(CUE_RULES)
        if speech is None and is_term(doc, text, passage):
            quotes.append(Quote(text_span(text, passage.start, passage.end), "term"))
            continue
        speech = speech or answers["governing_verb"]
        if speech is not None and describes_speaker(speech.speaker, passage):
            quotes.append(Quote(text_span(text, passage.start, passage.end), "term"))
            continue
        if speech is None and previous is not None and _continues(doc, text, previous[1], passage):
            quote = with_content(previous[0], text, passage)
        elif speech is None and (speech := answers["before"]):
            quote = make_quote(text, speech, "direct", actors, passage)
        elif speech is None:
            quote = Quote(text_span(text, passage.start, passage.end), "direct")
        else:
            quote = make_quote(text, speech, "direct", actors, passage)
        if chooser is not None and quote.kind == "direct":
            offered = offers(answers, doc, text, passage, inside, actors, cues, previous)
            earlier = previous[0] if previous is not None else None
            quote = chooser.pick(doc, passage, quote, offered, earlier, cues)
        if previous is not None and same_cue(previous[0], quote, text):
            merged = merge_parts(previous[0], quote, text)
            quotes[-1] = merged
            previous = (merged, passage)
            continue
        quotes.append(quote)
        previous = (quote, passage)
    return quotes


class Picker(Protocol):
    """What chooses among the offers (`storyline.extract.quotes.chooser.QuoteChooser`)."""

    def pick(
        self,
        doc: Doc,
        passage: Marked,
        chosen: Quote,
        offers: Sequence[tuple[str, Quote | None]],
        previous: Quote | None,
        cues: CueLexicon,
    ) -> Quote: ...


# The rules that find a passage's cue, in the order they are tried: the first that answers
# decides; "governing_verb" and "before" are asked after them (`direct_quotes`).
CUE_RULES = (
    "dash_colon_name",
    "from_colon",
    "tag_after",
    "colon_cue",
    "governing_cue",
    "around",
    "colon_name",
    "signed",
    "beside",
)


class RuleAnswers:
    """What each rule says of one passage, by rule name, each rule asked at most once: the
    rules' own choice (`direct_quotes`) and the chooser's `offers` read the same answers."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        passage: Marked,
        speeches: list[Speech],
        inside: set[int],
        cues: CueLexicon,
    ) -> None:
        self.sentences = sentences = _sentences_of(doc, text, passage)
        self._rules: dict[str, Callable[[], Speech | None]] = {
            "dash_colon_name": lambda: set_apart_before_colon(doc, text, passage, inside),
            "from_colon": lambda: from_before_colon(doc, text, passage, inside),
            "tag_after": lambda: _tag_after(doc, text, passage, inside, cues),
            "colon_cue": lambda: cue_before_colon(doc, text, passage, inside, cues),
            "governing_cue": lambda: governing_cue(doc, passage, inside, cues, speeches),
            "around": lambda: _speech_around(passage, speeches, sentences),
            "colon_name": lambda: named_before_colon(doc, text, passage, inside),
            "signed": lambda: signed_below(doc, text, passage),
            "beside": lambda: _cue_beside(doc, text, passage, inside, sentences, cues),
            "governing_verb": lambda: governing_verb(doc, passage, inside),
            "before": lambda: _cue_before(doc, passage, inside, cues),
        }
        self._answers: dict[str, Speech | None] = {}

    def __getitem__(self, rule: str) -> Speech | None:
        if rule not in self._answers:
            self._answers[rule] = self._rules[rule]()
        return self._answers[rule]

    def first(self, rules: Sequence[str]) -> Speech | None:
        """The answer of the first of `rules` that answers."""
        return next((speech for rule in rules if (speech := self[rule]) is not None), None)

    def all(self) -> list[tuple[str, Speech | None]]:
        """Every rule's answer, in rule order."""
        return [(rule, self[rule]) for rule in self._rules]


def offers(
    answers: RuleAnswers,
    doc: Doc,
    text: str,
    passage: Marked,
    inside: set[int],
    actors: dict[int, int],
    cues: CueLexicon,
    previous: tuple[Quote, Marked] | None,
) -> list[tuple[str, Quote | None]]:
    """What every rule says of a passage (`answers`), by rule name, and every cue verb of its
    sentences with a speaker ("sentence_cue"): the pairs a chooser picks from."""
    found = answers.all()
    for sent in answers.sentences:
        for token in sent:
            cue = cues.of(token) if token.pos_ in {"VERB", "AUX"} else None
            if token.i in inside or cue is None or cue.kind == "thought":
                continue
            speaker = speaker_of(token, inside)
            if speaker is not None:
                found.append(("sentence_cue", Speech(token, speaker, (0, 0))))
    out: list[tuple[str, Quote | None]] = [
        (name, make_quote(text, s, "direct", actors, passage) if s else None) for name, s in found
    ]
    if previous is not None and _continues(doc, text, previous[1], passage):
        out.append(("continues", with_content(previous[0], text, passage)))
    return out


def _cue_beside(
    doc: Doc,
    text: str,
    passage: Marked,
    inside: set[int],
    sentences: list[SpacySpan],
    cues: CueLexicon,
) -> Speech | None:
    """The nearest cue verb outside the marks, in the passage's `sentences` (see
    `_sentences_of`)."""
    best: tuple[int, Token] | None = None
    for sent in sentences:
        for token in sent:
            if token.i in inside or token.pos_ not in {"VERB", "AUX"}:
                continue
            cue = cues.of(token)
            if cue is None or cue.kind == "thought":
                continue
            if _says_something_else(token, passage, inside):
                continue
            if _reported_by_another(token, passage, inside, cues):
                continue
            distance = min(abs(token.idx - passage.outer_end), abs(passage.outer_start - token.idx))
            if best is None or distance < best[0]:
                best = (distance, token)
    if best is None:
        return introduced_by_colon(doc, text, passage, inside, cues)
    cue = best[1]
    return Speech(cue, speaker_of(cue, inside), (passage.start, passage.end))


_TAG = 8  # at most this many words from the closing mark to the cue of a tag after it
_SAYS = frozenset({"ccomp", "xcomp", "dobj"})
_INTRODUCES = re.compile(r"\s*(?:\w+\s*)?[,:]\s*[\"“‘]")


def _tag_after(
    doc: Doc, text: str, passage: Marked, inside: set[int], cues: CueLexicon
) -> Speech | None:
    """ "… Moscow strongly denies — “why wouldn't you …?” asked Dunn": a passage that ends
    in a comma, question or exclamation mark and is followed at once by a tag, a cue verb
    and its speaker in either order ("asked Dunn", "a voice-over in the ad states") or
    "according to" and its source ("“…,” according to Judicial Watch."), is said there,
    whatever verb before it the parser hung it on; not a passage that ends
    with a comma a clause opened by a subordinator ("When he vowed to “protect us,” the
    crowd applauded")."""
    inner = text[passage.start : passage.outer_end].rstrip(QUOTATION_MARKS + " ")
    if not (inner.endswith((",", "?", "!")) or _goes_on(text, passage)):
        return None
    words_in = doc.char_span(passage.start, passage.end, alignment_mode="expand")
    if words_in is None or words_in.root.dep_ == "pobj":
        return None  # "an appearance on “CBS This Morning,” Sanders said": a name
    after = doc.char_span(passage.outer_end, len(text), alignment_mode="expand")
    if after is None:
        return None
    words = [t for t in after[: _TAG + 2] if not t.is_space]
    words = words[1:] if words and words[0].text == "," else words
    if not words or "\n" in text[passage.outer_end : words[0].idx]:
        return None
    if words[0].pos_ in {"CCONJ", "SCONJ"}:
        return None  # "as “Mr. Trump,” while Trump refers to …": another clause
    first = words_in[0].sent[0]
    if (
        first.i < words_in.start
        and first.pos_ == "SCONJ"
        and first.head.right_edge.i >= words_in.start - 2
        and _goes_on(text, passage)
    ):
        return None  # "When he vowed to “protect us,” the crowd applauded": that clause's
    if len(words) > 1 and words[0].lower_ == "according" and words[1].lower_ == "to":
        source = according_to(words[0])  # "“…,” according to Judicial Watch."
        if source is None or source.speaker is None or source.speaker.i in inside:
            return None
        content = (passage.start, passage.end)
        return Speech(source.cue, source.speaker, content, cue_end=source.cue_end)
    for n, token in enumerate(words[: _TAG + 1]):
        if token.tag_ == "HYPH" and not token.whitespace_:
            continue  # "a voice-over in the ad states": a hyphen inside a word
        if token.is_punct or token.i in inside or "\n" in token.text:
            return None
        if _verb_taken_for_a_noun(words, n, cues) or _headline_verb_taken_for_a_name(words, n):
            return Speech(token, words[n - 1], (passage.start, passage.end))
        cue = cues.of(token) if token.pos_ in {"VERB", "AUX"} else None
        if cue is None or cue.kind == "thought":
            continue
        speaker = speaker_of(token, inside)
        if speaker is None or speaker.i < words[0].i:
            return None
        if any(t.pos_ in {"VERB", "AUX"} for t in words[:n] if t.i not in _subtree(speaker)):
            return None
        if any(c.dep_ in _SAYS and c.i not in inside and c.i > token.i for c in token.children):
            return None  # "“…!” She replied to him that …": a cue of its own words
        if _INTRODUCES.match(text, token.idx + len(token.text)):
            return None  # "“…?” Mills then writes back, “You look cute.”": the next one's
        return Speech(token, speaker, (passage.start, passage.end))
    return None


def _verb_taken_for_a_noun(words: list[Token], n: int, cues: CueLexicon) -> bool:
    """ "“…,” the editorial read.", "“…,” the two write.": the tag's last word, a cue verb
    the parser took for a noun after the noun or number that says it (or an adjective
    after a determiner: "the editorial" tagged an adjective)."""
    word = words[n]
    cue = cues.lookup(word.lemma_) if word.pos_ == "NOUN" and n > 0 else None
    before = words[n - 1]
    return (
        cue is not None
        and cue.kind != "thought"
        and (
            before.pos_ in {"NOUN", "PROPN", "NUM"}
            or (before.pos_ == "ADJ" and n > 1 and words[n - 2].pos_ == "DET")
        )
        and (n + 1 == len(words) or words[n + 1].text in {".", ",", ":"})
    )


def _headline_verb_taken_for_a_name(words: list[Token], n: int) -> bool:
    """ "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic
    Convention.": in a headline's title case the parser reads the speech verb a headline
    puts after its speaker ("Says", "Tells": `headline.SPEECH_VERBS`) as one more word of
    the name before it. A capitalised speech verb tagged a proper noun right after a
    proper noun, in a sentence whose every word of four letters or more is capitalised (a
    headline, not "Ms. Says" in running text), is the tag's verb and that noun its
    speaker."""
    word = words[n]
    if n == 0 or word.pos_ != "PROPN" or not word.is_title or word.lower_ not in SPEECH_VERBS:
        return False
    if words[n - 1].pos_ != "PROPN":
        return False
    return all(t.is_title or t.is_upper for t in word.sent if t.is_alpha and len(t) > 3)


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _cue_before(doc: Doc, passage: Marked, inside: set[int], cues: CueLexicon) -> Speech | None:
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
        cue = cues.of(token)
        if cue is None or cue.kind == "thought":
            continue
        if _reported_by_another(token, passage, inside, cues):
            continue
        speaker = speaker_of(token, inside)
        if speaker is not None:
            return Speech(token, speaker, (passage.start, passage.end))
    return _person_before(before, passage, inside)


# Who a sentence with no cue verb can hand the next quote to: a person it is about.
_PERSON_PRONOUNS = frozenset({"he", "she"})


def _person_before(before: SpacySpan | None, passage: Marked, inside: set[int]) -> Speech | None:
    """ "He then had a question for the crowd.\n\n“Who's going to pay for it?”": a passage
    opening its sentence after a sentence with no cue verb says what the person that sentence
    is about says next: its main verb's subject, "he", "she", a person's name or a word the
    actors component gave a person ("The judge then turned to me. “Mr. D'Souza?”")."""
    if before is None or before.root.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i in inside or any(t.i in inside for t in before):
        return None
    if subject.lower_ not in _PERSON_PRONOUNS and subject.ent_type_ != "PERSON":
        actor = actor_of_token(subject.doc).get(subject.i)
        if actor is None or subject.doc._.actors[actor].type != "PERSON":
            return None
    return Speech(before.root, subject, (passage.start, passage.end))


def _holds(content: tuple[int, int], passage: Marked) -> bool:
    """Does reported content hold (most of) a quoted passage, or open with it ("According to
    the newspaper, “S1. S2. S3.”": the content is the first sentence, said of them all)?"""
    overlap = min(content[1], passage.end) - max(content[0], passage.start)
    return overlap * 2 > passage.end - passage.start or (
        overlap > 0 and content[0] == passage.start
    )


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
    content = content_of(verb, set())
    if content is None or complement is None or complement.i in inside:
        return False
    return not _holds(content, passage)


def _reported_by_another(token: Token, passage: Marked, inside: set[int], cues: CueLexicon) -> bool:
    """Does a cue verb lie inside what another cue verb reports, apart from the passage?
    Such a verb is a word of that reported speech, not a tag of the passage: in "“…” Mr
    Smith added he would comment on the report." Smith says what he will do ("comment" is
    no cue of the quote before), and in "Jones told the BBC the estimated demand was high.
    “…”" the estimate is part of what Jones told. The passage's speaker is then found
    through the outer cue or the other rules, as for any quote beside another statement."""
    for outer in token.ancestors:
        if outer.i in inside or outer.pos_ not in {"VERB", "AUX"} or cues.of(outer) is None:
            continue
        content = content_of(outer, set())
        if content is not None and content[0] <= token.idx < content[1]:
            return not _holds(content, passage)
    return False


def _sentences_of(doc: Doc, text: str, passage: Marked) -> list[SpacySpan]:
    """The sentences a passage ends and starts in; then the sentence after it when that one
    is short ("He said.") in the same paragraph, or follows at once and the passage opens
    a sentence or goes on with a comma (`_opens_sentence`, `_goes_on`): a quote ending a
    sentence begun before it is said there, not by the next sentence's cue."""
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
        if (len(following) <= 6 and "\n\n" not in between) or (
            not (between.strip() or "\n" in between)
            and (_opens_sentence(doc, passage) or _goes_on(text, passage))
            and not (_ends_with_full_stop(text, passage) and _reports_its_own(following))
        ):
            sentences.append(following[: min(len(following), 12)])
    return sentences


def _ends_with_full_stop(text: str, passage: Marked) -> bool:
    """Does a passage end in a full stop (“… at the same time.”)? Its sentence ends there,
    so a sentence after it tags it only where it reports nothing of its own
    (`_reports_its_own`); a question or exclamation mark may end a quote its tag follows
    ("…!” Sessions said as …")."""
    inner = text[passage.start : passage.outer_end].rstrip(QUOTATION_MARKS + " ")
    return inner.endswith(".") and not inner.endswith("..")


def _reports_its_own(sentence: SpacySpan) -> bool:
    """Does a sentence's main verb have words of its own to report or show, a clause or an
    object other than a pronoun ("Video footage from Friday showed throngs of marchers
    …"), not only a pronoun standing for the quote before it ("Laura Hill said it as …")?
    Then it says something else, and its cue is no tag of that quote."""
    root = sentence.root
    return any(
        c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and c.pos_ != "PRON")
        for c in root.children
    )


def _opens_sentence(doc: Doc, passage: Marked) -> bool:
    """Does a passage open a sentence, only punctuation before it in its sentence or the
    end of a sentence right before it ("“…!” Sessions said as …", the parser ending the
    sentence at the closing mark; "Hannity is unapologetic. ''I'm not …''"), not end a
    sentence begun before it ("Trump attacked Romney, calling him “a failed candidate.”
    Romney fired back")?"""
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None:
        return True
    before = [t for t in doc[span[0].sent.start : span.start] if not t.is_space]
    return all(t.is_punct for t in before) or before[-1].text in {".", "!", "?"}


def _goes_on(text: str, passage: Marked) -> bool:
    """Does a passage end in a comma (“…,” or “…”,): its sentence goes on after it?"""
    inner = text[passage.start : passage.outer_end].rstrip(QUOTATION_MARKS + " ")
    return inner.endswith(",") or text[passage.outer_end : passage.outer_end + 1] == ","


def _continues(doc: Doc, text: str, previous: Marked, passage: Marked) -> bool:
    """Does a passage with no cue go on with the previous quote: nothing but a paragraph
    break or a few words between them, or it lies in the sentence after the previous
    quote's (`“…,” said X, an aide. Unless …, “…”`)?"""
    between = text[previous.outer_end : passage.outer_start]
    if len(between.split()) <= 3:
        return True
    end = doc.char_span(previous.outer_end - 1, previous.outer_end, alignment_mode="expand")
    start = doc.char_span(passage.outer_start, passage.outer_start + 1, alignment_mode="expand")
    if end is None or start is None:
        return False
    return start.sent.start == end.sent.end
