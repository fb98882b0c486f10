"""A product's "It" and "it" (`storyline.extract.product_pronouns`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor


def product(doc: Doc, key: tuple[str, ...]) -> Actor:
    return next(t for t in doc._.things if t.key == key)


def pronouns(entity: Actor) -> list[str]:
    return [m.text for m in entity.mentions if m.kind == "pronoun"]


def test_it_after_a_sentence_whose_subject_is_a_product_is_the_product(nlp: Language) -> None:
    doc = nlp(
        "Structure-wise, iPhone 4 has a new stainless steel frame. "
        "It also has a new screen. It comes in two colors."
    )
    assert pronouns(product(doc, ("iphone", "4"))) == ["It", "It"]


def test_it_is_taken_from_an_organisation_when_a_product_was_the_subject(
    nlp: Language,
) -> None:
    doc = nlp(
        "The newest iPhone, iPhone 4, was introduced by Apple at the company's 2010 "
        "Worldwide Developers Conference less than two weeks ago. "
        "It is slated for a U.S. release on June 24."
    )
    assert pronouns(product(doc, ("iphone", "4"))) == ["It"]
    assert not any(m.text == "It" for a in doc._.actors for m in a.mentions)


def test_it_stays_when_the_subject_before_is_no_product(nlp: Language) -> None:
    for text in (
        "Sales of the iPhone 4 rose. It was a good quarter.",  # the subject is "Sales"
        "Apple sold the iPhone 4 in June. It also sold the iPad.",  # the subject is Apple
    ):
        doc = nlp(text)
        assert pronouns(product(doc, ("iphone", "4"))) == [], text


def test_an_it_standing_for_a_clause_is_no_products(nlp: Language) -> None:
    for text in (
        "The iPhone 4 went on sale in June. It is said that buyers waited for hours.",
        "The iPhone 4 went on sale in June. It is unclear whether Apple will sell more.",
        "The iPhone 4 went on sale in June. It is important to note the price.",
    ):
        doc = nlp(text)
        assert pronouns(product(doc, ("iphone", "4"))) == [], text


def test_a_lone_closing_quote_is_no_sentence_before_it(nlp: Language) -> None:
    doc = nlp(
        'The iPhone 4 was praised by Jobs as "the biggest leap we have taken."\n'
        "It is only 9.3 millimetres thick."
    )
    assert pronouns(product(doc, ("iphone", "4"))) == ["It"]


def test_an_it_inside_a_sentence_after_a_product_is_the_product(nlp: Language) -> None:
    doc = nlp(
        "Jobs showed the iPhone 4 on Monday. The iPhone 4 is only 9.3 millimetres "
        "thick, making it the thinnest smartphone on the planet."
    )
    assert pronouns(product(doc, ("iphone", "4"))) == ["it"]


def test_an_it_of_a_copula_is_the_product_the_clause_before_has(nlp: Language) -> None:
    doc = nlp("Jobs showed the iPhone 4 in June. The iPhone 4 has two cameras and it is thin.")
    assert pronouns(product(doc, ("iphone", "4"))) == ["it"]


def test_an_inner_it_stays_where_the_clause_before_is_of_something_else(
    nlp: Language,
) -> None:
    for text in (
        "Apple sold the iPhone 4 in June, and it said sales were strong.",  # the actors'
        "The iPhone 4 was praised by Jobs, who said it was the best.",  # a person first
        "Sales of the iPhone 4 rose, and it seems that buyers waited.",  # an empty "it"
        'The iPhone 4 went on sale. Jobs said "it is incredible".',  # quoted
    ):
        doc = nlp(text)
        assert pronouns(product(doc, ("iphone", "4"))) == [], text
