"""Step 4: person pronouns and relative pronouns."""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from functools import cached_property
from operator import itemgetter

from spacy.tokens import Span, Token

from storyline.extract.actors.binding import (
    FIRST_PERSON,
    FIRST_PLURAL,
    REFLEXIVES,
    labelled_lines,
    local_subject,
    narrative_sentences,
    negated,
    quote_speakers,
    signed_letters,
    speaking_verb,
    stating_verb,
    subject_of,
    turn_tokens,
)
from storyline.extract.actors.state import (
    ORGANISATION_TYPES,
    PLACE_TYPES,
    PRONOUN_GENDER,
    PRONOUN_WINDOW,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    Draft,
    ResolutionState,
    coarguments_of,
    grammatical_role,
    pronoun_gender,
)
from storyline.extract.gender import gender_of_full_name, is_listed_given_name
from storyline.extract.names import is_short_form, name_words
from storyline.extract.page import doc_page
from storyline.extract.quotes.marks import Marked, quoted_passages, tokens_inside
from storyline.extract.quotes.terms import is_term
from storyline.extract.tags import PLURAL_NOUN_TAGS
from storyline.extract.turns import doc_turns
from storyline.nlp.text import doc_text
from storyline.nlp.token_words import tokens_lowered


class PronounsStep(ResolutionState):
    """Step 4, person and relative pronouns (see the rules in `storyline.extract.actors`)."""

    narrative_of: dict[int, int]  # token -> sentence number, quoted sentences not counted
    unknown_subjects: list[int]  # proper nouns as subjects outside quotes, of no actor

    def resolve_relative_pronouns(self) -> None:
        """who/whom/whose/which/that/where opening a relative clause mean the actor the
        clause modifies; a noun that is no actor's mention but describes one, as an
        apposition or a predicate, stands for it ("said Scott Reed, the Chamber's
        strategist, who added", "Trump is a … birther who": `described_by`); so does a
        clause joined to a relative one ("who runs a bakery and who said"). Along these two
        ways, "which" means no person and the other pronouns a person only."""
        drafts = self.persons + list(self.others.values())
        for i in tokens_lowered(self.doc, RELATIVE_PRONOUNS):  # no other word opens one
            token = self.doc[i]
            found = relative_antecedent(token)
            if found is None or token.i in self.taken:
                continue
            draft = self.draft_at(found.i, drafts) or self.named_beside(found, token, drafts)
            further = not opens_relative_clause(token)  # a clause joined to a relative one
            for _ in range(_UP):  # "X is a liar, xenophobe … and bully who": liar, then X
                if draft is not None or (found := described_by(found)) is None:
                    break
                draft, further = self.draft_at(found.i, drafts), True
            if draft is None:
                continue
            if further and (draft.type == "PERSON") == (token.lower_ == "which"):
                continue  # "a lawyer who" is a person, "…, which" no person
            draft.mentions.append((token.i, token.i + 1, "pronoun"))
            self.take(token.i, token.i + 1)

    def named_beside(self, noun: Token, pronoun: Token, drafts: list[Draft]) -> Draft | None:
        """The actor of a name set beside a noun, between it and a relative pronoun whose
        clause the parser hung on the noun ("his friend Donald Trump, who has pledged")."""
        return next(
            (
                draft
                for c in noun.children
                if c.dep_ == "appos" and noun.i < c.i < pronoun.i
                if (draft := self.draft_at(c.i, drafts)) is not None
            ),
            None,
        )

    @staticmethod
    def draft_at(i: int, drafts: list[Draft]) -> Draft | None:
        """The first of the drafts with a mention covering token i."""
        return next(
            (d for d in drafts if any(start <= i < end for start, end, _ in d.mentions)), None
        )

    def resolve_it(self) -> None:
        """ "its", and "it" as the subject of a verb that is not an empty one ("it said", not
        "it seems", nor the "it" of a clause put last: "it was reported that"), mean the
        organisation, government or country mentioned last before it in the same or the
        previous sentence ("Microsoft said its patch ..."), a parallel subject there first
        (`parallel_subjects`: "Apple will license the name to Apple Corps and keep using
        its logo": Apple)."""
        drafts = [
            draft
            for (kind, _), draft in self.others.items()
            if kind in ORGANISATION_TYPES and not is_plural(draft)
        ]
        for i in tokens_lowered(self.doc, ("its", "it")):
            token = self.doc[i]
            if token.i not in self.taken and (token.lower_ == "its" or acting_it(token)):
                self.attach_to_last(token, drafts, singular=True, subject_first=True)

    def resolve_there(self, inside: set[int]) -> None:
        """ "there" as an adverb of place outside quotation marks (`locative_there`: "went
        to Paris ... stayed there"; not "there is", "out there", "was there") means the
        place mentioned last before it in the same or the previous sentence: a named place
        or country, or a place noun ("the facility"); not a place set beside another to
        say where that is ("Calif." of "Newport Beach, Calif.")."""
        drafts = [
            draft
            for (kind, _), draft in self.others.items()
            if kind in PLACE_TYPES and not is_plural(draft)
        ]
        for i in tokens_lowered(self.doc, ("there",)):
            token = self.doc[i]
            if token.i not in self.taken and token.i not in inside and locative_there(token):
                self.attach_to_last(token, drafts, skip=placed_beside)

    def resolve_they(self) -> None:
        """they/them/their mean the group mentioned last before them in the same or the
        previous sentence: plural people ("the robbers"), groups ("police") or a named
        organisation ("the Colts"). "them" and "their" after a nearer plural noun that is no
        actor mean that noun ("release the applications ... release them") and stay
        unresolved; "they", mostly a subject, still takes the last group (a nearer object
        such as "the jewels" rarely acts). Any other actor counts where a plural noun names
        it as a subject ("Aid agencies say they fear …", "The Haitian authorities say they
        have buried …"): a plural noun phrase is a group whatever actor it is a mention
        of (`_names_a_group`), and so does a collective noun of people as a subject ("His
        family insisted … what they said": `collective_subject`)."""
        every = list({id(d): d for d in self.persons + list(self.others.values())}.values())
        groups = [
            draft
            for draft in every
            if is_plural(draft) or (draft.type == "ORGANISATION" and draft.key[:1] != ("the",))
        ]
        of_groups = {(start, end) for draft in groups for start, end, _ in draft.mentions}

        def no_group(span: Span) -> bool:
            return (
                (span.start, span.end) not in of_groups
                and not _names_a_group(span)
                and not self.collective_subject(span)
            )

        drafts = groups + [d for d in every if not any(d is g for g in groups)]
        for i in tokens_lowered(self.doc, ("they", "them", "their")):
            token = self.doc[i]
            if token.i not in self.taken:
                blocker = self.last_plural_thing(token) if token.lower_ != "they" else None
                self.attach_to_last(token, drafts, after=blocker, skip=no_group)

    def collective_subject(self, span: Span) -> bool:
        """A singular collective noun of people as a subject ("His family insisted", "The
        crowd chanted"): English agrees with such a noun by its sense, so a later "they"
        continues it ("the family are", "they said"), above all in British English. Only the
        group nouns of no sector (`nominals.tsv`: family, crew, crowd, staff …), which the
        lexicon reads as persons; "the government" or "the court", groups of a sector,
        are institutions that a "they" nearby seldom means."""
        root = span.root
        if root.dep_ not in SUBJECTS or root.tag_ in PLURAL_NOUN_TAGS:
            return False
        nominal = self.nominal_lexicon.lookup(root.lemma_)
        return nominal is not None and nominal.kind == "group" and not nominal.sector

    def resolve_first_person(self, passages: list[Marked]) -> None:
        """I/me/my/myself in quotation marks mean the person who says the quote: the subject
        of the nearest verb of saying outside the marks in its sentences ("“Mommy, I've been
        hit,” the girl cried out"). We/us/our in them mean the organisation the report names
        in one of that person's mentions ("“We love the Beatles,” said Apple Inc. CEO Steve
        Jobs")."""
        for passage in passages:
            inside = self.doc.char_span(passage.start, passage.end, alignment_mode="expand")
            words = [t for t in inside or () if t.i not in self.taken]
            singular = [t for t in words if t.lower_ in FIRST_PERSON]
            plural = [t for t in words if t.lower_ in FIRST_PLURAL]
            if not singular and not plural:
                continue
            speaker = next(
                (d for w in quote_speakers(self.doc, passage) if (d := self.person_at(w, None))),
                None,
            )
            if speaker is None:
                continue
            group = self.organisation_of(speaker) if plural else None
            for draft, found in ((speaker, singular), (group, plural)):
                for word in found if draft is not None else ():
                    draft.mentions.append((word.i, word.i + 1, "pronoun"))
                    self.take(word.i, word.i + 1)

    def resolve_transcript_first_person(self, inside: set[int]) -> None:
        """I/me/my/myself outside quotation marks (`inside`) in a transcript's turn mean the
        person its label names ("FALLIN: I think …"); an answer ("A: …") is the words of
        the one person the report's first line names ("Q&A with Vice President Joe
        Biden"); a question ("Q: …") names no one."""
        for start, end, label, name in self.turn_spans:
            person = self.labelled(label) or self.speaker_of_page(label, name)
            if person is not None:
                self.first_person_to(person, start, end, inside)

    def resolve_labelled_first_person(self, inside: set[int]) -> None:
        """I/me/my/myself outside quotation marks (`inside`) on a line that a person's name
        and a colon open mean that person ("Mark Cuban: I'd consider a future White House
        bid", "Rubio: I Still Believe …"): the label words all one mention of one person.
        Not over a transcript's turns: a line's label may be a turn's, and the line (a page
        flattened into one paragraph) holds other speakers' turns after it; the line's
        words end where a turn opens."""
        turns = [(label[0].i, end) for _, end, label, _ in self.turn_spans]
        for start, end, label in labelled_lines(self.doc):
            if any(first <= label[0].i < last for first, last in turns):
                continue
            end = min([first for first, _ in turns if first > label[0].i] + [end])
            person = self.one_person_in(label)
            if person is not None and any(
                s <= label[0].i and label[-1].i < e for s, e, _ in person.mentions
            ):
                self.first_person_to(person, start, end, inside)

    def resolve_letter_first_person(self, inside: set[int]) -> None:
        """I/me/my/myself outside quotation marks (`inside`) in a signed letter mean the
        person who signs it (`signed_letters`): a person of a mention in the name line."""
        for start, end, name in signed_letters(self.doc):
            person = self.one_person_in(name)
            if person is not None:
                self.first_person_to(person, start, end, inside)

    def one_person_in(self, words: list[Token]) -> Draft | None:
        """The person of a mention among these words, if there is exactly one."""
        found = {id(d): d for t in words if (d := self.person_at(t, None))}
        return next(iter(found.values())) if len(found) == 1 else None

    def first_person_to(self, person: Draft, start: int, end: int, inside: set[int]) -> None:
        """I/me/my/myself of tokens start..end, outside quotation marks (`inside`) and no
        actor's yet, are that person's."""
        for word in self.doc[start:end]:
            if word.lower_ in FIRST_PERSON and not (word.i in inside or word.i in self.taken):
                person.mentions.append((word.i, word.i + 1, "pronoun"))
                self.take(word.i, word.i + 1)

    def labelled(self, label: list[Token]) -> Draft | None:
        """The person a transcript's turn label names: the person of a mention in it, or
        the one person whose name ends in its last word ("FALLIN" for Mary Fallin); for "A",
        the one person named on the report's first line."""
        if [t.text for t in label] == ["A"]:
            named = [d for d in self.persons if d.key[:1] != ("the",) and not d.ambiguous]
            line = next((t.i for t in self.doc if "\n" in t.text), len(self.doc))
            found = [d for d in named if any(start < line for start, _, _ in d.mentions)]
            return found[0] if len(found) == 1 else None
        found = list({id(d): d for t in label if (d := self.person_at(t, None))}.values())
        if not found:
            return self.person_of_surname(label[-1].lower_)
        return found[0] if len(found) == 1 else None

    @cached_property
    def turn_spans(self) -> list[tuple[int, int, list[Token], str]]:
        """The transcript's turns as tokens (`turn_tokens`), read once for the two rules of
        turns: a turn's "I" and a labelled line's."""
        return turn_tokens(self.doc)

    def speaker_of_page(self, label: list[Token], name: str) -> Draft | None:
        """In a segment of a long transcript (``Doc._.page``), a turn whose label names no
        person of the segment is a speaker the page introduced in another segment: the label
        is a mention of a person named by the speaker's full name (`name`, "JACOB LEW" for
        "LEW"), which linking joins to the person of the segment that named him. Only where
        the label introducing that full name lies in another segment (a label of the
        segment's own is read as in a whole text), and only for a full name (two words or
        more) whose first word is a given name the name lists know: "UNIDENTIFIED MALE"
        and "CROWD" name no one. None for a whole text."""
        key = name_words(name)
        if doc_page(self.doc) is None or len(key) < 2 or not is_listed_given_name(key[0]):
            return None
        text = doc_text(self.doc)
        if any(text[t.name_start : t.name_end] == name for t in doc_turns(self.doc)):
            return None
        start, end = label[0].i, label[-1].i + 1
        if not self.is_free(start, end):
            return None
        person = self.short_named(key)
        if person is None:
            person = Draft("PERSON", key, name)
            self.persons.append(person)
        person.key, person.name = key, name
        person.mentions.append((start, end, "name"))
        self.take(start, end)
        return person

    def short_named(self, key: tuple[str, ...]) -> Draft | None:
        """The one person of the text named by this full name or a short form of it
        ("Randi", a vocative, of "RANDI KAYE"): where the full name is written only in another
        segment, the short name of this one is that person, as the persons step joins a
        short name to the one full name of a text (`names.is_short_form`)."""
        found = [d for d in self.persons if d.key[:1] != ("the",) and not d.ambiguous
                 and (d.key == key or is_short_form(d.key, key))]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def organisation_of(self, person: Draft) -> Draft | None:
        """The organisation named inside one of the person's own mentions, the phrase its
        name heads ("Apple CEO Steve Jobs", "Neil Aspinall, manager of Apple Corps");
        None when no or several organisations are named there."""
        found: list[Draft] = []
        for start, end, kind in sorted(person.mentions):
            if kind == "pronoun":
                continue
            phrase = self.doc[start:end].root.subtree
            inner = {t.i for t in phrase}
            for (kind_, _), draft in self.others.items():
                if kind_ != "ORGANISATION" or any(d is draft for d in found):
                    continue
                if any(a in inner for a, _, _ in draft.mentions):
                    found.append(draft)
        return found[0] if len(found) == 1 else None

    def last_plural_thing(self, token: Token) -> int | None:
        """Position of the last plural noun before the token, in the same or the previous
        sentence, that no actor covers."""
        sentence = self.sentence_of[token.i]
        for i in range(token.i - 1, -1, -1):
            other = self.doc[i]
            if sentence - self.sentence_of[i] > 1:
                return None
            if other.tag_ in PLURAL_NOUN_TAGS and i not in self.taken:
                return i
        return None

    def attach_to_last(
        self,
        token: Token,
        drafts: list[Draft],
        after: int | None = None,
        singular: bool = False,
        subject_first: bool = False,
        skip: Callable[[Span], bool] | None = None,
    ) -> None:
        """Add the token to the draft mentioned last before it in the same or the previous
        sentence, if any, unless that mention starts before position `after`. With
        `singular`, a mention by a plural noun does not count ("it" is never "the jurors");
        with `subject_first`, a mention that is a subject there is taken before any other;
        a mention `skip` holds does not count."""
        sentence = self.sentence_of[token.i]
        before = [
            (start, draft)
            for draft in drafts
            for start, end, _ in draft.mentions
            if end <= token.i
            and sentence - self.sentence_of[start] <= 1
            and not (singular and self.doc[start:end].root.tag_ in PLURAL_NOUN_TAGS)
            and not (skip is not None and skip(self.doc[start:end]))
        ]
        if before and after is not None and max(start for start, _ in before) < after:
            return
        if subject_first:
            before = self.parallel_subjects(token, before) or before
        if before:
            max(before, key=lambda item: item[0])[1].mentions.append(
                (token.i, token.i + 1, "pronoun")
            )
            self.take(token.i, token.i + 1)

    def parallel_subjects(
        self, token: Token, before: list[tuple[int, Draft]]
    ) -> list[tuple[int, Draft]]:
        """The mentions (start, draft) a pronoun takes first: the subject of its own clause
        ("Apple Inc. will license the name and will keep using its logo"); for the subject
        of a main clause, the subjects of main clauses ("Samsung lost the case to Apple. It
        said …"). None for a pronoun in a clause of its own ("… with Pyongyang until it
        agrees": the nearest)."""
        verbs = clause_verbs(token)
        of = {start: subject_verb(self.root_of(start, draft)) for start, draft in before}
        own = [item for item in before if (verb := of[item[0]]) and verb.i in verbs]
        if own or token.dep_ not in SUBJECTS or not main_clause(token.head):
            return own
        return [item for item in before if (verb := of[item[0]]) and main_clause(verb)]

    def root_of(self, start: int, draft: Draft) -> Token:
        """The head word of the draft's mention starting at token `start`."""
        end = next(e for s, e, _ in draft.mentions if s == start)
        return self.mention_root(start, end)

    def resolve_party_members(self) -> None:
        """Party members named by a place ("the Wisconsin Republican"): `members`."""

    def resolve_pronouns(self) -> None:
        """Relative pronouns, it/its and they first; then learn genders from the
        pronouns that have a single candidate; then resolve every person pronoun (rule 4)."""
        sentence_of = self.sentence_of
        passages = quoted_passages(doc_text(self.doc))
        inside = tokens_inside(self.doc, passages)
        self.narrative_of = narrative_sentences(self.doc, inside)
        self.resolve_relative_pronouns()
        self.resolve_it()
        self.resolve_there(inside)
        self.resolve_they()
        self.unknown_subjects = self.subjects_of_no_actor(inside)
        pronouns = [
            token
            for token in (self.doc[i] for i in tokens_lowered(self.doc, PRONOUN_GENDER))
            if token.pos_ == "PRON" and token.i not in self.taken
        ]
        for draft in self.persons:
            if draft.gender is None and draft.key[:1] != ("the",):
                draft.gender = gender_of_full_name(draft.key)
        votes: dict[int, list[str]] = {}
        for token in pronouns:
            ranked = self.pronoun_candidates(token, sentence_of)
            if len({id(draft) for _, draft in ranked}) == 1:
                votes.setdefault(id(ranked[0][1]), []).append(token.lower_)
        for draft in self.persons:
            if draft.gender is None:
                draft.gender = pronoun_gender(votes.get(id(draft), ()))
        self.resolve_party_members()  # `members`: "the Wisconsin Republican says"
        speakers = self.named_speakers()
        named_in_quote = self.named_in_own_quote(passages)
        for token in pronouns:
            barred = named_in_quote.get(token.i, [])
            draft = self.bound_antecedent(token, speakers, barred)
            if draft is None:
                ranked = [
                    item
                    for item in self.pronoun_candidates(token, sentence_of)
                    if not any(item[1] is other for other in barred)
                ]
                draft = min(ranked, key=lambda item: item[0])[1] if ranked else None
            if draft is None:
                draft = self.cataphoric_subject(token)
            if draft is not None:
                draft.mentions.append((token.i, token.i + 1, "pronoun"))
                draft.gender = draft.gender or PRONOUN_GENDER[token.lower_]
                self.take(token.i, token.i + 1)
                if (verb := speaking_verb(token)) is not None:  # the run of quotes goes on
                    insort(speakers, (verb.i, self.narrative_of[verb.i], draft), key=_first)
        self.resolve_first_person(passages)  # after he/she: "“I …,” she said"
        self.resolve_transcript_first_person(inside)
        self.resolve_letter_first_person(inside)
        self.resolve_labelled_first_person(inside)

    def cataphoric_subject(self, token: Token) -> Draft | None:
        """The person a he/she that no one named before it means when it is the subject of
        an adverbial clause put before its main clause: that clause's subject ("After he
        blasted the film, Pastor Kevin Swanson turned to …": Swanson)."""
        clause = token.head
        if token.dep_ not in SUBJECTS or clause.dep_ != "advcl" or clause.i > clause.head.i:
            return None
        subject = next(
            (c for c in clause.head.children if c.dep_ in SUBJECTS and c.i > clause.i), None
        )
        return self.person_at(subject, PRONOUN_GENDER[token.lower_])

    def subjects_of_no_actor(self, inside: set[int]) -> list[int]:
        """Proper nouns outside quotation marks that are a subject, no actor's mention and
        not the last name of a person ("Nance said" beside Penny Nance): persons the
        recogniser missed ("Prager believes …", "Nefzi sat …"). A pronoun reaching past
        one over quoted sentences (`narrative_sentences`) may mean it."""
        covered = inside | {
            i
            for draft in self.persons + list(self.others.values())
            for start, end, _ in draft.mentions
            for i in range(start, end)
        }
        surnames = {d.key[-1] for d in self.persons if len(d.key) >= 2}  # "Nance said"
        return [
            t.i
            for t in self.doc
            if t.dep_ == "nsubj"
            and t.pos_ == "PROPN"
            and t.i not in covered
            and t.lower_ not in surnames
        ]

    def named_in_own_quote(self, passages: list[Marked]) -> dict[int, list[Draft]]:
        """he/she saying a passage in quotation marks (its nearest speaker, `quote_speakers`)
        -> the persons the passage names by their name (not a role: "the person who had
        saved me" may be given to the wrong person): a speaker speaks of himself
        as "I", so the persons his quote names in the third person are others ("“I want to
        hold Tony Blair to account,” he says" is not Blair's). Without this, the nearest
        name, the quote's own, wins over the person who spoke in the sentence before. A
        passage never closed in its paragraph is left alone: it may be no quote at all (an
        apostrophe after a space, "Sophie in 't Veld", opens one to the paragraph's end); so
        is a few words in marks inside a sentence (`is_term`): a name or a term, not words
        said ("A leading character, dubbed “Joker”, is asked why he volunteered")."""
        found: dict[int, list[Draft]] = {}
        text = doc_text(self.doc)
        for passage in passages:
            if not passage.closed or is_term(self.doc, text, passage):
                continue
            speaker = next(iter(quote_speakers(self.doc, passage)), None)
            if speaker is None or speaker.lower_ not in {"he", "she"}:
                continue
            span = self.doc.char_span(passage.start, passage.end, alignment_mode="expand")
            if span is None:
                continue
            named = [
                draft
                for draft in self.persons
                if any(
                    kind in _NAMES and span.start <= start < span.end
                    for start, _, kind in draft.mentions
                )
            ]
            found.setdefault(speaker.i, []).extend(named)
        return found

    def bound_antecedent(
        self, token: Token, speakers: list[tuple[int, int, Draft]], barred: list[Draft]
    ) -> Draft | None:
        """The person the parse binds a pronoun to, if any: a reflexive's subject
        (`local_subject`), or, for he/she saying something, the named person who spoke last
        in its sentence or the one before, unless its own sentence names another person
        before it (a person its own quote names, `barred`, does not count)."""
        gender = PRONOUN_GENDER[token.lower_]
        if token.lower_ in REFLEXIVES:
            return self.person_at(local_subject(token), gender)
        verb = stating_verb(token) if token.lower_ in {"he", "she"} else None
        if verb is None:
            return None
        sentence = self.narrative_of[verb.i]
        before = [item for item in speakers if item[0] < verb.i]
        if not before or sentence - before[-1][1] > 1:
            return None
        draft = before[-1][2]
        if any(draft is other for other in barred):
            return None
        if draft.gender not in (None, gender) or self.other_person_before(token, draft, barred):
            return None
        return draft

    def named_speakers(self) -> list[tuple[int, int, Draft]]:
        """(verb, sentence, person) of each verb of saying whose subject is a person named
        by a proper noun ("Trump said", not "a reporter said"), in text order, the sentence
        counted by `narrative_sentences`; a short name two persons share counts too (the
        pronoun then means whoever that name means)."""
        found = []
        for draft in self.persons:
            if draft.key[:1] == ("the",):
                continue
            for start, end, kind in draft.mentions:
                if kind in {"pronoun", "role"} or self.doc[end - 1].pos_ != "PROPN":
                    continue
                verb = speaking_verb(self.doc[start:end].root)
                if verb is not None:
                    found.append((verb.i, self.narrative_of[verb.i], draft))
        return sorted(found, key=lambda item: item[0])

    def other_person_before(self, token: Token, draft: Draft, barred: list[Draft]) -> bool:
        """Does the token's sentence name or describe a person other than `draft` before
        it ("Ben Jealous told reporters before he spoke"), other than one its quote names
        (`barred`)?"""
        start = token.sent.start
        return any(
            kind != "pronoun" and start <= first < token.i
            for other in self.persons
            if other is not draft and not any(other is b for b in barred)
            for first, _, kind in other.mentions
        )

    def person_at(self, word: Token | None, gender: str | None) -> Draft | None:
        """The person a word is a mention of, if its gender may be `gender` (the same actor,
        even under a short name two persons share)."""
        if word is None:
            return None
        for draft in self.persons:
            if gender is not None and draft.gender not in (None, gender) or is_plural(draft):
                continue
            if any(start <= word.i < end for start, end, _ in draft.mentions):
                return draft
        return None

    def mention_root(self, start: int, end: int) -> Token:
        """The root of the tokens start:end, found once per Doc and range
        (`pronoun_candidates` asks for each mention of each person at each pronoun)."""
        root = self.mention_roots.get((start, end))
        if root is None:
            root = self.mention_roots[(start, end)] = self.doc[start:end].root
        return root

    def pronoun_candidates(
        self, token: Token, sentence_of: dict[int, int]
    ) -> list[tuple[tuple[int, int, int, int, int], Draft]]:
        """Persons a pronoun may mean, each with its rank (lower is better); a short name two
        persons share is one ("Mr. Bush … his brother": the actor that name is filed under)."""
        gender = PRONOUN_GENDER.get(token.lower_)  # none for a party member (`members`)
        wanted = "object" if grammatical_role(token) == "object" else "subject"
        root = self.mention_root
        coarguments = coarguments_of(token)
        ranked = []
        for draft in self.persons:
            if gender is not None and draft.gender not in (None, gender) or is_plural(draft):
                continue
            if coarguments and any(root(s, e).i in coarguments for s, e, _ in draft.mentions):
                continue  # "the driver who hit her": not her, whichever mention comes nearer
            for start, end, kind in draft.mentions:
                if end > token.i:
                    continue
                distance = sentence_of[token.i] - sentence_of[start]
                if self.narrative_of[token.i] - self.narrative_of[start] > PRONOUN_WINDOW:
                    continue  # quoted sentences between them are no distance
                if distance > PRONOUN_WINDOW and any(
                    start < i < token.i for i in self.unknown_subjects
                ):
                    continue  # "Prager believes …": a name no actor holds came between
                mention = root(start, end)
                role = grammatical_role(mention)
                unnamed = 1 if draft.key[:1] == ("the",) else 0
                # "at some of Trump's rallies": a name as the possessor inside a
                # prepositional phrase, the least salient of its sentence (after subject,
                # object, oblique); a pronoun there ("at her rival") goes on with its topic
                buried = int(
                    kind != "pronoun" and mention.dep_ == "poss" and mention.head.dep_ == "pobj"
                )
                ranked.append(
                    ((distance, buried, unnamed, 0 if role == wanted else 1, -start), draft)
                )
        return ranked


