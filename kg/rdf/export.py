"""Store -> RDF, streamed: nodes are read a page at a time (keyset on id, parameterised Cypher),
each page with its nodes' outgoing relationships, and written as they come.

Every format is written from the stream as it comes: N-Triples and N-Quads line by line, Turtle
and TriG a block per subject, JSON-LD a node object per subject inside one ``@graph`` array, and
RDF/XML an ``rdf:Description`` per subject. Memory stays flat whatever the size of the graph.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.rdf import FORMATS, RdfFormat
from kg.rdf.vocab import OWL, RDF, RDF_TYPE, RDFS, XSD, Lit, Quad, Term, Vocabulary, literals, vocabulary
from kg.store import Store

PAGE = 2000
_WHEN = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Focus:
    """The part of the graph to export: events of an entity or a dyad, in a time window."""

    entity: str | None = None
    dyad: tuple[str, str] | None = None
    since: str | None = None
    until: str | None = None

    def __bool__(self) -> bool:
        return any((self.entity, self.dyad, self.since, self.until))


def find_entity(store: Store, vocab: Vocabulary, name: str) -> tuple[str, str]:
    """(label, id) of the entity whose id, name, alias or ISO/CAMEO code is `name`."""
    for label in vocab.schema.entities:
        props = vocab.schema.nodes[label].properties
        codes = " OR ".join(f"n.{c} = $name" for c in ("iso2", "iso3", "cameo") if c in props)
        rows = store.query(
            f"MATCH (n:{label}) WHERE n.id = $name OR toLower(n.name) = toLower($name) "
            f"OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($name))"
            + (f" OR {codes}" if codes else "")
            + " RETURN n.id ORDER BY n.id LIMIT 1",
            {"name": name},
        ).rows
        if rows:
            return label, rows[0][0]
    raise InputError(f"no entity named {name!r} in the store (give its name, an alias, its id or ISO code)")


def _when(props: dict[str, Any]) -> str | None:
    for key in ("date", "period"):
        match = _WHEN.search(str(props.get(key) or ""))
        if match:
            return match.group(0)
    return None


def select(store: Store, vocab: Vocabulary, focus: Focus) -> dict[str, set[str]]:
    """Ids per label of the focused subgraph: the events, their claims, sources and entities."""
    ends = [find_entity(store, vocab, n) for n in ([focus.entity] if focus.entity else [])]
    ends += [find_entity(store, vocab, n) for n in (focus.dyad or ())]
    roles = sorted({r.rel for et in vocab.schema.events.values() for r in et.roles.values()})
    events: dict[str, str] = {}
    for label in vocab.schema.events:
        cypher = f"MATCH (e:{label})"
        params: dict[str, Any] = {}
        for i, (elabel, eid) in enumerate(ends):
            cypher += f" MATCH (e)-[r{i}]->(:{elabel} {{id: $id{i}}}) WHERE type(r{i}) IN $roles"
            params[f"id{i}"] = eid
        params["roles"] = roles
        for eid, props in store.query(cypher + " RETURN DISTINCT e.id, properties(e)", params).rows:
            when = _when(props)
            if focus.since and (when is None or when[: len(focus.since)] < focus.since[: len(when)]):
                continue
            if focus.until and (when is None or when[: len(focus.until)] > focus.until[: len(when)]):
                continue
            events[eid] = label
    chosen: dict[str, set[str]] = defaultdict(set)
    for eid, label in events.items():
        chosen[label].add(eid)
    ids = sorted(events)
    for i in range(0, len(ids), PAGE):
        chunk = ids[i : i + PAGE]
        rows = store.query(
            "UNWIND $ids AS id MATCH (e:Event {id: id})-[]->(x) RETURN DISTINCT labels(x) AS labels, x.id AS id "
            "UNION UNWIND $ids AS id MATCH (c:Claim)-[:ABOUT]->(e:Event {id: id}) MATCH (c)-[]->(x) "
            "RETURN DISTINCT labels(x) AS labels, x.id AS id "
            "UNION UNWIND $ids AS id MATCH (c:Claim)-[:ABOUT]->(e:Event {id: id}) "
            "RETURN DISTINCT ['Claim'] AS labels, c.id AS id",
            {"ids": chunk},
        ).rows
        for labels, xid in rows:
            label = vocab.node_label(labels)
            if label:
                chosen[label].add(xid)
    articles = sorted(chosen.get("Article", ()))
    for i in range(0, len(articles), PAGE):
        for (pid,) in store.query(
            "UNWIND $ids AS id MATCH (:Article {id: id})-[:PUBLISHED_BY]->(p:Publisher) RETURN DISTINCT p.id",
            {"ids": articles[i : i + PAGE]},
        ).rows:
            chosen["Publisher"].add(pid)
    return chosen


def _pages(store: Store, label: str, chosen: set[str] | None, page: int) -> Iterator[list[tuple[str, dict[str, Any]]]]:
    if chosen is not None:
        ids = sorted(chosen)
        for i in range(0, len(ids), page):
            rows = store.query(
                f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id, properties(n) ORDER BY n.id",
                {"ids": ids[i : i + page]},
            ).rows
            yield [(r[0], r[1]) for r in rows]
        return
    if getattr(store, "engine", "") == "falkordb":
        # FalkorDB: keyset on the internal node id, which its label scan reads in order, so a
        # page costs its own size. (Its id index cannot be read in order, so `ORDER BY n.id LIMIT`
        # sorted every remaining node for every page, quadratic in the label's size; and its
        # string range scans missed ids of mixed case, measured with FalkorDB 4.x.)
        cypher = f"MATCH (n:{label}) WHERE id(n) > $after RETURN id(n), n.id, properties(n) LIMIT $limit"
        after: Any = -1
    else:
        # Neo4j reads its range index on id in order: keyset on kg's id.
        cypher = f"MATCH (n:{label}) WHERE n.id > $after RETURN n.id AS key, n.id, properties(n) "
        cypher += "ORDER BY n.id LIMIT $limit"
        after = ""
    while True:
        rows = store.query(cypher, {"after": after, "limit": page}).rows
        if not rows:
            return
        yield [(r[1], r[2]) for r in rows]
        if len(rows) < page:
            return
        after = rows[-1][0]


def quads(store: Store, vocab: Vocabulary, focus: Focus | None = None, *, page: int = PAGE) -> Iterator[Quad]:
    """The store's graph as RDF quads (graph None = the default graph), page by page."""
    chosen = select(store, vocab, focus) if focus else None
    activities: set[str] = set()
    order = [*vocab.schema.entities, *vocab.schema.events, "Publisher", "Article", "Claim"]
    order += [label for label in vocab.schema.nodes if label not in order]
    for label in order:
        for rows in _pages(store, label, None if chosen is None else chosen.get(label, set()), page):
            outs: dict[str, list[tuple[str, dict[str, Any], str, str]]] = defaultdict(list)
            for aid, rtype, rprops, blabels, bid in store.query(
                f"UNWIND $ids AS id MATCH (a:{label} {{id: id}})-[r]->(b) "
                "RETURN a.id, type(r), properties(r), labels(b), b.id",
                {"ids": [r[0] for r in rows]},
            ).rows:
                blabel = vocab.node_label(blabels)
                if blabel and (chosen is None or bid in chosen.get(blabel, ())):
                    outs[aid].append((rtype, rprops or {}, blabel, bid))
            for nid, props in rows:
                yield from node_quads(vocab, label, nid, props, sorted(outs.get(nid, []), key=_rel_order), activities)


