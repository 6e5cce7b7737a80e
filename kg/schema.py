"""The model as declared in schema/kg.yaml, read once and exposed as typed objects.

Everything that lists labels, relationship types or properties (the store's constraints and
indexes, the fact-file validator, the JSON Schema, the OWL ontology, the SHACL shapes) derives
from :func:`load_schema` rather than repeating them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SCALAR_TYPES = {"string", "integer", "float", "boolean", "date", "period", "string[]"}


def schema_dir() -> Path:
    """The folder holding kg.yaml: packaged inside kg/ in a wheel, beside kg/ in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "schema", here.parent / "schema"):
        if (candidate / "kg.yaml").is_file():
            return candidate
    raise FileNotFoundError("schema/kg.yaml not found beside the kg package")


@dataclass(frozen=True)
class Property:
    name: str
    type: str = "string"
    required: bool = False
    key: bool = False
    index: bool = False
    enum: tuple[str, ...] | None = None
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    comment: str = ""
    rdf: str | None = None


@dataclass(frozen=True)
class Role:
    """An edge from an event to the entities that play a part in it."""

    name: str
    rel: str
    to: tuple[str, ...]
    many: bool = False
    key: bool = False
    required: bool = False
    min: int = 0


@dataclass(frozen=True)
class Relationship:
    type: str
    from_: tuple[str, ...]
    to: tuple[str, ...]
    properties: dict[str, Property] = field(default_factory=dict)
    comment: str = ""
    rdf: str | None = None


@dataclass(frozen=True)
class NodeType:
    label: str
    kind: str  # "entity", "event" or "provenance"
    properties: dict[str, Property]
    names: dict[str, str] = field(default_factory=dict)  # human label per language
    comments: dict[str, str] = field(default_factory=dict)
    rdf_class: str | None = None
    rdf_align: tuple[str, ...] = ()
    # events only
    fact: str | None = None
    roles: dict[str, Role] = field(default_factory=dict)
    values: dict[str, Property] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return "id"

    @property
    def key_roles(self) -> list[Role]:
        return [r for r in self.roles.values() if r.key]

    @property
    def key_properties(self) -> list[Property]:
        return [p for p in self.properties.values() if p.key and p.name != "id"]


@dataclass(frozen=True)
class Schema:
    version: int
    namespaces: dict[str, str]
    base_iri: str
    nodes: dict[str, NodeType]
    relationships: dict[str, Relationship]
    derived: dict[str, Relationship]

    @property
    def entities(self) -> dict[str, NodeType]:
        return {k: v for k, v in self.nodes.items() if v.kind == "entity"}

    @property
    def events(self) -> dict[str, NodeType]:
        return {k: v for k, v in self.nodes.items() if v.kind == "event"}

    @functools.cached_property
    def by_fact(self) -> dict[str, NodeType]:
        """Event types by their fact name (``meeting`` -> Meeting)."""
        return {v.fact: v for v in self.events.values() if v.fact}

    def labels(self) -> list[str]:
        return [*self.nodes, "Event"]

    def relationship_types(self) -> list[str]:
        return sorted({*self.relationships, *self.derived})


def _prop(name: str, spec: dict[str, Any]) -> Property:
    spec = dict(spec)
    ptype = spec.pop("type", "string")
    if ptype not in SCALAR_TYPES:
        raise ValueError(f"schema: property {name!r} has unknown type {ptype!r}")
    enum = spec.pop("enum", None)
    return Property(name=name, type=ptype, enum=tuple(enum) if enum else None, **spec)


def _props(specs: dict[str, Any] | None) -> dict[str, Property]:
    return {name: _prop(name, spec or {}) for name, spec in (specs or {}).items()}


def _texts(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return {"en": str(value)} if value else {}


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, (list, tuple, set)) else (value,)


