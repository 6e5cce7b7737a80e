"""One self-contained HTML page for a view: pyvis builds the network, kg's own page draws it.

pyvis's template links bootstrap from a CDN even in ``in_line`` mode and its filter menu hides
nodes for good, so the page is kg's own template (kg/viz/templates): the vis-network code and
stylesheet that the installed pyvis ships are inlined from pyvis's package folder, the data travels
as JSON that cannot close its script element, and every text from an article reaches the page
through ``textContent``. A Content-Security-Policy forbids any fetch, so the page opened from
``file://`` makes no network request.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

from kg.schema import load_schema
from kg.viz.view import View, view_relationship_types

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS_VERSION = "9.1.2"

# Shapes and colours per node type: entities have their own shape, events are diamonds coloured
# by type (a new event type in the schema gets a colour from the spare palette).
ENTITY_STYLE = {
    "Country": ("hexagon", "#2f6fb0"),
    "Person": ("dot", "#e08a1e"),
    "Organization": ("square", "#3a9a5b"),
    "Place": ("triangle", "#8c6d46"),
    "Conflict": ("star", "#c0392b"),
    "Region": ("triangleDown", "#7f8c8d"),
}
EVENT_COLOURS = {
    "Visit": "#3498db",
    "Meeting": "#8e44ad",
    "AgreementSigning": "#d4ac0d",
    "ArmsTransfer": "#7b241c",
    "TradeFigure": "#16a085",
    "Cooperation": "#5dade2",
    "Mediation": "#c39bd3",
    "Membership": "#7f8c8d",
    "Statement": "#f1948a",
    "ConflictReport": "#e74c3c",
}
SPARE_COLOURS = ["#1abc9c", "#f39c12", "#2c3e50", "#d35400", "#27ae60", "#9b59b6", "#34495e"]
GLYPHS = {"hexagon": "⬢", "dot": "●", "square": "■", "triangle": "▲", "triangleDown": "▼", "star": "★", "diamond": "◆"}


def style_of(label: str) -> tuple[str, str]:
    """(vis-network shape, colour) of a node type."""
    if label in ENTITY_STYLE:
        return ENTITY_STYLE[label]
    if label in EVENT_COLOURS:
        return "diamond", EVENT_COLOURS[label]
    spare = sorted(set(load_schema().nodes) - set(ENTITY_STYLE) - set(EVENT_COLOURS))
    index = spare.index(label) if label in spare else len(spare)
    return ("diamond" if label in load_schema().events else "dot"), SPARE_COLOURS[index % len(SPARE_COLOURS)]


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{int(c * factor):02x}" for c in (r, g, b))


@functools.cache
def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) as shipped inside the installed pyvis package."""
    import pyvis

    folder = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    if not folder.is_dir():  # older pyvis wheels keep lib/ beside templates/
        folder = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    return _inline_safe(js, "script"), _inline_safe(css, "style")


def _inline_safe(code: str, tag: str) -> str:
    """Code that cannot end its own element early (`</script` inside a string literal)."""
    return code.replace(f"</{tag}", f"<\\/{tag}").replace("<!--", "<\\!--")


def json_for_script(value: Any) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>', '&' or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _edge_label(edge_type: str, props: dict[str, Any]) -> str:
    words = edge_type.lower().replace("_", " ")
    if edge_type == "HOLDS_OFFICE":
        title = props.get("title") or str(props.get("office", "")).replace("_", " ")
        start = str(props.get("start") or "")[:4]
        end = str(props.get("end") or "")[:4]
        return f"{title} {start}–{end}".strip() if start or end else title
    if edge_type == "MET" and props.get("date"):
        return f"met {props['date']}"
    return words


# Above this many nodes the page draws the seed layout as it is: vis-network's physics costs about
# 15 µs per node and edge per iteration here (tests/bench/bench_viz.py), minutes for big graphs.
PHYSICS_MAX_NODES = 1500


def seed_layout(view: View, degree: Counter[str]) -> dict[str, tuple[float, float]]:
    """Start positions: entities on a sunflower spiral (busiest in the middle), each event beside
    the centre of its parties. Physics starts from here, or, for big graphs, this is the layout."""
    golden = math.pi * (3 - math.sqrt(5))
    entities = sorted((n for n in view.nodes if n.kind != "event"), key=lambda n: (-degree[n.id], n.id))
    pos: dict[str, tuple[float, float]] = {}
    for i, n in enumerate(entities):
        r = 90 * math.sqrt(i)
        pos[n.id] = (r * math.cos(i * golden), r * math.sin(i * golden))
    parties: dict[str, list[str]] = {}
    for e in view.edges:
        if e.source in pos and e.target not in pos:
            parties.setdefault(e.target, []).append(e.source)
        elif e.target in pos and e.source not in pos:
            parties.setdefault(e.source, []).append(e.target)
    outer = len(entities)
    for n in view.nodes:
        if n.id in pos:
            continue
        around = parties.get(n.id)
        turn = int(_stable_hash(n.id) % 3600) / 3600 * 2 * math.pi
        if around:
            x = sum(pos[a][0] for a in around) / len(around)
            y = sum(pos[a][1] for a in around) / len(around)
            reach = 40 + 25 * (_stable_hash(n.id + "r") % 4)
            pos[n.id] = (x + reach * math.cos(turn), y + reach * math.sin(turn))
        else:
            r = 90 * math.sqrt(outer)
            pos[n.id] = (r * math.cos(outer * golden), r * math.sin(outer * golden))
            outer += 1
    return pos


