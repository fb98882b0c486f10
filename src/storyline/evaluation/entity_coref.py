"""Entity coreference of our actors against gold mentions (ECB+, MEANTIME).

Coreference is scored on the gold mentions (the usual setting for ECB+): each gold mention
takes the cluster of the system mention it is aligned with, that is, the actor mention that
covers the gold mention's syntactic head. Three systems answer for the same mentions:

* ``baseline``: same head lemma, one cluster per lemma and group (the standard ECB+ lemma
  baseline; groups are the gold topics of ECB+ and the MEANTIME corpus);
* ``storyline``: mentions aligned with an actor take the actor's cross-document entity, as
  `link_actors` links the actors of the group's documents; a mention no actor covers but a
  time expression does takes the date `link_times` gives that expression, linking the
  group's time expressions within the stories the documents are filed into (given by the
  caller: `coref_stories` in the benchmark; the group by default); any other mention takes
  the entity that aligned mentions with its head lemma take most often in its story, else
  in the group (a "Lohan" the recogniser missed joins Lindsay Lohan), and the rest (things,
  times without a day, nominals that are not actors) fall back to head-lemma clusters; a
  relative pronoun counts with the lemma of the noun its clause modifies ("the flaw
  that"), an acronym with that of the one name of the group whose initials it is ("IE",
  "Internet Explorer");
* ``actors only``: as ``storyline``, but mentions without an actor stay singletons.

Within-document scores treat each document apart (clusters cut at document borders);
cross-document scores take each group's documents together. Each is given with and without
singletons (MUC, B³, CEAF-e, CoNLL F1 from `coref_metrics`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.evaluation.cat_xml import GoldDocument, GoldMention
from storyline.evaluation.coref_metrics import evaluate
from storyline.extract.actors.pronouns import relative_antecedent
from storyline.extract.component import actor_of_token
from storyline.extract.names import acronym
from storyline.link.entities import ActorRef, link_actors
from storyline.link.times import TimeRef, link_times

SYSTEMS = ("baseline", "storyline", "actors only")
Assign = Callable[[GoldMention], Hashable]


@dataclass
class Parsed:
    """A gold document with the Doc our pipeline made of its text."""

    gold: GoldDocument
    doc: Doc


def parse(nlp: Language, documents: Sequence[GoldDocument], processes: int) -> list[Parsed]:
    texts = (document.text for document in documents)
    docs = nlp.pipe(texts, batch_size=16, n_process=processes)
    return [Parsed(gold, doc) for gold, doc in zip(documents, docs, strict=True)]


def head_of(doc: Doc, mention: GoldMention) -> int:
    """Token index of a gold mention's syntactic head in our parse. ECB+ location mentions
    include their preposition ("in Queens"): the head is then the preposition's object, or
    the last noun of the mention when the parser gave the preposition none inside it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return doc[0].i
    root = span.root
    if root.pos_ == "ADP":
        inside = [c for c in root.children if c.dep_ == "pobj" and span.start <= c.i < span.end]
        if inside:
            return inside[0].i
        nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}]
        if nouns:
            return nouns[-1].i
    return root.i


def _head_lemma(doc: Doc, mention: GoldMention) -> str:
    return doc[head_of(doc, mention)].lemma_.lower()


def _referent_lemma(doc: Doc, mention: GoldMention) -> str:
    """The head lemma, or for a relative pronoun that of the noun its clause modifies
    ("the flaw that ..." : "that" is a "flaw")."""
    head = doc[head_of(doc, mention)]
    antecedent = relative_antecedent(head)
    return (antecedent or head).lemma_.lower()


def _name_words(head: Token) -> tuple[str, ...]:
    """The words of a proper name ending at `head` ("Internet Explorer"): the capitalised
    words compounded right before it."""
    words = [head]
    for child in reversed(list(head.lefts)):
        if child.dep_ != "compound" or not child.is_title or child.i != words[0].i - 1:
            break
        words.insert(0, child)
    return tuple(word.lower_ for word in words)


