"""Online clustering of reports into stories, and of stories into topics.

Each report, in the order it arrives, joins the best-matching story, or starts a story in the
topic of its best-matching nearby story, or starts a topic. Nothing decided is recomputed, so
ids (numbered in creation order) are stable as reports are added. A report is compared with
a story by

    score = cosine(report embedding, story centroid)
          + story cue weight × cue coverage(report, story)
          - country penalty    (the report's main country is foreign to the story)
          - event penalty      (the report speaks of a later event than the story's day)
          - time penalty       (days outside the story's span, past `story_days`, or days
                                the story would run from its first publication date to its
                                last, past `story_span`: whichever is more)

(the time penalty in full when the report has a day, published or named in its lead, and none
of the story's reports has one: undated, two events of one kind with the same actors read
alike, and a story whose reports never named a day is another event than the one this report
dates; a story is one event, and reports a week apart on a race or a war would otherwise
keep it open for months, each within `story_days` of the last; only publication dates count
in how long it has run, a day read from a text being what it speaks of). A story is not
offered a report published more than `story_gap` days (two months) from all of its own: the
time penalty is capped, and two launches of one company's computers four months apart read
alike enough to pass it; a matter silent that long comes back as its next story, while a trial
reported every few weeks stays one. Such stories are passed over before the shortlist is
drawn, not scored low in it, or a matter's old stories would fill it. A story's day is
the day most of its reports' leads name (resolved against their publication dates, within a
week of them), once two of them name it; a report published after it whose lead names days of
its own, all more than `event_gap` days later, speaks of the next event (New Hampshire's
primary, eight days after Iowa's caucuses, in a race whose reports read alike); and one
that names the story's day only in an opening "After …," phrase, looking back on the event
(after Tuesday's primary, the test in South Carolina), is not of it at all. Of the stories a
report may join, one whose event it speaks of as past is taken only when no other can: the
penalty alone leaves the report with the race's story of last week when that reads more
alike than the story of its own day (a governor's Ohio win, in his story of a week before).
A report that
starts a story with a topic by the cosine of the topic's nearest
story plus the topic cue weight × cue coverage(report, topic) + the topic side weight × the
share of the topic's main cues the report names - the country penalty - the topic time
penalty (days between the report and the topic's span, past `topic_days`: a matter quiet for
years that comes back is another matter; only publication dates count there, a date read from
a report's text is what it speaks of, often years back). Topics are compared through their
stories, not through one centroid: a topic's mean drifts towards the generic ("crime",
"sport") and would swallow every report of its kind.

A report starts a story in a topic only if it also resembles the topic as a whole (cosine
with the topic's centroid at least `topic_centroid`) or names the topic's actors (cue coverage
at least `topic_coverage`; undated, countries aside: a country says where a matter happens,
not what it is, and many matters happen in one country). The nearest story is the best of
many: a large topic holds reports of every format (broadcast transcripts, news digests,
columns), and one of them can lie near a report on another matter by its format alone, while
both name the United States. A new matter's first report that joins such a topic takes the
reports that follow it along.

A small topic (`small_topic` reports or fewer) is offered again, each time it grows, to its
nearest topics by centroid (a small topic's mean is still specific), with the same score and
threshold, its cues weighed as one report's: a report whose lead was off its matter starts a
topic of its own, which the topic as a whole, or a second report of that kind, can tie back.
A larger topic, each time its size doubles, is offered the small topics nearest it the same
way (the topic a stray fits may form after the stray). Where either side has no publication
dates, an offer also needs shared actors (`undated_shared`; a shared country is not one):
closeness in time no longer vouches for it, and matters of one kind (two shootings, two
sackings of a coach) read alike.
What counts there is whether the other topic names the offered topic's actors at all, not how
often: a league's topic names a hundred clubs and players, each in few of its reports, so the
share of its reports naming Arsenal says nothing of whether Arsenal belongs to it, and a
measure by shares moved with every change in how names are counted.
A small topic offered to a topic also counts the words of that topic's signature its leads
use (`_signatures`, weighed by `topic_term_weight`): words most of the topic's reports use,
far more often than the corpus does ("swine", "flu", "h1n1"). A report on a boxer kept home
by swine flu, or on glove makers' shares rising with it, reads like sport or markets and names
none of the pandemic's actors; the words are what it shares with its matter, and they also
make the topic a candidate when its centroid is not among the nearest. Words also
name a kind of event ("earthquake", "protesters": Libya's uprising weeks after Egypt's), so
they count only between topics with publication dates within `topic_days` of each other and
with no country clash; undated, two crimes of one kind share their words and nothing tells
them apart (on ECB+, whose topics are undated, words counted there cost 8 points). A
signature is measured against the corpus, so while a stream holds one matter it has none;
each time the corpus doubles, every small topic is offered again.
Topics whose centroids come within `topic_merge` merge at any size. A merge keeps the older id
and is recorded in `merged_topics`, for the store.

The topic's side counts because coverage alone is the report's view: a report on a Haiti
charity single names singers the topic never met, and its coverage is low although it names
Haiti, what the topic's reports name most. A topic's main cues are its `topic_side_cues` most
named (kept as reports arrive, so a restored clusterer has the same), weighed by share × idf;
only those two of its reports name count on its side (a name one report names is that
report's, and a topic of one report would otherwise make any rare name it shares count as
naming what the topic is about: a Trump retweet and Twitter's fight against terrorism).
Only a report starting a story gets this; a small topic offered to others does not (two
topics both naming the United States are not one matter for it).

At topic level the country clash is waived when the report names one of the topic's own
cues: a main cue, not a country, that most of the reports naming it belong to the topic. A
pandemic is reported from everywhere, and a swine-flu report from the Emirates names the World
Health Organization; a Syria report at the time of Libya's uprising names Reuters or the UN,
which other matters name too, but no Gaddafi or Benghazi, and stays apart. Where either side
has no dates, a clash at topic level costs twice: the time penalty no longer parts matters of
one kind (Egypt's protests of 2011 from the protests of the Iraq war's topic of 2005).

A programme listing (`ingest.page_kind`: a radio or television schedule) is no report of a
matter: it names presenters and guests because they are on air that week, and uses the words
of whatever they play ("singer", "album"); a story or topic of listings holds listings only,
and a news report's holds none. Read by their names and words, a station's weekly schedules
join the topic of a singer's death, which names none of their people (the BBC pile's seven
Radio schedules, joined to Jackson's topic by "singer", "star" and "Michael": cosine 0.22,
cue coverage 0.01; a topic of five swine-flu reports is joined to the pandemic's by the same
measures, rightly).

Cue coverage is the idf-weighted share of the report's lead actors (countries, persons,
organisations, places; `features.lead_cues`) that the cluster's reports name, each counted at
most once per report. Only the `shortlist` stories nearest by cosine are scored in full, so
the work per report stays small as the corpus grows.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta

import numpy as np
from threadpoolctl import threadpool_limits

from storyline.link.stories.embed import DIMENSIONS
from storyline.link.stories.features import ArticleFeatures


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Thresholds and weights of the clusterer (chosen on the data named in docs/benchmarks)."""

    topic_threshold: float = 0.45
    story_threshold: float = 0.7
    topic_cue_weight: float = 0.6
    story_cue_weight: float = 0.3
    country_penalty: float = 0.2
    story_days: float = 7.0  # a story's span may grow this many days at no cost
    # a story may span this many days in all at no cost: one event (a vote, a debate), with its
    # previews and aftermath, is reported within two weeks; a month of them is a race, a topic
    story_span: float = 14.0
    time_penalty: float = 0.3  # reached at 4 × story_days outside a story, 2 × topic_days a topic
    # a report published this many days after a story's last report (or before its first) is
    # of another story: a story's reports follow its event within days to weeks, and a matter
    # silent for two months that comes back (a product's next launch, a trial's verdict after
    # the hearings) comes back as its next story; a trial reported every few weeks stays one
    story_gap: float = 60.0
    # a report published after its story's day whose lead names only days more than this
    # many after it speaks of the next event: an event's aftermath (the count, the concession,
    # the reactions) is reported on the day and the two after it, naming the event's day
    event_gap: int = 3
    event_penalty: float = 0.2  # for that: one fact of the report against the story, as a country
    shortlist: int = 8
    topic_merge: float = 0.8  # topics whose centroids come this close become one
    topic_days: float = 365.0  # a topic's span may be this many days from a report at no cost
    small_topic: int = 10  # a topic this small is offered to its nearest topics as it grows
    topic_side_weight: float = 0.15  # × the share of a topic's main cues a new story names
    topic_side_cues: int = 10  # a topic's main cues: this many of its most named
    undated_shared: float = 0.15  # an undated offer: the share of its cues the topic names
    own_cue: float = 0.5  # a main cue is a topic's own when it holds over this share of its reports
    topic_centroid: float = 0.3  # a new story joins a topic this close to its centroid, or
    topic_coverage: float = 0.04  # naming this much of the topic's actors (cue coverage)
    topic_term_weight: float = 0.5  # × how much of a topic's signature a small topic names
    signature_share: float = 0.3  # a signature word: in this share of the topic's reports,
    signature_lift: float = 2.0  # this many times its share in the corpus,
    signature_size: int = 20  # in a topic of this many reports or more
    signature_terms: float = 2.0  # naming this many signature words of full share: full weight

    def record(self) -> dict[str, float]:
        return asdict(self)


