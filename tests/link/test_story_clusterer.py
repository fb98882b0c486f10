"""Clustering decisions of the online story clusterer, on hand-made features."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from storyline.link.stories.clusterer import ClusterSettings, StoryClusterer
from storyline.link.stories.embed import DIMENSIONS
from storyline.link.stories.features import ArticleFeatures


def unit(*weights: tuple[int, float]) -> np.ndarray:
    """A unit vector with the given (axis, weight) components."""
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    for axis, weight in weights:
        vector[axis] = weight
    return vector / np.linalg.norm(vector)


def report(
    key: str, vector: np.ndarray, cues: dict[str, float] | None = None, day: date | None = None
) -> ArticleFeatures:
    return ArticleFeatures(key, f"title {key}", day, vector, cues or {})


def test_near_identical_reports_are_one_story() -> None:
    clusterer = StoryClusterer()
    first = clusterer.add(report("a", unit((0, 1.0), (1, 0.1)), {"p:pence": 1.0}))
    second = clusterer.add(report("b", unit((0, 1.0), (1, 0.2)), {"p:pence": 1.0}))
    assert first == second == (1, 1)


def test_unrelated_reports_are_apart_at_both_levels() -> None:
    clusterer = StoryClusterer()
    assert clusterer.add(report("a", unit((0, 1.0)))) == (1, 1)
    assert clusterer.add(report("b", unit((5, 1.0)))) == (2, 2)


def test_alike_words_but_another_country_make_another_story() -> None:
    """Syria and Libya in 2011: close embeddings, different main countries."""
    clusterer = StoryClusterer()
    libya = {"c:LBY": 2.0, "p:gaddafi": 1.0}
    syria = {"c:SYR": 2.0, "p:assad": 1.0}
    for n in range(3):
        clusterer.add(report(f"l{n}", unit((0, 1.0), (1, 0.1 * n)), libya, date(2011, 3, 1)))
    story, _ = clusterer.add(report("s", unit((0, 1.0), (2, 0.75)), syria, date(2011, 3, 2)))
    assert story != 1
    same_words_same_country = report("l9", unit((0, 1.0), (2, 0.75)), libya, date(2011, 3, 2))
    assert clusterer.add(same_words_same_country)[0] == 1


def test_a_report_months_later_starts_a_story_in_the_same_topic() -> None:
    clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0, topic_cue_weight=0.0))
    spring = clusterer.add(report("a", unit((0, 1.0), (1, 0.3)), day=date(2018, 2, 7)))
    autumn = clusterer.add(report("b", unit((0, 1.0), (2, 0.6)), day=date(2018, 10, 1)))
    assert spring[0] != autumn[0]  # cosine 0.77 - full time penalty < story threshold
    assert spring[1] == autumn[1]  # but still the same topic


def test_the_same_report_days_later_stays_in_its_story() -> None:
    clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0))
    a = clusterer.add(report("a", unit((0, 1.0), (1, 0.3)), day=date(2018, 2, 7)))
    b = clusterer.add(report("b", unit((0, 1.0), (1, 0.35)), day=date(2018, 2, 13)))
    assert a == b


def test_restored_assignments_give_the_same_ids_as_one_run() -> None:
    vectors = [unit((0, 1.0)), unit((0, 1.0), (1, 0.1)), unit((5, 1.0)), unit((5, 1.0), (6, 0.2))]
    reports = [report(str(n), v, {"c:JPN": 1.0}) for n, v in enumerate(vectors)]
    whole = StoryClusterer().add_all(reports)
    resumed = StoryClusterer()
    for features, (story, topic) in zip(reports[:2], whole[:2], strict=True):
        resumed.restore(features, story, topic)
    assert resumed.add_all(reports[2:]) == whole[2:]


def test_topics_that_come_close_merge_into_the_older_id() -> None:
    settings = ClusterSettings(story_threshold=2.0, topic_threshold=2.0, topic_merge=0.9)
    clusterer = StoryClusterer(settings)
    clusterer.add(report("a", unit((0, 1.0))))
    clusterer.add(report("b", unit((0, 1.0), (1, 0.2))))  # thresholds 2: a new story and topic
    assert clusterer.merged_topics == {2: 1}
    assert clusterer.topic_of(1) == clusterer.topic_of(2) == 1


def test_work_per_report_is_bounded_by_the_shortlist() -> None:
    clusterer = StoryClusterer(ClusterSettings(shortlist=3))
    for n in range(40):
        clusterer.add(report(str(n), unit((n, 1.0))))
    assert len(clusterer.stories.nearest(unit((0, 1.0)), 3)) == 3


def test_reports_are_filed_with_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each report's products are small: a second BLAS thread only waits for a busy core."""
    if not threadpool_info():
        pytest.skip("no BLAS library that threadpoolctl can see")
    seen: list[int] = []
    add = StoryClusterer.add

    def counting_add(self: StoryClusterer, features: ArticleFeatures) -> tuple[int, int]:
        seen.extend(pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas")
        return add(self, features)

    monkeypatch.setattr(StoryClusterer, "add", counting_add)
    with threadpool_limits(limits=2, user_api="blas"):  # as on a 2-core machine
        StoryClusterer().add_all([report(str(n), unit((n, 1.0))) for n in range(3)])
    assert seen and set(seen) == {1}


def test_a_small_topic_joins_the_topic_its_centroid_passes() -> None:
    """A report far from each story of a topic but near the topic as a whole: it starts a
    topic (its nearest story is under the topic threshold), which is then offered to the
    nearest topic by centroid and joins it."""
    settings = ClusterSettings(story_cue_weight=0.0, topic_cue_weight=0.0, topic_merge=0.99)
    day = date(2010, 4, 20)
    off_matter = report("c", unit((1, 1.0), (2, 1.0), (3, 2.0)), day=day)  # cosine 0.41 each

    def file_after_two_stories(small_topic: int) -> tuple[int, int]:
        clusterer = StoryClusterer(replace(settings, small_topic=small_topic))
        clusterer.restore(report("a", unit((1, 1.0)), day=day), 1, 1)
        clusterer.restore(report("b", unit((2, 1.0)), day=day), 2, 1)
        return clusterer.add(off_matter)

    assert file_after_two_stories(small_topic=0) == (3, 2)  # not offered: a topic of its own
    assert file_after_two_stories(small_topic=10) == (3, 1)  # centroid cosine 0.58: joined


def test_a_report_years_after_a_topic_starts_another_topic() -> None:
    settings = ClusterSettings(story_cue_weight=0.0, topic_cue_weight=0.0)
    first = report("a", unit((0, 1.0), (1, 0.3)), day=date(2005, 6, 1))
    like = unit((0, 1.0), (2, 0.9))  # cosine 0.71: over the topic threshold
    months_later = StoryClusterer(settings)
    months_later.add(first)
    assert months_later.add(report("b", like, day=date(2005, 12, 1))) == (2, 1)
    years_later = StoryClusterer(settings)
    years_later.add(first)
    assert years_later.add(report("b", like, day=date(2011, 2, 1))) == (2, 2)


def test_a_date_read_from_the_text_costs_no_topic_time() -> None:
    """An undated report dated by the latest day its lead names (often years back) is not
    sent to another topic for it; with that day as its publication date, it is."""
    settings = ClusterSettings(story_cue_weight=0.0, topic_cue_weight=0.0)
    first = report("a", unit((0, 1.0), (1, 0.3)), day=date(2013, 6, 1))
    like = unit((0, 1.0), (2, 0.9))  # cosine 0.71: over the topic threshold
    by_text = ArticleFeatures("b", "title b", date(2008, 3, 1), like, {}, dated_by_text=True)
    published = ArticleFeatures("b", "title b", date(2008, 3, 1), like, {})
    for features, topic in ((by_text, 1), (published, 2)):
        clusterer = StoryClusterer(settings)
        clusterer.add(first)
        assert clusterer.add(features) == (2, topic)


def test_a_report_naming_what_a_topic_names_most_joins_it() -> None:
    """A Haiti charity single: its singers are new to the topic, so its coverage is low, but
    it names Haiti, the topic's main cue; that lifts it over the topic threshold."""
    settings = ClusterSettings(topic_cue_weight=0.0, small_topic=0, topic_merge=0.99)
    single = report("c", unit((1, 1.0), (2, 1.0), (3, 1.915)), {"c:HTI": 1.0, "p:cowell": 1.0})

    def file_after_two_stories(side_weight: float) -> tuple[int, int]:
        clusterer = StoryClusterer(replace(settings, topic_side_weight=side_weight))
        clusterer.restore(
            report("a", unit((1, 1.0)), {"c:HTI": 1.0, "l:port-au-prince": 1.0}), 1, 1
        )
        clusterer.restore(report("b", unit((2, 1.0)), {"c:HTI": 1.0, "p:preval": 1.0}), 2, 1)
        return clusterer.add(single)  # cosine 0.42 to each story: under the threshold alone

    assert file_after_two_stories(0.0) == (3, 2)
    assert file_after_two_stories(0.15) == (3, 1)  # + 0.15 × a third of the topic's cues


def test_a_topics_main_cues_are_its_most_named() -> None:
    clusterer = StoryClusterer(ClusterSettings(topic_side_cues=2, topic_merge=2.0))
    for n, cues in enumerate(([("a", 1.0), ("b", 1.0)], [("c", 1.0)], [("c", 1.0), ("b", 1.0)])):
        clusterer.restore(report(str(n), unit((0, 1.0)), dict(cues)), n + 1, 1)
    assert sorted(clusterer._main_cues[1]) == ["b", "c"]  # b and c twice, a once


def test_a_topic_that_doubles_takes_back_a_stray_filed_before_it_formed() -> None:
    """A stray's topic is offered when it grows; one that no longer grows is offered again
    when a larger topic near it doubles in size (here from one report to two)."""
    settings = ClusterSettings(story_cue_weight=0.0, topic_cue_weight=0.0, small_topic=1)
    clusterer = StoryClusterer(replace(settings, topic_merge=0.99))
    day = date(2010, 4, 20)
    clusterer.restore(report("stray", unit((1, 1.0), (2, 1.0), (3, 2.0)), day=day), 1, 1)
    clusterer.restore(report("a", unit((1, 1.0)), day=day), 2, 2)  # cosine 0.41 to the stray
    assert clusterer.add(report("c", unit((1, 1.0), (2, 0.9)), day=day)) == (2, 1)  # 0.53
    assert clusterer.merged_topics == {2: 1}


def _clash_corpus(settings: ClusterSettings) -> StoryClusterer:
    """Two matters of one year: a pandemic first reported from Mexico, and an uprising in
    Libya; and two others that, like many matters, name Reuters and the UN."""
    clusterer = StoryClusterer(settings)
    wire = {"o:reuters": 1.0, "o:un": 1.0}
    flu = {"c:MEX": 1.0, "o:world health organization": 1.0, **wire}
    libya = {"c:LBY": 1.0, "p:gaddafi": 1.0, "l:benghazi": 1.0, **wire}
    matters = ((0, flu), (1, libya), (5, {"c:USA": 1.0, **wire}), (6, {"c:FRA": 1.0, **wire}))
    for topic, (axis, cues) in enumerate(matters, start=1):
        for n in range(3):
            features = report(f"{axis}-{n}", unit((axis, 1.0), (9, 0.05 * n)), cues)
            clusterer.restore(features, 3 * topic + n - 2, topic)
    return clusterer


def test_a_pandemic_report_from_another_country_joins_its_topic() -> None:
    """A swine-flu report from the Emirates names no Mexico, but it names the World Health
    Organization, which the flu topic holds most reports of: the country clash is waived."""
    settings = ClusterSettings(
        story_cue_weight=0.0, topic_cue_weight=0.0, topic_side_weight=0.0, small_topic=0
    )
    emirates = {"c:ARE": 1.0, "o:world health organization": 1.0, "o:reuters": 1.0}
    near_flu = unit((0, 1.0), (2, 1.52))  # cosine 0.55 to the flu stories: over 0.45 alone
    assert _clash_corpus(settings).add(report("uae", near_flu, emirates))[1] == 1
    never_own = replace(settings, own_cue=1.0)  # no cue is a topic's own: the clash holds
    assert _clash_corpus(never_own).add(report("uae", near_flu, emirates))[1] == 5


def test_a_neighbouring_uprising_naming_only_shared_names_stays_apart() -> None:
    """A Syria report at the time of Libya's uprising names Reuters and the UN, as Libya's
    reports do, but no Gaddafi or Benghazi; Reuters and the UN are not Libya's own (other matters
    name them too), so the clash holds and Syria starts its own topic."""
    settings = ClusterSettings(
        story_cue_weight=0.0, topic_cue_weight=0.0, topic_side_weight=0.0, small_topic=0
    )
    syria = {"c:SYR": 1.0, "p:assad": 1.0, "o:reuters": 1.0, "o:un": 1.0}
    near_libya = unit((1, 1.0), (2, 1.52))  # cosine 0.55 to the Libya stories
    assert _clash_corpus(settings).add(report("syria", near_libya, syria))[1] == 5
    every_cue_own = replace(settings, own_cue=0.0)  # shared names waiving the clash: joined
    assert _clash_corpus(every_cue_own).add(report("syria", near_libya, syria))[1] == 2


def test_an_undated_small_topic_joins_only_a_topic_it_shares_actors_with() -> None:
    """Two shootings years apart read alike; undated, nothing but their actors tells them
    apart. The same offer that joins dated topics needs shared actors when undated."""
    settings = ClusterSettings(
        story_cue_weight=0.0, topic_cue_weight=0.0, topic_side_weight=0.0, topic_merge=0.99
    )

    def file_after_two_stories(day: date | None, cues: dict[str, float]) -> tuple[int, int]:
        clusterer = StoryClusterer(settings)
        police = {"p:smith": 1.0, "l:oakland": 1.0}
        clusterer.restore(report("a", unit((1, 1.0)), police, day), 1, 1)
        clusterer.restore(report("b", unit((2, 1.0)), police, day), 2, 1)
        return clusterer.add(report("c", unit((1, 1.0), (2, 1.0), (3, 2.0)), cues, day))

    other_cast = {"p:jones": 1.0, "l:denver": 1.0}
    assert file_after_two_stories(date(2010, 4, 20), other_cast) == (3, 1)  # dated: joined
    assert file_after_two_stories(None, other_cast) == (3, 2)  # undated, no actor shared
    assert file_after_two_stories(None, {"p:smith": 1.0, "l:denver": 1.0}) == (3, 1)  # 0.32


def test_an_undated_small_topic_sharing_only_a_country_stays_apart() -> None:
    """Two undated accidents in one country: the second report names the country and actors
    of its own. A country says where, not what: it is no shared actor for an undated offer."""
    settings = ClusterSettings(
        story_cue_weight=0.0, topic_cue_weight=0.0, topic_side_weight=0.0, topic_merge=0.99
    )
    clusterer = StoryClusterer(settings)
    crash = {"c:NZL": 1.0, "p:smith": 1.0, "l:wellington": 1.0}
    clusterer.restore(report("a", unit((1, 1.0)), crash), 1, 1)
    clusterer.restore(report("b", unit((2, 1.0)), crash), 2, 1)
    fall = {"c:NZL": 1.0, "p:jones": 1.0, "l:mount cook": 1.0}
    assert clusterer.add(report("c", unit((1, 1.0), (2, 1.0), (3, 2.0)), fall)) == (3, 2)


def test_an_undated_small_topic_joins_a_large_topic_naming_its_actors_in_few_reports() -> None:
    """A league's topic names a dozen clubs, each in one report of twelve: a small topic on
    two of those clubs shares its actors with it although few of its reports name them (the
    share of reports naming a cue is no measure of whether the topic knows it)."""
    settings = ClusterSettings(
        story_cue_weight=0.0, topic_cue_weight=0.0, topic_side_weight=0.0, topic_merge=0.99
    )
    clubs = [f"o:club{n}" for n in range(12)]

    def offer(cues: dict[str, float]) -> tuple[int, int]:
        clusterer = StoryClusterer(settings)
        for n, club in enumerate(clubs):
            clusterer.restore(report(club, unit((n + 1, 1.0)), {club: 1.0}), n + 1, 1)
        everything = unit(*((n + 1, 1.0) for n in range(12)), (20, 2.0))
        return clusterer.add(report("new", everything, cues))

    assert offer({clubs[0]: 2.6, clubs[1]: 1.0}) == (13, 1)  # each named in 1 of 12: joined
    assert offer({clubs[0]: 1.0, clubs[1]: 2.6}) == (13, 1)  # however often the lead names them
    assert offer({"o:other": 1.0, "o:another": 1.0}) == (13, 2)  # none named: apart


def _oil_topic_with_a_transcript(
    settings: ClusterSettings | None = None, day: date | None = date(2011, 1, 20)
) -> StoryClusterer:
    """A topic of oil-spill reports (axis 0) and one broadcast transcript of the spill (axis 9
    for its format), a story of its own in the topic, published on `day`."""
    clusterer = StoryClusterer(settings)
    for n in range(5):
        oil = {"c:USA": 1.0, "p:hayward": 1.0, f"l:beach{n}": 1.0}
        clusterer.add(report(f"oil{n}", unit((0, 1.0), (n + 1, 0.05)), oil, day))
    transcript = report("tr", unit((0, 0.6), (9, 1.0)), {"p:hayward": 1.0, "p:host": 1.0}, day)
    assert clusterer.add(transcript) == (2, 1)
    return clusterer


_UPRISING = {f"p:protester{n}": 2.0 for n in range(6)} | {"c:EGY": 2.0, "c:USA": 1.0}


def test_a_new_matter_near_one_transcript_of_a_topic_starts_its_own_topic() -> None:
    """A report on an uprising, in a transcript's format, naming the United States: near the
    topic's transcript (cosine 0.64), far from the topic as a whole (0.11), and naming
    hardly any of its actors: another matter."""
    clusterer = _oil_topic_with_a_transcript()
    uprising = report("egy", unit((9, 1.0), (20, 0.9)), _UPRISING, date(2011, 1, 25))
    topic = clusterer.topics.get(1)
    assert clusterer.topics.cosine(topic, uprising.vector) < 0.3
    assert clusterer._coverage(clusterer._weigh(uprising), topic) < 0.04
    assert clusterer.add(uprising)[1] == 2
    without = _oil_topic_with_a_transcript(ClusterSettings(topic_centroid=-1.0))
    assert without.add(uprising)[1] == 1  # the transcript alone would take it in


def test_a_new_story_naming_the_topics_actors_joins_it_from_afar() -> None:
    """The same lead, far from the topic's centroid, but naming the topic's own actors."""
    clusterer = _oil_topic_with_a_transcript()
    cues = {"l:beach0": 1.0, "l:beach1": 1.0, "l:beach2": 1.0, "c:USA": 1.0}
    hearing = report("bp", unit((9, 1.0), (20, 0.9)), cues, date(2011, 1, 25))
    assert clusterer.add(hearing) == (3, 1)


def test_undated_a_new_story_naming_only_the_topics_country_does_not_join_it_from_afar() -> None:
    """A report in the transcript's format (cosine 0.64 with it), far from the topic as a
    whole, naming the United States, as most of the topic's reports do, and actors of its
    own. Undated, the country says where it happens, not that it is the spill: another
    matter. Dated days after the spill, it may be of the spill (a charity concert for it)."""
    cues = {"c:USA": 1.0, "p:singer": 2.0}
    dated = (date(2011, 1, 20), date(2011, 1, 25))
    for (spill, day), topic_id in (((None, None), 2), (dated, 1)):
        clusterer = _oil_topic_with_a_transcript(day=spill)
        concert = report("concert", unit((9, 1.0), (20, 0.9)), cues, day)
        topic = clusterer.topics.get(1)
        assert clusterer.topics.cosine(topic, concert.vector) < 0.3
        assert clusterer._coverage(clusterer._weigh(concert), topic) >= 0.04  # the country
        assert clusterer.add(concert) == (3, topic_id)


def test_a_new_story_resembling_the_topic_as_a_whole_joins_without_shared_actors() -> None:
    clusterer = _oil_topic_with_a_transcript()
    cleanup = report("cl", unit((0, 0.55), (21, 1.0)), {"p:crew": 1.0}, date(2011, 1, 25))
    topic = clusterer.topics.get(1)
    assert clusterer.topics.cosine(topic, cleanup.vector) >= 0.3
    assert clusterer.add(cleanup) == (3, 1)


def _signature_corpus(pandemic: int = 24, day: date = date(2009, 5, 1)) -> StoryClusterer:
    """A pandemic's topic whose reports all use "swine" and "flu", and a larger topic on
    another matter; both use "health". One story per report."""
    clusterer = StoryClusterer()
    for n in range(pandemic):
        words = frozenset({"swine", "flu", "health", f"w{n}"})
        features = replace(report(f"f{n}", unit((0, 1.0), (9, 0.05 * n)), day=day), terms=words)
        clusterer.restore(features, n + 1, 1)
    for n in range(40):
        words = frozenset({"health", "budget", f"v{n}"})
        features = replace(report(f"b{n}", unit((5, 1.0), (9, 0.05 * n)), day=day), terms=words)
        clusterer.restore(features, pandemic + n + 1, 2)
    return clusterer


def _stray(words: set[str], day: date = date(2009, 5, 3)) -> ArticleFeatures:
    """A report on a boxer kept home by the pandemic: cosine 0.32 with its topic."""
    return replace(report("boxer", unit((0, 1.0), (3, 3.0)), day=day), terms=frozenset(words))


def test_a_small_topic_using_a_topics_signature_words_joins_it() -> None:
    """The stray starts a topic (0.32 is under the topic threshold); offered to the pandemic's
    topic, the signature words it uses add the term weight: 0.32 + 0.5 × (1 + 1) / 2."""
    assert _signature_corpus().add(_stray({"swine", "flu", "boxer"}))[1] == 1
    assert _signature_corpus().add(_stray({"boxer", "ring"}))[1] == 3
    unweighted = _signature_corpus()
    unweighted.settings = ClusterSettings(topic_term_weight=0.0)
    assert unweighted.add(_stray({"swine", "flu", "boxer"}))[1] == 3


def test_a_word_both_matters_use_is_no_signature() -> None:
    """The word "health" is in every report of the pandemic's topic, but the other matter
    uses it too: the topic holds under half its uses, at under twice its corpus share."""
    assert _signature_corpus().add(_stray({"health", "boxer"}))[1] == 3


def test_signature_words_years_apart_count_nothing() -> None:
    """Three years on, the time penalty (0.3) alone would leave the words enough to join:
    0.32 - 0.3 + 0.5; a word shared years later is another matter's."""
    later = _stray({"swine", "flu", "boxer"}, day=date(2012, 5, 3))
    assert _signature_corpus().add(later)[1] == 3
    assert _signature_corpus(day=date(2012, 4, 1)).add(later)[1] == 1


def test_a_topic_under_the_signature_size_has_no_signature() -> None:
    assert _signature_corpus(pandemic=10).add(_stray({"swine", "flu", "boxer"}))[1] == 3
    assert _signature_corpus(pandemic=20).add(_stray({"swine", "flu", "boxer"}))[1] == 1


def _double_the_pandemic_topic(clusterer: StoryClusterer) -> None:
    """Restore a pandemic's topic of 31 reports (topic 2) and 40 unrelated reports (topic 3)
    after what the clusterer holds, then add the pandemic's 32nd report: its topic doubles."""
    for n in range(31):
        flu = frozenset({"swine", "flu", f"w{n}"})
        features = report(f"f{n}", unit((0, 1.0), (9, 0.05 * n)), day=date(2009, 5, 4))
        clusterer.restore(replace(features, terms=flu), n + 2, 2)
    for n in range(40):
        features = report(f"b{n}", unit((5, 1.0), (9, 0.05 * n)), day=date(2009, 5, 4))
        clusterer.restore(replace(features, terms=frozenset({f"v{n}"})), n + 33, 3)
    last = report("f31", unit((0, 1.0), (9, 0.05 * 30)), day=date(2009, 5, 5))
    assert clusterer.add(replace(last, terms=frozenset({"swine", "flu"})))[0] == 32


def test_a_topic_that_doubles_takes_back_a_stray_using_its_signature_words() -> None:
    """The stray came first, as a topic of its own; when the pandemic's topic reaches 32
    reports, it is offered the stray, which its words tie to it."""

    def after_doubling(words: set[str]) -> dict[int, int]:
        clusterer = StoryClusterer()
        clusterer.restore(_stray(words), 1, 1)
        _double_the_pandemic_topic(clusterer)
        return clusterer.merged_topics

    assert after_doubling({"swine", "flu", "boxer"}) == {2: 1}
    assert after_doubling({"boxer", "ring"}) == {}


def test_signature_words_count_only_between_dated_topics() -> None:
    """Undated, the stray may be offered (it names the World Health Organization, as one
    report of the topic does) but its words count nothing: nothing says the two are of one
    time, and two undated events of one kind share their words."""
    who = {"o:world health organization": 1.0}
    mexico = {"c:MEX": 1.0}

    def offered(day: date | None) -> int:
        clusterer = StoryClusterer()
        for n in range(24):
            words = frozenset({"swine", "flu", f"w{n}"})
            cues = {**mexico, **who} if n == 0 else mexico
            flu = report(f"f{n}", unit((0, 1.0), (9, 0.05 * n)), cues, day)
            clusterer.restore(replace(flu, terms=words), n + 1, 1)
        for n in range(40):
            other = report(f"b{n}", unit((5, 1.0), (9, 0.05 * n)), day=day)
            clusterer.restore(replace(other, terms=frozenset({f"v{n}"})), n + 25, 2)
        stray = replace(_stray({"swine", "flu"}, day=day), cues=who)
        return clusterer.add(stray)[1]

    assert offered(date(2009, 5, 1)) == 1
    assert offered(None) == 3


def test_signature_words_do_not_tie_a_report_on_another_country() -> None:
    """An earthquake in Italy, in the months of Haiti's: the words are the kind's, and the
    countries clash (0.32 - 0.2 + 0.5 would join)."""

    def offered(stray_cues: dict[str, float]) -> int:
        clusterer = StoryClusterer()
        for n in range(24):
            words = frozenset({"earthquake", "quake", f"w{n}"})
            haiti = report(f"h{n}", unit((0, 1.0), (9, 0.05 * n)), {"c:HTI": 1.0}, date(2010, 2, 1))
            clusterer.restore(replace(haiti, terms=words), n + 1, 1)
        for n in range(40):
            other = report(f"b{n}", unit((5, 1.0), (9, 0.05 * n)), day=date(2010, 2, 1))
            clusterer.restore(replace(other, terms=frozenset({f"v{n}"})), n + 25, 2)
        stray = replace(_stray({"earthquake", "quake"}, day=date(2010, 4, 6)), cues=stray_cues)
        return clusterer.add(stray)[1]

    assert offered({"c:ITA": 1.0, "l:l'aquila": 1.0}) == 3
    assert offered({"l:port-au-prince": 1.0}) == 1


def test_a_stray_far_from_the_topic_is_offered_to_the_topic_whose_signature_it_uses() -> None:
    """The boxer's nearest topics by centroid are nine on sport (cosine 0.35, the pandemic's
    0.32): the pandemic's topic is no candidate by centroid, but its signature words are."""

    def offered(words: set[str]) -> int:
        clusterer = _signature_corpus()
        for n in range(10):
            sport = report(f"s{n}", unit((3, 1.0), (10 + n, 2.5)), day=date(2009, 5, 2))
            clusterer.restore(replace(sport, terms=frozenset({f"u{n}"})), 65 + n, 3 + n)
        stray = _stray(words)
        assert clusterer._documents + 1 & clusterer._documents  # no doubling of the corpus
        nearest = clusterer.topics.nearest(stray.vector, clusterer.settings.shortlist + 1)
        assert 1 not in {topic.id for topic, _ in nearest}
        return clusterer.add(stray)[1]

    assert offered({"swine", "flu", "boxer"}) == 1
    assert offered({"boxer", "ring"}) == 13


def test_the_signature_of_merged_topics_is_the_merged_topics() -> None:
    """Two halves of the pandemic (11 and 13 reports, under the signature size) merge when a
    report brings their centroids together: the older id stays, and it now holds the words'
    uses that the younger half led."""
    clusterer = StoryClusterer()
    day = date(2009, 5, 1)
    for n in range(24):
        half = 1 if n < 11 else 2
        flu = report(f"f{n}", unit((0, 1.0), (8 + half, 0.4)), day=day)
        clusterer.restore(replace(flu, terms=frozenset({"swine", "flu"})), n + 1, half)
    for n in range(40):
        other = report(f"b{n}", unit((5, 1.0), (9, 0.05 * n)), day=day)
        clusterer.restore(replace(other, terms=frozenset({f"v{n}"})), n + 25, 3)
    bridge = report("f24", unit((0, 1.0), (9, 0.3), (10, 0.3)), day=day)
    clusterer.add(replace(bridge, terms=frozenset({"swine", "flu"})))
    assert clusterer.merged_topics == {2: 1}
    assert clusterer.add(_stray({"swine", "flu", "boxer"}))[1] == 1


def test_small_topics_are_offered_again_when_the_corpus_doubles() -> None:
    """A review naming "the Iraq war", filed when the war was all the corpus held: no word
    was the war's more than the corpus's, and the stray stayed apart. Once another matter
    has come and the corpus doubles, the stray is offered again and its words tie it."""

    def stray_after(words: set[str], reports: int) -> dict[int, int]:
        clusterer = StoryClusterer()
        day = date(2005, 3, 1)
        for n in range(24):
            war = report(f"w{n}", unit((0, 1.0), (9, 0.05 * n)), day=day)
            clusterer.restore(replace(war, terms=frozenset({"iraq", "war", f"w{n}"})), n + 1, 1)
        clusterer.restore(_stray(words, day=day), 25, 2)
        for n in range(reports - 25):
            other = report(f"b{n}", unit((5, 1.0), (9, 0.05 * n)), day=date(2005, 4, 1))
            features = replace(other, terms=frozenset({"budget", f"v{n}"}))
            if n < reports - 26:
                clusterer.restore(features, n + 26, 3)
            else:
                clusterer.add(features)
        return clusterer.merged_topics

    assert stray_after({"iraq", "war", "review"}, 127) == {}  # offered only as it grows
    assert stray_after({"iraq", "war", "review"}, 128) == {2: 1}
    assert stray_after({"review", "novel"}, 128) == {}


def _protests(day: date | None) -> StoryClusterer:
    """The Iraq war's topic: reports naming Iraq, half of them the United States too, one of
    them on anti-war protests."""
    clusterer = StoryClusterer()
    for n in range(6):
        cues = {"c:IRQ": 1.0, "c:USA": 1.0} if n % 2 else {"c:IRQ": 1.0}
        war = report(f"w{n}", unit((0, 1.0), (1 + n, 0.3)), cues, day)
        clusterer.restore(war, n + 1, 1)
    return clusterer


def test_undated_a_country_clash_costs_twice() -> None:
    """Protests in Egypt (named first and most, the United States once) read like the Iraq
    topic's protests: cosine 0.7 less the clash, 0.5, would join; undated, nothing else parts
    the two matters, and the clash costs twice. Its own topic, offered to Iraq's, is Egyptian
    too (as a one-report topic every country has a share of 1)."""
    egypt = {"c:EGY": 1.7, "c:USA": 1.0}
    assert (
        _protests(date(2011, 1, 26)).add(
            report("e", unit((0, 1.0), (9, 1.0)), egypt, date(2011, 1, 26))
        )[1]
        == 1
    )
    undated = _protests(None)
    assert undated.add(report("e", unit((0, 1.0), (9, 1.0)), egypt))[1] == 2
    assert undated.merged_topics == {}


def test_a_report_naming_a_day_starts_a_story_apart_from_one_that_never_named_one() -> None:
    """Undated reports on a check-in into rehab, then one whose lead names its day: alike
    (cosine 0.85, which joins an undated story), but no report of the story ever named a day:
    the full time penalty takes it under the story threshold, in the same topic."""
    clusterer = StoryClusterer()
    for n in range(3):
        clusterer.add(report(f"u{n}", unit((0, 1.0), (1, 0.1 * n))))
    like = unit((0, 1.0), (2, 0.6))
    assert clusterer.add(report("u9", like))[0] == 1
    named = ArticleFeatures("d", "title d", date(2013, 5, 2), like, {}, dated_by_text=True)
    story, topic = clusterer.add(named)
    assert story != 1 and topic == 1


def test_a_report_naming_a_day_joins_a_story_whose_reports_named_days_near_it() -> None:
    clusterer = StoryClusterer()
    for n in range(3):
        dated = report(f"d{n}", unit((0, 1.0), (1, 0.1 * n)), day=date(2013, 5, 1 + n))
        clusterer.add(replace(dated, dated_by_text=True))
    named = report("d9", unit((0, 1.0), (2, 0.6)), day=date(2013, 5, 3))
    assert clusterer.add(replace(named, dated_by_text=True))[0] == 1


def _weekly_race(weeks: int, by_text: bool = False, days: int = 6) -> list[tuple[int, int]]:
    """A race reported every `days` days (six) from 1 January 2016 (the day read from each
    text when `by_text`), each report alike to the others (cosine 0.8, no actors): each comes
    within `story_days` of the story's last report."""
    clusterer = StoryClusterer()
    return [
        clusterer.add(
            replace(
                report(
                    f"r{n}",
                    unit((0, 1.0), (1 + n, 0.5)),
                    day=date(2016, 1, 1) + timedelta(days * n),
                ),
                dated_by_text=by_text,
            )
        )
        for n in range(weeks)
    ]


def test_a_story_does_not_grow_past_an_events_span_by_reports_a_week_apart() -> None:
    """Reports a week apart kept a story open for months (the Republican race of audit20's
    pile, 13 January to 12 March, one story): each came within `story_days` of the last. A
    story is one event: past `story_span` days from its first report, a report alike to it
    costs the time penalty, and starts a story in the same topic."""
    filed = _weekly_race(10)  # the last on 24 February, 54 days after the first
    assert [story for story, _ in filed[:5]] == [1] * 5  # within four weeks: one story
    assert filed[-1][0] != 1
    assert {topic for _, topic in filed} == {1}


def test_a_month_of_primaries_is_not_one_story() -> None:
    """The Democratic race of the election pile, 18 February to 16 March, was one story of
    eleven reports a few days apart (polls, Nevada, Minnesota, Oklahoma, the 15 March
    primaries), each within `story_days` of the last and all within four weeks. An event (a
    vote, a debate), with its previews and aftermath, is reported within about two weeks: a
    report alike to the story past `story_span` days from its first starts another story."""
    filed = _weekly_race(10, days=3)  # the last on 28 January, 27 days after the first
    assert [story for story, _ in filed[:5]] == [1] * 5  # within two weeks: one story
    assert filed[-1][0] != 1
    assert {topic for _, topic in filed} == {1}


def test_days_read_from_texts_do_not_count_in_a_storys_span() -> None:
    """A day read from a text is what it speaks of, often long before the report (ECB+'s
    undated reports): such days say nothing of how long a story has run, and chain as before."""
    assert {story for story, _ in _weekly_race(10, by_text=True)} == {1}


def test_a_name_one_report_of_a_topic_names_is_not_what_the_topic_is_about() -> None:
    """A report on Trump's retweet names Twitter, as the one report of a topic on Twitter and
    terrorism does, and Trump, as every report of the campaign's topic does. Its lead lies a
    little nearer the Twitter report's; what the campaign's reports name is the campaign's,
    but a name one report names is that report's, not its topic's: it joins the campaign."""
    settings = ClusterSettings(
        topic_cue_weight=0.0, story_cue_weight=0.0, small_topic=0, topic_merge=0.99
    )
    clusterer = StoryClusterer(settings)
    clusterer.restore(report("isis", unit((1, 1.0)), {"o:twitter": 1.0, "o:isis": 1.0}), 1, 1)
    campaign = {"p:trump": 1.0, "p:cruz": 1.0, "l:iowa": 1.0}
    for n in range(3):
        clusterer.restore(report(f"race{n}", unit((2, 1.0)), campaign), 2 + n, 2)
    rest = (1 - 0.46**2 - 0.45**2) ** 0.5
    retweet = report(
        "retweet", unit((1, 0.46), (2, 0.45), (3, rest)), {"o:twitter": 1.0, "p:trump": 1.0}
    )
    assert clusterer.add(retweet)[1] == 2


def _race_report(
    key: str, published: date, named: set[date], second: float = 0.1
) -> ArticleFeatures:
    """A report of one race, published on `published`, whose lead names the days `named`:
    the same words each time (cosine 0.78 between the race's two events)."""
    features = report("x", unit((0, 1.0), (2, second)), day=published)
    return replace(features, key=key, event_days=frozenset(named))


def _caucus_story(clusterer: StoryClusterer, reports: int = 2) -> int:
    """A story of `reports` reports on Monday's caucuses (1 Feb), published the day after."""
    caucus = {date(2016, 2, 1)}
    stories = {
        clusterer.add(_race_report(f"c{n}", date(2016, 2, 2), caucus))[0] for n in range(reports)
    }
    assert len(stories) == 1
    return stories.pop()


def test_a_report_on_the_next_event_of_a_race_starts_its_own_story() -> None:
    """Iowa's caucuses (1 Feb) and New Hampshire's primary (9 Feb) read alike; the primary's
    report names only its own day, eight days after the story's, and starts a story."""
    clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0))
    caucus = _caucus_story(clusterer)
    primary = _race_report("p", date(2016, 2, 10), {date(2016, 2, 9)}, second=0.8)
    assert clusterer.add(primary)[0] != caucus


