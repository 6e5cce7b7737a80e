"""kg's OWL/RDFS ontology, SHACL shapes and JSON-LD context, derived from schema/kg.yaml.

Nothing here lists a class or property by hand: classes, labels and comments (English and German,
as the schema gives them), domains, ranges and alignments all come from the schema through
:mod:`kg.rdf.vocab`. The few terms of established vocabularies kg's RDF uses for structure
(Web Annotation selectors, PROV activities, RDF statements) are named in :mod:`kg.rdf.export` and
get their shapes below.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kg.rdf.vocab import OWL, RDF, RDFS, SH, XSD, PropertyTerm, Vocabulary, vocabulary

ONTOLOGY_IRI = "https://w3id.org/kg/ontology"

_XSD = {"integer": "integer", "float": "double", "boolean": "boolean"}


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()


def _bind(graph: Any, vocab: Vocabulary) -> None:
    for prefix, ns in vocab.namespaces.items():
        graph.bind(prefix, ns, override=True)
    graph.bind("sh", SH)


def _sem_parent(vocab: Vocabulary, targets: tuple[str, ...]) -> str:
    """Role relationships align with SEM: to a place sem:hasPlace, to an actor sem:hasActor."""
    return (
        vocab.expand("sem:hasPlace")
        if set(targets) <= {"Place", "Country"} and "Place" in targets
        else vocab.expand("sem:hasActor")
    )


@functools.cache
def _ontology(base: str) -> Any:
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.collection import Collection

    vocab = vocabulary(base)
    schema = vocab.schema
    g = Graph(bind_namespaces="none")
    _bind(g, vocab)
    U = URIRef
    kg = vocab.ns("kg")
    onto = U(ONTOLOGY_IRI)
    g.add((onto, U(RDF + "type"), U(OWL + "Ontology")))
    g.add((onto, U(OWL + "versionInfo"), Literal(str(schema.version))))
    g.add((onto, U(RDFS + "label"), Literal("kg ontology", lang="en")))
    g.add((onto, U(RDFS + "comment"), Literal("Derived from schema/kg.yaml by kg.rdf.ontology.", lang="en")))

    def mine(iri: str) -> bool:
        return iri.startswith(kg)

    for label, nt in schema.nodes.items():
        cls = U(vocab.classes[label])
        g.add((cls, U(RDF + "type"), U(OWL + "Class")))
        g.add((cls, U(RDFS + "isDefinedBy"), onto))
        for lang, text in nt.names.items():
            g.add((cls, U(RDFS + "label"), Literal(text, lang=lang)))
        for lang, text in nt.comments.items():
            g.add((cls, U(RDFS + "comment"), Literal(text, lang=lang)))
        for parent in nt.rdf_align:
            g.add((cls, U(RDFS + "subClassOf"), U(vocab.expand(parent))))

    def domain_range(prop: URIRef, domains: set[str], ranges: set[str]) -> None:
        for kind, items in (("domain", domains), ("range", ranges)):
            if len(items) == 1:
                g.add((prop, U(RDFS + kind), U(next(iter(items)))))
            elif items:
                node = BNode(f"{kind}-{prop.split('#')[-1]}")
                members = BNode(f"{kind}-{prop.split('#')[-1]}-members")
                g.add((node, U(RDF + "type"), U(OWL + "Class")))
                Collection(g, members, [U(i) for i in sorted(items)])
                g.add((node, U(OWL + "unionOf"), members))
                g.add((prop, U(RDFS + kind), node))

    datatype: dict[str, tuple[set[str], set[str], str]] = {}

    def note(term: PropertyTerm, cls: str) -> None:
        if not mine(term.iri):
            return
        doms, rngs, comment = datatype.setdefault(term.iri, (set(), set(), ""))
        doms.add(cls)
        rngs.add(_range(term.type))
        if term.props[0].comment and not comment:
            datatype[term.iri] = (doms, rngs, term.props[0].comment)

    for label, terms in vocab.properties.items():
        for term in terms.values():
            if label == "Claim" and term.iri.startswith(vocab.ns("oa")):
                continue
            note(term, vocab.classes[label])
    for term in vocab.values.values():
        note(term, vocab.classes["Claim"])
    for terms in vocab.rel_properties.values():
        for term in terms.values():
            note(term, RDF + "Statement")
    for iri, (doms, rngs, comment) in sorted(datatype.items()):
        prop = U(iri)
        g.add((prop, U(RDF + "type"), U(OWL + "DatatypeProperty")))
        g.add((prop, U(RDFS + "isDefinedBy"), onto))
        g.add((prop, U(RDFS + "label"), Literal(_words(iri[len(kg) :]), lang="en")))
        if comment:
            g.add((prop, U(RDFS + "comment"), Literal(comment, lang="en")))
        domain_range(prop, doms, rngs if len(rngs) == 1 else set())

    roles = {r.rel: r for et in schema.events.values() for r in et.roles.values()}
    for rtype, rel in sorted([*schema.relationships.items(), *schema.derived.items()]):
        iri = vocab.relationships[rtype]
        if not mine(iri):
            continue
        prop = U(iri)
        g.add((prop, U(RDF + "type"), U(OWL + "ObjectProperty")))
        g.add((prop, U(RDFS + "isDefinedBy"), onto))
        g.add((prop, U(RDFS + "label"), Literal(_words(rtype), lang="en")))
        if rel.comment:
            g.add((prop, U(RDFS + "comment"), Literal(rel.comment, lang="en")))
        if rtype in roles:
            g.add((prop, U(RDFS + "subPropertyOf"), U(_sem_parent(vocab, rel.to))))
        domain_range(prop, set(vocab.classes_of(rel.from_)), set(vocab.classes_of(rel.to)))
    return g


def _range(prop_type: str) -> str:
    if prop_type in _XSD:
        return XSD + _XSD[prop_type]
    if prop_type == "date":
        return RDFS + "Literal"  # xsd:date, xsd:gYearMonth or xsd:gYear
    return XSD + "string"


def ontology(base: str | None = None) -> Any:
    """The ontology as an rdflib Graph (cached; do not modify)."""
    return _ontology(vocabulary(base).base)


# -- SHACL ---------------------------------------------------------------------------------------


@functools.cache
def _shapes(base: str) -> Any:
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.collection import Collection

    vocab = vocabulary(base)
    schema = vocab.schema
    g = Graph(bind_namespaces="none")
    _bind(g, vocab)
    U = URIRef
    kg = vocab.ns("kg")
    oa = vocab.ns("oa")
    prov = vocab.ns("prov")
    counter = iter(range(1_000_000))

    def bnode() -> BNode:
        return BNode(f"s{next(counter)}")

    def rdf_list(items: list[Any]) -> BNode:
        head = bnode()
        Collection(g, head, items)
        return head

    def datatype_constraint(shape: BNode, prop_type: str) -> None:
        if prop_type == "date":
            alts = []
            for dt in ("date", "gYearMonth", "gYear"):
                alt = bnode()
                g.add((alt, U(SH + "datatype"), U(XSD + dt)))
                alts.append(alt)
            g.add((shape, U(SH + "or"), rdf_list(alts)))
        else:
            g.add((shape, U(SH + "datatype"), U(_range(prop_type))))

    def value_shape(node: URIRef, term: PropertyTerm, *, optional: bool = False) -> None:
        shape = bnode()
        g.add((node, U(SH + "property"), shape))
        g.add((shape, U(SH + "path"), U(term.iri)))
        g.add((shape, U(SH + "name"), Literal(term.name)))
        p = term.props[0]
        datatype_constraint(shape, p.type)
        if p.required and not optional:
            g.add((shape, U(SH + "minCount"), Literal(1)))
        if p.type != "string[]":
            g.add((shape, U(SH + "maxCount"), Literal(1)))
        if all(x.enum for x in term.props):
            allowed = sorted({v for x in term.props for v in (x.enum or ())})
            g.add((shape, U(SH + "in"), rdf_list([Literal(v) for v in allowed])))
        if len(term.props) == 1:
            if p.min is not None:
                g.add((shape, U(SH + "minInclusive"), Literal(p.min)))
            if p.max is not None:
                g.add((shape, U(SH + "maxInclusive"), Literal(p.max)))
            if p.pattern:
                g.add((shape, U(SH + "pattern"), Literal(p.pattern)))

    def link_shape(node: URIRef, path: str, targets: list[str], *, min_count: int = 0, max_one: bool = False) -> None:
        shape = bnode()
        g.add((node, U(SH + "property"), shape))
        g.add((shape, U(SH + "path"), U(path)))
        g.add((shape, U(SH + "nodeKind"), U(SH + "IRI")))
        if len(targets) == 1:
            g.add((shape, U(SH + "class"), U(targets[0])))
        elif targets:
            alts = []
            for t in targets:
                alt = bnode()
                g.add((alt, U(SH + "class"), U(t)))
                alts.append(alt)
            g.add((shape, U(SH + "or"), rdf_list(alts)))
        if min_count:
            g.add((shape, U(SH + "minCount"), Literal(min_count)))
        if max_one:
            g.add((shape, U(SH + "maxCount"), Literal(1)))

    def node_shape(name: str, target_class: str, allowed_extra: list[str]) -> URIRef:
        node = U(kg + name + "Shape")
        g.add((node, U(RDF + "type"), U(SH + "NodeShape")))
        g.add((node, U(SH + "targetClass"), U(target_class)))
        g.add((node, U(SH + "closed"), Literal(True)))
        g.add((node, U(SH + "ignoredProperties"), rdf_list([U(RDF + "type"), *(U(x) for x in allowed_extra)])))
        return node

    for label, nt in schema.nodes.items():
        extra = [OWL + "sameAs"] if nt.kind == "entity" else []
        node = node_shape(label, vocab.classes[label], extra)
        for term in vocab.properties[label].values():
            if label == "Claim" and (term.iri.startswith(oa) or term.iri == prov + "wasGeneratedBy"):
                continue
            value_shape(node, term)
        if label == "Claim":
            for term in vocab.values.values():
                value_shape(node, term, optional=True)
            link_shape(node, prov + "wasGeneratedBy", [prov + "Activity"], min_count=1, max_one=True)
            link_shape(node, oa + "hasTarget", [oa + "SpecificResource"], max_one=True)
        if nt.kind == "event":
            for role in nt.roles.values():
                link_shape(
                    node,
                    vocab.relationships[role.rel],
                    vocab.classes_of(role.to),
                    min_count=role.min if role.required else 0,
                    max_one=not role.many,
                )
        for rtype, rel in sorted([*schema.relationships.items(), *schema.derived.items()]):
            if label not in rel.from_ or (nt.kind == "event" and rtype in {r.rel for r in nt.roles.values()}):
                continue
            single = rtype in ("ABOUT", "PUBLISHED_BY") or (label == "Claim" and rtype == "REPORTED_IN")
            required = label == "Claim" and rtype in ("ABOUT", "REPORTED_IN")
            link_shape(
                node, vocab.relationships[rtype], vocab.classes_of(rel.to), min_count=int(required), max_one=single
            )

    target = node_shape("OaSpecificResource", oa + "SpecificResource", [])
    link_shape(target, oa + "hasSource", [vocab.classes["Article"]], min_count=1)
    link_shape(target, oa + "hasSelector", [oa + "TextQuoteSelector", oa + "TextPositionSelector"], min_count=1)
    claim_terms = {t.iri: t for t in vocab.properties["Claim"].values()}
    quote = node_shape("OaTextQuoteSelector", oa + "TextQuoteSelector", [])
    position = node_shape("OaTextPositionSelector", oa + "TextPositionSelector", [])
    for iri, term in claim_terms.items():
        if iri == oa + "exact":
            value_shape(quote, term)
        elif iri.startswith(oa):
            value_shape(position, term)
    activity = node_shape("ProvActivity", prov + "Activity", [])
    label_shape = PropertyTerm("label", RDFS + "label", (_required_string(),))
    value_shape(activity, label_shape)
    statement = node_shape("RdfStatement", RDF + "Statement", [])
    for p in ("subject", "predicate", "object"):
        link_shape(statement, RDF + p, [], min_count=1, max_one=True)
    for terms in vocab.rel_properties.values():
        for term in terms.values():
            value_shape(statement, term, optional=True)
    return g


def _required_string() -> Any:
    from kg.schema import Property

    return Property(name="label", type="string", required=True)


def shapes(base: str | None = None) -> Any:
    """The SHACL shapes as an rdflib Graph (cached; do not modify)."""
    return _shapes(vocabulary(base).base)


CONTEXT_IRI = "https://w3id.org/kg/context.jsonld"


def context(vocab: Vocabulary | None = None) -> dict[str, Any]:
    """kg's JSON-LD context, derived from the schema; the json-ld export embeds it, and
    ``kg vocab context`` prints it for publishing at :data:`CONTEXT_IRI`.

    Prefixes for every namespace, and a term for every class and property kg's RDF uses, named by
    its local name (by its prefixed name where two IRIs share a local name) and typed: a
    relationship ``{"@type": "@id"}``, an integer, float or boolean property its XSD datatype,
    a list property ``{"@container": "@set"}``. Dates stay untyped (xsd:date, xsd:gYearMonth or
    xsd:gYear, as precise as the source), as does a property whose uses have different types.
    """
    return {"@context": _context(vocabulary(vocab.base if vocab else None).base)}


@functools.cache
def _context(base: str) -> dict[str, Any]:
    vocab = vocabulary(base)
    prefixes = {**{p: ns for p, ns in sorted(vocab.namespaces.items())}, "sh": SH}
    types: dict[str, set[str]] = {}  # property IRI -> schema types of its uses
    for terms in [*vocab.properties.values(), vocab.values, *vocab.rel_properties.values()]:
        for term in terms.values():
            types.setdefault(term.iri, set()).update(p.type for p in term.props)
    oa, prov = vocab.ns("oa"), vocab.ns("prov")
    links = set(vocab.relationships.values()) | {OWL + "sameAs", prov + "wasGeneratedBy"}
    links |= {oa + p for p in ("hasTarget", "hasSource", "hasSelector")} | {RDF + p for p in ("subject", "object")}
    links.add(RDF + "predicate")
    structure = {oa + c for c in ("SpecificResource", "TextQuoteSelector", "TextPositionSelector")}
    structure |= {prov + "Activity", RDF + "Statement", RDFS + "label"}
    iris = sorted({*vocab.classes.values(), *types, *links, *structure})

    def curie(iri: str) -> str:
        for prefix, ns in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(ns) and iri != ns:
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def local(iri: str) -> str:
        return re.split(r"[#/]", iri)[-1]

    counts: dict[str, int] = {}
    for iri in iris:
        counts[local(iri)] = counts.get(local(iri), 0) + 1
    terms: dict[str, Any] = {}
    for iri in iris:
        name = local(iri)
        if counts[name] > 1 or name in prefixes or name.startswith("@") or not name:
            name = curie(iri)
        definition: dict[str, str] = {"@id": curie(iri)}
        if iri in links:
            definition["@type"] = "@id"
        elif iri in types:
            kinds = types[iri]
            if len(kinds) == 1 and next(iter(kinds)) in _XSD:
                definition["@type"] = "xsd:" + _XSD[next(iter(kinds))]
            elif kinds == {"string[]"}:
                definition["@container"] = "@set"
        if len(definition) > 1:
            terms[name] = definition
        elif name != definition["@id"]:
            terms[name] = definition["@id"]
    return {**prefixes, **terms}


def vocabulary_terms(base: str | None = None) -> set[str]:
    """Every predicate and class IRI kg's RDF may use: the derived vocabulary plus the structure."""
    vocab = vocabulary(base)
    terms = {RDF + "type", OWL + "sameAs", RDFS + "label"}
    terms |= {RDF + p for p in ("subject", "predicate", "object", "Statement")}
    oa, prov = vocab.ns("oa"), vocab.ns("prov")
    terms |= {
        oa + t
        for t in (
            "hasTarget",
            "hasSource",
            "hasSelector",
            "SpecificResource",
            "TextQuoteSelector",
            "TextPositionSelector",
        )
    }
    terms |= {prov + "Activity"}
    terms |= set(vocab.classes.values())
    terms |= {t.iri for props in vocab.properties.values() for t in props.values()}
    terms |= {t.iri for t in vocab.values.values()}
    terms |= set(vocab.relationships.values())
    terms |= {t.iri for props in vocab.rel_properties.values() for t in props.values()}
    return terms
