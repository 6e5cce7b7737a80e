"""The Cypher kg writes, in the subset both engines run, generated from schema/kg.yaml.

A :class:`Batch` collects the nodes and relationships of one unit of work (an article, a fact
file, a batch of event rows) and renders them as ONE parameterised statement made of
``CALL { UNWIND $rows AS r MERGE ... }`` sections. Both engines run a statement atomically: Neo4j
in one transaction, FalkorDB as one query that it undoes when it fails part way. Labels and
relationship types come from the schema, never from input; every value travels as a parameter.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.coding import coding
from kg.model import Entity, Fact, Source
from kg.schema import Schema, load_schema


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: both engines store primitives and lists of primitives only."""
    out: dict[str, Any] = {}
    for k, v in props.items():
        if v is None or v == [] or v == ():
            continue
        out[k] = list(v) if isinstance(v, tuple) else v
    return out


class Batch:
    """Nodes and relationships of one unit of work, merged by id (later rows win)."""

    def __init__(self, schema: Schema | None = None):
        self.schema = schema or load_schema()
        # label -> id -> properties ("Event:Meeting" for events)
        self.nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        # (type, from label, to label) -> (from id, to id, key) -> properties
        self.rels: dict[tuple[str, str, str], dict[tuple[str, str, Any], dict[str, Any]]] = defaultdict(dict)
        self.facts = 0
        self.corrections: list[dict[str, Any]] = []  # analysts' reviews of claims (see correction())

    def __len__(self) -> int:
        return sum(map(len, self.nodes.values())) + sum(map(len, self.rels.values()))

    # -- collecting -----------------------------------------------------------------------------

    def node(self, label: str, id: str, props: dict[str, Any]) -> None:
        self.nodes[label].setdefault(id, {}).update(_clean(props))

    def rel(self, type_: str, a: tuple[str, str], b: tuple[str, str], props: dict[str, Any] | None = None) -> None:
        key_prop = self._rel_key(type_)
        key = (props or {}).get(key_prop) if key_prop else None
        self.rels[(type_, a[0], b[0])].setdefault((a[1], b[1], key), {}).update(_clean(props or {}))

    def _rel_key(self, type_: str) -> str | None:
        rel = self.schema.relationships.get(type_) or self.schema.derived.get(type_)
        if rel is None:
            raise ValueError(f"relationship type {type_} is not in the schema")
        keys = [p.name for p in rel.properties.values() if p.key]
        return keys[0] if keys else None

    def entity(self, e: Entity) -> None:
        props = {"name": e.name, "aliases": list(e.aliases), **e.properties}
        self.node(e.type, e.id, props)
        for o in e.offices:
            if o.body is None:
                continue  # an office of an unknown body: no edge to a node without a name
            self.entity(o.body)
            self.rel(
                "HOLDS_OFFICE",
                ("Person", e.id),
                (o.body.type, o.body.id),
                {
                    "term": f"{o.office}:{o.start or ''}",
                    "office": o.office,
                    "title": o.title,
                    "start": o.start,
                    "end": o.end,
                },
            )

    def source(self, s: Source) -> None:
        self.node(
            "Article",
            s.id,
            {"url": s.url, "title": s.title, "published": s.published, "lang": s.lang, "path": s.path},
        )
        if s.publisher and s.publisher_id:
            self.node("Publisher", s.publisher_id, {"name": s.publisher})
            self.rel("PUBLISHED_BY", ("Article", s.id), ("Publisher", s.publisher_id))

    def fact(self, f: Fact) -> None:
        et = f.event_type
        label = f"Event:{et.label}"
        eid, cid = f.event_id, f.claim_id
        for e in f.entities():
            self.entity(e)
        self.node(label, eid, {"type": f.type, **coding(f), **f.properties})  # CAMEO/PLOVER/Goldstein
        for role_name, ents in f.roles.items():
            role = et.roles[role_name]
            for e in ents:
                self.rel(role.rel, (et.label, eid), (e.type, e.id))
        ev = f.evidence
        self.source(ev.source)
        self.rel("REPORTED_IN", (et.label, eid), ("Article", ev.source.id))
        self.node(
            "Claim",
            cid,
            {
                "text": ev.text,
                "start": ev.start,
                "end": ev.end,
                "modality": ev.modality,
                "confidence": ev.confidence,
                "method": ev.method,
                **f.values,
            },
        )
        self.rel("ABOUT", ("Claim", cid), (et.label, eid))
        self.rel("REPORTED_IN", ("Claim", cid), ("Article", ev.source.id))
        if ev.speaker:
            self.rel("SAID_BY", ("Claim", cid), (ev.speaker.type, ev.speaker.id))
        if ev.reported_by:
            self.rel("ACCORDING_TO", ("Claim", cid), (ev.reported_by.type, ev.reported_by.id))
        if et.label == "Meeting":
            persons = sorted((e for e in f.roles.get("participants", ()) if e.type == "Person"), key=lambda e: e.id)
            for i, a in enumerate(persons):
                for b in persons[i + 1 :]:
                    self.rel(
                        "MET", ("Person", a.id), ("Person", b.id), {"event": eid, "date": f.properties.get("date")}
                    )
        self.facts += 1

    def correction(
        self,
        claim: str,
        status: str,
        author: str,
        date: str,
        set_values: dict[str, Any] | None = None,
        *,
        new_id: str | None = None,
        method: str = "analyst",
    ) -> None:
        """An analyst's review of a claim: status confirmed|corrected|retracted, by whom, when.

        The review lives on the Claim (reviewStatus, reviewedBy, reviewedOn), which the extractor never
        writes, so re-ingesting the article keeps it. A correction also writes `new_id`: a copy of
        the claim with the corrected values, confirmed, about the same event and article.
        """
        self.corrections.append(
            {
                "claim": claim,
                "status": status,
                "author": author,
                "date": date,
                "set": _clean(set_values or {}),
                "new": new_id,
                "method": method,
            }
        )

    def _claim_fields(self) -> list[str]:
        return _claim_fields_of(self.schema)

    # -- rendering ------------------------------------------------------------------------------

    def statement(self) -> tuple[str, dict[str, Any]]:
        """One parameterised Cypher statement that writes the whole batch."""
        parts: list[str] = []
        params: dict[str, Any] = {}

        def section(body: str, rows: list[dict[str, Any]]) -> None:
            name = f"p{len(params)}"
            params[name] = rows
            parts.append(f"CALL {{ UNWIND ${name} AS r {body} }}")

        for label in sorted(self.nodes, key=_node_order):
            rows = [{"id": i, "p": p} for i, p in self.nodes[label].items()]
            section(f"MERGE (n:{label} {{id: r.id}}) SET n += r.p", rows)
        for (type_, la, lb), items in sorted(self.rels.items()):
            key_prop = self._rel_key(type_)
            merge = f"[x:{type_} {{{key_prop}: r.k}}]" if key_prop else f"[x:{type_}]"
            a, b = la.split(":")[-1], lb.split(":")[-1]
            rows = [{"a": ia, "b": ib, "k": k, "p": p} for (ia, ib, k), p in items.items()]
            set_props = " SET x += r.p" if any(r["p"] for r in rows) else ""
            section(
                f"MATCH (a:{a} {{id: r.a}}) MATCH (b:{b} {{id: r.b}}) MERGE (a)-{merge}->(b){set_props}",
                rows,
            )
        if self.corrections:
            review = "SET c.reviewStatus = r.status, c.reviewedBy = r.author, c.reviewedOn = r.date"
            section(f"MERGE (c:Claim {{id: r.claim}}) {review}", self.corrections)
            fixes = [r for r in self.corrections if r["new"]]
            if fixes:
                copied = ", ".join(f"n.{k} = c.{k}" for k in self._claim_fields())
                section(
                    f"MATCH (c:Claim {{id: r.claim}}) MERGE (n:Claim {{id: r.new}}) SET {copied} SET n += r.set, "
                    "n.reviewStatus = 'confirmed', n.method = r.method, n.reviewedBy = r.author, n.reviewedOn = r.date",
                    fixes,
                )
                for rel, label in (("ABOUT", "Event"), ("REPORTED_IN", "Article")):
                    section(
                        f"MATCH (c:Claim {{id: r.claim}})-[:{rel}]->(e:{label}) "
                        f"MATCH (n:Claim {{id: r.new}}) MERGE (n)-[:{rel}]->(e)",
                        fixes,
                    )
        if not parts:
            return "RETURN 0 AS written", {}
        return " ".join(parts) + " RETURN 1 AS written", params


def _claim_fields_of(schema: Schema) -> list[str]:
    """What a claim node can hold: the Claim's own properties and every event's values."""
    skip = {"id", "reviewStatus", "reviewedBy", "reviewedOn", "method"}
    names = [k for k in schema.nodes["Claim"].properties if k not in skip]
    for et in schema.by_fact.values():
        names += [k for k in et.values if k not in names]
    return names


def _node_order(label: str) -> tuple[int, str]:
    order = {"Publisher": 0, "Article": 1, "Claim": 4}
    return (order.get(label, 3 if label.startswith("Event:") else 2), label)
