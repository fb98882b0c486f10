"""The title of a story or topic: the headline that says most nearly what its reports say.

A report is filed by the embedding of its headline and lead, and the report whose lead lies
nearest a cluster's centroid is central to it; its headline need not be. "On Eve Of NH
Primary, Hillary Just Got Blindsided By Stunning News- It's A Game Changer" opens a lead on
the Clinton–Sanders race and says nothing of it itself. So the `TITLE_CANDIDATES` members
nearest the centroid by their leads are the candidates (reports with a headline first: one
without is titled by its first words), and the one whose headline, embedded alone, lies
nearest the centroid titles the cluster. Only the candidates' headlines are embedded, so a
filing embeds at most that many short texts per story or topic it touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from storyline.link.stories.features import ArticleFeatures

TITLE_CANDIDATES = 8  # members nearest the centroid by their leads whose headlines compete
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
    if len(headed) < 2:
        return candidates[0].title
    vectors = embed([member.title for member in headed])
    best = max(range(len(headed)), key=lambda n: (float(vectors[n] @ centroid), -n))
    return headed[best].title
