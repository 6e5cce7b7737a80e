"""The dyad: the relationship between two countries over time, from event data and articles alike.

An event belongs to the dyad A-B when one of its actor roles (every role but the place) points to
A, or to a person holding an office in A, and another points to B. Coded event data (GDELT,
ICEWS) and facts read from articles count on one scale: both carry a CAMEO code, root code, quad
class and Goldstein value (kg/coding.py). Mirrored ICEWS rows count once (their `interaction`).
All queries are parameterised and in the Cypher subset both engines run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.coding import QUAD_CLASSES, cameo
from kg.errors import InputError
from kg.gazetteer import load_gazetteer
from kg.model import Entity
from kg.schema import Schema, load_schema
from kg.store import Store

SERIES_COLUMNS = ["month", "source", "type", "rootCode", "root", "quadClass", "quad", "events", "goldstein"]
MEETINGS_COLUMNS = ["date", "type", "cameo", "event", "sources"]
AGREEMENTS_COLUMNS = ["date", "event", "count", "topics", "documents", "source", "text"]
FIGURES_COLUMNS = ["type", "measure", "period", "amount", "currency", "percent", "qualifier", "items", "source", "text"]


def actor_relationships(schema: Schema | None = None) -> list[str]:
    """Relationship types from an event to its actors (every role that can be a country but the place)."""
    schema = schema or load_schema()
    return sorted(
        {r.rel for et in schema.events.values() for r in et.roles.values() if "Country" in r.to and r.name != "place"}
    )


def _dyad_match(schema: Schema | None = None) -> str:
    # relationship types come from the schema, never from input
    rels = "|".join(actor_relationships(schema))
    return (
        f"MATCH (a:Country {{id: $a}})<-[:HOLDS_OFFICE*0..1]-(xa)<-[:{rels}]-(e:Event)"
        f"-[:{rels}]->(xb)-[:HOLDS_OFFICE*0..1]->(b:Country {{id: $b}}) "
        "WHERE xa <> xb WITH DISTINCT e "
    )


@dataclass
class Dyad:
    a: Entity
    b: Entity
    series: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Any]:
        events = sum(r["events"] for r in self.series)
        weighted = [(r["goldstein"], r["events"]) for r in self.series if r["goldstein"] is not None]
        n = sum(w for _, w in weighted)
        by_quad: dict[str, int] = {}
        for r in self.series:
            if r["quad"]:
                by_quad[r["quad"]] = by_quad.get(r["quad"], 0) + r["events"]
        return {
            "events": events,
            "goldstein": round(sum(g * w for g, w in weighted) / n, 3) if n else None,
            "byQuadClass": by_quad,
            "meetingsAndVisits": len(self.meetings),
            "agreements": len({r["event"] for r in self.agreements}),
            "figures": len(self.figures),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.ref() | {"iso3": self.a.properties.get("iso3")},
            "b": self.b.ref() | {"iso3": self.b.properties.get("iso3")},
            "totals": self.totals,
            "series": self.series,
            "meetings": self.meetings,
            "agreements": self.agreements,
            "figures": self.figures,
        }

    def monthly(self) -> list[dict[str, Any]]:
        """Per month: events, mean Goldstein and events per quad class (for a plot)."""
        months: dict[str, dict[str, Any]] = {}
        for r in self.series:
            m = months.setdefault(
                r["month"], {"month": r["month"], "events": 0, "_g": 0.0, "_n": 0, **{q: 0 for q in QUAD_CLASSES}}
            )
            m["events"] += r["events"]
            if r["quadClass"] in QUAD_CLASSES:
                m[r["quadClass"]] += r["events"]
            if r["goldstein"] is not None:
                m["_g"] += r["goldstein"] * r["events"]
                m["_n"] += r["events"]
        out = []
        for m in sorted(months.values(), key=lambda m: m["month"]):
            m["goldstein"] = m.pop("_g") / m["_n"] if m["_n"] else None
            m.pop("_n")
            out.append(m)
        return out


def country(name_or_code: str) -> Entity:
    """A country by name or code (ISO 3166 alpha-2/3, CAMEO, FIPS, Wikidata QID), or InputError."""
    hit = load_gazetteer().country(name_or_code)
    if hit is None:
        raise InputError(f"unknown country {name_or_code!r}: give a name or an ISO 3166, CAMEO or FIPS code")
    return hit


def dyad(store: Store, a: str, b: str, *, limit: int = 500) -> Dyad:
    """The relationship between countries `a` and `b` (names or codes) as stored."""
    ca, cb = country(a), country(b)
    if ca == cb:
        raise InputError(f"a dyad needs two different countries; both are {ca.name}")
    params: dict[str, Any] = {"a": ca.id, "b": cb.id, "limit": limit}
    match = _dyad_match()
    series = store.query(
        match + "WHERE e.date CONTAINS '-' "
        "WITH substring(e.date, 0, 7) AS month, coalesce(e.dataset, 'text') AS source, e.type AS type, "
        "e.rootCode AS rootCode, e.quadClass AS quadClass, coalesce(e.interaction, e.id) AS event, e.goldstein AS g "
        "RETURN month, source, type, rootCode, quadClass, count(DISTINCT event) AS events, avg(g) AS goldstein "
        "ORDER BY month, source, type, rootCode, quadClass",
        params,
    ).records()
    for r in series:
        root = cameo(r["rootCode"])
        r["root"] = root.label if root else None
        r["quad"] = QUAD_CLASSES.get(r["quadClass"])
        if r["goldstein"] is not None:
            r["goldstein"] = round(r["goldstein"], 3)
    series = [{k: r[k] for k in SERIES_COLUMNS} for r in series]
    meetings = store.query(
        match + "WHERE e.type IN ['meeting', 'visit'] "
        "OPTIONAL MATCH (e)-[:REPORTED_IN]->(s:Article) "
        "WITH e, collect(DISTINCT coalesce(s.url, s.title, s.path, s.id)) AS sources "
        "RETURN e.date AS date, e.type AS type, e.cameo AS cameo, e.id AS event, sources "
        "ORDER BY date, event LIMIT $limit",
        params,
    ).records()
    agreements = store.query(
        match + "WHERE e.type = 'agreement_signing' "
        "MATCH (c:Claim)-[:ABOUT]->(e) OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Article) "
        "RETURN e.date AS date, e.id AS event, c.count AS count, c.topics AS topics, c.documents AS documents, "
        "coalesce(s.url, s.title, s.path, s.id) AS source, c.text AS text ORDER BY date, event, source LIMIT $limit",
        params,
    ).records()
    figures = store.query(
        match + "WHERE e.type IN ['trade', 'arms_transfer'] "
        "MATCH (c:Claim)-[:ABOUT]->(e) OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Article) "
        "RETURN e.type AS type, e.measure AS measure, e.period AS period, c.amount AS amount, c.currency AS currency, "
        "c.percent AS percent, c.qualifier AS qualifier, c.items AS items, "
        "coalesce(s.url, s.title, s.path, s.id) AS source, c.text AS text "
        "ORDER BY type, period, measure, source LIMIT $limit",
        params,
    ).records()
    return Dyad(ca, cb, series, meetings, agreements, figures)


def plot(d: Dyad, path: str) -> None:
    """Events per month by quad class (bars) and the mean Goldstein score (line), as PNG or SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    months = d.monthly()
    if not path.lower().endswith((".png", ".svg")):
        raise InputError(f"{path!r}: the plot is written as .png or .svg")
    fig, ax = plt.subplots(figsize=(max(6.0, 0.35 * len(months) + 2), 4.5))
    x = list(range(len(months)))
    bottom = [0] * len(months)
    colours = {1: "#4c9be8", 2: "#1f5fa8", 3: "#f0a04b", 4: "#c0392b"}
    for q, name in QUAD_CLASSES.items():
        heights = [m[q] for m in months]
        ax.bar(x, heights, bottom=bottom, color=colours[q], label=name)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("events")
    ax.set_xticks(x, [m["month"] for m in months], rotation=60, ha="right", fontsize=8)
    g = ax.twinx()
    g.plot(x, [m["goldstein"] for m in months], color="black", marker="o", linewidth=1.2, label="mean Goldstein")
    g.set_ylim(-10, 10)
    g.axhline(0, color="grey", linewidth=0.5)
    g.set_ylabel("mean Goldstein score")
    handles = ax.get_legend_handles_labels()[0] + g.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], fontsize=8, loc="upper left")
    ax.set_title(f"{d.a.name} – {d.b.name}: events per month")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
