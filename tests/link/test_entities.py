"""Cross-report linking rules, on hand-made actors (no spaCy)."""

from __future__ import annotations

import pytest

from storyline.link.entities import ActorRef, Entity, _entity, _one_spelling, link_actors


def actor(article: int, name: str, kind: str = "PERSON", **extra: object) -> ActorRef:
    key = tuple(extra.pop("key", name.lower().split()))  # type: ignore[arg-type]
    return ActorRef(
        article_id=article,
        idx=extra.pop("idx", 0),  # type: ignore[arg-type]
        name=name,
        type=kind,
        key=key,
        country=extra.pop("country", None),  # type: ignore[arg-type]
        roles=tuple(extra.pop("roles", ())),  # type: ignore[arg-type]
        code=extra.pop("code", None),  # type: ignore[arg-type]
        ambiguous=bool(extra.pop("ambiguous", False)),
        n_mentions=int(extra.pop("n_mentions", 1)),  # type: ignore[call-overload]
        modifiers=frozenset(extra.pop("modifiers", ())),  # type: ignore[arg-type]
    )


def together(entities: list[Entity], actors: list[ActorRef], a: int, b: int) -> bool:
    return any(a in e.members and b in e.members for e in entities)


def test_same_full_name_in_two_reports_is_one_entity_with_pooled_facts() -> None:
    actors = [
        actor(1, "Itsunori Onodera", roles=("defense minister",)),
        actor(2, "Itsunori Onodera", country="JPN", code="JPNGOV", roles=("defense minister",)),
    ]
    [entity] = link_actors(actors)
    assert (entity.name, entity.country, entity.code) == ("Itsunori Onodera", "JPN", "JPNGOV")
    assert entity.roles == ("defense minister",)


def test_different_full_names_sharing_a_part_stay_apart() -> None:
    actors = [actor(1, "Kim Jong Un"), actor(2, "Kim Yong Nam")]
    assert len(link_actors(actors)) == 2


def test_same_name_of_two_countries_stays_apart() -> None:
    actors = [actor(1, "John Smith", country="GBR"), actor(2, "John Smith", country="USA")]
    assert len(link_actors(actors)) == 2


def test_surname_joins_the_full_name_of_its_own_report() -> None:
    actors = [actor(1, "Mike Pence"), actor(1, "Pence", idx=1), actor(2, "Pence")]
    entities = link_actors(actors)
    assert together(entities, actors, 0, 1)
    assert not together(entities, actors, 0, 2)  # report 2 shares nothing with report 1


def test_surname_joins_a_full_name_of_another_report_sharing_its_context() -> None:
    actors = [
        actor(1, "Mike Pence"), actor(1, "Shinzo Abe", idx=1), actor(1, "Taro Kono", idx=2),
        actor(2, "Pence"), actor(2, "Shinzo Abe", idx=1), actor(2, "Taro Kono", idx=2),
    ]  # fmt: skip
    entities = link_actors(actors)
    assert together(entities, actors, 0, 3)


def test_surname_fitting_two_people_equally_stays_apart() -> None:
    actors = [
        actor(1, "John Smith"), actor(1, "Acme Corp", "ORGANISATION", idx=1),
        actor(1, "Globex", "ORGANISATION", idx=2),
        actor(2, "Jane Smith"), actor(2, "Acme Corp", "ORGANISATION", idx=1),
        actor(2, "Globex", "ORGANISATION", idx=2),
        actor(3, "Smith"), actor(3, "Acme Corp", "ORGANISATION", idx=1),
        actor(3, "Globex", "ORGANISATION", idx=2),
    ]  # fmt: skip
    entities = link_actors(actors)
    assert not together(entities, actors, 6, 0) and not together(entities, actors, 6, 3)


def test_countries_and_governments_link_by_code() -> None:
    actors = [
        actor(1, "Japan", "COUNTRY", key=("JPN",), code="JPN", country="JPN"),
        actor(2, "Japan", "COUNTRY", key=("JPN",), code="JPN", country="JPN"),
        actor(2, "Japan government", "GOVERNMENT", key=("JPNGOV",), code="JPNGOV", idx=1),
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 0, 1) and not together(entities, actors, 1, 2)


