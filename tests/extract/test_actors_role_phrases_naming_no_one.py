"""Role phrases that name no one of the report's persons (roles22): a title in a list of
names ("Donald Trump, Sen. Ted Cruz"), a role word that is part of a hyphenated name ("The
Star-Ledger"), a religious office ("the pope") with no holder; and role phrases that are no
one's role (roles22b): a person noun said of a thing ("Education is the primary driver
among voters"), a business office with no holder ("the chief executive's address" in a
report on a candidate)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.actor_named import named


def test_a_title_in_a_list_of_names_is_the_next_names(nlp: Language) -> None:
    doc = nlp(
        "Polls show Warren Hale performing well against rivals, including front-runner "
        "Mark Ruddle, Sen. Peter Coyle of Texas and Sen. Mary Lund of Florida."
    )
    assert "senator" not in named(doc, "Mark Ruddle").roles
    assert "senator" in named(doc, "Peter Coyle").roles
    assert "Sen." not in [m.text for m in named(doc, "Mark Ruddle").mentions]


def test_an_apposition_after_a_name_is_still_its_role(nlp: Language) -> None:
    doc = nlp("Mark Ruddle, the senator, spoke in Ohio on Monday.")
    assert "senator" in named(doc, "Mark Ruddle").roles


def test_a_role_word_opening_a_hyphenated_name_is_no_role(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. Jane Wood told "
        "The Star-Ledger of Newark that she would vote for him."
    )
    assert "actor" not in named(doc, "Mark Ruddle").roles
    assert not any("actor" in a.roles for a in doc._.actors)


def test_a_religious_office_with_no_holder_is_not_the_protagonist(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. His campaign is "
        "known for his spats with the pope over the border."
    )
    assert "pope" not in named(doc, "Mark Ruddle").roles
    assert any(a.key == ("the", "pope") for a in doc._.actors)


def test_a_gendered_description_skips_a_protagonist_of_the_other_given_name(
    nlp: Language,
) -> None:
    doc = nlp(
        "Hillary Rodham spoke in Iowa on Monday. Rodham thanked her fans in Des Moines. "
        "Warren Hale met the man he is seeking to succeed on Wednesday."
    )
    assert "man" not in named(doc, "Hillary Rodham").roles


def test_a_surname_alone_gives_no_gender_to_a_gendered_description(nlp: Language) -> None:
    # "Clinton" is also a man's given name: a surname alone says nothing of its holder
    doc = nlp("Clinton spoke in Iowa on Monday. Clinton would be the first woman to win.")
    assert any("woman" in a.roles and a.name == "Clinton" for a in doc._.actors)


def test_a_person_noun_predicated_of_a_thing_is_no_ones_role(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. Ruddle leads the "
        "race. Education is the primary driver among white voters in this state, a pollster "
        "said."
    )
    assert not any("driver" in a.roles for a in doc._.actors)


def test_a_person_noun_predicated_of_a_person_is_still_a_role(nlp: Language) -> None:
    doc = nlp("Mark Ruddle spoke in Ohio on Monday. The driver was a friend of Ruddle.")
    assert any("driver" in a.roles for a in doc._.actors)


def test_a_business_office_with_no_holder_is_not_the_protagonist(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. Ruddle leads the "
        "race. He criticised the chief executive's annual address on Tuesday."
    )
    assert "chief executive" not in named(doc, "Mark Ruddle").roles
    assert any("chief executive" in a.roles for a in doc._.actors)


def test_a_business_office_given_with_a_name_is_still_its_holders(nlp: Language) -> None:
    doc = nlp("Chief executive Jane Wood spoke in Ohio. The chief executive thanked her staff.")
    assert "chief executive" in named(doc, "Jane Wood").roles


def test_a_capitalised_common_noun_opening_a_quote_is_still_a_thing(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. Ruddle leads the "
        "race.\n\n\u201cEducation, at this point, is the primary driver among white voters in "
        "this state,\u201d said pollster Jane Wood."
    )
    assert "driver" not in named(doc, "Mark Ruddle").roles
