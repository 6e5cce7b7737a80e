"""Analyst fact files: YAML in which an analyst writes sources, entities and facts.

    source:                      # the article the facts come from (`article:` works too)
      url: https://example.org/news/1
      title: ...
      publisher: Example News
      published: 2018-09-04
      lang: en
    entities:                    # only those the gazetteer does not know
      - {type: Person, name: Jane Doe, aliases: [J. Doe]}
    facts:
      - type: meeting
        participants: [Ilham Aliyev, Vladimir Putin]
        place: Sochi
        date: 2018-09-01
        evidence: "The two presidents met in Sochi on 1 September."
        modality: asserted       # optional; also speaker, reported_by, confidence, start, end

A file is one unit of work: it is validated whole, and stored whole or not at all. Errors name
the file, the line and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.facts import Resolver, build_entity, build_fact, iso_date
from kg.model import Entity, Fact, Source
from loaders.yamlfile import Located, load_yaml

TOP_KEYS = {"source", "article", "entities", "facts", "corrections"}
ACTIONS = {"confirm": "confirmed", "correct": "corrected", "retract": "retracted"}


@dataclass
class FactFile:
    path: Path
    source: Source
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)


@dataclass(frozen=True)
class Correction:
    """An analyst's verdict on an extracted claim (see docs/extraction.md, "Corrections")."""

    claim: str
    action: str  # confirm | correct | retract
    author: str
    date: str
    set: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return ACTIONS[self.action]

    @property
    def new_claim(self) -> str | None:
        """The id of the corrected claim a `correct` writes (stable for the same correction)."""
        from kg.model import digest

        return "claim-" + digest({"corrects": self.claim, "set": self.set}, 16) if self.action == "correct" else None


def read_correction(item: Any, name: str, i: int) -> Correction:
    from kg.facts import check_value
    from kg.schema import load_schema

    where = f"corrections[{i}]"
    if not isinstance(item, Mapping):
        raise InputError(
            "each correction is a mapping with claim, action, author, date", file=name, line=_line(item), field=where
        )
    for key in item:
        if key not in ("claim", "action", "author", "date", "set", "note"):
            raise InputError(
                f"{key!r} is not a field of a correction (claim, action, author, date, set, note)",
                file=name,
                line=_line(item, key),
                field=f"{where}.{key}",
            )
    for key in ("claim", "action", "author", "date"):
        if not item.get(key):
            raise InputError(f"a correction needs {key!r}", file=name, line=_line(item), field=f"{where}.{key}")
    action = str(item["action"]).strip()
    if action not in ACTIONS:
        raise InputError(
            f"{action!r} is not one of confirm, correct, retract",
            file=name,
            line=_line(item, "action"),
            field=f"{where}.action",
        )
    try:
        date = iso_date(item["date"], "date")
    except InputError as exc:
        raise InputError(exc.problem, file=name, line=_line(item, "date"), field=f"{where}.date") from exc
    raw_set = item.get("set") or {}
    if action == "correct" and not raw_set:
        raise InputError(
            "a `correct` needs `set:` with the corrected values", file=name, line=_line(item), field=f"{where}.set"
        )
    if not isinstance(raw_set, Mapping):
        raise InputError("`set` is a mapping of field: value", file=name, line=_line(item, "set"), field=f"{where}.set")
    schema = load_schema()
    props = {k: v for k, v in schema.nodes["Claim"].properties.items() if k in ("modality", "confidence", "text")}
    for et in schema.by_fact.values():
        for k, v in et.values.items():
            props.setdefault(k, v)
    values: dict[str, Any] = {}
    for key, value in raw_set.items():
        if key not in props:
            raise InputError(
                f"{key!r} cannot be corrected here (claim values: {', '.join(sorted(props))}); "
                "retract the claim and add a new fact for other changes",
                file=name,
                line=_line(raw_set, key),
                field=f"{where}.set.{key}",
            )
        try:
            values[key] = check_value(props[key], value, key)
        except InputError as exc:
            raise InputError(exc.problem, file=name, line=_line(raw_set, key), field=f"{where}.set.{key}") from exc
    return Correction(
        claim=str(item["claim"]).strip(), action=action, author=str(item["author"]).strip(), date=date, set=values
    )


def _line(node: Any, key: str | None = None) -> int | None:
    if isinstance(node, Located):
        return node.line_of(key) if key else node.line
    return None


def read_source(meta: Mapping[str, Any], path: Path) -> Source:
    published = meta.get("published")
    return Source.make(
        id=str(meta["id"]) if meta.get("id") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        text=None if meta.get("url") or meta.get("id") else str(path.name),
        title=str(meta["title"]) if meta.get("title") else None,
        published=iso_date(published, "published") if published else None,
        lang=str(meta["lang"]) if meta.get("lang") else None,
        publisher=str(meta["publisher"]) if meta.get("publisher") else None,
        path=str(path),
    )


def read_fact_file(path: str | Path, resolver: Resolver | None = None) -> FactFile:
    """Read and validate a fact file; raise InputError (file, line, field) on the first problem."""
    path = Path(path)
    name = str(path)
    doc = load_yaml(path)
    if not isinstance(doc, Mapping):
        raise InputError("a fact file is a mapping with `source` and `facts`", file=name, line=1)
    for key in doc:
        if key not in TOP_KEYS:
            raise InputError(
                f"unknown section {key!r}; a fact file has {', '.join(sorted(TOP_KEYS))}",
                file=name,
                line=_line(doc, key),
            )
    meta = doc.get("source") or doc.get("article") or {}
    if not isinstance(meta, Mapping):
        raise InputError(
            "`source` must be a mapping (url, title, publisher, published, lang)", file=name, line=_line(doc, "source")
        )
    try:
        source = read_source(meta, path)
    except InputError as exc:
        raise InputError(
            exc.problem, file=name, line=_line(meta, exc.field or ""), field=f"source.{exc.field}"
        ) from exc

    resolver = resolver or Resolver()
    entities = []
    for i, item in enumerate(doc.get("entities") or []):
        if not isinstance(item, Mapping):
            raise InputError(
                "each entity is a mapping with type and name",
                file=name,
                line=_line(doc, "entities"),
                field=f"entities[{i}]",
            )
        try:
            entity = build_entity(item)
        except InputError as exc:
            raise InputError(
                exc.problem, file=name, line=_line(item, exc.field), field=f"entities[{i}].{exc.field}"
            ) from exc
        resolver.add(entity)
        entities.append(entity)

    corrections = [read_correction(item, name, i) for i, item in enumerate(doc.get("corrections") or [])]
    facts_node = doc.get("facts")
    if corrections and facts_node is None:
        facts_node = []
    elif not isinstance(facts_node, list) or not facts_node:
        raise InputError("the file has no `facts:` list", file=name, line=_line(doc, "facts") or 1)
    facts = []
    for i, item in enumerate(facts_node):
        if not isinstance(item, Mapping):
            raise InputError(
                "each fact is a mapping with a type", file=name, line=_line(doc, "facts"), field=f"facts[{i}]"
            )
        try:
            facts.append(
                build_fact(
                    item, source, resolver, method=f"analyst:{path.name}", on_field=lambda k, n=item: _line(n, k)
                )
            )
        except InputError as exc:
            field = f"facts[{i}].{exc.field}" if exc.field else f"facts[{i}]"
            raise InputError(exc.problem, file=name, line=exc.line or _line(item), field=field) from exc
    return FactFile(path=path, source=source, entities=entities, facts=facts, corrections=corrections)
