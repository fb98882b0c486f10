"""A government noun named after its leader ("the Mubarak regime", "the Obama administration")
is the government of the leader's country where the report gives him one
(`places.led_by`, `places.government_code_of`), not the government the report names most."""

from __future__ import annotations

from spacy.language import Language


def _codes_of(doc, word: str) -> set[str | None]:
    return {
        actor.code
        for actor in doc._.actors
        if any(word in mention.text for mention in actor.mentions)
    }


def test_the_regime_named_after_a_leader_is_his_countrys_government(nlp: Language) -> None:
    doc = nlp(
        "U.S. President Barack Obama spoke with Egyptian President Hosni Mubarak on Friday. "
        "Washington urged restraint, and the White House called again. "
        "Protesters said the Mubarak regime must go."
    )
    assert _codes_of(doc, "regime") == {"EGYGOV"}


def test_an_administration_named_after_a_leader_with_no_country_keeps_the_reports(
    nlp: Language,
) -> None:
    doc = nlp(
        "President Barack Obama spoke on Friday. The White House said the Obama "
        "administration was watching."
    )
    assert _codes_of(doc, "administration") == {"USAGOV"}
