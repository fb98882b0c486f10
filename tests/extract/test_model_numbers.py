"""Model designations after a product's name (`storyline.extract.model_numbers`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.model_numbers import model_designation, split_models


def products(doc: Doc) -> dict[tuple[str, ...], Actor]:
    return {t.key: t for t in doc._.things if t.type == "PRODUCT"}


def test_a_number_after_a_product_name_names_a_model(nlp: Language) -> None:
    doc = nlp("Pre-orders of the recently announced iPhone 4 began Tuesday.")
    found = products(doc)
    assert ("iphone", "4") in found and ("iphone",) not in found
    assert [m.text for m in found[("iphone", "4")].mentions] == ["iPhone 4"]


def test_a_model_is_another_product_than_its_family(nlp: Language) -> None:
    doc = nlp(
        "The iPhone 4 went on sale. Since the original iPhone was released in 2007, "
        "Apple has sold millions. The iPhone 3GS's price will be reduced."
    )
    found = products(doc)
    assert [m.text for m in found[("iphone", "4")].mentions] == ["iPhone 4"]
    assert [m.text for m in found[("iphone",)].mentions] == ["iPhone"]
    assert [m.text for m in found[("iphone", "3gs")].mentions] == ["iPhone 3GS"]


def test_a_code_the_tokenizer_splits_is_one_designation(nlp: Language) -> None:
    doc = nlp("Apple said that the iPhone 3G will be discontinued.")
    name = next(t for t in doc if t.text == "iPhone")
    assert model_designation(doc[name.i : name.i + 1], set()).text == "iPhone 3G"


def test_a_year_a_count_a_version_or_a_score_is_no_model(nlp: Language) -> None:
    for text, word in (
        ("Apple sold the iPhone 2007 edition.", "iPhone"),
        ("Apple sold iPhone 4 million times.", "iPhone"),
        ("Apple shipped the Safari 4.0 browser.", "Safari"),
        ("Evansville 91-73 was the final score.", "Evansville"),
        ("Apple sold iPhone 4 percent cheaper.", "iPhone"),
    ):
        doc = nlp(text)
        name = next(t for t in doc if t.text == word)
        span = doc[name.i : name.i + 1]
        assert model_designation(span, set()) == span, text


def test_a_number_in_a_time_expression_is_no_model(nlp: Language) -> None:
    doc = nlp("Apple sold the iPhone 4 times.")
    name = next(t for t in doc if t.text == "iPhone")
    span = doc[name.i : name.i + 1]
    assert model_designation(span, {name.i + 1}) == span


def test_a_pronoun_goes_with_the_model_named_before_it(nlp: Language) -> None:
    text = "The iPhone sold well. The iPhone 4 is thin. It has a glass back. The iPhone 3GS is old."
    doc = nlp(text)

    def at(word: str, kind: str, nth: int = 0) -> ActorMention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return ActorMention(start, start + len(word), word, kind)  # type: ignore[arg-type]

    family = Actor(
        "iPhone",
        "PRODUCT",
        ("iphone",),
        (
            at("iPhone", "name"),
            at("iPhone", "name", 1),
            at("It", "pronoun"),
            at("iPhone", "name", 2),
        ),
    )
    split = {a.key: a for a in split_models(doc, [family], set())}
    assert [m.text for m in split[("iphone",)].mentions] == ["iPhone"]
    assert [m.text for m in split[("iphone", "4")].mentions] == ["iPhone 4", "It"]
    assert [m.text for m in split[("iphone", "3gs")].mentions] == ["iPhone 3GS"]
    assert split[("iphone", "4")].name == "iPhone 4"


def test_the_family_of_the_one_model_a_report_names_is_that_model(nlp: Language) -> None:
    doc = nlp("The iPhone 4 went on sale. Buyers said the iPhone was sold out.")
    found = products(doc)
    assert ("iphone",) not in found
    assert [m.text for m in found[("iphone", "4")].mentions] == ["iPhone 4", "iPhone"]


def test_a_model_code_the_tokenizer_split_off_is_no_thing(nlp: Language) -> None:
    doc = nlp("Apple said that the iPhone 3G will be discontinued.")
    assert not any(t.key == ("g",) for t in doc._.things)
    assert ("iphone", "3g") in products(doc)


def test_an_earlier_model_stays_the_familys(nlp: Language) -> None:
    doc = nlp(
        "The iPhone 4 went on sale. Since the original iPhone was released in 2007, "
        "Apple has sold millions. Buyers said the iPhone was sold out."
    )
    found = products(doc)
    assert [m.text for m in found[("iphone",)].mentions] == ["iPhone"]
    assert [m.text for m in found[("iphone", "4")].mentions] == ["iPhone 4", "iPhone"]
    assert found[("iphone",)].mentions[0].start == doc.text.index("iPhone was")


def test_a_number_after_a_name_that_is_no_product_is_no_model(nlp: Language) -> None:
    doc = nlp("The crash closed State Route 52 near Santee on Friday.")
    keys = {a.key for a in [*doc._.actors, *doc._.things]}
    assert not any(key and key[-1] == "52" for key in keys)


def test_the_new_family_name_is_the_model_of_the_highest_number(nlp: Language) -> None:
    doc = nlp(
        "Jobs unveiled iPhone 4. The new iPhone was praised by Jobs. It is thinner than "
        "Apple's previous model, the iPhone 3GS. Buyers said the iPhone was expensive."
    )
    found = products(doc)
    assert [m.text for m in found[("iphone", "4")].mentions if m.kind == "name"] == [
        "iPhone 4",
        "iPhone",
    ]
    assert [m.text for m in found[("iphone",)].mentions] == ["iPhone"]  # two models: unclear


def test_new_joins_no_model_when_two_have_the_highest_number(nlp: Language) -> None:
    doc = nlp("Apple sold the iPhone 3G and the iPhone 3GS. The new iPhone was praised.")
    assert [m.text for m in products(doc)[("iphone",)].mentions] == ["iPhone"]
