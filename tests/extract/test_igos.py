"""International organisations: their CAMEO codes (`data/igos.tsv`), for the organisation and
for the persons who serve it; one actor for two names of one organisation.

Every sentence is invented; each was checked to get the entities the rule needs from the
small English model (the tests test our rules, not the model).
"""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor
from storyline.extract.actors.igos import IgoLexicon


def find(doc: Doc, name: str) -> Actor:
    found = [actor for actor in doc._.actors if actor.name == name]
    assert len(found) == 1, [actor.name for actor in doc._.actors]
    return found[0]


def test_lexicon_reads_names_as_news_writes_them() -> None:
    igos = IgoLexicon.load()
    assert igos.code_of("the United Nations") == "IGOUNO"
    assert igos.code_of("U.N.") == "IGOUNO"
    assert igos.code_of("NATO") == "IGOWSTNAT"
    assert igos.code_of("the European Union") == "IGOEUREEC"
    assert igos.code_of("Apple") is None


def test_short_forms_must_be_written_in_capitals() -> None:
    igos = IgoLexicon.load()
    assert igos.code_of("WHO") == "IGOUNOHLHWHO"
    assert igos.code_of("who") is None
    assert igos.code_of("Un") is None


def test_an_organ_takes_the_code_but_is_no_name_of_the_organisation() -> None:
    igos = IgoLexicon.load()
    assert igos.code_of("UN Security Council") == "IGOUNO"
    assert igos.name_of("UN Security Council") is None
    assert igos.name_of("the UN") == "IGOUNO"


def test_a_form_naming_two_codes_is_refused() -> None:
    rows = [
        {"code": "IGOAAA", "name": "A", "forms": "alpha", "organs": ""},
        {"code": "IGOBBB", "name": "B", "forms": "beta", "organs": "alpha"},
    ]
    with pytest.raises(ValueError):
        IgoLexicon.from_rows(rows)


def test_organisations_get_their_igo_code(nlp: Language) -> None:
    doc = nlp("North Korea fired a missile on Monday. NATO and the European Union condemned it.")
    assert find(doc, "NATO").code == "IGOWSTNAT"
    assert find(doc, "European Union").code == "IGOEUREEC"
    assert find(doc, "North Korea").code == "PRK"


def test_two_names_of_one_organisation_are_one_actor_but_an_organ_is_its_own(
    nlp: Language,
) -> None:
    text = (
        "The UN condemned the test. The United Nations Security Council will meet, the "
        "United Nations said."
    )
    doc = nlp(text)
    un = find(doc, "UN")
    assert [m.text for m in un.mentions] == ["UN", "United Nations"]
    assert find(doc, "United Nations Security Council").code == "IGOUNO"


def test_a_title_after_an_organisation_gives_the_person_its_code(nlp: Language) -> None:
    text = (
        "SEOUL - North Korea fired a missile on Monday, and UN Secretary-General Ban Ki-moon "
        "condemned it. NATO Secretary General Jens Stoltenberg said Japan was safe."
    )
    doc = nlp(text)
    ban = find(doc, "Ban Ki-moon")
    assert (ban.code, ban.country) == ("IGOUNO", None)  # not North Korea's, nor a general
    assert ban.roles == ("secretary general",)
    assert find(doc, "Jens Stoltenberg").code == "IGOWSTNAT"
    doc = nlp("SEOUL - UN Secretary-General Ban Ki-moon condemned it.")
    assert not [e for e in doc.ents if e.text == "UN"]  # the recogniser left "UN" out
    assert find(doc, "Ban Ki-moon").code == "IGOUNO"


def test_an_apposition_or_role_phrase_after_an_organisation_gives_its_code(
    nlp: Language,
) -> None:
    doc = nlp("Ban Ki-moon, the U.N. secretary-general, spoke in Tokyo on Monday.")
    assert find(doc, "Ban Ki-moon").code == "IGOUNO"
    doc = nlp("SEOUL - The U.N. envoy met Syrian officials on Monday.")
    envoy = [a for a in doc._.actors if a.roles == ("ambassador",)]
    assert len(envoy) == 1 and envoy[0].code == "IGOUNO"  # not South Korea's (KORGOV)


def test_an_ambassador_to_an_organisation_serves_a_country(nlp: Language) -> None:
    doc = nlp("U.N. Ambassador John Bolton said Iran must stop.")
    assert find(doc, "John Bolton").code != "IGOUNO"
    doc = nlp("John Smith, the UN ambassador, left on Monday.")
    assert find(doc, "John Smith").code != "IGOUNO"
