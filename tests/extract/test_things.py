"""Things of one report (`storyline.extract.things`), one test per rule."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.extract import things
from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.actors.pronouns import relative_antecedent
from storyline.extract.actors.state import RELATIVE_PRONOUNS
from storyline.extract.component import entity_of_token
from storyline.extract.nominals import NominalLexicon
from storyline.extract.roles import RoleLexicon
from storyline.extract.things import (
    ThingFinder,
    actors_named,
    counted,
    described_actors,
    described_as_artefact,
    described_as_version,
    dropped_names,
    entity_tokens,
    fitting_actors,
    given_as_an_example,
    launched,
    made_by_a_named_owner,
    measured_as_made,
    modifies_artefact,
    name_word,
    named_after_a_product,
    named_as_a_thing,
    named_as_version,
    names_a_made_thing,
    names_as_nouns,
    product_mentions,
    untagged_writings,
    without_score,
)


def thing_named(doc: Doc, text: str) -> Actor:
    found = [t for t in doc._.things if any(m.text == text for m in t.mentions)]
    assert len(found) == 1, f"{text!r} is in {len(found)} things: {doc._.things}"
    return found[0]


def actor_texts(doc: Doc) -> set[str]:
    return {m.text for actor in doc._.actors for m in actor.mentions}


def test_a_name_in_lower_camel_case_is_a_product_not_an_organisation(nlp: Language) -> None:
    doc = nlp("Apple unveiled the iPod Nano on Wednesday. The iPod Nano comes in two colors.")
    nano = thing_named(doc, "iPod Nano")
    assert nano.type == "PRODUCT" and len(nano.mentions) >= 2
    assert "iPod Nano" not in actor_texts(doc)
    assert "Apple" in actor_texts(doc)


def test_a_model_designation_makes_a_product(nlp: Language) -> None:
    doc = nlp("While in Tokyo, Pence visited a Patriot PAC-3 missile battery.")
    assert thing_named(doc, "Patriot PAC-3").type == "PRODUCT"
    assert not any("PAC-3" in text for text in actor_texts(doc))


def test_a_name_written_only_in_front_of_a_made_things_noun_is_a_product(nlp: Language) -> None:
    doc = nlp("Japan will also acquire two US-made ground-based Aegis radar stations.")
    assert thing_named(doc, "Aegis").type == "PRODUCT"
    acting = nlp("Raytheon said its profits rose. Raytheon radar stations sold well.")
    assert "Raytheon" in actor_texts(acting)  # it acts: an organisation
    assert all(t.type != "PRODUCT" for t in acting._.things)


def test_things_are_one_per_head_lemma_and_not_persons_numbers_or_times(nlp: Language) -> None:
    doc = nlp(
        "The man said a rifle was found on Monday. Police kept the rifles and 3 boxes. "
        "The earthquake epicentre was far away."
    )
    rifle = thing_named(doc, "a rifle")
    assert rifle.type == "THING" and [m.text for m in rifle.mentions] == ["a rifle", "the rifles"]
    names = {t.name for t in doc._.things}
    assert "man" not in names and "monday" not in names and "police" not in names
    assert "earthquake" not in names  # a noun in front of another is a modifier
    assert "epicentre" in names


def test_another_of_a_repeated_noun_is_a_new_thing(nlp: Language) -> None:
    doc = nlp(
        "Kono spoke after a Cabinet meeting. Later he attended another meeting with a "
        "delegation. The meeting lasted an hour."
    )
    first, second = thing_named(doc, "a Cabinet meeting"), thing_named(doc, "another meeting")
    assert first != second
    assert [m.text for m in second.mentions] == ["another meeting", "The meeting"]  # most recent
    assert first.key == ("meeting",) and second.key == ("meeting", "#2")


def test_no_change_after_changes_is_another_thing(nlp: Language) -> None:
    doc = nlp("They want Pyongyang to make changes. Kono said there has been no policy change.")
    assert thing_named(doc, "changes") != thing_named(doc, "no policy change")


def test_such_a_visit_after_a_visit_is_another_thing(nlp: Language) -> None:
    doc = nlp("Pence's visit to Japan began. Suga spoke of the prospect of such a visit.")
    assert thing_named(doc, "Pence's visit") != thing_named(doc, "such a visit")


def test_a_predicate_or_a_plain_indefinite_repeat_is_no_new_thing(nlp: Language) -> None:
    doc = nlp("A meeting began at noon. The gathering was another meeting of ministers.")
    assert len(thing_named(doc, "A meeting").mentions) == 2
    doc = nlp("The jury reached a decision. It was a unanimous decision, the judge said.")
    assert len(thing_named(doc, "a decision").mentions) == 2  # news restates with "a"


def test_a_date_of_the_recogniser_that_no_time_expression_covers_may_be_a_thing(
    nlp: Language,
) -> None:
    doc = nlp("Reggie Bush will miss the rest of the season. He left on Tuesday night.")
    assert thing_named(doc, "the season").type == "THING"  # tagged DATE, no time of ours
    names = {t.name for t in doc._.things}
    assert "night" not in names and "tuesday" not in names  # a time expression's
    unresolved = nlp("The day before his death, another climber died.")
    assert "day" not in {t.name for t in unresolved._.things}  # a word of time all the same


def test_a_score_is_a_thing_named_by_its_figures(nlp: Language) -> None:
    doc = nlp("The Colts beat the Chiefs 20 - 13 on Sunday. The 20-13 win sealed a playoff spot.")
    score = thing_named(doc, "20 - 13")
    assert score.key == ("20-13",) and [m.text for m in score.mentions] == ["20 - 13", "20-13"]
    owner = entity_of_token(doc)
    score_index = len(doc._.actors) + doc._.things.index(score)
    [win] = [t.i for t in doc if t.text == "win"]
    assert owner[win - 1] == score_index != owner[win]  # "13" of "The 20-13 win"
    others = nlp("Microsoft issued MS08-078. Call 555-123-4567 if 10-15 people are ill.")
    assert not any(t.key[0][:1].isdigit() for t in others._.things)  # a code, a phone, a range


def test_a_thing_covers_its_noun_only(nlp: Language) -> None:
    doc = nlp("The earthquake epicentre was far away.")
    owner = entity_of_token(doc)
    epicentre = len(doc._.actors) + doc._.things.index(thing_named(doc, "The earthquake epicentre"))
    assert owner[2] == epicentre and 1 not in owner  # "epicentre", not "earthquake"


def test_a_relative_pronoun_joins_the_thing_its_clause_modifies(nlp: Language) -> None:
    doc = nlp("Microsoft fixed the flaw that hit browsers.")
    assert [m.text for m in thing_named(doc, "the flaw").mentions] == ["the flaw", "that"]


def test_a_missed_name_joins_the_actor_it_shortens_or_is_a_named_thing(nlp: Language) -> None:
    doc = nlp("Hackers attacked users of Internet Explorer. They found a hole in IE.")
    explorer = thing_named(doc, "Internet Explorer")
    assert explorer.key == ("internet", "explorer")
    assert [m.kind for m in explorer.mentions] == ["name", "acronym"]  # "IE" joins it


def test_an_acronym_of_a_products_last_words_is_that_product(nlp: Language) -> None:
    doc = nlp(
        "During a media event held at its Cupertino headquarters, Apple released the long"
        " awaited iPhones Software Development Kit (SDK) and the associated iTunes App Store."
        " The SDK will allow third party software developers to create applications for the"
        " iPhone. At the event several developers that had been given early access to the SDK"
        " demonstrated their applications. The company also announced the iPhone 2.0 update."
    )
    kit = thing_named(doc, "iPhones Software Development Kit")  # the bracket cut off the name
    assert kit.type == "PRODUCT" and [m.kind for m in kit.mentions].count("acronym") == 2
    assert "SDK" not in actor_texts(doc)
    apple = next(a for a in doc._.actors if a.name == "Apple")
    assert "The company" in {m.text for m in apple.mentions}  # not the kit's, as it acts


def test_a_thing_written_as_a_products_name_and_a_noun_is_that_product(nlp: Language) -> None:
    doc = nlp("Apple unveiled the iPod nano. The iPod nano replaces the iPod Mini.")
    nano = thing_named(doc, "the iPod nano")
    assert nano.type == "PRODUCT" and nano.key == ("ipod", "nano")


def test_a_capitalised_noun_inside_a_sentence_is_a_name_word(nlp: Language) -> None:
    words = ["Rehab", "helped", "the", "Bluejays", "and", "rehab", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "PUNCT"],
        sent_starts=[True, False, False, False, False, False, False],
    )
    assert [name_word(t) for t in doc] == [False, False, False, True, False, False, False]


def test_a_maker_before_a_named_product_is_no_product(nlp: Language) -> None:
    doc = nlp("It contains Intel Core Duo processors and runs the Apple operating system Mac OSX.")
    assert not modifies_artefact(doc[2:3])  # "Intel": the maker of "Core Duo"
    assert not modifies_artefact(doc[9:10])  # "Apple": the maker of "Mac OSX"
    assert modifies_artefact(doc[12:14])  # "Mac OSX", after the noun that describes it
    assert modifies_artefact(nlp("Japan bought Aegis radar stations.")[2:3])
    assert modifies_artefact(nlp("Apple released the Safari 4.0 web browser.")[3:4])  # a version


def test_a_name_the_text_types_as_an_organisation_stays_an_actor(nlp: Language) -> None:
    doc = nlp(
        "The Malaysia Airlines jet vanished. The Boeing 777 aircraft was lost, an AFP "
        "photographer said. Vulnerability management company nCircle said the flaw was old."
    )
    for name in ("Malaysia Airlines", "Boeing", "AFP", "nCircle"):
        assert name in actor_texts(doc), name
    assert not any(t.type == "PRODUCT" and t.name == "Boeing" for t in doc._.things)


def test_a_person_name_only_modifying_words_one_a_made_things_noun_is_a_product(
    nlp: Language,
) -> None:
    words = ["Mac", "computers", "and", "the", "Mac", "port", "sold", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["PROPN", "NOUN", "CCONJ", "DET", "PROPN", "NOUN", "VERB", "PUNCT"],
        lemmas=["Mac", "computer", "and", "the", "Mac", "port", "sell", "."],
        heads=[1, 6, 1, 5, 5, 1, 6, 6],
        deps=["compound", "nsubj", "cc", "det", "compound", "conj", "ROOT", "punct"],
    )
    names = [doc[0:1], doc[4:5]]  # "the Mac port" alone would not make a product
    mention = ActorMention(0, 3, "Mac", "name")
    role = ActorMention(20, 28, "the user", "role")
    mac = Actor("Mac", "PERSON", ("mac",), (mention, role))
    assert names_a_made_thing(mac, names)
    assert not names_a_made_thing(Actor("Mac", "ORGANISATION", ("mac",), (mention,)), names)
    heading = Doc(nlp.vocab, words=["Mac", "sold"], heads=[1, 1], deps=["nsubj", "ROOT"])
    assert not names_a_made_thing(mac, [heading[0:1], doc[0:1]])  # heads its own phrase once
    assert product_mentions(doc, mac) == (mention,)  # the product drops "the user"


def test_a_law_is_a_named_thing_not_a_product(nlp: Language) -> None:
    doc = nlp("The changes let agencies skip reviews under the Endangered Species Act.")
    law = thing_named(doc, "Endangered Species Act")
    assert law.type == "THING" and law.key == ("endangered", "species", "act")


def _actor(name: str, kind: str = "PERSON") -> Actor:
    key = tuple(name.lower().split())
    return Actor(name, kind, key, (ActorMention(0, len(name), name, "name"),))  # type: ignore[arg-type]


def test_a_missed_name_fits_the_person_whose_name_it_writes_in_full() -> None:
    actors = [_actor("Hansbrough"), _actor("North Carolina", "ORGANISATION")]
    assert fitting_actors(actors, ("forward", "tyler", "hansbrough")) == [0]
    assert fitting_actors(actors, ("carolina",)) == [1]  # a short form, as before
    assert fitting_actors(actors, ("north", "carolina", "tar", "heels")) == []  # no person


def test_a_name_no_actor_took_is_its_run_of_proper_nouns(nlp: Language) -> None:
    words = ["Arcade", "Joseph", "Comeaux", "Jr", ",", "Prison", "Inmate", "flees"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 0, 7, "PERSON")]
    assert [s.text for s in dropped_names(doc, set())] == ["Arcade Joseph Comeaux Jr"]
    assert dropped_names(doc, {2}) == []  # an actor took a word of it


def test_a_capitalised_noun_that_is_an_actors_whole_name_is_that_actor() -> None:
    cheeks = _actor("Cheeks")
    noun = Actor(
        "cheek",
        "THING",
        ("cheek",),
        (ActorMention(40, 46, "Cheeks", "noun"), ActorMention(60, 70, "his cheeks", "noun")),
    )
    [actor], [thing] = names_as_nouns([cheeks], [noun])
    assert [m.text for m in actor.mentions] == ["Cheeks", "Cheeks"]
    assert [m.text for m in thing.mentions] == ["his cheeks"]  # lower case: a noun


def _written(actor: Actor, *texts: str) -> Actor:
    """The actor also named by these words alone."""
    more = tuple(ActorMention(100 + 10 * n, 106 + 10 * n, t, "name") for n, t in enumerate(texts))
    return replace(actor, mentions=actor.mentions + more)


def test_a_capitalised_noun_a_person_is_written_by_alone_is_that_person() -> None:
    headline = ActorMention(0, 6, "Cheeks", "noun")  # "Cheeks returns as Sixers' fixer ..."
    noun = Actor("cheek", "THING", ("cheek",), (headline,))
    cheeks = _written(_actor("Maurice Cheeks"), "Cheeks")
    [actor], [] = names_as_nouns([cheeks], [noun])
    assert [m.text for m in actor.mentions] == ["Cheeks", "Maurice Cheeks", "Cheeks"]
    # the surname is never written alone in the report: no sign it names him
    [actor], [thing] = names_as_nouns([_actor("Maurice Cheeks")], [noun])
    assert thing.mentions == (headline,)
    # two persons written by it ("Cheeks" of Maurice and of a one-word "Cheeks"): unclear
    both = [cheeks, _actor("Cheeks")]
    _, [thing] = names_as_nouns(both, [noun])
    assert thing.mentions == (headline,)
    # a word the person is written by that is not its surname ("Colts" taken into "Colts QB
    # Andrew Luck"): no sign it names him
    colts = ActorMention(0, 5, "Colts", "noun")
    luck = _written(_actor("Colts QB Andrew Luck"), "Colts")
    _, [thing] = names_as_nouns([luck], [Actor("colt", "THING", ("colt",), (colts,))])
    assert thing.mentions == (colts,)


def test_the_company_a_product_took_goes_to_the_organisation_named_most_before() -> None:
    finder = ThingFinder(NominalLexicon.load(), RoleLexicon.load())
    apple = Actor(
        "Apple",
        "ORGANISATION",
        ("apple",),
        (ActorMention(0, 5, "Apple", "name"), ActorMention(30, 35, "Apple", "name")),
    )
    later = Actor(
        "Samsung", "ORGANISATION", ("samsung",), (ActorMention(90, 97, "Samsung", "name"),)
    )
    company = ActorMention(50, 61, "the company", "role")
    user = ActorMention(70, 78, "the user", "role")
    kept = finder.company_back([apple, later], [company, user])
    assert [m.text for m in kept[0].mentions] == ["Apple", "Apple", "the company"]
    assert kept[1] == later  # named after it; "the user" is no organisation's noun


def test_a_capitalised_persons_noun_joins_the_actor_it_describes(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Driver", "Held", "Teen"], lemmas=["driver", "hold", "teen"])
    driver = Actor(
        "Driver", "PERSON", ("the", "driver"), (ActorMention(30, 40, "the driver", "role"),)
    )
    gray = Actor(
        "Kimani Gray",
        "PERSON",
        ("kimani", "gray"),
        (ActorMention(50, 61, "Kimani Gray", "name"),),
        roles=("teen",),
    )
    assert described_actors([driver, gray], doc[0:1]) == [0]
    assert described_actors([driver, gray], doc[2:3]) == [1]  # the noun is his role
    assert described_actors([driver, gray], doc[1:2]) == []


def test_a_named_thing_with_the_name_of_one_organisation_of_the_report_is_it() -> None:
    team = Actor(
        "Chargers", "ORGANISATION", ("chargers",), (ActorMention(0, 8, "Chargers", "name"),)
    )
    tagged = Actor(
        "Chargers", "PRODUCT", ("chargers",), (ActorMention(30, 38, "Chargers", "name"),)
    )
    other = Actor("iPod", "PRODUCT", ("ipod",), (ActorMention(50, 54, "iPod", "name"),))
    [actor], things = actors_named([team], [tagged, other])
    assert [m.start for m in actor.mentions] == [0, 30]
    assert things == [other]


def test_a_capitalised_noun_closing_a_name_is_no_described_thing(nlp: Language) -> None:
    doc = nlp("Apple said that Mac OS X had sold well in 2005.")
    assert thing_named(doc, "OS X").key == ("os", "x")
    assert all(t.key != ("x",) for t in doc._.things)  # not the described thing "x"
    capitals = nlp("OS X has had a secret double life and OS X had been compiled for Intel.")
    assert thing_named(capitals, "OS X").key == ("os", "x")  # "OS": capitals, not a PROPN
    assert all(t.key != ("x",) for t in capitals._.things)
    headline = nlp("Microsoft Patches Major IE Bug\n\nMicrosoft patched the bug on Monday.")
    bug = [t for t in headline._.things if t.key == ("bug",)]
    assert len(bug) == 1 and len(bug[0].mentions) == 2  # a headline's words stay nouns


def test_a_score_closing_a_name_is_no_part_of_it(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["beat", "Evansville", "91", "-", "73", "and", "iPhone", "4"])
    assert without_score(doc[1:5]).text == "Evansville"
    assert without_score(doc[6:8]).text == "iPhone 4"  # a model number stays
    assert without_score(doc[2:5]).text == "91 - 73"  # nothing left of a name: kept whole


def test_a_team_with_its_score_is_the_team(nlp: Language) -> None:
    doc = nlp("Hansbrough scored 20 points to help North Carolina beat Evansville 91-73.")
    keys = {thing.key for thing in doc._.things}
    assert ("evansville",) in keys and ("evansville", "91-73") not in keys
    assert ("91-73",) in keys  # the score is a thing of its own (rule 5)


def test_them_after_a_plural_thing_is_that_thing_not_a_singular_product(nlp: Language) -> None:
    doc = nlp(
        "The SDK will allow developers to create applications for the iPhone and then "
        "distribute them on the store."
    )
    assert "them" in {m.text for m in thing_named(doc, "applications").mentions}
    assert "them" not in {m.text for m in thing_named(doc, "iPhone").mentions}


def test_only_relative_pronouns_them_and_their_are_asked_for_a_thing_to_join(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rule 6 reads relative pronouns, "them" and "their" only; `join_pronouns` finds them
    by their words (`tokens_lowered`) instead of asking of every word of the report."""
    asked: list[str] = []

    def recorded(token: Token) -> Token | None:
        asked.append(token.lower_)
        return relative_antecedent(token)

    monkeypatch.setattr(things, "relative_antecedent", recorded)
    doc = nlp(
        "The SDK will allow developers to create applications that run on the iPhone and "
        "then distribute them on the store."
    )
    assert "them" in {m.text for m in thing_named(doc, "applications").mentions}
    assert asked and set(asked) <= RELATIVE_PRONOUNS | {"them", "their"}


