"""A passage followed at once by "according to" and a source is said by that source
(`storyline.extract.quotes.direct._tag_after`); every text is invented."""

from __future__ import annotations

from spacy.language import Language


def said(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content.text)
        for q in nlp(text)._.quotes
    ]


def test_according_to_after_a_quote_names_its_source(nlp: Language) -> None:
    text = (
        "The group released its papers on Monday, which the agency later revealed to be "
        "incomplete.\n\n“Last week’s release also includes material from a cache of records "
        "only discovered in December. The new material shows the department compiled "
        "extensive dossiers on senators,” according to Judicial Watch.\n\nThe department "
        "did not respond."
    )
    speakers = {q[0] for q in said(nlp, text) if q[2].startswith("Last week’s release")}
    assert speakers == {"Judicial Watch"}