@dataclass
class Cluster:
    """A story or a topic: its reports' summed embeddings and cues, and its span of dates."""

    id: int
    parent: int | None  # a story's topic
    vector_sum: np.ndarray
    cues: dict[str, float] = field(default_factory=dict)
    terms: dict[str, float] = field(default_factory=dict)  # a topic's: reports using each word
    size: int = 0
    first: date | None = None
    last: date | None = None
    main_country: str | None = None
    published: tuple[date, date] | None = None  # the first and last publication dates
    named_days: dict[date, int] = field(default_factory=dict)  # a story's: leads naming each
    event_day: date | None = None  # a story's: the latest day most leads name, if two or more
    listing: bool = False  # of programme listings (its first report's kind: kinds never mix)

    def add(self, features: ArticleFeatures, day: date | None) -> None:
        """Add one report, dated `day` (None: its date does not count here)."""
        if not self.size:
            self.listing = features.listing
        self.vector_sum += features.vector
        self.size += 1
        for cue in features.cues:
            self.cues[cue] = self.cues.get(cue, 0.0) + 1.0
            if cue.startswith("c:") and self.cues[cue] > self.cues.get(
                f"c:{self.main_country}", 0.0
            ):
                self.main_country = cue[2:]
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)
            if not features.dated_by_text:
                self.published = _widened(self.published, day, day)

    def name_days(self, days: Iterable[date]) -> None:
        """A story's: count the days a report's lead names as its own (not only looking back
        on them, `features.lead_days`) and take the story's day anew: the latest of those most
        named, once two reports name it (one report's day may be its own angle, a visit or an
        editorial, not the story's event)."""
        if not days:
            return
        for day in days:
            self.named_days[day] = self.named_days.get(day, 0) + 1
        most = max(self.named_days.values())
        self.event_day = (
            max(d for d, n in self.named_days.items() if n == most) if most >= 2 else None
        )

    def absorb(self, other: Cluster) -> None:
        """Take in every report of `other`, which is left empty."""
        self.vector_sum += other.vector_sum
        self.size += other.size
        for cue, n in other.cues.items():
            self.cues[cue] = self.cues.get(cue, 0.0) + n
        for term, n in other.terms.items():
            self.terms[term] = self.terms.get(term, 0.0) + n
        countries = [c for c in self.cues if c.startswith("c:")]
        self.main_country = (
            max(countries, key=lambda c: (self.cues[c], c))[2:] if countries else None
        )
        days = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        self.first, self.last = (min(days), max(days)) if days else (None, None)
        if other.published is not None:
            self.published = _widened(self.published, *other.published)
        other.published = None
        other.vector_sum = np.zeros_like(other.vector_sum)
        other.cues, other.terms, other.size, other.first, other.last = {}, {}, 0, None, None

    def centroid(self) -> np.ndarray:
        norm = float(np.linalg.norm(self.vector_sum))
        return self.vector_sum / norm if norm else self.vector_sum

    def share(self, cue: str) -> float:
        """In how many of the cluster's reports `cue` is named, per report."""
        return self.cues.get(cue, 0.0) / self.size if self.size else 0.0