def test_the_aftermath_and_the_undated_stay_in_the_events_story() -> None:
    """Naming the event's day, or the two days after it (the count, a concession), or no day,
    a later report stays in its story; so does a preview naming days before the event."""
    clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0))
    caucus = _caucus_story(clusterer)
    aftermath = [
        _race_report("a", date(2016, 2, 4), {date(2016, 2, 3)}, second=0.8),
        _race_report("u", date(2016, 2, 10), set(), second=0.8),
        _race_report("b", date(2016, 2, 10), {date(2016, 2, 1), date(2016, 2, 9)}, second=0.8),
    ]
    assert [clusterer.add(r)[0] for r in aftermath] == [caucus] * 3


def test_one_reports_day_is_not_yet_its_storys_day() -> None:
    """A story of one report: the day its lead names may be its own angle (a visit, an
    editorial), not the story's event, and holds no later report off."""
    clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0))
    caucus = _caucus_story(clusterer, reports=1)
    primary = _race_report("p", date(2016, 2, 10), {date(2016, 2, 9)}, second=0.8)
    assert clusterer.add(primary)[0] == caucus


def test_restored_stories_keep_their_day() -> None:
    clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0))
    for n in range(2):
        clusterer.restore(_race_report(f"c{n}", date(2016, 2, 2), {date(2016, 2, 1)}), 1, 1)
    primary = _race_report("p", date(2016, 2, 10), {date(2016, 2, 9)}, second=0.8)
    assert clusterer.add(primary)[0] != 1


