"""Speakers a user can look up: people named by the side they take or their part in an
event ("critics", "Clinton allies", "the moderator"), and indefinite party members ("a New
Hampshire Republican"), as unnamed actors (`nominals.tsv`'s `others`, `actors.members`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor
from storyline.extract.nominals import NominalLexicon
from tests.extract.quote_triples import speaker_actors


def holding(doc: Doc, text: str) -> Actor:
    """The one actor with a mention of this text."""
    found = [a for a in doc._.actors if any(m.text == text for m in a.mentions)]
    assert len(found) == 1, [(a.name, [m.text for m in a.mentions]) for a in doc._.actors]
    return found[0]


def test_nouns_of_others_are_marked_in_the_lexicon() -> None:
    nominals = NominalLexicon.load()
    critic, man = nominals.lookup("critic"), nominals.lookup("man")
    assert critic is not None and critic.kind == "person" and critic.others
    assert man is not None and not man.others


def test_critics_are_a_group_of_persons_who_speak(nlp: Language) -> None:
    doc = nlp("“It is a disaster,” critics said. Some critics called it a sham.")
    critics = holding(doc, "critics")
    assert critics.type == "PERSON" and critics.key == ("the", "critic", "plural")
    assert "Some critics" in {m.text for m in critics.mentions}
    assert speaker_actors(doc)[0] == ("critics", "critics")


def test_organizers_are_one_group_and_their_they(nlp: Language) -> None:
    doc = nlp("Organizers said the rally drew 5,000 people. The organizers said they wanted more.")
    organizers = holding(doc, "Organizers")
    assert {"The organizers", "they"} <= {m.text for m in organizers.mentions}


def test_the_moderator_is_no_protagonist(nlp: Language) -> None:
    doc = nlp(
        "Donald Trump spoke first at the debate. “There are many who argue that,” the "
        "moderator said."
    )
    moderator = holding(doc, "the moderator")
    assert moderator.name == "Moderator" and moderator.key == ("the", "moderator")
    assert ("the moderator", "Moderator") in speaker_actors(doc)


def test_supporters_of_two_candidates_are_two_groups(nlp: Language) -> None:
    doc = nlp(
        "Bernie Sanders and Hillary Clinton spoke on Sunday. “Nobody cares,” said a Clinton "
        "ally. Trump's critics disagreed, and Clinton supporters booed some Sanders supporters."
    )
    ally = holding(doc, "ally")
    assert ally.name == "Clinton ally" and ally.key == ("the", "hillary", "clinton", "ally")
    assert holding(doc, "critics").name == "Trump critics"
    names = {a.name for a in doc._.actors}
    assert {"Clinton supporters", "Sanders supporters"} <= names


def test_an_indefinite_party_member_is_an_unnamed_person_of_place_and_party(
    nlp: Language,
) -> None:
    doc = nlp(
        "“We will win,” one New Hampshire Democrat said. “No,” said a New Hampshire "
        "Republican. “Yes,” said another New Hampshire Republican."
    )
    republican = holding(doc, "Republican")
    assert republican.name == "New Hampshire Republican" and republican.type == "PERSON"
    assert republican.country == "USA" and republican.roles == ("republican",)
    assert len(republican.mentions) == 2
    assert holding(doc, "Democrat").name == "New Hampshire Democrat"
    assert [actor for _, actor in speaker_actors(doc)] == [
        "New Hampshire Democrat", "New Hampshire Republican", "New Hampshire Republican",
    ]  # fmt: skip


def test_a_party_member_with_no_place_takes_the_party_country(nlp: Language) -> None:
    doc = nlp("“Trump will lose,” said a Democrat. A Republican senator disagreed.")
    democrat = holding(doc, "a Democrat")
    assert democrat.name == "Democrat" and democrat.country == "USA"
    assert all(a.name != "Republican" for a in doc._.actors)  # a senator, a role of step 2


def test_a_party_member_said_of_a_person_is_no_one_else(nlp: Language) -> None:
    doc = nlp(
        "“He is not one of us,” said Lionel Sosa, a Texas media consultant and an influential "
        "Hispanic Republican who said he would not vote for Mr. Cruz. Ann Lee is a Democrat."
    )
    assert all(a.key[-1:] not in {("republican",), ("democrat",)} for a in doc._.actors)


def test_a_side_is_keyed_by_the_actor_it_names(nlp: Language) -> None:
    doc = nlp(
        "A prominent Republican National Committee member spoke. “Nobody cares,” the RNC "
        "member said. Hillary Clinton spoke. “Fine,” said a Clinton ally."
    )
    member = holding(doc, "member")  # both mentions: one member of one committee
    assert member.key == ("the", "republican", "national", "committee", "member")
    assert len(member.mentions) == 2
    assert holding(doc, "ally").key == ("the", "hillary", "clinton", "ally")


def test_members_alone_are_no_actor(nlp: Language) -> None:
    doc = nlp("Members of Congress disagreed. “It is fine,” members said.")
    assert all("member" not in a.key for a in doc._.actors)


def test_allies_alone_are_no_persons(nlp: Language) -> None:
    doc = nlp("Mike Pence said that Washington will stand by Japan and other allies.")
    assert all("ally" not in a.key for a in doc._.actors)