def _without_countries(report: _Weighted) -> _Weighted:
    """The report's cues without its countries, their weight summed again: what it names of
    a matter's actors, not of where the matter happens."""
    weights = {cue: w for cue, w in report.weights.items() if not cue.startswith("c:")}
    return replace(report, weights=weights, total=sum(weights.values()))


def _widened(span: tuple[date, date] | None, first: date, last: date) -> tuple[date, date]:
    """`span` (None: empty) widened to take in `first` … `last`."""
    return (first, last) if span is None else (min(span[0], first), max(span[1], last))


_UNBOUNDED = 1 << 40  # a span without publication dates: from any day to any day


def _open_spans(rows: int) -> np.ndarray:
    """`rows` spans of publication dates (day ordinals) that hold every day."""
    return np.tile(np.array([-_UNBOUNDED, _UNBOUNDED], np.int64), (rows, 1))


class _Index:
    """Clusters numbered from 1, with their centroids as rows of one matrix and their spans of
    publication dates (`Cluster.published`, as day ordinals) as rows of another."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._matrix = np.zeros((64, DIMENSIONS), dtype=np.float32)
        self._published = _open_spans(64)

    def new(self, parent: int | None) -> Cluster:
        cluster = Cluster(len(self.clusters) + 1, parent, np.zeros(DIMENSIONS, np.float32))
        self.clusters.append(cluster)
        if len(self.clusters) > len(self._matrix):
            grown = np.zeros((2 * len(self._matrix), DIMENSIONS), dtype=np.float32)
            grown[: len(self._matrix)] = self._matrix
            self._matrix = grown
            spans = _open_spans(len(grown))
            spans[: len(self._published)] = self._published
            self._published = spans
        return cluster

    def get(self, cluster_id: int | None) -> Cluster:
        if not cluster_id:  # a topic has no parent: never look one up
            raise KeyError(cluster_id)
        return self.clusters[cluster_id - 1]

    def ensure(self, cluster_id: int, parent: int | None) -> Cluster:
        """Cluster `cluster_id`, made (with any lower ids still missing) when not there."""
        while len(self.clusters) < cluster_id:
            self.new(parent)
        cluster = self.get(cluster_id)
        cluster.parent = parent
        return cluster

    def refresh(self, cluster: Cluster) -> None:
        self._matrix[cluster.id - 1] = cluster.centroid()
        span = cluster.published
        self._published[cluster.id - 1] = (
            (span[0].toordinal(), span[1].toordinal()) if span else (-_UNBOUNDED, _UNBOUNDED)
        )

    def cosine(self, cluster: Cluster, vector: np.ndarray) -> float:
        """The cosine of `vector` (unit length) with the cluster's centroid."""
        return float(self._matrix[cluster.id - 1] @ vector)

    def nearest(
        self, vector: np.ndarray, k: int, day: date | None = None, gap: float = math.inf
    ) -> list[tuple[Cluster, float]]:
        """Up to `k` (cluster, cosine) pairs, best first; with a `day`, only of the clusters
        published within `gap` days of it (or with no publication dates)."""
        n = len(self.clusters)
        if not n:
            return []
        cosines = self._matrix[:n] @ vector
        if day is not None:
            first, last = self._published[:n, 0], self._published[:n, 1]
            ordinal = day.toordinal()
            cosines[(first - ordinal > gap) | (ordinal - last > gap)] = -np.inf
        best = np.argpartition(-cosines, k)[:k] if n > k else np.arange(n)
        best = sorted(best, key=lambda i: (-cosines[i], i))
        return [(self.clusters[i], float(cosines[i])) for i in best if cosines[i] > -np.inf]