def test_a_report_looking_back_on_the_storys_event_starts_the_next() -> None:
    """Two days after the caucuses (within `event_gap`), a lead that names their day only in an
    opening "After …," phrase reports what followed them and starts a story, however alike it
    reads (the same words as the story's); a lead naming the caucuses' day as its own, or only
    the day after it, stays: the aftermath."""
    looking_back = replace(
        _race_report("n", date(2016, 2, 3), {date(2016, 2, 1)}),
        looked_back=frozenset({date(2016, 2, 1)}),
    )
    aftermath = [
        _race_report("a", date(2016, 2, 3), {date(2016, 2, 1)}, second=0.8),
        _race_report("b", date(2016, 2, 3), {date(2016, 2, 2)}, second=0.8),
    ]
    for later, stays in [(looking_back, False)] + [(r, True) for r in aftermath]:
        clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0))
        caucus = _caucus_story(clusterer)
        assert (clusterer.add(later)[0] == caucus) is stays, later.key


def test_a_report_on_the_next_event_joins_that_events_story_before_the_last_ones() -> None:
    """The primary's report reads like the caucuses' story (the race's words and actors) well
    above the threshold despite the event penalty, and also like a story of the primary's
    day itself: it goes to the primary's, where there is one to join."""
    clusterer = StoryClusterer(ClusterSettings(story_cue_weight=0.0))
    caucus = _caucus_story(clusterer)
    primary = _race_report("p", date(2016, 2, 10), {date(2016, 2, 9)})
    primary = replace(primary, vector=unit((0, 1.0), (1, 0.1), (2, 0.1)))  # 0.99 the caucuses'
    elsewhere = replace(primary, key="q", vector=unit((0, 1.0), (1, 1.0)))  # 0.77 the primary's
    vote = clusterer.add(elsewhere)[0]  # the primary's first report: another story
    assert vote != caucus
    assert clusterer.add(primary)[0] == vote


