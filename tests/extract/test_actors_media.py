"""A service, a site or a broadcaster the recogniser tags PERSON is an organisation when the
report writes it as a medium ("posted on Twitter", "sites like Facebook", "Facebook and
Twitter"; `extract/actors/media.py`), never for a name written with a person's words."""

from __future__ import annotations

from spacy.language import Language


def _types(nlp: Language, text: str) -> dict[tuple[str, ...], str]:
    return {a.key: a.type for a in nlp(text)._.actors}


def test_services_written_as_media_are_organisations(nlp: Language) -> None:
    text = (
        "Thousands marched in Lagos on Monday. Organisers spread the word on Twitter and "
        "Facebook, and Twitter said on Tuesday that its service had been blocked. Social "
        "media sites like Facebook and Twitter report that they are being blocked by the "
        'government. "We shall continue," the opposition leader Kwame Adebayo wrote on '
        "Twitter."
    )
    types = _types(nlp, text)
    assert types.get(("twitter",)) == "ORGANISATION"
    assert types.get(("facebook",)) == "ORGANISATION"
    assert types.get(("kwame", "adebayo")) == "PERSON"


def test_a_service_given_as_an_example_of_a_tool_is_an_organisation(nlp: Language) -> None:
    text = (
        "Jane Okoro reports on how new technology such as Skype, Facebook and Twitter are a "
        "lifeline. Twitter helped."
    )
    assert _types(nlp, text).get(("twitter",)) == "ORGANISATION"


def test_a_person_whose_tweets_are_quoted_stays_a_person(nlp: Language) -> None:
    text = (
        '(Update 1:00 a.m. in Cairo) "Egypt today is a free and proud nation. God bless," '
        "Nobel laureate and leading Egyptian opposition figure Mohammed ElBaradei tweets. "
        "(Update 12:30 a.m. in Cairo) The crowds cheered."
    )
    assert _types(nlp, text).get(("mohammed", "elbaradei")) == "PERSON"


def test_a_person_written_with_a_title_stays_a_person(nlp: Language) -> None:
    text = (
        "Mr. Okafor met the minister on Monday. Supporters posted messages on Okafor's "
        "page and wrote to Okafor. Okafor said he would stay."
    )
    assert _types(nlp, text).get(("okafor",)) == "PERSON"


def test_the_word_lists_hold_lemmas() -> None:
    from storyline.extract.actors.media import MEDIUM_KINDS, MEDIUM_PARTS, PUBLISHING_VERBS

    for word in (*PUBLISHING_VERBS, *MEDIUM_PARTS, *MEDIUM_KINDS):
        assert word == word.lower() and " " not in word


def test_persons_named_after_a_photo_credit_with_via_stay_persons(nlp: Language) -> None:
    text = (
        "Posted March 3, 2016 9:12PMHarlan And ReyesDANA MOORE via Getty ImagesDemocratic "
        "candidates Tom Harlan and Rita Reyes take part in the debate on March 3, 2016 in Des "
        "Moines, Iowa. Harlan said he would stay in the race. Reyes said she was proud."
    )
    assert _types(nlp, text).get(("tom", "harlan")) == "PERSON"
