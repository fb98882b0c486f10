"""A relative "which" or "that" on a thing that carries words (a message, a newspaper) is
the speaker of what the thing says, not another noun of the sentence; a thing someone
releases, holds up, carries or sends (with a gift) is still that someone's words."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.model import Quote


def direct(doc: Doc, words: str) -> Quote:
    """The one quote whose content holds `words`."""
    [quote] = [q for q in doc._.quotes if words in q.content.text]
    return quote


def test_a_message_that_said_is_not_the_words_of_the_main_clauses_subject(
    nlp: Language,
) -> None:
    doc = nlp(
        "The store took the page down on Friday. The listing was replaced by a message "
        "that said, “Sorry, the item is gone.”"
    )
    quote = direct(doc, "Sorry")
    assert quote.speaker is not None and quote.speaker.text == "that"


def test_a_paper_which_ran_an_article_calling_someone_a_name_speaks_itself(
    nlp: Language,
) -> None:
    doc = nlp(
        "Tom Hale was profiled in the Town Weekly, which ran an article calling him "
        "“the quiet fixer” of the race."
    )
    quote = direct(doc, "quiet fixer")
    assert quote.speaker is not None and quote.speaker.text == "which"
    assert quote.speaker_actor is None or doc._.actors[quote.speaker_actor].name != "Tom Hale"


def test_a_video_someone_released_is_still_their_words(nlp: Language) -> None:
    doc = nlp("Tom Reed released a video on Monday that said “jobs are coming back.”")
    quote = direct(doc, "jobs")
    assert quote.speaker_actor is not None
    assert doc._.actors[quote.speaker_actor].name == "Tom Reed"


def test_a_relative_who_still_speaks_for_its_person(nlp: Language) -> None:
    doc = nlp("The mayor met Jane Fox, who said “the bridge must close.” The vote is Monday.")
    quote = direct(doc, "bridge")
    assert quote.speaker_actor is not None
    assert doc._.actors[quote.speaker_actor].name == "Jane Fox"


def test_a_note_sent_with_a_gift_is_the_senders_words(nlp: Language) -> None:
    doc = nlp(
        "An anonymous donor sent a cheque for $5,000 to the clinic, with a note that said, "
        "“You saved my life.”"
    )
    quote = direct(doc, "saved my life")
    assert quote.speaker is not None and quote.speaker.text == "An anonymous donor"


def test_banners_a_crowd_carries_are_the_crowds_words(nlp: Language) -> None:
    doc = nlp(
        "Reporters saw a small crowd demonstrating near the square with banners that said, "
        "“Stay, stay Mubarak.”"
    )
    quote = direct(doc, "Stay, stay")
    assert quote.speaker is not None and quote.speaker.text == "a small crowd"


def test_signs_people_carry_are_their_words_not_the_sentences_subjects(nlp: Language) -> None:
    doc = nlp(
        "The editor sent us a video of the protest that showed a crowd of people carrying "
        "signs that read, “Free the press.”"
    )
    quote = direct(doc, "Free the press")
    assert quote.speaker is not None and quote.speaker.text == "people"