_first = itemgetter(0)
_NAMES = frozenset({"name", "title"})  # a person named in the third person ("Mike Pence")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_UP = 6  # at most this many joined words between a relative clause and what it modifies
_EMPTY_VERBS = frozenset({"be", "seem", "appear", "become", "remain", "look", "take", "matter"})


def relative_antecedent(token: Token) -> Token | None:
    """The head noun a relative pronoun's clause modifies ("the flaw that ..." -> "flaw"),
    or None when the token opens no relative clause."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = relative_clause_verb(token)
    for _ in range(_UP):  # a clause joined to a relative one ("who runs and who worked")
        if clause.dep_ != "conj" or clause.head is clause:
            break
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def relative_clause_verb(token: Token) -> Token:
    """The verb of the clause a relative pronoun opens, if it opens one ("whose": its
    noun's head; the verb of an auxiliary the parser made the pronoun's head: "Murdoch,
    who is enjoying his role")."""
    verb = token.head if token.dep_ != "poss" else token.head.head
    return verb.head if verb.dep_ in {"aux", "auxpass"} else verb


def opens_relative_clause(token: Token) -> bool:
    """Does the pronoun open a relative clause itself, not one joined to another?"""
    return relative_clause_verb(token).dep_ == "relcl"


def described_by(noun: Token) -> Token | None:
    """The word a noun describes, as an apposition ("Scott Reed, the Chamber's chief
    strategist") or the predicate of "be" ("Trump is a serial liar … and birther"), also
    through the nouns joined to it and the verbs "be" is joined to; None when it describes
    none or "be" is negated ("Timmons isn't the one who fired")."""
    for _ in range(_UP):
        if noun.dep_ == "conj" and noun.head is not noun:
            noun = noun.head
        elif noun.dep_ == "appos":
            return noun.head
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and not negated(noun.head):
            return subject_of(noun.head)  # "Trump incites violence and is a … birther"
        else:
            return None
    return None


def acting_it(token: Token) -> bool:
    """ "it" as the subject of a verb that is not an empty one ("it said", not "it is
    likely that", "it seems"), nor the passive subject standing for a clause put after
    its verb ("it was reported that …", "it is expected the vote will …")."""
    if token.lower_ != "it" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if token.dep_ == "nsubjpass" and any(
        c.dep_ in {"ccomp", "csubjpass"} and c.i > token.head.i for c in token.head.children
    ):
        return False
    return token.head.lemma_ not in _EMPTY_VERBS


# Dependencies that open a clause of its own: a pronoun in one is no subject of the clause
# above it ("until it agrees", "that it would", "which it showed").
CLAUSE_EDGES = frozenset({"advcl", "ccomp", "relcl", "acl", "csubj", "csubjpass", "parataxis"})


def clause_verbs(token: Token) -> set[int]:
    """The verbs of the clause a word is in, with the clauses joined to it by "and" or
    whose subject it shares ("will own … and will continue to use its name"); not a verb
    whose object is the subject of the clause ("forced Apple to lower its prices")."""
    verbs = set()
    while True:
        if token.pos_ in {"VERB", "AUX"}:
            verbs.add(token.i)
        if token.dep_ in CLAUSE_EDGES or token.head.i == token.i:
            return verbs
        if token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.head.children):
            return verbs
        token = token.head