def test_a_report_alike_but_months_after_the_storys_last_starts_another_story() -> None:
    """The demo's Intel Macs (January) and MacBook (May): alike enough, with shared actors,
    to pass the threshold after the full time penalty, but four months apart."""
    clusterer = StoryClusterer()
    cues = {"o:apple": 1.0, "o:intel": 1.0}
    january = clusterer.add(report("a", unit((0, 1.0), (1, 0.1)), cues, date(2006, 1, 11)))
    may = clusterer.add(report("b", unit((0, 1.0), (1, 0.12)), cues, date(2006, 5, 17)))
    assert january[0] != may[0]
    assert january[1] == may[1]  # the same matter


def test_a_report_weeks_after_the_last_of_a_running_story_still_joins_it() -> None:
    """A court case reported at its filing and at its ruling six weeks later (the demo's Apple
    Corps suit), and a trial reported every few weeks, stay one story each."""
    cues = {"o:apple": 1.0, "o:intel": 1.0}
    clusterer = StoryClusterer()
    days = [date(2006, 3, 28), date(2006, 5, 8), date(2006, 6, 20), date(2006, 8, 1)]
    ids = [
        clusterer.add(report(f"r{n}", unit((0, 1.0), (1, 0.1)), cues, day))
        for n, day in enumerate(days)
    ]
    assert len({story for story, _ in ids}) == 1


