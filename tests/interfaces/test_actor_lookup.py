"""The actor named on the command line: by id, by its name or a part of it, by the words its
mentions use; several or none is an error listing the candidates."""

import pytest

from storyline.errors import ActorNotFound
from storyline.interfaces.actor_lookup import resolve_actor, said_by


def entity(id_: int, name: str, mentions: int, *texts: str, type_: str = "PERSON") -> dict:
    return {"id": id_, "name": name, "type": type_, "mentions": mentions, "texts": list(texts)}


ENTITIES = [
    entity(6, "Mike Pence", 30, "Mike Pence", "Pence", "he", "the VP"),
    entity(3, "Japan", 18, "Japan", type_="COUNTRY"),
    entity(27, "Kim Yong Nam", 4, "Kim Yong Nam"),
    entity(2, "Japan government", 4, "Tokyo", "Japanese officials", type_="GOVERNMENT"),
    entity(18, "Kim Jong Un", 2, "Kim Jong Un", "Kim"),
    entity(40, "Apple", 267, "Apple", "it", type_="ORGANISATION"),
    entity(41, "apple", 1, "apple", type_="THING"),
    entity(50, "Stanford University", 3, "Stanford", type_="ORGANISATION"),
    entity(51, "Harrison Ford", 2, "Ford"),
]


def test_an_id_a_part_of_a_name_or_a_whole_name() -> None:
    assert resolve_actor("27", ENTITIES)["name"] == "Kim Yong Nam"
    assert resolve_actor(" pence ", ENTITIES)["id"] == 6
    assert resolve_actor("Japan", ENTITIES)["id"] == 3  # its name, though two names hold it
    assert resolve_actor("government", ENTITIES)["id"] == 2
    assert resolve_actor("Apple", ENTITIES)["id"] == 40  # as written, before any case
    assert resolve_actor("ford", ENTITIES)["id"] == 51  # its words, before a part of a word
    assert resolve_actor("stanf", ENTITIES)["id"] == 50


def test_the_words_of_its_mentions_when_no_name_holds_them() -> None:
    assert resolve_actor("the VP", ENTITIES)["id"] == 6
    assert resolve_actor("Japanese officials", ENTITIES)["id"] == 2


def test_several_actors_named_are_listed_with_their_ids() -> None:
    with pytest.raises(ActorNotFound) as error:
        resolve_actor("Kim", ENTITIES)
    message = str(error.value)
    with pytest.raises(ActorNotFound, match="“APPLE” names 2 actors"):
        resolve_actor("APPLE", ENTITIES)  # neither is written so
    assert "“Kim” names 2 actors" in message and "--actor ID" in message
    assert "27  Kim Yong Nam (PERSON, 4 mentions)" in message
    assert message.index("Kim Yong Nam") < message.index("Kim Jong Un")  # most mentioned first
    with pytest.raises(ActorNotFound) as error:
        resolve_actor("Mike", [ENTITIES[0], entity(100, "Mike Kara", 1)])
    assert "\n    6  Mike Pence (PERSON, 30 mentions)\n  100  Mike Kara (PERSON, 1 mention)" in str(
        error.value
    )  # ids right-aligned, one mention said so


def test_an_unknown_name_offers_the_names_spelt_close_to_it() -> None:
    with pytest.raises(ActorNotFound) as error:
        resolve_actor("Pense", ENTITIES)
    assert "no actor named “Pense”; did you mean:\n  6  Mike Pence" in str(error.value)
    with pytest.raises(ActorNotFound, match="no actor named “Obama”: `storyline actors`"):
        resolve_actor("Obama", ENTITIES)
    with pytest.raises(ActorNotFound, match="no actor with id 99"):
        resolve_actor("99", ENTITIES)


def quote(entity_id: int | None, name: str | None, text: str | None) -> dict:
    return {"speaker_entity_id": entity_id, "speaker_name": name, "speaker_text": text}


def test_quotes_are_kept_by_the_same_reading_of_a_name_or_id() -> None:
    rows = [quote(6, "Mike Pence", "the VP")]
    assert said_by(rows, "pence") == said_by(rows, "the vp") == said_by(rows, "6") == rows
    assert not said_by(rows, "Abe") and not said_by(rows, "7")
    assert not said_by([quote(None, None, None)], "pence")


def test_a_name_keeps_its_entity_s_quotes_not_those_of_words_holding_it() -> None:
    rows = [
        quote(1, "Ann Lee", "Ann Lee"),
        quote(2, "Tom Ward", "Storm over Ann Lee verdict Tom Ward"),  # a glued headline
        quote(None, None, "a friend of Ann Lee"),
        quote(3, "Ann Lee Trust", "the Ann Lee Trust"),
    ]
    assert said_by(rows, "Ann Lee") == rows[:1] + rows[2:3]  # her name as written first
    assert said_by(rows, "trust") == rows[3:]
    assert said_by(rows, "verdict") == rows[1:2]  # no entity's name: the speakers' words


def test_a_surname_keeps_the_full_name_s_quotes_beside_those_of_the_name_alone() -> None:
    rows = [
        quote(1, "Ted Hale", "Sen. Ted Hale"),
        quote(2, "Hale", "Hale"),  # the same man, left apart by the actors
        quote(3, "Hale Foundation", "the Hale Foundation"),
    ]
    assert said_by(rows, "Hale") == said_by(rows, "hale") == rows[:2]


def test_an_unresolved_speaker_is_kept_where_the_name_ends_the_phrase() -> None:
    rows = [
        quote(1, "Ted Hale", "Ted Hale"),
        quote(None, None, "Hale spokeswoman Ann Frame"),
        quote(None, None, "Hale's lawyers"),
        quote(None, None, "Sen. Hale, the Texan"),
    ]
    assert said_by(rows, "Hale") == [rows[0], rows[3]]
