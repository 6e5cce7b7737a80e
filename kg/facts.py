"""Facts in kg's JSON/YAML form -> validated model objects, checked against schema/kg.yaml.

The same form is written by analysts (fact files) and printed by `kg extract`; this module is the
one place that reads it. Errors are InputErrors naming the field; the caller adds file and line.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kg.errors import InputError
from kg.gazetteer import Gazetteer, load_gazetteer, normalize
from kg.model import MODALITIES, Entity, Evidence, Fact, Source
from kg.schema import Property, Schema, load_schema

EVIDENCE_KEYS = {
    "evidence",
    "quote",
    "text",
    "start",
    "end",
    "speaker",
    "reported_by",
    "modality",
    "confidence",
    "method",
}
META_KEYS = {"id", "event", "note", "source"}
_MODALITY_WORDS = {
    "hope": "hoped",
    "expectation": "expected",
    "plan": "planned",
    "speculation": "speculated",
    "report": "reported",
    "denial": "denied",
}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Resolver:
    """Names, ids and codes -> entities: the file's own entities first, then the gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None, entities: Iterable[Entity] = ()):
        self.gazetteer = gazetteer or load_gazetteer()
        self.local: dict[str, list[Entity]] = {}
        self.local_ids: dict[str, Entity] = {}
        for e in entities:
            self.add(e)

    def add(self, e: Entity) -> None:
        self.local_ids[e.id] = e
        for alias in (e.name, *e.aliases):
            self.local.setdefault(normalize(alias), []).append(e)

    def resolve(self, ref: Any, types: Iterable[str]) -> Entity:
        types = tuple(types)
        hit = self.find(ref, types)
        if hit is not None:
            return hit
        name = str(ref["name"] if isinstance(ref, Mapping) else ref).strip()
        known = [a for e in self.gazetteer.entities() if e.type in types for a in (e.name, *e.aliases)]
        known += [e.name for group in self.local.values() for e in group if e.type in types]
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise InputError(
            f"unknown {'/'.join(types)} {name!r}: declare it under `entities:` or check the spelling{hint}"
        )

    def find(self, ref: Any, types: tuple[str, ...]) -> Entity | None:
        """The entity `ref` names among `types`, or None; an unusable `ref` raises InputError."""
        if isinstance(ref, Mapping):
            if ref.get("id"):
                hit = self.local_ids.get(str(ref["id"])) or self.gazetteer.get(str(ref["id"]))
                if hit:
                    return hit
            if not ref.get("name"):
                raise InputError("an entity needs a name or a known id")
            ref = ref["name"]
        if not isinstance(ref, str) or not ref.strip():
            raise InputError(f"expected an entity name, got {ref!r}")
        name = ref.strip()
        hit = self.local_ids.get(name) or self.gazetteer.get(name)
        if hit and hit.type in types:
            return hit
        candidates = [e for e in self.local.get(normalize(name), []) if e.type in types]
        candidates += self.gazetteer.lookup(name, types)
        if not candidates and "Country" in types:
            country = self.gazetteer.country(name)
            candidates = [country] if country else []
        return candidates[0] if candidates else None


