"""Things of one report: products and other things named or described in the text.

The `storyline_things` component (see `storyline.extract.component`) runs after the actors
and times components. Its rules, in order:

1. **Products among the actors.** The recogniser tags products as organisations or persons
   ("iPod Nano", "Mac App Store", "Patriot PAC-3"). A named organisation or person is a
   product, and leaves the actors, when a writing of its name has a word in lower camel
   case ("iPod", "iTunes"), a model designation (letters, a hyphen and digits: "PAC-3",
   "AK-47"; or a number closing the name: "iPhone 4"), or, for a name tagged ORG, is
   written as a thing made in models ("two models of the MacBook Air", "a version of
   Windows": `named_as_version`), counted in the plural ("13.7 million Macs": `counted`),
   used as software ("install X", "ActiveSync, which Apple has licensed", "computers
   running X": `used_as_software`; also a name tagged as a place, in every writing), or
   written in front of a made thing's noun another name owns ("Apple's forthcoming Mac OS
   X Lion operating system": `made_by_a_named_owner`), or, tagged ORG or PERSON, given by a
   verb of naming to a made thing's noun ("a task manager named Mission Control":
   `named_as_a_thing`), in apposition with a version ("Tiger, the newest version of Mac
   OS X": `described_as_version`) or given as an example of made things ("television
   programs such as Lost": `given_as_an_example`) or given a size only made things have
   ("Apple's 13-inch MacBook Pro": `measured_as_made`), or, tagged ORG and never the subject
   of a verb of saying or thinking, brought out ("Apple introduces iPhone and Apple TV":
   `launched`) — these in any
   writing of the name in the report, the recogniser's or one it left untagged
   (`untagged_writings`) — or when
   every writing of its name
   stands in front of a made thing's noun of ``artefacts.tsv`` ("the Patriot system",
   "Aegis radar stations") or after or beside one that describes it ("the operating
   system Mac OSX", "a computer (Mac and Windows)": a conjunct too), but not in front of
   another name or a model number, which makes it
   the maker ("Intel Core Duo processors", "the Boeing 777 aircraft"); for a name tagged
   PERSON, one such writing is enough when every writing only modifies another word ("Mac
   computers", "the Mac port"). So is a name that begins or ends with a product's name
   ("iPod Nano" beside "iPod", "Mac App Store" beside "Mac computers", "OS X Lion" beside
   "Lion, the new version of the operating system"), a name a verb of naming gives to a
   product's name ("OS X Lion, dubbed "Mission Control" and "Launchpad"":
   `named_after_a_product`), and a name in capitals
   that is the initials of one product's name or of its last words ("SDK" beside "the
   iPhones Software Development Kit (SDK)"). A name the text types as
   an organisation (`storyline.extract.organisation_cues`: "Malaysia Airlines", "an AFP
   reporter", "company nCircle"; a verb's subject only against the artefact rule) stays an
   actor. A product's role mentions and a person's pronouns ("he", "his") are dropped,
   except an organisation's noun ("the
   company" given to an "iPhone" tagged ORG), which goes to the organisation named most
   before it; so is a plural pronoun it took as an organisation ("they", "them": a company
   may be "they", "the iPhone" may not), unless a name of it is written plural.
2. **Named things.** PRODUCT and WORK_OF_ART entities no actor covers: one product per
   name ("the" left out, and a score the recogniser ran into it: "Evansville 91-73"), a
   name the recogniser missed that is a product's name of the report being that product; a
   name that is a short form of exactly one longer one joins it.
   A LAW entity ("the Endangered Species Act") is a named thing (THING), not a product.
   A named thing with the name of exactly one person or organisation of the report ("the
   Chargers" tagged PRODUCT beside "Chargers" tagged ORG) is that actor.
3. **Names the recogniser missed.** A run of proper nouns (or nouns capitalised inside a
   sentence: "the Colts" tagged NOUN) in no entity ("Lindsay", "Internet Explorer") joins
   the one actor of the report it names or shortens ("Lindsay Lohan"), or the one person
   whose name it writes in full ("Forward Tyler Hansbrough" of "Hansbrough"), or, for a
   capitalised person's noun ("Teen", "Driver" of a title-case headline), the one actor
   the report names by that noun or gives it as a role; otherwise it is a named thing
   (THING), one per name. A capitalised noun closing a run of proper nouns outside a
   headline ("X" of "Mac OS X", tagged NOUN; a word in capitals counts as a proper noun
   before it: "OS X") is such a name's last word, not a described thing "x". A PERSON
   or ORG entity no actor took (a headline's "Arcade Joseph Comeaux Jr, Prison Inmate"
   tagged as one) gives its first run of proper nouns the same chance, and is dropped when
   it fits no actor.
4. **Described things** (THING). A noun phrase headed by a common noun that no actor, time
   or number covers and that is not a person noun: one thing per head lemma ("a rifle",
   "the rifles") and referent, "no", "another" or "such" starting a new one ("make
   changes" … "no policy change": `storyline.extract.referents`); a noun the recogniser
   put in a date that no time expression of the times component covers and that is no word
   of time ("the season") counts (`time_tokens`); a noun in front of another ("missile" of
   "missile battery") is a modifier, not a thing. A name of step 3 that is such a noun
   ("Rehab" of a title-case headline) joins it; a capitalised one-word noun that is the
   whole name of exactly one actor ("Hansbrough breaks ...", "Cheeks was fired" tagged
   NOUN), or the surname alone a person's full name is written by elsewhere in the report
   ("Cheeks" of "Maurice Cheeks"), is that actor's. Every such phrase is kept (the lemma
   baseline of the benchmark counts them all; a user sees them with `storyline actors
   --things`, most mentioned first).
5. **Scores** (THING). Two numbers of up to three digits joined by a dash, in no actor and
   no time expression, are a result named by its figures ("beat the Chiefs 20-13", "a 9-14
   start", "a 5-4 vote"): one thing per score, as reports repeat it; not a part of a code
   ("MS08-078"), of a longer run of numbers ("555-123-4567") or a range counting the plural
   noun after it ("10-15 people").
6. A relative pronoun ("which", "that") joins the thing its clause modifies; "them" or "their"
   that no actor took, the thing of the last plural noun before it in its sentence ("create
   applications for the iPhone and then distribute them"); a name written
   in capitals ("IE") the one named thing of the report whose initials it is, or those of
   its last words ("Internet Explorer"; "SDK" of "the iPhone Software Development Kit").
7. **Models.** A number or code written right after a product's name is part of it
   (`storyline.extract.model_numbers`: "iPhone 4", "iPhone 3GS", "iPad 2"; not a year, a
   version, a count or a score): the product is split by model, a model being another
   product than its family ("iPhone"), and the family's name joins the one model a report
   names unless an adjective makes it an earlier one ("the original iPhone"); "the new
   iPhone" joins the model of the highest number among several. Only products are read
   so ("Route 52", "Flight 370", "Internet Explorer 8" are no products here); a model code
   the tokenizer split off ("G" of "3G") is no thing of its own.
8. **A product's "It".** "It" opening a sentence, as its main verb's subject, after a
   sentence whose main verb's subject is a product is that product ("iPhone 4 has a new
   frame. It also has a new screen"; `storyline.extract.product_pronouns`), even when the
   actors gave it to an organisation; not an "It" standing for a clause ("It is said
   that …").
9. **A product's plain nouns.** "the phone", "the device" after a mention of one product
   of that kind in the report ("iPhone 4 … The phone has two cameras"), the kind being a
   made thing's noun the report gives the product ("MacBook Air laptops", "iPhone"), not
   across a heading, a noun of the same word or another product of that kind
   (`storyline.extract.product_nouns`).
10. **A product's "it" inside a sentence.** "it" or "its" no actor took, after a clause
   whose first singular subject or object is a product ("It is only 9.3 millimetres
   thick, making it the thinnest smartphone"; `clause_pronouns` of
   `storyline.extract.product_pronouns`).

Things are `Actor` objects typed PRODUCT or THING (`THING_TYPES`); their mentions have kind
"name", "noun", "pronoun" or "acronym".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from storyline.extract.actor_model import Actor, ActorMention, ActorType
from storyline.extract.actors.binding import stating_verb
from storyline.extract.actors.pronouns import relative_antecedent
from storyline.extract.actors.state import PRONOUN_GENDER, RELATIVE_PRONOUNS, headline_tokens
from storyline.extract.model_numbers import split_models, without_model_codes
from storyline.extract.names import acronym, is_short_form, name_words
from storyline.extract.nominals import NominalLexicon
from storyline.extract.organisation_cues import OrganisationCues, artefact_nouns
from storyline.extract.product_nouns import plain_nouns
from storyline.extract.product_pronouns import clause_pronouns, subject_pronouns
from storyline.extract.referents import referent_key, referents
from storyline.extract.roles import RoleLexicon
from storyline.extract.senses import may_name_a_person, names_a_thing
from storyline.extract.tags import PLURAL_NOUN_TAGS
from storyline.extract.times.words import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS
from storyline.extract.times.zones import names_a_time_zone
from storyline.extract.units import names_a_unit, unit_names
from storyline.nlp.text import doc_text
from storyline.nlp.token_bounds import TokenBounds
from storyline.nlp.token_words import tokens_lowered

_CAMEL = re.compile(r"^[a-z]+[A-Z]")  # iPod, iTunes, eBay
_MODEL = re.compile(r"^[A-Za-z]{2,}\d*-\d+")  # PAC-3, AK-47, MS08-067
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_YEAR = re.compile(r"^(1[0-9]|20)[0-9]{2}s?$")
_NAMED_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW"})  # LAW: things, not products
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_NOT_THINGS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})
_CALENDAR = frozenset({"DATE", "TIME"})  # the recogniser's; the times component decides
_TIME_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, *SEASONS, *PARTS_OF_DAY, *UNITS, "today", "yesterday", "tomorrow"}
)
_PRODUCT_SOURCES = frozenset({"ORGANISATION", "PERSON"})
_VERSION_NOUNS = frozenset({"model", "version"})
_RANKS = frozenset({"no.", "no", "number", "#"})
_SOFTWARE_VERBS = frozenset({"install", "reinstall", "uninstall", "download", "license"})
_NAMING_VERBS = frozenset({"named", "called", "dubbed"})  # "a task manager named X"
_LAUNCH_VERBS = frozenset({"unveil", "launch", "introduce", "release", "debut", "ship"})
_EXAMPLE_WORDS = frozenset({"like", "including"})  # and "such as": "programs such as Lost"
# Units a made thing's size is given in (a screen's, a drive's), never a person's or a
# group's: heights and weights are in feet, metres, pounds ("the 6-foot-5 Jackson").
_MADE_SIZE_UNITS = frozenset({"inch", "inches", "gb", "tb", "mb", "megapixel", "megapixels"})
_PERSONAL_PRONOUNS = frozenset({*PRONOUN_GENDER, "who", "whom"})  # no product is "he" or "who"
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# "they" is mostly a subject, and a subject is mostly an actor: only these join a plural thing
_OBJECT_PLURAL_PRONOUNS = frozenset({"them", "their"})
# the words `join_pronouns` joins: relative pronouns (`relative_antecedent`), them and their
_JOINING_PRONOUNS = RELATIVE_PRONOUNS | _OBJECT_PLURAL_PRONOUNS


def product_writing(span: Span) -> bool:
    """Is a name written as products are ("iPod", "PAC-3", "iPhone 4")?"""
    return written_as_product(span.text)


def written_as_product(name: str) -> bool:
    """`product_writing` of a name's text."""
    words = name.split()
    if any(_CAMEL.match(word) or _MODEL.match(word) for word in words):
        return True
    return len(words) >= 2 and words[-1].isdigit()


