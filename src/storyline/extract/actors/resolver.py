"""The resolver: the steps in order, then each draft finished into an Actor."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.actors.groups import GroupsStep, party_countries
from storyline.extract.actors.institutions import institution_of, institution_words
from storyline.extract.actors.members import PartyMembersStep
from storyline.extract.actors.persons import PARTY_OF_WORD, PARTY_WINDOW
from storyline.extract.actors.places import PlacesStep
from storyline.extract.actors.state import (
    DASHES,
    Draft,
)
from storyline.extract.countries import CountryLexicon
from storyline.extract.names import legal_form
from storyline.extract.nominals import NominalLexicon
from storyline.extract.roles import RoleLexicon, possessive


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
        return Resolution(doc, self.countries, self.roles, self.nominals).run()


class Resolution(PartyMembersStep, PlacesStep, GroupsStep):
    """Resolving one Doc: the steps of the module docstring of `storyline.extract.actors`."""

    def run(self) -> list[Actor]:
        self.dateline = self.dateline_country()
        self.find_persons()
        self.find_roles()
        self.find_places_and_organisations()
        self.find_named_groups()
        self.find_plural_names()
        self.find_nominals()
        self.find_unnamed_members()
        self.resolve_pronouns()
        self.home = self.home_country()
        drafts = list({id(d): d for d in self.persons + list(self.others.values())}.values())
        actors = [self.finish(draft, self.dateline) for draft in drafts if draft.mentions]
        return sorted(actors, key=lambda actor: actor.mentions[0].start)

    def dateline_country(self) -> str | None:
        """The country of a dateline ("TOKYO — ...", "BERLIN (Reuters) — ...") in the
        report's first sentences."""
        for n, sent in enumerate(self.doc.sents):
            if n >= 4:
                break
            dash = next((t.i for t in sent[:8] if t.text in DASHES), None)
            if dash is not None and dash > sent.start and sent[0].text.isupper():
                place = [t for t in self.doc[sent.start : dash] if t.text == "(" or t.is_upper]
                place = place[: next((k for k, t in enumerate(place) if t.text == "("), None)]
                if not place:
                    continue
                match = self.lexicon.lookup(self.doc[place[0].i : place[-1].i + 1].text)
                if match is not None:
                    return match.country.alpha3
        return None

    def igo_code(self, draft: Draft) -> str | None:
        """The code of the international organisation an organisation's name or one of
        its names in the report names ("the United Nations", "UN": IGOUNO)."""
        names = [draft.name] + [
            self.doc[start:end].text for start, end, kind in draft.mentions if kind != "pronoun"
        ]
        return next((code for name in names if (code := self.igos.code_of(name))), None)

    def institution(self, draft: Draft, dateline: str | None) -> tuple[str | None, str] | None:
        """The country and sector of the national institution or party an organisation's
        names name ("the FBI": USA, COP; "the Senate": the report's country, LEG), or None
        (`storyline.extract.actors.institutions`)."""
        for start, end, kind in draft.mentions:
            if kind == "pronoun":
                continue
            start += 1 if self.words[start].lower() == "the" else 0
            words = institution_words(" ".join(self.words[start:end]))
            for k in range(len(words)):  # "U.S. Senate": a country written in the name
                found = institution_of(words[k:])
                named = self.country_in(start, start + k) if k else None
                if found is None or (k and named is None):
                    continue
                before = self.country_before(start, regions=False)
                country = (
                    found.country
                    or named
                    or (before[0] if before else None)
                    or dateline
                    or self.home
                )
                return country, found.sector
        return None

    def country_in(self, start: int, end: int) -> str | None:
        """The country tokens start..end name, or whose first-level region they name, a
        possessive after left out ("U.S.", "Italy's", "Iowa" of "Iowa Democratic Party"), or
        None."""
        end -= 1 if end > start and possessive(self.words[end - 1]) else 0
        if end <= start:
            return None
        span = self.doc[start:end]
        match = self.lexicon.lookup(span.text)
        return match.country.alpha3 if match else self.region_country_of(span)

    def home_country(self) -> str | None:
        """The one country that the report's first-level regions ("Iowa") and its
        institutions of a country by name ("FBI", "GOP") belong to, or None: the country
        the report is home news of (`storyline.extract.actors.institutions`)."""
        found = {
            country for ent in self.place_entities() if (country := self.region_country_of(ent))
        }
        for (kind, _), draft in self.others.items():
            if kind == "ORGANISATION":
                named = institution_of(institution_words(draft.name))
                if named is not None and named.country:
                    found.add(named.country)
        return next(iter(found)) if len(found) == 1 else None

    def party_country(self, draft: Draft) -> str | None:
        """The country of the party written just before a person's name ("Republican
        candidate Carly Fiorina", "Democrat Jane Doe": USA, `party_members.tsv`), when the
        report's own country (`home_country`) is unknown or that one; a party word in
        capitals only ("the democratic process" names no party). Asked for a person whose
        role has a CAMEO sector, to complete the code: a country with no sector would set a
        full name's side apart in linking (`link.entities._link_full_names`) and say
        nothing a code needs."""
        parties = set()
        for start, end, kind in draft.mentions:
            if kind in {"role", "pronoun"}:
                continue
            first = max(self.doc[start].sent.start, start - PARTY_WINDOW)
            parties |= {
                PARTY_OF_WORD[token.lower_]
                for token in self.doc[first:end]
                if token.lower_ in PARTY_OF_WORD and token.text[:1].isupper()
            }
        members = party_countries()
        countries = {
            members[word] for word, party in PARTY_OF_WORD.items()
            if party in parties and word in members
        }  # fmt: skip
        if len(countries) != 1 or (self.home is not None and self.home not in countries):
            return None
        return next(iter(countries))

    def nearest_country_before(self, i: int) -> str | None:
        sent = self.doc[i].sent
        before = [(at, alpha3) for at, alpha3 in self.country_at if sent.start <= at < i]
        return max(before)[1] if before else None

    def finish(self, draft: Draft, dateline: str | None) -> Actor:
        mentions = sorted(set(draft.mentions))
        country = draft.countries.most_common(1)[0][0] if draft.countries else None
        code = draft.code
        if draft.type == "PERSON" and draft.igo:
            code = draft.igo  # "UN Secretary-General Ban Ki-moon": IGOUNO, no country's
        elif draft.type == "PERSON":
            sector = draft.sector
            if country is None and sector in {"GOV", "MIL"}:
                country = self.nearest_country_before(mentions[0][0]) or dateline
            if country is None and sector:
                country = self.party_country(draft)
            code = f"{country}{sector}" if country and sector else None
        elif draft.type == "ORGANISATION" and code is None:
            code = self.igo_code(draft)
            if code is None and (found := self.institution(draft, dateline)) is not None:
                country, sector = country or found[0], found[1]
                code = f"{country}{sector}" if country and sector else None
        doc = self.doc
        return Actor(
            name=draft.name,
            type=draft.type,
            key=shared_key(draft),
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


def shared_key(draft: Draft) -> tuple[str, ...]:
    """The key other reports know a company by: without the legal form that set it apart
    within this report ("apple", not "apple inc", beside "Apple Corps")."""
    form = legal_form(draft.name)
    if draft.type == "ORGANISATION" and form and draft.key[1:] and draft.key[-1] == form:
        return draft.key[:-1]
    return draft.key