def _rel_order(rel: tuple[str, dict[str, Any], str, str]) -> tuple[str, str, str]:
    return (rel[0], rel[3], str(sorted(rel[1].items())))


def node_quads(
    vocab: Vocabulary,
    label: str,
    nid: str,
    props: dict[str, Any],
    outs: list[tuple[str, dict[str, Any], str, str]],
    activities: set[str],
) -> Iterator[Quad]:
    """The quads of one node: type, properties, outgoing relationships, and the resources that
    carry what plain triples cannot (selectors, statements of relationship properties)."""
    nt = vocab.schema.nodes[label]
    s = vocab.iri(label, nid)
    articles = sorted(bid for rtype, _, blabel, bid in outs if rtype == "REPORTED_IN" and blabel == "Article")
    graph = None
    if label == "Article":
        graph = vocab.graph_iri(nid)
    elif label == "Claim" and articles:
        graph = vocab.graph_iri(articles[0])
    yield (s, RDF_TYPE, vocab.classes[label], graph)
    oa = vocab.ns("oa")
    selectors: dict[str, list[tuple[str, Term]]] = defaultdict(list)
    for name in sorted(props):
        value = props[name]
        if label == "Claim":
            term = vocab.claim_term(name)
        else:
            term = vocab.properties[label].get(name)
        if term is None:
            continue  # a property kg's schema does not know: not part of kg's RDF
        if label == "Claim" and term.iri == vocab.expand("prov:wasGeneratedBy"):
            activity = vocab.activity_iri(str(value))
            yield (s, term.iri, activity, graph)
            if activity not in activities:
                activities.add(activity)
                yield (activity, RDF_TYPE, vocab.expand("prov:Activity"), None)
                yield (activity, RDFS + "label", Lit(str(value)), None)
            continue
        lits = literals(term.type, value)
        if label == "Claim" and term.iri.startswith(oa):
            kind = "quote" if term.iri == oa + "exact" else "position"
            selectors[kind] += [(term.iri, lit) for lit in lits]
            continue
        for lit in lits:
            yield (s, term.iri, lit, graph)
        if name == "wikidata" and nt.kind == "entity" and re.fullmatch(r"Q\d+", str(value)):
            yield (s, OWL + "sameAs", vocab.ns("wd") + str(value), graph)
    if selectors:
        target = s + "#target"
        yield (s, oa + "hasTarget", target, graph)
        yield (target, RDF_TYPE, oa + "SpecificResource", graph)
        for aid in articles:
            yield (target, oa + "hasSource", vocab.iri("Article", aid), graph)
        for kind, cls in (("quote", "TextQuoteSelector"), ("position", "TextPositionSelector")):
            if selectors.get(kind):
                sel = f"{s}#{kind}"
                yield (target, oa + "hasSelector", sel, graph)
                yield (sel, RDF_TYPE, oa + cls, graph)
                for p, lit in selectors[kind]:
                    yield (sel, p, lit, graph)
    linked: set[tuple[str, str]] = set()
    for rtype, rprops, blabel, bid in outs:
        p = vocab.relationships.get(rtype)
        if p is None:
            continue
        o = vocab.iri(blabel, bid)
        g = vocab.graph_iri(bid) if rtype == "REPORTED_IN" and blabel == "Article" else graph
        if (p, o) not in linked:  # two terms of one office: one link, two statements
            linked.add((p, o))
            yield (s, p, o, g)
        terms = vocab.rel_properties.get(rtype, {})
        known = {k: v for k, v in rprops.items() if k in terms and v is not None}
        if known:
            key = vocab.rel_key(rtype)
            st = vocab.statement_iri(rtype, nid, bid, known.get(key) if key else None)
            yield (st, RDF_TYPE, RDF + "Statement", g)
            yield (st, RDF + "subject", s, g)
            yield (st, RDF + "predicate", p, g)
            yield (st, RDF + "object", o, g)
            for k in sorted(known):
                for lit in literals(terms[k].type, known[k]):
                    yield (st, terms[k].iri, lit, g)