def modifies_artefact(span: Span) -> bool:
    """Does a name stand in front of a made thing's noun ("the Patriot system", "Aegis radar
    stations", "a Patriot PAC-3 missile battery"), or after or in apposition with one that
    describes it ("the operating system Mac OSX", "a computer (Mac or PC)")? A name in
    front of another name or a number is that product's maker ("Intel Core Duo
    processors", "the Boeing 777 aircraft", "the Apple operating system Mac OSX"), not a
    product; a version is no name ("the Safari 4.0 browser"). A name joined by "and" or
    "or" to a name before it stands where that one stands ("the iPod Touch and MacBook
    Wi-Fi updates")."""
    root = span.root
    beside = [
        t for t in root.children if t.dep_ == "appos" or (t.dep_ == "compound" and t.i < span.start)
    ]
    if any(_is_artefact(t) for t in beside) or described_as_artefact(span):
        return True
    token = artefact_modified(span)
    if token is None:
        return False
    between = span.doc[span.end : token.i]
    named = token.dep_ == "compound" and token.head.pos_ == "PROPN"
    named = named and not any(t.is_punct for t in span.doc[token.i : token.head.i])
    return not named and not any(_names_a_model(t) for t in between)


def artefact_modified(span: Span) -> Token | None:
    """The made thing's noun a name stands in front of, through the words between that it
    modifies too ("Patriot" of "a Patriot PAC-3 missile battery": "battery"; a conjunct
    through the first name it is joined to), or None."""
    token = first_conjunct(span[-1])
    while _modifies(token):
        token = token.head
        if _is_artefact(token):
            return token
    return None