def parse_schema(doc: dict[str, Any]) -> Schema:
    nodes: dict[str, NodeType] = {}
    rels: dict[str, dict[str, Any]] = {}

    def add_rel(rtype: str, from_: str | tuple[str, ...], spec: dict[str, Any]) -> None:
        entry = rels.setdefault(
            rtype,
            {"from": set(), "to": set(), "properties": {}, "comment": "", "rdf": None},
        )
        entry["from"].update(_tuple(from_))
        entry["to"].update(_tuple(spec.get("to")))
        entry["properties"].update(_props(spec.get("properties")))
        entry["comment"] = entry["comment"] or spec.get("comment", "")
        entry["rdf"] = entry["rdf"] or spec.get("rdf")

    common_entity = _props(doc.get("entity_properties"))
    for label, spec in (doc.get("entities") or {}).items():
        rdf = spec.get("rdf") or {}
        nodes[label] = NodeType(
            label=label,
            kind="entity",
            properties={**common_entity, **_props(spec.get("properties"))},
            names=_texts(spec.get("label")),
            comments=_texts(spec.get("comment")),
            rdf_class=rdf.get("class"),
            rdf_align=_tuple(rdf.get("align")),
        )
    for rtype, spec in (doc.get("entity_relationships") or {}).items():
        add_rel(rtype, _tuple(spec["from"]), spec)

    common_event = _props(doc.get("event_properties"))
    for label, spec in (doc.get("events") or {}).items():
        rdf = spec.get("rdf") or {}
        roles = {
            name: Role(
                name=name,
                rel=r["rel"],
                to=_tuple(r["to"]),
                many=bool(r.get("many")),
                key=bool(r.get("key")),
                required=bool(r.get("required")),
                min=int(r.get("min", 1 if r.get("required") else 0)),
            )
            for name, r in (spec.get("roles") or {}).items()
        }
        nodes[label] = NodeType(
            label=label,
            kind="event",
            properties={**common_event, **_props(spec.get("properties"))},
            names=_texts(spec.get("label")),
            comments=_texts(spec.get("comment")),
            rdf_class=rdf.get("class"),
            rdf_align=_tuple(rdf.get("align")),
            fact=spec.get("fact"),
            roles=roles,
            values=_props(spec.get("values")),
        )
        for role in roles.values():
            add_rel(role.rel, label, {"to": list(role.to)})
        for rtype, rspec in (doc.get("event_relationships") or {}).items():
            add_rel(rtype, label, rspec)

    for label, spec in (doc.get("provenance") or {}).items():
        rdf = spec.get("rdf") or {}
        nodes[label] = NodeType(
            label=label,
            kind="provenance",
            properties=_props(spec.get("properties")),
            names=_texts(spec.get("label")),
            comments=_texts(spec.get("comment")),
            rdf_class=rdf.get("class"),
            rdf_align=_tuple(rdf.get("align")),
        )
        for rtype, rspec in (spec.get("relationships") or {}).items():
            add_rel(rtype, label, rspec)

    relationships = {
        rtype: Relationship(
            type=rtype,
            from_=tuple(sorted(e["from"])),
            to=tuple(sorted(e["to"])),
            properties=e["properties"],
            comment=e["comment"],
            rdf=e["rdf"],
        )
        for rtype, e in rels.items()
    }
    derived = {
        rtype: Relationship(
            type=rtype,
            from_=_tuple(spec["from"]),
            to=_tuple(spec["to"]),
            properties=_props(spec.get("properties")),
            comment=spec.get("comment", ""),
            rdf=spec.get("rdf"),
        )
        for rtype, spec in (doc.get("derived") or {}).items()
    }
    known = set(nodes) | {"Event"}
    for rel in [*relationships.values(), *derived.values()]:
        unknown = (set(rel.from_) | set(rel.to)) - known
        if unknown:
            raise ValueError(f"schema: relationship {rel.type} names unknown labels {sorted(unknown)}")
    return Schema(
        version=int(doc.get("version", 1)),
        namespaces=dict(doc.get("namespaces") or {}),
        base_iri=str(doc.get("base_iri", "https://w3id.org/kg/id/")),
        nodes=nodes,
        relationships=relationships,
        derived=derived,
    )


@functools.cache
def load_schema(path: str | None = None) -> Schema:
    """The schema, parsed once per process."""
    file = Path(path) if path else schema_dir() / "kg.yaml"
    with file.open(encoding="utf-8") as fh:
        return parse_schema(yaml.safe_load(fh))
