"""How kg's property graph maps to RDF, derived from schema/kg.yaml in one place.

- Every node becomes a resource typed with its class (``rdf:`` of the schema's node type), its
  properties literals under their schema terms; a property or relationship without an ``rdf:``
  term gets ``kg:<name>`` (relationship types in camelCase: ``HELD_IN`` -> ``kg:heldIn``).
- IRIs are minted from kg's own ids under a base (``base_iri`` of the schema, ``KG_BASE_IRI`` or
  ``--base-iri``): ``<base>entity/Q227``, ``<base>event/meeting-2018-09-01-…``,
  ``<base>claim/claim-…``, ``<base>article/src-…``, ``<base>publisher/publisher:…``. The same
  input gives the same IRIs on either engine, in any order, on any day.
- A relationship with properties (``HOLDS_OFFICE``, ``MET``) is a triple plus an
  ``rdf:Statement`` that carries its properties, so nothing is lost in plain RDF.
- A claim is an ``oa:Annotation``: its quote and offsets sit on ``oa:TextQuoteSelector`` and
  ``oa:TextPositionSelector`` of a target whose source is the article; its method is a
  ``prov:Activity``. The values it claims (amount, currency, count, …) are literals on the claim.
"""

from __future__ import annotations

import functools
import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import quote, unquote, urlsplit

from kg.errors import InputError
from kg.model import digest
from kg.schema import Property, Schema, load_schema

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
STANDARD_NAMESPACES = {"rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL}

RDF_TYPE = RDF + "type"
_IRI_SAFE = ":@!$&'()*+,;=-._~"


class Lit(NamedTuple):
    """A literal: its lexical form and datatype IRI (None for a plain string)."""

    lexical: str
    datatype: str | None = None


# a term is an IRI (str) or a Lit; a quad is (subject, predicate, object, graph IRI or None)
Term = str | Lit
Quad = tuple[str, str, Term, str | None]


def default_base_iri(schema: Schema | None = None) -> str:
    return os.environ.get("KG_BASE_IRI") or (schema or load_schema()).base_iri


def check_base_iri(base: str) -> str:
    """An absolute http(s) IRI ending in / or #, or an InputError."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https", "urn", "tag") or not (parts.netloc or parts.scheme in ("urn", "tag")):
        raise InputError(f"the base IRI {base!r} is not an absolute IRI such as https://example.org/kg/")
    if any(c in base for c in ' <>"{}|^`\\'):
        raise InputError(f"the base IRI {base!r} contains characters an IRI cannot hold")
    return base if base.endswith(("/", "#")) else base + "/"


def camel(rel_type: str) -> str:
    head, *rest = rel_type.lower().split("_")
    return head + "".join(w.capitalize() for w in rest)


@dataclass(frozen=True)
class PropertyTerm:
    name: str
    iri: str
    props: tuple[Property, ...]  # one definition, or several for a claimed value shared by events

    @property
    def type(self) -> str:
        return self.props[0].type


@dataclass
class Vocabulary:
    """The terms of kg's RDF, from the schema."""

    schema: Schema
    base: str
    namespaces: dict[str, str] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)  # label -> class IRI
    label_of_class: dict[str, str] = field(default_factory=dict)
    properties: dict[str, dict[str, PropertyTerm]] = field(default_factory=dict)  # label -> name -> term
    values: dict[str, PropertyTerm] = field(default_factory=dict)  # claimed values, by name
    relationships: dict[str, str] = field(default_factory=dict)  # type -> property IRI
    rel_of_term: dict[str, str] = field(default_factory=dict)
    rel_properties: dict[str, dict[str, PropertyTerm]] = field(default_factory=dict)

    def expand(self, curie: str) -> str:
        prefix, sep, local = curie.partition(":")
        if sep and prefix in self.namespaces:
            return self.namespaces[prefix] + local
        return curie

    def ns(self, prefix: str) -> str:
        return self.namespaces[prefix]

    # -- IRIs ----------------------------------------------------------------------------------

    def segment(self, label: str) -> str:
        nt = self.schema.nodes[label]
        return {"entity": "entity", "event": "event"}.get(nt.kind, label.lower())

    def iri(self, label: str, id: str) -> str:
        return f"{self.base}{self.segment(label)}/{quote(str(id), safe=_IRI_SAFE)}"

    def graph_iri(self, article_id: str) -> str:
        """The named graph of one source article (trig, nquads)."""
        return f"{self.base}graph/{quote(str(article_id), safe=_IRI_SAFE)}"

    def activity_iri(self, method: str) -> str:
        return f"{self.base}activity/{quote(method, safe=_IRI_SAFE)}"

    def statement_iri(self, rel_type: str, a: str, b: str, key: Any) -> str:
        return f"{self.base}statement/{rel_type.lower()}-{digest([rel_type, a, b, key], 16)}"

    def id_from_iri(self, iri: str) -> str:
        return unquote(iri.rsplit("/", 1)[-1])

    # -- terms ---------------------------------------------------------------------------------

    def node_label(self, labels: list[str]) -> str | None:
        for label in labels:
            if label in self.schema.nodes:
                return label
        return None

    def claim_term(self, name: str) -> PropertyTerm | None:
        """A claim's property: its own (evidence, review) or a value it claims for its event."""
        return self.properties["Claim"].get(name) or self.values.get(name)

    def classes_of(self, labels: tuple[str, ...] | list[str]) -> list[str]:
        """Class IRIs of schema labels; "Event" stands for every event class."""
        out: list[str] = []
        for label in labels:
            out += [self.classes[e] for e in self.schema.events] if label == "Event" else [self.classes[label]]
        return sorted(set(out))

    def rel_key(self, rel_type: str) -> str | None:
        for p in self.rel_properties.get(rel_type, {}).values():
            if p.props[0].key:
                return p.name
        return None


