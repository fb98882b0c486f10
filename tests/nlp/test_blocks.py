import spacy
from spacy.language import Language

from storyline.nlp.blocks import keep_abbreviations_inside, keep_names_whole, mark_block_starts


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


def test_no_sentence_starts_at_a_capitalised_stop_word_inside_a_name() -> None:
    nlp = spacy.blank("en")
    doc = keep_names_whole(nlp("They met President Moon Jae In on Saturday. In May, they met."))
    assert [t.is_sent_start for t in doc if t.text == "In"] == [False, None]


def test_the_parser_keeps_the_name_in_one_sentence(nlp: Language) -> None:
    doc = nlp("The delegation met President Moon Jae In on Saturday and handed him a letter.")
    assert len(list(doc.sents)) == 1
    [moon] = [actor for actor in doc._.actors if actor.type == "PERSON"]
    assert moon.name == "Moon Jae In"


def test_no_sentence_starts_at_a_lower_case_word_after_an_abbreviation() -> None:
    nlp = spacy.blank("en")
    text = "We wish Apple Inc. every success. It met at 3 p.m. on Friday at Apple Inc. Then..."
    doc = keep_abbreviations_inside(nlp(text))
    assert [t.text for t in doc if t.is_sent_start is False] == ["every", "on"]


def test_the_parser_keeps_a_sentence_whole_after_an_abbreviation(nlp: Language) -> None:
    doc = nlp('"We wish Apple Inc. every success and look forward to peace," said Aspinall.')
    assert len(list(doc.sents)) == 1
