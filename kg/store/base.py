"""The one narrow interface both engines implement."""

from __future__ import annotations

import datetime as _dt
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from kg.schema import Schema


@dataclass
class Result:
    """Rows of a query as plain Python values (nodes and relationships become maps)."""

    columns: list[str]
    rows: list[list[Any]]
    stats: dict[str, int] = field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


class Store(ABC):
    """A graph store: run Cypher, write a unit atomically, manage the schema."""

    engine: str = "?"
    uri: str = ""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        """Run an analyst's or kg's Cypher (parameterised) and return plain rows."""

    @abstractmethod
    def write(self, cypher: str, params: dict[str, Any]) -> None:
        """Run one statement atomically and durably: all of it is stored, or none of it."""

    @abstractmethod
    def schema_statements(self, schema: Schema) -> list[str]:
        """The engine's constraint and index statements derived from the schema."""

    @abstractmethod
    def apply_schema(self, schema: Schema) -> list[str]:
        """Create constraints and indexes that do not exist yet; return what was created."""

    @abstractmethod
    def close(self) -> None:
        """Release connections (and, for the embedded engine, the server when last out)."""

    def reset(self) -> None:
        """Delete every node and relationship (constraints and indexes stay)."""
        self.write("MATCH (n) DETACH DELETE n", {})

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.uri}>"


def plain(value: Any) -> Any:
    """Engine values to JSON-able Python: dates as ISO text, containers recursively."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return value


def node_map(labels: list[str] | set[str] | tuple[str, ...], props: dict[str, Any]) -> dict[str, Any]:
    """How a node appears in results on every engine: its properties plus `_labels`."""
    return {"_labels": sorted(labels), **{k: plain(v) for k, v in sorted(props.items())}}


def rel_map(type_: str, props: dict[str, Any]) -> dict[str, Any]:
    """How a relationship appears in results on every engine: its properties plus `_type`."""
    return {"_type": type_, **{k: plain(v) for k, v in sorted(props.items())}}
