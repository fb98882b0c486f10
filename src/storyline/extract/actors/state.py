"""Shared state of resolving one report's actors: drafts, lexicons, small readers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IS_ALPHA, IS_STOP, IS_TITLE, IS_UPPER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from storyline.extract.actor_model import ActorType, MentionKind
from storyline.extract.actors.igos import IgoLexicon
from storyline.extract.actors.stage_notes import is_stage_note, without_notes_run_in
from storyline.extract.countries import (
    CountryLexicon,
    CountryMatch,
    region_countries,
    region_country,
)
from storyline.extract.gender import gender_of_full_name
from storyline.extract.names import DASHES
from storyline.extract.nominals import NominalLexicon
from storyline.extract.page import page_small
from storyline.extract.roles import Role, RoleLexicon, normalize_word, possessive
from storyline.extract.tags import PLURAL_NOUN_TAGS
from storyline.extract.times.words import HOLIDAYS
from storyline.extract.times.zones import names_a_time_zone
from storyline.extract.units import unit_names

GOVERNMENT_WORDS = frozenset(
    "government administration authorities officials official cabinet ministry leadership "
    "regime diplomats spokesman spokeswoman spokesperson".split()
)
MILITARY_WORDS = frozenset("military army forces troops navy soldiers".split())
# Nouns that, with "the" and no country, mean a government of the report ("the government";
# "the regime", a government its speaker holds illegitimate or autocratic, is still one).
THE_GOVERNMENT = frozenset({"government", "administration", "cabinet", "regime"})
# Nouns that, with "the" and no country, mean a military of the report ("the army").
THE_MILITARY = frozenset({"military", "army", "navy"})
THE_COUNTRY = frozenset({"country", "nation"})
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
NOMINAL_MODIFIERS = frozenset({"det", "amod", "nummod", "compound", "poss", "quantmod", "nmod"})
NOMINAL_TYPES: dict[str, ActorType] = {
    "person": "PERSON", "group": "ORGANISATION", "organisation": "ORGANISATION",
    "place": "LOCATION",
}  # fmt: skip
# Roles whose holders mostly deal with a report's protagonist rather than being it; a
# religious office too ("the pope", "the local bishop" in a report on a candidate: the
# holder of an office of a church, not the person the report is about), and a business
# office ("the chief executive", "the party chairman" in a report on a candidate: a firm's
# or body's head, whom a report names when it is its protagonist).
SECTORS_OF_OTHERS = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED", "HLH", "REL", "BUS"}
)
# A head noun's owner ("Cruz's director") and prepositional phrases ("director for Sanders"):
# where a role phrase names the one it relates its holder to.
RELATING_DEPS = frozenset({"poss", "prep"})
ROLES_OF_OTHERS = frozenset(
    {
        "spokesperson",
        "official",
        "aide",
        "campaign manager",
        "strategist",
        "pollster",
        "lawyer",
        "analyst",
        "juror",
        "running mate",
    }
)
# Adjectives that make "the N" a kind, a statistical or imagined member of a class ("the
# average voter", "the typical family", "the ordinary citizen"), not an individual.
KIND_ADJECTIVES = frozenset({"average", "typical", "ordinary", "everyday", "median"})
# Nouns that name a person only as one member of the public ("the voter", "the taxpayer"):
# with any adjective that sorts that public ("the American voter", "the smart voter", "the
# undecided voter") a definite singular of one of them stands for that sort of person, a kind.
PUBLIC_MEMBER_NOUNS = frozenset({"voter", "taxpayer", "consumer"})
# What opens a condition or a general "whenever" clause ("if the mother objects", "when the
# life of the mother is in danger"): the dependency spaCy gives each word.
CONDITION_MARKERS = frozenset(
    {("mark", "if"), ("mark", "unless"), ("advmod", "when"), ("advmod", "whenever")}
)
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that", "where"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
AGENT_PREPOSITIONS = frozenset({"with", "against", "between", "by"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "dative", "iobj"})
# A possessive makes a role phrase definite, one person: "his lawyer", and in the first or
# second person too ("our correspondent says", a news outlet's own journalist; "my doctor")
POSSESSIVES = frozenset({"'s", "'", "his", "her", "its", "their", "our", "my", "your"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
COUNTRY_LABELS = frozenset({"GPE", "NORP"})
GENDER_OF_HONORIFIC = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Role words that say the person's gender (English marks it on few nouns).
GENDER_OF_WORD = {
    **dict.fromkeys(
        "actress spokeswoman congresswoman chairwoman businesswoman queen princess empress "
        "duchess countess woman girl mother mom mum sister wife daughter aunt grandmother widow "
        "girlfriend".split(),
        "f",
    ),
    **dict.fromkeys(
        "spokesman congressman chairman businessman king prince emperor duke count man boy "
        "father dad brother husband son uncle grandfather boyfriend".split(),
        "m",
    ),
}
# Nouns that name a person by a relation to someone ("the son", "the father"): written with
# that someone ("the son of former presidents", "her dad"), they describe another person.
RELATION_NOUNS = frozenset(
    "mother father mom mum dad son daughter wife husband sister brother grandmother "
    "grandfather grandson granddaughter uncle aunt cousin nephew niece boyfriend girlfriend "
    "fiance fiancee widow widower".split()
)
PRONOUN_WINDOW = 2  # sentences before the pronoun's own
ORGANISATION_TYPES = frozenset({"ORGANISATION", "GOVERNMENT", "COUNTRY"})  # what "its" means
PLACE_TYPES = frozenset({"LOCATION", "COUNTRY"})  # what "there" means
_HEADLINES_KEY = "storyline.headline_lines"  # Doc.user_data: see `headline_tokens`


@dataclass
class Draft:
    """An actor being assembled: mentions are token ranges until the end."""

    type: ActorType
    key: tuple[str, ...]
    name: str
    mentions: list[tuple[int, int, MentionKind]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    code: str | None = None
    gender: str | None = None
    ambiguous: bool = False
    igo: str | None = None  # code of the international organisation the person serves

    def add_role(self, role: Role) -> None:
        if role not in self.roles:
            self.roles.append(role)

    @property
    def sector(self) -> str:
        return next((role.sector for role in self.roles if role.sector), "")


@dataclass
class PersonName:
    """A PERSON entity read with what the text says around it."""

    words: tuple[str, ...]
    text: str
    span: tuple[int, int, MentionKind]
    roles: list[Role]
    country: str | None
    extra: list[tuple[int, int, MentionKind]]  # appositive role mentions
    gender: str | None
    igo: str | None = None  # "UN Secretary-General Ban Ki-moon": IGOUNO


NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})  # names a headline may repeat

# Words written before a hyphen as the first part of one word ("post-Soviet", "mid-South")
HYPHEN_PREFIXES = frozenset(
    {"all", "anti", "co", "ex", "mid", "multi", "neo", "non", "pan", "post", "pre", "pro", "trans"}
)


# Prefixes that make a name into a word for a side ("pro-Mubarak", "anti-Obama")
STANCE_PREFIXES = frozenset({"pro", "anti"})


def names_a_stance(ent: Span) -> bool:
    """Is the name a stance word formed on a name ("pro-Mubarak demonstrators", "anti-Trump
    ads")? "pro-" and "anti-" make a side's adjective of the name, and the recogniser tags the
    whole as a name that no one bears (the international pile: "pro-Mubarak", 145 mentions in
    54 reports, was a person)."""
    return len(ent) >= 3 and ent[0].lower_ in STANCE_PREFIXES and ent[1].text in DASHES


class ResolutionState:
    """What resolving one Doc keeps, and the readers every step uses."""

    def __init__(
        self, doc: Doc, countries: CountryLexicon, roles: RoleLexicon, nominals: NominalLexicon
    ) -> None:
        self.doc = doc
        self.lexicon = countries
        self.role_lexicon = roles
        self.nominal_lexicon = nominals
        self.igos = IgoLexicon.load()
        self.words = [token.text for token in doc]
        self.sentence_of = {
            i: n for n, sent in enumerate(doc.sents) for i in range(sent.start, sent.end)
        }
        self.taken: set[int] = set()
        self.persons: list[Draft] = []
        # royal titles the report uses as given names (`royals.given_name_titles`)
        self.royal_given_names: frozenset[str] | None = None
        self.organisation_names: list[Span] = []  # PERSON entities read as organisations
        self.place_names: list[Span] = []  # PERSON entities read as places
        self.others: dict[tuple[str, tuple[str, ...]], Draft] = {}
        # (token index, noun, government) of each government noun named after its leader
        # ("the Mubarak regime"), which a later bare "the regime" repeats
        self.leaders_governments: list[tuple[int, str, Draft]] = []
        self.country_at: list[tuple[int, str]] = []  # (token index, alpha3) of every country
        self.dateline: str | None = None  # alpha-3 of the dateline's country ("TOKYO —")
        self.home: str | None = None  # the country the report is home news of (resolver)
        self.headline_tokens = headline_tokens(doc)
        self.unit_names = unit_names(doc)  # "GB" of "a 16 GB model": no actor
        self.body_capitalised = {
            token.lower_
            for token in doc
            if token.i not in self.headline_tokens and (token.is_title or token.is_upper)
        }
        self.written_small = {token.lower_ for token in doc if token.is_lower} | page_small(doc)
        # a time zone tagged ORG ("10.30am BST"), a word of a day's name ("Super" of
        # "Super Tuesday") or a transcript's stage note ("(INAUDIBLE)") names no actor
        self.entities = [
            e for e in without_notes_run_in(self.with_headline_names(), NAME_LABELS)
            if not names_a_time_zone(e) and not in_a_holidays_name(e) and not names_a_stance(e)
            and not is_stage_note(e)
        ]  # fmt: skip
        self.ent_ending: dict[int, Span] = {ent.end: ent for ent in doc.ents}
        self.ent_starting: dict[int, Span] = {ent.start: ent for ent in doc.ents}
        self.mention_roots: dict[tuple[int, int], Token] = {}  # (start, end) -> its root
        self.region_reads: dict[str, str | None] = {}  # `region_country_of`, by place name

    def with_headline_names(self) -> list[Span]:
        """The recogniser's entities, with a headline's words that the body recognises as a
        name, or as the last word of a name that is no noun of `nominals.tsv`, read as that
        name ("Bush" of "Obama Reverses Bush", "Chargers" of "Chargers Jamal Williams
        arrested" beside the body's "San Diego Chargers"; a title-case line defeats the
        recogniser). A headline
        entity whose name (`extent`) such a name overlaps gives way to it, unless its name
        holds it ("Lindsay Lohan" holding the body's "Lohan")."""
        body: dict[tuple[str, ...], str] = {}
        short: dict[tuple[str, ...], str] = {}
        for ent in self.doc.ents:
            words = tuple(t.lower_ for t in ent if not (t.i == ent.start and t.lower_ == "the"))
            if ent.label_ in NAME_LABELS and ent.start not in self.headline_tokens and words:
                body.setdefault(words, ent.label_)
                if len(words) >= 2 and self.nominal_lexicon.lookup(words[-1]) is None:
                    short.setdefault(words[-1:], ent.label_)  # "Klitschko", "Chargers"
        for words, label in short.items():
            body.setdefault(words, label)
        found: list[Span] = []
        i = 0
        while i < len(self.doc):
            if i not in self.headline_tokens:  # no headline words from here
                i += 1
                continue
            size = next((n for n in range(6, 0, -1) if self.headline_words(i, n) in body), 0)
            if size:
                label = body[self.headline_words(i, size)]
                found.append(Span(self.doc, i, i + size, label=label))
            i += size or 1
        kept: list[Span] = []
        for ent in self.doc.ents:
            first, last = self.extent(ent) if ent.start in self.headline_tokens else (0, 0)
            over = [n for n in found if n.start < last and first < n.end]
            if all(
                first <= n.start and n.end <= last and (n.start, n.end) != (first, last)
                for n in over
            ):
                kept.append(ent)
                found = [n for n in found if n not in over]
        return sorted(kept + found, key=lambda span: span.start)

    def headline_words(self, i: int, size: int) -> tuple[str, ...] | None:
        """The lower-case words of headline tokens i..i+size, None past the headline."""
        if not all(j in self.headline_tokens for j in range(i, i + size)):
            return None
        return tuple(t.lower_ for t in self.doc[i : i + size])

    # -- small readers -------------------------------------------------------------------

    def extent(self, ent: Span) -> tuple[int, int]:
        """The tokens of an entity that are its name: cut at a line break, an opening
        bracket or a spaced dash (the recogniser runs a name into the acronym or the name
        after it: "Development Kit (SDK", "San Jose - Cisco"), and, in a
        headline, trimmed to the first run of words the body also writes capitalised
        ("Esther Williams Dies" -> "Esther Williams", "Obama Reverses Bush" -> "Obama"),
        since a title-case line defeats the recogniser; none of them when the body writes
        none capitalised ("Rehires" of "Lohan Checks into Betty Ford, Rehires Attorney")."""
        start, end = ent.start, line_end(ent)
        cut = next((i for i in range(start + 1, end) if self.breaks_a_name(i, start, end)), None)
        end = end if cut is None else cut  # "iPhones Software Development Kit (SDK"
        if start not in self.headline_tokens:
            return start, end
        known = [i for i in range(start, end) if self.doc[i].lower_ in self.body_capitalised]
        if not known:
            return start, start
        run_end = known[0] + 1  # the first run of known words: "Obama" of "Obama Reverses Bush"
        while run_end < end and run_end in known:
            run_end += 1
        return known[0], run_end

    def breaks_a_name(self, i: int, start: int, end: int) -> bool:
        """Does token i end the name of entity tokens start..end: an opening bracket, or a
        dash with space on both sides that joins two names, not the halves of one
        hyphenated word. After it comes a number or a sign (a score, "Joe Louis 26 - 1"),
        save a model's number after a letter code ("AK - 47"); or a word, and neither side
        is a demonym or a prefix on its own ("African - American", "post - Soviet") and one
        side is written elsewhere in the report on its own ("San Jose - Cisco ... Cisco
        states"; not "Times - Picayune", "Mat - Su", written only so)."""
        token = self.doc[i]
        if token.text in {"(", "["}:
            return True
        if token.text not in DASHES or not (self.doc[i - 1].whitespace_ and token.whitespace_):
            return False
        before, after = self.doc[i - 1], self.doc[i + 1] if i + 1 < end else None
        if after is None or not after.text[:1].isalpha():
            letter_code = before.is_upper and before.is_alpha and len(before) <= 3
            return not (letter_code and after is not None and after.like_num)
        if start < i - 1 and self.doc[start].lower_ == "the":
            start += 1
        if any(
            side.end - side.start == 1 and self.joins_as_prefix(side[0])
            for side in (self.doc[start:i], self.doc[i + 1 : end])
        ):
            return False
        return self.written_alone(start, i, before=False) or self.written_alone(i + 1, end)

    def joins_as_prefix(self, token: Token) -> bool:
        """A word that is written before a hyphen as the first part of one word: a
        demonym ("African - American") or a prefix ("post - Soviet", "Mid - South")."""
        if token.lower_ in HYPHEN_PREFIXES:
            return True
        match = self.lexicon.lookup(token.text)
        return match is not None and match.via == "demonym"

    def written_alone(self, start: int, end: int, *, before: bool = True) -> bool:
        """Are tokens start..end written again in the report, apart from these and not
        joined by a dash to a word (before them, or after them with ``before`` false)?"""
        words = [token.lower_ for token in self.doc[start:end]]
        size = len(words)
        for j in range(len(self.doc) - size + 1):
            if start - size < j < end or [t.lower_ for t in self.doc[j : j + size]] != words:
                continue
            beside = j - 1 if before else j + size
            if not (0 <= beside < len(self.doc) and self.doc[beside].text in DASHES):
                return True
        return False

    def take(self, start: int, end: int) -> None:
        self.taken.update(range(start, end))

    def shared_short_name(self, words: tuple[str, ...]) -> Draft | None:
        """The one short name two persons share written with these words ("Trump" beside
        Donald and Ivanka Trump, kept apart and marked ambiguous), if there is one."""
        shared = [draft for draft in self.persons if draft.ambiguous and draft.key == words]
        return shared[0] if len(shared) == 1 else None

    def person_of_surname(self, word: str) -> Draft | None:
        """The one person the report names by a name (not a role), unambiguous, whose name
        ends in this word, in lower case ("fallin" of Mary Fallin; "mubarak")."""
        found = [
            draft
            for draft in self.persons
            if draft.key[:1] != ("the",) and not draft.ambiguous and draft.key[-1:] == (word,)
        ]
        return found[0] if len(found) == 1 else None

    def is_free(self, start: int, end: int) -> bool:
        return not any(i in self.taken for i in range(start, end))

    def country_of(self, span: Span) -> CountryMatch | None:
        match = self.lexicon.lookup(span.text)
        if match is not None:
            self.country_at.append((span.start, match.country.alpha3))
        return match

    def country_before(self, i: int, *, regions: bool = True) -> tuple[str, int] | None:
        """A country named just before token i ("U.S." Vice President, "Japan's" VP); with
        `regions`, also a region's ("Texas" Sen., "Florida" Gov.: `region_country_of`)."""
        ent = self.entity_before(i)
        if ent is None or ent.label_ not in COUNTRY_LABELS:
            return None
        if regions and ent.label_ == "GPE" and (region := self.region_country_of(ent)):
            return region, ent.start
        match = self.country_of(ent)
        return (match.country.alpha3, ent.start) if match else None

    def entity_before(self, i: int) -> Span | None:
        """The entity that ends just before token i, or before a possessive ending there
        (the entity may hold the possessive: "North Korea's")."""
        ent = self.ent_ending.get(i)
        if ent is None and i > 0 and possessive(self.words[i - 1]):
            ent = self.ent_ending.get(i - 1)
        return ent

    def region_before(self, i: int) -> str | None:
        """The country of a region named just before token i ("Texas" Sen. Ted Cruz)."""
        ent = self.entity_before(i)
        return self.region_country_of(ent) if ent is not None and ent.label_ == "GPE" else None

    def region_country_of(self, span: Span) -> str | None:
        """The country of the first-level region (a US state, a Canadian province) a place
        name names, read by its company in the report where the name is shared: a name of
        several countries' regions ("Florida": the US state, a department of Uruguay) is
        the region of the one of them that the report's other places name or lie in ("Iowa",
        "U.S."); a country's name that is also another country's region ("Georgia") is that
        region when, in a sentence of the report that writes it, other places are that
        country's regions ("won Georgia, Alabama and Tennessee"), and so are all its
        mentions in the report (one sense of a name per discourse: Gale, Church and
        Yarowsky 1992); else None, and the country lexicon reads the name."""
        bare = bare_place(span.text)
        key = bare.lower()
        if key not in self.region_reads:
            self.region_reads[key] = self.read_region(bare, key)
        return self.region_reads[key]

    def read_region(self, text: str, key: str) -> str | None:
        """`region_country_of`, for a name not read before."""
        candidates = region_countries(text)
        if not candidates:
            return None
        match = self.lexicon.lookup(text)
        if match is not None:
            if match.country.alpha3 in candidates:
                return None  # "Washington": the country's capital, or its state
            company = self.region_company(key)
        elif len(candidates) == 1:
            return next(iter(candidates))
        else:
            company = self.report_countries()
        found = candidates & company
        return next(iter(found)) if len(found) == 1 else None

    def place_entities(self) -> list[Span]:
        """The report's entities that name places (GPE, LOC, FAC)."""
        return [ent for ent in self.doc.ents if ent.label_ in PLACE_LABELS]

    def region_company(self, key: str) -> frozenset[str]:
        """The countries of the regions named beside a place name: in the sentences that
        write it, the other places that are one country's regions and name no country
        ("Alabama", "Texas")."""
        places = self.place_entities()
        sentences = {self.sentence_of[e.start] for e in places if place_key(e.text) == key}
        return frozenset(
            country
            for e in places
            if self.sentence_of[e.start] in sentences
            and place_key(e.text) != key
            and self.lexicon.lookup(e.text) is None
            and (country := region_country(bare_place(e.text))) is not None
        )

    def report_countries(self) -> frozenset[str]:
        """The countries the report's places name ("U.S.") or are one country's regions of
        ("Iowa": USA; "Georgia" beside "Alabama": USA); a name of several countries' regions
        ("Florida") counts for none."""
        found: set[str] = set()
        for ent in self.place_entities():
            if len(region_countries(bare_place(ent.text))) > 1:
                continue
            match = self.lexicon.lookup(ent.text)
            country = self.region_country_of(ent) or (match.country.alpha3 if match else None)
            if country is not None:
                found.add(country)
        return frozenset(found)

    def igo_before(self, i: int) -> str | None:
        """The code of an international organisation named just before token i ("UN"
        Secretary-General, "NATO's" envoy, "the U.N." envoy), also by one word in capitals
        the recogniser left out ("UN" of "SEOUL - UN Secretary-General Ban Ki-moon")."""
        ent = self.ent_ending.get(i)
        if ent is None and i > 0 and possessive(self.words[i - 1]):
            i -= 1
            ent = self.ent_ending.get(i)
        if ent is not None:
            return self.igos.code_of(ent.text) if ent.label_ == "ORG" else None
        before = self.doc[i - 1] if i > 0 else None
        if before is None or before.ent_type_ or not before.text.replace(".", "").isupper():
            return None
        return self.igos.name_of(before.text)

    def country_after(self, i: int) -> tuple[str, int] | None:
        """A country named by "of X" at token i ("the Prime Minister of Japan"), or a
        region's ("the governor of Ohio": `region_country_of`)."""
        if i + 1 < len(self.doc) and self.words[i].lower() == "of":
            ent = self.ent_starting.get(i + 1) or self.ent_starting.get(i + 2)
            if ent is not None and ent.label_ in COUNTRY_LABELS and ent.start <= i + 2:
                if ent.label_ == "GPE" and (region := self.region_country_of(ent)):
                    return region, ent.end
                match = self.country_of(ent)
                if match:
                    return match.country.alpha3, ent.end
        return None

    def role_ending(self, end: int) -> tuple[Role, int] | None:
        """The role written just before token `end`, with its first token (a portfolio
        word in front of an open role is part of it: "Trade Minister")."""
        match = self.role_lexicon.match_ending(self.words, end, before_name=True)
        if match is None:
            return None
        start = end - match.length
        role = match.role
        before = start - 1
        if (
            self.role_lexicon.is_open(role)
            and before >= 0
            and self.doc[before].is_title
            and self.doc[before].pos_ in {"PROPN", "NOUN"}
            and self.doc[before].ent_type_ not in COUNTRY_LABELS
        ):
            role = Role(f"{self.words[before].lower()} {role.name}", role.sector)
            start = before
        return role, start

    def is_plural(self, token: Token) -> bool:
        return token.tag_ in PLURAL_NOUN_TAGS

    def nominal_start(self, head: Token) -> int:
        """First token of the phrase a noun heads: its determiner and modifiers in front."""
        start = head.i
        for child in reversed(list(head.lefts)):
            if child.i != start - 1 or child.i in self.taken:
                break
            if child.dep_ not in NOMINAL_MODIFIERS or child.pos_ == "PRON" or child.tag_ == "WP$":
                break  # "her publicist", "whose parents": the pronoun is a mention of its own
            start = child.i
        return start

    def related_in_phrase(self, head: Token, start: int, end: int) -> set[int]:
        """The persons (by `id`) named in the owner or a prepositional phrase of a role
        phrase's head, outside the words the role was read from: "the Clinton campaign's
        political director", "director for Sanders", "the source of Rubio's attack". A
        role phrase that names a person as its owner or complement relates someone else to
        that person (one is not one's own director), so it means no one of them."""
        inside = [
            t.i
            for child in head.children
            if child.dep_ in RELATING_DEPS
            for t in child.subtree
            if not start <= t.i < end
        ]
        return {
            id(draft)
            for draft in self.persons
            for m_start, m_end, kind in draft.mentions
            if kind in {"name", "title"} and any(m_start <= i < m_end for i in inside)
        }

    def protagonist(
        self,
        role: Role,
        start: int,
        end: int,
        keep: Callable[[Draft], bool] | None = None,
        related: set[int] | None = None,
    ) -> Draft | None:
        """The person a definite description with no holder means ("Lindsay Lohan ... the
        actress", "the star"): the most mentioned named person before it (the latest on a
        tie) who holds no position (descriptions only) and has no other gender (`person_gender`: by
        the given name too, so "the man" is never Hillary Clinton nor "the woman" Bill). Not for
        roles that usually belong to someone who deals with the protagonist (officials,
        police, judges, lawyers, spokespeople), nor a relation written with the one it
        relates to (`related_to_someone`: "the son of former presidents", "her dad"), nor a
        kind (`names_a_kind`: "the average person"; `generic_relation`: "when the life of the
        mother is in danger"), nor a person the phrase names as its
        owner or in a prepositional phrase (`related_in_phrase`: "the source of Rubio's
        attack" is not Rubio; a caller that has them passes them): then no one, not the person
        named next most."""
        head = self.doc[end - 1]
        if (
            not is_descriptive(role)
            or related_to_someone(head)
            or names_a_kind(head)
            or generic_relation(head)
        ):
            return None
        gender = GENDER_OF_WORD.get(head.lower_)
        if related is None:
            related = self.related_in_phrase(head, start, end)
        candidates = [
            draft
            for draft in self.persons
            if draft.key[:1] != ("the",)
            and not draft.ambiguous
            and all(is_descriptive(held) for held in draft.roles)
            and (gender is None or person_gender(draft) in (None, gender))
            and (keep is None or keep(draft))
        ]
        found = most_mentioned_before(candidates, start)
        if found is None and any(self.doc[start].lower_ == word for word in ("the", "this")):
            # "The actress has left rehab. ... Lindsay Lohan": a lede that names her later
            found = most_mentioned_before(candidates, len(self.doc))
        return None if found is not None and id(found) in related else found


def person_gender(draft: Draft) -> str | None:
    """A named person's gender: by an honorific or a gendered role the report gives, else
    by the given name of a name of two words or more ("Hillary": "f"; a surname alone,
    "Clinton", gives none), else None."""
    return draft.gender or gender_of_full_name(draft.key)


def honorific_gender(names: Iterable[str]) -> str | None:
    """The gender a person's names as written give by their honorific ("Mrs Jolly": "f");
    None when they carry none, or honorifics of both genders."""
    genders = {GENDER_OF_HONORIFIC.get(normalize_word(name.split(" ", 1)[0])) for name in names}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def pronoun_gender(pronouns: Iterable[str]) -> str | None:
    """The gender most of a person's pronouns give ("she", "her": "f"), None when they give
    none or as many of each: how a report's pronouns tell a person's gender where its name
    does not, and which of two persons of one surname it means ("Clinton" with "she" beside
    Hillary and Bill Clinton)."""
    votes = Counter(g for word in pronouns if (g := PRONOUN_GENDER.get(word.lower())))
    ranked = votes.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def bare_place(text: str) -> str:
    """A place name without "the" in front or a possessive ending, its case kept ("New
    Hampshire's" -> "New Hampshire"): the form the region table knows."""
    words = text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("\u2019s").strip()


def place_key(text: str) -> str:
    """A place name's form for comparing mentions: `bare_place` in lower case ("Georgia's",
    "the Georgia" -> "georgia")."""
    return bare_place(text).lower()


_HOLIDAY_WORDS = max(len(name.split()) for name in HOLIDAYS)


def in_a_holidays_name(ent: Span) -> bool:
    """Is the entity part of a day's name written around it (`HOLIDAYS`: "Super" tagged GPE
    before "Tuesday" tagged DATE, "Martin Luther King" of "Martin Luther King Day")? Such a
    day is a date the time rules read, not a place, a body or the person it is named for.
    Every stretch tried holds the entity's characters, so an entity whose text is in no
    day's name ("Obama", "Haiti") is refused before any stretch is built."""
    written = ent.text.lower()
    if not any(written in name for name in HOLIDAYS):
        return False
    doc = ent.doc
    for before in range(_HOLIDAY_WORDS):
        for after in range(_HOLIDAY_WORDS - before):
            start, end = ent.start - before, ent.end + after
            inside = (before or after) and start >= 0 and end <= len(doc)
            if inside and doc[start:end].text.lower() in HOLIDAYS:
                return True
    return False


def represents_a_country(words: list[str]) -> bool:
    """Do a title's words name an ambassador? One to an international organisation is a
    country's ("U.N. Ambassador John Bolton": the US's), unlike its own envoy or
    secretary-general (CAMEO codes such an ambassador by the country he serves)."""
    return any(normalize_word(word) in {"ambassador", "ambassadors"} for word in words)


def related_to_someone(head: Token) -> bool:
    """Is the noun a relation (``RELATION_NOUNS``) written with the one it relates to: an
    owner ("her dad", "Cruz's father") or an "of" phrase ("the founding father of fascism",
    "the son and brother of former presidents"), for it or a noun joined to it? Such a
    person is described by someone else, not as the report's protagonist."""
    if head.lower_ not in RELATION_NOUNS:
        return False
    return any(
        child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of" and names_one(child))
        for noun in (head, *head.conjuncts)
        for child in noun.children
    )


def indefinite_predicate(head: Token) -> bool:
    """Is a noun written with "a"/"an" the predicate of "be" ("because she is a woman", "the
    victim was a nurse", "he is not a lawyer"; or one joined to it: "a mother and a nurse")?
    An indefinite predicate noun says what its subject is: it refers to no one of its own,
    so it is no unnamed person (whom it is said of is the subject's business). An
    existential "there was a woman" brings one in: its noun is no predicate."""
    if head.dep_ == "conj" and head.head.dep_ == "attr":
        head = head.head
    verb = head.head
    return (
        head.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in head.children)
        and not any(child.dep_ == "expl" for child in verb.children)
    )


def names_a_kind(head: Token) -> bool:
    """Is the noun modified by an adjective that makes a definite description stand for a
    kind of person, not one person (``KIND_ADJECTIVES``: "the average person", "the typical
    voter"), or a member of the public sorted by an adjective (`sorted_public`: "the American
    voter")? Such a phrase describes no one the report names."""
    return sorted_public(head) or any(
        c.dep_ == "amod" and c.lower_ in KIND_ADJECTIVES for c in head.children
    )


def sorted_public(head: Token) -> bool:
    """Is the noun one that names a person only as a member of the public
    (``PUBLIC_MEMBER_NOUNS``) modified by an adjective ("the American voter", "the truly cool
    and smart voter")? The adjective sorts the public, and the definite singular stands for
    that sort of voter (a kind, as in "the American voter prior to 2008 could not picture
    ..."), never the report's main person."""
    return head.lower_ in PUBLIC_MEMBER_NOUNS and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" for c in head.children
    )


