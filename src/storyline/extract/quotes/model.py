"""A quote or reported statement as storyline keeps it: who said what, where in the text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "term"]


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the text, and the text between them."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """What was said (`content`), the words that say so (`cue`: "said", "according to"), and
    who said it (`speaker`: the mention in the text, `speaker_actor` its actor's index in
    ``Doc._.actors``). `kind` is "direct" (in quotation marks), "indirect" (reported speech)
    or "term" (quotation marks around a term with no speaker: the "maximum pressure" line).
    A quote split by its cue (`"…," he said, "…"`) is one quote with several `parts`, whose
    first start and last end are `content`'s; so is reported speech around another
    speaker's quote ("X said …, to which Y interjected: “…” …": X's words around Y's).
    A "they" that stands for persons named together keeps their actors in `speaker_group`.
    """

    content: Span
    kind: QuoteKind
    cue: Span | None = None
    speaker: Span | None = None
    speaker_actor: int | None = None
    parts: tuple[Span, ...] = ()
    via: Span | None = None  # the medium that reports it: "official media quoted Kim as …"
    # the persons a "they" speaker stands for, named together before it ("Paul Collier and
    # Jean-Louis Warnholz … They propose"): their actors' indices, in text order; no one of
    # them said it alone, so `speaker_actor` stays None (`extract.quotes.pairs`)
    speaker_group: tuple[int, ...] = ()

    def shifted(self, offset: int, actors_before: int) -> Quote:
        """The same quote in article terms: offsets moved by `offset`, the speaker's actor
        index by the actors of the segments before (segment -> article)."""

        def move(span: Span | None) -> Span | None:
            return Span(span.start + offset, span.end + offset, span.text) if span else None

        actor = self.speaker_actor
        return Quote(
            content=Span(self.content.start + offset, self.content.end + offset, self.content.text),
            kind=self.kind,
            cue=move(self.cue),
            speaker=move(self.speaker),
            speaker_actor=None if actor is None else actor + actors_before,
            parts=tuple(Span(p.start + offset, p.end + offset, p.text) for p in self.parts),
            via=move(self.via),
            speaker_group=tuple(a + actors_before for a in self.speaker_group),
        )

    @property
    def direct(self) -> bool:
        return self.kind == "direct"

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Quote:
        def span(value: dict[str, Any] | None) -> Span | None:
            return Span(**value) if value else None

        return cls(
            content=Span(**record["content"]),
            kind=record["kind"],
            cue=span(record.get("cue")),
            speaker=span(record.get("speaker")),
            speaker_actor=record.get("speaker_actor"),
            parts=tuple(Span(**p) for p in record.get("parts") or ()),
            via=span(record.get("via")),
            speaker_group=tuple(record.get("speaker_group") or ()),
        )
