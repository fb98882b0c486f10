"""Services, sites and broadcasters the recogniser tags PERSON ("Twitter", "Facebook", "Al
Jazeera"): names of media, where news and messages are put out and read.

A medium is written where no person's name stands: as the place a message is put ("posted
on Twitter", "uploaded to YouTube", "appeared on Al Jazeera"), the way it goes ("via
Twitter"), the owner of a medium's parts, its users or its staff ("his Twitter account",
"a Facebook page", "Twitter users", "the Al Jazeera bureau") or an example of a kind of
medium ("sites like Facebook", "networks such as Al Jazeera"). A name joined by "and" or "or"
to such a name is one of the same kind ("Facebook and Twitter", "Twitter, Facebook and
YouTube"): people and services are not listed together. A PERSON name of a report written
so at least once, and never with a person's words (a title or role, an honorific, a gendered
word), names a medium: an organisation, the company that runs the service or the channel,
which speaks for it ("Twitter confirmed Tuesday that its site has been shuttered"), as the
recogniser already types "YouTube" and "Google". A name of two words or more that opens
with a given name the lists know ("Chris Christie", "Ben Carson") is a person's, whatever the
parser makes of the words around it (a photo credit "via Getty Images" run into a caption
naming them); "Al" of "Al Jazeera" is the Arabic article, not the given name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.gender import is_listed_given_name
from storyline.nlp.token_words import tokens_lowered

# Verbs of putting words or pictures out on a medium, whose "on", "onto" or "to" names the
# medium ("posted on Twitter", "uploaded to YouTube", "appeared on Al Jazeera"); not verbs
# of speaking to someone ("wrote to Mubarak" names a person: "write" takes "on" only).
PUBLISHING_VERBS = frozenset(
    "post publish upload share broadcast air appear stream tweet blog spread".split()
)
TO_PUBLISHING_VERBS = frozenset("post publish upload stream tweet".split())
ON_PUBLISHING_VERBS = PUBLISHING_VERBS | {"write"}  # "wrote on Twitter"
# A medium's parts, users and staff, as nouns a name in front of them owns ("his Twitter
# account", "the Facebook page", "Twitter users", "the Al Jazeera bureau"); a person's name
# in front of a noun owns an office, a following or what he writes ("the Obama
# administration", "Mubarak loyalists", "ElBaradei tweets"), not these.
MEDIUM_PARTS = frozenset(
    "account page feed user profile handle homepage website bureau viewer".split()
)
# Kinds of medium and of the tools that carry messages, of which a name is given as an
# example ("sites like Facebook", "media tools like Twitter", "technology such as Skype",
# "social networks such as Twitter").
MEDIUM_KINDS = frozenset(
    "site website network service platform medium media outlet tool technology app".split()
)
# The Arabic article that opens a broadcaster's name ("Al Jazeera", "Al Arabiya") and that the
# given-name lists also hold (the English "Al").
ARABIC_ARTICLES = frozenset({"al"})


def opens_with_given_name(words: tuple[str, ...]) -> bool:
    """Does a name of two words or more open with a given name the lists know ("chris
    christie"), other than the Arabic article ("al jazeera")?"""
    return len(words) > 1 and words[0] not in ARABIC_ARTICLES and is_listed_given_name(words[0])


def medium_writing(root: Token) -> bool:
    """Is a name (its root) written as a medium's: the object of "via", of "on" or "to"
    after a verb of publishing, in front of a medium's part, or an example of a kind of
    medium (see the module's docstring)? The first of coordinated names carries the
    relation for all ("Facebook and Twitter report that", "sites like Facebook and
    Twitter")."""
    first = root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    head = first.head
    if first.dep_ in {"compound", "nmod"} and head.i > first.i and head.pos_ == "NOUN":
        return head.lemma_.lower() in MEDIUM_PARTS
    if first.dep_ != "pobj":
        return False
    preposition, governor = head.lower_, head.head
    if preposition == "via":
        return True
    if governor.pos_ == "VERB" and preposition in {"on", "onto"}:
        return governor.lemma_.lower() in ON_PUBLISHING_VERBS
    if governor.pos_ == "VERB" and preposition == "to":
        return governor.lemma_.lower() in TO_PUBLISHING_VERBS
    if preposition in {"like", "as"} and governor.pos_ == "NOUN":
        return governor.lemma_.lower() in MEDIUM_KINDS
    return False


def writings(doc: Doc, names: set[tuple[str, ...]]) -> dict[tuple[str, ...], list[Token]]:
    """The last token of each writing of these names (lower-case words) in the text, whatever
    the recogniser's label there ("on Twitter" tagged WORK_OF_ART, "Twitter said" PERSON)."""
    found: dict[tuple[str, ...], list[Token]] = {words: [] for words in names}
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        firsts.setdefault(words[0], []).append(words)
    for i in tokens_lowered(doc, set(firsts)):
        for words in firsts[doc[i].lower_]:
            end = i + len(words)
            if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == words:
                found[words].append(doc[end - 1])
    return found


def media_names(
    doc: Doc, names: set[tuple[str, ...]], personal: set[tuple[str, ...]]
) -> set[tuple[str, ...]]:
    """The PERSON names (lower-case words) of a report that name a medium: written as one
    at least once (`medium_writing`), or joined by "and" or "or" to a name that is, and never
    with a person's words (`personal`, the names written with a title, role, honorific or
    gendered word) nor opening with a given name (`opens_with_given_name`)."""
    personal = personal | {words for words in names if opens_with_given_name(words)}
    roots = writings(doc, names - personal)
    found = {words for words, tokens in roots.items() if any(map(medium_writing, tokens))}
    media_roots = {t.i for words in found for t in roots[words]}
    for words, tokens in roots.items():
        if words not in found and any(c.i in media_roots for t in tokens for c in t.conjuncts):
            found.add(words)  # "Facebook and Twitter", where the report posts on Twitter
    return found