def _stable_hash(text: str) -> int:
    import zlib

    return zlib.crc32(text.encode("utf-8"))


def physics_options(node_count: int, edge_count: int) -> dict[str, Any]:
    """vis-network options: a bounded stabilisation, then physics is switched off by the page."""
    # bigger graphs get fewer iterations so that they settle within seconds, not minutes
    budget = 200_000 / max(1, node_count + edge_count)
    iterations = int(max(30, min(1000, budget)))
    physics = node_count <= PHYSICS_MAX_NODES
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000 if node_count < 300 else -2500,
                "springLength": 140 if node_count < 300 else 90,
                "springConstant": 0.04,
                "damping": 0.3,
                "avoidOverlap": 0.1 if node_count < 300 else 0,
            },
            "stabilization": {"enabled": physics, "iterations": iterations, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {
            "hover": node_count <= 2000,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": node_count > 1000,
            "hideEdgesOnZoom": node_count > 1000,
            "multiselect": True,
            "navigationButtons": False,
            "keyboard": False,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            # curved edges cost more than the physics of their nodes: only for small views
            "smooth": {"enabled": node_count <= 300, "type": "continuous", "roundness": 0.3},
            "color": {"color": "#9aa5b1", "highlight": "#34495e", "hover": "#34495e"},
            "font": {"size": 11, "color": "#4a4a4a", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
            "width": 1,
            "selectionWidth": 2,
        },
        "nodes": {
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1.5,
            "scaling": {"label": {"enabled": False}},
        },
    }


def page_data(view: View) -> dict[str, Any]:
    """Everything the page script needs: vis nodes and edges (via pyvis), legend, claims, details."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    schema = load_schema()
    degree: Counter[str] = Counter()
    for e in view.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    # pyvis's add_node/add_edge test membership in lists (quadratic); ids here are unique already,
    # so its Node and Edge records are appended directly.
    pos = seed_layout(view, degree)
    for n in view.nodes:
        shape, colour = style_of(n.type)
        base = 10 if n.kind == "event" else 14
        size = min(48, base + 4 * math.sqrt(degree[n.id]))
        node = Node(
            n.id,
            shape,
            label=n.label,
            color={
                "background": colour,
                "border": _darker(colour),
                "highlight": {"background": colour, "border": "#111111"},
                "hover": {"background": colour, "border": "#111111"},
            },
            size=round(size, 1),
            x=round(pos[n.id][0], 1),
            y=round(pos[n.id][1], 1),
            kgType=n.type,
            kgKind=n.kind,
            kgName=n.name,
            kgWhen=n.when,
            kgDatedBy=n.dated_by,
            kgAliases=n.aliases,
            kgProps=n.properties,
            kgDegree=degree[n.id],
        )
        net.nodes.append(node.options)
        net.node_ids.append(n.id)
        net.node_map[n.id] = node.options
    for e in view.edges:
        edge = Edge(e.source, e.target, directed=True, id=e.id, label=_edge_label(e.type, e.properties))
        edge.options.update(kgType=e.type, kgProps=e.properties, kgWhen=e.when)
        net.edges.append(edge.options)
    net.set_options(json.dumps(physics_options(len(view.nodes), len(view.edges))))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()

    present = Counter(n.type for n in view.nodes)
    order = [*schema.entities, *schema.events]
    legend = []
    for label in sorted(present, key=lambda x: (order.index(x) if x in order else len(order), x)):
        shape, colour = style_of(label)
        legend.append(
            {
                "type": label,
                "kind": "event" if label in schema.events else "entity",
                "name": schema.nodes[label].names.get("en", label) if label in schema.nodes else label,
                "shape": shape,
                "glyph": GLYPHS.get(shape, "●"),
                "colour": colour,
                "count": present[label],
            }
        )
    rel_counts = Counter(e.type for e in view.edges)
    rels = [
        {"type": t, "name": t.lower().replace("_", " "), "count": rel_counts[t]}
        for t in view_relationship_types(schema)
        if rel_counts[t]
    ]
    anchors = [*(view.query.dyad or ()), *([view.query.entity] if view.query.entity else [])]
    return {
        "title": view.title,
        "description": view.query.describe({n.id: n.name for n in view.nodes}),
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "legend": legend,
        "relationships": rels,
        "claims": view.claims,
        "anchors": anchors,
    }


def render(view: View) -> str:
    """The page as one string: open it from disk, mail it, nothing else is needed."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    vis_js, vis_css = vis_assets()
    data = page_data(view)
    return env.get_template("page.html").render(
        title=view.title,
        description=data["description"],
        empty=view.is_empty,
        vis_js=vis_js,
        vis_css=vis_css,
        page_js=_inline_safe((TEMPLATES / "page.js").read_text(encoding="utf-8"), "script"),
        page_css=_inline_safe((TEMPLATES / "page.css").read_text(encoding="utf-8"), "style"),
        data=json_for_script(data),
    )