def generic_relation(head: Token) -> bool:
    """Is the noun a relation (``RELATION_NOUNS``: "mother", "son") written without the one
    it relates to, in a present-tense condition ("if", "unless", "when", "whenever" opening a
    clause whose verb is in the present tense with no "will": "exceptions when the life of
    the mother is in danger", "if the father refuses")? A relation with no one to relate to
    can only be anchored in the situation the condition imagines, so it is generic: any
    mother in such a case, not a person of the report. A condition in the past ("when the
    mother arrived") or the future ("if the mother will testify") tells of one occasion and
    keeps its reading."""
    if head.lower_ not in RELATION_NOUNS:
        return False
    clause = head.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in PRESENT_TAGS
        and any((c.dep_, c.lower_) in CONDITION_MARKERS for c in clause.children)
        and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in clause.children)
    )


def names_one(preposition: Token) -> bool:
    """Does a preposition's object name someone or something ("of fascism", "of Eric
    Garner"), not a number ("the father of three")?"""
    return any(
        c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in preposition.children
    )


def is_descriptive(role: Role) -> bool:
    """Does the role describe a person ("the actress", "the inmate") rather than name a
    position that usually belongs to someone else in the story (officials, police, judges)?"""
    return role.sector not in SECTORS_OF_OTHERS and role.name not in ROLES_OF_OTHERS