# -- writers -------------------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')


def _quote(text: str) -> str:
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], text)
    return '"' + text + '"'


def nt_term(term: Term) -> str:
    if isinstance(term, Lit):
        body = _quote(term.lexical)
        return f"{body}^^<{term.datatype}>" if term.datatype else body
    return f"<{term}>"


def write_ntriples(stream: Iterable[Quad], out: IO[str], *, quads: bool = False) -> int:
    n = 0
    lines: list[str] = []
    for s, p, o, g in stream:
        if quads and g:
            lines.append(f"<{s}> <{p}> {nt_term(o)} <{g}> .\n")
        else:
            lines.append(f"<{s}> <{p}> {nt_term(o)} .\n")
        n += 1
        if len(lines) >= 4096:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))
    return n


class _Names:
    """Prefixed names for vocabulary IRIs where Turtle allows them, else <IRI>."""

    LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")

    def __init__(self, namespaces: dict[str, str]):
        self.namespaces = sorted(namespaces.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        hit = self.cache.get(iri)
        if hit is None:
            hit = f"<{iri}>"
            for prefix, ns in self.namespaces:
                if iri.startswith(ns) and self.LOCAL.match(iri[len(ns) :]):
                    hit = f"{prefix}:{iri[len(ns) :]}"
                    break
            if len(self.cache) < 100_000:
                self.cache[iri] = hit
        return hit

    def term(self, term: Term) -> str:
        if isinstance(term, Lit):
            body = _quote(term.lexical)
            return f"{body}^^{self(term.datatype)}" if term.datatype else body
        return f"<{term}>"


class _Buffer:
    """Pieces of output written a few thousand at a time: one write call per piece is slow, and
    holding the whole document would not keep memory flat."""

    def __init__(self, out: IO[str], size: int = 4096):
        self.out, self.size = out, size
        self.parts: list[str] = []

    def append(self, piece: str) -> None:
        self.parts.append(piece)
        if len(self.parts) >= self.size:
            self.flush()

    def flush(self) -> None:
        self.out.write("".join(self.parts))
        self.parts.clear()


def write_turtle(stream: Iterable[Quad], out: IO[str], vocab: Vocabulary, *, trig: bool = False) -> int:
    """Turtle (or TriG): a block per subject as the stream brings it; prefixes for the vocabulary."""
    names = _Names(vocab.namespaces)
    for prefix, ns in sorted(vocab.namespaces.items()):
        out.write(f"@prefix {prefix}: <{ns}> .\n")
    out.write("\n")
    n = 0
    subject: str | None = None
    graph: str | None = None
    buf = _Buffer(out)
    for s, p, o, g in stream:
        n += 1
        g = g if trig else None
        if s != subject or g != graph:
            if subject is not None:
                buf.append(" .\n")
            if g != graph:
                if graph is not None:
                    buf.append("}\n")
                if g is not None:
                    buf.append(f"\n<{g}> {{\n")
                graph = g
            subject = s
            pred = "a" if p == RDF_TYPE else names(p)
            obj = names(o) if p == RDF_TYPE and isinstance(o, str) else names.term(o)
            buf.append(f"\n<{s}> {pred} {obj}")
        else:
            pred = "a" if p == RDF_TYPE else names(p)
            obj = names(o) if p == RDF_TYPE and isinstance(o, str) else names.term(o)
            buf.append(f" ;\n    {pred} {obj}")
    if subject is not None:
        buf.append(" .\n")
    if graph is not None:
        buf.append("}\n")
    buf.flush()
    return n


def subjects(stream: Iterable[Quad], window: int = 256) -> Iterator[tuple[str, dict[tuple[str, Term], None]]]:
    """The stream's triples grouped by subject, for the formats that nest a subject's statements
    (JSON-LD node objects, RDF/XML descriptions); graph names are dropped.

    A node's quads interleave a few subjects (the node, its selectors, its relationship statements,
    an activity), so the last `window` subjects stay open; the oldest is written when one more
    opens. Memory is bounded by the window, never by the graph; a subject that comes back after
    its block was written gets a second block, which both syntaxes merge into the same graph.
    Repeated triples of a subject are written once.
    """
    open_: dict[str, dict[tuple[str, Term], None]] = {}
    for s, p, o, _ in stream:
        block = open_.get(s)
        if block is None:
            if len(open_) >= window:
                oldest = next(iter(open_))
                yield oldest, open_.pop(oldest)
            block = open_[s] = {}
        block[(p, o)] = None
    yield from open_.items()


class _JsonLdTerms:
    """Keys and values under kg's JSON-LD context: a property with a term is written by the term's
    name in the form its definition expects (a string for an ``@id`` or datatype-coerced term whose
    value fits it), any other by its full IRI with expanded values."""

    def __init__(self, ctx: dict[str, Any], vocab: Vocabulary):
        prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and k in {*vocab.namespaces, "sh"}}

        def expand(curie: str) -> str:
            prefix, sep, local = curie.partition(":")
            return prefixes[prefix] + local if sep and prefix in prefixes and not local.startswith("//") else curie

        self.properties: dict[str, tuple[str, str | None]] = {}  # IRI -> (term, coerced @type)
        self.classes: dict[str, str] = {}  # IRI -> term
        for name, definition in ctx.items():
            if name in prefixes:
                continue
            if isinstance(definition, str):
                iri, coerce = expand(definition), None
            else:
                iri, coerce = expand(definition["@id"]), definition.get("@type")
                if coerce and coerce != "@id":
                    coerce = expand(coerce)
            self.properties.setdefault(iri, (name, coerce))
            if coerce is None:
                self.classes.setdefault(iri, name)

    def node(self, s: str, block: Iterable[tuple[str, Term]]) -> dict[str, Any]:
        types: list[str] = []
        props: dict[str, list[Any]] = {}
        for p, o in block:
            if p == RDF_TYPE and isinstance(o, str):
                types.append(self.classes.get(o, o))
                continue
            name, coerce = self.properties.get(p, (p, None))
            if name == p:
                coerce = None
            if isinstance(o, Lit):
                if o.datatype == coerce or (coerce is None and o.datatype is None):
                    value: Any = o.lexical
                elif o.datatype is None:
                    value = {"@value": o.lexical}  # a value object escapes the term's coercion
                else:
                    value = {"@value": o.lexical, "@type": o.datatype}
            else:
                value = o if coerce == "@id" else {"@id": o}
            props.setdefault(name, []).append(value)
        node: dict[str, Any] = {"@id": s}
        if types:
            node["@type"] = types[0] if len(types) == 1 else types
        for name, values in props.items():
            node[name] = values[0] if len(values) == 1 else values
        return node