def test_a_product_keeps_a_plural_pronoun_only_when_written_plural(nlp: Language) -> None:
    doc = nlp("Apple sold iPhones and they were popular.")
    name = ActorMention(11, 18, "iPhones", "name")
    they = ActorMention(23, 27, "they", "pronoun")
    plural = Actor("iPhones", "ORGANISATION", ("iphones",), (name, they))
    assert product_mentions(doc, plural) == (name, they)
    single = nlp("Apple sold the iPhone and they were popular.")
    name = ActorMention(15, 21, "iPhone", "name")
    they = ActorMention(26, 30, "they", "pronoun")
    assert product_mentions(single, Actor("iPhone", "ORGANISATION", ("iphone",), (name, they))) == (
        name,
    )


def test_a_name_made_in_models_or_versions_is_a_product(nlp: Language) -> None:
    doc = nlp("There are now two models of the MacBook Air on sale.")
    [name] = [ent for ent in doc.ents if ent.label_ == "ORG"]
    assert named_as_version(name)
    assert "MacBook Air" in {t.name for t in doc._.things if t.type == "PRODUCT"}
    for text in (
        "Shareholders of the Walt Disney Company met on Monday.",
        "The new MacBook Air uses flash memory.",  # "the new Congress" is no product
        "The new Boeing chief said the plan works.",
    ):
        doc = nlp(text)
        [name] = [ent for ent in doc.ents if ent.label_ == "ORG"]
        assert not named_as_version(name), text
    doc = nlp("But don't expect a new version of Donald Trump to appear next time.")
    assert any(actor.name == "Donald Trump" for actor in doc._.actors)  # a person stays one