_NOT_NAMES = frozenset({"role", "pronoun"})


def led_government_key(leader: tuple[str, ...]) -> tuple[str, ...]:
    """The key of a government named after its leader ("the Mubarak regime" beside
    "President Hosni Mubarak": ("the", "hosni", "mubarak", "government")): the leader's key
    between the article and the noun, so that linking, which knows the leader's country
    from the reports that give it, can place it."""
    return ("the", *leader, "government")


def government_leader(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The leader's key of a government actor keyed by `led_government_key`, else None."""
    if len(key) > 2 and key[0] == "the" and key[-1] == "government":
        return key[1:-1]
    return None


def most_mentioned_before(drafts: list[Draft], start: int) -> Draft | None:
    """The draft named most often before token `start` (the latest on a tie). Only names
    count: a description or pronoun already given to a draft would otherwise snowball ("the
    store" given to a programme, then "the company" too)."""
    best: tuple[int, int] | None = None
    chosen = None
    for draft in drafts:
        before = [first for first, _ in names_before(draft, start)]
        if before and (best is None or (len(before), max(before)) > best):
            best, chosen = (len(before), max(before)), draft
    return chosen


def names_before(draft: Draft, start: int) -> list[tuple[int, int]]:
    """The token ranges where `draft` is named (not described or pronounced) before `start`."""
    return [
        (first, end)
        for first, end, kind in draft.mentions
        if first < start and kind not in _NOT_NAMES
    ]


def headline_tokens(doc: Doc) -> set[int]:
    """Tokens of headlines: whole lines in title case or capitals, without a closing period,
    with at least three words other than stop words, nearly all capitalised; the report's
    first line with a blank line after it may close with a period if all its words are
    capitalised, as PolNeAR writes its titles ("Trump Says He Never Pledged To Kill …Of
    Terrorists.\n\n"; not "Governor Mary Fallin spoke on CNN."). Judged by line,
    not by sentence: the parser may cut a headline ("Lohan Checks Out Of Rehab... To ...").
    Found once per Doc (the actors and the things both ask) and kept with it, as token
    ranges, in ``Doc.user_data`` (as `storyline.nlp.text.doc_text` keeps the text)."""
    lines = doc.user_data.get(_HEADLINES_KEY)
    if lines is None:
        lines = doc.user_data[_HEADLINES_KEY] = headline_lines(doc)
    return {i for start, end in lines for i in range(start, end)}


def headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the headline lines (see `headline_tokens`), read from arrays of
    the tokens' attributes: a Token object for each word of a long report would cost more
    than all the rest. A line ends at a token whose text holds a line break (a token's
    trailing whitespace is a space or nothing), and at the last token."""
    if not len(doc):
        return []
    attrs = doc.to_array([ORTH, IS_ALPHA, IS_STOP, IS_TITLE, IS_UPPER])
    orths = attrs[:, 0]
    strings = doc.vocab.strings
    breaks = [orth for orth in set(orths.tolist()) if "\n" in strings[orth]]
    ends = np.flatnonzero(np.isin(orths, breaks)).tolist()
    if not ends or ends[-1] != len(doc) - 1:
        ends.append(len(doc) - 1)
    words = (attrs[:, 1] == 1) & (attrs[:, 2] == 0)  # alphabetic, not a stop word
    capitalised = words & ((attrs[:, 3] == 1) | (attrs[:, 4] == 1))
    words_before = [0, *np.cumsum(words).tolist()]
    capitalised_before = [0, *np.cumsum(capitalised).tolist()]
    found = []
    start = 0
    for end in ends:
        n_words = words_before[end + 1] - words_before[start]
        n_capitalised = capitalised_before[end + 1] - capitalised_before[start]
        if (
            n_words >= 3
            and n_capitalised >= 0.8 * n_words
            and (
                not _ends_with_period(strings, orths, start, end)
                or (start == 0 and _title_line(doc[: end + 1]))
            )
        ):
            found.append((start, end + 1))
        start = end + 1
    return found


def _title_line(line: Span) -> bool:
    """A line of words other than stop words that all open with a capital ("McCaul",
    "#NeverTrump" too), closed by a blank line: a title, even with a period."""
    return line[-1].text.count("\n") >= 2 and all(
        t.text[:1].isupper() for t in line if t.is_alpha and not t.is_stop
    )


def _ends_with_period(strings: StringStore, orths: np.ndarray, start: int, end: int) -> bool:
    """Does the text of tokens start..end (inclusive), trailing whitespace stripped, end
    with a period?"""
    for i in range(end, start - 1, -1):
        text = strings[int(orths[i])].rstrip()
        if text:
            return text.endswith(".")
    return False


def line_end(ent: Span) -> int:
    """Where an entity ends, cut at a line break (a headline's name is not the next line's)."""
    for token in ent:
        if token.is_space or "\n" in token.text:
            return token.i
        if "\n" in token.whitespace_:
            return token.i + 1
    return ent.end


def same_role(mentioned: Role, held: Role) -> bool:
    """Does a role phrase ("the minister") name a role a person holds ("defense minister")?"""
    return mentioned == held or held.name.endswith(" " + mentioned.name)


def grammatical_role(token: Token) -> str:
    """subject, object or other, looking through conjunctions and appositions."""
    if token.dep_ in {"conj", "appos"}:
        token = token.head
    if token.dep_ in SUBJECTS:
        return "subject"
    return "object" if token.dep_ in OBJECTS else "other"


def acts(token: Token) -> bool:
    """Is a place name used as an agent: subject, possessor, or partner in talks?"""
    while token.dep_ in {"conj", "appos", "compound"} and token.head is not token:
        token = token.head
    if token.dep_ in SUBJECTS or token.dep_ == "poss":
        return True
    return token.dep_ == "pobj" and token.head.lower_ in AGENT_PREPOSITIONS


def coarguments_of(pronoun: Token) -> frozenset[int]:
    """The tokens that are the pronoun's coarguments: with it, two arguments of one verb (so
    a plain pronoun cannot mean them): the other dependents of its verb and the verb itself
    where it heads its sentence (the parser's root is its own head). A predicate noun is
    none: it says what the subject is ("he will still be the CEO"); a possessive, reflexive
    or predicate pronoun, or one whose head is no verb, has none. Found once per pronoun, as
    indices, so that each mention of each person is only looked up (`pronoun_candidates`)."""
    if pronoun.dep_ in {"poss", "attr"} or pronoun.lower_.endswith("self"):
        return frozenset()
    verb = pronoun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return frozenset()
    found = {child.i for child in verb.children if child.dep_ != "attr"}
    if verb.head.i == verb.i and verb.dep_ != "attr":
        found.add(verb.i)
    return frozenset(found)
