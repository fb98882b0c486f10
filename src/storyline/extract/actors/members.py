"""A party member named by the state they represent: "the Wisconsin Republican says".

News calls a named politician by their state and party ("Speaker Paul Ryan … The Wisconsin
Republican says", "the Kentucky Republican", "the Texas Democrat"). Such a definite phrase,
a place named between "the" and the party member in the singular, means the named person
a he/she there would mean (`PronounsStep.pronoun_candidates`), one of no other party
written with their name, a subject of a main clause first for the subject of one
(`PronounsStep.parallel_subjects`). Without the place ("the leading Republican on the
Senate Environment Committee") the phrase may mean anyone of the party and is left alone.

An indefinite party member ("said a New Hampshire Republican", "one New Hampshire Democrat
said", "another Republican") names no one: it is an unnamed person of the report, one per
place and party ("New Hampshire Republican"), of the country its place or its party gives
(USA), as "one former executive" is (step 2's unnamed roles).
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.extract.actors.groups import party_countries
from storyline.extract.actors.persons import PARTY_OF_WORD, PersonsStep
from storyline.extract.actors.pronouns import PronounsStep
from storyline.extract.countries import region_country
from storyline.extract.roles import Role
from storyline.nlp.token_words import tokens_lowered

PLACE_LABELS = frozenset({"GPE", "LOC"})
_PARTY_MEMBERS = frozenset({"republican", "democrat"})
_INDEFINITE = frozenset({"a", "an", "another", "one"})


class PartyMembersStep(PersonsStep, PronounsStep):
    """Step 4's party members (see the module docstring): the persons of step 1, read
    as the pronouns are."""

    def find_unnamed_members(self) -> None:
        """An indefinite party member ("a New Hampshire Republican"): an unnamed person per
        place and party (see the module docstring)."""
        for i in tokens_lowered(self.doc, _PARTY_MEMBERS):
            token = self.doc[i]
            start = unnamed_party_member(token)
            if start is None or token.i in self.taken:
                continue
            place = [t for t in self.doc[start : token.i] if t.ent_type_ in PLACE_LABELS]
            first = max([start] + [i + 1 for i in range(start, token.i) if i in self.taken])
            draft = self.add_unnamed(
                Role(token.lower_, ""),
                first,
                token.i + 1,
                plural=False,
                place=tuple(t.lower_ for t in place),
                name=" ".join([*(t.text for t in place), token.text.capitalize()]),
            )
            country = region_country(" ".join(t.text for t in place)) if place else None
            country = country or party_countries().get(token.lower_)
            if country is not None:
                draft.countries[country] += 1

    def resolve_party_members(self) -> None:
        for i in tokens_lowered(self.doc, _PARTY_MEMBERS):
            token = self.doc[i]
            start = party_member_of_a_place(token)
            if start is None or token.i in self.taken:
                continue
            party = PARTY_OF_WORD[token.lower_]
            ranked = [
                (rank, draft)
                for rank, draft in self.pronoun_candidates(token, self.sentence_of)
                if draft.key[:1] != ("the",) and self.parties_of(draft) <= {party}
            ]
            mentioned = [(-rank[-1], draft) for rank, draft in ranked]  # (start, draft)
            subjects = {id(draft) for _, draft in self.parallel_subjects(token, mentioned)}
            ranked = [item for item in ranked if id(item[1]) in subjects] or ranked
            if ranked:
                draft = min(ranked, key=lambda item: item[0])[1]
                first = max([start] + [i + 1 for i in range(start, token.i) if i in self.taken])
                draft.mentions.append((first, token.i + 1, "role"))
                self.take(first, token.i + 1)


def party_member_of_a_place(token: Token) -> int | None:
    """Where "the <place> Republican" (or Democrat) starts: a party member in the singular
    heading a phrase with "the" and a place's name between ("the Wisconsin Republican";
    not "the Republican", "the Republican Party", "Republican voters"), or None."""
    if token.lower_ not in _PARTY_MEMBERS or token.tag_ not in {"NN", "NNP"}:
        return None
    if token.dep_ in {"compound", "amod"} or token.ent_type_ == "PERSON":
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or det.i >= token.i:
        return None
    between = token.doc[det.i + 1 : token.i]
    return det.i if any(t.ent_type_ in PLACE_LABELS for t in between) else None


def unnamed_party_member(token: Token) -> int | None:
    """Where an indefinite party member starts: "a", "an", "another" or "one" in front of a
    party member in the singular heading its phrase ("said a New Hampshire Republican", "one
    senior Democrat said"; not "a Republican senator", "one Republican's view"), or None.
    Not one said of someone ("Lionel Sosa, a consultant and an influential Hispanic
    Republican", "Smith is a Democrat", "ran as a Democrat"): that person's description."""
    if token.lower_ not in _PARTY_MEMBERS or token.tag_ not in {"NN", "NNP"}:
        return None
    if token.dep_ in {"compound", "amod", "poss"} or token.ent_type_ == "PERSON":
        return None
    said_of = token
    while said_of.dep_ == "conj" and said_of.head.i != said_of.i:
        said_of = said_of.head
    if said_of.dep_ in {"appos", "attr", "oprd"} or said_of.head.lower_ == "as":
        return None
    first = next((c for c in token.lefts if c.dep_ in {"det", "nummod"}), None)
    return first.i if first is not None and first.lower_ in _INDEFINITE else None
