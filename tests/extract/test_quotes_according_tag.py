"""A passage followed at once by "according to" and a source is said by that source
(`storyline.extract.quotes.direct._tag_after`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


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
