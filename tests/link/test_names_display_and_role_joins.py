"""The name an entity is shown by, and the named actors a role joins (names23)."""

from __future__ import annotations

from storyline.link.entities import ActorRef, Entity, link_actors


def actor(
    article: int, name: str, idx: int, kind: str, *, key: str | None = None, n_mentions: int = 1
) -> ActorRef:
    words = tuple((key or name).lower().replace("’s", "").split())
    return ActorRef(article, idx, name, kind, words, None, (), None, False, n_mentions)


def holding(entities: list[Entity], member: int) -> Entity:
    return next(e for e in entities if member in e.members)


def test_a_person_is_not_shown_by_a_span_over_a_handle() -> None:
    actors = [
        actor(1, "Twitter", 0, "PERSON"),
        actor(2, "Twitter", 0, "PERSON"),
        actor(3, "Twitter @JaneRoe", 0, "PERSON"),
        actor(3, "Twitter", 1, "PERSON"),  # a short form of the span, in its report
    ]
    entities = link_actors(actors)
    assert holding(entities, 2) == holding(entities, 3)
    assert holding(entities, 2).name == "Twitter"


def test_a_thing_joined_to_a_longer_span_shows_the_name_its_reports_write() -> None:
    shared = [actor(n, "Senator Quillon Marsh", 9, "PERSON") for n in range(1, 7)]
    shared += [actor(n, "Ardmore Institute", 8, "ORGANISATION") for n in range(1, 7)]
    actors = shared + [
        actor(1, "power - Rook Lane", 0, "ORGANISATION"),
        *(actor(n, "Rook Lane", 0, "THING") for n in range(2, 7)),
    ]
    entities = link_actors(actors)
    lane = holding(entities, len(shared))
    assert set(range(len(shared), len(actors))) <= set(lane.members)
    assert lane.name == "Rook Lane"


def test_a_noun_alone_does_not_join_a_title_that_ends_in_it() -> None:
    actors = []
    for n in range(1, 5):
        actors += [
            actor(n, "Senator Quillon Marsh", 0, "PERSON"),
            actor(n, "Ardmore Institute", 1, "ORGANISATION"),
            actor(n, "Nation", 3, "LOCATION", key="the nation"),
        ]
    actors.append(actor(1, "Wake the Nation", 2, "ORGANISATION"))  # a programme's title
    entities = link_actors(actors)
    assert holding(entities, len(actors) - 1) != holding(entities, 2)


def test_a_noun_alone_joins_the_name_it_heads() -> None:
    actors = []
    for n in range(1, 5):
        actors += [
            actor(n, "Senator Quillon Marsh", 0, "PERSON"),
            actor(n, "Ardmore Institute", 1, "ORGANISATION"),
            actor(n, "Church", 3, "ORGANISATION", key="the church"),
        ]
    actors.append(actor(1, "Wasilla Bible Church", 2, "ORGANISATION"))
    entities = link_actors(actors)
    assert holding(entities, len(actors) - 1) == holding(entities, 2)


def test_a_noun_of_many_reports_joins_no_name_only_a_few_of_them_find() -> None:
    shared = {1: ("A", "B"), 2: ("A", "B", "C", "D"), 3: ("C", "D"), 4: ("C", "D"), 5: ("C", "D")}
    people = {"A": "Quillon Marsh", "B": "Ardmore Institute", "C": "Pell Varga", "D": "Tobin Reach"}
    actors = []
    for n, names in shared.items():
        for letter in names:
            kind = "ORGANISATION" if letter == "B" else "PERSON"
            actors.append(actor(n, people[letter], len(actors), kind))
        actors.append(actor(n, "Nation", len(actors), "LOCATION", key="the nation"))
    nouns = [i for i, a in enumerate(actors) if a.key == ("the", "nation")]
    actors.append(actor(1, "Ardmore Nation", len(actors), "ORGANISATION"))
    entities = link_actors(actors)
    assert holding(entities, nouns[0]) == holding(entities, nouns[-1])  # one nation (rule 4)
    assert holding(entities, len(actors) - 1) != holding(entities, nouns[-1])
