"""A passage right after "<owner's> <noun of speech> that" is the owner's words, wherever the
parser hung its clause (`storyline.extract.quotes.governing._words_before`); every text is
invented."""

from __future__ import annotations

from spacy.language import Language


def pairs(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in nlp(text)._.quotes
    ]


def test_the_owner_of_a_comment_says_what_follows_that(nlp: Language) -> None:
    text = (
        "Another holdout — the United Mine Workers — is unlikely to give Clinton the nod "
        'after her March comment that, "We are going to put a lot of coal miners out of '
        'business."'
    )
    assert pairs(nlp, text) == [("her", "comment")]


def test_the_owner_of_a_remark_says_what_follows_that(nlp: Language) -> None:
    text = "The union is angry after his remark that, “Coal is finished in this state.”"
    assert pairs(nlp, text) == [("his", "remark")]


def test_a_day_between_the_noun_and_that(nlp: Language) -> None:
    text = (
        "As the debate went on, Trump stood by his comment Monday that \"Islam hates us,\" "
        "and Rubio tried to rebuke him."
    )
    assert pairs(nlp, text) == [("his", "comment")]
