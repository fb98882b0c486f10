"""Steps 1 and 2: persons by name, title and apposition; roles standing for people."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from storyline.extract.actor_model import MentionKind
from storyline.extract.actors.binding import negated, speaking_verb, subject_of
from storyline.extract.actors.english import english_word, inflected_verb
from storyline.extract.actors.media import media_names
from storyline.extract.actors.mistagged import mistagged_persons
from storyline.extract.actors.royals import given_name_titles
from storyline.extract.actors.state import (
    COUNTRY_LABELS,
    DEFINITE_DETERMINERS,
    GENDER_OF_HONORIFIC,
    GENDER_OF_WORD,
    GOVERNMENT_WORDS,
    INDEFINITE_ARTICLES,
    NAME_LABELS,
    OBJECTS,
    POSSESSIVES,
    Draft,
    PersonName,
    ResolutionState,
    indefinite_predicate,
    is_descriptive,
    most_mentioned_before,
    person_gender,
    represents_a_country,
    same_role,
)
from storyline.extract.gender import gender_of_given_name, is_listed_given_name
from storyline.extract.names import HONORIFICS, is_name_variant, is_short_form, name_words
from storyline.extract.organisation_cues import OrganisationCues, artefact_nouns
from storyline.extract.roles import Role, normalize_word, other_offices, possessive
from storyline.extract.senses import names_a_thing
from storyline.extract.tags import PLURAL_NOUN_TAGS
from storyline.extract.units import names_a_unit
from storyline.nlp.token_words import tokens_lowered

# Role names (`roles.tsv`) of people standing for office ("the Republican nominee").
CANDIDATE_ROLES = frozenset({"candidate"})
# Roles that describe a named person's occupation or wealth ("the businessman", "the
# billionaire"): they go to the one person the report describes so, never to its protagonist.
ROLES_OF_NAMED = frozenset({"businessperson", "tycoon", "real estate tycoon", "billionaire"})
TITLE_REACH = 4  # words between a title and its name at most ("owner" of "... owner Mark Cuban")
FUNCTION_TAGS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})
CONTENT_TAGS = frozenset({"VERB", "NOUN", "ADJ", "ADV"})  # written small only in running text
_NOUNS = frozenset({"NNP", "NN", "NNPS", "NNS"})  # a lone surname opening a sentence
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")  # "II" of "Henry Ford II"


class PersonsStep(ResolutionState):
    """Step 1, persons (PERSON entities, titles, appositions), and step 2, roles used
    as names (see the rules in `storyline.extract.actors`)."""

    def read_person(self, ent: Span) -> PersonName | None:
        doc, words = self.doc, self.words
        start, end = self.extent(ent)
        while end > start and possessive(words[end - 1]):
            end -= 1
        # "Cruz's Iowa director": a name ends at its possessive; what follows is what it owns
        end = next((k for k in range(start + 1, end) if possessive(words[k])), end)
        if end > start and end < len(doc) and capitalised_function_word(doc[end]):
            end += 1  # "Moon Jae In": the recogniser leaves the "In" out
        roles: list[Role] = []
        gender = None
        i = start
        while i < end:
            match = self.role_lexicon.match_at(words[:end], i, before_name=True)
            if match is not None and i + match.length < end:
                if not self.given_name_title(i, match.length):
                    roles.append(match.role)
                i += match.length
            elif normalize_word(words[i]) in HONORIFICS and i + 1 < end:
                gender = GENDER_OF_HONORIFIC.get(normalize_word(words[i]), gender)
                i += 1
            else:
                break
        if i == end:
            return None
        if end - i >= 2 and self.word_apart(doc[end - 1], doc[i : end - 1]):
            end -= 1  # "Mubarak IMMEDIATELY", "President Obama Explains His Faith"
        if (
            i == start
            and i + 1 < end
            and (
                self.capital_of_the_sentence(doc[i])
                or small_common_word(doc[i])
                or self.word_apart(doc[i], doc[i + 1 : end])  # "Sorry Mubarak we now need …"
            )
        ):
            start = i = i + 1  # "Remove Mubarak now!", "to force Mubarak out": no name word
        elif i + 1 < end and (misspelt := self.misspelt_title(words[i], words[i + 1])):
            roles.append(misspelt)  # "Presidendt Mubarak": a title with a typing error
            i += 1
        words_of_name = name_words(doc[i:end].text)
        if not words_of_name:
            return None
        kind: MentionKind = "title" if i > start else "name"
        first = start
        country = None
        extra: list[tuple[int, int, MentionKind]] = []
        if first > 0 and normalize_word(words[first - 1]) in HONORIFICS:
            gender = GENDER_OF_HONORIFIC.get(normalize_word(words[first - 1]), gender)
            first -= 1
        while (found := self.role_ending(first)) is not None and self.is_free(found[1], first):
            if not self.given_name_title(found[1], first - found[1]):
                roles.insert(0, found[0])
            gender = gender or GENDER_OF_WORD.get(self.words[first - 1].lower())
            first = found[1]
            kind = "title"
        if kind == "title" and indefinite_before(words, first):
            roles = []  # "the prospect of a President Trump": an office he might hold
        if kind == "title" and (before := self.country_before(first, regions=False)):
            country, first = before
        elif kind == "title":
            country = self.region_before(first)  # "Texas Sen. Ted Cruz": Texas stays a place
        igo = None
        if kind == "title" and not represents_a_country(words[first:i]):
            igo = self.igo_before(first)
        if first == start and not roles:
            closed = end < len(doc) and words[end] == ","
            appositive = self.apposition_before(first, closed=closed)
            if appositive is not None:
                role, role_country, role_span = appositive
                roles.append(role)
                country = role_country
                extra.append(role_span)
        appositive = self.apposition_after(end)
        if appositive is not None:
            role, role_country, role_span, role_igo = appositive
            roles.append(role)
            country = country or role_country
            igo = igo or role_igo
            extra.append(role_span)
        if roles and country is None and (after := self.country_after(end)) is not None:
            country = after[0]  # "Sen. Ted Cruz of Texas": the place stays a mention of its own
        text = doc[i:end].text
        span = (first, end, kind)
        return PersonName(words_of_name, text, span, roles, country, extra, gender, igo)

    def capital_of_the_sentence(self, token: Token) -> bool:
        """Is the first word of a PERSON entity capitalised only because it opens its
        sentence, a common word the recogniser ran into the name ("Remove Mubarak now!",
        "Once Mubarak goes": a verb, an adverb)? A capital at a sentence's start says
        nothing of a word's case; the parser reads the word as no proper noun, the report
        writes it elsewhere in small letters ("remove", "once"), and the name lists know
        no such given name ("Will", "Hope"). "Ban Ki-moon" beside "the ban" stays whole:
        the parser reads "Ban" as a proper noun. A long report is read in segments, whose
        own text may not write the word small: a function word (spaCy's stop list: "once",
        "down") or a verb's base form (an imperative: '1) Remove Mubarak', '"Remove
        Mubarak') needs no such evidence. A quotation or a list item opens with a capital
        too: the word may follow a punctuation mark instead (`opens_a_clause`)."""
        return (
            opens_a_clause(token)
            and token.is_title
            and token.pos_ != "PROPN"
            and (
                token.lower_ in self.written_small
                or token.lower_ in STOP_WORDS
                or token.tag_ == "VB"
            )
            and not is_listed_given_name(token.text)
        )

    def word_apart(self, word: Token, rest: Span) -> bool:
        """Is a word at the edge of a PERSON entity a common English word the recogniser ran
        into a name the report writes without it ("Mubarak IMMEDIATELY", "Sorry Mubarak",
        "President Obama Explains His Faith", "OBAMA BECAME LEADER")? A name is a noun and
        does not inflect: the word is none of the name when the parser reads it as a verb,
        an auxiliary, an adverb or an interjection ("Explains", "Did", "Sorry"; or a typing
        error of one that opens the name: "Hay Mubarak", `misspelt_interjection`), when it is
        shouted, an English word in capitals beside a name that is not ("IMMEDIATELY"), or,
        in a name all in capitals, when it is an inflected verb ("BECAME"). Only where the
        report writes the rest of the name alone as a name ("Mubarak", "Obama"), and never
        for a given name the name lists know ("Will Smith")."""
        if (
            not word.is_alpha
            or is_listed_given_name(word.text)
            or ROMAN_NUMERAL.fullmatch(word.text)
        ):
            return False  # "Michael Jackson II": a numeral names a namesake
        name_upper = all(t.is_upper for t in rest if t.is_alpha)
        if not (
            word.pos_ in {"VERB", "AUX", "ADV", "INTJ"}
            or (word.i == rest.start - 1 and misspelt_interjection(word))
            or (word.is_upper and not name_upper and english_word(word.text))
            or (word.is_upper and name_upper and inflected_verb(word.text))
        ):
            return False
        alone = name_words(rest.text)
        return bool(alone) and any(
            name_words(ent.text) == alone for ent in self.entities if ent.label_ in NAME_LABELS
        )

    def misspelt_title(self, word: str, following: str) -> Role | None:
        """The one-word title a capitalised word before a name is a typing error of
        ("Presidendt Mubarak", "Senater Cruz"): one letter left out, added, changed or two
        swapped (`one_edit_away`) in a word of six letters or more that no given-name
        list knows. A given name is no typing error of a title; short words are left
        alone, as one letter changes them into other words ("Gen" / "Ben")."""
        if len(word) < MISSPELT_TITLE_LETTERS or not word.istitle() or is_listed_given_name(word):
            return None
        lowered = word.lower()
        # a word of plain letters has edits of plain lower-case letters, each its own lookup
        # form: one that opens no role form is passed over before `match_at` (which would
        # find nothing there) is asked
        plain = lowered.isascii() and lowered.isalpha()
        for candidate in one_edit_away(lowered):
            if plain and not self.role_lexicon.opens_a_form(candidate):
                continue
            match = self.role_lexicon.match_at([candidate, following], 0, before_name=True)
            if match is not None and match.length == 1:
                return match.role
        return None

    def given_name_title(self, at: int, length: int) -> bool:
        """Is the title over `length` words at `at` a given name the report uses ("Prince"
        of "Prince Michael Jackson II"; `royals`)?"""
        if self.royal_given_names is None:
            persons = [e for e in self.entities if e.label_ == "PERSON"]
            self.royal_given_names = given_name_titles(persons, self.headline_tokens)
        return length == 1 and normalize_word(self.words[at]) in self.royal_given_names

    def apposition_before(
        self, i: int, *, closed: bool = False
    ) -> tuple[Role, str | None, tuple] | None:
        """ "Vice President (VP), Mike Pence": a role, maybe a bracketed abbreviation, a comma;
        opening its sentence or after a bracket or comma, or, when a comma closes the name
        too, a definite role phrase anywhere ("a country that the previous Republican
        presidential nominee, Mitt Romney, called ..."); the role may have an "of" complement
        before the comma ("the director of the film, Michael Bay,":
        `role_head_before_complement`), which its mention leaves out."""
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
        role_end = i - 1
        if found is None and (head := self.role_head_before_complement(k)) is not None:
            found, role_end = self.role_ending(head + 1), head + 1
        if found is None or not self.is_free(found[1], k):
            return None
        role, start = found
        country = None
        if (before := self.country_before(start)) is not None:
            country, start = before
        owner = self.possessor_before(self.skip_modifiers_before(start))
        if owner is not None:  # "Lohan's lawyer, Shawn Holley,": the role alone
            opens = self.opens_at(owner)
            return (role, country, (start, role_end, "role")) if opens or closed else None
        if start > 0 and words[start - 1].lower() == "the":
            start -= 1
        elif closed and self.the_before_modifiers(start):  # "the previous ... nominee, X,"
            start = self.skip_modifiers_before(start) - 1
        if not self.opens_at(start) and not (closed and words[start].lower() == "the"):
            return None
        return role, country, (start, role_end, "role")

    def role_head_before_complement(self, comma: int) -> int | None:
        """The head of a noun phrase whose "of" complement ends at token `comma`: "the
        director of the film, Michael Bay,", "the author of the book, Mitchell Zuckoff,". An
        apposition after a noun and its complement describes the whole phrase, whose head
        is the noun before "of" (the name is the director's, not the film's). None when the
        complement names a person ("the wife of John Smith, Mary"), whom the name after it
        may describe instead."""
        last = self.doc[comma - 1]
        prep = next((t for t in last.ancestors if t.dep_ == "prep"), None)
        if prep is None or prep.lower_ != "of" or prep.head.i >= prep.i:
            return None
        phrase = [t for t in prep.subtree if t.i < comma]  # the name may hang from it
        if phrase[-1].i != comma - 1 or any(t.ent_type_ == "PERSON" for t in phrase):
            return None
        return prep.head.i

    def opens_at(self, start: int) -> bool:
        """Does token `start` open its sentence, or follow a bracket or a comma?"""
        return start == 0 or self.doc[start].is_sent_start or self.words[start - 1] in {"(", ","}

    def possessor_before(self, start: int) -> int | None:
        """The first token of the possessor written before token `start` ("Lohan's",
        "the company's", "her" lawyer), or None when there is none."""
        if start <= 0:
            return None
        before = self.doc[start - 1]
        if before.lower_ in {"his", "her", "its", "their"} and before.dep_ == "poss":
            return start - 1
        if not possessive(before.text) or start < 2:
            return None
        owner = self.doc[start - 2]
        ent = self.ent_ending.get(start - 1)
        if ent is not None:
            return ent.start
        return self.nominal_start(owner) if owner.pos_ in {"NOUN", "PROPN"} else None

    def the_before_modifiers(self, start: int) -> bool:
        """Is "the" written right before the adjectives in front of token `start`?"""
        modified = self.skip_modifiers_before(start)
        return modified > 0 and self.words[modified - 1].lower() == "the"

    def apposition_after(self, end: int) -> tuple[Role, str | None, tuple, str | None] | None:
        """ "Itsunori Onodera, the Defense Minister": a comma, a determiner, a role; with
        the country or international organisation ("Ban Ki-moon, the UN secretary-general")
        named in front of the role."""
        words, doc = self.words, self.doc
        if end + 2 > len(doc) or words[end] != ",":
            return None
        k = first = end + 1
        if words[k].lower() in {"the", "a", "an", "another"}:
            k += 1
        country = igo = None
        ent = self.ent_starting.get(k)
        if ent is not None and ent.label_ in COUNTRY_LABELS and (match := self.country_of(ent)):
            country = match.country.alpha3
        elif ent is not None and ent.label_ == "ORG":
            igo = self.igos.code_of(ent.text)
        if country or igo:
            k = ent.end
            if k < len(doc) and possessive(words[k]):
                k += 1
        elif k < len(doc) and words[k].lower() in {"his", "her", "its", "their"}:
            k = first = k + 1  # "Shawn Holley, her lawyer": the role alone
        else:  # "Shawn Holley, Lohan's lawyer", "Tim Cook, the company's chief executive"
            owner_end = ent.end if ent is not None else k + 1
            if owner_end < len(doc) and possessive(words[owner_end]):
                k = first = owner_end + 1
        for _ in range(2):
            if k < len(doc) and doc[k].pos_ == "ADJ" and not self.role_lexicon.match_at(words, k):
                k += 1
        match = self.role_lexicon.match_at(words, k)
        if match is None and (k := self.role_after_modifiers(k)) is not None:
            match = self.role_lexicon.match_at(words, k)
        if match is None or k is None:
            return None
        last = k + match.length
        if self.is_plural(doc[last - 1]) or not self.is_free(end + 1, last):
            return None
        if self.titles_a_name_after(last):  # "Donald Trump, Sen. Ted Cruz": a list
            return None
        if represents_a_country(words[k:last]):
            igo = None  # "John Bolton, the U.N. ambassador": the US's
        if (after := self.country_after(last)) is not None:
            country = country or after[0]
            last = after[1]
        return match.role, country, (first, last, "role"), igo

    def role_after_modifiers(self, k: int) -> int | None:
        """Where a role starts after up to four words that modify a noun to their right
        ("an Iowa Republican strategist", "a Florida-based Republican strategist",
        "another unaligned Iowa Republican strategist"): the modifiers of an apposition's
        head, which the parse hangs on it (compounds, adjectives, names of places and
        parties). None when no role follows them."""
        doc, words = self.doc, self.words
        for at in range(k, min(k + 5, len(doc))):
            if at > k and self.role_lexicon.match_at(words, at):
                return at
            token = doc[at]
            modifies = token.dep_ in NOUN_MODIFIER_DEPS or token.text == "-"
            if not modifies or token.head.i <= at:
                return None
        return None

    def titles_a_name_after(self, end: int) -> bool:
        """Does a person's name follow a role phrase ending before token `end`, within the
        few words of its noun phrase (no punctuation between)? Then the role is that
        name's title ("Sen. Ted Cruz", "billionaire Dallas Mavericks owner Mark Cuban"),
        not an apposition of a name before it: "front-runner Donald Trump, Sen. Ted Cruz"
        is a list of two persons. A preposition ends the search as punctuation does: a name
        after it is the object of the role's complement ("Steve Schmidt, a top strategist on
        John McCain's campaign"), never the name the role titles."""
        for token in self.doc[end : end + TITLE_REACH]:
            if token.ent_type_ == "PERSON":
                return True
            if token.is_punct or token.is_space or token.pos_ == "ADP":
                return False
        return False

    def find_persons(self) -> None:
        names = [
            (ent, name)
            for ent in self.entities
            if ent.label_ == "PERSON"
            and not names_a_unit(ent, self.unit_names)
            and (name := self.read_person(ent)) is not None
        ]
        cues = OrganisationCues(self.nominal_lexicon, self.role_lexicon, artefact_nouns())
        person_words = {name.words for _, name in names}
        titled = frozenset(n.words for _, n in names if n.span[2] == "title" or n.gender)
        names += mistagged_persons(  # "Carly Fiorina" tagged ORG wherever she is named
            self.entities, self.read_person, person_words, cues, self.nominal_lexicon, titled
        )
        bodies = {name.words for ent, name in names if cues.organisation_in_front(ent)}
        self.organisation_names.extend(ent for ent, name in names if name.words in bodies)
        names = [(ent, name) for ent, name in names if name.words not in bodies]
        objects = object_names([(ent, name.words) for ent, name in names])
        names = [(ent, name) for ent, name in names if name.words not in objects]
        unpersonal = self.unpersonal_names(names, cues)  # "Access Hollywood"
        self.organisation_names.extend(ent for ent, name in names if name.words in unpersonal)
        names = [(ent, name) for ent, name in names if name.words not in unpersonal]
        media = self.medium_names(names)  # "posted on Twitter", "Facebook and Twitter"
        self.organisation_names.extend(ent for ent, name in names if name.words in media)
        names = [(ent, name) for ent, name in names if name.words not in media]
        places = placed_names([(ent, name.words) for ent, name in names])
        self.place_names.extend(ent for ent, name in names if name.words in places)
        names = [(ent, name) for ent, name in names if name.words not in places]
        organisations = [name_words(ent.text) for ent in self.doc.ents if ent.label_ == "ORG"]
        institutions = self.institution_names()
        teams = {name.words for ent, name in names if plural_after_the(ent)}
        by_words: dict[tuple[str, ...], Draft] = {}
        for ent, name in names:
            if len(name.words) >= 2 and name.words in institutions:
                self.organisation_names.append(ent)  # "Betty Ford" of "the Betty Ford Center"
            elif len(name.words) >= 2:
                draft = by_words.get(name.words)
                if draft is None:
                    draft = by_words[name.words] = Draft("PERSON", name.words, name.text)
                    self.persons.append(draft)
                self.add_person_name(draft, name)
        self.merge_partial_full_names()
        self.merge_name_variants()
        namesakes = self.namesakes_under_office(names)
        unclear: dict[tuple[str, ...], Draft] = {}
        for ent, name in names:
            if len(name.words) >= 2:
                continue
            fits = self.full_names_shortened(name.words)
            if len(fits) == 1 and name.words in namesakes and bare_name(name):
                # "Clinton" beside "President Bill Clinton" and "Secretary Clinton": unclear
                draft = unclear.get(name.words)
                if draft is None:
                    draft = unclear[name.words] = Draft("PERSON", name.words, name.text)
                    draft.ambiguous = True
                    self.persons.append(draft)
                self.add_person_name(draft, name)
                continue
            if len(fits) > 1 and name.gender:  # "Mrs. Clinton" beside Bill and Hillary Clinton
                fits = [d for d in fits if person_gender(d) in (None, name.gender)] or fits
            elif len(fits) == 1 and name.gender and person_gender(fits[0]) not in (
                None,
                name.gender,
            ):
                fits = []  # "Mrs Smith" beside John Smith: his wife, someone else
            elif len(fits) == 1 and another_office(name, fits[0]):
                fits = []  # "Secretary Clinton" beside "President Bill Clinton": his wife
            if len(fits) == 1:
                self.add_person_name(fits[0], name)
                continue
            if (
                not fits
                and name.words not in titled  # "Ms. Malik" beside the ORG "Tashfeen Malik"
                and (
                    name.words in teams
                    or any(is_short_form(name.words, org) for org in organisations)
                )
            ):  # "Colts" beside "Indianapolis Colts", or written "the Colts" once
                self.organisation_names.append(ent)
                continue
            draft = by_words.get(name.words)
            if draft is None:
                draft = by_words[name.words] = Draft("PERSON", name.words, name.text)
                draft.ambiguous = len(fits) > 1
                self.persons.append(draft)
            self.add_person_name(draft, name)
        self.find_surnames_alone()

    def full_names_shortened(self, words: tuple[str, ...]) -> list[Draft]:
        """The persons of two or more name words that a one-word name shortens ("Clinton":
        Bill Clinton, Hillary Clinton)."""
        return [d for d in self.persons if len(d.key) >= 2 and is_short_form(words, d.key)]

    def namesakes_under_office(self, names: list[tuple[Span, PersonName]]) -> set[tuple[str, ...]]:
        """The one-word names the report writes under the title of another office than the
        one full name they shorten holds (`another_office`: "Secretary Clinton" beside
        "President Bill Clinton"): two persons of the report bear that name, so the name
        written alone ("Clinton") is unclear between them, as a surname shared by two full
        names is; linking's rule 3 tells which one the report means (its pronouns' gender,
        the person the report names most)."""
        found: set[tuple[str, ...]] = set()
        for _, name in names:
            if len(name.words) != 1:
                continue
            fits = self.full_names_shortened(name.words)
            if len(fits) == 1 and another_office(name, fits[0]):
                found.add(name.words)
        return found

    def unpersonal_names(
        self, names: list[tuple[Span, PersonName]], cues: OrganisationCues
    ) -> set[tuple[str, ...]]:
        """The PERSON names of two words or more that the report writes, at least once and
        whatever the recogniser's label there, in front of a programme's or an
        organisation's noun or a role ("the Access Hollywood tape", "Access Hollywood
        host Billy Bush"), and never with a person's words: a title or role, an honorific,
        a given name the name lists know, a verb of saying ("Access Hollywood" written
        bare, "Trump tells Access Hollywood"). They name an organisation."""
        candidates = {name.words for _, name in names if len(name.words) >= 2}
        if candidates:
            candidates -= {name.words for ent, name in names if is_personal(ent, name)}
        if not candidates:
            return set()
        doc = self.doc
        starts: dict[str, list[int]] = {}  # the token indices of each first word, read once
        for i in tokens_lowered(doc, {words[0] for words in candidates}):
            starts.setdefault(doc[i].lower_, []).append(i)
        return {
            words
            for words in candidates
            if any(
                [t.lower_ for t in doc[i : i + len(words)]] == list(words)
                and fronts_a_noun(doc[i + len(words) - 1], cues)
                for i in starts.get(words[0], ())
                if i <= len(doc) - len(words)
            )
        }

    def medium_names(self, names: list[tuple[Span, PersonName]]) -> set[tuple[str, ...]]:
        """The PERSON names that name a medium, a service or a broadcaster ("Twitter",
        "Al Jazeera": `media.media_names`); a name written with a title, a role, an
        honorific or a gendered word is a person's."""
        personal = {
            name.words for _, name in names if name.roles or name.span[2] == "title" or name.gender
        }
        return media_names(self.doc, {name.words for _, name in names}, personal)

    def find_surnames_alone(self) -> None:
        """A capitalised word of running text that the recogniser left out of every name
        ("said Skelly", tagged an adverb) but that is the last word of exactly one full name
        of the report ("Bill Skelly") and of no other person: that person; a word that is a
        short name two persons share ("Trump" beside Donald and Ivanka Trump): that name.
        Not at a sentence's start unless it is the subject there, tagged a proper or a
        common noun ("Gates told the AP", "Trump later defended", "Sanders did", tagged a
        plural; not "Stone walls"), in a
        title-case line, or beside another capitalised word (part of a longer name) other
        than a function word opening the sentence ("And Skelly"), an honorific the person
        may bear (`honorific_of`: "Mr Jolly, 39, said", the mention with its honorific) or
        the person's given names (`full_name_ending`: the whole name is the mention)."""
        last_words: dict[str, list[Draft]] = {}
        for draft in self.persons:
            last_words.setdefault(draft.key[-1], []).append(draft)
        # the words a short name two persons share may be (`shared_short_name`), read once
        shared_words = {d.key[0] for d in self.persons if d.ambiguous and len(d.key) == 1}
        for i in tokens_lowered(self.doc, last_words.keys() | shared_words):  # no other word
            token = self.doc[i]
            drafts = last_words.get(token.lower_, [])
            if (
                token.lower_ in shared_words
                and (shared := self.shared_short_name((token.lower_,))) is not None
            ):
                drafts = [shared]  # "Trump" beside Donald and Ivanka Trump: that short name
            elif len(drafts) != 1 or len(drafts[0].key) < 2:
                continue
            if (
                token.i in self.taken
                or token.ent_type_
                or not token.is_title
                or (token.is_sent_start and not (token.tag_ in _NOUNS and token.dep_ == "nsubj"))
                or token.i in self.headline_tokens
                or not any(t.is_lower and t.pos_ in CONTENT_TAGS for t in token.sent)
                or (token.i + 1 < len(self.doc) and self.doc[token.i + 1].is_title)
            ):
                continue
            start = token.i
            before = self.doc[token.i - 1]
            if (full := self.full_name_ending(token, drafts[0])) is not None:
                start = full  # "IOM Chief of Mission Vincent Houver": a title before it
            elif before.i not in self.taken and honorific_of(before, drafts[0]):
                start = before.i  # "Mr Jolly, 39, said": Derek Jolly, the honorific his
            elif before.i not in self.taken and normalize_word(before.text) in GENDER_OF_HONORIFIC:
                self.add_namesake(before, token)  # "Mrs Jolly" beside Derek Jolly: his wife
                continue
            elif before.is_title and not opens_sentence(before):
                continue
            drafts[0].mentions.append((start, token.i + 1, "name"))
            self.take(start, token.i + 1)

    def add_namesake(self, honorific: Token, surname: Token) -> None:
        """A surname the recogniser missed after a gendered honorific that contradicts the
        gender of the report's one person of that surname ("Mrs Jolly" beside Derek Jolly):
        another person of the name, of the honorific's gender (one per surname and gender)."""
        key = (normalize_word(surname.text),)
        gender = GENDER_OF_HONORIFIC[normalize_word(honorific.text)]
        draft = next((d for d in self.persons if d.key == key and d.gender == gender), None)
        if draft is None:
            draft = Draft("PERSON", key, surname.text, gender=gender)
            self.persons.append(draft)
        draft.mentions.append((honorific.i, surname.i + 1, "name"))
        self.take(honorific.i, surname.i + 1)

    def full_name_ending(self, token: Token, person: Draft) -> int | None:
        """Where the person's whole name starts when the words up to this one are it, all
        capitalised and outside every entity and mention: the recogniser missed the full
        name it found elsewhere in the report, here glued to a title before it ("said IOM
        Chief of Mission Vincent Houver" beside "Vincent Houver")."""
        start = token.i - len(person.key) + 1
        if len(person.key) < 2 or start < 0:
            return None
        words = self.doc[start : token.i + 1]
        if any(w.i in self.taken or w.ent_type_ or not w.is_title for w in words):
            return None
        return start if tuple(normalize_word(w.text) for w in words) == person.key else None

    def institution_names(self) -> set[tuple[str, ...]]:
        """Person names that begin a named institution of the report ("betty ford" of "the
        Betty Ford Center"): an organisation or facility whose name ends in an organisation
        or place noun of `nominals.tsv`. Such a name standing alone means the institution."""
        found = set()
        for ent in self.doc.ents:
            words = name_words(ent.text)
            words = words[1:] if words[:1] == ("the",) else words
            if ent.label_ not in {"ORG", "FAC"} or len(words) < 3:
                continue
            noun = self.nominal_lexicon.lookup(words[-1])
            if noun is not None and noun.kind in {"organisation", "place"}:
                found.add(words[:-1])
        return found

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
            self.absorb(other, draft, named_by_draft=len(draft.mentions) > len(other.mentions))

    def merge_name_variants(self) -> None:
        """Join two full names that write one name two ways ("Pete Santilli" and "Peter
        Santilli", "Fred LaRue" and "Frederick C. LaRue": `names.is_name_variant`) when
        each is a variant of no other person's name of the report; the name written more
        often (the longer on a tie) gives the person's name."""
        for draft in list(self.persons):
            if draft not in self.persons or len(draft.key) < 2:
                continue
            variants = [
                d for d in self.persons if d is not draft and is_name_variant(draft.key, d.key)
            ]
            if len(variants) != 1:
                continue
            (other,) = variants
            if (
                sum(1 for d in self.persons if d is not other and is_name_variant(other.key, d.key))
                != 1
            ):
                continue
            more = (len(draft.mentions), len(draft.name)) > (len(other.mentions), len(other.name))
            self.absorb(other, draft, named_by_draft=more)

    def absorb(self, person: Draft, draft: Draft, *, named_by_draft: bool) -> None:
        """Fold `draft` into `person` (mentions, roles, countries, gender); `named_by_draft`:
        the person takes the draft's name."""
        if named_by_draft:
            person.key, person.name = draft.key, draft.name
        person.mentions.extend(draft.mentions)
        for role in draft.roles:
            person.add_role(role)
        person.countries.update(draft.countries)
        person.gender = person.gender or draft.gender
        person.igo = person.igo or draft.igo
        self.persons.remove(draft)

    def add_person_name(self, draft: Draft, name: PersonName) -> None:
        draft.mentions.append(name.span)
        draft.mentions.extend(name.extra)
        self.take(name.span[0], name.span[1])
        for start, end, _ in name.extra:
            self.take(start, end)
        for role in name.roles:
            draft.add_role(role)
        if name.country:
            draft.countries[name.country] += 1
        draft.igo = draft.igo or name.igo
        draft.gender = draft.gender or name.gender
        if len(name.text) > len(draft.name) and len(name.words) >= len(draft.key):
            draft.name = name.text

    # -- 2. roles used as names ----------------------------------------------------------

    def find_roles(self) -> None:
        doc, words = self.doc, self.words
        # plural nouns by their lemma, so "officers" finds the role "officer"
        singular = [t.lemma_ if t.tag_ in PLURAL_NOUN_TAGS else t.text for t in doc]
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
            if names_a_thing(head) or opens_a_hyphenated_name(head):  # "a music player"
                i = end
                continue
            if modifies_a_noun_after(head):  # "billionaire" of "the billionaire businessman"
                i += 1
                continue
            if (
                head.pos_ not in {"NOUN", "PROPN"}
                or not self.is_free(i, end)
                or (end < len(doc) and doc[end].ent_type_ == "PERSON")
            ):
                i += 1
                continue
            if self.is_plural(head):
                if head.lower_ in GOVERNMENT_WORDS and self.country_before(i, regions=False):
                    i = end  # "North Korean officials": the government, step 3
                    continue
                self.add_unnamed(match.role, self.nominal_start(head), end, plural=True)
                i = end
                continue
            found = self.role_ending(end)
            role, start = found if found else (match.role, i)
            country = None
            if (before := self.country_before(start)) is not None:
                country, start = before
            igo = None
            if country is None and not represents_a_country(words[start:end]):
                igo = self.igo_before(start)
            start = self.skip_modifiers_before(start)
            previous = normalize_word(words[start - 1]) if start > 0 else ""
            determiner = next((c for c in head.lefts if c.dep_ == "det"), None)
            if previous == "the":
                start -= 1
            elif (
                determiner is not None
                and determiner.lower_ in DEFINITE_DETERMINERS
                and self.is_free(determiner.i, start)
            ):
                start = determiner.i  # 'the "American Pie" star', 'the 33-year-old actress'
            elif self.labels_a_line(start, end):  # "Lawyer: Lohan will return to rehab"
                pass
            elif previous not in POSSESSIVES and country is None:
                predicated = self.subject_of_predicate(head)
                if predicated is not None and determiner is not None:  # "X is a lawyer"
                    predicated.add_role(role)
                    self.add_mention(predicated, self.nominal_start(head), end)
                elif indefinite_predicate(head):  # "because she is a woman": no one new
                    pass
                elif determiner is not None or one_of(head):  # "a judge", "one executive"
                    self.add_unnamed(role, self.nominal_start(head), end, plural=False)
                i = end
                continue
            if (after := self.country_after(end)) is not None:
                country = country or after[0]
                end = after[1]
            self.add_role_mention(role, country, start, end, igo)
            self.take(start, end)
            i = end

    def labels_a_line(self, start: int, end: int) -> bool:
        """Does a role written alone open a line and end with a colon ("Lawyer: Lohan will
        return to rehab", a headline's speaker)?"""
        opens = start == 0 or "\n" in self.doc[start - 1].text_with_ws
        return opens and end < len(self.doc) and self.words[end] == ":"

    def add_mention(self, draft: Draft, start: int, end: int) -> None:
        """A role phrase predicated of a person ("Shawn Holley is a lawyer for Lohan") is a
        mention of that person."""
        draft.mentions.append((start, end, "role"))
        self.take(start, end)

    def add_unnamed(
        self,
        role: Role,
        start: int,
        end: int,
        *,
        plural: bool,
        place: tuple[str, ...] = (),
        name: str | None = None,
    ) -> Draft:
        """An indefinite or plural role ("a judge", "officers"): an unnamed actor of this
        report, never one of its named holders; one per `place` written with it ("a New
        Hampshire Republican"), shown as `name` when given."""
        key = ("the", *place, *role.name.split(), *(("plural",) if plural else ()))
        draft = self.others.get(("PERSON", key))
        if draft is None:
            if name is None:
                name = group_name(role, self.doc[end - 1]) if plural else role.name.title()
            draft = self.others[("PERSON", key)] = Draft("PERSON", key, name)
            draft.add_role(role)
            if not plural:
                self.persons.append(draft)
        draft.mentions.append((start, end, "role"))
        self.take(start, end)
        return draft

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

    def add_role_mention(
        self, role: Role, country: str | None, start: int, end: int, igo: str | None = None
    ) -> None:
        draft = self.person_meant(role, country, start, end)
        if draft is None:
            key = ("the", *role.name.split())
            draft = Draft("PERSON", key, role.name.title(), roles=[role])
            self.persons.append(draft)
        draft.igo = draft.igo or igo
        draft.mentions.append((start, end, "role"))
        draft.gender = draft.gender or GENDER_OF_WORD.get(self.doc[end - 1].lower_)
        if country:
            draft.countries[country] += 1

    def person_meant(self, role: Role, country: str | None, start: int, end: int) -> Draft | None:
        """The named person a role phrase means: the person a copula gives it to; for a
        candidate's description, a person holding a role written in front of its head
        ("the billionaire front-runner"); the nearest holder before it (the first after it
        when none is before); else, for a description other than an occupation
        (`ROLES_OF_NAMED`), the protagonist (`candidate_meant` for a candidate's). Never a
        person the phrase names as its owner or in a prepositional phrase
        (`related_in_phrase`: "the Clinton campaign's political director" is not Clinton):
        when the one it would mean is so named, it means no one of them."""
        predicated = self.subject_of_predicate(self.doc[end - 1])
        if predicated is not None:
            predicated.add_role(role)
            return predicated
        party = parties_in(self.doc[start:end])
        related = self.related_in_phrase(self.doc[end - 1], start, end)

        def same_party(draft: Draft) -> bool:  # not written beside the other party only
            return not party or not (known := self.parties_of(draft)) or bool(party & known)

        found = None
        if role.name in CANDIDATE_ROLES:
            found = self.described_in_front(start, end, same_party)
        if found is None:
            holders = [
                d for d in self.holders(role, country) if same_party(d) and id(d) not in related
            ]
            if holders:
                return nearest_holder(holders, start)
            if role.name in CANDIDATE_ROLES:
                found = self.candidate_meant(start, party, same_party)
            elif role.name not in ROLES_OF_NAMED:
                found = self.protagonist(role, start, end, same_party, related)
        if found is None or id(found) in related:
            return None
        found.add_role(role)
        return found

    def named_persons(self, same_party: Callable[[Draft], bool]) -> list[Draft]:
        """The report's persons named by a name (not a role standing alone), unambiguous and
        of the party `same_party` allows."""
        return [
            draft
            for draft in self.persons
            if draft.key[:1] != ("the",) and not draft.ambiguous and same_party(draft)
        ]

    def described_in_front(
        self, start: int, end: int, same_party: Callable[[Draft], bool]
    ) -> Draft | None:
        """The person holding a role written in a role phrase in front of its head ("the
        billionaire front-runner" after "Donald Trump, a billionaire"), the one named most
        before it."""
        inner = self.roles_in_front(start, end)
        described = [
            draft
            for draft in self.named_persons(same_party)
            if any(same_role(role, held) for role in inner for held in draft.roles)
        ]
        return most_named(described, start, len(self.doc))

    def candidate_meant(
        self, start: int, party: set[str], same_party: Callable[[Draft], bool]
    ) -> Draft | None:
        """The protagonist a candidate's description at token `start` means when no one
        holds the role: of the named persons who hold descriptions only or a government
        role held before ("former Secretary of State Hillary Clinton": she may be running),
        and are not written beside another party only, those written beside its party
        first, the one named most before it (`most_named`)."""
        eligible = [
            draft
            for draft in self.named_persons(same_party)
            if all(is_descriptive(held) for held in draft.roles) or self.held_before(draft)
        ]
        beside = (lambda draft: bool(party & self.parties_of(draft))) if party else None
        return most_named(eligible, start, len(self.doc), beside)

    def held_before(self, draft: Draft) -> bool:
        """Is every title the person is named with one held before ("former Secretary of
        State Hillary Clinton")?"""
        titles = [start for start, _, kind in draft.mentions if kind == "title"]
        return bool(titles) and all(
            start > 0 and self.doc[start - 1].lower_ in {"former", "ex"} for start in titles
        )

    def roles_in_front(self, start: int, end: int) -> list[Role]:
        """The roles written in a role phrase before the role that ends it ("billionaire"
        of "the billionaire front-runner")."""
        last = self.role_lexicon.match_ending(self.words, end)
        stop = end - (last.length if last else 0)
        found = []
        for i in range(start, stop):
            match = self.role_lexicon.match_at(self.words[:stop], i)
            if match is not None:
                found.append(match.role)
        return found

    def parties_of(self, draft: Draft) -> set[str]:
        """The parties written in or just before a person's names ("Republican
        presidential nominee Donald Trump", "Democrat Hillary Clinton")."""
        found: set[str] = set()
        for start, end, kind in draft.mentions:
            if kind in {"role", "pronoun"}:
                continue
            sent_start = self.doc[start].sent.start
            found |= parties_in(self.doc[max(sent_start, start - PARTY_WINDOW) : end])
        return found

    def subject_of_predicate(self, head: Token) -> Draft | None:
        """The person a predicate gives the role to: a copula's subject ("Kim Yong Nam is
        North Korea's leader", "... is its leader and the most senior official"); the person
        a verb names to it ("Mike Pence was named the nominee", "named Pence the nominee");
        the subject that acts as it ("Bill Smith served as a senator", "As president,
        Obama will fight"). None when the verb is negated ("has not been named as a
        suspect") or has an object the role may be said of instead ("rejects Nikki Haley
        as a spokeswoman", "announces his nomination of Benjamin as the surgeon general")."""
        if head.dep_ == "conj" and head.head.dep_ in {"attr", "oprd", "pobj"}:
            head = head.head
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
            verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in OBJECTS for c in verb.children):
                return None
        elif head.dep_ == "oprd":
            thing = next((c for c in verb.children if c.dep_ in OBJECTS), None)
            if thing is not None:
                return None if negated(verb) else self.person_named_at(thing)
        elif head.dep_ != "attr" or verb.lemma_ != "be":
            return None
        # the verb's subject, or that of a verb it is joined to ("Smith founded the firm and
        # is its chief executive")
        return None if negated(verb) else self.person_named_at(subject_of(verb))

    def person_named_at(self, token: Token | None) -> Draft | None:
        """The person one of whose mentions holds the token."""
        if token is None:
            return None
        for draft in self.persons:
            if any(start <= token.i < end for start, end, _ in draft.mentions):
                return draft
        return None

    def holders(self, role: Role, country: str | None) -> list[Draft]:
        """Persons holding a role (of the same country, when both countries are known); a
        spokesperson is also the holder of a role that speaks for the government ("the
        government's top spokesman" after "Chief Cabinet Secretary Yoshihide Suga")."""
        return [
            draft
            for draft in self.persons
            if any(self.names_held_role(role, held) for held in draft.roles)
            and (country is None or not draft.countries or country in draft.countries)
        ]

    def names_held_role(self, mentioned: Role, held: Role) -> bool:
        return same_role(mentioned, held) or (
            mentioned.name == "spokesperson" and self.role_lexicon.speaks_for_government(held)
        )