def test_a_name_ending_with_a_product_name_is_that_product(nlp: Language) -> None:
    doc = nlp("Apple unveiled Lion, the new version of its operating system. "
              "Users of OS X Lion will find it fast.")  # fmt: skip
    assert thing_named(doc, "OS X Lion").type == "PRODUCT"
    assert all(actor.name != "OS X Lion" for actor in doc._.actors)


def test_a_name_in_capitals_made_in_versions_is_left_to_its_initials(nlp: Language) -> None:
    doc = nlp("Microsoft patched Internet Explorer. The patch covers all versions of IE.")
    [ie] = [ent for ent in doc.ents if ent.text == "IE"]
    assert not named_as_version(ie)


def test_a_name_joined_to_a_made_things_modifier_modifies_it_too(nlp: Language) -> None:
    words = ["the", "iPod", "and", "MacBook", "updates", "and", "Apple", "and", "Dell", "sold"]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["DET", "PROPN", "CCONJ", "PROPN", "NOUN", "CCONJ", "PROPN", "CCONJ", "PROPN", "VERB"],
        lemmas=["the", "iPod", "and", "MacBook", "update", "and", "Apple", "and", "Dell", "sell"],
        heads=[4, 4, 1, 1, 9, 4, 9, 6, 6, 9],
        deps=["det", "nmod", "cc", "conj", "nsubj", "cc", "nsubj", "cc", "conj", "ROOT"],
    )
    macbook = doc[3:4]  # "the previous iPod Touch and MacBook Wi-Fi updates"
    assert modifies_artefact(macbook)
    mention = ActorMention(14, 21, "MacBook", "name")
    assert names_a_made_thing(Actor("MacBook", "PERSON", ("macbook",), (mention,)), [macbook])
    assert not modifies_artefact(doc[8:9])  # "Dell", joined to a subject
    dell = Actor("Dell", "PERSON", ("dell",), (mention,))
    assert not names_a_made_thing(dell, [doc[8:9]])


