"""Entity coreference of our actors against gold mentions (ECB+, MEANTIME).

Coreference is scored on the gold mentions (the usual setting for ECB+): each gold mention
takes the cluster of the system mention it is aligned with, that is, the actor mention that
covers the gold mention's syntactic head. Three systems answer for the same mentions:

* ``baseline``: same head lemma, one cluster per lemma and group (the standard ECB+ lemma
  baseline; groups are the gold topics of ECB+ and the MEANTIME corpus);
* ``storyline``: what the library gives, then a last resort. A mention aligned with an
  actor or a thing (`storyline_things`: products, named and described things) takes the
  entity `link_actors` links it into across the group's documents, as the library links a
  corpus: within the stories the documents are filed into when the caller gives them
  (`coref_stories` in the benchmark), as an ingest links after filing its reports; a
  mention no actor or thing covers but a time expression does takes the date
  `link_times` gives that expression, linking the group's time expressions within those
  stories (the group by default). Only the mentions none of these cover (counted as
  ``last resort``) fall back to head-lemma clusters, as in the baseline;
* ``library only``: as ``storyline``, without the last resort (those mentions singletons);
* ``actors only``: mentions aligned with an actor take its entity, the rest are singletons.

Within-document scores treat each document apart (clusters cut at document borders);
cross-document scores take each group's documents together. Each is given with and without
singletons (MUC, B³, CEAF-e, CoNLL F1 from `coref_metrics`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from storyline.evaluation.cat_xml import GoldDocument, GoldMention
from storyline.evaluation.coref_metrics import evaluate
from storyline.extract.component import actor_of_token, actors_and_things, entity_of_token
from storyline.link.corpus import parsed_actor_ref
from storyline.link.entities import ActorRef, link_actors
from storyline.link.times import TimeRef, link_times

SYSTEMS = ("baseline", "storyline", "library only", "actors only")
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


def actor_of_mentions(parsed: Parsed, *, things: bool = False) -> dict[tuple[int, int], int]:
    """Gold mention (start, end) -> index of the actor whose mention covers its head; with
    `things`, of the actor or thing (things numbered after the actors, `entity_of_token`)."""
    doc = parsed.doc
    owner = entity_of_token(doc) if things else actor_of_token(doc)
    aligned = {}
    for mention in parsed.gold.mentions:
        head = head_of(doc, mention)
        if head in owner:
            aligned[(mention.start, mention.end)] = owner[head]
    return aligned


def link_group(
    parsed: Sequence[Parsed],
    stories: dict[str, Hashable] | None = None,
    topics: dict[str, Hashable] | None = None,
) -> dict[tuple[int, int], int]:
    """(document position, actor or thing index) -> entity number, linking a group's
    documents as the library links a corpus (things numbered after the actors), with
    the stories and topics the documents are filed into when given."""
    refs: list[ActorRef] = []
    for position, item in enumerate(parsed):
        for idx, actor in enumerate(actors_and_things(item.doc)):
            refs.append(parsed_actor_ref(position, idx, actor, item.doc.text))

    def by_position(filed: dict[str, Hashable] | None) -> dict[int, Hashable] | None:
        if filed is None:
            return None
        return {position: filed[item.gold.doc_id] for position, item in enumerate(parsed)}

    entity_of: dict[tuple[int, int], int] = {}
    linked = link_actors(refs, by_position(stories), by_position(topics))
    for number, entity in enumerate(linked):
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
    parsed: Sequence[Parsed],
    group: str,
    stories: dict[str, Hashable] | None = None,
    topics: dict[str, Hashable] | None = None,
) -> dict[str, Assign]:
    """The cluster each system gives a gold mention, for the documents of one group.
    `stories` gives each document's story (by default the group): times are linked within
    a story; actors within stories and topics (`link_actors`) when given."""
    entity_of = link_group(parsed, stories, topics)
    story_of = stories or {item.gold.doc_id: group for item in parsed}
    date_of = link_group_times(parsed, story_of)
    by_doc = {item.gold.doc_id: (position, item) for position, item in enumerate(parsed)}
    aligned = {item.gold.doc_id: actor_of_mentions(item, things=True) for item in parsed}
    n_actors = {item.gold.doc_id: len(item.doc._.actors) for item in parsed}

    def baseline(mention: GoldMention) -> Hashable:
        doc = by_doc[mention.doc_id][1].doc
        return ("lemma", group, _head_lemma(doc, mention))

    def entity(mention: GoldMention, *, things: bool = True) -> Hashable | None:
        n = aligned[mention.doc_id].get((mention.start, mention.end))
        if n is None or (not things and n >= n_actors[mention.doc_id]):
            return None
        return ("entity", group, entity_of[(by_doc[mention.doc_id][0], n)])

    def found_by_library(mention: GoldMention) -> Hashable | None:
        found = entity(mention)
        if found is not None:
            return found
        time = time_of_mention(by_doc[mention.doc_id][1].doc, mention)
        if time is not None and (mention.doc_id, time) in date_of:
            return ("date", group, date_of[(mention.doc_id, time)])
        return None

    # once per mention: three systems and the last-resort count ask for it
    library_of = {
        (m.doc_id, m.start, m.end): found_by_library(m)
        for item in parsed
        for m in item.gold.mentions
    }

    def library(mention: GoldMention) -> Hashable | None:
        return library_of[(mention.doc_id, mention.start, mention.end)]

    def storyline(mention: GoldMention) -> Hashable:
        return library(mention) or baseline(mention)

    def library_only(mention: GoldMention) -> Hashable:
        return library(mention) or ("alone", mention.doc_id, mention.start)

    def actors_only(mention: GoldMention) -> Hashable:
        return entity(mention, things=False) or ("alone", mention.doc_id, mention.start)

    return {
        "baseline": baseline,
        "storyline": storyline,
        "library only": library_only,
        "actors only": actors_only,
        "last resort": lambda mention: library(mention) is None,
    }


def score_corpus(
    documents: Sequence[Parsed],
    stories: dict[str, Hashable] | None = None,
    topics: dict[str, Hashable] | None = None,
) -> dict[str, dict[str, Any]]:
    """Within- and cross-document scores of every system, with and without singletons.
    `stories` and `topics` give each document's story and topic (see `responses`)."""
    groups: dict[str, list[Parsed]] = defaultdict(list)
    for item in documents:
        groups[item.gold.group].append(item)
    last_resort = 0
    key: dict[str, dict[Hashable, list[Hashable]]] = {"within": {}, "cross": {}}
    response = {system: {"within": {}, "cross": {}} for system in SYSTEMS}
    for group, parsed in groups.items():
        assign = responses(parsed, group, stories, topics)
        for item in parsed:
            for mention in item.gold.mentions:
                last_resort += bool(assign["last resort"](mention))
                mid = (mention.doc_id, mention.start, mention.end)
                key["cross"].setdefault(mention.cluster, []).append(mid)
                key["within"].setdefault((mention.doc_id, mention.cluster), []).append(mid)
                for system in SYSTEMS:
                    cluster = assign[system](mention)
                    response[system]["cross"].setdefault(cluster, []).append(mid)
                    within = response[system]["within"]
                    within.setdefault((mention.doc_id, cluster), []).append(mid)
    results: dict[str, dict[str, Any]] = {"last resort": {"mentions": last_resort}}
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
