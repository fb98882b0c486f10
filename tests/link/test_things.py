"""Linking things across reports (`storyline.link.things`), on hand-made refs."""

from __future__ import annotations

from storyline.link.entities import Entity, _join_products_typed_as_actors, link_actors
from storyline.link.things import _link_by_noun
from storyline.link.union_find import UnionFind
from tests.link.test_entities import actor, together


def test_a_product_is_one_entity_per_name_across_reports() -> None:
    refs = [actor(1, "iPod Nano", "PRODUCT"), actor(2, "iPod Nano", "PRODUCT")]
    assert together(link_actors(refs), refs, 0, 1)


def test_a_thing_joins_the_same_noun_only_in_a_report_of_a_shared_actor() -> None:
    refs = [
        actor(1, "Mike Pence"), actor(1, "rifle", "THING", idx=1),
        actor(2, "Mike Pence"), actor(2, "rifle", "THING", idx=1),
        actor(3, "Kim Jong Un"), actor(3, "rifle", "THING", idx=1),
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 1, 3)
    assert not together(entities, refs, 1, 5)  # another story's rifle


def test_a_noun_that_names_no_concrete_thing_stays_in_its_report() -> None:
    refs = [
        actor(1, "Steve Jobs"), actor(1, "time", "THING", idx=1), actor(1, "phone", "THING", idx=2),
        actor(2, "Steve Jobs"), actor(2, "time", "THING", idx=1), actor(2, "phone", "THING", idx=2),
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 2, 5)  # the phone of one story
    assert not together(entities, refs, 1, 4)  # "the time" of two reports


def test_a_reports_later_referent_of_a_noun_stays_in_its_report() -> None:
    refs = [
        actor(1, "Mike Pence"), actor(1, "meeting", "THING", idx=1),
        actor(1, "meeting", "THING", idx=2, key=("meeting", "#2")),
        actor(2, "Mike Pence"), actor(2, "meeting", "THING", idx=1),
        actor(2, "meeting", "THING", idx=2, key=("meeting", "#2")),
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 1, 4)  # the first meeting of each report, as before
    assert not together(entities, refs, 2, 5) and not together(entities, refs, 1, 2)
    stories = {1: "s", 2: "s"}
    assert not together(link_actors(refs, stories=stories), refs, 2, 5)


def test_a_thing_never_joins_an_actor() -> None:
    refs = [actor(1, "Patriot", "ORGANISATION"), actor(2, "Patriot", "PRODUCT")]
    entities = link_actors(refs)
    assert not together(entities, refs, 0, 1)
    assert {e.type for e in entities} == {"ORGANISATION", "PRODUCT"}


def test_an_acronym_joins_the_one_thing_whose_initials_it_is() -> None:
    refs = [actor(1, "Internet Explorer", "THING"), actor(2, "IE", "THING")]
    assert together(link_actors(refs), refs, 0, 1)


def test_a_missed_name_joins_the_one_actor_of_that_name_in_another_report() -> None:
    refs = [
        actor(1, "Internet Explorer", "ORGANISATION"),
        actor(2, "Internet Explorer", "THING"),  # the recogniser missed it there
        actor(3, "rifle", "THING"),  # a noun, not a name: stays a thing
        actor(4, "Rifle", "ORGANISATION", key=("rifle",)),
    ]
    entities = link_actors(refs)
    assert together(entities, refs, 0, 1)
    assert not together(entities, refs, 2, 3)


def test_a_missed_short_name_joins_the_one_longer_name_of_a_report_of_its_story() -> None:
    refs = [
        actor(1, "Internet Explorer", "ORGANISATION"), actor(1, "Microsoft", "ORGANISATION", idx=1),
        actor(2, "Explorer", "THING"), actor(2, "Microsoft", "ORGANISATION", idx=1),
        actor(3, "Explorer", "THING"), actor(3, "Kim Jong Un", idx=1),  # another story
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 0, 2)
    assert not together(entities, refs, 0, 4)


def test_a_noun_capitalised_once_at_a_sentence_start_joins_no_longer_name() -> None:
    refs = [
        actor(1, "Death Cab For Cutie"), actor(1, "Michael Jackson", idx=1),
        actor(2, "death", "THING"), actor(2, "Michael Jackson", idx=1),
        actor(3, "death", "THING"), actor(3, "Michael Jackson", idx=1),
        actor(4, "Death", "THING", key=("death",)), actor(4, "Michael Jackson", idx=1),
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 2, 4) and together(entities, refs, 4, 6)  # one death
    assert not together(entities, refs, 0, 6)  # the band is no name of the noun "death"
    assert [e.name for e in entities if 2 in e.members] != ["Death Cab For Cutie"]


def test_a_product_that_is_only_a_makers_name_joins_its_organisation() -> None:
    refs = [
        actor(1, "Intel", "ORGANISATION", n_mentions=5),
        actor(2, "Intel", "PRODUCT"),  # "a Intel processor"
        actor(3, "iPod", "ORGANISATION", n_mentions=5),
        actor(4, "iPod", "PRODUCT"),  # written as a product: stays one
    ]
    entities = link_actors(refs)
    assert together(entities, refs, 0, 1)
    assert not together(entities, refs, 2, 3)
    assert [e.type for e in entities if 0 in e.members] == ["ORGANISATION"]