def test_acronym_joins_its_organisation() -> None:
    actors = [
        actor(1, "North Atlantic Treaty Organization", "ORGANISATION", key=(
            "north", "atlantic", "treaty", "organization")),
        actor(2, "NATO", "ORGANISATION", key=("nato",)),
    ]  # fmt: skip
    assert len(link_actors(actors)) == 1


def test_roles_alone_and_ambiguous_names_are_not_linked_without_shared_context() -> None:
    actors = [
        actor(1, "Prime Minister", key=("the", "prime", "minister")),
        actor(2, "Prime Minister", key=("the", "prime", "minister")),
        actor(3, "Smith", ambiguous=True),
        actor(4, "Smith", ambiguous=True),
    ]
    assert len(link_actors(actors)) == 4


@pytest.mark.parametrize(
    ("name", "key"),
    [
        # "voters" of three reports that share two named persons: of one story, one group;
        # of two stories, two groups (each story's own)
        ("voters", ("the", "voter", "plural")),
        # "the candidate": of one story, one person; of two stories, not one person (each
        # story's own "candidate")
        ("Candidate", ("the", "candidate")),
    ],
)
def test_a_role_alone_joins_across_reports_only_within_a_story(
    name: str, key: tuple[str, ...]
) -> None:
    shared = [("Ann Holm", 1), ("Mark Ruddle", 2)]
    actors = [
        *[actor(n, named, idx=idx) for n in (1, 2, 3) for named, idx in shared],
        *[actor(n, name, key=key, idx=3) for n in (1, 2, 3)],
    ]
    role = [len(actors) - 3, len(actors) - 2, len(actors) - 1]
    one = link_actors(actors, stories={1: "a", 2: "a", 3: "a"})
    assert together(one, actors, role[0], role[2])
    two = link_actors(actors, stories={1: "a", 2: "a", 3: "b"})
    assert together(two, actors, role[0], role[1])
    assert not together(two, actors, role[0], role[2])
    assert together(link_actors(actors), actors, role[0], role[2])  # no stories known


def test_same_multiword_name_links_across_recogniser_types() -> None:
    actors = [actor(1, "Maurice Cheeks"), actor(2, "Maurice Cheeks", "LOCATION")]
    [entity] = link_actors(actors)
    assert entity.type in {"PERSON", "LOCATION"}


def test_role_alone_joins_its_named_holder_in_a_report_of_the_same_story() -> None:
    actors = [
        actor(1, "Jack Ketsoyan", roles=("publicist",)),
        actor(1, "Lindsay Lohan", idx=1),
        actor(1, "Betty Ford Center", "ORGANISATION", idx=2),
        actor(2, "Publicist", key=("the", "publicist"), roles=("publicist",)),
        actor(2, "Lindsay Lohan", idx=1),
        actor(2, "Betty Ford Center", "ORGANISATION", idx=2),
    ]
    assert together(link_actors(actors), actors, 0, 3)


def test_entity_country_is_its_names_and_an_igo_code_no_countrys() -> None:
    # "the airport" of a report on Haiti joined to Kestrel Airport: its country is that
    # report's, not the airport's; an IGO's official keeps the IGO's code
    airport = [
        actor(1, "Kestrel Airport", "LOCATION"),
        actor(2, "Airport", "LOCATION", key=("the", "airport"), country="HTI"),
        actor(3, "Airport", "LOCATION", key=("the", "airport"), country="HTI"),
    ]
    assert _entity(airport, [0, 1, 2]).country is None
    assert (
        _entity(
            [*airport, actor(4, "Kestrel Airport", "LOCATION", country="GBR")], [0, 1, 2, 3]
        ).country
        == "GBR"
    )
    official = [
        actor(1, "Lena Holm", code="IGOUNO", roles=("secretary general",)),
        actor(2, "Lena Holm", code="IGOUNO", country="ITA"),
    ]
    assert _entity(official, [0, 1]).code == "IGOUNO"


def test_entity_country_and_code_are_those_most_mentions_give() -> None:
    # one report's headline read "President Trump" as Canada's (3 mentions); another
    # report gives him the US (5 mentions): the entity is the US's, whichever comes first
    trump = [
        actor(1, "Donald Trump", country="CAN", code="CANGOV", roles=("president",), n_mentions=3),
        actor(2, "Donald Trump", country="USA", code="USAGOV", roles=("president",), n_mentions=5),
    ]
    entity = _entity(trump, [0, 1])
    assert (entity.country, entity.code) == ("USA", "USAGOV")


