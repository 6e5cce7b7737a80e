"""What a graph page shows: the nodes, edges and evidence of one view of the store.

A view is the whole graph or a focus (an entity's neighbourhood, a dyad of two countries), cut to
a time window and to node types. It is selected with parameterised Cypher in the subset both
engines run; entities and events become nodes, role edges and entity links become edges, and the
claims behind each event (with their verbatim evidence and source) travel along for the details
panel. Articles, publishers and claims are evidence, not nodes: they would bury the relations.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.gazetteer import load_gazetteer, normalize
from kg.schema import Schema, load_schema
from kg.store import Store

_YEARISH = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# Evidence and provenance links: shown in the details panel, never drawn.
_EVIDENCE_RELS = {"REPORTED_IN", "ABOUT", "SAID_BY", "ACCORDING_TO", "PUBLISHED_BY"}


@dataclass
class ViewNode:
    """An entity or event as the page draws it."""

    id: str
    type: str  # schema label: Country, Person, Meeting, ...
    kind: str  # "entity" or "event"
    name: str  # entities: canonical name; events: readable type and key properties
    properties: dict[str, Any] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    when: str | None = None  # events: ISO date (or its prefix) used by --since/--until and the slider
    dated_by: str | None = None  # "date", "period" or "report" (first report of an undated event)

    @property
    def label(self) -> str:
        """The text drawn beside the node: event nodes show their date."""
        if self.kind != "event":
            return self.name
        if self.dated_by in ("date", "period"):
            shown = self.properties.get("date") or self.properties.get("period")
            return f"{self.name}\n{shown}"
        if self.when:
            return f"{self.name}\n(reported {self.when})"
        return self.name


@dataclass
class ViewEdge:
    id: str
    source: str
    target: str
    type: str
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def when(self) -> str | None:
        return self.properties.get("date")


@dataclass
class ViewQuery:
    """How a view was asked for (kept to title the page and name it in messages)."""

    entity: str | None = None
    depth: int = 1
    dyad: tuple[str, str] | None = None
    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()

    def describe(self, names: dict[str, str]) -> str:
        if self.dyad:
            a, b = (names.get(x, x) for x in self.dyad)
            text = f"{a} – {b}"
        elif self.entity:
            text = f"{names.get(self.entity, self.entity)} (depth {self.depth})"
        else:
            text = "whole graph"
        if self.since or self.until:
            text += f", {self.since or '…'} to {self.until or '…'}"
        if self.types:
            text += ", types: " + ", ".join(self.types)
        return text


@dataclass
class View:
    """Nodes, edges and claims of one view; renders to one offline HTML page."""

    nodes: list[ViewNode]
    edges: list[ViewEdge]
    claims: dict[str, list[dict[str, Any]]]  # event id -> claims with evidence and source
    query: ViewQuery = field(default_factory=ViewQuery)
    title: str = "kg graph"

    @property
    def is_empty(self) -> bool:
        return not self.nodes

    def to_html(self) -> str:
        from kg.viz.html import render

        return render(self)

    def write(self, path: str | Path) -> Path:
        """Write the page; InputError (exit 2) when the path cannot be written."""
        target = Path(path)
        html = self.to_html()
        try:
            target.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write the page: {exc.strerror or exc}", file=str(target)) from exc
        return target

    def _repr_html_(self) -> str:
        """Jupyter shows the page in a sandboxed iframe (srcdoc), scripts and all."""
        import html

        return (
            '<iframe style="width:100%;height:720px;border:1px solid #ddd" '
            'sandbox="allow-scripts" '
            f'srcdoc="{html.escape(self.to_html(), quote=True)}"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<View {self.title!r}: {len(self.nodes)} nodes, {len(self.edges)} edges>"


# -- the parts of the schema a view draws --------------------------------------------------------


def view_labels(schema: Schema) -> tuple[list[str], list[str]]:
    """(entity labels, event labels) in schema order."""
    return list(schema.entities), list(schema.events)


def view_relationship_types(schema: Schema) -> list[str]:
    """Relationship types between entities and events (evidence links excluded)."""
    drawn = set(schema.entities) | set(schema.events) | {"Event"}
    out = []
    for rel in [*schema.relationships.values(), *schema.derived.values()]:
        if rel.type in _EVIDENCE_RELS:
            continue
        if set(rel.from_) <= drawn and set(rel.to) <= drawn:
            out.append(rel.type)
    return sorted(set(out))


def _event_name(schema: Schema, label: str, props: dict[str, Any]) -> str:
    name = schema.nodes[label].names.get("en", label)
    detail = props.get("measure") or props.get("domain")
    if label == "Statement" and props.get("quote"):
        quote = str(props["quote"])
        detail = "“" + (quote[:40] + "…" if len(quote) > 40 else quote) + "”"
    return f"{name} · {detail}" if detail else name


def _when(props: dict[str, Any]) -> tuple[str | None, str | None]:
    if props.get("date"):
        return str(props["date"]), "date"
    if props.get("period"):
        found = _YEARISH.search(str(props["period"]))
        if found:
            return found.group(0), "period"
    return None, None


def in_window(when: str | None, since: str | None, until: str | None) -> bool:
    """ISO prefixes compare as text: '2018-09-01' is within since '2018', until '2018-09'."""
    if when is None:
        return since is None and until is None
    if since and when[: len(since)] < since[: len(when)]:
        return False
    if until and when[: len(until)] > until[: len(when)]:
        return False
    return True


def _parse_types(schema: Schema, types: Iterable[str]) -> tuple[set[str], set[str]]:
    """--types: labels or fact names -> (entity labels, event labels); unknown names are errors."""
    entity_labels, event_labels = view_labels(schema)
    known: dict[str, str] = {}
    for label in [*entity_labels, *event_labels]:
        known[label.lower()] = label
        nt = schema.nodes[label]
        if nt.fact:
            known[nt.fact.lower()] = label
        for name in nt.names.values():
            known[name.lower()] = label
    ents: set[str] = set()
    evs: set[str] = set()
    for raw in types:
        for part in str(raw).split(","):
            t = part.strip()
            if not t:
                continue
            label = known.get(t.lower()) or known.get(t.lower().replace("-", "_"))
            if label is None:
                close = difflib.get_close_matches(t.lower(), list(known), n=3, cutoff=0.5)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise InputError(
                    f"unknown type {t!r}: give node types such as {', '.join([*entity_labels, *event_labels])}{hint}",
                    field="--types",
                )
            (ents if label in entity_labels else evs).add(label)
    return ents, evs


# -- resolving names to the store's entities -----------------------------------------------------


@dataclass
class _Known:
    """The store's entities by id and by normalised name or alias."""

    names: dict[str, str]  # id -> name
    types: dict[str, str]  # id -> label
    by_name: dict[str, list[str]]

    @classmethod
    def load(cls, store: Store, schema: Schema) -> _Known:
        rows = store.query(
            "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) "
            "RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases",
            {"labels": list(schema.entities)},
        ).rows
        names, types, by_name = {}, {}, defaultdict(list)
        for eid, labels, name, aliases in rows:
            names[eid] = name or eid
            types[eid] = next(lab for lab in labels if lab in schema.entities)
            for alias in {name or eid, *(aliases or [])}:
                by_name[normalize(alias)].append(eid)
        return cls(names, types, dict(by_name))

    def resolve(self, text: str, what: str) -> str:
        """An entity id for a name, alias, id, ISO/CAMEO code or QID; InputError with close names."""
        name = text.strip()
        if name in self.names:
            return name
        hits = list(dict.fromkeys(self.by_name.get(normalize(name), [])))
        if len(hits) > 1:
            countries = [h for h in hits if self.types[h] == "Country"]
            if len(countries) == 1:
                return countries[0]
            listed = ", ".join(f"{self.names[h]} ({self.types[h]} {h})" for h in hits)
            raise InputError(f"{name!r} names several entities: {listed}; give the id instead", field=what)
        if hits:
            return hits[0]
        gaz = load_gazetteer()
        known = gaz.country(name) or next(iter(gaz.lookup(name)), None) or gaz.get(name)
        if known is not None:
            if known.id in self.names:
                return known.id
            raise InputError(f"{name!r} is {known.name} ({known.id}), but the store holds nothing about it", field=what)
        candidates = {alias: eid for alias, ids in self.by_name.items() for eid in ids}
        close = difflib.get_close_matches(normalize(name), list(candidates), n=5, cutoff=0.5)
        shown = list(dict.fromkeys(self.names[candidates[c]] for c in close))
        hint = (
            f"; closest known names: {', '.join(shown)}" if shown else "; the store holds no entity with a similar name"
        )
        raise InputError(f"unknown entity {name!r}{hint}", field=what)