def test_an_organisation_the_corpus_names_more_often_as_a_product_joins_it() -> None:
    refs = [
        actor(1, "Macintosh", "ORGANISATION"),  # "Macintosh users" tagged ORG
        actor(2, "Macintosh", "PRODUCT", n_mentions=3),  # "Macintosh computers"
        actor(3, "Macintosh", "PRODUCT"),
        actor(4, "Patriot", "ORGANISATION", n_mentions=3),
        actor(5, "Patriot", "PRODUCT"),  # named more often as the organisation
    ]
    entities = link_actors(refs)
    assert together(entities, refs, 0, 1) and together(entities, refs, 1, 2)
    assert [e.type for e in entities if 0 in e.members] == ["PRODUCT"]
    assert [e.type for e in entities if 3 in e.members] == ["ORGANISATION"]  # `_maker`


def test_only_namings_count_for_the_organisation_against_the_product() -> None:
    refs = [
        actor(1, "iTunes Music Store", "ORGANISATION"),  # "a online music store"
        actor(2, "store", "ORGANISATION", key=("the", "store"), n_mentions=5),  # "the store"
        actor(3, "iTunes Music Store", "PRODUCT", n_mentions=3),
    ]
    entities = [
        Entity("iTunes Music Store", "ORGANISATION", None, None, (), (0, 1)),
        Entity("iTunes Music Store", "PRODUCT", None, None, (), (2,)),
    ]
    joined = _join_products_typed_as_actors(refs, entities)
    assert [(e.type, sorted(e.members)) for e in joined] == [("PRODUCT", [0, 1, 2])]


def test_the_plural_of_a_products_name_is_that_product() -> None:
    refs = [
        actor(1, "iPod", "PRODUCT"), actor(1, "iPods", "PRODUCT", idx=1),
        actor(2, "iPod Touch", "PRODUCT"), actor(3, "iPod Touches", "PRODUCT"),
        actor(4, "iOS", "PRODUCT"), actor(4, "IO", "THING", idx=1),  # no product "IO"
        actor(5, "Xbox", "PRODUCT"), actor(5, "Xboxes", "PRODUCT", idx=1),
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 0, 1)
    assert together(entities, refs, 2, 3)
    assert not together(entities, refs, 4, 5)
    assert together(entities, refs, 6, 7)
    assert not together(entities, refs, 0, 2)  # the line and one of its kinds stay apart


def test_a_model_stays_apart_from_its_bare_name_and_from_other_models() -> None:
    refs = [
        actor(1, "iPhone", "PRODUCT"), actor(1, "iPhone 4", "PRODUCT", idx=1),
        actor(2, "iPhone 3GS", "PRODUCT"), actor(2, "iPhone 4s", "PRODUCT", idx=1),
        actor(3, "iPhone 4", "PRODUCT"), actor(3, "iPhone 3G", "PRODUCT", idx=1),
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 1, 4)  # one model over two reports
    assert not together(entities, refs, 0, 1)  # the line is not its model
    assert not together(entities, refs, 2, 4)  # nor one model another
    assert not together(entities, refs, 3, 4)  # "4S" may be a model: no plural of "4"
    assert not together(entities, refs, 2, 5)  # nor "3GS" of "3G"


def test_a_thing_named_in_capitals_with_a_products_name_is_that_product() -> None:
    refs = [
        actor(1, "MacBook", "PRODUCT"), actor(1, "Macbook", "THING", idx=1),
        actor(2, "Macbook", "THING"),  # no product of that name in the report: still one
        actor(3, "macbook", "THING"),  # a noun, not a name
    ]  # fmt: skip
    entities = link_actors(refs)
    assert together(entities, refs, 0, 1)
    assert together(entities, refs, 0, 2)
    assert not together(entities, refs, 0, 3)


def test_a_named_thing_joined_to_a_product_makes_a_product_entity() -> None:
    refs = [actor(1, "Tiger", "THING"), actor(2, "Tiger", "PRODUCT")]  # "copies of Tiger"
    entities = link_actors(refs)
    assert together(entities, refs, 0, 1)
    joined = next(e for e in entities if 0 in e.members)
    assert joined.type == "PRODUCT"


def test_things_of_one_noun_join_through_a_chain_of_shared_entities() -> None:
    union = UnionFind(6)
    # things 0 and 1 in report 1 (entity 10), 2 in report 2 (10 and 11), 3 in report 3 (11),
    # 4 in report 4 (entity 12 only), 5 in report 5 (no entity)
    reports = {1: [0, 1], 2: [2], 3: [3], 4: [4], 5: [5]}
    context = {1: {10}, 2: {10, 11}, 3: {11}, 4: {12}}
    _link_by_noun(reports, context, union.union)
    assert [union.find(i) for i in range(6)] == [0, 0, 0, 0, 4, 5]


def test_things_of_a_report_naming_no_entity_stay_apart() -> None:
    union = UnionFind(3)
    _link_by_noun({1: [0, 1], 2: [2]}, {2: {10}}, union.union)
    assert [union.find(i) for i in range(3)] == [0, 1, 2]