def iso_date(value: Any, field: str) -> str:
    """A date as ISO text ('2018-09-01', '2018-09', '2018'), validated."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not _DATE.match(text):
        raise InputError(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", field=field)
    parts = [int(p) for p in text.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise InputError(f"{value!r} is not a date ({exc})", field=field) from exc
    return text


def _number(text: str) -> Any:
    """'5.0e9' (which YAML 1.1 reads as text) -> 5e9; anything else stays text."""
    try:
        number = float(text.replace("_", ""))
    except ValueError:
        return text
    return int(number) if number.is_integer() and re.fullmatch(r"[+-]?[\d_]+", text.strip()) else number


def check_value(prop: Property, value: Any, field: str) -> Any:
    """A property value converted to its schema type, or an InputError."""
    t = prop.type
    if t == "date":
        return iso_date(value, field)
    if t == "period":
        if isinstance(value, (_dt.date, _dt.datetime)):
            return iso_date(value, field)
        return str(value).strip()
    if t == "string[]":
        items = value if isinstance(value, list) else [value]
        if not all(isinstance(v, (str, int, float)) for v in items):
            raise InputError(f"expected a list of texts, got {value!r}", field=field)
        return [str(v) for v in items]
    if isinstance(value, str) and t in ("integer", "float"):
        value = _number(value)
    if t == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"expected a whole number, got {value!r}", field=field)
    elif t == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(f"expected a number, got {value!r}", field=field)
        value = float(value)
    elif t == "boolean":
        if not isinstance(value, bool):
            raise InputError(f"expected true or false, got {value!r}", field=field)
    else:
        value = str(value).strip()
        if prop.enum:
            value = value.replace(" ", "_") if value.replace(" ", "_") in prop.enum else value
    if prop.enum and value not in prop.enum:
        raise InputError(f"{value!r} is not one of {', '.join(prop.enum)}", field=field)
    if prop.min is not None and isinstance(value, (int, float)) and value < prop.min:
        raise InputError(f"{value!r} is below the minimum {prop.min:g}", field=field)
    if prop.max is not None and isinstance(value, (int, float)) and value > prop.max:
        raise InputError(f"{value!r} is above the maximum {prop.max:g}", field=field)
    if prop.pattern and not re.match(prop.pattern, str(value)):
        raise InputError(f"{value!r} does not match {prop.pattern}", field=field)
    return value


def build_fact(
    data: Mapping[str, Any],
    source: Source,
    resolver: Resolver,
    *,
    method: str = "analyst",
    schema: Schema | None = None,
    on_field: Callable[[str], int | None] = lambda _: None,
) -> Fact:
    """A Fact from its mapping form; InputError names the field (and its line via on_field)."""
    schema = schema or load_schema()

    def fail(problem: str, field: str | None) -> InputError:
        return InputError(problem, field=field, line=on_field(field) if field else None)

    ftype = data.get("type")
    et = schema.by_fact.get(str(ftype)) if ftype else None
    if et is None:
        known = ", ".join(sorted(schema.by_fact))
        raise fail(f"unknown fact type {ftype!r}; known types: {known}" if ftype else "a fact needs a type", "type")
    claim = schema.nodes["Claim"].properties
    allowed = {"type", *et.roles, *et.properties, *et.values, *EVIDENCE_KEYS, *META_KEYS}
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise fail(f"{key!r} is not a field of a {ftype} fact{hint}", key)

    def entity(ref: Any, types: Iterable[str], field: str) -> Entity:
        try:
            return resolver.resolve(ref, types)
        except InputError as exc:
            raise fail(exc.problem, field) from exc

    roles: dict[str, tuple[Entity, ...]] = {}
    for name, role in et.roles.items():
        raw = data.get(name)
        if raw is None or raw == []:
            if role.required:
                raise fail(f"a {ftype} fact needs {name!r}", name if name in data else "type")
            continue
        items = raw if isinstance(raw, list) else [raw]
        if not role.many and len(items) > 1:
            raise fail(f"{name!r} takes one entity, got {len(items)}", name)
        ents = tuple(dict.fromkeys(entity(r, role.to, name) for r in items))
        if len(ents) < role.min:
            raise fail(f"{name!r} needs at least {role.min} different entities", name)
        roles[name] = ents

    def typed(props: Mapping[str, Property]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, prop in props.items():
            if name in ("id", "type"):
                continue
            if data.get(name) is None:
                if prop.required:
                    raise fail(f"a {ftype} fact needs {name!r}", "type")
                continue
            try:
                out[name] = check_value(prop, data[name], name)
            except InputError as exc:
                raise fail(exc.problem, name) from exc
        return out

    properties = typed(et.properties)
    values = typed(et.values)

    ev = data.get("evidence")
    ev_map: Mapping[str, Any] = ev if isinstance(ev, Mapping) else {"text": ev} if ev else {}
    merged = {**{k: data[k] for k in EVIDENCE_KEYS - {"evidence"} if k in data}, **ev_map}
    text = merged.get("text", merged.get("quote"))
    if et.label == "Statement" and "quote" in et.properties and "quote" not in properties and text:
        properties["quote"] = str(text)
    modality = str(merged.get("modality", "asserted")).strip()
    modality = _MODALITY_WORDS.get(modality, modality)
    if modality not in MODALITIES:
        raise fail(f"{modality!r} is not one of {', '.join(MODALITIES)}", "modality")
    start = merged.get("start")
    end = merged.get("end")
    for field, value in (("start", start), ("end", end)):
        if value is not None:
            check_value(claim["start"], value, field)
    if start is not None and end is not None and end < start:
        raise fail("end lies before start", "end")
    confidence = merged.get("confidence", 1.0)
    try:
        confidence = check_value(claim["confidence"], confidence, "confidence")
    except InputError as exc:
        raise fail(exc.problem, "confidence") from exc
    people = ("Person", "Organization", "Country")
    speaker = entity(merged["speaker"], people, "speaker") if merged.get("speaker") else None
    if et.label == "Statement":
        speaker = speaker or roles["speaker"][0]
    agency = (
        entity(merged["reported_by"], ("Organization", "Publisher"), "reported_by")
        if merged.get("reported_by")
        else None
    )
    evidence = Evidence(
        source=source,
        text=str(text) if text is not None else None,
        start=start,
        end=end,
        speaker=speaker,
        reported_by=agency,
        modality=modality,
        confidence=confidence,
        method=str(merged.get("method") or method),
    )
    return Fact(type=et.fact or "", roles=roles, properties=properties, values=values, evidence=evidence)


def build_entity(data: Mapping[str, Any], schema: Schema | None = None) -> Entity:
    """An entity declared in a fact file: {type, name, id?, aliases?, iso3?, ...}."""
    schema = schema or load_schema()
    etype = data.get("type")
    if etype not in schema.entities:
        raise InputError(f"{etype!r} is not an entity type; use one of {', '.join(schema.entities)}", field="type")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError("an entity needs a name", field="name")
    props = {}
    nt = schema.entities[etype]
    for key, value in data.items():
        if key in ("type", "name", "id", "aliases"):
            continue
        if key not in nt.properties:
            raise InputError(f"{key!r} is not a property of {etype}", field=key)
        props[key] = check_value(nt.properties[key], value, key)
    aliases = data.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    eid = str(data.get("id") or Entity.mint_id(etype, name))
    if re.fullmatch(r"Q\d+", eid):
        props.setdefault("wikidata", eid)
    return Entity(
        type=etype,
        id=eid,
        name=name.strip(),
        aliases=tuple(dict.fromkeys([name.strip(), *map(str, aliases)])),
        properties=props,
    )
