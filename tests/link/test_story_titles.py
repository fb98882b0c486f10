"""A story's title: the headline that says most nearly what its reports say."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyline.link.stories.features import ArticleFeatures
from storyline.link.stories.titles import TITLE_CANDIDATES, representative_title


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
