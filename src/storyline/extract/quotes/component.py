"""The `storyline_quotes` spaCy component: who said what in a Doc.

    nlp.add_pipe("storyline_quotes")      # after "storyline_actors"
    doc = nlp(text)
    for quote in doc._.quotes:             # storyline.extract.quotes.model.Quote
        print(quote.kind, quote.speaker and quote.speaker.text, quote.content.text)

The component writes ``Doc._.quote_records`` (plain dicts: they survive ``n_process``);
``Doc._.quotes`` reads them. Speakers resolve to actors when `storyline_actors` ran before
it (``quote.speaker_actor`` indexes ``Doc._.actors``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.chooser import packaged_chooser
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.finder import QuoteFinder
from storyline.extract.quotes.model import Quote


def _quotes_of(doc: Doc) -> list[Quote]:
    return [Quote.from_record(record) for record in doc._.quote_records or []]


class QuotesComponent:
    """Writes ``Doc._.quote_records``; see the module docstring."""

    def __init__(self, finder: QuoteFinder) -> None:
        if not Doc.has_extension("quote_records"):
            Doc.set_extension("quote_records", default=None)
        if not Doc.has_extension("quotes"):
            Doc.set_extension("quotes", getter=_quotes_of)
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        doc._.quote_records = [quote.to_record() for quote in self.finder(doc)]
        return doc


@Language.factory(
    "storyline_quotes",
    assigns=["doc._.quote_records"],
    requires=["token.dep", "token.lemma", "doc.sents"],
)
def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    """Find quotes and reported speech; add after `storyline_actors` to resolve speakers."""
    return QuotesComponent(QuoteFinder(CueLexicon.load(), packaged_chooser()))