def test_old_stories_out_of_reach_leave_the_shortlist_to_this_months() -> None:
    """A star's death, years of stories on it, and his doctor's trial: the old stories read
    more like the trial's newest report than the trial's own story does, but they are over
    and cannot take it. They must not fill the shortlist and leave the trial's story out."""
    clusterer = StoryClusterer()
    shared = unit((0, 1.0), (1, 1.0))
    old = [
        clusterer.add(
            report(
                f"o{n}",
                unit((0, 1.0), (1, 1.0), (10 + n, 1.0)),
                None,
                date(2009, 6, 1) + timedelta(days=n),
            )
        )[0]
        for n in range(clusterer.settings.shortlist)
    ]
    assert len(set(old)) == len(old)  # eight stories of 2009, each its own
    cues = {"p:murray": 1.0}
    trial = clusterer.add(
        report("t1", unit((0, 1.0), (1, 0.2), (60, 1.2)), cues, date(2011, 9, 27))
    )[0]
    assert trial not in old
    verdict = report("t2", shared, cues, date(2011, 10, 3))
    assert all(
        clusterer.stories.cosine(clusterer.stories.get(story), shared)
        > clusterer.stories.cosine(clusterer.stories.get(trial), shared)
        for story in old
    )
    assert clusterer.add(verdict)[0] == trial


