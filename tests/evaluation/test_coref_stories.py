"""The coreference bench files its documents into stories as an ingest does."""

from __future__ import annotations

from datetime import date

import numpy as np
from spacy.language import Language

from storyline.evaluation.cat_xml import GoldDocument
from storyline.evaluation.coref_stories import (
    Split,
    article_features,
    filing_order,
    split_title,
)
from storyline.evaluation.entity_coref import parse
from storyline.link.stories.features import ArticleFeatures

HEADLINED = (
    "Quake Hits Haiti\n\nA strong earthquake struck Haiti on January 12, 2010. Thousands died."
)


def test_a_headline_shaped_first_line_is_the_title_and_the_text_starts_after_it() -> None:
    split = split_title(HEADLINED)
    assert split.title == "Quake Hits Haiti"
    assert HEADLINED[split.body_start :].lstrip().startswith("A strong earthquake")


def test_a_first_line_that_is_a_sentence_leaves_the_text_untitled() -> None:
    text = "A publicist says Tara Reid has checked into rehab.\nJack Ketsoyan said so on Friday."
    assert split_title(text) == Split("", 0)


def features(key: str, day: date | None) -> ArticleFeatures:
    return ArticleFeatures(key, key, day, np.zeros(2, dtype=np.float32), {})


def test_reports_are_filed_by_date_undated_last_else_in_corpus_order() -> None:
    given = [
        features("a", None),
        features("b", date(2020, 1, 2)),
        features("c", date(2020, 1, 1)),
        features("d", None),
        features("e", date(2020, 1, 1)),
    ]
    assert [given[n].key for n in filing_order(given)] == ["c", "e", "b", "a", "d"]


def test_features_read_the_lead_after_the_title_with_its_words(nlp: Language) -> None:
    [item] = parse(nlp, [GoldDocument("d", "1", HEADLINED, [(0, len(HEADLINED))], [])], 1)
    split = split_title(HEADLINED)
    found = article_features(item, split, np.ones(2, dtype=np.float32))
    assert found.title == "Quake Hits Haiti" and found.headline
    assert {"quake", "earthquake", "haiti", "thousands"} <= found.terms
    assert found.cues == {"c:HTI": 1.0}  # named once after the title (twice in all)
    assert found.published == date(2010, 1, 12) and found.dated_by_text