def _term(vocab: Vocabulary, spec: str | None, name: str) -> str:
    return vocab.expand(spec) if spec else vocab.ns("kg") + name


def vocabulary(base: str | None = None) -> Vocabulary:
    """kg's vocabulary with instance IRIs under `base` (default: KG_BASE_IRI, else the schema's)."""
    return _vocabulary(check_base_iri(base or default_base_iri()))


@functools.cache
def _vocabulary(base: str) -> Vocabulary:
    schema = load_schema()
    vocab = Vocabulary(schema=schema, base=base)
    vocab.namespaces = {**STANDARD_NAMESPACES, **schema.namespaces}
    for label, nt in schema.nodes.items():
        cls = vocab.expand(nt.rdf_class) if nt.rdf_class else vocab.ns("kg") + label
        vocab.classes[label] = cls
        vocab.label_of_class[cls] = label
        vocab.properties[label] = {n: PropertyTerm(n, _term(vocab, p.rdf, n), (p,)) for n, p in nt.properties.items()}
    shared: dict[str, list[Property]] = {}
    for nt in schema.events.values():
        for name, p in nt.values.items():
            shared.setdefault(name, []).append(p)
    vocab.values = {n: PropertyTerm(n, _term(vocab, ps[0].rdf, n), tuple(ps)) for n, ps in shared.items()}
    for rtype, rel in [*schema.relationships.items(), *schema.derived.items()]:
        iri = vocab.expand(rel.rdf) if rel.rdf else vocab.ns("kg") + camel(rtype)
        other = vocab.rel_of_term.get(iri)
        if other and other != rtype:
            raise ValueError(f"schema: relationships {other} and {rtype} map to the same RDF term {iri}")
        vocab.relationships[rtype] = iri
        vocab.rel_of_term[iri] = rtype
        vocab.rel_properties[rtype] = {
            n: PropertyTerm(n, _term(vocab, p.rdf, n), (p,)) for n, p in rel.properties.items()
        }
    return vocab


# -- literals ------------------------------------------------------------------------------------

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def literals(prop_type: str, value: Any) -> list[Lit]:
    """A stored value as RDF literals of its schema type (a list gives one literal per item)."""
    if value is None:
        return []
    if prop_type == "string[]" or isinstance(value, list):
        items = value if isinstance(value, list) else [value]
        return [Lit(str(v)) for v in items if v is not None]
    if prop_type == "integer" and not isinstance(value, bool):
        return [Lit(str(int(value)), XSD + "integer")]
    if prop_type == "float" and not isinstance(value, bool):
        number = float(value)
        if math.isnan(number):
            return [Lit("NaN", XSD + "double")]
        if math.isinf(number):
            return [Lit("INF" if number > 0 else "-INF", XSD + "double")]
        return [Lit(repr(number), XSD + "double")]
    if prop_type == "boolean":
        return [Lit("true" if value else "false", XSD + "boolean")]
    text = str(value)
    if prop_type == "date":
        for pattern, dtype in ((_FULL_DATE, "date"), (_YEAR_MONTH, "gYearMonth"), (_YEAR, "gYear")):
            if pattern.match(text):
                return [Lit(text, XSD + dtype)]
    return [Lit(text)]


def python_value(prop_type: str, lexical: str) -> Any:
    """A literal's lexical form as the value the store keeps for a property of this type."""
    if prop_type == "integer":
        return int(lexical)
    if prop_type == "float":
        return float(lexical.replace("INF", "inf"))
    if prop_type == "boolean":
        return lexical.strip() in ("true", "1")
    return lexical