def described_as_artefact(span: Span) -> bool:
    """Is a name in apposition with a made thing's noun that describes it, itself or as a
    conjunct of the name that is ("a computer (Mac or Windows)": both)?"""
    first = first_conjunct(span.root)
    return first.dep_ == "appos" and _is_artefact(first.head)


def counted(span: Span) -> bool:
    """Is a name written in the plural and counted by a number before it, as things made in
    many are ("13.7 million Macs", "two iPhones")? An organisation is one. Not a number
    after the name ("Route 52", "Drake 65 - 53"), nor a year ("the 2010 Developers
    Conferences")."""
    root = span.root
    if root.tag_ not in PLURAL_NOUN_TAGS:
        return False
    return any(
        child.dep_ == "nummod" and child.i < span.start and _a_count(child)
        for child in root.children
    )


def _a_count(number: Token) -> bool:
    """Is a number a count: not a year, a rank ("the No. 5 Saints") or a record ("the 0-14
    Lions", "the 0 - 14 Lions", "the 15 - 17 Bulldogs")?"""
    around = number.doc[max(number.i - 2, 0) : number.i + 2]
    return (
        number.tag_ == "CD"
        and not _YEAR.match(number.text)
        and not any(dash in t.text for t in around for dash in _DASHES)
        and not any(t.lower_ in _RANKS for t in around)
    )


def made_by_a_named_owner(span: Span) -> bool:
    """Does a name stand in front of a made thing's noun that another name owns ("Apple's
    forthcoming Mac OS X Lion operating system", "Microsoft's Internet Explorer browser")?
    The owner is the maker, the name the product's: a maker's name in front ("Intel
    processors") has no owner named before it."""
    token = artefact_modified(span)
    return token is not None and any(
        child.dep_ == "poss" and child.pos_ == "PROPN" and child.i < span.start
        for child in token.children
    )


def used_as_software(span: Span) -> bool:
    """Is a name written as software: the object of installing, downloading or licensing,
    itself or by the relative pronoun of its clause ("ActiveSync, which Apple has
    licensed"), or what a made thing runs ("computers running Windows")? An organisation
    is not installed, downloaded or licensed."""
    root = span.root
    if root.dep_ in {"dobj", "nsubjpass"} and _uses_software(root.head, root.dep_):
        return True
    return any(
        child.dep_ == "relcl"
        and any(t.dep_ == "dobj" and t.tag_ == "WDT" for t in child.children)
        and _uses_software(child, "dobj")
        for child in root.children
    )


def _uses_software(verb: Token, relation: str) -> bool:
    """Does `verb` install, download or license its object, or is it a made thing's running
    of it (an object only: "computers running Windows", "the Mac runs OS X")?"""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in _SOFTWARE_VERBS:
        return True
    if verb.lemma_.lower() != "run" or relation != "dobj":
        return False
    runner = (
        verb.head
        if verb.dep_ == "acl"
        else next((t for t in verb.children if t.dep_ == "nsubj"), None)
    )
    return runner is not None and _is_artefact(runner)


def named_noun(span: Span) -> Token | None:
    """The word a name is given to by a verb of naming, the name itself or as a conjunct being
    the object predicate of "named", "called" or "dubbed" in a clause that modifies that word
    ("a task manager named Mission Control": "manager"); None for any other name."""
    first = first_conjunct(span.root)
    verb = first.head
    if first.dep_ == "oprd" and verb.dep_ == "acl" and verb.lower_ in _NAMING_VERBS:
        return verb.head
    return None


def named_as_a_thing(span: Span) -> bool:
    """Is a name given to a made thing by a verb of naming: the object predicate, itself or
    as a conjunct, of "named", "called" or "dubbed" in a clause that modifies a made thing's
    noun of ``artefacts.tsv`` or a person noun a word before it makes a device or a program
    (`names_a_thing`: "a dynamic task manager named Mission Control"; not "a man named John
    Smith", "a company called Acme", "a storm named Sandy")?"""
    named = named_noun(span)
    return named is not None and (_is_artefact(named) or names_a_thing(named))


def described_as_version(span: Span) -> bool:
    """Is a name in apposition with a version of something, itself or as a conjunct ("Tiger,
    the newest version of Mac OS X"; "the new version, Lion,")? A person or an organisation
    is no version."""
    first = first_conjunct(span.root)
    beside = [t for t in first.children if t.dep_ == "appos"]
    if first.dep_ == "appos":
        beside.append(first.head)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == "version" for t in beside)


def measured_as_made(span: Span) -> bool:
    """Is a name given a size only a made thing has: a measure in inches or of data
    stored, in front of it ("Apple's 13-inch (33.02-cm) MacBook Pro", "a 16GB iPod
    nano")?"""
    return any(
        child.i < span.start and child.ent_type_ == "QUANTITY" and _in_made_size(child)
        for child in span.root.children
    )


def _in_made_size(token: Token) -> bool:
    """Is a word of a measure ("inch" of "13-inch", "16GB") in a unit of ``_MADE_SIZE_UNITS``,
    itself or a word it heads?"""
    return any(
        word.lower_ in _MADE_SIZE_UNITS or word.lower_.lstrip("0123456789.") in _MADE_SIZE_UNITS
        for word in token.subtree  # the token itself and every word below it
        if word.ent_type_ == "QUANTITY"
    )


def launched(span: Span) -> bool:
    """Is a name, itself or as a conjunct, what a verb of bringing out a product brings
    out: the object of unveil, launch, introduce, release, debut or ship ("Apple introduces
    iPhone and Apple TV", "Apple also released their Media Center device - Apple TV"), or
    its subject in the passive? Companies are founded, bought and sued, not launched."""
    root = first_conjunct(span.root)
    verb = root.head
    return (
        root.dep_ in {"dobj", "nsubjpass"}
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _LAUNCH_VERBS
    )