def test_entity_code_is_its_named_members_not_a_role_joined_to_them() -> None:
    # a report's "the leader" of Mexico joined to a senator whose named mentions carry no code
    senator = [
        actor(1, "Ted Cruz", roles=("senator",), n_mentions=9),
        actor(2, "Leader", key=("the", "leader"), country="MEX", code="MEXGOV", roles=("leader",)),
    ]
    assert (_entity(senator, [0, 1]).country, _entity(senator, [0, 1]).code) == (None, None)
    unnamed = [senator[1]]
    assert _entity(unnamed, [0]).code == "MEXGOV"


def test_entity_roles_are_its_named_members_not_a_role_joined_to_them() -> None:
    # reports' "the woman" joined to a senator say only that the linker took them for her:
    # the reports that name her call her a senator
    senator = [
        actor(1, "Ann Holm", roles=("senator",), n_mentions=9),
        actor(2, "Woman", key=("the", "woman"), roles=("woman",), n_mentions=4),
        actor(3, "Woman", key=("the", "woman"), roles=("woman",)),
    ]
    assert _entity(senator, [0, 1, 2]).roles == ("senator",)
    unnamed = senator[1:]
    assert _entity(unnamed, [0, 1]).roles == ("woman",)


def test_role_alone_stays_apart_without_shared_context_or_with_two_holders() -> None:
    unrelated = [
        actor(1, "Jack Ketsoyan", roles=("publicist",)),
        actor(2, "Publicist", key=("the", "publicist"), roles=("publicist",)),
    ]
    assert not together(link_actors(unrelated), unrelated, 0, 1)
    story = [actor(3, "Lindsay Lohan", idx=1), actor(3, "Betty Ford Center", "ORGANISATION")]
    two_holders = [
        actor(1, "Jack Ketsoyan", roles=("publicist",)),
        actor(2, "Steve Honig", roles=("publicist",)),
        *[actor(n, a.name, a.type, idx=a.idx) for n in (1, 2) for a in story],
        actor(3, "Publicist", key=("the", "publicist"), roles=("publicist",), idx=2),
        *story,
    ]
    entities = link_actors(two_holders)
    role = len(two_holders) - 3
    assert not together(entities, two_holders, 0, role)
    assert not together(entities, two_holders, 1, role)


def test_two_writings_of_one_full_name_link_in_reports_of_the_same_story() -> None:
    actors = [
        actor(1, "Fred LaRue"),
        actor(1, "Richard Nixon", idx=1),
        actor(2, "Frederick C. LaRue", key=("frederick", "c", "larue")),
        actor(2, "Richard Nixon", idx=1),
        actor(3, "Frederick Smith"),
        actor(4, "Fred Smith"),
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 0, 2)
    assert not together(entities, actors, 4, 5)  # nothing shared: kept apart


def test_an_organisation_noun_alone_joins_the_named_one_ending_in_it() -> None:
    story = [actor(0, "Sarah Palin", idx=1), actor(0, "Palmer", "LOCATION", idx=2)]
    actors = [
        actor(1, "Wasilla Bible Church", "ORGANISATION"),
        *[actor(n, a.name, a.type, idx=a.idx) for n in (1, 2) for a in story],
        actor(2, "Church", "ORGANISATION", key=("the", "church")),
        actor(3, "Church", "ORGANISATION", key=("the", "church")),  # another story
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 0, 5)
    assert not together(entities, actors, 0, 6)


def test_the_entity_is_named_by_a_writing_not_in_capitals_when_there_is_one() -> None:
    actors = [
        actor(1, "TOKYO", "LOCATION"),
        actor(1, "TOKYO", "LOCATION"),
        actor(2, "Tokyo", "LOCATION"),
    ]
    [entity] = link_actors(actors)
    assert entity.name == "Tokyo"
    [acronym] = link_actors([actor(1, "NATO", "ORGANISATION")])
    assert acronym.name == "NATO"


