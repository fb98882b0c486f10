"""Linking within a story (`storyline.link.in_story`, rule 6 of `storyline.link.entities`),
on hand-made actors: one role noun per test, so no near-synonym embedding is needed."""

from __future__ import annotations

from storyline.link.entities import ActorRef, link_actors
from storyline.link.in_story import link_in_stories
from storyline.link.union_find import UnionFind
from tests.link.test_entities import actor, together


def role(article: int, noun: str, idx: int = 0, **extra: object) -> ActorRef:
    plural = bool(extra.pop("plural", False))
    key = ("the", noun, "plural") if plural else ("the", noun)
    return actor(article, f"the {noun}", key=key, idx=idx, roles=(noun,), **extra)


ONE_STORY = {1: "s", 2: "s", 3: "s"}


def test_a_role_of_two_reports_of_one_story_is_one_actor() -> None:
    actors = [role(1, "climber"), role(2, "climber")]
    assert together(link_actors(actors, ONE_STORY), actors, 0, 1)


def test_without_a_common_story_the_role_stays_in_its_report() -> None:
    actors = [role(1, "climber"), role(2, "climber")]
    assert not together(link_actors(actors, {1: "s", 2: "t"}), actors, 0, 1)
    assert not together(link_actors(actors), actors, 0, 1)  # stories not known


def test_roles_of_two_numbers_or_types_stay_apart() -> None:
    actors = [role(1, "driver"), role(2, "driver", plural=True)]
    assert not together(link_actors(actors, ONE_STORY), actors, 0, 1)
    actors = [role(1, "company"), role(2, "company", kind="ORGANISATION")]
    assert not together(link_actors(actors, ONE_STORY), actors, 0, 1)


def test_an_unnamed_role_joins_the_one_named_holder_of_its_story() -> None:
    actors = [
        actor(1, "Robert Buckley", roles=("climber",)), role(1, "climber", idx=1),
        role(2, "climber"),
    ]  # fmt: skip
    entities = link_actors(actors, ONE_STORY)
    assert together(entities, actors, 0, 1)  # rule 5, in its report
    assert together(entities, actors, 0, 2)  # rule 6: the same story


def test_a_role_fitting_two_named_holders_joins_neither() -> None:
    actors = [
        actor(1, "Robert Buckley", roles=("climber",)), role(1, "climber", idx=1),
        actor(2, "Ann Smith", roles=("climber",)), role(2, "climber", idx=1),
        role(3, "climber"),
    ]  # fmt: skip
    entities = link_actors(actors, ONE_STORY)
    assert not together(entities, actors, 0, 2)  # two names, two climbers
    assert not together(entities, actors, 0, 4)
    assert not together(entities, actors, 2, 4)


def test_groups_of_two_countries_stay_apart() -> None:
    actors = [
        role(1, "official", plural=True, country="JPN"),
        role(2, "official", plural=True, country="USA"),
        role(3, "official", plural=True, country="JPN"),
    ]
    entities = link_actors(actors, ONE_STORY)
    assert together(entities, actors, 0, 2)
    assert not together(entities, actors, 0, 1)


def test_a_group_without_a_country_fitting_two_joins_neither() -> None:
    actors = [
        role(1, "official", plural=True, country="JPN"),
        role(2, "official", plural=True, country="USA"),
        role(3, "official", plural=True),
    ]
    entities = link_actors(actors, ONE_STORY)
    assert len(entities) == 3


def test_two_actors_of_one_noun_in_one_report_stay_apart() -> None:
    actors = [role(1, "man"), role(1, "man", idx=1), role(2, "man"), role(3, "man")]
    groups = UnionFind(len(actors))
    nouns = [(i, actors[i].key) for i in range(4)]
    link_in_stories(actors, nouns, ONE_STORY, groups, is_name=lambda a: False)
    assert groups.find(0) != groups.find(1)  # the report's own rules said two
    assert len({groups.find(i) for i in range(4)}) == 4  # the others fit both: no guess


def test_the_result_does_not_depend_on_the_order_of_the_reports() -> None:
    actors = [
        role(1, "official", plural=True),
        role(2, "official", plural=True, country="USA"),
        role(3, "official", plural=True, country="JPN"),
    ]
    for ordered in (actors, actors[::-1]):
        assert len(link_actors(ordered, ONE_STORY)) == 3


def test_described_things_of_one_story_join_without_a_shared_actor() -> None:
    refs = [
        actor(1, "rifle", "THING"), actor(2, "rifle", "THING"),
        actor(3, "rifle", "THING"), actor(3, "Rifle", "THING", idx=1, key=("rifle",)),
    ]  # fmt: skip
    entities = link_actors(refs, {1: "s", 2: "s", 3: "t"})
    assert together(entities, refs, 0, 1)
    assert not together(entities, refs, 0, 2)  # another story
    assert not together(entities, refs, 2, 3)  # a named thing is not a described one


def test_two_actors_of_one_report_never_end_in_one_entity() -> None:
    actors = [
        role(1, "woman"), role(1, "driver", idx=1), role(2, "woman"), role(2, "driver", idx=1),
    ]  # fmt: skip
    groups = UnionFind(len(actors))
    groups.union(0, 1)  # report 1 says the woman is the driver; report 2 has two persons
    nouns = [(i, actors[i].key) for i in range(4)]
    link_in_stories(actors, nouns, ONE_STORY, groups, is_name=lambda a: False)
    assert groups.find(2) != groups.find(3)
    assert groups.find(0) in {groups.find(2), groups.find(3)}  # one of them joins


def test_an_abstract_noun_stays_in_its_report_within_a_story() -> None:
    refs = [actor(1, "time", "THING"), actor(2, "time", "THING")]
    assert not together(link_actors(refs, ONE_STORY), refs, 0, 1)


def test_a_role_joins_on_shared_entities_only_within_one_topic() -> None:
    def report(article: int) -> list[ActorRef]:
        return [
            actor(article, "Mike Pence", idx=1), actor(article, "Shinzo Abe", idx=2),
            role(article, "spokesman"),
        ]  # fmt: skip

    actors = report(1) + report(2)  # the reports share two entities (rule 4)
    stories = {1: "s", 2: "t"}
    # one story: joined (a singular role standing alone joins only within its story when
    # stories are known, `entities._story_parts`)
    assert together(link_actors(actors, {1: "s", 2: "s"}, {1: "a", 2: "a"}), actors, 2, 5)
    assert not together(link_actors(actors, stories, {1: "a", 2: "a"}), actors, 2, 5)
    assert together(link_actors(actors), actors, 2, 5)  # stories and topics not known
    assert not together(link_actors(actors, stories, {1: "a", 2: "b"}), actors, 2, 5)


def test_a_role_joins_a_named_holder_on_shared_entities_only_within_one_topic() -> None:
    actors = [
        actor(1, "Jack Ketsoyan", roles=("publicist",)), actor(1, "Mike Pence", idx=1),
        actor(1, "Shinzo Abe", idx=2),
        role(2, "publicist"), actor(2, "Mike Pence", idx=1), actor(2, "Shinzo Abe", idx=2),
    ]  # fmt: skip
    stories = {1: "s", 2: "t"}
    assert together(link_actors(actors, stories, {1: "a", 2: "a"}), actors, 0, 3)  # rule 5
    assert not together(link_actors(actors, stories, {1: "a", 2: "b"}), actors, 0, 3)
