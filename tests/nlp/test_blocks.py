import spacy

from storyline.nlp.blocks import mark_block_starts


def test_words_after_newlines_start_sentences() -> None:
    nlp = spacy.blank("en")
    doc = mark_block_starts(nlp("Insights from the Visit\n\nIt is now evident.\nNext line"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Insights", "It", "Next"]


def test_component_is_registered_for_spacy_pipelines() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("storyline_blocks")
    nlp.add_pipe("sentencizer")
    doc = nlp("A heading\n\nA sentence. Another one.")
    assert [s.text.strip() for s in doc.sents] == ["A heading", "A sentence.", "Another one."]