def _spell_out_acronyms(parsed: Sequence[Parsed], lemma_of: dict[Hashable, str]) -> None:
    """A mention headed by an acronym ("IE") takes the head lemma of the one name of the
    group whose initials it is ("Internet Explorer"), as actors' acronyms join their
    organisation."""
    spelled: dict[str, set[str]] = defaultdict(set)
    acronyms: list[tuple[Hashable, str]] = []
    for item in parsed:
        for mention in item.gold.mentions:
            head = item.doc[head_of(item.doc, mention)]
            mid = (mention.doc_id, mention.start, mention.end)
            if head.text.isupper() and head.is_alpha and 2 <= len(head.text) <= 5:
                acronyms.append((mid, head.text))
            elif head.pos_ == "PROPN" and (initials := acronym(_name_words(head))):
                spelled[initials].add(head.lemma_.lower())
    for mid, written in acronyms:
        if len(spelled[written]) == 1:
            lemma_of[mid] = next(iter(spelled[written]))


def actor_of_mentions(parsed: Parsed) -> dict[tuple[int, int], int]:
    """Gold mention (start, end) -> index of the actor whose mention covers its head."""
    doc = parsed.doc
    owner = actor_of_token(doc)
    aligned = {}
    for mention in parsed.gold.mentions:
        head = head_of(doc, mention)
        if head in owner:
            aligned[(mention.start, mention.end)] = owner[head]
    return aligned


def link_group(parsed: Sequence[Parsed]) -> dict[tuple[int, int], int]:
    """(document position, actor index) -> entity number, linking a group's documents."""
    refs: list[ActorRef] = []
    for position, item in enumerate(parsed):
        for idx, actor in enumerate(item.doc._.actors):
            refs.append(
                ActorRef(
                    position,
                    idx,
                    actor.name,
                    actor.type,
                    actor.key,
                    actor.country,
                    actor.roles,
                    actor.code,
                    actor.ambiguous,
                    len(actor.mentions),
                )  # fmt: skip
            )
    entity_of: dict[tuple[int, int], int] = {}
    for number, entity in enumerate(link_actors(refs)):
        for member in entity.members:
            entity_of[(refs[member].article_id, refs[member].idx)] = number
    return entity_of


def time_of_mention(doc: Doc, mention: GoldMention) -> int | None:
    """Index in ``doc._.times`` of the expression covering a gold mention's head: the
    mention is a time ("on Thursday night"), not a thing dated by one ("an April 2nd
    report")."""
    head = doc[head_of(doc, mention)].idx
    for number, time in enumerate(doc._.times):
        if time.start <= head < time.end:
            return number
    return None


def link_group_times(
    parsed: Sequence[Parsed], stories: dict[str, Hashable]
) -> dict[tuple[str, int], int]:
    """(document id, time index) -> date number, linking a group's time expressions within
    the stories of its documents (`link_times`)."""
    refs: list[TimeRef] = []
    places: list[tuple[str, int]] = []
    for item in parsed:
        story = stories[item.gold.doc_id]
        for number, time in enumerate(item.doc._.times):
            refs.append(TimeRef(time.value, time.type, story, item.doc._.dct is not None))
            places.append((item.gold.doc_id, number))
    dates = link_times(refs)
    return {place: d for place, d in zip(places, dates, strict=True) if d is not None}


