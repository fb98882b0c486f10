"""`storyline_actors`: the spaCy component that finds the actors of a Doc.

    nlp.add_pipe("storyline_actors")        # after "ner" and "parser"
    doc = nlp(text)
    for actor in doc._.actors:               # storyline.extract.actor_model.Actor
        print(actor.name, actor.type, actor.code, [m.text for m in actor.mentions])
    doc.char_span(0, 10)._.actor             # the actor a span names, if it names one

The component writes ``Doc._.actor_records`` (plain lists and dicts, so Docs serialize and
cross process boundaries); ``Doc._.actors`` and ``Span._.actor`` read them.

`storyline_things` (after the actors and times components) moves the products among the
actors to ``Doc._.thing_records`` and adds the other things of the report
(`storyline.extract.things`); ``Doc._.things`` reads them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.extract.actor_model import Actor
from storyline.extract.actors import ActorResolver
from storyline.extract.actors.english import share_tables
from storyline.extract.countries import CountryLexicon
from storyline.extract.nominals import NominalLexicon
from storyline.extract.roles import RoleLexicon
from storyline.extract.things import ThingFinder
from storyline.extract.turns import register_turn_extensions


def _actors_of(doc: Doc) -> list[Actor]:
    return [Actor.from_record(record) for record in doc._.actor_records or []]


def _things_of(doc: Doc) -> list[Actor]:
    return [Actor.from_record(record) for record in doc._.thing_records or []]


def _actor_of(span: Span) -> Actor | None:
    start, end = span.start_char, span.end_char
    for actor in span.doc._.actors:
        if any(m.start == start and m.end == end for m in actor.mentions):
            return actor
    return None


def actor_of_token(doc: Doc) -> dict[int, int]:
    """Token index -> index (in ``doc._.actors``) of the actor whose shortest mention covers
    the token; empty when the actors component did not run."""
    if not doc.has_extension("actor_records"):
        return {}
    return owner_of_token(doc, doc._.actors)


def actors_and_things(doc: Doc) -> list[Actor]:
    """The doc's actors, then its things (none when the things component never ran)."""
    things = doc._.things if doc.has_extension("thing_records") else []
    return [*doc._.actors, *things]


def entity_of_token(doc: Doc) -> dict[int, int]:
    """As `actor_of_token`, over the actors and then the things: an index below
    ``len(doc._.actors)`` is an actor's, the rest ``len(doc._.actors) + n`` of thing n."""
    if not doc.has_extension("actor_records"):
        return {}
    return owner_of_token(doc, actors_and_things(doc))


def owner_of_token(doc: Doc, entities: list[Actor]) -> dict[int, int]:
    """Token index -> index of the entity whose shortest mention covers the token. A thing
    described by a noun covers only that noun: "earthquake" in "the earthquake epicentre"
    is not the epicentre; so does a role mention ("the US software giant", 'the "American
    Pie" actress': neither the software nor the film is the actor)."""
    owner: dict[int, tuple[int, int]] = {}  # token -> (mention length, actor index)
    for n, actor in enumerate(entities):
        for mention in actor.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if mention.kind in {"noun", "role"}:
                span = doc[span.root.i : span.root.i + 1]
            for token in span:
                if token.i not in owner or len(span) < owner[token.i][0]:
                    owner[token.i] = (len(span), n)
    return {i: n for i, (_, n) in owner.items()}


def register_extensions() -> None:
    """Add the `_.actor_records`, `_.actors` and `_.actor` attributes (once), and the
    transcript turns' `_.turns` the actors and quotes components read."""
    register_turn_extensions()
    if not Doc.has_extension("actor_records"):
        Doc.set_extension("actor_records", default=None)
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", getter=_actors_of)
    if not Span.has_extension("actor"):
        Span.set_extension("actor", getter=_actor_of)


@Language.factory(
    "storyline_actors",
    assigns=["doc._.actor_records"],
    requires=["doc.ents", "token.dep", "token.tag", "doc.sents"],
)
def make_actors_component(nlp: Language, name: str) -> ActorsComponent:
    """Create the component; add it after the parser and NER: `nlp.add_pipe("storyline_actors")`.
    In storyline's model, the actor rules' English dictionary reads the lemmatizer's tables
    the pipeline holds (`english.share_tables`)."""
    from storyline.nlp.pipeline import MODEL  # the pipeline imports this module

    if f"{nlp.lang}_{nlp.meta.get('name')}" == MODEL and "lemmatizer" in nlp.pipe_names:
        share_tables(nlp.get_pipe("lemmatizer").lookups)
    return ActorsComponent(ActorResolver(CountryLexicon.load(), RoleLexicon.load()))


class ActorsComponent:
    """Pipeline component wrapping an `ActorResolver`."""

    def __init__(self, resolver: ActorResolver) -> None:
        register_extensions()
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_records = [actor.to_record() for actor in self.resolver(doc)]
        return doc


def register_thing_extensions() -> None:
    """Add the `_.thing_records` and `_.things` attributes (once)."""
    if not Doc.has_extension("thing_records"):
        Doc.set_extension("thing_records", default=None)
    if not Doc.has_extension("things"):
        Doc.set_extension("things", getter=_things_of)


@Language.factory(
    "storyline_things",
    assigns=["doc._.thing_records", "doc._.actor_records"],
    requires=["doc.ents", "token.dep", "token.lemma", "doc.sents"],
)
def make_things_component(nlp: Language, name: str) -> ThingsComponent:
    """Create the component; add it after `storyline_actors` and `storyline_times`."""
    return ThingsComponent(ThingFinder(NominalLexicon.load(), RoleLexicon.load()))


class ThingsComponent:
    """Pipeline component wrapping a `ThingFinder`: products leave the actors."""

    def __init__(self, finder: ThingFinder) -> None:
        register_extensions()
        register_thing_extensions()
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        actors, things = self.finder(doc, doc._.actors)
        doc._.actor_records = [actor.to_record() for actor in actors]
        doc._.thing_records = [thing.to_record() for thing in things]
        return doc
