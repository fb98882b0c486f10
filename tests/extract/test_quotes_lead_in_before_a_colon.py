"""A clause before a colon that comes before a cue verb is the writer's lead-in, not what
the verb's speaker says: the colon announces the words after it."""

from __future__ import annotations

from spacy.language import Language


def test_a_lead_in_before_a_colon_is_not_what_is_said(nlp: Language) -> None:
    doc = nlp("The mood in the town has changed: residents say they no longer trust the council.")
    [quote] = [q for q in doc._.quotes if q.cue is not None and q.cue.text == "say"]
    assert quote.content.text == "they no longer trust the council"


def test_a_clause_fronted_with_a_comma_is_still_what_is_said(nlp: Language) -> None:
    doc = nlp("The council has lost the town's trust, residents say.")
    [quote] = [q for q in doc._.quotes if q.cue is not None and q.cue.text == "say"]
    assert quote.content.text == "The council has lost the town's trust"
