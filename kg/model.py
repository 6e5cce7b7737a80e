"""Typed objects of kg's domain: entities, sources, evidence, quantities and facts.

They mirror schema/kg.yaml. Identity is derived from content: an entity by its canonical id, an
event by its type, key roles and key properties, a claim by its event, source and values, so the
same input always yields the same ids on any engine, in any order, on any day.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from kg.schema import NodeType, load_schema

MODALITIES = ("asserted", "reported", "hoped", "expected", "planned", "speculated", "denied")
QUALIFIERS = ("exactly", "more_than", "at_least", "less_than", "up_to", "about", "nearly")


def slug(text: str) -> str:
    """ASCII slug of a name: 'OSCE Minsk Group' -> 'osce-minsk-group'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def digest(value: Any, length: int = 12) -> str:
    """Short stable hash of a JSON-able value (sorted keys, no whitespace)."""
    blob = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha1(blob.encode("utf-8"), usedforsecurity=False).hexdigest()[:length]


@dataclass(eq=False)
class Entity:
    """A country, person, organisation, place or conflict with a canonical id."""

    type: str
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    properties: dict[str, Any] = field(default_factory=dict)
    offices: tuple[Office, ...] = ()

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        return isinstance(other, Entity) and self.id == other.id and self.type == other.type

    def __hash__(self) -> int:
        return hash((self.type, self.id))

    def ref(self) -> dict[str, str]:
        """The form facts use in JSON: {"id": ..., "name": ...}."""
        return {"id": self.id, "name": self.name}

    @staticmethod
    def mint_id(type_: str, name: str) -> str:
        """An id for an entity with no Wikidata QID: '<type>:<slug>'."""
        return f"{type_.lower()}:{slug(name)}"


@dataclass(frozen=True)
class Office:
    """An office a person holds: head_of_state of Azerbaijan since 2003-10-31."""

    office: str
    country: str  # entity id of the country or organisation
    title: str | None = None
    start: str | None = None
    end: str | None = None
    body: Entity | None = None  # the country or organisation itself, once resolved

    def held_on(self, day: str) -> bool:
        return (self.start or "0000") <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Quantity:
    """A typed value: 'more than 5 bn USD' == Quantity(5e9, 'USD', qualifier='more_than')."""

    amount: float | None = None
    currency: str | None = None  # ISO 4217
    unit: str | None = None  # for non-monetary amounts ("t", "bcm", ...)
    percent: float | None = None
    qualifier: str | None = None

    def values(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Source:
    """An article (or any text) that facts come from."""

    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    publisher: str | None = None
    path: str | None = None

    @staticmethod
    def make(
        *,
        url: str | None = None,
        text: str | None = None,
        id: str | None = None,
        **meta: Any,
    ) -> Source:
        """A source whose id derives from its URL, else from its text, else the given id."""
        if id is None:
            if url:
                id = "src-" + digest(url.strip())
            elif text is not None:
                id = "src-" + digest(text)
            else:
                raise ValueError("a source needs an id, a url or its text")
        return Source(id=id, url=url, **meta)

    @property
    def publisher_id(self) -> str | None:
        return f"publisher:{slug(self.publisher)}" if self.publisher else None


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the source, the verbatim sentence and its span, who said it."""

    source: Source
    text: str | None = None
    start: int | None = None
    end: int | None = None
    speaker: Entity | None = None
    reported_by: Entity | None = None
    modality: str = "asserted"
    confidence: float = 1.0
    method: str = "analyst"


@dataclass
class Fact:
    """One statement of one event by one source: a claim with its evidence.

    ``roles`` holds the entities by role name (always tuples), ``properties`` the event's own
    fields (date, period, measure, ...), ``values`` what the source claims (count, amount, ...).
    """

    type: str
    roles: dict[str, tuple[Entity, ...]]
    properties: dict[str, Any]
    values: dict[str, Any]
    evidence: Evidence

    @property
    def event_type(self) -> NodeType:
        return load_schema().by_fact[self.type]

    @functools.cached_property
    def event_id(self) -> str:
        et = self.event_type
        key: dict[str, Any] = {"type": self.type}
        for role in et.key_roles:
            ids = sorted(e.id for e in self.roles.get(role.name, ()))
            key[role.name] = ids if role.many else (ids[0] if ids else None)
        for prop in et.key_properties:
            key[prop.name] = self.properties.get(prop.name)
        when = self.properties.get("date") or self.properties.get("period") or ""
        stamp = slug(str(when)) + "-" if when else ""
        return f"{self.type.replace('_', '-')}-{stamp}{digest(key)}"

    @functools.cached_property
    def claim_id(self) -> str:
        ev = self.evidence
        return "claim-" + digest(
            {
                "event": self.event_id,
                "source": ev.source.id,
                "values": self.values,
                "span": [ev.start, ev.end],
                "text": ev.text,
                "speaker": ev.speaker.id if ev.speaker else None,
            },
            16,
        )

    def entities(self) -> list[Entity]:
        found = [e for group in self.roles.values() for e in group]
        found += [e for e in (self.evidence.speaker, self.evidence.reported_by) if e]
        return found

    def to_json(self) -> dict[str, Any]:
        """The fact in kg's JSON form (the `kg extract --format jsonl` contract)."""
        et = self.event_type
        out: dict[str, Any] = {"type": self.type, "id": self.claim_id, "event": self.event_id}
        for name, role in et.roles.items():
            ents = self.roles.get(name, ())
            if ents:
                out[name] = [e.ref() for e in ents] if role.many else ents[0].ref()
        out.update({k: v for k, v in self.properties.items() if v is not None})
        out.update({k: v for k, v in self.values.items() if v is not None})
        ev = self.evidence
        out["evidence"] = {
            k: v
            for k, v in {
                "source": ev.source.url or ev.source.path or ev.source.id,
                "start": ev.start,
                "end": ev.end,
                "text": ev.text,
                "method": ev.method,
            }.items()
            if v is not None
        }
        if ev.speaker:
            out["speaker"] = ev.speaker.ref()
        if ev.reported_by:
            out["reported_by"] = ev.reported_by.ref()
        out["modality"] = ev.modality
        out["confidence"] = ev.confidence
        return out