def subject_verb(word: Token) -> Token | None:
    """The verb a word is the subject of, also as one of subjects joined by "and" ("NATO
    and the EU condemned") or an apposition; None when it is no subject."""
    if word.dep_ in {"conj", "appos"}:
        word = word.head
    return word.head if word.dep_ in SUBJECTS else None


def main_clause(verb: Token) -> bool:
    """Is the verb that of its sentence's main clause, or of one joined to it by "and"?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def locative_there(token: Token) -> bool:
    """ "there" as an adverb of place of a verb other than "be" ("she stayed there"); not
    the "there" of "there is" (tagged EX), of "the science is there", nor one with words
    of its own ("out there", "here and there")."""
    if token.lower_ != "there" or token.tag_ != "RB" or token.dep_ == "expl":
        return False
    if any(True for _ in token.children) or token.head.lemma_ == "be":
        return False
    return token.head.pos_ in {"VERB", "AUX", "NOUN"}


def placed_beside(span: Span) -> bool:
    """A place name set beside another to say where that one is ("Calif." of "Newport
    Beach, Calif.")."""
    return span.root.dep_ in {"appos", "npadvmod"} and span.root.head.ent_type_ in PLACE_ENTS


def _names_a_group(span: Span) -> bool:
    """A mention that names a group as a subject, the one a later "they" most often
    continues: a plural noun phrase ("aid agencies say", "the authorities said") or a
    "they" already bound to one; not a plural object ("… had sent teams")."""
    root = span.root
    plural = root.tag_ in PLURAL_NOUN_TAGS or root.lower_ == "they"
    return plural and root.dep_ in SUBJECTS


def is_plural(draft: Draft) -> bool:
    """An unnamed group of people or things ("the robbers"): never he, she or it."""
    return draft.key[-1:] == ("plural",)
