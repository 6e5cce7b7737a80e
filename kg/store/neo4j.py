"""Neo4j through the official driver: bolt://, neo4j://, neo4j+s:// (and +ssc).

Credentials come from the environment only: NEO4J_USER (or NEO4J_USERNAME) and NEO4J_PASSWORD,
or NEO4J_AUTH=user/password as the official Docker image takes it. The database is
NEO4J_DATABASE, or ``?database=name`` on the URI, or the server's default.
Writes run in managed transactions, which the driver retries on transient errors.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from kg.errors import QueryError, StoreAuthError, StoreError, StoreUnavailable
from kg.schema import Schema
from kg.store.base import Result, Store, node_map, plain, rel_map

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def credentials(environ: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(user, password) from the environment, or None when none is set."""
    env = os.environ if environ is None else environ
    user = env.get("NEO4J_USER") or env.get("NEO4J_USERNAME")
    password = env.get("NEO4J_PASSWORD")
    auth = env.get("NEO4J_AUTH")
    if auth and auth.lower() != "none" and not password:
        user_part, _, password = auth.partition("/")
        user = user or user_part
    if password is None:
        return None
    return (user or "neo4j", password)


class Neo4jStore(Store):
    engine = "neo4j"

    def __init__(self, uri: str, database: str | None = None):
        parts = urlsplit(uri)
        if parts.scheme not in SCHEMES:
            raise StoreError(f"{uri!r} is not a Neo4j URI; use one of {', '.join(s + '://' for s in SCHEMES)}.")
        if parts.username or parts.password:
            raise StoreError(
                "Put Neo4j credentials in the environment (NEO4J_USER and NEO4J_PASSWORD, or "
                "NEO4J_AUTH=user/password), not in the store URI."
            )
        query = parse_qs(parts.query)
        self.database = database or (query.get("database") or [None])[0] or os.environ.get("NEO4J_DATABASE") or None
        self.uri = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        import neo4j
        from neo4j import exceptions as nx

        auth = credentials()
        self._auth_user = auth[0] if auth else None
        try:
            self._driver = neo4j.GraphDatabase.driver(self.uri, auth=auth, connection_timeout=10)
            self._driver.verify_connectivity()
        except nx.AuthError as exc:
            self._close_quietly()
            who = f"user {self._auth_user!r}" if self._auth_user else "no credentials"
            raise StoreAuthError(
                f"Neo4j at {self.uri} refused {who}: check NEO4J_USER and NEO4J_PASSWORD (or NEO4J_AUTH)."
            ) from exc
        except (nx.ServiceUnavailable, OSError) as exc:
            self._close_quietly()
            raise StoreUnavailable(
                f"Cannot reach Neo4j at {self.uri}: is the server running and the address right? ({exc})"
            ) from exc
        except nx.ConfigurationError as exc:
            self._close_quietly()
            raise StoreError(f"Bad Neo4j configuration for {self.uri}: {exc}") from exc

    def _close_quietly(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            with contextlib.suppress(Exception):  # closing a driver that never connected
                driver.close()
            self._driver = None

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        from neo4j import exceptions as nx

        try:
            records, summary, keys = self._driver.execute_query(cypher, params or {}, database_=self.database)
        except nx.CypherSyntaxError as exc:
            raise QueryError(f"The query has a syntax error: {exc.message}") from exc
        except nx.ClientError as exc:
            raise QueryError(f"The query failed: {exc.message}") from exc
        except nx.ServiceUnavailable as exc:
            raise StoreUnavailable(f"Neo4j at {self.uri} stopped answering: {exc}") from exc
        counters = summary.counters
        stats = {
            "nodes_created": counters.nodes_created,
            "relationships_created": counters.relationships_created,
            "properties_set": counters.properties_set,
            "nodes_deleted": counters.nodes_deleted,
        }
        return Result(list(keys), [[_value(v) for v in r.values()] for r in records], stats)

    def write(self, cypher: str, params: dict[str, Any]) -> None:
        from neo4j import exceptions as nx

        # kg's statements use `CALL { ... }` unit subqueries, the form both engines parse; Neo4j 5
        # deprecates it in favour of `CALL () { ... }`, which FalkorDB does not parse.
        cypher = cypher.replace("CALL { ", "CALL () { ")

        def work(tx: Any) -> None:
            tx.run(cypher, params).consume()

        try:
            with self._driver.session(database=self.database) as session:
                session.execute_write(work)
        except nx.ClientError as exc:
            raise QueryError(f"The write failed: {exc.message}") from exc
        except nx.ServiceUnavailable as exc:
            raise StoreUnavailable(f"Neo4j at {self.uri} stopped answering: {exc}") from exc

    def reset(self) -> None:
        # batched, so that a large graph does not need one huge transaction
        while True:
            res = self.query("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted")
            if not res.rows or not res.rows[0][0]:
                return

    def schema_statements(self, schema: Schema) -> list[str]:
        out = []
        for label in schema.nodes:
            out.append(f"CREATE CONSTRAINT {_snake(label)}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE")
        out.append("CREATE INDEX event_id IF NOT EXISTS FOR (n:Event) ON (n.id)")
        for label, nt in schema.nodes.items():
            for p in nt.properties.values():
                if p.index and p.name != "id":
                    out.append(
                        f"CREATE INDEX {_snake(label)}_{_snake(p.name)} IF NOT EXISTS FOR (n:{label}) ON (n.{p.name})"
                    )
        return out

    def apply_schema(self, schema: Schema) -> list[str]:
        before = self._schema_names()
        for statement in self.schema_statements(schema):
            self.query(statement)
        self.query("CALL db.awaitIndexes(300)")
        return sorted(self._schema_names() - before)

    def _schema_names(self) -> set[str]:
        names = {r[0] for r in self.query("SHOW CONSTRAINTS YIELD name RETURN name").rows}
        names |= {r[0] for r in self.query("SHOW INDEXES YIELD name RETURN name").rows}
        return names

    def close(self) -> None:
        self._close_quietly()


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))


def _value(v: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(v, Node):
        return node_map(v.labels, dict(v))
    if isinstance(v, Relationship):
        return rel_map(v.type, dict(v))
    if isinstance(v, Path):
        return {"nodes": [_value(n) for n in v.nodes], "relationships": [_value(r) for r in v.relationships]}
    if isinstance(v, list):
        return [_value(x) for x in v]
    if isinstance(v, dict):
        return {k: _value(x) for k, x in v.items()}
    return plain(v)