def test_a_name_counted_in_the_plural_or_used_as_software_is_a_product(nlp: Language) -> None:
    doc = nlp("Jobs said that his company sold 13.7 million Macs last year.")
    assert thing_named(doc, "Macs").type == "PRODUCT"
    doc = nlp(
        "The update adds support for ActiveSync, which Apple has licensed from rival "
        "Microsoft, WPA2 and virtual private network support."
    )
    assert thing_named(doc, "ActiveSync").type == "PRODUCT"
    assert {"Apple", "Microsoft"} <= actor_texts(doc)
    assert thing_named(nlp("Users can download Opera."), "Opera").type == "PRODUCT"  # tagged GPE
    assert {"Microsoft", "Apple"} <= actor_texts(nlp("Microsoft licensed its patents to Apple."))
    assert "Kansas City" in actor_texts(nlp("He waited at the Kansas City station."))
    assert "Drake" in actor_texts(nlp("Creighton defeated Drake 65 - 53 on Friday."))
    doc = nlp("One of the two Democrats left.")  # a group tagged NORP: people, not products
    assert not any(thing.type == "PRODUCT" for thing in doc._.things)


def test_a_conjunct_of_a_name_a_made_things_noun_describes_is_described_too(
    nlp: Language,
) -> None:
    doc = nlp("Apple TV connects to a computer (Mac and Windows) over a wireless network.")
    windows = [ent for ent in doc.ents if ent.text == "Windows"][0]
    assert described_as_artefact(windows)
    assert modifies_artefact(windows)