# -- selection ------------------------------------------------------------------------------------


def select_view(
    store: Store,
    *,
    entity: str | None = None,
    depth: int = 1,
    dyad: tuple[str, str] | list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] = (),
    title: str | None = None,
) -> View:
    """Select a view from the store: the whole graph, an entity's neighbourhood or a dyad.

    ``depth`` counts steps through events: depth 1 is the entity's events and everyone else in
    them (or its direct links, such as a person's offices, and what lies one link beyond).
    Names are matched against names and aliases in every language, ids, ISO and CAMEO codes.
    """
    from kg.facts import iso_date

    schema = load_schema()
    if entity and dyad:
        raise InputError("give either an entity or a dyad, not both")
    if depth < 1:
        raise InputError(f"depth must be 1 or more, not {depth}", field="--depth")
    since = iso_date(since, "--since") if since else None
    until = iso_date(until, "--until") if until else None
    if since and until and since[: len(until)] > until[: len(since)]:
        raise InputError(f"--since {since} is after --until {until}")
    type_list = tuple(t for raw in types for t in str(raw).split(",") if t.strip())
    want_entities, want_events = _parse_types(schema, type_list)
    entity_labels, event_labels = view_labels(schema)
    rel_types = view_relationship_types(schema)
    known = _Known.load(store, schema)

    query = ViewQuery(since=since, until=until, types=type_list, depth=depth)
    anchors: list[str] = []
    node_ids: set[str] | None  # None: the whole graph
    if dyad:
        if len(dyad) != 2:
            raise InputError("a dyad is two entities", field="--dyad")
        a, b = (known.resolve(x, "--dyad") for x in dyad)
        if a == b:
            raise InputError(f"a dyad needs two different entities, got {known.names[a]} twice", field="--dyad")
        query.dyad = (a, b)
        anchors = [a, b]
        node_ids = _dyad_events(store, a, b)
    elif entity:
        eid = known.resolve(entity, "--entity")
        query.entity = eid
        anchors = [eid]
        roles = sorted({r.rel for et in schema.events.values() for r in et.roles.values()})
        links = [t for t in rel_types if t not in roles]
        # steps go through events (role edges); the hop count is an int checked above and the
        # relationship types come from the schema
        rows = store.query(
            f"MATCH (c {{id: $id}})-[:{'|'.join(roles)}*1..{2 * depth}]-(n) RETURN DISTINCT n.id AS id", {"id": eid}
        ).rows
        node_ids = {r[0] for r in rows} | {eid}
        # and the entity's direct links: a person's offices, a place's country
        rows = store.query(
            f"MATCH (c {{id: $id}})-[:{'|'.join(links)}]-(n) RETURN DISTINCT n.id AS id", {"id": eid}
        ).rows
        node_ids |= {r[0] for r in rows}
    else:
        node_ids = None

    # the nodes
    params: dict[str, Any] = {
        "labels": entity_labels + event_labels,
        "all": node_ids is None,
        "ids": sorted(node_ids or []),
    }
    rows = store.query(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND ($all OR n.id IN $ids) "
        "RETURN labels(n) AS labels, properties(n) AS props",
        params,
    ).rows
    nodes: dict[str, ViewNode] = {}
    for labels, props in rows:
        props = dict(props)
        nid = props.pop("id")
        label = next((lab for lab in labels if lab in schema.entities or lab in schema.events), None)
        if label is None:
            continue
        if label in schema.events:
            when, dated_by = _when(props)
            nodes[nid] = ViewNode(nid, label, "event", _event_name(schema, label, props), props, [], when, dated_by)
        else:
            aliases = list(props.pop("aliases", None) or [])
            name = props.pop("name", None) or nid
            nodes[nid] = ViewNode(nid, label, "entity", name, props, aliases)

    # the edges between them
    rows = store.query(
        "MATCH (a)-[r]->(b) WHERE type(r) IN $types AND ($all OR (a.id IN $ids AND b.id IN $ids)) "
        "RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props",
        {**params, "types": rel_types},
    ).rows
    edges = [(a, t, b, dict(p)) for a, t, b, p in rows if a in nodes and b in nodes]

    # the claims behind the events, with source, publisher, speaker, reporting agency
    claims = _claims(store, [n.id for n in nodes.values() if n.kind == "event"], node_ids is None)
    for nid, node in nodes.items():
        if node.kind == "event" and node.when is None and claims.get(nid):
            first = min((c["source"].get("published") or "~" for c in claims[nid]), default="~")
            if first != "~":
                node.when, node.dated_by = first, "report"

    # cut to the time window and the types
    def keep_event(n: ViewNode) -> bool:
        if want_events and n.type not in want_events:
            return False
        return in_window(n.when, since, until) if (since or until) else True

    events = {nid for nid, n in nodes.items() if n.kind == "event" and keep_event(n)}
    adjacent: dict[str, set[str]] = defaultdict(set)
    for a, _t, b, _p in edges:
        adjacent[a].add(b)
        adjacent[b].add(a)
    filtered = bool(since or until or want_events)

    def keep_entity(nid: str) -> bool:
        n = nodes[nid]
        if want_entities and n.type not in want_entities:
            return False
        if nid in anchors or not filtered:
            return True
        # with events filtered, an entity stays only beside an event that stays
        return any(x in events for x in adjacent[nid])

    kept = events | {nid for nid, n in nodes.items() if n.kind == "entity" and keep_entity(nid)}
    if dyad:
        # a dyad shows its events, their parties and the two sides' office holders
        linked = {x for e in events for x in adjacent[e]}
        kept = {k for k in kept if k in events or k in anchors or k in linked}
        kept |= {p for p in list(kept) if nodes[p].type == "Person" and any(x in anchors for x in adjacent[p])}

    view_nodes = sorted((nodes[k] for k in kept), key=lambda n: (n.kind, n.type, n.name, n.id))
    view_edges: list[ViewEdge] = []
    for a, t, b, p in sorted(edges, key=lambda e: (e[0], e[1], e[2], sorted(e[3].items()))):
        if (
            a in kept
            and b in kept
            and (not (since or until) or p.get("date") is None or in_window(p["date"], since, until))
        ):
            view_edges.append(ViewEdge(f"e{len(view_edges)}", a, b, t, p))
    view_claims = {e: claims[e] for e in events if e in kept and e in claims}
    names = {n.id: n.name for n in nodes.values()} | known.names
    return View(view_nodes, view_edges, view_claims, query, title or f"kg: {query.describe(names)}")


