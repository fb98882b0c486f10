"""A Doc's text, joined once.

spaCy's ``Doc.text`` joins the text of every token each time it is read. Rules that look at
the characters around each match (a colon before a quote, the words before a date) read it
many times per Doc, which made our components quadratic in the length of a report: a third
of the NLP pass went to rebuilding texts. ``doc_text`` keeps the joined text in
``Doc.user_data``; a Doc's text never changes, so it cannot go stale.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "storyline.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call for this Doc and kept with it."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
