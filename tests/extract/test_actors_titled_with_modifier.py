"""A definite person noun with a body's name in front ("the Gawker employee") repeats the
person the report titled with that body ("Gawker.com writer Ann Ruiz"), not the report's main
person (`places.titled_with_modifier`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.actor_named import named


def _texts(doc, name: str) -> list[str]:
    return [m.text for m in named(doc, name).mentions]


def test_the_bodys_employee_is_the_person_titled_with_the_body(nlp: Language) -> None:
    doc = nlp(
        "The gossip site Zabber set a trap for Donald Tate. Tate retweeted a quote that a "
        "Twitter account attributed to him. The account was set up by Zabber.com writer Ann "
        "Ruiz. Ruiz said Tate is a fascist. Tate later defended the tweet. Tate said he liked "
        "the quote. \"It is hard to blame him,\" the Zabber employee wrote."
    )
    assert "employee" not in _texts(doc, "Donald Tate")
    assert "employee" in _texts(doc, "Ann Ruiz")
