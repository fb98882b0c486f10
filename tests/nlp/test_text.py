"""doc_text: a Doc's text, joined once."""

from spacy.lang.en import English

from storyline.nlp.text import doc_text


def test_doc_text_is_the_docs_text_and_is_kept() -> None:
    doc = English()("Pence said on Monday: “We will talk.”\n\nTokyo agreed.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first
