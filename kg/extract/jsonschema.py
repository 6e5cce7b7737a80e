"""JSON Schema of `kg extract --format jsonl` output, derived from schema/kg.yaml."""

from __future__ import annotations

from typing import Any

from kg.model import MODALITIES
from kg.schema import Property, load_schema

_TYPES = {
    "string": "string",
    "integer": "integer",
    "float": "number",
    "boolean": "boolean",
    "date": "string",
    "period": "string",
}
ENTITY_REF = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "description": "Wikidata QID where known, else a kg slug id"},
        "name": {"type": "string", "description": "canonical English name"},
    },
    "required": ["id", "name"],
}


def _prop(p: Property) -> dict[str, Any]:
    if p.type == "string[]":
        return {"type": "array", "items": {"type": "string"}}
    out: dict[str, Any] = {"type": _TYPES.get(p.type, "string")}
    if p.type == "date":
        out["pattern"] = r"^\d{4}(-\d{2}(-\d{2})?)?$"
    if p.enum:
        out["enum"] = list(p.enum)
    if p.min is not None:
        out["minimum"] = p.min
    if p.max is not None:
        out["maximum"] = p.max
    if p.pattern:
        out["pattern"] = p.pattern
    if p.comment:
        out["description"] = p.comment
    return out


def fact_schema() -> dict[str, Any]:
    """One JSON object per fact: a oneOf over the fact types of the schema."""
    schema = load_schema()
    variants = []
    for fact, et in sorted(schema.by_fact.items()):
        props: dict[str, Any] = {
            "type": {"const": fact},
            "id": {"type": "string", "description": "claim id"},
            "event": {"type": "string", "description": "event id (content-derived)"},
        }
        required = ["type", "id", "event", "evidence", "modality", "confidence"]
        for name, role in et.roles.items():
            props[name] = {"type": "array", "items": ENTITY_REF, "minItems": role.min or 1} if role.many else ENTITY_REF
            if role.required:
                required.append(name)
        for name, p in {**et.properties, **et.values}.items():
            if name in ("id", "type"):
                continue
            props[name] = _prop(p)
            if p.required and name in et.properties:
                required.append(name)
        props.setdefault("speaker", ENTITY_REF)
        props["reported_by"] = ENTITY_REF
        props["evidence"] = {
            "type": "object",
            "properties": {
                "source": {"type": "string", "description": "URL, file path or source id"},
                "start": {"type": "integer", "minimum": 0},
                "end": {"type": "integer", "minimum": 0},
                "text": {"type": "string", "description": "verbatim sentence(s) of the cleaned text"},
                "method": {"type": "string", "description": "rule id, e.g. rule:de.meeting.traf"},
            },
            "required": ["source", "start", "end", "text", "method"],
        }
        props["modality"] = {"enum": list(MODALITIES)}
        props["confidence"] = {"type": "number", "minimum": 0, "maximum": 1}
        variants.append(
            {"title": fact, "type": "object", "properties": props, "required": required, "additionalProperties": False}
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://w3id.org/kg/schema/extract-fact.json",
        "title": "kg extract: one fact per line",
        "oneOf": variants,
    }
