"""The title of a story or topic: the headline that says most nearly what its reports say.

A report is filed by the embedding of its headline and lead, and the report whose lead lies
nearest a cluster's centroid is central to it; its headline need not be. "On Eve Of NH
Primary, Hillary Just Got Blindsided By Stunning News- It's A Game Changer" opens a lead on
the Clinton–Sanders race and says nothing of it itself. So the `TITLE_CANDIDATES` members
nearest the centroid by their leads are the candidates (reports with a headline first: one
without is titled by its first words), and the one whose headline, embedded alone, lies
nearest the centroid titles the cluster. Only the candidates' headlines are embedded, so a
filing embeds at most that many short texts per story or topic it touched. A headline that
asks, promises an explanation or speaks to the reader ("Here's Why Winning Iowa Could Break
The Election Wide Open For Bernie Sanders") is analysis or bait, and says no event: a
candidate whose headline states what happened (`states`) is preferred to it.

A topic of several stories is several events, and no one report's headline says what they
share: topic 1 of an election pile, 181 reports of ten weeks of primaries, was titled "Some
Republicans promote Sanders' candidacy, trying to embarrass Clinton". What the events of a
matter share is who and where: such a topic is titled by the `TOPIC_NAMES` persons,
organisations and places named in the leads of most of its reports (`named_title`), each by
the fullest naming its reports use most, without the office a mention by title puts before
the name ("Donald Trump, Hillary Clinton, Bernie Sanders, Ted
Cruz"; "Michael Jackson, Conrad Murray, Los Angeles"). A topic of one story is one event, and
its story's headline says it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from storyline.extract.names import without_possessive
from storyline.link.stories.features import ArticleFeatures, LeadActor, cue_of

_QUOTED = re.compile(r"(?<!\w)['\u2018\u201c\"].*?['\u201d\"](?!\w)")  # ’ read as '
_HEADLINE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_EXPLAINING_OPENINGS = frozenset({"how", "why", "what", "here's", "heres"})
_READER = frozenset({"you", "your", "you're", "you'll"})
TITLE_CANDIDATES = 8  # members nearest the centroid by their leads whose headlines compete
TOPIC_NAMES = 4  # a topic of several stories is titled by this many of its most named actors
Embed = Callable[[Sequence[str]], np.ndarray]  # texts → unit vectors (`Embedder.embed`)


def representative_title(
    members: Sequence[ArticleFeatures], centroid: np.ndarray, embed: Embed
) -> str:
    """The title of the cluster of `members` (its centroid `centroid`): among the
    `TITLE_CANDIDATES` members nearest it by lead, the headline nearest it."""
    ranked = sorted(
        enumerate(members),
        key=lambda pair: (not pair[1].headline, -float(pair[1].vector @ centroid), pair[0]),
    )
    candidates = [member for _, member in ranked[:TITLE_CANDIDATES]]
    headed = [member for member in candidates if member.headline]
    headed = [member for member in headed if states(member.title)] or headed
    if len(headed) < 2:
        return (headed or candidates)[0].title
    vectors = embed([member.title for member in headed])
    best = max(range(len(headed)), key=lambda n: (float(vectors[n] @ centroid), -n))
    return headed[best].title


def states(headline: str) -> bool:
    """Whether a headline states what happened, as a report's does ("Sanders wins Minnesota
    caucuses"), rather than asking, promising an explanation or speaking to the reader, as the
    headlines of analysis, opinion and bait do: a question ("Can the GOP establishment stop
    Trump?"), a wh-clause or "here's" that opens it ("How Donald Trump Could Become President",
    "Here's Why Winning Iowa Could …"), the reader addressed as "you" outside a quotation
    ("It May Surprise You"; not "Rubio: 'You Don't Win …'", where a speaker says it)."""
    text = _QUOTED.sub(" ", headline.replace("\u2019", "'"))
    words = _HEADLINE_WORD.findall(text.lower())
    if not words or text.rstrip().endswith("?"):
        return False
    return words[0] not in _EXPLAINING_OPENINGS and not _READER.intersection(words)


def lead_names(actors: Iterable[LeadActor]) -> dict[str, list[str]]:
    """The namings of one report's lead actors, by the actor's cue (`features.cue_of`: a
    person by surname, an organisation or place by its name, a country by its code; the
    country of a person or place is not a naming of the country; unnamed and ambiguous actors
    left out): {"p:trump": ["Donald Trump", "Trump"], "c:HTI": ["Haiti"]}."""
    names: dict[str, list[str]] = {}
    for actor in actors:
        for cue in cue_of(actor):
            if cue.startswith("c:") == (actor.type == "COUNTRY") and actor.names:
                names.setdefault(cue, []).extend(
                    _without_role(without_possessive(" ".join(name.split())), actor)
                    for name in actor.names
                )
    return names


def _without_role(naming: str, actor: LeadActor) -> str:
    """A naming without the role words before the actor's own name (`LeadActor.name`): a
    mention by title puts the office before the name ("Secretary of State Hillary Clinton",
    "director Michael Bay"), and the office is what the person was, not who: "Hillary Clinton",
    "Michael Bay". A person whose name has a given name and a surname is named by it where a
    naming ends with the surname: a courtesy title before a surname ("Dr Murray", "Mr. Trump")
    is a role too, and the person is "Conrad Murray". Other namings are kept as written."""
    name = " ".join(actor.name.split())
    if not name or naming == name:
        return naming
    if naming.endswith(" " + name):
        return name
    words = name.split()
    if actor.type == "PERSON" and len(words) > 1 and naming.split()[-1] == words[-1]:
        return name
    return naming


def _display(namings: Counter[str]) -> str:
    """The naming an actor is shown by: the one its reports use most among its full names (two
    words or more, each capitalised: "Donald Trump" over the more frequent "Trump", and over
    "Secretary of State Hillary Clinton", a name after its role), else among its names ("Clinton"
    over "secretary of state Hillary Clinton"), else the most used."""
    names = [name for name in namings if all(word[:1].isupper() for word in name.split())]
    full = [name for name in names if len(name.split()) > 1]
    return max(
        full or names or namings, key=lambda name: (namings[name], name[:1].isupper(), name)
    )


def named_title(reports: Sequence[dict[str, list[str]]], most: int = TOPIC_NAMES) -> str | None:
    """The title of a topic of several stories: its `most` actors named in the most of its
    `reports` (each report's `lead_names`), at least two reports each, most named first; None
    when no actor is named by two."""
    counts = Counter(cue for names in reports for cue in names)
    chosen = sorted(
        (cue for cue, n in counts.items() if n >= 2), key=lambda cue: (-counts[cue], cue)
    )[:most]
    if not chosen:
        return None
    shown = []
    for cue in chosen:
        namings = Counter(name for names in reports for name in names.get(cue, ()))
        shown.append(_display(namings))
    return ", ".join(dict.fromkeys(shown))
