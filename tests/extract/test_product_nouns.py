"""A product's plain nouns ("the phone" after "iPhone 4": `storyline.extract.product_nouns`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor
from storyline.extract.product_nouns import nouns_for


def product(doc: Doc, key: tuple[str, ...]) -> Actor:
    return next(t for t in doc._.things if t.key == key)


def nouns(entity: Actor) -> list[str]:
    return [m.text for m in entity.mentions if m.kind == "noun"]


def test_a_kind_is_read_with_its_broader_nouns() -> None:
    assert {"phone", "handset", "device"} <= nouns_for(frozenset({"phone"}))
    assert "computer" in nouns_for(frozenset({"laptop"}))
    assert "phone" not in nouns_for(frozenset({"laptop"}))


def test_the_phone_after_a_phone_named_is_that_phone(nlp: Language) -> None:
    doc = nlp(
        "Apple unveiled the iPhone 4 on Monday. The phone has two cameras. "
        "Jobs demoed the device's new gyroscope."
    )
    assert nouns(product(doc, ("iphone", "4"))) == ["The phone", "the device"]
    assert not any(t.key[:1] == ("phone",) for t in doc._.things)  # left the described thing


def test_a_name_in_front_of_a_made_things_noun_gives_the_kind(nlp: Language) -> None:
    doc = nlp(
        "Apple introduced new MacBook Air laptops on Wednesday. Analysts praised the "
        "computer's base price of US$999."
    )
    assert nouns(product(doc, ("macbook", "air"))) == ["the computer"]


def test_no_plain_noun_where_the_reading_is_unsure(nlp: Language) -> None:
    for text in (
        "Apple sold the iPhone 4 in June. Samsung sold a phone too. The phone was cheap.",
        "Apple sold the iPhone 4 in June. Phones were cheap that year.",  # plural
        'Apple sold the iPhone 4 in June. Jobs said: "We will reinvent the phone."',
        "Apple sold the iPhone 4 in June. Samsung's phone was cheap.",  # an owner
        "Apple sold the iPhone 4 in June. It was the best phone of the year.",  # a predicate
    ):
        doc = nlp(text)
        assert nouns(product(doc, ("iphone", "4"))) == [], text


def test_a_product_of_no_known_kind_takes_no_noun(nlp: Language) -> None:
    doc = nlp("The Broncos beat the Chiefs 20-13. The team played well.")
    products = [t for t in doc._.things if t.type == "PRODUCT"]
    assert not any(m.kind == "noun" for t in products for m in t.mentions)


def test_two_products_of_the_kind_in_one_sentence_leave_the_noun(nlp: Language) -> None:
    doc = nlp("Apple sold the iPhone 4 and the iPad tablet in June. The device was cheap.")
    assert all("The device" not in nouns(t) for t in doc._.things if t.type == "PRODUCT")


def test_a_name_joined_to_another_or_marked_other_is_no_antecedent(nlp: Language) -> None:
    doc = nlp(
        "Apple TV connects to a computer (Mac and Windows) over a wireless network and "
        "plays all content stored on that computer."
    )
    assert nouns(product(doc, ("mac",))) == []  # "that computer" is the computer, Mac or not
    doc = nlp("FaceTime connects with other iPhone 4s via Wi-Fi. The phone has two cameras.")
    assert nouns(product(doc, ("iphone",))) == []