def test_an_acronym_in_capitals_is_named_so_over_a_lower_case_writing() -> None:
    actors = [actor(n, "BBC", "ORGANISATION") for n in range(1, 4)]
    actors += [actor(n, "bbc", "ORGANISATION", key=("bbc",)) for n in range(4, 9)]
    [entity] = link_actors(actors)
    assert entity.name == "BBC"  # not the page furniture's "bbc", however often


def test_a_writing_of_one_report_is_not_the_name_of_a_much_written_entity() -> None:
    actors = [actor(n, "Apple", "ORGANISATION") for n in range(1, 5)]
    actors.append(actor(5, "Apple Computer", "ORGANISATION"))
    actors += [actor(n, "Steve Jobs", idx=1) for n in range(1, 6)]
    apple = [e for e in link_actors(actors) if e.type == "ORGANISATION"]
    assert [(e.name, len(e.members)) for e in apple] == [("Apple", 5)]
    # the longest writing still names the entity when it is not a one-off
    pence = [actor(n, "Pence") for n in range(1, 5)]
    pence += [actor(5, "Mike Pence"), actor(6, "Mike Pence")]
    pence += [actor(n, "Apple", "ORGANISATION", idx=1) for n in range(1, 7)]
    [entity] = [e for e in link_actors(pence) if e.type == "PERSON"]
    assert (entity.name, len(entity.members)) == ("Mike Pence", 6)


def test_an_organisation_shows_the_name_most_reports_write_a_person_the_full_name() -> None:
    actors = [actor(n, "Apple", "ORGANISATION") for n in range(1, 4)]
    actors += [actor(n, "Apple Inc.", "ORGANISATION", key=("apple",)) for n in (4, 5)]
    actors += [actor(n, "Apple Computer", "ORGANISATION") for n in range(6, 10)]
    actors += [actor(n, "Steve Jobs", idx=1) for n in range(1, 10)]  # the reports' context
    [apple] = [e for e in link_actors(actors) if e.type == "ORGANISATION"]
    assert len(apple.members) == 9
    assert apple.name == "Apple"  # not the former name of four reports, the longest key
    tie = [actor(1, "Intel", "ORGANISATION"), actor(2, "Intel Corporation", "ORGANISATION")]
    tie += [actor(n, "Paul Otellini", idx=1) for n in (1, 2)]
    assert [e.name for e in link_actors(tie) if e.type != "PERSON"] == ["Intel Corporation"]
    jobs = [actor(n, "Jobs") for n in range(1, 5)] + [actor(5, "Steve Jobs")]
    jobs += [actor(n, "Steve Jobs") for n in (6, 7)]
    jobs += [actor(n, "Apple", "ORGANISATION", idx=1) for n in range(1, 8)]
    [person] = [e for e in link_actors(jobs) if e.type == "PERSON"]
    assert (person.name, len(person.members)) == ("Steve Jobs", 7)


def test_one_office_in_two_countries_is_one_person() -> None:
    usa = {"country": "USA", "code": "USAGOV", "roles": ("president",)}
    actors = [actor(n, "Barack Obama", **usa) for n in (1, 2, 3)]
    actors.append(actor(4, "Barack Obama", country="GBR", code="GBRGOV", roles=("president",)))
    [entity] = link_actors(actors)
    assert (entity.country, entity.code) == ("USA", "USAGOV")


def test_same_name_of_two_countries_and_two_roles_stays_apart() -> None:
    actors = [
        actor(1, "John Smith", country="GBR", roles=("minister",)),
        actor(2, "John Smith", country="USA", roles=("banker",)),
    ]
    assert len(link_actors(actors)) == 2


def test_one_role_of_two_countries_and_two_sectors_stays_apart() -> None:
    actors = [
        actor(1, "John Smith", country="GBR", code="GBRGOV", roles=("chairman",)),
        actor(2, "John Smith", country="USA", code="USABUS", roles=("chairman",)),
    ]
    assert len(link_actors(actors)) == 2


def test_one_name_of_two_countries_in_one_story_is_one_person() -> None:
    actors = [
        actor(1, "Tony Thompson", country="UKR", roles=("athlete",)),
        actor(2, "Tony Thompson", country="UKR", roles=("athlete",)),
        actor(3, "Tony Thompson", country="USA", roles=("candidate",)),
    ]
    assert len(link_actors(actors, stories={1: "s", 2: "s", 3: "s"})) == 1
    assert len(link_actors(actors, stories={1: "s", 2: "s", 3: "t"})) == 2


