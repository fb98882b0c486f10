"""Step 3c: named groups of people ("Democrats", "Kurds", "Sunnis"): NORP names written as a
plural that name no country, one group actor per name and report, so that "they" and "who"
after them, and the quotes they say, have an actor."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from storyline.data import data_table
from storyline.extract.actors.state import Draft, ResolutionState
from storyline.extract.roles import possessive


@cache
def party_countries() -> dict[str, str]:
    """The country of each party's members' plural name ("democrat": USA), from
    `party_members.tsv`."""
    return {row["word"]: row["country"] for row in data_table("party_members.tsv")}


def singular(word: str) -> str:
    """A plural name's singular in lower case ("Democrats" -> "democrat", "Tories" -> "tory")."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


class GroupsStep(ResolutionState):
    """Step 3c (see the rules in `storyline.extract.actors`)."""

    def find_named_groups(self) -> None:
        """A NORP entity whose last word is a plural and that no earlier step took (no
        country's demonym: "Democrats", "Republicans", "Kurds") is a group of people: an
        actor of type ORGANISATION, keyed by its words in the singular, of the country a
        demonym in front of it names ("Iraqi Kurds": IRQ), else of the country whose party
        its members are ("Democrats": USA)."""
        for ent in self.entities:
            if ent.label_ != "NORP":
                continue
            start, end = self.extent(ent)
            start += 1 if start < end - 1 and self.doc[start].lower_ == "the" else 0
            while end > start and possessive(self.words[end - 1]):
                end -= 1
            if end <= start or not self.is_free(start, end) or not names_people(ent, end):
                continue
            self.add_group(self.doc[start:end])

    def add_group(self, span: Span) -> None:
        words = tuple(singular(token.text) for token in span if not token.is_punct)
        key = (*words, "plural")
        draft = self.others.get(("ORGANISATION", key))
        if draft is None:
            draft = self.others[("ORGANISATION", key)] = Draft("ORGANISATION", key, span.text)
        country = self.group_country(span)
        if country is not None:
            draft.countries[country] += 1
        draft.mentions.append((span.start, span.end, "name"))
        self.take(span.start, span.end)

    def group_country(self, span: Span) -> str | None:
        """The country a demonym or country name in front of the group's last word names,
        in its entity or just before it ("Iraqi Kurds"), else the country of a party's
        members ("Republicans")."""
        if len(span) > 1 and (match := self.lexicon.lookup(span[:-1].text)) is not None:
            return match.country.alpha3
        if (before := self.country_before(span.start)) is not None:
            return before[0]
        return party_countries().get(singular(span[-1].text))


def names_people(ent: Span, end: int) -> bool:
    """Does this NORP entity end in a plural noun ("Democrats", not "Democratic" or
    "Christian")?"""
    last = ent.doc[end - 1]
    return last.tag_ in {"NNPS", "NNS"} and last.text[-1:] == "s" and last.text[:1].isupper()
