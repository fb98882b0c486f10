"""The type an actor gets where the recogniser's label misleads: a company tagged as a place,
a plural group of people.

Every sentence is invented and was checked to get the labels the rule needs from the small
English model.
"""

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor
from storyline.extract.actors.speaking_places import speaking_places, written_as_place


def find(doc: Doc, name: str) -> Actor:
    found = [actor for actor in doc._.actors if actor.name == name]
    assert len(found) == 1, [(actor.name, actor.type) for actor in doc._.actors]
    return found[0]


def test_a_place_name_that_states_something_is_an_organisation(nlp: Language) -> None:
    doc = nlp("Cisco sues Apple over the name. Cisco states that it owns the trademark.")
    assert [ent.label_ for ent in doc.ents if ent.text == "Cisco"] == ["GPE", "GPE"]
    cisco = find(doc, "Cisco")
    assert cisco.type == "ORGANISATION"
    assert "it" in {m.text for m in cisco.mentions}  # "it" means organisations, not places


def test_a_place_name_written_where_places_stand_stays_a_place(nlp: Language) -> None:
    for text, name in [
        (
            "The plant in Sunnyvale closed last year. Sunnyvale states that it will appeal.",
            "Sunnyvale",
        ),
        (
            "Residents of Springfield, Illinois, voted. Springfield states that it will appeal.",
            "Springfield",
        ),
        ("Cisco has promised a compatible release. Workers in Cisco went home.", "Cisco"),
    ]:
        assert find(nlp(text), name).type == "LOCATION", text


def test_speaking_places_reads_every_writing(nlp: Language) -> None:
    doc = nlp("Cisco has promised a compatible release. Workers in Cisco went home.")
    places = [ent for ent in doc.ents if ent.label_ == "GPE"]
    assert [written_as_place(ent) for ent in places] == [False, True]
    assert speaking_places(places) == set()
    assert speaking_places(places[:1]) == {("cisco",)}


def test_plural_people_are_a_group_of_persons_not_an_organisation(nlp: Language) -> None:
    doc = nlp(
        "Many people claim that the screen is too small. They said the phone was hard to use. "
        "Police said the store was closed."
    )
    people = find(doc, "people")
    assert people.type == "PERSON" and people.key == ("the", "people", "plural")
    assert "They" in {m.text for m in people.mentions}
    assert find(doc, "Police").type == "ORGANISATION"  # a group of a sector (CAMEO COP)
