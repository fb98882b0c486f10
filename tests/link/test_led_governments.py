"""A government named after a leader ("the Mubarak regime" beside "President Hosni
Mubarak") is the government of the country the corpus gives the leader
(`places.led_government`, `entities._link_led_governments`), not the report's most named
government, nor the country one report misread for him."""

from __future__ import annotations

from spacy.language import Language

from storyline.link.corpus import parsed_actor_ref
from storyline.link.entities import ActorRef, link_actors

# Report 0 gives Hosni Mubarak his country; report 1 does not, and names Washington's
# government more than any other.
EGYPT = (
    "Egyptian President Hosni Mubarak addressed the nation on Friday. The Egyptian "
    "government imposed a curfew in Cairo, and Omar Suleiman met opposition leaders."
)
WASHINGTON = (
    "The U.S. government urged restraint on Friday, and the American government sent an "
    "envoy. President Hosni Mubarak met Omar Suleiman in Cairo. Protesters said the "
    "Mubarak regime must go."
)
# Report 2 names a leader no report gives a country.
NO_COUNTRY = (
    "The U.S. government urged restraint on Friday. President Tom Harlan met Omar Suleiman "
    "in Cairo. Protesters said the Harlan regime must go."
)


def _codes(nlp: Language, texts: list[str], report: int, word: str) -> set[str | None]:
    """The codes of the linked entities that hold a mention of `report` with `word`."""
    refs, owners = [], []
    for position, text in enumerate(texts):
        for idx, actor in enumerate(nlp(text)._.actors):
            refs.append(parsed_actor_ref(position, idx, actor, text))
            owners.append(position == report and any(word in m.text for m in actor.mentions))
    return {e.code for e in link_actors(refs) for i in e.members if owners[i]}


def test_a_regime_named_after_a_leader_is_the_government_of_his_country_in_the_corpus(
    nlp: Language,
) -> None:
    assert _codes(nlp, [EGYPT, WASHINGTON], 1, "regime") == {"EGYGOV"}


def test_a_regime_whose_leader_no_report_places_keeps_its_reports_guess(nlp: Language) -> None:
    assert _codes(nlp, [EGYPT, NO_COUNTRY], 1, "regime") == {"USAGOV"}


def test_the_report_keeps_the_regime_apart_from_the_government_it_names_most(
    nlp: Language,
) -> None:
    actors = nlp(WASHINGTON)._.actors
    regime = [a for a in actors if any("regime" in m.text for m in a.mentions)]
    assert [(a.type, a.key, a.code) for a in regime] == [
        ("GOVERNMENT", ("the", "hosni", "mubarak", "government"), "USAGOV")
    ]


def test_a_regime_whose_leader_the_report_places_is_his_countrys_with_no_government_named(
    nlp: Language,
) -> None:
    text = (
        "Egyptian President Hosni Mubarak spoke on Friday. "
        "Protesters said the Mubarak regime must go."
    )
    assert _codes(nlp, [text], 0, "regime") == {"EGYGOV"}


def test_two_reports_regimes_placed_apart_keep_two_governments_apart() -> None:
    # report 1 names Hosni Mubarak with Egypt; report 2 writes "the Mubarak regime" under
    # a key no person of its own bears, so its guess (Washington's) places it: rule 4 must
    # not then join the two regimes, and with them Egypt's and Washington's governments
    def actor(article: int, idx: int, name: str, kind: str, key: tuple, code=None, country=None):
        return ActorRef(article, idx, name, kind, key, country, (), code, False, 2)

    regime = ("the", "hosni", "mubarak", "government")
    actors = [
        actor(1, 0, "Hosni Mubarak", "PERSON", ("hosni", "mubarak"), None, "EGY"),
        actor(1, 1, "Egypt government", "GOVERNMENT", ("EGYGOV",), "EGYGOV", "EGY"),
        actor(1, 2, "Hosni Mubarak government", "GOVERNMENT", regime, "USAGOV", "USA"),
        actor(2, 0, "Hosni Mubarak government", "GOVERNMENT", regime, "USAGOV", "USA"),
        actor(2, 1, "United States government", "GOVERNMENT", ("USAGOV",), "USAGOV", "USA"),
    ]
    for article in (1, 2):
        actors += [actor(article, 5, "Ann Ruiz", "PERSON", ("ann", "ruiz")),
                   actor(article, 6, "Jim Lee", "PERSON", ("jim", "lee"))]  # fmt: skip
    entities = link_actors(actors, {1: 5, 2: 5}, {1: 1, 2: 1})
    assert not any({1, 4} <= set(e.members) for e in entities)
    assert any({1, 2} <= set(e.members) for e in entities)
    assert any({3, 4} <= set(e.members) for e in entities)


# Report 2 misreads Obama's country: the role "Egypt's president" is read as his.
OBAMA_1 = (
    "U.S. President Barack Obama spoke in Washington on Friday. President Obama urged "
    "restraint in Cairo, and Obama said the transition must begin now."
)
OBAMA_2 = (
    "American President Barack Obama met Congress leaders on Monday. Obama said the "
    "transition must begin now. The U.S. government sent an envoy to Cairo."
)
MISREAD = (
    "President Barack Obama spoke to Egypt's president on Tuesday. The Egyptian government "
    "imposed a curfew. The U.S. ambassador said the Obama administration wants a quick "
    "transition, and the administration is ready to help."
)


def test_a_leaders_government_follows_the_corpus_over_one_reports_country_for_him(
    nlp: Language,
) -> None:
    # one report's country for the leader may be misread; the corpus's is his
    assert _codes(nlp, [OBAMA_1, OBAMA_2, MISREAD], 2, "administration") == {"USAGOV"}
