"""The actors of one report: what the `storyline_actors` component finds and stores.

Kept as plain records on ``Doc._.actor_records`` (lists and strings only, so Docs still
serialize and travel between spaCy worker processes); ``Doc._.actors`` reads them back as
:class:`Actor` objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

ActorType = Literal[
    "PERSON", "ORGANISATION", "COUNTRY", "GOVERNMENT", "LOCATION", "PRODUCT", "THING"
]
ACTOR_TYPES: tuple[ActorType, ...] = (
    "PERSON", "ORGANISATION", "COUNTRY", "GOVERNMENT", "LOCATION",
)  # fmt: skip
# Things (`storyline.extract.things`) share the Actor record: products ("the iPod Nano",
# "Patriot PAC-3") and things described by a common noun ("the rifle").
THING_TYPES: tuple[ActorType, ...] = ("PRODUCT", "THING")

# How a mention names its actor.
MentionKind = Literal[
    "name",  # a name as written: "Mike Pence", "Pence", "Japan", "Reuters"
    "title",  # a titled name: "Vice President Pence", "Foreign Minister Taro Kono"
    "role",  # a role or title standing for the person: "the VP", "the Defense Minister"
    "pronoun",  # he, his, she, her ...
    "demonym",  # "Japanese officials" -> Japan's government
    "capital",  # "Tokyo said" -> Japan's government
    "seat",  # "the White House" -> the US government
    "acronym",  # "NATO" after "North Atlantic Treaty Organization"
    "noun",  # a thing described by a common noun: "the rifle", "its epicentre"
]


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One place an actor is named: character offsets into the Doc's text."""

    start: int
    end: int
    text: str
    kind: MentionKind


@dataclass(frozen=True, slots=True)
class Actor:
    """One person, organisation, country, government or place of one report (or one thing:
    a product or a thing described by a noun, see `THING_TYPES`).

    `name` is the fullest name the report gives; `key` the word tuple that cross-report
    linking compares (a person's full name, a country code, an organisation's name);
    `country` an ISO 3166-1 alpha-3 code; `code` a CAMEO-style actor code ("USAGOV", "PRK")
    where the text supports one; `ambiguous` is set for a short name that fits several
    people of the report ("Smith" beside John and Jane Smith), which is never linked.
    """

    name: str
    type: ActorType
    key: tuple[str, ...]
    mentions: tuple[ActorMention, ...]
    country: str | None = None
    roles: tuple[str, ...] = ()
    code: str | None = None
    ambiguous: bool = False

    def to_record(self) -> dict[str, Any]:
        """Plain-data form (msgpack- and JSON-safe)."""
        return {
            "name": self.name,
            "type": self.type,
            "key": list(self.key),
            "country": self.country,
            "roles": list(self.roles),
            "code": self.code,
            "ambiguous": self.ambiguous,
            "mentions": [[m.start, m.end, m.text, m.kind] for m in self.mentions],
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Actor:
        return cls(
            name=record["name"],
            type=record["type"],
            key=tuple(record["key"]),
            mentions=tuple(ActorMention(*mention) for mention in record["mentions"]),
            country=record["country"],
            roles=tuple(record["roles"]),
            code=record["code"],
            ambiguous=record["ambiguous"],
        )

    def shifted(self, offset: int) -> Actor:
        """The same actor with mention offsets moved by `offset` (segment -> article); the
        actor itself when there is nothing to move (a report of one segment, a first one)."""
        if offset == 0:
            return self
        mentions = tuple(
            ActorMention(m.start + offset, m.end + offset, m.text, m.kind) for m in self.mentions
        )
        return Actor(
            self.name, self.type, self.key, mentions, self.country, self.roles, self.code,
            self.ambiguous,
        )  # fmt: skip