def test_a_name_in_front_of_a_made_thing_another_name_owns_is_a_product(nlp: Language) -> None:
    doc = nlp(
        "Apple previewed Apple's forthcoming Mac OS X Lion operating system. "
        "Several new applications will be added in OS X Lion, dubbed Mission Control."
    )  # the recogniser tags the second "OS X Lion" only: the first is read as its writing
    lion = thing_named(doc, "OS X Lion")  # one thing: the missed writing joined the product
    assert lion.type == "PRODUCT" and len(lion.mentions) == 2
    assert "OS X Lion" not in actor_texts(doc)
    intel = [ent for ent in nlp("Apple uses Intel processors.").ents if ent.text == "Intel"]
    assert not made_by_a_named_owner(intel[0])  # a maker's name in front: no owner


def test_a_rank_a_record_or_a_year_counts_nothing(nlp: Language) -> None:
    def plural_name(words: list[str], tags: list[str], deps: list[str]) -> Span:
        n = len(words) - 1
        heads = [n] * n + [n]
        pos = ["NUM" if tag == "CD" else "PROPN" if tag.startswith("NNP") else "X" for tag in tags]
        doc = Doc(nlp.vocab, words=words, pos=pos, tags=tags, heads=heads, deps=deps)
        return doc[n : n + 1]

    assert counted(plural_name(["two", "Macs"], ["CD", "NNPS"], ["nummod", "ROOT"]))
    for words, tags in (
        (["No.", "5", "Saints"], ["NN", "CD", "NNPS"]),
        (["0-14", "Lions"], ["CD", "NNPS"]),
        (["0", "-", "14", "Lions"], ["CD", "SYM", "CD", "NNPS"]),
        (["2010", "Conferences"], ["CD", "NNPS"]),
    ):
        deps = ["nummod" if w == "0" else "dep" for w in words[:-2]] + ["nummod", "ROOT"]
        assert not counted(plural_name(words, tags, deps)), words
    assert not counted(plural_name(["two", "Mac"], ["CD", "NNP"], ["nummod", "ROOT"]))


