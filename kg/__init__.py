"""kg: a bilateral-relations knowledge graph.

The public API, imported lazily so that `import kg` stays cheap:

    from kg import open_store, ingest
    with open_store() as store:              # embedded default, or "bolt://..." for Neo4j
        report = ingest(store, ["examples/facts"])
        rows = store.query("MATCH (m:Meeting) RETURN m.date").rows
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "open_store": "kg.store",
    "Store": "kg.store",
    "Result": "kg.store",
    "ingest": "kg.ingest",
    "summary": "kg.ingest",
    "load_schema": "kg.schema",
    "load_gazetteer": "kg.gazetteer",
    "Entity": "kg.model",
    "Fact": "kg.model",
    "Evidence": "kg.model",
    "Quantity": "kg.model",
    "Source": "kg.model",
    "KgError": "kg.errors",
    "InputError": "kg.errors",
    "QueryError": "kg.errors",
    "StoreError": "kg.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
