"""Actors of one report from a parsed spaCy Doc: rules over named entities and the parse.

No coreference model installs offline here, so mentions are grouped by these rules, applied
in this order (each step leaves the words it used to the later ones):

1. **Persons** (PERSON entities). Titles inside or just before the name become roles
   ("U.S. Vice President Mike Pence": role vice president, country USA); so do appositions
   before ("Vice President (VP), Mike Pence") and after ("Itsunori Onodera, the Defense
   Minister"). Full names (two words or more) are one person when their words are equal;
   a shorter name joins the one full name it is a short form of (see `names.is_short_form`:
   "Pence" -> "Mike Pence", "Kim" -> "Kim Jong Un"), and so does a full name that is part of
   exactly one longer one ("Kim Jong" of "Kim Jong Un"). A short name that fits two people
   is kept apart and marked ambiguous; different full names are never merged. A one-word
   PERSON that fits no person but an organisation of the report ("Colts" beside
   "Indianapolis Colts") is read as that organisation. Entities end at a line break; in a
   headline (a title-case line) they keep only words the body also capitalises.
2. **Roles used as names** ("the VP", "the Prime Minister", "the US's VP", "the
   21-year-old actress"): definite, singular role phrases from `roles.tsv`. They go to
   the person holding that role (of the same country when both are known): the nearest
   one before, else the first one after. A role predicated of a person ("Kim Yong Nam is
   North Korea's ceremonial leader") is that person's. With no holder, a description ("the
   actress", "the woman") means the report's protagonist: the most mentioned named person
   before it who has no role yet (not for officials, police, judges, lawyers, spokespeople,
   whose holders deal with protagonists); otherwise it is a person of its own, named by the
   role. Indefinite and plural roles ("a judge", "officers") are unnamed actors too.
3b. **Unnamed actors** (after step 3): common nouns of `nominals.tsv` heading a phrase ("the
   man", "police", "the pirates", "the company") are one actor per noun and report (type
   PERSON, ORGANISATION for groups and organisations, LOCATION for places); "the center"
   after "the Betty Ford Center" is that named organisation, and "the company" (any
   organisation noun) with no such match is the most mentioned organisation before it.
3. **Countries, governments, places, organisations** (GPE, NORP, LOC, FAC, ORG entities),
   resolved through the country lexicon: a country's name is the COUNTRY; a name or demonym
   in front of a government word ("the Japanese government", "North Korean officials") or
   a seat ("the White House") is its GOVERNMENT (code e.g. JPNGOV), in front of a military
   word its military (JPNMIL); a capital is the GOVERNMENT when it acts: subject ("Tokyo
   said", "Washington will stand by Japan"), possessor, or object of with/against/between/by
   ("talks with Pyongyang"); otherwise it is the city, a LOCATION. Other places are
   LOCATIONs, other organisations ORGANISATIONs (an acronym joins the organisation it
   abbreviates). An entity of another label that names exactly one person of step 1
   ("Pence" tagged ORG beside "Mike Pence") is that person.
4. **Person pronouns** (he/him/his/himself, she/her/hers/herself) resolve to a person named
   before them in the same or the two previous sentences: the nearest sentence first, then
   a named person before a role standing alone, then one in the pronoun's grammatical role
   (an object pronoun prefers an object, any other pronoun a subject), then the closest
   mention. A person who is another argument of the pronoun's own verb ("Pence met him") is
   not a candidate, nor one whose known gender differs (from Mr/Mrs/Ms, a gendered title
   such as "actress", the given name (see `gender`), or the pronouns that could mean no one
   else). Relative who/whom/whose mean the actor their
   clause modifies ("Pence, who arrived on Tuesday").

A person's country is the one the text gives with the name or role; failing that, for
government and military roles only, the nearest country named before the person in the same
sentence, then the report's dateline ("TOKYO —"). Codes are country + the role's CAMEO
sector (USAGOV for the US Vice President); countries get their alpha-3 code (PRK).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.extract.actor_model import Actor, ActorMention, ActorType, MentionKind
from storyline.extract.countries import CountryLexicon, CountryMatch
from storyline.extract.gender import gender_of_given_name
from storyline.extract.names import HONORIFICS, acronym, is_short_form, name_words
from storyline.extract.nominals import Nominal, NominalLexicon
from storyline.extract.roles import Role, RoleLexicon, normalize_word

GOVERNMENT_WORDS = frozenset(
    "government administration authorities officials official cabinet ministry leadership "
    "regime diplomats spokesman spokeswoman spokesperson".split()
)
MILITARY_WORDS = frozenset("military army forces troops navy soldiers".split())
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
NOMINAL_MODIFIERS = frozenset({"det", "amod", "nummod", "compound", "poss", "quantmod", "nmod"})
NOMINAL_TYPES: dict[str, ActorType] = {
    "person": "PERSON", "group": "ORGANISATION", "organisation": "ORGANISATION",
    "place": "LOCATION",
}  # fmt: skip
# Roles whose holders mostly deal with a report's protagonist rather than being it.
SECTORS_OF_OTHERS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED", "HLH"})
ROLES_OF_OTHERS = frozenset({"spokesperson", "official", "lawyer", "analyst", "juror"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
AGENT_PREPOSITIONS = frozenset({"with", "against", "between", "by"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "dative", "iobj"})
POSSESSIVES = frozenset({"'s", "'", "his", "her", "its", "their"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
COUNTRY_LABELS = frozenset({"GPE", "NORP"})
DASHES = frozenset({"—", "–", "-", "--"})
_GENDER_OF_HONORIFIC = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Role words that say the person's gender (English marks it on few nouns).
GENDER_OF_WORD = {
    **dict.fromkeys(
        "actress spokeswoman congresswoman chairwoman businesswoman queen princess empress "
        "duchess countess woman girl mother sister wife daughter aunt grandmother".split(),
        "f",
    ),
    **dict.fromkeys(
        "spokesman congressman chairman businessman king prince emperor duke count man boy "
        "father brother husband son uncle grandfather".split(),
        "m",
    ),
}
_PRONOUN_WINDOW = 2  # sentences before the pronoun's own


@dataclass
class _Draft:
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

    def add_role(self, role: Role) -> None:
        if role not in self.roles:
            self.roles.append(role)

    @property
    def sector(self) -> str:
        return next((role.sector for role in self.roles if role.sector), "")


@dataclass
class _PersonName:
    """A PERSON entity read with what the text says around it."""

    words: tuple[str, ...]
    text: str
    span: tuple[int, int, MentionKind]
    roles: list[Role]
    country: str | None
    extra: list[tuple[int, int, MentionKind]]  # appositive role mentions
    gender: str | None


class ActorResolver:
    """Resolve the actors of one Doc (see the module docstring for the rules)."""

    def __init__(
        self,
        countries: CountryLexicon,
        roles: RoleLexicon,
        nominals: NominalLexicon | None = None,
    ) -> None:
        self.countries = countries
        self.roles = roles
        self.nominals = nominals if nominals is not None else NominalLexicon.load()

    def __call__(self, doc: Doc) -> list[Actor]:
        return _Resolution(doc, self.countries, self.roles, self.nominals).run()


class _Resolution:
    """State of resolving one Doc."""

    def __init__(
        self, doc: Doc, countries: CountryLexicon, roles: RoleLexicon, nominals: NominalLexicon
    ) -> None:
        self.doc = doc
        self.lexicon = countries
        self.role_lexicon = roles
        self.nominal_lexicon = nominals
        self.words = [token.text for token in doc]
        self.taken: set[int] = set()
        self.persons: list[_Draft] = []
        self.organisation_names: list[Span] = []  # PERSON entities read as organisations
        self.others: dict[tuple[str, tuple[str, ...]], _Draft] = {}
        self.country_at: list[tuple[int, str]] = []  # (token index, alpha3) of every country
        self.headlines = {sent.start for sent in doc.sents if _is_headline(sent)}
        self.body_capitalised = {
            token.lower_
            for sent in doc.sents
            if sent.start not in self.headlines
            for token in sent
            if token.is_title or token.is_upper
        }
        self.ent_ending: dict[int, Span] = {ent.end: ent for ent in doc.ents}
        self.ent_starting: dict[int, Span] = {ent.start: ent for ent in doc.ents}

    def run(self) -> list[Actor]:
        self.find_persons()
        self.find_roles()
        self.find_places_and_organisations()
        self.find_nominals()
        self.resolve_pronouns()
        dateline = self.dateline_country()
        drafts = list({id(d): d for d in self.persons + list(self.others.values())}.values())
        actors = [self.finish(draft, dateline) for draft in drafts if draft.mentions]
        return sorted(actors, key=lambda actor: actor.mentions[0].start)

    # -- small readers -------------------------------------------------------------------

    def extent(self, ent: Span) -> tuple[int, int]:
        """The tokens of an entity that are its name: cut at a line break, and, in a
        headline, trimmed to the words the body also writes capitalised ("Esther Williams
        Dies" -> "Esther Williams"), since a title-case line defeats the recogniser."""
        start, end = ent.start, _line_end(ent)
        if not self.headlines or self.doc[start].sent.start not in self.headlines:
            return start, end
        known = [i for i in range(start, end) if self.doc[i].lower_ in self.body_capitalised]
        if not known:
            return start, end
        return known[0], known[-1] + 1

    def take(self, start: int, end: int) -> None:
        self.taken.update(range(start, end))

    def is_free(self, start: int, end: int) -> bool:
        return not any(i in self.taken for i in range(start, end))

    def country_of(self, span: Span) -> CountryMatch | None:
        match = self.lexicon.lookup(span.text)
        if match is not None:
            self.country_at.append((span.start, match.country.alpha3))
        return match

    def country_before(self, i: int) -> tuple[str, int] | None:
        """A country named just before token i ("U.S." Vice President, "Japan's" VP)."""
        ent = self.ent_ending.get(i)  # the entity may hold the possessive: "North Korea's"
        if ent is None and i > 0 and normalize_word(self.words[i - 1]) in {"'s", "'"}:
            ent = self.ent_ending.get(i - 1)
        if ent is None or ent.label_ not in COUNTRY_LABELS:
            return None
        match = self.country_of(ent)
        return (match.country.alpha3, ent.start) if match else None

    def country_after(self, i: int) -> tuple[str, int] | None:
        """A country named by "of X" at token i ("the Prime Minister of Japan")."""
        if i + 1 < len(self.doc) and self.words[i].lower() == "of":
            ent = self.ent_starting.get(i + 1) or self.ent_starting.get(i + 2)
            if ent is not None and ent.label_ in COUNTRY_LABELS and ent.start <= i + 2:
                match = self.country_of(ent)
                if match:
                    return match.country.alpha3, ent.end
        return None

    def role_ending(self, end: int) -> tuple[Role, int] | None:
        """The role written just before token `end`, with its first token (a portfolio
        word in front of an open role is part of it: "Trade Minister")."""
        match = self.role_lexicon.match_ending(self.words, end)
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
        return token.tag_ in {"NNS", "NNPS"}

    # -- 1. persons ----------------------------------------------------------------------

    def read_person(self, ent: Span) -> _PersonName | None:
        doc, words = self.doc, self.words
        start, end = self.extent(ent)
        while end > start and normalize_word(words[end - 1]) in {"'s", "'"}:
            end -= 1
        roles: list[Role] = []
        gender = None
        i = start
        while i < end:
            match = self.role_lexicon.match_at(words[:end], i)
            if match is not None and i + match.length < end:
                roles.append(match.role)
                i += match.length
            elif normalize_word(words[i]) in HONORIFICS and i + 1 < end:
                gender = _GENDER_OF_HONORIFIC.get(normalize_word(words[i]), gender)
                i += 1
            else:
                break
        if i == end:
            return None
        words_of_name = name_words(doc[i:end].text)
        if not words_of_name:
            return None
        kind: MentionKind = "title" if i > start else "name"
        first = start
        country = None
        extra: list[tuple[int, int, MentionKind]] = []
        if first > 0 and normalize_word(words[first - 1]) in HONORIFICS:
            gender = _GENDER_OF_HONORIFIC.get(normalize_word(words[first - 1]), gender)
            first -= 1
        while (found := self.role_ending(first)) is not None and self.is_free(found[1], first):
            roles.insert(0, found[0])
            gender = gender or GENDER_OF_WORD.get(self.words[first - 1].lower())
            first = found[1]
            kind = "title"
        if kind == "title" and (before := self.country_before(first)) is not None:
            country, first = before
        if first == start and not roles:
            appositive = self.apposition_before(first)
            if appositive is not None:
                role, role_country, role_span = appositive
                roles.append(role)
                country = role_country
                extra.append(role_span)
        appositive = self.apposition_after(end)
        if appositive is not None:
            role, role_country, role_span = appositive
            roles.append(role)
            country = country or role_country
            extra.append(role_span)
        text = doc[i:end].text
        return _PersonName(words_of_name, text, (first, end, kind), roles, country, extra, gender)

    def apposition_before(self, i: int) -> tuple[Role, str | None, tuple] | None:
        """ "Vice President (VP), Mike Pence": a role, maybe a bracketed abbreviation, a comma."""
        words = self.words
        if i < 2 or words[i - 1] != ",":
            return None
        k = i - 1
        if words[k - 1] == ")":
            opening = next((j for j in range(k - 2, max(k - 5, -1), -1) if words[j] == "("), None)
            if opening is None:
                return None
            k = opening
        found = self.role_ending(k)
        if found is None or not self.is_free(found[1], k):
            return None
        role, start = found
        country = None
        if (before := self.country_before(start)) is not None:
            country, start = before
        if start > 0 and words[start - 1].lower() == "the":
            start -= 1
        if start > 0 and not self.doc[start].is_sent_start and words[start - 1] not in {"(", ","}:
            return None
        return role, country, (start, i - 1, "role")

    def apposition_after(self, end: int) -> tuple[Role, str | None, tuple] | None:
        """ "Itsunori Onodera, the Defense Minister": a comma, a determiner, a role."""
        words, doc = self.words, self.doc
        if end + 2 > len(doc) or words[end] != ",":
            return None
        k = end + 1
        if words[k].lower() in {"the", "a", "an"}:
            k += 1
        country = None
        ent = self.ent_starting.get(k)
        if ent is not None and ent.label_ in COUNTRY_LABELS and (match := self.country_of(ent)):
            country = match.country.alpha3
            k = ent.end
            if k < len(doc) and normalize_word(words[k]) in {"'s", "'"}:
                k += 1
        for _ in range(2):
            if k < len(doc) and doc[k].pos_ == "ADJ" and not self.role_lexicon.match_at(words, k):
                k += 1
        match = self.role_lexicon.match_at(words, k)
        if match is None:
            return None
        last = k + match.length
        if self.is_plural(doc[last - 1]) or not self.is_free(end + 1, last):
            return None
        if (after := self.country_after(last)) is not None:
            country = country or after[0]
            last = after[1]
        return match.role, country, (end + 1, last, "role")

    def find_persons(self) -> None:
        names = [
            (ent, name)
            for ent in self.doc.ents
            if ent.label_ == "PERSON" and (name := self.read_person(ent)) is not None
        ]
        organisations = [name_words(ent.text) for ent in self.doc.ents if ent.label_ == "ORG"]
        by_words: dict[tuple[str, ...], _Draft] = {}
        for _, name in names:
            if len(name.words) >= 2:
                draft = by_words.get(name.words)
                if draft is None:
                    draft = by_words[name.words] = _Draft("PERSON", name.words, name.text)
                    self.persons.append(draft)
                self.add_person_name(draft, name)
        self.merge_partial_full_names()
        for ent, name in names:
            if len(name.words) >= 2:
                continue
            fits = [d for d in self.persons if len(d.key) >= 2 and is_short_form(name.words, d.key)]
            if len(fits) == 1:
                self.add_person_name(fits[0], name)
                continue
            if not fits and any(is_short_form(name.words, org) for org in organisations):
                self.organisation_names.append(ent)  # "Colts" beside "Indianapolis Colts"
                continue
            draft = by_words.get(name.words)
            if draft is None:
                draft = by_words[name.words] = _Draft("PERSON", name.words, name.text)
                draft.ambiguous = len(fits) > 1
                self.persons.append(draft)
            self.add_person_name(draft, name)

    def merge_partial_full_names(self) -> None:
        """Join a full name into the one longer full name it is part of ("Kim Jong" and
        "Kim Jong Un"; "Lindsay Lohan" and a headline's "Lindsay Lohan Checks Into Rehab");
        the name written more often gives the person's name."""
        for draft in sorted(self.persons, key=lambda d: len(d.key)):
            longer = [
                other
                for other in self.persons
                if other is not draft and is_short_form(draft.key, other.key)
            ]
            if len(longer) != 1:
                continue
            (other,) = longer
            if len(draft.mentions) > len(other.mentions):
                other.key, other.name = draft.key, draft.name
            other.mentions.extend(draft.mentions)
            for role in draft.roles:
                other.add_role(role)
            other.countries.update(draft.countries)
            other.gender = other.gender or draft.gender
            self.persons.remove(draft)

    def add_person_name(self, draft: _Draft, name: _PersonName) -> None:
        draft.mentions.append(name.span)
        draft.mentions.extend(name.extra)
        self.take(name.span[0], name.span[1])
        for start, end, _ in name.extra:
            self.take(start, end)
        for role in name.roles:
            draft.add_role(role)
        if name.country:
            draft.countries[name.country] += 1
        draft.gender = draft.gender or name.gender
        if len(name.text) > len(draft.name) and len(name.words) >= len(draft.key):
            draft.name = name.text

    # -- 2. roles used as names ----------------------------------------------------------

    def find_roles(self) -> None:
        doc, words = self.doc, self.words
        # plural nouns by their lemma, so "officers" finds the role "officer"
        singular = [t.lemma_ if t.tag_ in {"NNS", "NNPS"} else t.text for t in doc]
        i = 0
        while i < len(doc):
            match = None
            if i not in self.taken:
                match = self.role_lexicon.match_at(words, i) or self.role_lexicon.match_at(
                    singular, i
                )
            if match is None:
                i += 1
                continue
            end = i + match.length
            head = doc[end - 1]
            if (
                head.pos_ not in {"NOUN", "PROPN"}
                or not self.is_free(i, end)
                or (end < len(doc) and doc[end].ent_type_ == "PERSON")
            ):
                i += 1
                continue
            if self.is_plural(head):
                self.add_unnamed(match.role, self.nominal_start(head), end, plural=True)
                i = end
                continue
            found = self.role_ending(end)
            role, start = found if found else (match.role, i)
            country = None
            if (before := self.country_before(start)) is not None:
                country, start = before
            start = self.skip_modifiers_before(start)
            previous = normalize_word(words[start - 1]) if start > 0 else ""
            if previous == "the":
                start -= 1
            elif previous not in POSSESSIVES and country is None:
                if any(c.dep_ == "det" for c in head.lefts):  # "a judge": someone unnamed
                    self.add_unnamed(role, self.nominal_start(head), end, plural=False)
                i = end
                continue
            if (after := self.country_after(end)) is not None:
                country = country or after[0]
                end = after[1]
            self.add_role_mention(role, country, start, end)
            self.take(start, end)
            i = end

    def add_unnamed(self, role: Role, start: int, end: int, *, plural: bool) -> None:
        """An indefinite or plural role ("a judge", "officers"): an unnamed actor of this
        report, never one of its named holders."""
        key = ("the", *role.name.split(), *(("plural",) if plural else ()))
        draft = self.others.get(("PERSON", key))
        if draft is None:
            draft = self.others[("PERSON", key)] = _Draft("PERSON", key, role.name.title())
            draft.add_role(role)
            if not plural:
                self.persons.append(draft)
        draft.mentions.append((start, end, "role"))
        self.take(start, end)

    def skip_modifiers_before(self, start: int) -> int:
        """Step back over up to three adjectives and numbers ("the 21-year-old actress")."""
        for _ in range(3):
            before = start - 1
            if before < 0 or self.doc[before].pos_ not in {"ADJ", "NUM"}:
                break
            if before in self.taken:
                break
            start = before
        return start

    def add_role_mention(self, role: Role, country: str | None, start: int, end: int) -> None:
        predicated = self.subject_of_predicate(self.doc[end - 1])
        if predicated is not None:
            predicated.add_role(role)
            holders = [predicated]
        else:
            holders = self.holders(role, country)
        if holders:
            before = [d for d in holders if min(m[0] for m in d.mentions) < start]
            if before:
                draft = max(before, key=lambda d: max(m[0] for m in d.mentions if m[0] < start))
            else:
                draft = min(holders, key=lambda d: min(m[0] for m in d.mentions))
        elif (found := self.protagonist(role, start, end)) is not None:
            draft = found
            draft.add_role(role)
        else:
            key = ("the", *role.name.split())
            draft = _Draft("PERSON", key, role.name.title(), roles=[role])
            self.persons.append(draft)
        draft.mentions.append((start, end, "role"))
        draft.gender = draft.gender or GENDER_OF_WORD.get(self.doc[end - 1].lower_)
        if country:
            draft.countries[country] += 1

    def protagonist(self, role: Role, start: int, end: int) -> _Draft | None:
        """The person a definite description with no holder means ("Lindsay Lohan ... the
        actress"): the most mentioned named person before it (the latest on a tie) who has
        no role yet and no other gender. Not for roles that usually belong to someone who
        deals with the protagonist (officials, police, judges, lawyers, spokespeople)."""
        if role.sector in SECTORS_OF_OTHERS or role.name in ROLES_OF_OTHERS:
            return None
        gender = GENDER_OF_WORD.get(self.doc[end - 1].lower_)
        candidates = [
            draft
            for draft in self.persons
            if draft.key[:1] != ("the",)
            and not draft.ambiguous
            and not draft.roles
            and (gender is None or draft.gender in (None, gender))
        ]
        return _most_mentioned_before(candidates, start)

    def subject_of_predicate(self, head: Token) -> _Draft | None:
        """The person a copula gives the role to ("Kim Yong Nam is North Korea's leader",
        "... is its leader and the most senior official")."""
        if head.dep_ == "conj" and head.head.dep_ == "attr":
            head = head.head
        if head.dep_ != "attr" or head.head.lemma_ != "be":
            return None
        subject = next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            return None
        for draft in self.persons:
            if any(start <= subject.i < end for start, end, _ in draft.mentions):
                return draft
        return None

    def holders(self, role: Role, country: str | None) -> list[_Draft]:
        """Persons holding a role (of the same country, when both countries are known)."""
        return [
            draft
            for draft in self.persons
            if any(_same_role(role, held) for held in draft.roles)
            and (country is None or not draft.countries or country in draft.countries)
        ]

    # -- 3. countries, governments, places, organisations ---------------------------------

    def find_places_and_organisations(self) -> None:
        retyped = {(ent.start, ent.end) for ent in self.organisation_names}
        for ent in self.doc.ents:
            label = "ORG" if (ent.start, ent.end) in retyped else ent.label_
            if label not in PLACE_LABELS | COUNTRY_LABELS | {"ORG"}:
                continue
            start, end = self.extent(ent)
            start += 1 if start < end - 1 and self.doc[start].lower_ == "the" else 0
            while end > start and normalize_word(self.words[end - 1]) in {"'s", "'"}:
                end -= 1
            if end <= start or not self.is_free(start, end):
                continue
            span = self.doc[start:end]
            match = self.country_of(span)
            if match is None and (person := self.person_named(span)) is not None:
                person.mentions.append((start, end, "name"))
                self.take(start, end)
            elif match is not None:
                self.add_country_mention(span, match)
            elif label in PLACE_LABELS:
                self.add_named(span, "LOCATION")
            elif label == "ORG":
                self.add_named(span, "ORGANISATION")

    def person_named(self, span: Span) -> _Draft | None:
        """The one person a non-PERSON entity names ("Pence" tagged ORG beside "Mike Pence")."""
        words = name_words(span.text)
        fits = [
            draft
            for draft in self.persons
            if not draft.ambiguous and (draft.key == words or is_short_form(words, draft.key))
        ]
        return fits[0] if len(fits) == 1 else None

    def add_country_mention(self, span: Span, match: CountryMatch) -> None:
        alpha3, name = match.country.alpha3, match.country.name
        group = self.group_word_after(span)
        if match.via == "seat" or (match.via == "capital" and _acts(span.root)):
            self.add_other("GOVERNMENT", (f"{alpha3}GOV",), f"{name} government", span, match.via)
        elif group is not None and match.via != "capital":
            word_end, sector = group
            start = span.start - (
                1 if span.start and self.words[span.start - 1].lower() == "the" else 0
            )
            label = "government" if sector == "GOV" else "military"
            mention = self.doc[start:word_end]
            kind: MentionKind = "demonym" if match.via == "demonym" else "name"
            code = f"{alpha3}{sector}"
            self.add_other("GOVERNMENT", (code,), f"{name} {label}", mention, kind)
        elif match.via == "capital":
            draft = self.add_other("LOCATION", name_words(span.text), span.text, span, "name")
            draft.countries[alpha3] += 1
        else:
            kind = "demonym" if match.via == "demonym" else "name"
            self.add_other("COUNTRY", (alpha3,), name, span, kind)

    def group_word_after(self, span: Span) -> tuple[int, str] | None:
        """A government or military word the country name modifies: (its end, sector)."""
        k = span.end
        if k < len(self.doc) and normalize_word(self.words[k]) in {"'s", "'"}:
            k += 1
        if k >= len(self.doc):
            return None
        word = self.doc[k]
        if not self.is_free(k, k + 1):
            return None
        if word.lower_ in GOVERNMENT_WORDS:
            return k + 1, "GOV"
        if word.lower_ in MILITARY_WORDS:
            return k + 1, "MIL"
        return None

    def add_named(self, span: Span, actor_type: ActorType) -> None:
        words = name_words(span.text)
        if not words:
            return
        text = span.text
        if actor_type == "ORGANISATION" and text.isupper() and " " not in text:
            for (kind, _), draft in self.others.items():
                if kind == "ORGANISATION" and acronym(draft.key) == text.replace(".", ""):
                    draft.mentions.append((span.start, span.end, "acronym"))
                    self.take(span.start, span.end)
                    return
        self.add_other(actor_type, words, text, span, "name")

    def add_other(
        self,
        actor_type: ActorType,
        key: tuple[str, ...],
        name: str,
        span: Span,
        kind: MentionKind,
    ) -> _Draft:
        """Add a mention to the actor of this type and key (a code for countries and
        governments, the name's words otherwise), creating it if needed."""
        draft = self.others.get((actor_type, key))
        if draft is None:
            draft = self.others[(actor_type, key)] = _Draft(actor_type, key, name)
            if actor_type in {"COUNTRY", "GOVERNMENT"}:
                draft.code = key[0]
                draft.countries[key[0][:3]] += 1
        draft.mentions.append((span.start, span.end, kind))
        self.take(span.start, span.end)
        return draft

    # -- 3b. unnamed actors -------------------------------------------------------------

    def find_nominals(self) -> None:
        for token in self.doc:
            if token.i in self.taken or token.pos_ != "NOUN" or token.dep_ == "compound":
                continue
            nominal = self.nominal_lexicon.lookup(token.lemma_)
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if following is not None and following.ent_type_ == "PERSON":
                continue  # "publicist Jack Ketsoyan": a word in front of a name, not an actor
            if nominal is not None:
                self.add_nominal(token, nominal)

    def nominal_start(self, head: Token) -> int:
        """First token of the phrase a noun heads: its determiner and modifiers in front."""
        start = head.i
        for child in reversed(list(head.lefts)):
            if child.i != start - 1 or child.i in self.taken:
                break
            if child.dep_ not in NOMINAL_MODIFIERS or child.pos_ == "PRON":
                break  # "her publicist": the pronoun is a mention of its own
            start = child.i
        return start

    def add_nominal(self, head: Token, nominal: Nominal) -> None:
        start, end = self.nominal_start(head), head.i + 1
        country = None
        for child in head.lefts:
            if child.ent_type_ in COUNTRY_LABELS and (match := self.lexicon.lookup(child.text)):
                country = match.country.alpha3
        if nominal.kind in {"organisation", "place"}:
            named = self.named_by_head(head.lemma_.lower())
            if named is None and nominal.kind == "organisation" and not self.is_plural(head):
                named = self.main_organisation(start)
            if named is not None:
                named.mentions.append((start, end, "role"))
                self.take(start, end)
                return
        actor_type: ActorType = NOMINAL_TYPES[nominal.kind]
        plural = nominal.kind == "person" and self.is_plural(head)
        definite = any(c.lower_ == "the" for c in head.lefts)
        if nominal.kind == "person" and definite and not plural:
            role = Role(nominal.noun, nominal.sector)
            found = self.protagonist(role, start, end)
            if found is not None:
                found.mentions.append((start, end, "role"))
                found.add_role(role)
                self.take(start, end)
                return
        key = ("the", nominal.noun, "plural") if plural else ("the", nominal.noun)
        draft = self.others.get((actor_type, key))
        if draft is None:
            name = (head.lower_ if self.is_plural(head) else nominal.noun).capitalize()
            draft = self.others[(actor_type, key)] = _Draft(actor_type, key, name)
            if actor_type == "PERSON":
                draft.add_role(Role(nominal.noun, nominal.sector))
                self.persons.append(draft)
        if country and nominal.sector and actor_type != "PERSON":
            draft.code = country + nominal.sector
        if country:
            draft.countries[country] += 1
        draft.gender = draft.gender or GENDER_OF_WORD.get(nominal.noun)
        draft.mentions.append((start, end, "role"))
        self.take(start, end)

    def main_organisation(self, start: int) -> _Draft | None:
        """The most mentioned named organisation before a token ("Apple ... the company"),
        the latest on a tie."""
        candidates = [
            draft
            for (actor_type, key), draft in self.others.items()
            if actor_type == "ORGANISATION" and key[:1] != ("the",)
        ]
        return _most_mentioned_before(candidates, start)

    def named_by_head(self, noun: str) -> _Draft | None:
        """The one named organisation or place whose name ends in this noun ("the center"
        after "the Betty Ford Center")."""
        fits = [
            draft
            for (actor_type, key), draft in self.others.items()
            if actor_type in {"ORGANISATION", "LOCATION"}
            and key[:1] != ("the",)
            and key[-1] == noun
        ]
        return fits[0] if len(fits) == 1 else None

    # -- 4. pronouns ---------------------------------------------------------------------

    def resolve_relative_pronouns(self) -> None:
        """who/whom/whose opening a relative clause mean the actor the clause modifies."""
        drafts = self.persons + list(self.others.values())
        for token in self.doc:
            if token.lower_ not in RELATIVE_PRONOUNS or token.i in self.taken:
                continue
            clause = token.head if token.dep_ != "poss" else token.head.head
            if clause.dep_ != "relcl":
                continue
            antecedent = clause.head.i
            for draft in drafts:
                if any(start <= antecedent < end for start, end, _ in draft.mentions):
                    draft.mentions.append((token.i, token.i + 1, "pronoun"))
                    self.take(token.i, token.i + 1)
                    break

    def resolve_pronouns(self) -> None:
        """Relative pronouns first; then learn genders from the pronouns that have a single
        candidate; then resolve every person pronoun (see rule 4)."""
        self.resolve_relative_pronouns()
        sentence_of = {token.i: n for n, sent in enumerate(self.doc.sents) for token in sent}
        pronouns = [
            token
            for token in self.doc
            if token.lower_ in PRONOUN_GENDER and token.pos_ == "PRON" and token.i not in self.taken
        ]
        for draft in self.persons:
            if draft.gender is None and len(draft.key) >= 2 and draft.key[0] != "the":
                draft.gender = gender_of_given_name(draft.key[0])
        votes: dict[int, Counter[str]] = {}
        for token in pronouns:
            ranked = self.pronoun_candidates(token, sentence_of)
            if len({id(draft) for _, draft in ranked}) == 1:
                votes.setdefault(id(ranked[0][1]), Counter())[PRONOUN_GENDER[token.lower_]] += 1
        for draft in self.persons:
            if draft.gender is None and (vote := votes.get(id(draft))):
                (gender, n), *rest = vote.most_common()
                if not rest or n > rest[0][1]:
                    draft.gender = gender
        for token in pronouns:
            ranked = self.pronoun_candidates(token, sentence_of)
            if ranked:
                draft = min(ranked, key=lambda item: item[0])[1]
                draft.mentions.append((token.i, token.i + 1, "pronoun"))
                draft.gender = draft.gender or PRONOUN_GENDER[token.lower_]
                self.take(token.i, token.i + 1)

    def pronoun_candidates(
        self, token: Token, sentence_of: dict[int, int]
    ) -> list[tuple[tuple[int, int, int, int], _Draft]]:
        """Persons a pronoun may mean, each with its rank (lower is better)."""
        gender = PRONOUN_GENDER[token.lower_]
        wanted = "object" if _grammatical_role(token) == "object" else "subject"
        ranked = []
        for draft in self.persons:
            if draft.gender not in (None, gender) or draft.ambiguous:
                continue
            for start, end, _ in draft.mentions:
                if end > token.i:
                    continue
                distance = sentence_of[token.i] - sentence_of[start]
                if distance > _PRONOUN_WINDOW or _coargument(self.doc[start:end].root, token):
                    continue
                role = _grammatical_role(self.doc[start:end].root)
                unnamed = 1 if draft.key[:1] == ("the",) else 0
                ranked.append(((distance, unnamed, 0 if role == wanted else 1, -start), draft))
        return ranked

    # -- finishing -----------------------------------------------------------------------

    def dateline_country(self) -> str | None:
        """The country of a dateline ("TOKYO — ...") in the report's first sentences."""
        for n, sent in enumerate(self.doc.sents):
            if n >= 4:
                break
            dash = next((t.i for t in sent[:5] if t.text in DASHES), None)
            if dash is not None and dash > sent.start and sent[0].text.isupper():
                match = self.lexicon.lookup(self.doc[sent.start : dash].text)
                if match is not None:
                    return match.country.alpha3
        return None

    def nearest_country_before(self, i: int) -> str | None:
        sent = self.doc[i].sent
        before = [(at, alpha3) for at, alpha3 in self.country_at if sent.start <= at < i]
        return max(before)[1] if before else None

    def finish(self, draft: _Draft, dateline: str | None) -> Actor:
        mentions = sorted(set(draft.mentions))
        country = draft.countries.most_common(1)[0][0] if draft.countries else None
        code = draft.code
        if draft.type == "PERSON":
            sector = draft.sector
            if country is None and sector in {"GOV", "MIL"}:
                country = self.nearest_country_before(mentions[0][0]) or dateline
            code = f"{country}{sector}" if country and sector else None
        doc = self.doc
        return Actor(
            name=draft.name,
            type=draft.type,
            key=draft.key,
            mentions=tuple(
                ActorMention(
                    doc[start].idx,
                    doc[end - 1].idx + len(doc[end - 1].text),
                    doc[start:end].text,
                    kind,
                )
                for start, end, kind in mentions
            ),
            country=country,
            roles=tuple(role.name for role in draft.roles),
            code=code,
            ambiguous=draft.ambiguous,
        )


def _most_mentioned_before(drafts: list[_Draft], start: int) -> _Draft | None:
    """The draft with the most mentions before token `start` (the latest on a tie)."""
    best: tuple[int, int] | None = None
    chosen = None
    for draft in drafts:
        before = [m[0] for m in draft.mentions if m[0] < start]
        if before and (best is None or (len(before), max(before)) > best):
            best, chosen = (len(before), max(before)), draft
    return chosen


def _is_headline(sent: Span) -> bool:
    """A whole line in title case or capitals, without a closing period: at least three
    words other than stop words, nearly all capitalised."""
    doc = sent.doc
    alone = (sent.start == 0 or "\n" in doc[sent.start - 1].text) and (
        sent.end == len(doc) or "\n" in doc[sent.end - 1].text + doc[sent.end].text
    )
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    if not alone or len(words) < 3 or sent.text.rstrip().endswith("."):
        return False
    capitalised = sum(1 for t in words if t.is_title or t.is_upper)
    return capitalised >= 0.8 * len(words)


def _line_end(ent: Span) -> int:
    """Where an entity ends, cut at a line break (a headline's name is not the next line's)."""
    for token in ent:
        if token.is_space or "\n" in token.text:
            return token.i
        if "\n" in token.whitespace_:
            return token.i + 1
    return ent.end


def _same_role(mentioned: Role, held: Role) -> bool:
    """Does a role phrase ("the minister") name a role a person holds ("defense minister")?"""
    return mentioned == held or held.name.endswith(" " + mentioned.name)


def _grammatical_role(token: Token) -> str:
    """subject, object or other, looking through conjunctions and appositions."""
    if token.dep_ in {"conj", "appos"}:
        token = token.head
    if token.dep_ in SUBJECTS:
        return "subject"
    return "object" if token.dep_ in OBJECTS else "other"


def _acts(token: Token) -> bool:
    """Is a place name used as an agent: subject, possessor, or partner in talks?"""
    while token.dep_ in {"conj", "appos", "compound"} and token.head is not token:
        token = token.head
    if token.dep_ in SUBJECTS or token.dep_ == "poss":
        return True
    return token.dep_ == "pobj" and token.head.lower_ in AGENT_PREPOSITIONS


def _coargument(candidate: Token, pronoun: Token) -> bool:
    """Are they two arguments of one verb (so a plain pronoun cannot mean the candidate)?"""
    if pronoun.dep_ == "poss" or pronoun.lower_.endswith("self"):
        return False
    return candidate.head == pronoun.head and candidate.head.pos_ in {"VERB", "AUX"}
