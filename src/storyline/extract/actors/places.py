"""Steps 3 and 3b: countries, governments, places and organisations; unnamed actors."""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.extract.actor_model import ActorType, MentionKind
from storyline.extract.actors.binding import subject_of
from storyline.extract.actors.speaking_places import speaking_places
from storyline.extract.actors.state import (
    COUNTRY_LABELS,
    GENDER_OF_WORD,
    GOVERNMENT_WORDS,
    INDEFINITE_ARTICLES,
    MILITARY_WORDS,
    NOMINAL_TYPES,
    PLACE_LABELS,
    THE_COUNTRY,
    THE_GOVERNMENT,
    THE_MILITARY,
    Draft,
    ResolutionState,
    acts,
    indefinite_predicate,
    led_government_key,
    most_mentioned_before,
    names_before,
)
from storyline.extract.countries import CountryMatch
from storyline.extract.names import (
    acronym,
    initials_written,
    is_short_form,
    legal_form,
    name_words,
)
from storyline.extract.nominals import Nominal
from storyline.extract.page import doc_page
from storyline.extract.roles import Role, possessive
from storyline.extract.senses import counted_noun, names_a_thing
from storyline.extract.units import names_a_unit

_COMPASS = frozenset({"North", "South", "East", "West"})


class PlacesStep(ResolutionState):
    """Step 3, countries, governments, places and organisations, and step 3b, unnamed
    actors from common nouns (see the rules in `storyline.extract.actors`)."""

    def find_places_and_organisations(self) -> None:
        retyped = {(ent.start, ent.end): "ORG" for ent in self.organisation_names}
        retyped.update({(ent.start, ent.end): "GPE" for ent in self.place_names})
        speaking = speaking_places(  # "Cisco states that it …": a company tagged GPE
            e for e in self.entities if retyped.get((e.start, e.end), e.label_) in PLACE_LABELS
        )
        for ent in self.entities:
            label = retyped.get((ent.start, ent.end), ent.label_)
            if label not in PLACE_LABELS | COUNTRY_LABELS | {"ORG"}:
                continue
            if names_a_unit(ent, self.unit_names) or (label == "ORG" and common_acronym(ent)):
                continue
            start, end = self.extent(ent)
            start += 1 if start < end - 1 and self.doc[start].lower_ == "the" else 0
            while end > start and possessive(self.words[end - 1]):
                end -= 1
            if end <= start or not self.is_free(start, end):
                continue
            span = self.doc[start:end]
            region = self.region_country_of(span) if label in PLACE_LABELS else None
            match = None if region else self.country_of(span) or self.compass_country(span)
            if match is None and (body := self.country_body(span)) is not None:
                self.add_country_body(span, *body)
            elif match is None and (person := self.person_named(span)) is not None:
                person.mentions.append((start, end, "name"))
                self.take(start, end)
            elif match is not None:
                self.add_country_mention(span, match)
            elif region is not None:
                self.add_place_in(span, region)  # "California": USA
            elif label in PLACE_LABELS and name_words(span.text) in speaking:
                self.add_named(span, "ORGANISATION")  # "Cisco states that it …"
            elif label in PLACE_LABELS:
                self.add_named(span, "LOCATION")
            elif label == "ORG":
                self.add_named(span, "ORGANISATION")

    def compass_country(self, span: Span) -> CountryMatch | None:
        """ "the South" of a report that names South Korea and no other country whose name
        opens with "South": that country (news on the Koreas, the Sudans, the Yemens)."""
        word = span.text
        if len(span) != 1 or word not in _COMPASS or span.start == 0:
            return None
        if self.words[span.start - 1].lower() != "the":
            return None
        named = {
            match.country.alpha3: match
            for ent in self.entities
            if ent.label_ in COUNTRY_LABELS | PLACE_LABELS
            and (match := self.lexicon.lookup(ent.text)) is not None
            and match.country.name.split()[0] == word
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def add_place_in(self, span: Span, alpha3: str) -> None:
        draft = self.add_other("LOCATION", name_words(span.text), span.text, span, "name")
        draft.countries[alpha3] += 1

    def find_plural_names(self) -> None:
        """A capitalised plural the recogniser left out, after "the" and maybe proper nouns
        ("the Chargers", "the Philadelphia 76ers"), names an organisation: a team, a band,
        a party."""
        for token in self.doc:
            if token.ent_type_ not in {"", "CARDINAL"} or not is_plural_name(token):
                continue
            start = token.i
            doc = self.doc
            while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title:
                start -= 1  # "Philadelphia" of "the Philadelphia 76ers"
            if start > 0 and doc[start - 1].lower_ == "the" and self.is_free(start, token.i + 1):
                self.add_named(doc[start : token.i + 1], "ORGANISATION")

    def person_named(self, span: Span) -> Draft | None:
        """The one person a non-PERSON entity names ("Pence" tagged ORG beside "Mike Pence"),
        else the short name two persons share that the recogniser also tagged a person
        ("Trump" tagged ORG beside Donald and Ivanka Trump and a "Trump" tagged PERSON); none
        for a word in capitals outside a headline, an acronym ("UN" is no short form of "Kim
        Jong Un")."""
        if is_acronym(span) and span.start not in self.headline_tokens:
            return None
        words = name_words(span.text)
        fits = [
            draft
            for draft in self.persons
            if not draft.ambiguous and (draft.key == words or is_short_form(words, draft.key))
        ]
        return fits[0] if len(fits) == 1 else self.shared_short_name(words)

    def add_country_mention(self, span: Span, match: CountryMatch) -> None:
        alpha3, name = match.country.alpha3, match.country.name
        group = self.group_word_after(span)
        if match.via == "seat" or (match.via == "capital" and acts(span.root)):
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
            self.add_place_in(span, alpha3)
        else:
            kind = "demonym" if match.via == "demonym" else "name"
            self.add_other("COUNTRY", (alpha3,), name, span, kind)

    def country_body(self, span: Span) -> tuple[CountryMatch, str] | None:
        """A name made of a country and a government or military word ("the Indian Navy",
        "Japanese Government" tagged as one organisation): the country and the sector."""
        last = span[-1].lower_
        sector = "GOV" if last in GOVERNMENT_WORDS else "MIL" if last in MILITARY_WORDS else None
        if sector is None or len(span) < 2:
            return None
        match = self.lexicon.lookup(span[:-1].text)
        if match is None or match.via == "capital":
            return None
        self.country_at.append((span.start, match.country.alpha3))
        return match, sector

    def add_country_body(self, span: Span, match: CountryMatch, sector: str) -> None:
        label = "government" if sector == "GOV" else "military"
        kind: MentionKind = "demonym" if match.via == "demonym" else "name"
        code = f"{match.country.alpha3}{sector}"
        self.add_other("GOVERNMENT", (code,), f"{match.country.name} {label}", span, kind)

    def group_word_after(self, span: Span) -> tuple[int, str] | None:
        """A government or military word the country name modifies: (its end, sector)."""
        k = span.end
        if k < len(self.doc) and possessive(self.words[k]):
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
        if actor_type == "ORGANISATION" and (same := self.same_igo(text)) is not None:
            kind: MentionKind = "acronym" if text.isupper() and " " not in text else "name"
            same.mentions.append((span.start, span.end, kind))  # "UN" … "the United Nations"
            self.take(span.start, span.end)
            return
        if actor_type == "ORGANISATION" and text.isupper() and " " not in text:
            for (kind, _), draft in self.others.items():
                if kind == "ORGANISATION" and acronym(draft.key) == text.replace(".", ""):
                    draft.mentions.append((span.start, span.end, "acronym"))
                    self.take(span.start, span.end)
                    return
        longer = [
            draft
            for (kind, key), draft in self.others.items()
            if kind == actor_type and key[:1] != ("the",) and is_short_form(words, key)
        ]
        if actor_type == "ORGANISATION":
            self.set_apart_legal_names(words)
            form = legal_form(text)
            rivals = [draft for draft in longer if self.names_an_organisation(draft.key[-1])]
            if form is not None and (actor_type, (*words, form)) in self.others:
                self.add_other(actor_type, (*words, form), text, span, "name")
                return
            if form is not None and rivals and (actor_type, words) not in self.others:
                # "Apple Inc." beside "Apple Corps": a full name, another company
                self.add_other(actor_type, (*words, form), text, span, "name")
                return
            named = [d for d in longer if d.key == (*words, legal_form(d.name))]
            if len(named) == 1:  # "Apple" of "Apple Inc." rather than of "Apple Corps"
                longer = named
            if len(longer) == 1:  # "Hawks" of "Springfield Hawks"
                longer[0].mentions.append((span.start, span.end, "name"))
                self.take(span.start, span.end)
                return
        self.add_other(actor_type, words, text, span, "name")

    def same_igo(self, text: str) -> Draft | None:
        """The organisation of the report already named as the international organisation
        this name names ("UN" after "the United Nations"; not the UN's organs)."""
        code = self.igos.name_of(text)
        if code is None:
            return None
        return next(
            (
                draft
                for (kind, _), draft in self.others.items()
                if kind == "ORGANISATION"
                and any(
                    self.igos.name_of(self.doc[start:end].text) == code
                    for start, end, _ in draft.mentions
                )
            ),
            None,
        )

    def set_apart_legal_names(self, words: tuple[str, ...]) -> None:
        """A company written with its legal form ("Apple Inc.", keyed "apple") is no short
        form of a longer name that comes later ("Apple Corps"): key it with its legal form."""
        if not self.names_an_organisation(words[-1]):
            return  # "Apple Computer" may be Apple Inc.'s older name
        for draft in list(self.others.values()):
            form = legal_form(draft.name)
            if draft.type == "ORGANISATION" and form and is_short_form(draft.key, words):
                del self.others[("ORGANISATION", draft.key)]
                draft.key = (*draft.key, form)
                self.others[("ORGANISATION", draft.key)] = draft

    def names_an_organisation(self, word: str) -> bool:
        """Is this last word of a name an organisation's noun ("Corps", "Foundation"), so
        that the name is a whole organisation's?"""
        nominal = self.nominal_lexicon.lookup(word) or self.nominal_lexicon.lookup(
            word.removesuffix("s")
        )
        return nominal is not None and nominal.kind == "organisation"

    def add_other(
        self,
        actor_type: ActorType,
        key: tuple[str, ...],
        name: str,
        span: Span,
        kind: MentionKind,
    ) -> Draft:
        """Add a mention to the actor of this type and key (a code for countries and
        governments, the name's words otherwise), creating it if needed."""
        draft = self.draft_of(actor_type, key, name)
        draft.mentions.append((span.start, span.end, kind))
        self.take(span.start, span.end)
        return draft

    def state_body(self, code: str, sector: str) -> Draft:
        """The government ("GOV": "Egypt government", EGYGOV) or military ("MIL": "Egypt
        military", EGYMIL) of a country, by its code, created if needed."""
        noun = "government" if sector == "GOV" else "military"
        name = f"{self.lexicon.countries[code].name} {noun}"
        return self.draft_of("GOVERNMENT", (f"{code}{sector}",), name)

    def state_bodies(self, sector: str) -> list[Draft]:
        """The governments ("GOV") or militaries ("MIL") of countries the report has named so
        far, keyed by a code (`state_body`); not a government named after its leader."""
        return [
            draft
            for (kind, key), draft in self.others.items()
            if kind == "GOVERNMENT" and key[0].endswith(sector)
        ]

    def draft_of(self, actor_type: ActorType, key: tuple[str, ...], name: str) -> Draft:
        """The actor of this type and key, created if needed (a country's or government's
        key is its code)."""
        draft = self.others.get((actor_type, key))
        if draft is None:
            draft = self.others[(actor_type, key)] = Draft(actor_type, key, name)
            if actor_type in {"COUNTRY", "GOVERNMENT"}:
                draft.code = key[0]
                draft.countries[key[0][:3]] += 1
        return draft

    # -- 3b. unnamed actors -------------------------------------------------------------

    def find_nominals(self) -> None:
        for token in self.doc:
            titled = self.headline_noun(token)  # "Driver Charged": a title-case noun
            if token.i in self.taken or (token.pos_ != "NOUN" and not titled):
                continue
            nominal = self.nominal_lexicon.lookup(token.lemma_)
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            before_name = following is not None and following.ent_type_ == "PERSON"
            in_headline = token.i in self.headline_tokens
            if before_name and not (in_headline and following.i not in self.taken):
                if nominal is not None and nominal.kind == "person":
                    self.add_role_before_name(following.i, Role(nominal.noun, nominal.sector))
                continue  # "publicist Jack Ketsoyan": a word in front of a name, not an actor
            compound = token.dep_ == "compound" and not (in_headline and token.head.pos_ != "NOUN")
            if nominal is None or compound or names_a_thing(token):
                continue
            if self.measures_things(token):
                continue  # "a couple of days", "a host of problems": a measure, no one
            if nominal.kind == "person" and not in_headline and bare_after_preposition(token):
                continue  # "caught off guard", "met voters in person": no one
            if indefinite_predicate(token):
                continue  # "because she is a woman": said of her, no one new
            if not self.predicate_of_a_thing(token):
                self.add_nominal(token, nominal)

    def measures_things(self, head: Token) -> bool:
        """Is a person or group noun the measure word of things ("a couple of days", "a host
        of features": `counted_noun`), so no one? One that gathers people ("a group of
        officials", "a crowd of protesters") stays the actor its speakers resolve to."""
        counted = counted_noun(head)
        if counted is None or counted.ent_type_ in {"PERSON", "NORP"}:
            return False
        nominal = self.nominal_lexicon.lookup(counted.lemma_)
        if nominal is not None:
            return nominal.kind not in {"person", "group"}
        return self.role_lexicon.lookup(counted.lemma_) is None  # "a team of lawyers": people

    def predicate_of_a_thing(self, head: Token) -> bool:
        """Is a person noun the predicate of "be" whose subject is no person: a noun or
        name that is no person's mention, no person noun and no role ("Education is the
        primary driver among voters", though the recogniser tags "Education" a name; "The
        economy was the main worry")? Such a noun is said of the thing, in a sense other
        than a person's: it is no one's role and no unnamed person."""
        if head.dep_ != "attr" or head.head.lemma_ != "be":
            return False
        subject = subject_of(head.head)
        return (
            subject is not None
            and subject.pos_ in {"NOUN", "PROPN"}  # no pronoun ("she is the driver")
            and subject.ent_type_ != "PERSON"
            and self.person_named_at(subject) is None
            and self.nominal_lexicon.lookup(subject.lemma_) is None
            and self.role_lexicon.lookup(subject.lemma_) is None
        )

    def headline_noun(self, token: Token) -> bool:
        """A headline's title-case word the parser took for a name, before no word the
        body capitalises ("Driver" of "Driver Charged In Fatal Hit", not "Driver" of the
        body's "Driver Safety Week")."""
        if token.i not in self.headline_tokens or token.pos_ != "PROPN" or not token.is_title:
            return False
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return after is None or after.lower_ not in self.body_capitalised

    def add_role_before_name(self, name_start: int, role: Role) -> None:
        """A person noun in front of a name is that person's role ("publicist Jack
        Ketsoyan", "Oscar host Ellen DeGeneres")."""
        for draft in self.persons:
            if any(start == name_start for start, _, _ in draft.mentions):
                draft.add_role(role)
                return

    def add_nominal(self, head: Token, nominal: Nominal) -> None:
        start, end = self.nominal_start(head), head.i + 1
        country = None
        for child in head.lefts:
            if child.ent_type_ in COUNTRY_LABELS and (match := self.lexicon.lookup(child.text)):
                country = match.country.alpha3
        # a headline leaves out its articles: "Driver Charged" is "the driver"
        definite = any(c.lower_ == "the" for c in head.lefts) or head.i in self.headline_tokens
        found = self.named_referent(head, nominal, start, country, definite)
        if found is not None:
            found.mentions.append((start, end, "role"))
            self.take(start, end)
            return
        if self.is_plural(head) and (group := self.nominal_lexicon.group_of(nominal)):
            nominal = group  # "cops" are the police, "soldiers" the troops
        # a plural group noun of no sector is persons, no organisation: "people", "villagers"
        persons = nominal.kind == "person" or (nominal.kind == "group" and not nominal.sector)
        plural = persons and self.is_plural(head)
        actor_type: ActorType = "PERSON" if plural else NOMINAL_TYPES[nominal.kind]
        if nominal.kind == "person" and definite and not plural and not nominal.others:
            role = Role(nominal.noun, nominal.sector)
            found = self.titled_with_modifier(head) or self.protagonist(role, start, end)
            if found is not None and not self.introduced_beside(nominal, found):
                found.mentions.append((start, end, "role"))
                found.add_role(role)
                self.take(start, end)
                return
        side = sided_with(head) if nominal.others else []
        if nominal.sided and not side:
            return  # "members" alone may be anyone's
        words = (*self.side_key(side), nominal.noun)
        key = ("the", *words, "plural") if plural else ("the", *words)
        draft = self.others.get((actor_type, key))
        if draft is None:
            name = (head.lower_ if self.is_plural(head) else nominal.noun).capitalize()
            if plural:  # a group of persons reads as a group: "users", not "Users"
                name = head.lower_
            if side:  # "Clinton allies", "Trump critics"
                name = " ".join([*(t.text for t in side), head.lower_])
            draft = self.others[(actor_type, key)] = Draft(actor_type, key, name)
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

    def side_key(self, side: list[Token]) -> tuple[str, ...]:
        """The words a side is keyed by: the key of the actor named there, so that "the RNC
        member" is the "Republican National Committee member" of its report, and "Clinton
        allies" are "Hillary Clinton's allies"; else the words as written."""
        if not side:
            return ()
        last = side[-1].i
        for draft in [*self.persons, *self.others.values()]:
            if draft.key[:1] != ("the",) and any(s <= last < e for s, e, _ in draft.mentions):
                return draft.key
        return tuple(t.lower_ for t in side)

    def introduced_beside(self, nominal: Nominal, named: Draft) -> bool:
        """Did the report introduce an unnamed person of this noun in a sentence that names
        `named` by then ("An arsonist damaged the church of Sarah Palin ... the motives of
        the arsonist")? A definite description then repeats that person, not the named
        one. An unnamed person introduced before the name ("A climber died on Friday. ...
        Robert Buckley ... the climber") may be the one named later."""
        unnamed = self.others.get(("PERSON", ("the", nominal.noun)))
        if unnamed is None:
            return False
        introduced_in = self.doc[min(m[0] for m in unnamed.mentions)].sent
        return bool(names_before(named, introduced_in.end))

    def titled_with_modifier(self, head: Token) -> Draft | None:
        """The one named person the report titles with a name written in front of a person
        noun ("the Gawker employee" after "Gawker.com writer Ashley Feinberg"): a definite
        description that names the body its referent belongs to repeats the person the
        report introduced as one of that body, not the report's main person, whom the
        report never so titled. A site's name written as its address ("Gawker.com") is its
        name. None when no one or several are so titled."""
        words = {
            site_name(child)
            for child in head.lefts
            if child.pos_ == "PROPN" and child.dep_ in {"compound", "poss"}
        }
        if not words:
            return None
        titled = [
            draft
            for draft in self.persons
            if draft.key[:1] != ("the",)
            and any(
                kind == "title" and words & {site_name(t) for t in self.title_phrase(m_end)}
                for _, m_end, kind in draft.mentions
            )
        ]
        return titled[0] if len(titled) == 1 else None

    def title_phrase(self, end: int) -> Span:
        """The noun phrase a titled name ending at token `end` closes, with the words in
        front of its title ("Gawker.com writer Ashley Feinberg")."""
        return self.doc[self.doc[end - 1].left_edge.i : end]

    def named_referent(
        self, head: Token, nominal: Nominal, start: int, country: str | None, definite: bool
    ) -> Draft | None:
        """The named actor a nominal stands for, if any: the organisation or place whose
        name it ends or the company acting most before it ("the company"), or, for "the
        company's" written before any organisation is named (`owns_before_named`), the one
        acting most in the whole report, else the government or country "the government" /
        "the country" means when no country is named with it."""
        if nominal.kind in {"organisation", "place"}:
            named = self.named_by_head(head.lemma_.lower())
            if named is not None and named.type == "PERSON":
                self.retype(named, NOMINAL_TYPES[nominal.kind])
            if named is None and nominal.kind == "organisation" and not self.is_plural(head):
                named = self.main_organisation(start)
                if named is None and self.owns_before_named(head, nominal):
                    named = self.main_organisation(len(self.doc))
            if named is not None:
                return named
        if country is not None or not definite:
            return None
        if nominal.noun in THE_GOVERNMENT:
            leader = self.led_by(head)
            if leader is None and of_a_kind(head):  # "the federal government"
                return self.the_government(start, head)
            if leader is None:
                return (
                    self.named_before(nominal.noun, start)
                    or self.page_named_before(nominal.noun, start, head)
                    or self.the_government(start, head)
                )
            led = self.leaders_government(leader, start, head)
            if led is not None:
                self.leaders_governments.append((start, nominal.noun, led))
            return led
        if nominal.noun in THE_COUNTRY:
            return self.the_country(start, head)
        if nominal.noun in THE_MILITARY:
            return self.the_military(start, head)
        return None

    def named_before(self, noun: str, start: int) -> Draft | None:
        """The government the report last named after its leader with this noun before
        `start` ("the Mubarak regime … the regime"): a definite noun with no name repeats
        the referent the report gave that noun last, so the bare "the regime" is the
        leader's, not the government the report names most (Washington's, in a report
        on Washington's view of Cairo)."""
        named = [(at, draft) for at, word, draft in self.leaders_governments
                 if word == noun and at < start]  # fmt: skip
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def leaders_government(self, leader: Draft, start: int, head: Token) -> Draft | None:
        """The government a noun named after this leader means, kept under his key
        (`led_government`) with the report's guess of its code: the government of the
        country the report gives him, else what "the government" means here; None when
        neither is known."""
        guess = self.government_code_of(leader)
        if guess is None and (government := self.the_government(start, head)) is not None:
            guess = government.code or ""
        return None if guess is None else self.led_government(leader, guess or None)

    def page_named_before(self, noun: str, start: int, head: Token) -> Draft | None:
        """In a segment of a long report (``Doc._.page``), the government the page last named
        after a leader with this noun before the segment ("the Mubarak regime" 30,000
        characters before "the regime"), as `named_before` within a text: the last such
        noun of the page whose name is the surname of one person of the segment (a name
        of no person, "the Egyptian government", is no leader's). None for a whole text."""
        page = doc_page(self.doc)
        for _, word, name in reversed(page.leaders if page is not None else ()):
            leader = self.person_of_surname(name) if word == noun else None
            if leader is not None:
                return self.leaders_government(leader, start, head)
        return None

    def led_by(self, head: Token) -> Draft | None:
        """The person a government noun is named after ("the Mubarak regime", "the Obama
        administration", "Mubarak's government"): a name in front of it, as compound or
        possessor, that is a person's mention in the report."""
        for child in head.lefts:
            if child.pos_ != "PROPN" or child.dep_ not in {"compound", "poss"}:
                continue
            for draft in self.persons:
                if any(first <= child.i < end for first, end, _ in draft.mentions):
                    return draft
        return None

    def government_code_of(self, leader: Draft) -> str | None:
        """The code of the government of the country its leader is most often given in the
        report ("Egyptian President Hosni Mubarak … the Mubarak regime": EGYGOV, whatever
        other government the report names more); None when no country is given him."""
        if not leader.countries:
            return None
        code = leader.countries.most_common(1)[0][0]
        return f"{code}GOV" if code in self.lexicon.countries else None

    def led_government(self, leader: Draft, guess: str | None) -> Draft:
        """The government named after a leader ("the Mubarak regime", "the Obama
        administration"), kept apart under his key (`led_government_key`) with the report's
        own guess (`guess`) as its code: the government of the country the report gives
        him (`government_code_of`), else what "the government" would mean here (the
        dateline's or the one named most). Linking puts it with the government of the
        country the leader's entity is given across the corpus ("Egyptian President Hosni
        Mubarak" in other reports), and with the guess only where the corpus gives him none:
        one report's most named government (Washington's, in a report on Washington's view
        of Cairo) is no word for his, and one report's country for him may be a misreading
        (a transcript's "Mubarak" given the USA, a comment's Obama given Egypt), which the
        bare "the regime" after it would repeat (`named_before`). Where the report names no
        government and gives the leader no country, the noun stays the unnamed actor it was
        (`named_referent`): placing it then joined "the Bush administration" of ECB+'s
        reports, which its own reports' "the administration" repeats, to every report's
        US government (odd topics 0.7055 → 0.7044)."""
        key = led_government_key(leader.key)
        draft = self.others.get(("GOVERNMENT", key))
        if draft is None:
            draft = Draft("GOVERNMENT", key, f"{leader.name} government")
            self.others[("GOVERNMENT", key)] = draft
        if guess and draft.code is None:
            draft.code = guess
            draft.countries[guess[:3]] += 1
        return draft

    def owns_before_named(self, head: Token, nominal: Nominal) -> bool:
        """Is a business noun written as the owner ("the company's") before any organisation
        is named: a report's lead saying whose thing it is before it names the company ("At
        the company's own conference, Apple CEO Steve Jobs …", "an executive overseeing
        engineering for the company's iPhone")?"""
        return (
            nominal.sector == "BUS"
            and any(c.lower_ == "the" for c in head.lefts)
            and any(c.dep_ == "case" and c.lower_ in {"'s", "'"} for c in head.children)
        )

    def the_government(self, start: int, head: Token) -> Draft | None:
        """The government "the government" or "the administration" means when the text
        names no country with it: that of the report's dateline ("TOKYO — ... the
        government's top spokesman": Japan's), else the government (not a military) named
        most before it, if the report names one."""
        if self.is_plural(head):
            return None
        if self.dateline is not None:
            return self.state_body(self.dateline, "GOV")
        # not a military ("the Egyptian army … the government" is no army)
        return most_mentioned_before(self.state_bodies("GOV"), start)

    def the_military(self, start: int, head: Token) -> Draft | None:
        """The military "the military", "the army" or "the navy" means when the text names no
        country with it: the military the report named most before it ("the Egyptian
        military … the military"), else that of the report's dateline ("CAIRO — … the army":
        Egypt's), as "the government" is; else None (an unnamed group of its own)."""
        if self.is_plural(head):
            return None
        found = most_mentioned_before(self.state_bodies("MIL"), start)
        if found is None and self.dateline is not None:
            found = self.state_body(self.dateline, "MIL")
        return found

    def the_country(self, start: int, head: Token) -> Draft | None:
        """The country "the country" or "the nation" means when the text names none with
        it ("Turkmenistan ... the country's parliament"): the country named most before
        it, else that of the report's dateline."""
        if self.is_plural(head):
            return None
        countries = [draft for (kind, _), draft in self.others.items() if kind == "COUNTRY"]
        found = most_mentioned_before(countries, start)
        if found is None and self.dateline is not None:
            name = self.lexicon.countries[self.dateline].name
            found = self.draft_of("COUNTRY", (self.dateline,), name)
        return found

    def main_organisation(self, start: int) -> Draft | None:
        """The organisation "the company" means: the named one acting most before the token
        (each naming counts, each naming as a verb's subject counts twice), the latest on a
        tie; never a named group of people ("Democrats"). A thing the recogniser tagged ORG
        is named as often as the company that makes it ("Apple releases iPhone SDK … The SDK
        will allow …"), but the company acts."""
        best: tuple[int, int] | None = None
        chosen = None
        for (actor_type, key), draft in self.others.items():
            if actor_type != "ORGANISATION" or key[:1] == ("the",) or key[-1:] == ("plural",):
                continue  # nor a group of people ("Democrats"): no company
            names = names_before(draft, start)
            if not names:
                continue
            acting = sum(1 for _, end in names if self.doc[end - 1].dep_ == "nsubj")
            score = (len(names) + acting, max(first for first, _ in names))
            if best is None or score > best:
                best, chosen = score, draft
        return chosen

    def named_by_head(self, noun: str) -> Draft | None:
        """The one named organisation or place whose name ends in this noun ("the center"
        after "the Betty Ford Center"); when none, whatever the recogniser's label: the one
        name tagged PERSON that ends in this organisation's or place's noun ("the store"
        after the "App Store": no person's name, `retype`)."""
        fits = [
            draft
            for (actor_type, key), draft in self.others.items()
            if actor_type in {"ORGANISATION", "LOCATION"}
            and key[:1] != ("the",)
            and key[-1] == noun
        ]
        if not fits:
            fits = [d for d in self.persons if person_named_by_head(d, noun)]
        return fits[0] if len(fits) == 1 else None

    def retype(self, draft: Draft, actor_type: ActorType) -> None:
        """A person's draft is an organisation's or a place's: the noun that repeats its
        name says so ("App Store" tagged PERSON, then "the store")."""
        self.persons = [d for d in self.persons if d is not draft]
        draft.type = actor_type
        self.others[(actor_type, draft.key)] = draft


def sided_with(head: Token) -> list[Token]:
    """The name whose side a noun of others says its people are on, its owner or the proper
    noun right in front of it with its own words ("Clinton allies", "Sanders supporters",
    "Trump's critics", "a prominent Republican National Committee member"): one group per
    side, not one "supporters" for two candidates' supporters."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    before = head.doc[head.i - 1] if head.i > 0 else None
    if owner is None and before is not None and before.head.i == head.i:
        owner = before if before.dep_ == "compound" and before.pos_ == "PROPN" else None
    if owner is None:
        return []
    return [t for t in owner.subtree if t.pos_ == "PROPN"]


def person_named_by_head(draft: Draft, noun: str) -> bool:
    """A name of two words or more tagged PERSON that ends in this noun, and that the report
    does not treat as a person's: no role, never written by one word ("Plant said" of
    "Robert Plant")."""
    key = draft.key
    if len(key) < 2 or key[0] == "the" or key[-1] != noun or draft.roles:
        return False
    return all(end - start > 1 for start, end, _ in draft.mentions)


def is_plural_name(token: Token) -> bool:
    """A plural written as a name: "Chargers", "76ers" (not "Officials" starting a line)."""
    text = token.text
    return (
        token.tag_ in {"NNPS", "NNS"}
        and text[-1:] == "s"
        and (text[:1].isupper() or (text[:1].isdigit() and text[-2:-1].isalpha()))
        and not token.is_sent_start
    )


def is_acronym(span: Span) -> bool:
    """One word of two or three capitals ("UN", "U.N.", "FBI"): an organisation's initials.
    A longer word in capitals may be a surname written so ("FALLIN:" of a transcript)."""
    return len(span) == 1 and initials_written(span.text).isalpha()


def common_acronym(ent: Span) -> bool:
    """Is an organisation's acronym written as a common noun, a kind of body and not one
    body's name: the head of its phrase after "a" or after a small-letter word that
    describes it, itself after a determiner ("a super PAC", "the super PAC"), as a noun is
    written and a name is not ("the FBI", not "the federal FBI")? Not when it modifies a
    noun after it ("an FBI agent": the FBI's agent), nor after a noun or an adjective
    alone, which describe a name in apposition ("chipmaker AMD", "rival AMD")."""
    if not is_acronym(ent) or ent.start == 0 or ent.root.dep_ in {"compound", "amod", "nmod"}:
        return False
    before = ent.doc[ent.start - 1]
    if before.lower_ in INDEFINITE_ARTICLES:
        return True
    if not (before.is_lower and before.pos_ == "ADJ") or ent.start < 2:
        return False
    determiner = ent.doc[ent.start - 2]
    return determiner.pos_ == "DET" or determiner.lower_ in INDEFINITE_ARTICLES


def bare_after_preposition(token: Token) -> bool:
    """Is a singular common noun the whole object of a preposition, with no determiner,
    possessor, modifier or complement ("caught off guard", "in person", "costs per
    person")? English refers to one person with a singular count noun only inside a
    determined noun phrase ("the guard", "a guard", "his guard"); a bare singular after a
    preposition is an idiom or names a manner or a unit, not someone (a headline, which
    drops its articles, is not read so)."""
    return token.tag_ == "NN" and token.dep_ == "pobj" and not any(token.children)


def site_name(token: Token) -> str:
    """A word's lower case, a web address written as a name cut to its name ("Gawker.com"
    -> "gawker")."""
    word = token.lower_
    for suffix in (".com", ".org", ".net", ".co.uk"):
        word = word.removesuffix(suffix)
    return word


# Adjectives that name a kind of government, by its level in a state or its standing
# ("the federal government", "the local government", "the interim government"): a
# government noun so modified is one of that kind, not the leader's regime a bare "the
# regime" repeats.
GOVERNMENT_KINDS = frozenset(
    "federal state local provincial municipal regional central national interim "
    "transitional caretaker provisional coalition".split()
)


def of_a_kind(head: Token) -> bool:
    """Does a government noun carry an adjective of its own that names a kind of
    government (``GOVERNMENT_KINDS``) or compares governments ("the smallest government",
    "a bigger government": a superlative or comparative), rather than pointing back to one
    ("the current regime", "the brutal regime")? Such a noun is no anaphor of the
    government the report named after its leader (`PlacesStep.named_before`)."""
    return any(
        child.dep_ == "amod"
        and (child.tag_ in {"JJS", "JJR"} or child.lemma_.lower() in GOVERNMENT_KINDS)
        for child in head.lefts
    )

