"""Who a description means (candidates, occupations, wealth), and names that are no person.

Every sentence is invented; each was checked to get the parse the rule needs from the small
English model (the tests test our rules, not the model).
"""

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor
from storyline.extract.actors.persons import (
    fronts_a_noun,
    is_personal,
    modifies_a_noun_after,
    most_named,
    object_names,
)
from storyline.extract.actors.places import is_acronym
from storyline.extract.actors.state import Draft, PersonName
from storyline.extract.nominals import NominalLexicon
from storyline.extract.organisation_cues import OrganisationCues, artefact_nouns
from storyline.extract.roles import RoleLexicon


def find(doc: Doc, name: str) -> Actor:
    found = [actor for actor in doc._.actors if actor.name == name]
    assert len(found) == 1, [actor.name for actor in doc._.actors]
    return found[0]


def mentions(actor: Actor) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in actor.mentions]


# -- candidates ------------------------------------------------------------------------------


def test_a_government_role_held_before_does_not_stop_a_candidate(nlp: Language) -> None:
    doc = nlp(
        "Former Secretary of State Hillary Clinton campaigned in Ohio on Monday. Donald Trump "
        "spoke in Iowa. Hillary Clinton spoke again. The Democratic presidential candidate "
        "said the race was close."
    )
    clinton = find(doc, "Hillary Clinton")
    assert ("The Democratic presidential candidate", "role") in mentions(clinton)
    assert clinton.roles == ("secretary of state", "candidate")


def test_a_role_phrase_set_off_by_commas_before_a_name_is_its_apposition(
    nlp: Language,
) -> None:
    doc = nlp(
        "Trump praised Russia, a country that the previous Republican presidential nominee, "
        "Mitt Romney, called a foe. Reporters asked the president, Barack Obama and the "
        "senator about it."
    )
    romney = find(doc, "Mitt Romney")
    assert mentions(romney)[0] == ("the previous Republican presidential nominee", "role")
    assert romney.roles == ("candidate",)
    assert find(doc, "Barack Obama").roles == ()  # a list, not an apposition: no closing comma


def test_a_campaigns_chairman_is_no_candidate(nlp: Language) -> None:
    doc = nlp(
        "Paul Manafort, the campaign chairman, met donors in Ohio. Manafort said the money "
        "was there. Donald Trump spoke in Iowa. The candidate said the race was close."
    )
    manafort = find(doc, "Paul Manafort")
    assert manafort.roles == ("campaign manager",)
    assert ("The candidate", "role") in mentions(find(doc, "Donald Trump"))


def test_most_named_prefers_the_party_then_the_most_named_before() -> None:
    trump = Draft("PERSON", ("donald", "trump"), "Donald Trump", mentions=[(0, 2, "name")])
    cruz = Draft("PERSON", ("ted", "cruz"), "Ted Cruz", mentions=[(5, 7, "name"), (9, 10, "name")])
    assert most_named([trump, cruz], 20, 30) is cruz  # named twice before
    assert most_named([trump, cruz], 20, 30, lambda d: d is trump) is trump  # its party
    assert most_named([trump, cruz], 3, 30) is trump  # the only one named before
    assert most_named([cruz], 3, 30) is cruz  # a lede: named only after
    assert most_named([], 3, 30) is None


# -- occupations and wealth -----------------------------------------------------------------


def test_an_occupation_goes_to_the_person_described_so(nlp: Language) -> None:
    doc = nlp(
        "Businessman Donald Trump spoke in Iowa on Monday. Ted Cruz spoke in Ohio. The "
        "businessman said he would win."
    )
    trump = find(doc, "Donald Trump")
    assert ("The businessman", "role") in mentions(trump)
    assert trump.roles == ("businessperson",)
    assert mentions(find(doc, "Ted Cruz")) == [("Ted Cruz", "name")]


def test_an_occupation_the_report_gives_no_one_is_no_named_person(nlp: Language) -> None:
    doc = nlp("Ted Cruz spoke in Ohio on Monday. Ted Cruz spoke again. The businessman said no.")
    assert mentions(find(doc, "Ted Cruz")) == [("Ted Cruz", "name"), ("Ted Cruz", "name")]
    assert mentions(find(doc, "Businessperson")) == [("The businessman", "role")]


def test_a_role_word_in_front_of_the_head_picks_its_holder(nlp: Language) -> None:
    doc = nlp(
        "Donald Trump, a billionaire, spoke in Iowa on Monday. Ted Cruz spoke in Ohio. The "
        "billionaire front-runner said the race was close."
    )
    trump = find(doc, "Donald Trump")
    assert ("The billionaire front-runner", "role") in mentions(trump)
    assert trump.roles == ("billionaire", "candidate")
    assert mentions(find(doc, "Ted Cruz")) == [("Ted Cruz", "name")]