def _dyad_events(store: Store, a: str, b: str) -> set[str]:
    """Events between two sides: each side is the entity or a person in its office on the day.

    Also mediation: one side mediating a conflict the other side is a party to.
    """
    schema = load_schema()
    roles = sorted({r.rel for et in schema.events.values() for r in et.roles.values()})
    touch: dict[str, dict[str, list[tuple[str | None, str | None]]]] = {}
    for side in (a, b):
        rows = store.query(
            "MATCH (e:Event)-[r]->(x {id: $id}) WHERE type(r) IN $roles RETURN e.id AS e, null AS start, null AS end "
            "UNION "
            "MATCH (e:Event)-[r]->(p:Person)-[h:HOLDS_OFFICE]->(x {id: $id}) WHERE type(r) IN $roles "
            "AND (e.date IS NULL OR ((h.start IS NULL OR h.start <= e.date) AND (h.end IS NULL OR e.date <= h.end))) "
            "RETURN e.id AS e, h.start AS start, h.end AS end",
            {"id": side, "roles": roles},
        ).rows
        touch[side] = {r[0]: [] for r in rows}
    events = set(touch[a]) & set(touch[b])
    for mediator, party in ((a, b), (b, a)):
        rows = store.query(
            "MATCH (m:Mediation)-[:MEDIATOR]->(x {id: $mediator}) "
            "MATCH (m)-[:CONCERNS]->(k:Conflict)<-[:CONCERNS]-(r:ConflictReport)-[:PARTY]->(y {id: $party}) "
            "RETURN DISTINCT m.id AS m, r.id AS r",
            {"mediator": mediator, "party": party},
        ).rows
        for m, r in rows:
            events |= {m, r}
    if not events:
        return {a, b}
    rows = store.query(
        "MATCH (e:Event)-[r]->(x) WHERE e.id IN $events AND type(r) IN $roles RETURN DISTINCT x.id AS id",
        {"events": sorted(events), "roles": roles},
    ).rows
    linked = {r[0] for r in rows}
    # the office holders of both sides among the parties, so their office edges show
    return events | linked | {a, b}


