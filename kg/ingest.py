"""Ingest: read units of work (fact files, articles), write each atomically, report per file.

A bad unit is reported with its file, line and problem and leaves the store untouched; the other
units of the same run are still stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError
from kg.model import Entity, Fact, Source
from kg.store import Store
from kg.store.cypher import Batch

FACT_FILE_SUFFIXES = (".yaml", ".yml")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class Unit:
    """What one file yields: written in one atomic statement."""

    path: str
    sources: list[Source] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    corrections: list[Any] = field(default_factory=list)  # loaders.factfile.Correction

    def batch(self) -> Batch:
        batch = Batch()
        for s in self.sources:
            batch.source(s)
        for e in self.entities:
            batch.entity(e)
        for f in self.facts:
            batch.fact(f)
        for c in self.corrections:
            batch.correction(
                c.claim, c.status, c.author, c.date, c.set, new_id=c.new_claim, method=f"analyst:{Path(self.path).name}"
            )
        return batch


@dataclass
class FileResult:
    path: str
    facts: int = 0
    error: str | None = None
    exit_code: int = 0


@dataclass
class Report:
    files: list[FileResult] = field(default_factory=list)

    @property
    def ok(self) -> list[FileResult]:
        return [f for f in self.files if f.error is None]

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error is not None]

    @property
    def exit_code(self) -> int:
        """0 all stored; 1 some stored, some not (or a store failure); 2 bad input, nothing stored."""
        if not self.failed:
            return 0
        if self.ok:
            return 1
        return max(f.exit_code for f in self.failed)


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the files inside folders named (sorted, hidden ones skipped)."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            yield p


def read_unit(path: Path, **article_meta: str) -> Unit:
    """The unit of work in one file; InputError if it cannot be read.

    `article_meta` (published, publisher, url, lang) overrides what an article says of itself.
    """
    if path.suffix.lower() in FACT_FILE_SUFFIXES:
        from loaders.factfile import read_fact_file

        ff = read_fact_file(path)
        return Unit(str(path), sources=[ff.source], entities=ff.entities, facts=ff.facts, corrections=ff.corrections)
    if str(path) == "-" or path.suffix.lower() in ARTICLE_SUFFIXES:
        from kg.extract import extract_article
        from loaders.article import load_article

        article = load_article(path, **article_meta)
        return Unit(str(path), sources=[article.source], facts=extract_article(article))
    if not path.exists():
        raise InputError("no such file", file=str(path))
    raise InputError(
        f"kg does not read {path.suffix or 'extension-less'} files yet; "
        "give fact files (.yaml) or articles (.txt, .md, .html)",
        file=str(path),
    )


def write_unit(store: Store, unit: Unit) -> None:
    cypher, params = unit.batch().statement()
    store.write(cypher, params)


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    reader: Callable[[Path], Unit] = read_unit,
    on_file: Callable[[FileResult], None] | None = None,
) -> Report:
    """Read and store every file; one atomic write per file."""
    report = Report()
    for path in expand(paths):
        result = FileResult(str(path))
        try:
            unit = reader(path)
            write_unit(store, unit)
            result.facts = len(unit.facts)
        except KgError as exc:
            result.error = str(exc)
            result.exit_code = exc.exit_code
        report.files.append(result)
        if on_file:
            on_file(result)
    return report


def summary(store: Store) -> dict[str, int]:
    """Counts an analyst wants first: entities, events, facts (claims), sources, relationships."""
    from kg.schema import load_schema

    schema = load_schema()
    counts: dict[str, int] = {}
    for row in store.query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").rows:
        counts[row[0]] = row[1]
    rels = store.query("MATCH ()-[r]->() RETURN count(r) AS n").rows
    return {
        "entities": sum(counts.get(label, 0) for label in schema.entities),
        "events": counts.get("Event", 0),
        "facts": counts.get("Claim", 0),
        "sources": counts.get("Article", 0),
        "relationships": rels[0][0] if rels else 0,
    }


def label_counts(store: Store) -> dict[str, dict[str, int]]:
    """Nodes per label and relationships per type, sorted by name."""
    nodes = {r[0]: r[1] for r in store.query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").rows}
    rels = {r[0]: r[1] for r in store.query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").rows}
    return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}