@dataclass(frozen=True, slots=True)
class _Weighted:
    """A report's (or a small topic's) cues weighted by idf once, and its span of dates, for
    the comparisons with each candidate."""

    weights: dict[str, float]
    total: float
    main_country: str | None  # its most named country cue ("c:SYR")
    first: date | None
    last: date | None
    dated_by_text: bool = False  # no topic time penalty: the date was read from the text
    event_days: frozenset[date] = frozenset()  # the days its lead names near publication
    looked_back: frozenset[date] = frozenset()  # days it names only in an "After …," phrase
    listing: bool = False  # a programme listing's, or a topic of them


class StoryClusterer:
    """Assigns each report a (story id, topic id), one report at a time."""

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self.topics = _Index()
        self.stories = _Index()
        self._document_frequency: dict[str, int] = {}
        self._term_frequency: dict[str, int] = {}  # how many reports use each lead word
        self._term_leader: dict[str, int] = {}  # each lead word's topic: the one using it most
        self._documents = 0
        self.merged_topics: dict[int, int] = {}  # a merged topic's id → the id it joined
        self._main_cues: dict[int, list[str]] = {}  # a topic's most named cues, by topic id

    def _idf(self, cue: str) -> float:
        return math.log((1 + self._documents) / (1 + self._document_frequency.get(cue, 0))) + 1

    def _weigh(self, features: ArticleFeatures) -> _Weighted:
        day = features.published
        weighted = self._weighted(features.cues, day, day, features.dated_by_text)
        return replace(
            weighted,
            event_days=features.event_days,
            looked_back=features.looked_back,
            listing=features.listing,
        )

    def _weigh_topic(self, topic: Cluster) -> _Weighted:
        """A topic's cues as one report's: each by the share of its reports that name it. Its
        main country is the topic's (ties go to the country named first, the title's or the
        lead's: in a topic of one report every cue has a share of 1, and the alphabet would
        make the United States the main country of a report on protests in Egypt)."""
        weighted = self._weighted({c: topic.share(c) for c in topic.cues}, topic.first, topic.last)
        main = f"c:{topic.main_country}" if topic.main_country else None
        return replace(weighted, main_country=main, listing=topic.listing)

    def _weighted(
        self, cues: dict[str, float], first: date | None, last: date | None, by_text: bool = False
    ) -> _Weighted:
        weights = {cue: w * self._idf(cue) for cue, w in cues.items()}
        countries = {c: w for c, w in cues.items() if c.startswith("c:")}
        main = max(countries, key=lambda c: (countries[c], c)) if countries else None
        return _Weighted(weights, sum(weights.values()), main, first, last, by_text)

    @staticmethod
    def _coverage(report: _Weighted, cluster: Cluster) -> float:
        if not report.total:
            return 0.0
        covered = sum(w * min(1.0, cluster.share(cue)) for cue, w in report.weights.items())
        return covered / report.total

    @staticmethod
    def _country_clash(report: _Weighted, cluster: Cluster) -> bool:
        """The cluster is mostly about one country the report does not name, and the
        report's main country is (nearly) absent from the cluster."""
        main = cluster.main_country
        if report.main_country is None or main is None or f"c:{main}" in report.weights:
            return False
        return cluster.share(f"c:{main}") >= 0.5 and cluster.share(report.main_country) < 0.1

    @staticmethod
    def _days_outside(report: _Weighted, cluster: Cluster) -> float:
        """Days between the report's span and the cluster's (0 when they meet or one is
        undated)."""
        first, last = report.first, report.last
        if first is None or last is None or cluster.first is None or cluster.last is None:
            return 0.0
        if last < cluster.first:
            return float((cluster.first - last).days)
        return float(max(0, (first - cluster.last).days))

    def _topic_score(self, report: _Weighted, topic: Cluster, cosine: float) -> float:
        """The shared score with the topic cue weight (the country clash waived when the report
        names one of the topic's own cues), less the topic time penalty (full at twice
        `topic_days` apart; none for a report dated by its text). Where either side has no
        dates the clash costs twice: time no longer parts matters of one kind, and protests in
        Egypt read like the protests of the Iraq war's topic (cosine 0.64)."""
        s = self.settings
        clash = self._country_clash(report, topic) and not self._names_own_cue(report, topic)
        score = self._score(report, topic, cosine, s.topic_cue_weight, clash)
        if clash and (report.first is None or topic.first is None):
            score -= s.country_penalty
        if report.dated_by_text:
            return score
        outside = max(0.0, self._days_outside(report, topic) - s.topic_days)
        return score - s.time_penalty * min(1.0, outside / s.topic_days)

    def _names_own_cue(self, report: _Weighted, topic: Cluster) -> bool:
        """Whether the report names one of the topic's own cues: a main cue, not a country,
        that most of the reports naming it anywhere belong to the topic ("World Health
        Organization" for swine flu; not "Reuters" or "UN", which many matters name)."""
        return any(
            not cue.startswith("c:")
            and cue in report.weights
            and topic.cues.get(cue, 0.0) > self.settings.own_cue * self._document_frequency[cue]
            for cue in self._main_cues.get(topic.id, [])
        )

    def _topic_side(self, report: _Weighted, topic: Cluster) -> float:
        """The share of the topic's main cues (by share × idf) that the report names. Only a
        cue two of its reports name is the topic's: a cue one report names is that report's,
        and in a topic of one report every cue would be a main cue, so sharing any one rare
        name ("Twitter") would count as naming what the whole topic is about."""
        main = [cue for cue in self._main_cues.get(topic.id, []) if topic.cues[cue] >= 2]
        masses = {cue: topic.share(cue) * self._idf(cue) for cue in main}
        total = sum(masses.values())
        if not total:
            return 0.0
        return sum(m for cue, m in masses.items() if cue in report.weights) / total

    def _keep_main_cues(self, topic: Cluster, cues: Iterable[str]) -> None:
        """Update the topic's `topic_side_cues` most named cues (ties by name) after `cues`
        were each named once more: only one of them can enter, each in place of the least."""
        main = self._main_cues.setdefault(topic.id, [])

        def rank(cue: str) -> tuple[float, str]:
            return topic.cues[cue], cue

        for cue in cues:
            if cue in main:
                continue
            if len(main) < self.settings.topic_side_cues:
                main.append(cue)
                continue
            least = min(main, key=rank)
            if rank(cue) > rank(least):
                main[main.index(least)] = cue

    def _score(
        self, report: _Weighted, cluster: Cluster, cosine: float, cue_weight: float, clash: bool
    ) -> float:
        """Cosine, plus shared cues, minus a country clash: what stories and topics share."""
        score = cosine + cue_weight * self._coverage(report, cluster)
        return score - self.settings.country_penalty if clash else score

    def _story_score(self, report: _Weighted, story: Cluster, cosine: float) -> float:
        """The shared score with the story cue weight, less the story time penalty: days
        outside the story's span, or in full when the report has a date (published or named
        in its lead) and none of the story's reports has one (`_undated_story`). A report
        that follows the story's event (`_follows`) is not scored: no story of that event
        can take it; nor is a programme listing by a news story, or the reverse."""
        s = self.settings
        if self._follows(report, story) or report.listing != story.listing:
            return -math.inf
        clash = self._country_clash(report, story)
        score = self._score(report, story, cosine, s.story_cue_weight, clash)
        if self._undated_story(report, story):
            return score - s.time_penalty
        if self._next_event(report, story):
            score -= s.event_penalty
        outside = max(
            self._days_outside(report, story) - s.story_days,
            self._span_with(report, story) - s.story_span,
            0.0,
        )
        return score - s.time_penalty * min(1.0, outside / (3 * s.story_days))

    def _next_event(self, report: _Weighted, story: Cluster) -> bool:
        """Whether the report speaks of an event after the story's: published after the
        story's day (`Cluster.event_day`), its lead names days near its publication, all more
        than `event_gap` days after the story's. A story is one event; its previews and its
        aftermath name its day, and a report on a vote a week after a caucus names the vote's.
        Only forward: a preview names days before the event it previews (a visit, a rally)."""
        day = story.event_day
        if day is None or not report.event_days or report.dated_by_text or report.first is None:
            return False
        gap = timedelta(days=self.settings.event_gap)
        return report.first > day and min(report.event_days) > day + gap

    @staticmethod
    def _follows(report: _Weighted, story: Cluster) -> bool:
        """Whether the report says that the story's event is behind its news: published after
        the story's day, its lead names that day only in an opening "After …," phrase
        (`looked_back`: "After trouncing Clinton in Tuesday's primary, the senator must
        prepare for South Carolina") and names no day of its own as early. That is the
        report's own statement, not a resemblance to weigh: a sequel names the event it
        follows, so it shares the event's words and actors by necessity, and no amount of
        them makes it the event (a follow-up lead moves the story on to what came next)."""
        day = story.event_day
        if day is None or day not in report.looked_back or report.first is None:
            return False
        own = report.event_days - report.looked_back
        return report.first > day and (not own or min(own) > day)

    @staticmethod
    def _span_with(report: _Weighted, story: Cluster) -> float:
        """Days between the story's first and last publication dates with the report in it (0
        when the report or the story has none: a date read from a text is what it speaks of,
        often years back, and says nothing of how long the story has run)."""
        if report.dated_by_text or report.first is None or story.published is None:
            return 0.0
        first, last = _widened(story.published, report.first, report.first)
        return float((last - first).days)

    @staticmethod
    def _undated_story(report: _Weighted, story: Cluster) -> bool:
        """Whether the report has a day and the story none: none of its reports was published
        on a known day or names one in its lead. A story's reports name the day of their event
        ("on Dec. 11, 2008") where one of them does; a story that never did is another event of
        the kind, undated (two check-ins of one actress into rehab, years apart)."""
        return report.first is not None and story.first is None

    def add(self, features: ArticleFeatures) -> tuple[int, int]:
        """File one report; return its (story id, topic id)."""
        s = self.settings
        report = self._weigh(features)
        scored = [
            (self._story_score(report, story, c), story)
            for story, c in self._within_reach(report, features.vector)
        ]
        best = max(self._of_its_event(report, scored), key=lambda pair: pair[0], default=None)
        if best is not None and best[0] >= s.story_threshold:
            story = best[1]
            topic = self.topics.get(story.parent)
        else:
            nearest = self.stories.nearest(features.vector, s.shortlist)  # in reach or not
            topic = self._topic_for(report, features.vector, nearest)
            story = self.stories.new(topic.id)
        self._file(features, story, topic)
        self._merge_topics(topic)
        topic = self.topics.get(self.topic_of(story.id))
        if topic.size <= s.small_topic:
            self._offer_small_topic(topic)
        elif topic.size & (topic.size - 1) == 0:  # at each doubling: its mean moves slowly
            self._take_back_small_topics(topic)
        if self._documents & (self._documents - 1) == 0:  # at each doubling of the corpus
            self._offer_small_topics_again()
        return story.id, self.topic_of(story.id)

    def _within_reach(self, report: _Weighted, vector: np.ndarray) -> list[tuple[Cluster, float]]:
        """The `shortlist` stories nearest the report by cosine, (story, cosine) best first,
        among those published within `story_gap` days of it (`_Index.nearest`): a story
        silent for longer is over, and the report is its matter's next story. The stories out
        of reach are passed over rather than scored low: a matter reported for years (a star's
        death, his doctor's hearings, trial, verdict) has many old stories that read like its
        newest report, and scored, they would fill the shortlist and leave out the one story
        of this month that the report belongs to."""
        s = self.settings
        day = None if report.dated_by_text else report.first
        return self.stories.nearest(vector, s.shortlist, day, s.story_gap)

    def _of_its_event(
        self, report: _Weighted, scored: list[tuple[float, Cluster]]
    ) -> list[tuple[float, Cluster]]:
        """The scored stories the report may join (`story_threshold`), less those whose event
        it speaks of as past (`_next_event`) when another it may join is not: the penalty
        parts a later event's report from a story only when the story scores no higher than
        the threshold, yet a report on Tuesday's primary that reads like the race's story of
        the week before belongs with a story of Tuesday's, where there is one. None of them,
        all of `scored`: the report starts a story."""
        joinable = [pair for pair in scored if pair[0] >= self.settings.story_threshold]
        fitting = [pair for pair in joinable if not self._next_event(report, pair[1])]
        return fitting or joinable or scored

    def topic_of(self, story_id: int) -> int:
        """The topic a story belongs to now (topics merge)."""
        return self.stories.get(story_id).parent or 0

    def _merge_topics(self, topic: Cluster) -> None:
        """Merge `topic` with the nearest other topic if their centroids come close: the
        older (lower) id stays, the other is recorded in `merged_topics`."""
        nearest = [(t, c) for t, c in self.topics.nearest(topic.centroid(), 2) if t is not topic]
        if not nearest or nearest[0][1] < self.settings.topic_merge or not nearest[0][0].size:
            return
        if nearest[0][0].listing != topic.listing:
            return
        self._join(topic, nearest[0][0])

    def _offer_small_topic(self, topic: Cluster) -> None:
        """Join a small topic to its best-scoring candidate topic if that topic passes the
        topic threshold, as a report starting a story would. The candidates are its nearest
        topics by centroid and the topics whose signature its leads use (`_signatures`): a
        boxer kept home by swine flu lies far from the pandemic's centroid, nearer small
        topics on sport."""
        report = self._weigh_topic(topic)
        centroid = topic.centroid()
        signatures = self._signatures(topic, report)
        nearest = self.topics.nearest(centroid, self.settings.shortlist + 1)
        candidates = {other.id: cosine for other, cosine in nearest}
        for topic_id in signatures:
            candidates.setdefault(topic_id, self.topics.cosine(self.topics.get(topic_id), centroid))
        best, best_score = None, -math.inf
        for topic_id, cosine in candidates.items():
            other = self.topics.get(topic_id)
            if other is topic or not other.size or not self._may_join(report, other):
                continue
            score = self._topic_score(report, other, cosine)
            score += self.settings.topic_term_weight * signatures.get(other.id, 0.0)
            if score > best_score:
                best, best_score = other, score
        if best is not None and best_score >= self.settings.topic_threshold:
            self._join(topic, best)

    def _offer_small_topics_again(self) -> None:
        """Offer every small topic again (at each doubling of the corpus): a topic's signature
        is measured against the corpus, and a stream's first matter has none while it is all
        the corpus holds ("iraq" is in every report then). Its strays, filed before another
        matter came, are offered to it again once its words can tell it apart. Each doubling
        costs one pass over the topics: a constant per report over the stream."""
        for topic in list(self.topics.clusters):
            if 0 < topic.size <= self.settings.small_topic:
                self._offer_small_topic(topic)

    def _take_back_small_topics(self, topic: Cluster) -> None:
        """Offer again the small topics nearest a topic that grew: the topic a stray fits
        may have formed after the stray (a matter's first report can precede the reports
        that make its topic)."""
        s = self.settings
        for other, cosine in self.topics.nearest(topic.centroid(), s.shortlist + 1):
            if other is topic or not 0 < other.size <= s.small_topic or not topic.size:
                continue
            offered = self._weigh_topic(other)
            if not self._may_join(offered, topic):
                continue
            score = self._topic_score(offered, topic, cosine)
            score += s.topic_term_weight * self._signatures(other, offered).get(topic.id, 0.0)
            if score >= s.topic_threshold:
                self._join(other, topic)

    def _signatures(self, small: Cluster, offered: _Weighted) -> dict[int, float]:
        """How much of each topic's signature the small topic's leads use, 0 to 1, by topic
        id (topics it uses none of are left out): the sum, over the topic's signature words,
        of their share in the topic × their share in the small topic, per `signature_terms`.
        A signature word is one that at least `signature_share` of the topic's reports use,
        `signature_lift` times as often as the corpus does, and that the topic holds most
        uses of (over `own_cue`, at least half: only the word's leader, the topic using it
        most, can hold it, so one pass over the small topic's words finds every topic whose
        signature it uses): "swine", "flu", "h1n1" for the pandemic; "oil", "spill" for the
        Gulf of Mexico. Only a topic of `signature_size` reports has one. Words name a kind of
        event as well as a matter ("earthquake", "protesters"), so they count only where dates
        and countries do not tell the two apart: both topics have publication dates, at most
        `topic_days` apart, and no country clash (an earthquake in Italy is not Haiti's)."""
        s = self.settings
        if offered.first is None:
            return {}
        masses: dict[int, float] = {}
        for term, n in small.terms.items():
            leader = self._term_leader.get(term)
            if leader is None or leader == small.id:
                continue
            topic = self.topics.get(leader)
            if topic.size < s.signature_size:
                continue
            share = topic.terms[term] / topic.size
            used = self._term_frequency[term]
            if (
                share >= s.signature_share
                and share * self._documents >= s.signature_lift * used
                and topic.terms[term] > s.own_cue * used
            ):
                masses[leader] = masses.get(leader, 0.0) + share * n / small.size
        weights = {}
        for leader, mass in masses.items():
            topic = self.topics.get(leader)
            if topic.first is None or self._days_outside(offered, topic) > s.topic_days:
                continue
            if not self._country_clash(offered, topic):
                weights[leader] = min(1.0, mass / s.signature_terms)
        return weights

    def _may_join(self, offered: _Weighted, topic: Cluster) -> bool:
        """Whether a small topic may be joined to `topic` at all: when either has no
        publication dates, nothing says they are of one time, so they must share actors
        (`_shared` at least `undated_shared`); two crimes years apart read alike. Listings and
        news never join (module docstring)."""
        if offered.listing != topic.listing:
            return False
        if offered.first is not None and topic.first is not None:
            return True
        return self._shared(offered, topic) >= self.settings.undated_shared

    @staticmethod
    def _shared(offered: _Weighted, topic: Cluster) -> float:
        """The share of the offered cues' weight that the topic names at all, in any number
        of its reports (coverage weighs each cue by the share of reports naming it). A
        shared country is not a shared actor: two undated matters of one country (two
        accidents in New Zealand) share it and nothing else."""
        if not offered.total:
            return 0.0
        named = _without_countries(offered).weights
        return sum(w for cue, w in named.items() if cue in topic.cues) / offered.total

    def _join(self, topic: Cluster, other: Cluster) -> None:
        """Merge two topics: the older (lower) id stays, the other is recorded."""
        keep, gone = sorted((topic, other), key=lambda t: t.id)
        moved = list(gone.terms)
        keep.absorb(gone)
        self._lead_terms(keep, moved)
        self.topics.refresh(keep)
        self.topics.refresh(gone)
        for story in self.stories.clusters:
            if story.parent == gone.id:
                story.parent = keep.id
        self.merged_topics[gone.id] = keep.id
        self._main_cues.pop(gone.id, None)
        self._main_cues[keep.id] = heapq.nlargest(
            self.settings.topic_side_cues, keep.cues, key=lambda cue: (keep.cues[cue], cue)
        )

    def restore(self, features: ArticleFeatures, story_id: int, topic_id: int) -> None:
        """File a report where an earlier run put it (the store's assignments)."""
        topic = self.topics.ensure(topic_id, None)
        self._file(features, self.stories.ensure(story_id, topic_id), topic)

    def _file(self, features: ArticleFeatures, story: Cluster, topic: Cluster) -> None:
        day = features.published
        topic.add(features, None if features.dated_by_text else day)  # a topic's span: published
        story.add(features, day)
        story.name_days(features.event_days - features.looked_back)  # what its reports report
        self._keep_main_cues(topic, features.cues)
        for cluster, index in ((topic, self.topics), (story, self.stories)):
            index.refresh(cluster)
        self._documents += 1
        for cue in features.cues:
            self._document_frequency[cue] = self._document_frequency.get(cue, 0) + 1
        self._count_terms(topic, features.terms)

    def _count_terms(self, topic: Cluster, terms: Iterable[str]) -> None:
        """Count one report's lead words, in the corpus and in its topic, and make the topic
        the leader of those it now uses more than their leader does (one loop: it runs for
        every word of every report)."""
        counts, frequency, leaders = topic.terms, self._term_frequency, self._term_leader
        for term in terms:
            n = counts.get(term, 0.0) + 1.0
            counts[term] = n
            frequency[term] = frequency.get(term, 0) + 1
            leader = leaders.get(term)
            if leader is None or (
                leader != topic.id and n > self.topics.clusters[leader - 1].terms.get(term, 0.0)
            ):
                leaders[term] = topic.id

    def _lead_terms(self, topic: Cluster, terms: Iterable[str]) -> None:
        """Make `topic` the leader of each of `terms` it now uses more than their leader
        does (its counts of them grew: it took in a merged topic's)."""
        for term in terms:
            leader = self._term_leader.get(term)
            if leader == topic.id:
                continue
            if leader is None or topic.terms[term] > self.topics.get(leader).terms.get(term, 0.0):
                self._term_leader[term] = topic.id

    def _topic_for(self, report: _Weighted, vector: np.ndarray, nearest: list) -> Cluster:
        """The best topic among those of the nearest stories that the report resembles as a
        whole or shares actors with (`_resembles`), or a new one."""
        best, best_score = None, -math.inf
        side = self.settings.topic_side_weight
        for story, cosine in nearest:
            topic = self.topics.get(story.parent)
            if topic.listing != report.listing or not self._resembles(report, vector, topic):
                continue
            score = self._topic_score(report, topic, cosine)
            score += side * self._topic_side(report, topic)
            if score > best_score:
                best, best_score = topic, score
        if best is None or best_score < self.settings.topic_threshold:
            best = self.topics.new(None)
        return best

    def _resembles(self, report: _Weighted, vector: np.ndarray, topic: Cluster) -> bool:
        """Whether a report starting a story may join `topic`: its lead comes within
        `topic_centroid` of the topic's centroid, or it names the topic's actors (coverage
        at least `topic_coverage`); a story of the topic near it is not enough alone. Where
        either side has no publication dates, its countries do not count there: a country
        says where a matter happens, not what it is, and undated, nothing says that a report
        naming it is of the topic's time (a climber's fall and a court case in New Zealand,
        years apart); dated, a report naming Haiti in the weeks after its earthquake (a
        charity album of singers the topic never named) is of the earthquake's topic."""
        s = self.settings
        if self.topics.cosine(topic, vector) >= s.topic_centroid:
            return True
        if report.first is None or topic.first is None:
            report = _without_countries(report)
        return self._coverage(report, topic) >= s.topic_coverage

    def add_all(self, reports: Iterable[ArticleFeatures]) -> list[tuple[int, int]]:
        """Each report filed in turn (`add`): its (story, topic) ids, in order.

        BLAS runs on one thread here. Each report's products are a few thousand centroids
        by 384 numbers, too small to share out, and on a busy machine BLAS's second thread
        waits for a core at every product: 4,000 reports filed in 9-23 s with the default
        threads and in 1-2 s with one, on this project's 2-core machine beside other work
        (the twenty-sixth session's Stories subsection)."""
        with threadpool_limits(limits=1, user_api="blas"):
            return [self.add(features) for features in reports]