def responses(
    parsed: Sequence[Parsed], group: str, stories: dict[str, Hashable] | None = None
) -> dict[str, Assign]:
    """The cluster each system gives a gold mention, for the documents of one group.
    `stories` gives each document's story (by default the group): times are linked within
    a story, and a mention no actor covers looks for its head lemma's entity in its story
    before the group."""
    entity_of = link_group(parsed)
    story_of = stories or {item.gold.doc_id: group for item in parsed}
    date_of = link_group_times(parsed, story_of)
    time_of = {
        (m.doc_id, m.start, m.end): time_of_mention(item.doc, m)
        for item in parsed
        for m in item.gold.mentions
    }
    by_doc = {item.gold.doc_id: (position, item) for position, item in enumerate(parsed)}
    aligned = {item.gold.doc_id: actor_of_mentions(item) for item in parsed}
    lemma_of = {
        (m.doc_id, m.start, m.end): _head_lemma(item.doc, m)
        for item in parsed
        for m in item.gold.mentions
    }

    def baseline(mention: GoldMention) -> Hashable:
        return ("lemma", group, lemma_of[(mention.doc_id, mention.start, mention.end)])

    def actor(mention: GoldMention) -> Hashable | None:
        n = aligned[mention.doc_id].get((mention.start, mention.end))
        if n is None:
            return None
        return ("entity", group, entity_of[(by_doc[mention.doc_id][0], n)])

    referent_lemma_of = {
        (m.doc_id, m.start, m.end): _referent_lemma(item.doc, m)
        for item in parsed
        for m in item.gold.mentions
    }
    _spell_out_acronyms(parsed, referent_lemma_of)
    # the entity aligned mentions of a (referent) lemma take most often: in the story, the group
    by_lemma: dict[tuple[Hashable, str], Counter[Hashable]] = defaultdict(Counter)
    for item in parsed:
        for mention in item.gold.mentions:
            entity = actor(mention)
            if entity is not None:
                lemma = referent_lemma_of[(mention.doc_id, mention.start, mention.end)]
                by_lemma[(story_of[mention.doc_id], lemma)][entity] += 1
                by_lemma[(None, lemma)][entity] += 1
    entity_of_lemma = {key: counts.most_common(1)[0][0] for key, counts in by_lemma.items()}

    def storyline(mention: GoldMention) -> Hashable:
        entity = actor(mention)
        if entity is not None:
            return entity
        time = time_of[(mention.doc_id, mention.start, mention.end)]
        if time is not None and (mention.doc_id, time) in date_of:
            return ("date", group, date_of[(mention.doc_id, time)])
        lemma = referent_lemma_of[(mention.doc_id, mention.start, mention.end)]
        return (
            entity_of_lemma.get((story_of[mention.doc_id], lemma))
            or entity_of_lemma.get((None, lemma))
            or ("lemma", group, lemma)
        )

    def actors_only(mention: GoldMention) -> Hashable:
        return actor(mention) or ("alone", mention.doc_id, mention.start)

    return {"baseline": baseline, "storyline": storyline, "actors only": actors_only}


def score_corpus(
    documents: Sequence[Parsed], stories: dict[str, Hashable] | None = None
) -> dict[str, dict[str, Any]]:
    """Within- and cross-document scores of every system, with and without singletons.
    `stories` gives each document's story (see `responses`)."""
    groups: dict[str, list[Parsed]] = defaultdict(list)
    for item in documents:
        groups[item.gold.group].append(item)
    key: dict[str, dict[Hashable, list[Hashable]]] = {"within": {}, "cross": {}}
    response = {system: {"within": {}, "cross": {}} for system in SYSTEMS}
    for group, parsed in groups.items():
        assign = responses(parsed, group, stories)
        for item in parsed:
            for mention in item.gold.mentions:
                mid = (mention.doc_id, mention.start, mention.end)
                key["cross"].setdefault(mention.cluster, []).append(mid)
                key["within"].setdefault((mention.doc_id, mention.cluster), []).append(mid)
                for system in SYSTEMS:
                    cluster = assign[system](mention)
                    response[system]["cross"].setdefault(cluster, []).append(mid)
                    within = response[system]["within"]
                    within.setdefault((mention.doc_id, cluster), []).append(mid)
    results: dict[str, dict[str, Any]] = {}
    for system in SYSTEMS:
        for scope in ("within", "cross"):
            for singletons in (True, False):
                name = f"{scope}{'' if singletons else '_no_singletons'}"
                results.setdefault(system, {})[name] = evaluate(
                    key[scope].values(),
                    response[system][scope].values(),
                    singletons=singletons,
                )
    return results


def alignment_rate(documents: Sequence[Parsed]) -> float:
    """Share of gold mentions aligned with an actor mention."""
    total = sum(len(item.gold.mentions) for item in documents)
    aligned = sum(len(actor_of_mentions(item)) for item in documents)
    return aligned / total if total else 0.0


def f1_summary(scores: dict[str, Any]) -> dict[str, float]:
    """The F1 of each metric and CoNLL F1, rounded for the report."""
    out = {name: round(scores[name].f1, 4) for name in ("muc", "b3", "ceafe")}
    out["conll_f1"] = round(scores["conll_f1"], 4)
    return out
