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

TOP_KEYS = {"source", "article", "entities", "facts"}


@dataclass
class FactFile:
    path: Path
    source: Source
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


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
            raise InputError(f"unknown section {key!r}; a fact file has {', '.join(sorted(TOP_KEYS))}", file=name, line=_line(doc, key))
    meta = doc.get("source") or doc.get("article") or {}
    if not isinstance(meta, Mapping):
        raise InputError("`source` must be a mapping (url, title, publisher, published, lang)", file=name, line=_line(doc, "source"))
    try:
        source = read_source(meta, path)
    except InputError as exc:
        raise InputError(exc.problem, file=name, line=_line(meta, exc.field or ""), field=f"source.{exc.field}") from exc

    resolver = resolver or Resolver()
    entities = []
    for i, item in enumerate(doc.get("entities") or []):
        if not isinstance(item, Mapping):
            raise InputError("each entity is a mapping with type and name", file=name, line=_line(doc, "entities"), field=f"entities[{i}]")
        try:
            entity = build_entity(item)
        except InputError as exc:
            raise InputError(exc.problem, file=name, line=_line(item, exc.field), field=f"entities[{i}].{exc.field}") from exc
        resolver.add(entity)
        entities.append(entity)

    facts_node = doc.get("facts")
    if not isinstance(facts_node, list) or not facts_node:
        raise InputError("the file has no `facts:` list", file=name, line=_line(doc, "facts") or 1)
    facts = []
    for i, item in enumerate(facts_node):
        if not isinstance(item, Mapping):
            raise InputError("each fact is a mapping with a type", file=name, line=_line(doc, "facts"), field=f"facts[{i}]")
        try:
            facts.append(build_fact(item, source, resolver, method=f"analyst:{path.name}", on_field=lambda k, n=item: _line(n, k)))
        except InputError as exc:
            field = f"facts[{i}].{exc.field}" if exc.field else f"facts[{i}]"
            raise InputError(exc.problem, file=name, line=exc.line or _line(item), field=field) from exc
    return FactFile(path=path, source=source, entities=entities, facts=facts)