def test_modifies_a_noun_after(nlp: Language) -> None:
    doc = nlp("The billionaire front-runner met Vice President Mike Pence.")
    billionaire = next(t for t in doc if t.text == "billionaire")
    president = next(t for t in doc if t.text == "President")
    assert modifies_a_noun_after(billionaire)
    assert not modifies_a_noun_after(president)  # in front of a name


# -- names that are no person ---------------------------------------------------------------


def test_a_name_written_only_as_a_things_name_is_no_person() -> None:
    words = "The Deepwater Horizon sank . the Deepwater Horizon rig burned . Hill said".split()
    heads = [2, 2, 3, 3, 3, 8, 7, 8, 9, 9, 9, 12, 12]
    deps = "det compound nsubj ROOT punct det compound compound nsubj ROOT punct nsubj ROOT".split()
    pos = "DET PROPN PROPN VERB PUNCT DET PROPN PROPN NOUN VERB PUNCT PROPN VERB".split()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    names = [
        (doc[1:3], ("deepwater", "horizon")),
        (doc[6:8], ("deepwater", "horizon")),
        (doc[11:12], ("hill",)),
    ]
    assert object_names(names) == {("deepwater", "horizon")}
    assert object_names(names[1:]) == set()  # in front of a noun only: no evidence alone


def test_a_name_in_front_of_a_vessels_noun_is_no_person(nlp: Language) -> None:
    doc = nlp(
        "Eleven workers are still missing after the BP-operated Deepwater Horizon rig "
        "exploded on 20 April. BP's chief executive Tony Hayward said the company would pay."
    )
    assert any(e.text == "Deepwater Horizon" and e.label_ == "PERSON" for e in doc.ents)
    assert "Deepwater Horizon" not in [a.name for a in doc._.actors if a.type == "PERSON"]


def test_an_acronym_is_no_persons_short_name(nlp: Language) -> None:
    doc = nlp(
        "North Korean leader Kim Jong Un tested a missile on Friday. The UN condemned the "
        "test, and the UN Security Council met on Saturday. Kim said the tests would go on."
    )
    assert ("UN", "name") not in mentions(find(doc, "Kim Jong Un"))
    assert find(doc, "UN").type == "ORGANISATION"
    assert is_acronym(nlp.make_doc("U.N.")[:]) and is_acronym(nlp.make_doc("FBI")[:])
    assert not is_acronym(nlp.make_doc("FALLIN")[:])  # a surname written in capitals
    assert not is_acronym(doc[-1:])


def test_a_name_before_a_programmes_noun_and_never_a_persons_is_an_organisation(
    nlp: Language,
) -> None:
    text = (
        "In the video, Trump tells Access Hollywood that he can do anything. The Access "
        "Hollywood tape was released on Friday."
    )
    doc = nlp(text)
    assert doc.ents[1].text == "Access Hollywood" and doc.ents[1].label_ == "PERSON"
    assert find(doc, "Access Hollywood").type == "ORGANISATION"


def test_a_name_with_a_persons_words_stays_a_person(nlp: Language) -> None:
    doc = nlp("Bill Clinton said the Bill Clinton show was fine.")  # a given name, "said"
    assert find(doc, "Bill Clinton").type == "PERSON"
    doc = nlp("Trump tells Access Hollywood that he can do anything.")  # no noun after it
    assert find(doc, "Access Hollywood").type == "PERSON"


def test_is_personal_and_fronts_a_noun(nlp: Language) -> None:
    cues = OrganisationCues(NominalLexicon.load(), RoleLexicon.load(), artefact_nouns())
    doc = nlp("The Access Hollywood tape was released on Friday.")
    assert fronts_a_noun(doc[2], cues)  # "Hollywood" modifies "tape"
    doc = nlp("The Access Hollywood staff left on Friday.")
    assert not fronts_a_noun(doc[2], cues)  # "staff" is no programme, organisation or role
    doc = nlp("Maria Lopez said the visit went well.")
    name = PersonName(("maria", "lopez"), "Maria Lopez", (0, 2, "name"), [], None, [], None)
    assert is_personal(doc[0:2], name)


# -- one name written two ways ----------------------------------------------------------------


def test_two_writings_of_one_full_name_are_one_person(nlp: Language) -> None:
    doc = nlp(
        "Peter Santilli streamed the standoff on Monday. Pete Santilli said the ranchers were "
        "calm. Santilli was arrested later."
    )
    santilli = find(doc, "Peter Santilli")
    assert mentions(santilli) == [
        ("Peter Santilli", "name"),
        ("Pete Santilli", "name"),
        ("Santilli", "name"),  # no longer ambiguous
    ]


def test_two_given_names_of_one_family_stay_apart(nlp: Language) -> None:
    doc = nlp("North Korean leader Kim Jong Un met Kim Yong Nam on Friday. Kim Yong Nam spoke.")
    assert mentions(find(doc, "Kim Yong Nam")) == [("Kim Yong Nam", "name")] * 2
    assert find(doc, "Kim Jong Un").roles == ("leader",)