def test_a_short_name_of_two_longer_ones_in_its_report_takes_the_one_of_its_type() -> None:
    actors = [
        actor(1, "Maurice Cheeks", idx=0),
        actor(1, "Robert Cheeks", "LOCATION", idx=1),
        actor(1, "Cheeks", idx=2),
        actor(2, "Maurice Cheeks"),
        actor(3, "Robert Cheeks", "ORGANISATION"),  # a type "Cheeks" may shorten, this once
        actor(4, "Robert Cheeks", "LOCATION"),
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 2, 0) and not together(entities, actors, 2, 1)
    alike = [actors[0], actor(1, "Robert Cheeks", idx=1), actors[2]]  # two persons: unclear
    assert not any(together(link_actors(alike), alike, 2, n) for n in (0, 1))


def test_british_and_american_spellings_of_an_organisation_are_one_entity() -> None:
    actors = [
        actor(1, "World Health Organisation", "ORGANISATION"),
        actor(2, "World Health Organization", "ORGANISATION"),
        actor(3, "Kennedy Space Centre", "LOCATION"),
        actor(4, "Kennedy Space Center", "LOCATION"),
    ]
    entities = link_actors(actors)
    assert len(entities) == 2
    assert together(entities, actors, 0, 1) and together(entities, actors, 2, 3)


def test_a_persons_name_keeps_its_spelling() -> None:
    actors = [actor(1, "Jane Seymour"), actor(2, "Jane Seymor")]
    assert len(link_actors(actors)) == 2


def test_a_two_letter_given_name_starting_the_other_joins_in_its_report() -> None:
    actors = [
        actor(1, "Maurice Cheeks", idx=0),
        actor(1, "Mo Cheeks", "LOCATION", idx=1),
        actor(2, "Mo Cheeks", "LOCATION"),
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 0, 1) and together(entities, actors, 0, 2)


def test_a_two_letter_given_name_stays_apart_across_reports_or_beside_two_names() -> None:
    apart = [actor(1, "Maurice Cheeks"), actor(2, "Mo Cheeks")]
    assert len(link_actors(apart)) == 2
    two = [
        actor(1, "Maurice Cheeks", idx=0),
        actor(1, "Michael Cheeks", idx=1),
        actor(1, "Mo Cheeks", idx=2),
    ]
    assert len(link_actors(two)) == 3


def test_a_two_letter_given_name_joins_in_its_story() -> None:
    actors = [actor(1, "Maurice Cheeks"), actor(2, "Mo Cheeks")]
    entities = link_actors(actors, stories={1: "a", 2: "a"})
    assert together(entities, actors, 0, 1)


def test_an_organisation_written_in_capitals_is_no_persons_short_name() -> None:
    shared = [
        ("North Korea", "COUNTRY", "PRK"),
        ("Japan", "COUNTRY", "JPN"),
        ("Mike Pence", "PERSON", None),
    ]
    actors = [actor(1, "Kim Jong Un", code="PRKGOV")]
    for article in (1, 2, 3):
        actors += [
            actor(article, name, kind, idx=1 + n, code=code)
            for n, (name, kind, code) in enumerate(shared)
        ]
    actors += [actor(2, "UN", "ORGANISATION", idx=9), actor(3, "UN", "ORGANISATION", idx=9)]
    [kim] = [e for e in link_actors(actors) if 0 in e.members]
    assert [actors[m].name for m in kim.members] == ["Kim Jong Un"]
    assert (kim.type, kim.code) == ("PERSON", "PRKGOV")


def test_an_unclear_given_name_joins_the_main_person_of_its_report() -> None:
    actors = [
        actor(1, "Steve Jobs", idx=0, n_mentions=12),
        actor(1, "Steve Ballmer", idx=1, n_mentions=1),
        actor(1, "Steve", idx=2, ambiguous=True, n_mentions=4),
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 0, 2) and not together(entities, actors, 1, 2)