def test_a_name_a_verb_of_naming_gives_to_a_thing_is_a_product(nlp: Language) -> None:
    doc = nlp(
        "Phil Schiller discussed new gestures along with a dynamic task manager named"
        " Mission Control that shows open applications."
    )
    assert thing_named(doc, "Mission Control").type == "PRODUCT"
    assert "Mission Control" not in actor_texts(doc)
    person = nlp("He met a man named John Smith at the station in Boston.")
    assert "John Smith" in actor_texts(person)


def test_named_as_a_thing_reads_the_noun_the_naming_clause_modifies(nlp: Language) -> None:
    def parsed(noun: str) -> Doc:
        return Doc(
            nlp.vocab,
            words=["a", noun, "called", "Launchpad", "and", "Dock"],
            pos=["DET", "NOUN", "VERB", "PROPN", "CCONJ", "PROPN"],
            lemmas=["a", noun, "call", "Launchpad", "and", "Dock"],
            heads=[1, 1, 1, 2, 3, 3],
            deps=["det", "ROOT", "acl", "oprd", "cc", "conj"],
        )

    program = parsed("program")
    assert named_as_a_thing(program[3:4])
    assert named_as_a_thing(program[5:6])  # a conjunct too
    assert not named_as_a_thing(program[1:2])  # no object of naming
    assert not named_as_a_thing(parsed("man")[3:4])  # a person's noun
    assert not named_as_a_thing(parsed("storm")[3:4])  # no made thing