# The two US parties by the words news uses for them; a role phrase naming one ("the
# Republican nominee") is never a person the report writes beside the other party only.
PARTY_OF_WORD = {
    "republican": "republican", "gop": "republican", "democratic": "democratic",
    "democrat": "democratic",
}  # fmt: skip
PARTY_WINDOW = 4  # words in front of a name that may give its party
# Dependencies of words that modify a noun to their right inside its phrase ("Iowa
# Republican strategist", "Florida-based"): compounds, adjectives, nouns and adverbs.
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod"})


def indefinite_before(words: list[str], start: int) -> bool:
    """Is a titled name written after an indefinite article ("a President Clinton", "an
    Ambassador Smith")? A proper name needs no article; "a" before a title and a name makes
    the phrase a kind or a hypothetical ("the prospect of a President Trump", "a President
    Clinton could ... see it work"): the title is an office the person might hold, not one
    the person holds."""
    return start > 0 and normalize_word(words[start - 1]) in INDEFINITE_ARTICLES


def parties_in(span: Span) -> set[str]:
    """The parties a stretch of words names."""
    return {PARTY_OF_WORD[t.lower_] for t in span if t.lower_ in PARTY_OF_WORD}


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})


def placed_names(names: list[tuple[Span, tuple[str, ...]]]) -> set[tuple[str, ...]]:
    """The PERSON names of a report that only ever stand where places do: the object of
    "in", "at", "near" ("a hit and run in Bloomington"), of "from" after "be" ("who is
    from Schnectady"), or in front of a noun ("the Bloomington man"), at least once after
    a preposition. A person's name is somewhere a subject, an object or a possessor."""
    after_preposition: set[tuple[str, ...]] = set()
    elsewhere: set[tuple[str, ...]] = set()
    for ent, words in names:
        root = ent.root
        if root.dep_ == "pobj" and (
            root.head.lower_ in PLACE_PREPOSITIONS
            or (root.head.lower_ == "from" and root.head.head.lemma_ == "be")
        ):
            after_preposition.add(words)
        elif not (root.dep_ == "compound" and root.head.pos_ == "NOUN"):
            elsewhere.add(words)
    return after_preposition - elsewhere


