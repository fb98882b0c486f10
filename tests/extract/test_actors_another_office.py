"""A surname under the title of a public office that the report never gives the one full name
it shortens, which holds an office of its own ("Secretary Clinton" beside "President Bill
Clinton"), is another person of the name (`persons.another_office`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.actor_named import named


def test_a_surname_under_another_office_is_not_the_full_names_person(nlp: Language) -> None:
    doc = nlp(
        "A diplomat said former Secretary Tate put speed over security when handling "
        "sensitive information. The video shows Ann Ruiz outlining the differences between "
        "serving in the administrations of President Bob Tate and President Lee. Evidence "
        "shows Secretary Tate knowingly sent classified material, a critic said."
    )
    assert named(doc, "Bob Tate").roles == ("president",)
    assert len(named(doc, "Tate").mentions) == 2


def test_a_surname_under_the_full_names_own_office_is_that_person(nlp: Language) -> None:
    # "President Tate" again, or one office written two ways ("Secretary of State Ann
    # Tate", then "Secretary Tate")
    doc = nlp(
        "Secretary of State Ann Tate flew to Paris on Monday. Secretary Tate met the French "
        "foreign minister there, and President Bob Lee later praised the visit."
    )
    assert [m.text for m in named(doc, "Ann Tate").mentions][:2] == [
        "Secretary of State Ann Tate",
        "Secretary Tate",
    ]


def test_the_bare_surname_beside_two_persons_of_it_is_left_unclear(nlp: Language) -> None:
    # two persons of the report bear "Tate": the bare surname is not given to the full name
    doc = nlp(
        "A diplomat said former Secretary Tate put speed over security. The new video puts "
        "Tate on defense, a critic said. The video shows Ann Ruiz outlining the differences "
        "between serving under President Bob Tate and President Lee. Evidence shows "
        "Secretary Tate knowingly sent classified material, a critic said."
    )
    assert [m.text for m in named(doc, "Bob Tate").mentions] == ["President Bob Tate"]
    unclear = [a for a in doc._.actors if a.ambiguous and a.name == "Tate"]
    assert [m.text for a in unclear for m in a.mentions] == ["Tate"]
