"""A story's title: the headline that says most nearly what its reports say; a topic's of
several stories: the actors its reports name most."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from storyline.link.stories.corpus import _topic_title
from storyline.link.stories.features import ArticleFeatures, LeadActor
from storyline.link.stories.titles import (
    TITLE_CANDIDATES,
    lead_names,
    named_title,
    representative_title,
    states,
)


def unit(*weights: float) -> np.ndarray:
    vector = np.zeros(384, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


def member(title: str, lead: np.ndarray, headline: bool = True) -> ArticleFeatures:
    return ArticleFeatures(title, title, None, lead, {}, headline=headline)


HEADLINES = {  # what each headline says, embedded alone
    "Hillary Just Got Blindsided By Stunning News": unit(0.2, 1.0),
    "Clinton and Sanders face the voters in N.H.": unit(1.0, 0.1),
    "Sanders wins Minnesota caucuses": unit(1.0, 0.4),
}


def embed(texts: Sequence[str]) -> np.ndarray:
    return np.stack([HEADLINES[text] for text in texts])


def test_the_title_is_the_central_headline_not_the_headline_of_the_central_lead() -> None:
    """The lead nearest the race's centroid is under a headline that says nothing of the race
    (the title the lead alone chose); the headline nearest the centroid titles the story."""
    centroid = unit(1.0, 0.0)
    members = [
        member("Sanders wins Minnesota caucuses", unit(1.0, 0.5)),
        member("Hillary Just Got Blindsided By Stunning News", unit(1.0, 0.05)),
        member("Clinton and Sanders face the voters in N.H.", unit(1.0, 0.3)),
    ]
    nearest_lead = max(members, key=lambda m: float(m.vector @ centroid))
    assert nearest_lead.title == "Hillary Just Got Blindsided By Stunning News"
    title = representative_title(members, centroid, embed)
    assert title == "Clinton and Sanders face the voters in N.H."


def test_only_the_leads_nearest_the_centroid_compete() -> None:
    """A headline far from the centroid by its lead does not compete, however apt it reads:
    only `TITLE_CANDIDATES` headlines are embedded."""
    centroid = unit(1.0, 0.0)
    far = member("Clinton and Sanders face the voters in N.H.", unit(0.1, 1.0))
    near = [member("Sanders wins Minnesota caucuses", unit(1.0, 0.01 * n)) for n in range(8)]
    near[1] = member("Hillary Just Got Blindsided By Stunning News", unit(1.0, 0.01))
    assert len(near) == TITLE_CANDIDATES
    assert representative_title([far, *near], centroid, embed) == "Sanders wins Minnesota caucuses"


def test_a_report_with_a_headline_titles_before_one_without() -> None:
    centroid = unit(1.0, 0.0)
    members = [
        member("The first words of a text", unit(1.0, 0.0), headline=False),
        member("Sanders wins Minnesota caucuses", unit(1.0, 0.9)),
    ]
    assert representative_title(members, centroid, embed) == "Sanders wins Minnesota caucuses"


def person(*names: str, country: str | None = "USA") -> LeadActor:
    surname = names[0].split()[-1].lower()
    return LeadActor("PERSON", (surname,), country, tuple(range(len(names))), names=names)


def place(kind: str, key: str, name: str) -> LeadActor:
    return LeadActor(kind, (key,), key if kind == "COUNTRY" else None, (0,), names=(name,))


def test_a_report_names_its_actors_by_cue_and_a_country_only_as_itself() -> None:
    """A person's country is no naming of the country; a country named is; a possessive and
    line breaks are not part of a name."""
    names = lead_names([person("Donald\nTrump", "Trump's"), place("COUNTRY", "HTI", "Haiti")])
    assert names == {"p:trump": ["Donald Trump", "Trump"], "c:HTI": ["Haiti"]}


def test_a_topic_of_several_stories_is_titled_by_the_actors_most_of_its_reports_name() -> None:
    """Ten weeks of primaries: no headline says what its stories share; its people do. Each
    is shown by its full name, the one its reports use most, not by a role before it."""
    reports = [
        {"p:trump": ["Trump"], "p:clinton": ["Hillary Clinton"], "p:cruz": ["Ted Cruz"]},
        {"p:trump": ["Donald Trump", "Trump"], "p:sanders": ["Sanders"], "l:iowa": ["Iowa"]},
        {
            "p:clinton": ["Secretary of State Hillary Clinton", "Clinton"],
            "p:sanders": ["Bernie Sanders"],
        },
        {"p:trump": ["Trump"], "p:rubio": ["Marco Rubio"]},
    ]
    assert named_title(reports) == "Donald Trump, Hillary Clinton, Bernie Sanders"
    assert named_title(reports, most=1) == "Donald Trump"
    assert named_title([{"p:rubio": ["Rubio"]}, {"l:iowa": ["Iowa"]}]) is None


class NoEmbedder:
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return embed(texts)


def test_a_topic_title_names_its_actors_when_it_holds_several_stories() -> None:
    """A topic of one story is one event: its headline titles it. A topic of two stories is
    titled by the actors its reports share, not by one report's headline."""
    members = [
        member("Sanders wins Minnesota caucuses", unit(1.0, 0.0)),
        member("Hillary Just Got Blindsided By Stunning News", unit(1.0, 0.1)),
    ]
    members = [replace(m, key=str(n)) for n, m in enumerate(members)]
    actors = {
        0: [person("Bernie Sanders"), person("Hillary Clinton")],
        1: [person("Hillary Clinton", "Clinton"), person("Sanders")],
    }
    centroid = unit(1.0, 0.0)
    headline = _topic_title(members, 1, actors, centroid, NoEmbedder())
    assert headline == "Sanders wins Minnesota caucuses"
    named = _topic_title(members, 2, actors, centroid, NoEmbedder())
    assert named == "Hillary Clinton, Bernie Sanders"  # as often named: by cue


