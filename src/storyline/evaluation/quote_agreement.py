"""How far PolNeAR's annotators agree with each other, scored as storyline is scored.

Where an article was annotated by several people, the first annotator's attributions are its
gold (as everywhere in the quotes bench), and each other annotator's attributions are scored
against them as if they were a system's predictions: their content, their cue, and their source
as the speaker. That gives the metrics' human level on the same articles.

A person's source is right only where it overlaps the gold source: there is no actor to fall
back on. storyline's speaker is also right where a mention of its actor overlaps the gold
source, so on the same articles it is shown twice: as the bench scores it, and with its speaker
judged by overlap alone, like the annotators'.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.evaluation.polnear import Attribution, PolnearDocument
from storyline.evaluation.quote_scorer import (
    Mentions,
    Predicted,
    merge_scores,
    score_document,
    score_predictions,
)
from storyline.extract.quotes.model import Quote

ANNOTATORS = "other_annotators"
STORYLINE = "storyline"
OVERLAP_ONLY = "storyline_speaker_by_overlap"
LABELS = {  # the table's column names
    ANNOTATORS: "other annotators",
    STORYLINE: "storyline",
    OVERLAP_ONLY: "storyline, speaker by overlap",
}


def annotator_predictions(attributions: Sequence[Attribution]) -> list[Predicted]:
    """Another annotator's attributions as predictions: the source stands as the speaker."""
    return [
        Predicted(attribution.content, attribution.cue, attribution.source)
        for attribution in attributions
        if attribution.content
    ]


def agreement(
    documents: Sequence[PolnearDocument],
    quotes: Sequence[Sequence[Quote]],
    mentions: Sequence[Mentions],
) -> dict[str, Any] | None:
    """On the articles annotated more than once: every other annotator against the first,
    and storyline (`quotes`, `mentions`: its output per document) against the first, as the
    bench scores it and by overlap alone. None when no article was annotated twice."""
    shared = [index for index, document in enumerate(documents) if document.other_attributions]
    if not shared:
        return None
    people = merge_scores(
        score_predictions(
            documents[index].text, documents[index].attributions, annotator_predictions(other)
        )
        for index in shared
        for other in documents[index].other_attributions
    )
    ours = merge_scores(
        score_document(documents[i].text, documents[i].attributions, quotes[i], mentions[i])
        for i in shared
    )
    overlap = merge_scores(
        score_document(documents[i].text, documents[i].attributions, quotes[i]) for i in shared
    )
    return {
        "articles": len(shared),
        "pairs": sum(len(documents[i].other_attributions) for i in shared),
        ANNOTATORS: people.metrics(),
        STORYLINE: ours.metrics(),
        OVERLAP_ONLY: overlap.metrics(),
    }