def _listing(key: str, vector: np.ndarray, day: date = date(2009, 5, 3)) -> ArticleFeatures:
    """A programme listing (`ingest.page_kind`) as the clusterer reads it."""
    return replace(report(key, vector, day=day), listing=True)


def test_a_listing_reading_like_a_news_story_starts_its_own_story_and_topic() -> None:
    """A weekly schedule whose lead embeds as a news report's (cosine 1) is no report of its
    matter: it starts a story and a topic of its own, and the next listing joins those."""
    clusterer = StoryClusterer()
    news = clusterer.add(report("news", unit((0, 1.0)), day=date(2009, 5, 3)))
    first = clusterer.add(_listing("week 1", unit((0, 1.0))))
    second = clusterer.add(_listing("week 2", unit((0, 1.0))))
    assert first[0] != news[0] and first[1] != news[1]
    assert second == first
    assert clusterer.add(report("news again", unit((0, 1.0)), day=date(2009, 5, 3))) == news


def test_a_listing_using_a_topics_signature_words_stays_apart() -> None:
    """The pandemic's signature words tie a news stray to its topic, not a listing using them
    (a radio schedule's "singer" and "star" are not a singer's death)."""
    stray = _stray({"swine", "flu", "boxer"})
    assert _signature_corpus().add(stray)[1] == 1
    assert _signature_corpus().add(replace(stray, listing=True))[1] == 3


def test_a_topic_of_listings_is_not_taken_back_by_a_news_topic_that_doubles() -> None:
    """Listings filed first, as a topic of their own; when the pandemic's topic reaches 32
    reports and takes back the strays near it, the listings' topic, though it uses the
    topic's signature words, is not one of them; a restored listing keeps its kind."""
    clusterer = StoryClusterer()
    clusterer.restore(replace(_stray({"swine", "flu"}), listing=True), 1, 1)
    _double_the_pandemic_topic(clusterer)
    assert clusterer.merged_topics == {}
    assert clusterer.add(replace(_stray({"swine", "flu"}), key="next week", listing=True)) == (
        1,
        1,
    )