def object_names(names: list[tuple[Span, tuple[str, ...]]]) -> set[tuple[str, ...]]:
    """The PERSON names of two words or more of a report that only ever stand where the
    names of things do: with a determiner of their own right in front ("The Deepwater
    Horizon sank"), at least once, or in front of a common noun they modify ("the
    BP-operated Deepwater Horizon rig"). A person's full name takes no determiner ("the
    late John Smith": not right in front); a one-word name may ("the only Cyrus")."""
    determined: set[tuple[str, ...]] = set()
    elsewhere: set[tuple[str, ...]] = set()
    for ent, words in names:
        if len(words) < 2:
            continue
        root = ent.root
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.dep_ == "det" and before.head == root:
            determined.add(words)
        elif not (root.dep_ == "compound" and root.head.pos_ == "NOUN"):
            elsewhere.add(words)
    return determined - elsewhere


# Nouns of what a programme or a publication makes: a name in front of one ("the Access
# Hollywood tape") is the programme's (WordNet 3.1: broadcast.n.02, recording.n.01, show.n.03)
PROGRAMME_NOUNS = frozenset(
    "show programme program series tape video footage broadcast episode segment interview "
    "recording clip".split()
)


def fronts_a_noun(root: Token, cues: OrganisationCues) -> bool:
    """Does a name (its root) stand in front of a programme's or an organisation's noun, or
    a role, that it modifies ("the Access Hollywood tape", "Access Hollywood host")?"""
    head = root.head
    if root.dep_ not in {"compound", "nmod"} or head.i <= root.i or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return lemma in PROGRAMME_NOUNS or cues.organisation_noun(head) or cues.is_role(head)