def test_an_unclear_given_name_is_compared_only_with_the_names_holding_it() -> None:
    others = [actor(1, f"Person{n} Other{n}", idx=n + 3, n_mentions=1) for n in range(30)]
    actors = [
        actor(1, "Steve Jobs", idx=0, n_mentions=12),
        *others,
        actor(1, "Steve Ballmer", idx=1, n_mentions=1),
        actor(1, "Steve", idx=2, ambiguous=True, n_mentions=4),
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 0, len(actors) - 1)
    assert not together(entities, actors, len(actors) - 2, len(actors) - 1)


def test_an_actor_already_in_one_spelling_is_kept_not_copied() -> None:
    written = [
        actor(1, "Apple", "ORGANISATION"),
        actor(1, "Steve Jobs", roles=("chief executive",)),
        actor(1, "the father", "PERSON", key=("the", "father"), roles=("father",)),
    ]
    assert all(_one_spelling(a) is a for a in written)
    centre = _one_spelling(actor(1, "the Centre", "ORGANISATION", key=("centre",)))
    mom = _one_spelling(actor(1, "the mom", key=("the", "mom"), roles=("mom",)))
    assert (centre.key, mom.key, mom.roles) == (("center",), ("the", "mother"), ("mother",))


def test_an_unclear_given_name_stays_apart_between_two_people_named_alike_often() -> None:
    actors = [
        actor(1, "Steve Jobs", idx=0, n_mentions=4),
        actor(1, "Steve Ballmer", idx=1, n_mentions=2),
        actor(1, "Steve", idx=2, ambiguous=True),
    ]
    assert len(link_actors(actors)) == 3
    other_report = [
        actor(1, "Steve Jobs", idx=0, n_mentions=12),
        actor(1, "Steve Ballmer", idx=1),
        actor(2, "Steve", ambiguous=True),
    ]
    assert len(link_actors(other_report)) == 3


def test_a_hypocorism_joins_the_one_formal_name_of_its_story() -> None:
    actors = [actor(1, "William Clinton"), actor(2, "Bill Clinton")]
    entities = link_actors(actors, stories={1: "a", 2: "a"})
    assert together(entities, actors, 0, 1)
    assert len(link_actors(actors, stories={1: "a", 2: "b"})) == 2
    two = [
        actor(1, "William Clinton", idx=0),
        actor(1, "Bill Clinton", idx=1),
        actor(1, "Robert Clinton", idx=2),
        actor(1, "Bob Clinton", idx=3),
        actor(1, "Hillary Clinton", idx=4),
    ]
    entities = link_actors(two)
    assert together(entities, two, 0, 1) and together(entities, two, 2, 3)
    assert not together(entities, two, 0, 2) and not together(entities, two, 1, 4)


def test_a_hypocorism_stays_apart_beside_two_names_it_may_stand_for() -> None:
    actors = [
        actor(1, "Albert Smith", idx=0),
        actor(1, "Herbert Smith", idx=1),
        actor(1, "Bert Smith", idx=2),
    ]
    entities = link_actors(actors)
    assert not together(entities, actors, 0, 2) and not together(entities, actors, 1, 2)


def test_a_blended_name_joins_the_one_person_it_blends_in_its_story() -> None:
    actors = [actor(1, "Lindsay Lohan"), actor(2, "LiLo", key=("lilo",))]
    entities = link_actors(actors, stories={1: "a", 2: "a"})
    assert together(entities, actors, 0, 1)
    assert len(link_actors(actors, stories={1: "a", 2: "b"})) == 2
    two = [*actors, actor(2, "Lisa Lowe", idx=1)]
    assert len(link_actors(two, stories={1: "a", 2: "a"})) == 3


def test_a_missed_name_of_two_people_joins_the_one_of_its_story() -> None:
    actors = [
        actor(1, "Maurice Cheeks", idx=0),
        actor(1, "Philadelphia 76ers", "ORGANISATION", idx=1),
        actor(2, "Philadelphia 76ers", "ORGANISATION", idx=0),
        actor(2, "Maurice", "THING", idx=1),
        actor(3, "Maurice Clarett", idx=0),
        actor(3, "Philadelphia 76ers", "ORGANISATION", idx=1),
    ]
    assert not together(link_actors(actors), actors, 0, 3)
    assert not together(link_actors(actors), actors, 4, 3)
    entities = link_actors(actors, stories={1: "a", 2: "a", 3: "b"})
    assert together(entities, actors, 0, 3) and not together(entities, actors, 4, 3)