def given_as_an_example(span: Span) -> bool:
    """Is a name given as an example of made things: the object, itself or joined to
    another name, of "such as", "like" or "including" after a made thing's noun in the
    plural ("television programs such as Lost and Desperate Housewives", "browsers like
    Firefox")? An organisation or a person is no example of a program ("companies such as
    Apple", "rivals like RIM" are not made things' nouns), and a noun that names a person
    unless a word before it makes it a thing is a person's ("players like Michael Jordan";
    `senses.may_name_a_person`)."""
    token = first_conjunct(span.root)
    while token.dep_ in {"nmod", "compound"} and token.head.i > token.i and token.head.ent_type_:
        token = first_conjunct(token.head)  # "Lost" of the parse's "Lost and Desperate Housewives"
    if token.dep_ != "pobj":
        return False
    word = token.head
    examples = word.lower_ in _EXAMPLE_WORDS or (
        word.lower_ == "as" and any(c.lower_ == "such" for c in word.children)
    )
    noun = word.head  # "players like Michael Jordan" are persons, "music players" things
    made = _is_artefact(noun) and (not may_name_a_person(noun) or names_a_thing(noun))
    return examples and made and noun.tag_ in PLURAL_NOUN_TAGS


def named_after_a_product(span: Span, product_tokens: set[int]) -> bool:
    """Is a name given by a verb of naming to a product's name, itself or as a conjunct
    ("added in OS X Lion, dubbed "Mission Control" and "Launchpad"": the naming clause
    modifies the product "OS X Lion")? Another name of a product names a product."""
    named = named_noun(span)
    return named is not None and named.i in product_tokens


def first_conjunct(token: Token) -> Token:
    """The first of the names a name is joined to by "and" or "or" ("iPod Touch" of "the
    iPod Touch and MacBook Wi-Fi updates"), which carries their relation to the noun they
    modify; the token itself when it is no such conjunct."""
    while token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head
    return token


