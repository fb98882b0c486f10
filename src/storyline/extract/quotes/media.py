"""Speech through a source: "according to X, …", "official media quoted Kim as vowing …"."""

from __future__ import annotations

from spacy.tokens import Token

from storyline.extract.quotes.content import clause_span, content_of, token_extent
from storyline.extract.quotes.speakers import issuer
from storyline.extract.quotes.speech import SUBJECTS, Speech


def according_to(token: Token) -> Speech | None:
    """ "according to X, …" or "… , according to X": X says the clause it hangs on."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None:
        return None
    clause = token.head
    phrase = set(range(token.left_edge.i, token.right_edge.i + 1))
    before = _sentence_before(token)
    tokens = before or [
        t for t in clause.subtree if t.i not in phrase and not t.is_punct and not t.is_space
    ]
    if not tokens:
        return None
    parts = () if before else _around_phrase(tokens, token.left_edge.i, token.right_edge.i)
    content = (parts[0][0], parts[-1][1]) if parts else token_extent(tokens)
    return Speech(token, issuer(source, ()), content, cue_end=to.idx + len(to.text), parts=parts)


def _around_phrase(tokens: list[Token], first: int, last: int) -> tuple[tuple[int, int], ...]:
    """The content's words on either side of an "according to X" phrase (tokens `first` to
    `last`) that interrupts it ("… were killed, according to officials, and chaos erupted
    …"): two parts, as a parenthetical "he said" makes; the source's words are no part of
    what it says. Words before the phrase that only join the sentence to the one before
    ("But according to X, …") are no part either. No parts (one span) when the phrase
    does not interrupt the content."""
    ahead = [t for t in tokens if t.i < first]
    behind = [t for t in tokens if t.i > last]
    if ahead and all(t.pos_ == "CCONJ" for t in ahead):
        ahead = []
    if not ahead or not behind:
        return (token_extent(behind),) if behind and len(behind) < len(tokens) else ()
    return (token_extent(ahead), token_extent(behind))


def _sentence_before(token: Token) -> list[Token]:
    """ "On Monday, Trump said he was “happy to see” …, according to The New York Times.":
    "according to X" closing its sentence after a comma reports the whole sentence before
    that comma, whatever clause the parser hung it on (here "was", inside what Trump
    said); nothing when it does not close its sentence so, or the words before hold no
    verb."""
    doc = token.doc
    to_end = doc[token.right_edge.i + 1 : token.sent.end]
    if token.i == 0 or doc[token.i - 1].text != "," or any(_word(t) for t in to_end):
        return []
    words = [t for t in doc[token.sent.start : token.i - 1] if not t.is_space]
    while words and not _word(words[-1]):
        words.pop()
    while words and not _word(words[0]):
        words.pop(0)
    if len(words) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in words):
        return []
    return words


def _word(token: Token) -> bool:
    return not (token.is_punct or token.is_space)


def quoted_as(verb: Token) -> Speech | None:
    """ "official media quoted Kim as vowing to …": Kim says it, through the media; so in the
    passive, "Kim was quoted by official media as vowing …" (`quoted_passive`)."""
    speaker = next((c for c in verb.children if c.dep_ == "dobj"), None)
    via = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if speaker is None and (passive := quoted_passive(verb)) is not None:
        speaker, via = passive
    as_ = next((c for c in verb.children if c.lower_ == "as" and c.dep_ == "prep"), None)
    said = next((c for c in as_.children if c.pos_ in {"VERB", "AUX"}), None) if as_ else None
    if speaker is None or said is None:
        return None
    content = content_of(said, set()) or clause_span(said)
    return Speech(said, speaker, content, via=via)


def quoted_passive(quoted: Token) -> tuple[Token, Token] | None:
    """ "Kim was quoted by the news agency as saying …": the subject of the passive "quoted"
    speaks, and its agent is the medium (not the speaker, whose "saying" it is)."""
    subject = next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
    by = next((c for c in quoted.children if c.dep_ == "agent"), None)
    medium = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    return (subject, medium) if subject is not None and medium is not None else None


def quoted_as_by_words(said: Token) -> Speech | None:
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
    if (passive := quoted_passive(quoted)) is not None:
        speaker, via = passive  # "X is quoted by AFP as saying": X, not AFP before "as"
    content = content_of(said, set()) or clause_span(said)
    return Speech(said, speaker, content, via=via)
