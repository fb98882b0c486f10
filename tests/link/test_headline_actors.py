"""A headline's actors, parsed on their own with offsets into the headline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.link.stories.features import LeadActor
from storyline.link.stories.headlines import headline_actors, named_actors

pytestmark = pytest.mark.model


def test_headline_actors_are_named_with_offsets_into_each_headline(nlp: Language) -> None:
    titles = ["", "Obama meets Merkel in Berlin", "Strong earthquake hits Indonesia"]
    none, meeting, quake = headline_actors(nlp, titles)
    assert none == []
    assert [(a.type, a.key[-1], a.named_at) for a in meeting] == [
        ("PERSON", "obama", (0,)),
        ("PERSON", "merkel", (12,)),
        ("LOCATION", "berlin", (22,)),
    ]
    assert [(a.type, a.key, a.named_at) for a in quake] == [("COUNTRY", ("IDN",), (23,))]


def test_only_named_actors_count(nlp: Language) -> None:
    doc = nlp("The minister said Lindsay Lohan would go.")
    found = named_actors(doc._.actors)
    assert found and all(isinstance(a, LeadActor) and a.named_at for a in found)
    assert "minister" not in {a.key[-1] for a in found}