def is_personal(ent: Span, name: PersonName) -> bool:
    """Is a PERSON name written with a person's words: a title or role, an honorific, a
    given name the name lists know, or as the subject of a verb of saying?"""
    return bool(
        name.roles
        or name.span[2] == "title"
        or name.gender
        or gender_of_given_name(name.words[0])
        or speaking_verb(ent.root)
    )


def one_of(head: Token) -> bool:
    """Is a singular noun counted by "one", as "a" would ("one former executive said")?"""
    return any(c.dep_ == "nummod" and c.lower_ == "one" for c in head.lefts)


def another_office(name: PersonName, person: Draft) -> bool:
    """Is a name written under the title of a public office ("Secretary Clinton") that the
    report never gives the one full name it shortens, which it gives an office of its own
    ("President Bill Clinton")? News names a person again with the title of the first
    mention or with none ("President Clinton", "Mr. Clinton", "Clinton"); a surname under
    another office is another person of that name, as "Mrs Smith" beside John Smith is."""
    return name.span[2] == "title" and other_offices(name.roles, person.roles)


def bare_name(name: PersonName) -> bool:
    """Is a name written with no title and no gendered honorific ("Clinton", not
    "President Clinton" nor "Mrs. Clinton"), so that nothing in it says which of two persons
    of that name it is?"""
    return name.span[2] == "name" and name.gender is None


