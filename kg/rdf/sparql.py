"""SPARQL over kg's RDF: a file, or the store's export (built in memory from the stream)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import InputError, QueryError
from kg.store import Store


def store_graph(store: Store, base: str | None = None) -> Any:
    """The store's whole export as an rdflib Graph in memory."""
    from kg.rdf.export import quads, to_graph
    from kg.rdf.vocab import vocabulary

    vocab = vocabulary(base)
    return to_graph(quads(store, vocab), vocab)


def file_graph(path: str | Path, fmt: str | None = None) -> Any:
    from kg.rdf.validate import read_rdf

    return read_rdf(path, fmt)


def _plain(term: Any) -> Any:
    if term is None:
        return None
    from rdflib import Literal

    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, bool, str)) else str(term)
    return str(term)


def run(graph: Any, query: str) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of a SELECT or ASK query (CONSTRUCT/DESCRIBE: s, p, o rows)."""
    from kg.rdf.vocab import vocabulary

    namespaces = vocabulary().namespaces
    try:
        result = graph.query(query, initNs=namespaces)
    except Exception as exc:
        raise QueryError(f"The SPARQL query failed: {' '.join(str(exc).split())[:300]}") from exc
    if result.type == "ASK":
        return ["answer"], [[bool(result.askAnswer)]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["s", "p", "o"], [[_plain(t) for t in triple] for triple in result.graph]
    columns = [str(v) for v in result.vars]
    return columns, [[_plain(row[i]) for i in range(len(columns))] for row in result]


def read_query(text: str) -> str:
    """The query itself, or the contents of the .rq/.sparql file it names."""
    candidate = Path(text)
    if len(text) < 4096 and "\n" not in text and candidate.suffix in (".rq", ".sparql"):
        try:
            return candidate.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read the query: {exc.strerror or exc}", file=text) from exc
    return text