def test_an_informal_kinship_noun_alone_joins_its_formal_word_in_a_story() -> None:
    actors = [
        actor(1, "Mom", key=("the", "mom"), roles=("mom",)),
        actor(2, "Mother", key=("the", "mother"), roles=("mother",)),
        actor(3, "Dad", key=("the", "dad"), roles=("dad",)),
    ]
    entities = link_actors(actors, stories={1: "a", 2: "a", 3: "a"})
    assert together(entities, actors, 0, 1) and not together(entities, actors, 0, 2)
    [mother] = [e for e in entities if 0 in e.members]
    assert mother.roles == ("mother",)


def test_an_organisations_name_joins_the_one_with_a_word_more_inside_in_its_story() -> None:
    actors = [
        actor(1, "Betty Ford Center", "ORGANISATION"),
        actor(2, "Betty Ford Treatment Center", "ORGANISATION"),
    ]
    entities = link_actors(actors, stories={1: "a", 2: "a"})
    assert together(entities, actors, 0, 1)
    assert len(link_actors(actors, stories={1: "a", 2: "b"})) == 2
    two = [*actors, actor(2, "Betty Ford Medical Center", "ORGANISATION", idx=1)]
    assert len(link_actors(two, stories={1: "a", 2: "a"})) == 3
    people = [actor(1, "John Ford Smith"), actor(2, "John Ford Paul Smith")]
    assert len(link_actors(people, stories={1: "a", 2: "a"})) == 2


def test_plural_groups_of_reports_sharing_context_join_only_when_their_names_agree() -> None:
    users = ("the", "user", "plural")
    actors = [
        actor(1, "users", key=users, modifiers={"ipod touch"}),
        actor(2, "users", key=users, modifiers={"os x"}),
        actor(3, "users", key=users, modifiers={"ipod"}),
        actor(4, "users", key=users),
        actor(5, "users", key=users),
    ]
    actors += [actor(n, name, idx=i) for n in range(1, 6) for i, name in
               enumerate(["Steve Jobs", "Tim Cook"], start=1)]  # fmt: skip
    entities = link_actors(actors)
    assert together(entities, actors, 0, 2)  # "iPod" and "iPod Touch"
    assert together(entities, actors, 3, 4)  # two bare "users"
    assert not together(entities, actors, 0, 1)
    assert not together(entities, actors, 0, 3)


def test_an_unnamed_actor_shows_its_noun_in_lower_case_a_title_keeps_capitals() -> None:
    actors = [
        actor(1, "Retailers", "ORGANISATION", key=("the", "retailer")),
        actor(2, "Vice President", key=("the", "vice", "president")),
        actor(3, "Apple", "ORGANISATION"),
    ]
    assert sorted(e.name for e in link_actors(actors)) == ["Apple", "Vice President", "retailers"]


def test_a_role_of_several_reports_joins_the_holder_most_of_its_reports_find() -> None:
    # "the publicist" of reports 2-4 is one group (rule 4: they share Tom Fox and Ann Lee);
    # report 2 shares most with Ann Poe's report 5, reports 3 and 4 with Jane Roe's report 1
    shared = ["Tom Fox", "Ann Lee"]
    near_roe, near_poe = ["Max Bell", "Sue Park"], ["Ray Cole", "Kim Dunn"]
    reports = {1: near_roe, 2: near_poe, 3: near_roe, 4: near_roe, 5: near_poe}
    actors = [
        actor(1, "Jane Roe", roles=("publicist",)),
        actor(5, "Ann Poe", roles=("publicist",)),
        *[actor(n, "Publicist", key=("the", "publicist"), roles=("publicist",)) for n in (2, 3, 4)],
        *[actor(n, name, idx=k + 1) for n, more in reports.items()
          for k, name in enumerate([*shared, *more])],
    ]  # fmt: skip
    entities = link_actors(actors)
    assert together(entities, actors, 2, 3) and together(entities, actors, 3, 4)
    assert together(entities, actors, 0, 2)
    assert not together(entities, actors, 1, 2)