def honorific_of(word: Token, person: Draft) -> bool:
    """Is this word an honorific (`HONORIFICS`) that may be this person's: "Mr" before
    "Jolly" is no part of a longer name the recogniser missed but the way a report names
    Derek Jolly again ("Mr Jolly, 39, said"); a gendered one that contradicts the person's
    gender ("Mrs Jolly" beside Derek Jolly: his wife) is someone else's."""
    honorific = normalize_word(word.text)
    if honorific not in HONORIFICS:
        return False
    wanted = GENDER_OF_HONORIFIC.get(honorific)
    return wanted is None or person_gender(person) in (None, wanted)


def opens_sentence(token: Token) -> bool:
    """A function word written with a capital because it opens its sentence ("And")."""
    return token.is_sent_start and token.pos_ in FUNCTION_TAGS | {"CCONJ", "ADV"}


def group_name(role: Role, head: Token) -> str:
    """How an unnamed group of persons reads: the role's words in lower case, the last as
    the report writes it ("reporters" for the role "journalist", "chief executives")."""
    return " ".join((*role.name.lower().split()[:-1], head.lower_))


def plural_after_the(ent: Span) -> bool:
    """A one-word name in the plural after "the" ("the Colts" tagged PERSON): a team or
    group, no person."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) == 1 and ent[0].tag_ == "NNPS" and before is not None and before.lower_ == "the"


def capitalised_function_word(token: Token) -> bool:
    """A preposition or other function word written with a capital inside a sentence of
    running text (one with a content word in small letters), so part of a name ("Moon Jae
    In"); not in a title-case line ("Pence Meets Moon In Seoul")."""
    if not token.is_title or token.pos_ not in FUNCTION_TAGS:
        return False
    if token.is_sent_start:
        return False  # "... John Smith. In a statement"; a mention stays in its sentence
    return any(t.is_lower and t.pos_ in CONTENT_TAGS for t in token.sent)


def most_named(
    drafts: list[Draft], start: int, end: int, prefer: Callable[[Draft], bool] | None = None
) -> Draft | None:
    """Of the drafts (those `prefer` keeps first, when it keeps any), the one named most
    often before token `start` (`most_mentioned_before`), or before token `end` (the
    report's end) when none is named before `start` (a lede: "The candidate said ...
    Donald Trump")."""
    if prefer is not None:
        drafts = [draft for draft in drafts if prefer(draft)] or drafts
    return most_mentioned_before(drafts, start) or most_mentioned_before(drafts, end)


def nearest_holder(holders: list[Draft], start: int) -> Draft:
    """The holder mentioned last before token `start`, else the one mentioned first."""
    before = [d for d in holders if min(m[0] for m in d.mentions) < start]
    if before:
        return max(before, key=lambda d: max(m[0] for m in d.mentions if m[0] < start))
    return min(holders, key=lambda d: min(m[0] for m in d.mentions))


def opens_a_hyphenated_name(token: Token) -> bool:
    """Is a role word the first part of a hyphenated name, a hyphen and a capitalised word
    written on to it with no space ("The Star-Ledger", a newspaper; "Star-Tribune")? The
    word is part of that name, not a noun of its own."""
    doc = token.doc
    if token.whitespace_ or token.i + 2 >= len(doc):
        return False
    hyphen, after = doc[token.i + 1], doc[token.i + 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and after.text[:1].isupper()


def modifies_a_noun_after(token: Token) -> bool:
    """A role word in front of the noun that heads its phrase ("billionaire" of "the
    billionaire front-runner", "star" of "the star witness"): the phrase is the later
    noun's, not this role's. Not in front of a name ("Vice President Pence"); a word in
    small letters tagged a proper noun ("runner" of "front-runner") is a noun."""
    head = token.head
    noun = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
    return token.dep_ in {"compound", "amod", "nmod"} and head.i > token.i and noun


# Particles written in small letters inside persons' names ("Ludwig van Beethoven",
# "Charles de Gaulle", "Osama bin Laden", "Bashar al-Assad").
NAME_PARTICLES = frozenset(
    "al bin ben bint da das de del della der di dos du el ibn la le st ter van von".split()
)
MISSPELT_TITLE_LETTERS = 6  # the shortest word read as a title with a typing error
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def opens_a_clause(token: Token) -> bool:
    """Does the word open its sentence, or follow a punctuation mark that opens a
    quotation, a bracket's or list's item ('"Remove', '1) Remove')?"""
    return bool(token.is_sent_start) or (token.i > 0 and token.nbor(-1).is_punct)


# The interjections that call someone by name ("Hey Jack", "Hello Mubarak"): a closed class
# of English words, of three letters or more (one letter changes "hi" or "oh" into names).
GREETINGS = frozenset({"hey", "hello", "hiya"})


def misspelt_interjection(token: Token) -> bool:
    """Is a capitalised word opening a clause a typing error of a greeting ('saying "Hay
    Mubarak here is your money"': "Hay" for "Hey"), one letter left out, added, changed or
    two swapped (`one_edit_away`), and no given name the lists know? The parser reads such
    a word as a proper noun, and the recogniser runs it into the name it greets."""
    return (
        opens_a_clause(token)
        and token.is_title
        and not is_listed_given_name(token.text)
        and token.lower_ not in GREETINGS
        and bool(one_edit_away(token.lower_) & GREETINGS)
    )


def small_common_word(token: Token) -> bool:
    """Is the first word of a PERSON entity a common word written in small letters ("to
    force Mubarak to resign": the recogniser ran the verb into the name)? English writes
    a given name with a capital; only a name's particles ("van", "de", "bin") are
    written small, and the parser reads them as no verb, adverb or adjective. A given name
    the name lists know is a name written small ("mohamed elbaradie" in a reader's
    comment), whatever the parser makes of it."""
    return (
        token.is_lower
        and token.is_alpha
        and token.pos_ in {"VERB", "AUX", "ADV", "ADJ", "ADP", "SCONJ", "CCONJ", "PART", "PRON"}
        and token.lower_ not in NAME_PARTICLES
        and not is_listed_given_name(token.text)  # "mohamed elbaradie", a reader's comment
    )


def one_edit_away(word: str) -> set[str]:
    """The words one typing error from `word` (lower case): one letter left out, two
    neighbours swapped, one letter changed or added."""
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(word)
    return out