def write_jsonld(stream: Iterable[Quad], out: IO[str], vocab: Vocabulary) -> int:
    """JSON-LD under kg's embedded context: ``{"@context": …, "@graph": [`` a node object per
    subject as the stream brings it ``]}``."""
    import json

    from kg.rdf.ontology import context

    ctx = context(vocab)["@context"]
    terms = _JsonLdTerms(ctx, vocab)
    out.write('{\n  "@context": ' + json.dumps(ctx, ensure_ascii=False) + ',\n  "@graph": [')
    n = 0
    buf = _Buffer(out, 512)
    sep = "\n    "
    for s, block in subjects(stream):
        n += len(block)
        buf.append(sep + json.dumps(terms.node(s, block), ensure_ascii=False))
        sep = ",\n    "
    buf.append("\n  ]\n}\n")
    buf.flush()
    return n


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]")
_XML_TEXT = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_XML_ATTR = {**_XML_TEXT, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_XML_TEXT_RE = re.compile("[&<>\r]")
_XML_ATTR_RE = re.compile('[&<>\r"\n\t]')
_NCNAME_START = "A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f"
_NCNAME_START += "\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
_NCNAME_TAIL = re.compile(f"[{_NCNAME_START}][{_NCNAME_START}\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]*$")


def _xml(text: str, attr: bool = False) -> str:
    if _XML_INVALID.search(text):
        raise InputError(
            f"the value {text[:60]!r} holds a character XML 1.0 cannot carry; export it as N-Triples or Turtle"
        )
    table, pattern = (_XML_ATTR, _XML_ATTR_RE) if attr else (_XML_TEXT, _XML_TEXT_RE)
    return pattern.sub(lambda m: table[m.group(0)], text) if pattern.search(text) else text


class _QNames:
    """Element names for predicates: ``prefix:local`` under the document's namespaces, else under
    a namespace declared on the element itself (the IRI split before its longest NCName tail)."""

    def __init__(self, namespaces: dict[str, str]):
        self.namespaces = sorted(namespaces.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, tuple[str, str]] = {}

    def __call__(self, iri: str) -> tuple[str, str]:
        """(element name, namespace declaration to put on it or "")."""
        hit = self.cache.get(iri)
        if hit is None:
            hit = self._name(iri)
            if len(self.cache) < 100_000:
                self.cache[iri] = hit
        return hit

    def _name(self, iri: str) -> tuple[str, str]:
        for prefix, ns in self.namespaces:
            local = iri[len(ns) :]
            if iri.startswith(ns) and local and _NCNAME_TAIL.match(local):
                return f"{prefix}:{local}", ""
        for i in range(1, len(iri)):
            if _NCNAME_TAIL.match(iri, i):
                return f"ns:{iri[i:]}", f' xmlns:ns="{_xml(iri[:i], attr=True)}"'
        raise InputError(f"the property {iri} cannot be written in RDF/XML (it does not end in an XML name)")


def write_rdfxml(stream: Iterable[Quad], out: IO[str], vocab: Vocabulary) -> int:
    """RDF/XML: an ``rdf:Description`` per subject as the stream brings it, under the vocabulary's
    namespaces."""
    names = _QNames(vocab.namespaces)
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF')
    for prefix, ns in sorted(vocab.namespaces.items()):
        out.write(f'\n    xmlns:{prefix}="{_xml(ns, attr=True)}"')
    out.write(">\n")
    n = 0
    buf = _Buffer(out)
    for s, block in subjects(stream):
        n += len(block)
        buf.append(f'  <rdf:Description rdf:about="{_xml(s, attr=True)}">\n')
        for p, o in block:
            name, declare = names(p)
            if isinstance(o, Lit):
                dt = f' rdf:datatype="{_xml(o.datatype, attr=True)}"' if o.datatype else ""
                buf.append(f"    <{name}{declare}{dt}>{_xml(o.lexical)}</{name}>\n")
            else:
                buf.append(f'    <{name}{declare} rdf:resource="{_xml(o, attr=True)}"/>\n')
        buf.append("  </rdf:Description>\n")
    buf.append("</rdf:RDF>\n")
    buf.flush()
    return n


def rdflib_term(term: Term) -> Any:
    from rdflib import Literal, URIRef

    if isinstance(term, Lit):
        return Literal(term.lexical, datatype=URIRef(term.datatype) if term.datatype else None)
    return URIRef(term)


def to_graph(stream: Iterable[Quad], vocab: Vocabulary) -> Any:
    """The stream in an rdflib Graph (triples; graph names dropped), prefixes bound."""
    from rdflib import Graph, URIRef

    graph = Graph(bind_namespaces="none")
    for prefix, ns in vocab.namespaces.items():
        graph.bind(prefix, ns)
    add = graph.add
    for s, p, o, _ in stream:
        add((URIRef(s), URIRef(p), rdflib_term(o)))
    return graph


def write(stream: Iterable[Quad], out: IO[str], fmt: RdfFormat, vocab: Vocabulary) -> int:
    """Write the stream in `fmt`; returns the number of statements written."""
    if fmt.name == "nt":
        return write_ntriples(stream, out)
    if fmt.name == "nquads":
        return write_ntriples(stream, out, quads=True)
    if fmt.name == "turtle":
        return write_turtle(stream, out, vocab)
    if fmt.name == "trig":
        return write_turtle(stream, out, vocab, trig=True)
    if fmt.name == "json-ld":
        return write_jsonld(stream, out, vocab)
    if fmt.name == "xml":
        return write_rdfxml(stream, out, vocab)
    raise InputError(f"no writer for the RDF format {fmt.name!r}")


@dataclass
class ExportResult:
    statements: int
    path: str | None
    format: str


def export(
    store: Store,
    fmt: str,
    out: str | Path | IO[str] | None = None,
    *,
    base_iri: str | None = None,
    focus: Focus | None = None,
    page: int = PAGE,
) -> ExportResult:
    """Export the store (or its focus) as RDF to a path, an open text stream, or stdout.

    A path is written to a temporary file beside it and renamed when complete, so a failed export
    never leaves a half-written file.
    """
    import sys

    if fmt not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    rdf_format = FORMATS[fmt]
    vocab = vocabulary(base_iri)
    if out is None or hasattr(out, "write"):
        stream = out if out is not None else sys.stdout
        n = write(quads(store, vocab, focus, page=page), stream, rdf_format, vocab)  # type: ignore[arg-type]
        return ExportResult(n, None, fmt)
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}", file=str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            n = write(quads(store, vocab, focus, page=page), fh, rdf_format, vocab)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ExportResult(n, str(path), fmt)


__all__ = ["Focus", "export", "quads", "select", "to_graph", "write", "ExportResult", "XSD"]
