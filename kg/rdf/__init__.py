"""Linked-data RDF for kg: vocabulary and shapes from schema/kg.yaml, stable IRIs, streaming export,
validation, import and SPARQL.

Modules (none imports rdflib at import time):

- :mod:`kg.rdf.vocab`    how the property graph maps to RDF terms and IRIs (derived from the schema)
- :mod:`kg.rdf.ontology` the OWL/RDFS ontology, SHACL shapes and JSON-LD context (derived)
- :mod:`kg.rdf.export`   store -> RDF, streamed page by page
- :mod:`kg.rdf.validate` any RDF file -> kg's vocabulary check and SHACL report
- :mod:`kg.rdf.importer` kg's RDF -> a store, one atomic write
- :mod:`kg.rdf.sparql`   SPARQL over a file or over the store's export

:data:`FORMATS` is the one registry of formats, under rdflib's names; the CLI's choices, the
exporter and the round-trip tests all read it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RdfFormat:
    name: str  # rdflib's plugin name
    suffix: str
    media_type: str
    quads: bool  # carries named graphs (one per source article)
    streams: bool  # written page by page with flat memory
    oxigraph: str  # the pyoxigraph.RdfFormat member that reads it


FORMATS: dict[str, RdfFormat] = {
    f.name: f
    for f in (
        RdfFormat("turtle", ".ttl", "text/turtle", quads=False, streams=True, oxigraph="TURTLE"),
        RdfFormat("nt", ".nt", "application/n-triples", quads=False, streams=True, oxigraph="N_TRIPLES"),
        RdfFormat("json-ld", ".jsonld", "application/ld+json", quads=False, streams=True, oxigraph="JSON_LD"),
        RdfFormat("xml", ".rdf", "application/rdf+xml", quads=False, streams=True, oxigraph="RDF_XML"),
        RdfFormat("trig", ".trig", "application/trig", quads=True, streams=True, oxigraph="TRIG"),
        RdfFormat("nquads", ".nq", "application/n-quads", quads=True, streams=True, oxigraph="N_QUADS"),
    )
}

SUFFIXES: dict[str, str] = {f.suffix: f.name for f in FORMATS.values()} | {
    ".turtle": "turtle",
    ".ntriples": "nt",
    ".json": "json-ld",
    ".owl": "xml",
    ".xml": "xml",
    ".nquads": "nquads",
}


def format_for(path: str, given: str | None = None) -> RdfFormat:
    """The format named, else the one the file's suffix implies; InputError when neither."""
    from pathlib import Path

    from kg.errors import InputError

    if given:
        if given not in FORMATS:
            raise InputError(f"unknown RDF format {given!r}; use one of {', '.join(FORMATS)}")
        return FORMATS[given]
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return FORMATS[SUFFIXES[suffix]]
    raise InputError(
        f"cannot tell the RDF format from the suffix {suffix or '(none)'!r}: this does not look like an RDF "
        f"file; kg reads {', '.join(sorted(SUFFIXES))} (or name the format with --format)",
        file=path,
    )
