"""kg's RDF back into a store: validated first, then written as one atomic Batch.

The reverse of :mod:`kg.rdf.export`: typed resources become nodes (their label from the class,
their id from ``dcterms:identifier``), literals become properties, links between them
relationships, ``rdf:Statement`` resources the properties of relationships, and a claim's
selectors and activity its quote, offsets and method. A file that uses terms outside kg's
vocabulary or breaks its shapes is reported and nothing of it is stored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.rdf.validate import Report, check, read_rdf
from kg.rdf.vocab import RDF, RDF_TYPE, RDFS, PropertyTerm, Vocabulary, python_value, vocabulary
from kg.store import Store
from kg.store.cypher import Batch


class InvalidRdf(InputError):
    """The file is RDF but not kg's: the report says why; nothing was imported."""

    def __init__(self, report: Report, file: str):
        self.report = report
        super().__init__(report.text("it") + "\nNothing was imported.", file=file)


@dataclass
class ImportResult:
    nodes: int
    relationships: int
    triples: int


def to_batch(graph: Any, vocab: Vocabulary | None = None) -> Batch:
    """The nodes and relationships an RDF graph in kg's vocabulary describes."""
    from rdflib import URIRef

    vocab = vocab or vocabulary()
    U = URIRef
    identifier = U(vocab.expand("dcterms:identifier"))
    nodes: dict[Any, tuple[str, str]] = {}
    for s, o in graph.subject_objects(U(RDF_TYPE)):
        label = vocab.label_of_class.get(str(o))
        if label is None:
            continue
        nid = graph.value(s, identifier)
        nodes[s] = (label, str(nid) if nid is not None else vocab.id_from_iri(str(s)))
    batch = Batch(vocab.schema)
    oa, prov = vocab.ns("oa"), vocab.ns("prov")
    by_term: dict[str, dict[str, PropertyTerm]] = {}
    for label in vocab.schema.nodes:
        terms = {t.iri: t for t in vocab.properties[label].values()}
        if label == "Claim":
            terms = {**{t.iri: t for t in vocab.values.values()}, **terms}
        by_term[label] = terms
    reified = set()
    for st in graph.subjects(U(RDF_TYPE), U(RDF + "Statement")):
        reified.add(
            (
                graph.value(st, U(RDF + "subject")),
                graph.value(st, U(RDF + "predicate")),
                graph.value(st, U(RDF + "object")),
            )
        )

    def add_values(props: dict[str, Any], terms: dict[str, PropertyTerm], subject: Any) -> None:
        multi: dict[str, list[Any]] = defaultdict(list)
        for p, o in graph.predicate_objects(subject):
            term = terms.get(str(p))
            if term is None or not hasattr(o, "datatype"):
                continue
            value = python_value(term.type, str(o))
            if term.type == "string[]":
                multi[term.name].append(value)
            else:
                props[term.name] = value
        for name, items in multi.items():
            props[name] = sorted(items)

    for s, (label, nid) in sorted(nodes.items(), key=lambda kv: kv[1]):
        nt = vocab.schema.nodes[label]
        props: dict[str, Any] = {}
        add_values(props, by_term[label], s)
        props.pop("id", None)
        if label == "Claim":
            for target in graph.objects(s, U(oa + "hasTarget")):
                for selector in graph.objects(target, U(oa + "hasSelector")):
                    add_values(props, by_term["Claim"], selector)
            for activity in graph.objects(s, U(prov + "wasGeneratedBy")):
                method = graph.value(activity, U(RDFS + "label"))
                if method is not None:
                    props["method"] = str(method)
        batch.node(f"Event:{label}" if nt.kind == "event" else label, nid, props)
        for p, o in graph.predicate_objects(s):
            rtype = vocab.rel_of_term.get(str(p))
            if rtype is None or o not in nodes or (s, p, o) in reified:
                continue
            batch.rel(rtype, (label, nid), nodes[o])
    for st in graph.subjects(U(RDF_TYPE), U(RDF + "Statement")):
        a, p, b = (graph.value(st, U(RDF + x)) for x in ("subject", "predicate", "object"))
        rtype = vocab.rel_of_term.get(str(p))
        if rtype is None or a not in nodes or b not in nodes:
            continue
        props = {}
        add_values(props, {t.iri: t for t in vocab.rel_properties.get(rtype, {}).values()}, st)
        batch.rel(rtype, nodes[a], nodes[b], props)
    return batch


def import_graph(store: Store, graph: Any, *, file: str = "the data", base: str | None = None) -> ImportResult:
    report = check(graph, base)
    if not report.conforms:
        raise InvalidRdf(report, file)
    batch = to_batch(graph, vocabulary(base))
    cypher, params = batch.statement()
    store.write(cypher, params)
    return ImportResult(
        nodes=sum(map(len, batch.nodes.values())), relationships=sum(map(len, batch.rels.values())), triples=len(graph)
    )


def import_file(store: Store, path: str | Path, fmt: str | None = None, *, base: str | None = None) -> ImportResult:
    """Read, validate and store one RDF file: all of it, or (on any problem) nothing."""
    graph = read_rdf(path, fmt)
    return import_graph(store, graph, file=str(path), base=base)
