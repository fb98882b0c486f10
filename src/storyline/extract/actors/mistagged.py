"""Persons the recogniser tags as something else wherever the report names them.

News often has a candidate's full name tagged ORG in every sentence ("Carly Fiorina",
"Sean Hannity"), so no PERSON entity ever opens a person for it and the name, with its
he/she, goes to an organisation. A name of two or three capitalised proper nouns tagged
ORG, GPE, NORP, FAC or LOC is a person's when its first word is a given name the name
lists know, or its last word is a PERSON the report writes with a title or an honorific
("Tashfeen Malik" tagged ORG beside "Ms. Malik"), and at least one of its mentions is
written as a person's: a title, role or
honorific before it or a role in apposition ("former Hewlett-Packard CEO Carly Fiorina",
"Sen. …", "Guy Cecil, chief strategist for …"), the subject of a verb of saying or of a
clause that goes on with a pronoun of its given name's gender ("Carly Fiorina threw her
support behind …"), or its last word written elsewhere alone as a PERSON ("Fiorina
said"). Never when one of its mentions is written as an organisation's or a place's:
after "the" ("the Sandy Hook shooter"), in front of a noun it modifies ("Clinton
Foundation donors"), an organisation or place noun as its last word or beside it
("America Rising, a conservative political action committee"), or modifying a role
("Edison Research pollsters").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span

from storyline.extract.actors.binding import speaking_verb
from storyline.extract.actors.state import PRONOUN_GENDER, PersonName
from storyline.extract.gender import gender_of_given_name
from storyline.extract.names import name_words
from storyline.extract.nominals import NominalLexicon
from storyline.extract.organisation_cues import OrganisationCues

OTHER_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
FUNCTION_TAGS = frozenset({"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"})


def mistagged_persons(
    entities: Iterable[Span],
    read: Callable[[Span], PersonName | None],
    person_words: set[tuple[str, ...]],
    cues: OrganisationCues,
    nominals: NominalLexicon,
    titled: frozenset[tuple[str, ...]] = frozenset(),
) -> list[tuple[Span, PersonName]]:
    """The non-PERSON entities of `entities` that name a person (module docstring), each
    read as a person's name by `read`; `person_words` are the words of the report's PERSON
    entities, `titled` those of them written with a title or an honorific ("Ms. Malik")."""
    groups: dict[tuple[str, ...], list[tuple[Span, PersonName]]] = {}
    for ent in entities:
        if ent.label_ not in OTHER_LABELS or not looks_like_a_name(ent):
            continue
        name = read(ent)
        if name is not None and 2 <= len(name.words) <= 3:
            groups.setdefault(name.words, []).append((ent, name))
    found = []
    for words, mentions in groups.items():
        if (
            (gender_of_given_name(words[0]) or words[-1:] in titled)
            and not any(organisational(ent, name, cues, nominals) for ent, name in mentions)
            and any(personal(ent, name, person_words) for ent, name in mentions)
        ):
            found.extend(mentions)
    return found


def looks_like_a_name(ent: Span) -> bool:
    """Two or three capitalised words, none a function word (the tagger may take a given
    name opening a sentence for an adverb, "Carly", or a surname for a noun, "O’Donnell")."""
    return 2 <= len(ent) <= 3 and all(t.is_title and t.pos_ not in FUNCTION_TAGS for t in ent)


def personal(ent: Span, name: PersonName, person_words: set[tuple[str, ...]]) -> bool:
    """Is this mention written as a person's: a title, role or honorific, a verb of
    saying, a pronoun of its given name's gender in its clause, or the name's last word a
    PERSON of its own elsewhere?"""
    return bool(
        name.roles
        or name.span[2] == "title"
        or name.gender
        or speaking_verb(ent.root)
        or takes_its_pronoun(ent, gender_of_given_name(name.words[0]))
        or name.words[-1:] in person_words
    )


def takes_its_pronoun(ent: Span, gender: str | None) -> bool:
    """Is the name the subject of a clause that goes on with a pronoun of the gender
    ("Carly Fiorina threw her support behind …"; not "Carly Fiorina campaigned on his
    behalf")?"""
    root = ent.root
    if root.dep_ != "nsubj" or gender is None:
        return False
    return any(PRONOUN_GENDER.get(t.lower_) == gender for t in root.head.subtree if t.i >= ent.end)


def organisational(
    ent: Span, name: PersonName, cues: OrganisationCues, nominals: NominalLexicon
) -> bool:
    """Is this mention written as an organisation's or a place's (module docstring)? A
    noun after a name with a title in front is the parser's slip, not a noun the name
    modifies ("GOP presidential candidate Carly Fiorina strode onstage", "strode" a noun)."""
    doc, root = ent.doc, ent.root
    last = nominals.lookup(ent[-1].lower_)
    beside = [t for t in root.children if t.dep_ == "appos"]
    beside += [root.head] if root.dep_ == "appos" else []
    return (
        (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        or (
            root.dep_ in {"compound", "nmod"}
            and root.head.i > root.i
            and root.head.pos_ == "NOUN"
            and name.span[2] != "title"
        )
        or (last is not None and last.kind in {"organisation", "place"})
        or cues.organisation_noun(ent[-1])
        or any(t.pos_ == "NOUN" and cues.organisation_noun(t) for t in beside)
        or cues.employs(root)
        or cues.organisation_in_front(ent)
        or not name_words(ent.text)
    )
