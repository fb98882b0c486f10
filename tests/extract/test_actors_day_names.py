"""Words of a day's name are no actor (names23); invented sentences, each checked to get
the entities the rule needs from the small English model."""

from spacy.language import Language

from storyline.extract.actors.state import in_a_holidays_name


def names(nlp: Language, text: str) -> list[str]:
    return [actor.name for actor in nlp(text)._.actors]


def test_the_first_word_of_a_named_day_is_no_place(nlp: Language) -> None:
    doc = nlp("So far, that has not happened, and it will not until after Super Tuesday.")
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Super", "GPE")]  # the model's
    assert "Super" not in [actor.name for actor in doc._.actors]


def test_a_name_before_a_weekday_that_names_no_day_stays(nlp: Language) -> None:
    assert "Apple" in names(nlp, "Apple Tuesday unveiled a new phone in Cupertino.")


def test_an_acronym_written_as_a_common_noun_is_no_organisation(nlp: Language) -> None:
    doc = nlp("Right to Rise, a super PAC backing Jeb Bush, spent heavily in Iowa.")
    assert ("PAC", "ORG") in [(e.text, e.label_) for e in doc.ents]  # the model's
    assert "PAC" not in [actor.name for actor in doc._.actors]


def test_an_acronym_before_the_noun_it_names_stays(nlp: Language) -> None:
    assert "FBI" in names(nlp, "An FBI agent testified in Boston on Monday.")


def test_an_acronym_the_noun_before_describes_stays(nlp: Language) -> None:
    assert "AMD" in names(nlp, "Rival chipmaker AMD said on Monday that sales rose.")


def test_an_acronym_after_the_and_a_describing_word_is_a_common_noun(nlp: Language) -> None:
    assert "PAC" not in names(nlp, "So far the super PAC backing Jeb Bush spent heavily.")


class _NoDay:
    """An entity whose text is in no day's name; reading its Doc (to build the stretches
    around it) fails."""

    text = "Obama"
    start, end = 3, 4

    @property
    def doc(self) -> None:
        raise AssertionError("built a stretch around an entity in no day's name")


def test_an_entity_in_no_days_name_is_refused_before_any_stretch_is_built() -> None:
    """Every stretch `in_a_holidays_name` tries holds the entity's characters, so "Obama"
    (in no name of `HOLIDAYS`) is refused without building one (16,922 entities in 193 BBC
    reports each built up to ten)."""
    assert not in_a_holidays_name(_NoDay())  # type: ignore[arg-type]


def test_a_word_of_a_days_name_is_still_found(nlp: Language) -> None:
    doc = nlp.make_doc("They voted on Super Tuesday and on Martin Luther King Day.")
    assert in_a_holidays_name(doc[3:4])  # "Super"
    assert in_a_holidays_name(doc[7:10])  # "Martin Luther King"
    assert not in_a_holidays_name(doc[2:3])  # "on" (as in "monday"): no stretch is a day