def test_a_topic_title_names_a_person_without_the_office_a_mention_puts_before_the_name() -> None:
    """Reports that name a person only by title ("Secretary of State Hillary Clinton",
    "secretary of state Hillary Clinton") show her by her own name: the office is what she
    was, not who. A naming that does not end with the name is kept as written."""
    clinton = "Hillary Clinton"
    reports = [
        lead_names(
            [
                LeadActor("PERSON", ("clinton",), "USA", (0,), names=(naming,), name=clinton),
                place("LOCATION", "benghazi", "Benghazi"),
            ]
        )
        for naming in (f"Secretary of State {clinton}", f"secretary of state {clinton}")
    ]
    assert named_title(reports) == "Benghazi, Hillary Clinton"
    kept = lead_names(
        [
            LeadActor(
                "ORGANISATION",
                ("cia",),
                "USA",
                (0,),
                names=("CIA",),
                name="Central Intelligence Agency",
            )
        ]
    )
    assert kept == {"o:cia": ["CIA"]}


def test_a_headline_that_states_what_happened_titles_before_one_that_explains_or_asks() -> None:
    """The explainer's headline lies nearest the centroid, but it says no event: the
    headline that states one titles the story. Only when no candidate states does one that
    asks or explains."""
    centroid = unit(1.0, 0.0)
    explainer = "Here\u2019s Why Winning Iowa Could Break The Race Open For Sanders"
    stated = "Sanders wins Minnesota caucuses"
    vectors = {
        explainer: unit(1.0, 0.01),
        stated: unit(1.0, 0.4),
        "Can Sanders win?": unit(1.0, 0.2),
    }
    members = [member(explainer, unit(1.0, 0.0)), member(stated, unit(1.0, 0.1))]

    def embed_known(texts: Sequence[str]) -> np.ndarray:
        return np.stack([vectors[text] for text in texts])

    assert representative_title(members, centroid, embed_known) == stated
    asking = [member(explainer, unit(1.0, 0.0)), member("Can Sanders win?", unit(1.0, 0.1))]
    assert representative_title(asking, centroid, embed_known) == explainer


def test_what_marks_a_headline_that_states_nothing() -> None:
    assert states("Sanders wins Minnesota caucuses")
    assert states(
        "Marco Rubio: \u2018You Don\u2019t Win The Nomination By How Many States You Win\u2019"
    )
    assert not states("Can the GOP establishment stop Trump and Cruz?")
    assert not states("How Donald Trump Could Become President")
    assert not states(
        "Trump Just Announced Who He Would Love To See Run \u2013 It May Surprise You"
    )


def test_a_topic_title_names_a_person_by_her_name_not_by_a_courtesy_title_and_surname() -> None:
    """A doctor named "Dr Murray" in most leads and "Conrad Murray" in fewer is shown as
    "Conrad Murray": "Dr" before a surname is a role, as an office before a full name is."""

    def murray(*names: str) -> LeadActor:
        return LeadActor("PERSON", ("murray",), "USA", (0,), names=names, name="Conrad Murray")

    reports = [
        lead_names([murray("Dr Murray"), place("LOCATION", "la", "Los Angeles")]),
        lead_names([murray("Dr Murray", "Murray"), place("LOCATION", "la", "Los Angeles")]),
        lead_names([murray("Conrad Murray")]),
    ]
    assert named_title(reports) == "Conrad Murray, Los Angeles"