def _names_a_model(token: Token) -> bool:
    """A proper noun or a model number ("Core Duo", "777"); not a version ("4.0")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NUM" and "." not in token.text)


def _is_artefact(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in artefact_nouns()


class ThingFinder:
    """Find the things of one Doc (see the module docstring)."""

    def __init__(self, nominals: NominalLexicon, roles: RoleLexicon) -> None:
        self.nominals = nominals
        self.roles = roles
        self.cues = OrganisationCues(nominals, roles, artefact_nouns())

    def __call__(self, doc: Doc, actors: Sequence[Actor]) -> tuple[list[Actor], list[Actor]]:
        """The actors that remain actors, and the things (products first taken from the
        actors), each in text order."""
        products = set(products_among(doc, actors, self.cues))
        kept = [a for n, a in enumerate(actors) if n not in products]
        roles = [m for n in sorted(products) for m in actors[n].mentions if m.kind == "role"]
        kept = self.company_back(kept, roles)
        things = [
            Actor(a.name, "PRODUCT", a.key, product_mentions(doc, a), ambiguous=a.ambiguous)
            for n, a in enumerate(actors)
            if n in products
        ]
        timed = time_tokens(doc)  # the times do not change here: read (and resolved) once
        headlines = headline_tokens(doc)  # nor do the headlines
        bounds = TokenBounds(doc)  # nor the tokens' offsets
        expressions = expression_tokens(doc)  # nor the times' own tokens
        owned = covered_tokens(bounds, [*kept, *things]) | timed
        kept, things = actors_named(kept, named_things(doc, things, owned))
        owned = covered_tokens(bounds, [*kept, *things]) | timed
        kept, unknown = missed_names(doc, kept, owned, headlines)
        owned = covered_tokens(bounds, [*kept, *things]) | timed
        kept, described = names_as_nouns(kept, self.described_things(doc, owned, headlines))
        taken = covered_tokens(bounds, [*kept, *things, *unknown])  # a noun covers its head
        results = scores(doc, taken | expressions)
        things = _merge_products(doc, [*things, *_join_by_key(described, unknown), *results])
        things = without_model_codes(
            [
                *split_models(doc, [t for t in things if t.type == "PRODUCT"], expressions),
                *(t for t in things if t.type != "PRODUCT"),
            ]
        )
        things = join_pronouns(doc, things, covered_tokens(bounds, kept), bounds)
        kept, things = join_acronyms(things, kept)
        things = plain_nouns(doc, kept, things, bounds, headlines)
        kept, things = subject_pronouns(kept, things, bounds, list(doc.sents))
        things = clause_pronouns(kept, things, bounds, doc)
        return kept, sorted(things, key=lambda thing: thing.mentions[0].start)

    def company_back(self, kept: list[Actor], roles: list[ActorMention]) -> list[Actor]:
        """The organisation's nouns a product took as an organisation ("the company" given
        to an "iPhone" tagged ORG) go to the organisation named most before them, if any;
        its other roles ("the user") are dropped."""
        added: dict[int, list[ActorMention]] = defaultdict(list)
        for mention in roles:
            nominal = self.nominals.lookup(mention.text.split()[-1].lower())
            if nominal is None or nominal.kind != "organisation":
                continue
            named = [
                (sum(m.kind == "name" and m.start < mention.start for m in a.mentions), n)
                for n, a in enumerate(kept)
                if a.type == "ORGANISATION" and a.key[:1] != ("the",)
            ]
            count, best = max(named, default=(0, -1))
            if count:
                added[best].append(mention)
        return [
            replace(a, mentions=_by_start(a.mentions + tuple(added[n]))) if added[n] else a
            for n, a in enumerate(kept)
        ]

    def described_things(self, doc: Doc, owned: set[int], headlines: set[int]) -> list[Actor]:
        """Rule 4: things described by a common noun, one per head lemma and referent
        (`storyline.extract.referents`; `headlines`: the tokens of the Doc's headlines,
        `headline_tokens`)."""
        by_lemma: dict[str, list[Token]] = defaultdict(list)
        for token in doc:
            if token.i in owned or name_head(token, headlines):
                continue
            if self.is_thing_head(token):
                by_lemma[token.lemma_.lower()].append(token)
        return [
            Actor(
                lemma,
                "THING",
                referent_key(lemma, n),
                _by_start(_mention(noun_phrase(h), "noun") for h in group),
            )
            for lemma, heads in by_lemma.items()
            for n, group in enumerate(referents(heads))
        ]

    def is_thing_head(self, token: Token) -> bool:
        """A common noun heading a phrase, neither a number's nor a person's."""
        if token.pos_ != "NOUN" or token.dep_ in {"compound", "amod"} or not token.is_alpha:
            return False
        if token.ent_type_ and token.ent_type_ not in _NAMED_LABELS | _CALENDAR:
            return False
        lemma = token.lemma_.lower()
        person = self.nominals.lookup(lemma) is not None or self.roles.lookup(lemma) is not None
        return not person or names_a_thing(token)


def missed_names(
    doc: Doc, actors: list[Actor], owned: set[int], headlines: set[int]
) -> tuple[list[Actor], list[Actor]]:
    """Names the recogniser missed ("Lindsay" of a report on Lindsay Lohan, "Internet
    Explorer"): a run of proper nouns in no entity joins the one actor of the report it
    names or shortens; the others are named things (THING), one per name (`headlines`: the
    tokens of the Doc's headlines, `headline_tokens`)."""
    added: dict[int, list[ActorMention]] = defaultdict(list)
    unknown: dict[tuple[str, ...], list[ActorMention]] = defaultdict(list)
    writing: dict[tuple[str, ...], bool] = {}
    for token in doc:
        if not name_word(token) or token.ent_type_ or token.i in owned or not token.is_alpha:
            continue
        if token.dep_ in {"compound", "flat"} and (
            token.head.pos_ == "PROPN" or name_head(token.head, headlines)
        ):
            continue
        start = token.i
        capitals = name_head(token, headlines)  # "OS" of "OS X" tagged NOUN: a name's word
        while (
            start > 0
            and (
                doc[start - 1].pos_ == "PROPN"
                or doc[start - 1].is_title
                or (capitals and doc[start - 1].is_upper)
            )
            and doc[start - 1].dep_ in {"compound", "flat"}
            and doc[start - 1].i not in owned
            and not doc[start - 1].ent_type_
            and doc[start - 1].head.i > start - 1
        ):
            start -= 1
        span = doc[start : token.i + 1]
        key = name_words(span.text)
        if not key:
            continue
        fits = fitting_actors(actors, key) or described_actors(actors, span)
        if len(fits) == 1:
            added[fits[0]].append(_mention(span, "name"))
        else:
            unknown[key].append(_mention(span, "name"))
            writing[key] = writing.get(key, False) or product_writing(span)
    for span in dropped_names(doc, owned):
        fits = fitting_actors(actors, name_words(span.text))
        if len(fits) == 1:
            added[fits[0]].append(_mention(span, "name"))
    kept = [
        Actor(a.name, a.type, a.key, _by_start(a.mentions + tuple(added[n])), a.country, a.roles,
              a.code, a.ambiguous) if added[n] else a
        for n, a in enumerate(actors)
    ]  # fmt: skip
    things = [
        Actor(mentions[0].text, "PRODUCT" if writing[key] else "THING", key, _by_start(mentions))
        for key, mentions in unknown.items()
    ]
    return kept, things


def actors_named(actors: list[Actor], things: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """A named thing whose name is that of exactly one person or organisation of the report
    ("the Chargers" tagged PRODUCT beside "Chargers" tagged ORG) is that actor. The actors
    and the things left."""
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, actor in enumerate(actors):
        if actor.type in _PRODUCT_SOURCES and not actor.ambiguous:
            by_key[actor.key].append(n)
    added: dict[int, list[ActorMention]] = defaultdict(list)
    left = []
    for thing in things:
        owners = by_key.get(thing.key, [])
        if len(owners) == 1:
            added[owners[0]].extend(thing.mentions)
        else:
            left.append(thing)
    kept = [
        replace(a, mentions=_by_start(a.mentions + tuple(added[n]))) if added[n] else a
        for n, a in enumerate(actors)
    ]
    return kept, left


def names_as_nouns(actors: list[Actor], described: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """A capitalised word the parser took for a common noun ("Hansbrough breaks 30-year-old
    mark", "Cheeks was fired") that is the whole name of exactly one actor of the report,
    or the surname alone that the report names one person by elsewhere ("Cheeks" of
    "Maurice Cheeks", written "Cheeks" as a name), is that actor's mention, not a described
    thing. The actors and the things left."""
    by_key: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for n, actor in enumerate(actors):
        if actor.key[:1] != ("the",) and not actor.ambiguous:
            by_key[actor.key].add(n)
            if actor.type == "PERSON" and len(actor.key) >= 2:
                for m in actor.mentions:
                    if m.kind == "name" and name_words(m.text) == actor.key[-1:]:
                        by_key[actor.key[-1:]].add(n)  # the surname it is written by alone
    added: dict[int, list[ActorMention]] = defaultdict(list)
    left = []
    for thing in described:
        rest = []
        for m in thing.mentions:
            owners = by_key.get(name_words(m.text), set()) if m.text.istitle() else set()
            if len(owners) == 1 and " " not in m.text:
                added[next(iter(owners))].append(replace(m, kind="name"))
            else:
                rest.append(m)
        if rest:
            left.append(replace(thing, mentions=tuple(rest)))
    kept = [
        replace(a, mentions=_by_start(a.mentions + tuple(added[n]))) if added[n] else a
        for n, a in enumerate(actors)
    ]
    return kept, left


def fitting_actors(actors: list[Actor], key: tuple[str, ...]) -> list[int]:
    """The named actors a name names or shortens, or (for a person) writes in full: the
    missed "Forward Tyler Hansbrough" of the person "Hansbrough"."""
    return [
        n
        for n, actor in enumerate(actors)
        if actor.key[:1] != ("the",)
        and (
            actor.key == key
            or is_short_form(key, actor.key)
            or (actor.type == "PERSON" and key[-len(actor.key) :] == actor.key and len(key) > 1)
        )
    ]


def described_actors(actors: list[Actor], span: Span) -> list[int]:
    """The actors a capitalised person's noun describes ("Teen", "Driver" of a title-case
    headline): those the report names by that noun ("the driver"), or gives it as a role."""
    if len(span) != 1:
        return []
    noun = span[0].lemma_.lower()
    return [
        n
        for n, actor in enumerate(actors)
        if actor.key in {("the", noun), ("the", noun, "plural")}
        or (actor.type == "PERSON" and actor.key[:1] != ("the",) and noun in actor.roles)
    ]


def dropped_names(doc: Doc, owned: set[int]) -> list[Span]:
    """Names the recogniser found that no actor took (a headline's "Arcade Joseph Comeaux
    Jr, Prison Inmate, ..." tagged PERSON as far as "Jr"): the entity's run of proper nouns
    from its start, none of its words owned."""
    spans = []
    units = unit_names(doc)
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"} or any(t.i in owned for t in ent):
            continue
        if names_a_unit(ent, units) or names_a_time_zone(ent):  # "GB" of "a 16 GB model"
            continue
        end = ent.start
        while end < ent.end and ent.doc[end].pos_ == "PROPN" and ent.doc[end].is_alpha:
            end += 1
        if end > ent.start:
            spans.append(doc[ent.start : end])
    return spans


def name_word(token: Token) -> bool:
    """A proper noun, or a capitalised noun inside a sentence ("the Colts" tagged NOUN)."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and token.is_title and token.i != token.sent.start


def name_head(token: Token, headlines: set[int]) -> bool:
    """A capitalised noun closing a run of proper nouns ("X" of "Mac OS X" tagged NOUN)
    outside a headline (`headline_tokens`: in "Major IE Bug" every word is capitalised): the
    last word of a name, not a common noun."""
    if token.pos_ != "NOUN" or token.i in headlines or not name_word(token):
        return False
    return any(
        child.dep_ in {"compound", "flat"}
        and (child.pos_ == "PROPN" or (child.is_upper and child.is_alpha))
        and child.i < token.i
        for child in token.children
    )


def _join_by_key(described: list[Actor], named: list[Actor]) -> list[Actor]:
    """A name the recogniser missed that is a described thing's noun ("Rehab" of a
    title-case headline, "rehab") joins it."""
    by_key = {thing.key: thing for thing in described}
    out = list(described)
    for thing in named:
        same = by_key.get(thing.key)
        if same is None:
            out.append(thing)
        else:
            joined = Actor(
                same.name, same.type, same.key, _by_start(same.mentions + thing.mentions)
            )
            out[out.index(same)] = joined
            by_key[thing.key] = joined
    return out


def _merge_products(doc: Doc, things: list[Actor]) -> list[Actor]:
    """A thing written as a product's name and its noun is that product's kind ("the iPod
    nano" beside "iPod"): a PRODUCT named as written; a name the recogniser missed that is
    a product's name is that product; products of one name are one."""
    first_words = {t.key for t in things if t.type == "PRODUCT"}
    merged: dict[tuple[str, tuple[str, ...]], Actor] = {}
    for thing in things:
        if thing.type == "THING" and thing.key in first_words and _spans(doc, thing, {"name"}):
            thing = replace(thing, type="PRODUCT")  # a writing the recogniser missed of it
        if thing.type == "THING":
            for span in _spans(doc, thing, {"noun"}):
                name = _without_determiner(span)
                words = name_words(name.text)
                if words[:-1] in first_words and len(words) >= 2 and "'" not in name.text:
                    thing = Actor(name.text, "PRODUCT", words, thing.mentions)
                    break
        same = merged.get((thing.type, thing.key))
        if same is not None and thing.type == "PRODUCT":
            thing = Actor(same.name, same.type, same.key, _by_start(same.mentions + thing.mentions))
        merged[
            (thing.type, thing.key)
            if thing.type == "PRODUCT"
            else (thing.type, thing.key + (str(len(merged)),))
        ] = thing
    return list(merged.values())


def products_among(doc: Doc, actors: Sequence[Actor], cues: OrganisationCues) -> list[int]:
    """Indexes of the actors that are products (rule 1); a name the text types as an
    organisation (`OrganisationCues`) stays an actor."""
    products: list[int] = []
    strong: set[int] = set()
    tagged = entity_tokens(doc)
    for n, actor in enumerate(actors):
        if actor.key[:1] == ("the",):
            continue
        names = [s for s in _spans(doc, actor, {"name", "acronym", "title"}) if len(s)]
        if actor.type == "LOCATION":
            if names and all(used_as_software(span) for span in names):
                products.append(n)  # "install Windows"; not "the two Carolinas", "Route 52"
            continue
        if actor.type not in _PRODUCT_SOURCES:
            continue
        written = any(product_writing(span) for span in names)
        head_word = actor.type == "ORGANISATION" and not written
        every = names + untagged_writings(doc, names, tagged)  # "Mac OS X Lion" it missed
        countable = not any(span.root.ent_type_ == "NORP" for span in names)  # "two Democrats"
        versioned = actor.type == "ORGANISATION" and any(
            named_as_version(s) or (not _in_capitals(s) and made_as_product(s, countable))
            for s in every
        )
        named = any(
            named_as_a_thing(s)
            or described_as_version(s)
            or given_as_an_example(s)
            or measured_as_made(s)
            for s in every
        )
        # an organisation's name brought out and never stating anything: a product
        brought_out = actor.type == "ORGANISATION" and any(launched(s) for s in every)
        brought_out = brought_out and not any(stating_verb(s.root) for s in every)
        if any(cues.strong(span, head_word=head_word) for span in every):
            strong.add(n)
        elif names and (
            written
            or versioned
            or named
            or brought_out
            or (
                names_a_made_thing(actor, names)
                and not any(cues.any(span, head_word=head_word) for span in names)
            )
        ):
            products.append(n)
    first_words = {actors[n].key for n in products}
    product_tokens = {t.i for n in products for s in _spans(doc, actors[n], {"name"}) for t in s}
    for n, actor in enumerate(actors):
        if n in products or n in strong or actor.type not in _PRODUCT_SOURCES:
            continue
        if actor.key[:1] == ("the",):
            continue
        names = [s for s in _spans(doc, actor, {"name"}) if len(s)]
        if any(_begins_or_ends_with(actor.key, key) for key in first_words) or any(
            named_after_a_product(span, product_tokens) for span in names
        ):
            products.append(n)
    shortened = initials_of(actors[n].key for n in products)
    for n, actor in enumerate(actors):
        written = actor.mentions[0].text
        if n in products or n in strong or len(actor.key) != 1 or not _ACRONYM.match(written):
            continue
        if shortened.get(written) == 1:
            products.append(n)  # "SDK" of "the iPhone Software Development Kit"
    return sorted(products)


def entity_tokens(doc: Doc) -> set[int]:
    """The indexes of the tokens inside the recogniser's entities."""
    return {i for ent in doc.ents for i in range(ent.start, ent.end)}


def untagged_writings(doc: Doc, names: list[Span], tagged: set[int]) -> list[Span]:
    """The other writings of these names, each as written, in no entity of the recogniser
    (it tags "OS X Lion" once of twice: "Apple's forthcoming Mac OS X Lion operating
    system"), whole words only. `tagged` is `entity_tokens(doc)`, read once a Doc."""
    found = []
    taken = {i for span in names for i in range(span.start, span.end)} | tagged
    whole = doc_text(doc)  # `doc.text` joins every token's text at each read
    for text in {span.text for span in names}:
        start = whole.find(text)
        while start >= 0:
            span = doc.char_span(start, start + len(text))
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                found.append(span)
            start = whole.find(text, start + 1)
    return found


def _begins_or_ends_with(key: tuple[str, ...], product: tuple[str, ...]) -> bool:
    """Is a name a longer writing of a product's, beginning with it ("iPod Nano" of "iPod")
    or ending with it ("OS X Lion" of "Lion", "Apple iPhone" of "iPhone")?"""
    size = len(product)
    return len(key) > size and (key[:size] == product or key[-size:] == product)


def made_as_product(span: Span, countable: bool = True) -> bool:
    """Is a name written as a product in one writing: `counted` (unless not `countable`: a
    group of people named by a nationality, a religion or a party, "two Democrats"),
    `used_as_software` or `made_by_a_named_owner`?"""
    return (countable and counted(span)) or used_as_software(span) or made_by_a_named_owner(span)


def _in_capitals(span: Span) -> bool:
    """A name in capitals ("IE"): rule 6 gives it to the thing whose initials it is."""
    return bool(_ACRONYM.match(span.text.removeprefix("the ").removeprefix("The ")))


def named_as_version(span: Span) -> bool:
    """Is a name written as a thing made in models or versions: the object of "of" after
    "model" or "version" ("two models of the MacBook Air", "a new version of Windows")? An
    organisation is not made in models. Not "the new X" ("the new Congress", "a new Donald
    Trump"), nor "a release", "an edition", "a generation of" ("the release of the
    Taliban", "an edition of the Times"), nor a name in capitals ("versions of IE"): rule
    6 gives it to the thing whose initials it is ("Internet Explorer"), and as a product
    here it would rename the things it modifies ("the IE flaw")."""
    if _in_capitals(span):
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return False
    return root.head.head.lemma_.lower() in _VERSION_NOUNS


def initials_of(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """How many of these names each acronym writes: the initials of a whole name or of its
    last words ("NATO", "SDK" of "iPhone Software Development Kit")."""
    counts: dict[str, int] = defaultdict(int)
    for key in keys:
        for letters in {acronym(key[k:]) for k in range(len(key) - 1)} - {""}:
            counts[letters] += 1
    return counts


def names_a_made_thing(actor: Actor, names: list[Span]) -> bool:
    """Every writing of the name stands in front of (or beside) a made thing's noun; for a
    name tagged PERSON, one writing does when every writing only modifies another word
    ("Mac computers", "the Mac port", "Mac OS X"): a person's name heads its own phrase."""
    if all(modifies_artefact(span) for span in names):
        return True
    modifier_only = all(_modifies(first_conjunct(s.root)) for s in names)
    return actor.type == "PERSON" and modifier_only and any(modifies_artefact(s) for s in names)


def _modifies(token: Token) -> bool:
    """Does a word only modify a word after it ("Mac" of "Mac computers")?"""
    return token.dep_ in {"compound", "nmod"} and token.head.i > token.i


def named_things(doc: Doc, products: list[Actor], owned: set[int]) -> list[Actor]:
    """Rule 2: the products, with the PRODUCT and WORK_OF_ART entities no actor covers
    added to the product of their name (a new one when none has it; a score closing the
    entity is no part of the name, `without_score`); a LAW entity ("the Endangered Species
    Act") is a named THING."""
    spans: dict[tuple[str, ...], list[Span]] = defaultdict(list)
    laws: set[tuple[str, ...]] = set()
    for ent in doc.ents:
        if ent.label_ in _NAMED_LABELS and not any(t.i in owned for t in ent):
            bare = without_score(_without_determiner(ent))
            if len(bare) and (key := name_words(bare.text)):
                spans[key].append(bare)
                if ent.label_ == "LAW":
                    laws.add(key)
    by_key = {thing.key: thing for thing in products}
    for key in sorted(spans, key=len, reverse=True):
        longer = [k for k in by_key if is_short_form(key, k)]
        target = key if key in by_key or len(longer) != 1 else longer[0]
        mentions = tuple(_mention(span, "name") for span in spans[key])
        old = by_key.get(target)
        if old is None:
            kind: ActorType = "THING" if key in laws else "PRODUCT"
            by_key[target] = Actor(spans[key][0].text, kind, key, mentions)
        else:
            by_key[target] = Actor(old.name, old.type, old.key, old.mentions + mentions)
    return list(by_key.values())


def join_pronouns(
    doc: Doc, things: list[Actor], actor_tokens: set[int], bounds: TokenBounds
) -> list[Actor]:
    """Rule 6: a relative pronoun joins the thing its clause modifies; "them" or "their"
    that no actor took, the thing of the last plural noun before it in its sentence
    ("create applications for the iPhone and then distribute them"), when that noun heads
    a thing's phrase (`bounds`: the Doc's `TokenBounds`)."""
    head_of = {}
    for n, thing in enumerate(things):
        for span in _spans(doc, thing, {"name", "noun"}):
            head_of[span.root.i] = n
    covered = covered_tokens(bounds, things) | actor_tokens
    added: dict[int, list[ActorMention]] = defaultdict(list)
    # both rules read only these words: the other tokens are never built
    for token in (doc[i] for i in tokens_lowered(doc, _JOINING_PRONOUNS)):
        if token.i in covered:
            continue
        antecedent = relative_antecedent(token) or last_plural_noun(token)
        if antecedent is not None and antecedent.i in head_of:
            added[head_of[antecedent.i]].append(_mention(token_span(token), "pronoun"))
    return [
        Actor(t.name, t.type, t.key, _by_start(t.mentions + tuple(added[n])), ambiguous=t.ambiguous)
        if added[n]
        else t
        for n, t in enumerate(things)
    ]


def last_plural_noun(token: Token) -> Token | None:
    """For "them" or "their" (a pronoun), the last plural noun before it in its sentence."""
    if token.lower_ not in _OBJECT_PLURAL_PRONOUNS or token.pos_ != "PRON":
        return None
    before = token.doc[token.sent.start : token.i]
    return next((t for t in reversed(before) if t.tag_ in PLURAL_NOUN_TAGS), None)


def join_acronyms(things: list[Actor], actors: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Rule 6: a name written in capitals ("IE"), a thing's or an organisation's, joins the
    one named thing of the report whose initials it is, or those of its last words
    ("Internet Explorer"; "SDK" of "the iPhone Software Development Kit"). The actors
    left, and the things."""
    initials: dict[str, list[int]] = defaultdict(list)
    for n, thing in enumerate(things):
        if any(m.kind == "name" for m in thing.mentions):
            for letters in initials_of([thing.key]):
                initials[letters].append(n)
    out: list[Actor | None] = list(things)
    kept = []
    for n, entity in [*enumerate(things), *((None, actor) for actor in actors)]:
        written = entity.mentions[0].text
        full = initials.get(written, []) if _ACRONYM.match(written) and len(entity.key) == 1 else []
        if len(full) != 1 or (n is None and entity.type != "ORGANISATION"):
            if n is None:
                kept.append(entity)
            continue
        target = out[full[0]]
        assert target is not None
        mentions = tuple(replace(m, kind="acronym") for m in entity.mentions if m.kind == "name")
        out[full[0]] = replace(target, mentions=_by_start(target.mentions + mentions))
        if n is not None:
            out[n] = None
    return kept, [thing for thing in out if thing is not None]


def noun_phrase(head: Token) -> Span:
    """The words of a noun phrase up to its head ("the earthquake's epicentre")."""
    return head.doc[head.left_edge.i : head.i + 1]


def token_span(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


def covered_tokens(bounds: TokenBounds, entities: Iterable[Actor]) -> set[int]:
    """Token indexes inside a mention of any of these actors or things (`bounds`: their
    Doc's `TokenBounds`)."""
    covered: set[int] = set()
    for entity in entities:
        for mention in entity.mentions:
            tokens = bounds.expand(mention.start, mention.end)
            if tokens is not None:
                covered.update(tokens)
    return covered


def scores(doc: Doc, taken: set[int]) -> list[Actor]:
    """Rule 5: results written as two numbers joined by a dash ("20-13", "20 - 13"), none
    of their tokens in `taken`; one thing per score."""
    found: dict[str, list[ActorMention]] = defaultdict(list)
    for token in doc[1:-1]:
        first, second = doc[token.i - 1], doc[token.i + 1]
        if token.text not in _DASHES or not (_figure(first) and _figure(second)):
            continue
        before = doc[first.i - 1] if first.i > 0 else None
        after = doc[second.i + 1] if second.i + 1 < len(doc) else None
        if before is not None and (before.text in _DASHES or before.like_num):
            continue  # "555-123-4567"
        if after is not None and (after.text in _DASHES or after.tag_ in PLURAL_NOUN_TAGS):
            continue  # "555-123-4567", "10-15 people"
        if {first.i, token.i, second.i} & taken:
            continue
        found[f"{first.text}-{second.text}"].append(_mention(doc[first.i : second.i + 1], "name"))
    return [Actor(key, "THING", (key,), tuple(mentions)) for key, mentions in found.items()]


def _figure(token: Token) -> bool:
    """A number of one to three digits standing alone (not "MS08" of "MS08-078")."""
    return token.text.isdigit() and len(token.text) <= 3


def expression_tokens(doc: Doc) -> set[int]:
    """Token indexes inside a time expression of the times component, when it ran."""
    tokens: set[int] = set()
    if doc.has_extension("times") and doc.has_extension("time_records"):
        for time in doc._.times:
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
    return tokens


def time_tokens(doc: Doc) -> set[int]:
    """Token indexes inside a time expression or a number or amount the recogniser found.
    A date or time the recogniser found counts whole only when the times component did not
    run: when it did, a word of it that is no word of time expressions (a month, weekday,
    season, part of day, unit) and that no time expression covers is no time ("a winning
    season", "the rest of the season" tagged DATE) and may be a described thing."""
    timed = doc.has_extension("times") and doc.has_extension("time_records")
    tokens = {
        t.i
        for ent in doc.ents
        if ent.label_ in _NOT_THINGS
        for t in ent
        if not timed or ent.label_ not in _CALENDAR or t.lemma_.lower() in _TIME_WORDS
    }
    return tokens | expression_tokens(doc)


def _spans(doc: Doc, entity: Actor, kinds: set[str]) -> list[Span]:
    spans = []
    for m in entity.mentions:
        if m.kind in kinds:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def without_score(span: Span) -> Span:
    """A name without the score the recogniser ran into it ("Evansville 91-73", "Evansville
    51 - 50": a team and its result, not a product's model number)."""
    words = span.doc[span.start : span.end]
    if len(words) >= 4 and words[-1].like_num and words[-2].text in _DASHES and words[-3].like_num:
        return span.doc[span.start : span.end - 3]
    return span


def _without_determiner(span: Span) -> Span:
    start = span.start
    while start < span.end and span.doc[start].dep_ == "det":
        start += 1
    return span.doc[start : span.end]


def product_mentions(doc: Doc, actor: Actor) -> tuple[ActorMention, ...]:
    """The mentions an actor keeps as a product: not the roles its name took as a person
    ("the user"), nor a person's pronoun it took as a person ("he", "his": no product is),
    nor a plural pronoun it took as an organisation ("they", "them": a company may be
    "they", "the iPhone" may not) unless a name of it is written plural ("iPhones")."""
    plural = any(s.root.tag_ in PLURAL_NOUN_TAGS for s in _spans(doc, actor, {"name", "acronym"}))
    return tuple(
        m
        for m in actor.mentions
        if m.kind != "role"
        and (m.kind != "pronoun" or m.text.lower() not in _PERSONAL_PRONOUNS)
        and (plural or m.kind != "pronoun" or m.text.lower() not in PLURAL_PRONOUNS)
    )


def _by_start(mentions: Iterable[ActorMention]) -> tuple[ActorMention, ...]:
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))


def _mention(span: Span, kind: str) -> ActorMention:
    """The mention of a span, its text read from the Doc's text (``Span.text`` joins its
    tokens' texts at each read)."""
    start, end = span.start_char, span.end_char
    return ActorMention(start, end, doc_text(span.doc)[start:end], kind)  # type: ignore[arg-type]