def _claims(store: Store, event_ids: list[str], everything: bool) -> dict[str, list[dict[str, Any]]]:
    if not event_ids:
        return {}
    rows = store.query(
        "MATCH (c:Claim)-[:ABOUT]->(e:Event) WHERE $all OR e.id IN $ids "
        "OPTIONAL MATCH (c)-[:REPORTED_IN]->(a:Article) "
        "OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Publisher) "
        "OPTIONAL MATCH (c)-[:SAID_BY]->(s) "
        "OPTIONAL MATCH (c)-[:ACCORDING_TO]->(g) "
        "RETURN e.id AS event, properties(c) AS claim, properties(a) AS article, p.name AS publisher, "
        "s.name AS speaker, g.name AS agency",
        {"all": everything, "ids": event_ids},
    ).rows
    wanted = set(event_ids)
    out: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    core = {
        "id",
        "text",
        "start",
        "end",
        "modality",
        "confidence",
        "method",
        "reviewStatus",
        "reviewedBy",
        "reviewedOn",
    }
    for event, claim, article, publisher, speaker, agency in rows:
        if event not in wanted:
            continue
        claim = dict(claim or {})
        article = dict(article or {})
        cid = claim.get("id")
        entry = out[event].setdefault(
            cid,
            {
                "id": cid,
                "text": claim.get("text"),
                "modality": claim.get("modality"),
                "confidence": claim.get("confidence"),
                "method": claim.get("method"),
                "status": claim.get("reviewStatus"),
                "span": [claim.get("start"), claim.get("end")] if claim.get("start") is not None else None,
                "values": {k: v for k, v in sorted(claim.items()) if k not in core},
                "speaker": speaker,
                "reported_by": agency,
                "source": {
                    "id": article.get("id"),
                    "url": article.get("url"),
                    "title": article.get("title"),
                    "published": article.get("published"),
                    "lang": article.get("lang"),
                    "path": article.get("path"),
                    "publisher": publisher,
                },
            },
        )
        entry["speaker"] = entry["speaker"] or speaker
        entry["reported_by"] = entry["reported_by"] or agency
    return {
        e: sorted(cs.values(), key=lambda c: (c["source"].get("published") or "", c["id"] or ""))
        for e, cs in out.items()
    }
