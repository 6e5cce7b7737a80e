"""kg's stores: one interface, two engines, chosen by URI.

- a folder path or ``falkordb:///path``: the embedded FalkorDB store (the default, at
  ~/.local/share/kg/store unless KG_STORE says otherwise);
- ``bolt://``, ``neo4j://``, ``neo4j+s://`` ...: Neo4j, credentials from the environment.

Each engine's module is imported only when chosen.
"""

from __future__ import annotations

import os

from kg.store.base import Result, Store

__all__ = ["Result", "Store", "open_store", "resolve_uri"]


def resolve_uri(uri: str | None = None) -> str:
    """The store URI in effect: the argument, else KG_STORE, else the embedded default."""
    if uri:
        return uri
    if os.environ.get("KG_STORE"):
        return os.environ["KG_STORE"]
    from kg.store.falkordb import default_path

    return f"falkordb://{default_path()}"


def open_store(uri: str | None = None, *, database: str | None = None, apply_schema: bool = True) -> Store:
    """Open the store at `uri`; constraints and indexes are created first (idempotently)."""
    uri = resolve_uri(uri)
    scheme = uri.split("://", 1)[0] if "://" in uri else ""
    store: Store
    if scheme.startswith(("bolt", "neo4j")):
        from kg.store.neo4j import Neo4jStore

        store = Neo4jStore(uri, database=database)
    elif scheme in ("", "falkordb", "file"):
        from kg.store.falkordb import FalkorDBStore

        path = uri.split("://", 1)[1] if scheme else uri
        store = FalkorDBStore(path)
    else:
        from kg.errors import StoreError

        raise StoreError(
            f"Unknown store {uri!r}: give a folder (embedded store), falkordb:///path, or a Neo4j URI "
            "(bolt://, neo4j://, neo4j+s://)."
        )
    if apply_schema:
        from kg.schema import load_schema

        try:
            store.apply_schema(load_schema())
        except Exception:
            store.close()
            raise
    return store