def _os_x_doc() -> Doc:
    """ "Mac OS X Lion ships . Lion is new . OS X Lion wins", with the recogniser's entities
    on the first writing and on the second "Lion" only, built by hand (no parser)."""
    words = "Mac OS X Lion ships . Lion is new . OS X Lion wins".split()
    doc = Doc(Language().vocab, words=words)
    doc.ents = [Span(doc, 0, 4, label="PRODUCT"), Span(doc, 6, 7, label="PRODUCT")]
    return doc


def test_entity_tokens_are_the_tokens_inside_the_recognisers_entities() -> None:
    assert entity_tokens(_os_x_doc()) == {0, 1, 2, 3, 6}


def test_untagged_writings_are_the_names_other_writings_in_no_entity() -> None:
    doc = _os_x_doc()
    names = [doc[1:4]]  # "OS X Lion"
    found = untagged_writings(doc, names, entity_tokens(doc))
    assert [(span.start, span.end) for span in found] == [(10, 13)]
    lion = untagged_writings(doc, [doc[6:7]], entity_tokens(doc))  # not inside "Mac OS X Lion"
    assert [(span.start, span.end) for span in lion] == [(12, 13)]


def test_a_name_in_apposition_with_a_version_is_a_product(nlp: Language) -> None:
    doc = nlp(
        "In chatrooms, users are buzzing about Tiger, the newest version of Apple Computer's"
        " Mac OS X, version 10.4. Apple reports that Tiger includes over 200 new features."
    )
    assert thing_named(doc, "Tiger").type == "PRODUCT"
    assert "Tiger" not in actor_texts(doc)
    person = nlp("Reporters asked about Smith, the newest member of the board, on Monday.")
    assert not described_as_version(person[3:4])


def test_described_as_version_reads_the_apposition_either_way(nlp: Language) -> None:
    def parsed(first: str, first_pos: str, second: str, second_pos: str) -> Doc:
        return Doc(
            nlp.vocab,
            words=[first, ",", "the", second],
            pos=[first_pos, "PUNCT", "DET", second_pos],
            lemmas=[first.lower(), ",", "the", second.lower()],
            heads=[0, 0, 3, 0],
            deps=["ROOT", "punct", "det", "appos"],
        )

    assert described_as_version(parsed("Tiger", "PROPN", "version", "NOUN")[0:1])
    assert described_as_version(parsed("version", "NOUN", "Lion", "PROPN")[3:4])
    assert not described_as_version(parsed("Smith", "PROPN", "member", "NOUN")[0:1])


