"""A share of respondents speaks through the poll its sentence names, also where the share's
verb hangs in a clause below the one that names the poll."""

from __future__ import annotations

from spacy.language import Language


def test_a_share_in_a_clause_under_what_the_poll_finds_is_the_polls(nlp: Language) -> None:
    doc = nlp(
        'The Metro poll also finds that, while 37 percent of voters say the mayor is "very '
        'responsible" for the delays, 22 percent say he is "not at all responsible."'
    )
    [quote] = [q for q in doc._.quotes if "very responsible" in q.content.text]
    assert quote.speaker is not None and quote.speaker.text == "The Metro poll"


def test_a_share_with_no_poll_named_is_its_own_speaker(nlp: Language) -> None:
    doc = nlp(
        "The mayor spoke on Monday. Nearly 37 percent of voters say the mayor is to blame "
        "for the delays."
    )
    [quote] = [q for q in doc._.quotes if "to blame" in q.content.text]
    assert quote.speaker is not None and "percent" in quote.speaker.text


def test_a_percentage_as_the_subject_of_a_second_clause_is_its_own_speaker(
    nlp: Language,
) -> None:
    doc = nlp(
        "Twenty-four percent said they were more likely to vote for him, while 9 percent "
        "said it was a reason to stay home."
    )
    [quote] = [q for q in doc._.quotes if q.content.text.startswith("it was a reason")]
    assert quote.speaker is not None and quote.speaker.text == "9 percent"