def test_a_name_a_verb_of_naming_gives_to_a_products_name_is_a_product(nlp: Language) -> None:
    def parsed(head_pos: str) -> Doc:
        return Doc(
            nlp.vocab,
            words=["in", "Lion", ",", "dubbed", "Control", "and", "Launchpad"],
            pos=["ADP", head_pos, "PUNCT", "VERB", "PROPN", "CCONJ", "PROPN"],
            heads=[0, 0, 1, 1, 3, 4, 4],
            deps=["ROOT", "pobj", "punct", "acl", "oprd", "cc", "conj"],
        )

    doc = parsed("PROPN")
    assert named_after_a_product(doc[4:5], {1})
    assert named_after_a_product(doc[6:7], {1})  # a conjunct too
    assert not named_after_a_product(doc[6:7], set())  # "Smith, dubbed 'the Butcher'"
    assert not named_after_a_product(doc[1:2], {1})


def test_a_product_drops_a_persons_pronoun() -> None:
    doc_text = "Launchpad his"
    actor = Actor(
        "Launchpad",
        "PERSON",
        ("launchpad",),
        (ActorMention(0, 9, "Launchpad", "name"), ActorMention(10, 13, "his", "pronoun")),
    )
    from spacy.lang.en import English

    kept = product_mentions(English()(doc_text), actor)
    assert [m.text for m in kept] == ["Launchpad"]


def test_a_name_given_as_an_example_of_made_things_is_a_product(nlp: Language) -> None:
    doc = nlp(
        "Apple and ABC agreed to sell television programs such as Lost and Desperate "
        "Housewives. Companies such as Google and Yahoo have done the same."
    )
    assert thing_named(doc, "Lost").type == "PRODUCT"
    assert "Lost" not in actor_texts(doc)
    assert {"Apple", "ABC", "Google", "Yahoo"} <= actor_texts(doc)


def test_given_as_an_example_reads_the_made_things_noun(nlp: Language) -> None:
    doc = nlp(
        "Apple sells television programs such as Lost and Desperate Housewives, and rivals "
        "like Motorola sell phones. Companies such as Google and Yahoo have done the same. "
        "You win championships with players like Vincent Jackson."
    )
    names = {ent.text: ent for ent in doc.ents if ent.label_ in {"ORG", "PERSON"}}
    assert given_as_an_example(names["Lost"])
    assert not given_as_an_example(names["Vincent Jackson"])
    assert not any(given_as_an_example(names[n]) for n in ("Apple", "Motorola", "Google", "Yahoo"))


def test_an_organisations_name_brought_out_and_never_speaking_is_a_product(
    nlp: Language,
) -> None:
    doc = nlp(
        "Apple introduces iPhone and Apple TV. Today Apple also released their Media Center "
        "device - Apple TV. Disney bought Pixar. Pixar said it was happy."
    )
    assert thing_named(doc, "Apple TV").type == "PRODUCT"
    assert {"Apple", "Disney", "Pixar"} <= actor_texts(doc)


def test_launched_reads_the_verb_of_bringing_out(nlp: Language) -> None:
    doc = nlp("Apple introduces iPhone and Apple TV. Disney bought Pixar.")
    names = {ent.text: ent for ent in doc.ents if ent.label_ in {"ORG", "PERSON"}}
    assert launched(names["Apple TV"])
    assert not launched(names["Pixar"]) and not launched(names["Disney"])


def test_a_name_given_a_screen_or_storage_size_is_a_product(nlp: Language) -> None:
    doc = nlp("The line was overshadowed by the release of Apple's 13-inch (33.02-cm) MacBook Pro.")
    assert thing_named(doc, "MacBook Pro").type == "PRODUCT"
    assert "MacBook Pro" not in actor_texts(doc)
    for text, name in (
        ("The 6-foot-5 Jackson scored 20 points.", "Jackson"),  # a height: a person
        ("The 27-year-old Smith was arrested on Monday.", "Smith"),
        ("Apple's 1,000 employees met on Monday.", "Apple"),
    ):
        doc = nlp(text)
        [ent] = [ent for ent in doc.ents if ent.text == name]
        assert not measured_as_made(ent), text
        assert name in actor_texts(doc), text
