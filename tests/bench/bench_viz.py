"""Benchmark: size and time to interactive of kg viz pages in headless Chromium.

    python tests/bench/bench_viz.py [--sizes 500:1500,5000:15000,20000:60000] [--chromium /usr/bin/chromium]

For each NODES:EDGES it builds a synthetic view (countries, persons and events of every type,
with dates over ten years and a claim with evidence per event), renders the page, opens it from
file:// in Debian's Chromium through Playwright and reports: render time in Python, file size,
and time to interactive: from navigation start until physics has stabilised and been switched
off and the first frame after that is drawn (the page's own `kgReady`, polled). Target: the
5,000-node, 15,000-edge view interactive within 10 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (tests/browser.py)


def synthetic_view(n_nodes: int, n_edges: int, seed: int = 5):
    from kg.schema import load_schema
    from kg.viz.view import View, ViewEdge, ViewNode, ViewQuery

    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    schema = load_schema()
    events = [label for label, nt in schema.events.items() if nt.roles]
    n_entities = max(2, n_nodes // 3)
    nodes: list[ViewNode] = []
    for i in range(n_entities):
        kind = "Country" if i % 4 == 0 else "Person" if i % 4 in (1, 2) else "Organization"
        nodes.append(ViewNode(f"ent-{i}", kind, "entity", f"{kind} {i}", {}, [f"{kind} {i}", f"alias {i}"]))
    claims = {}
    for i in range(n_nodes - n_entities):
        label = events[i % len(events)]
        day = f"{2010 + rng.randrange(10)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        node = ViewNode(f"ev-{i}", label, "event", schema.nodes[label].names["en"], {"date": day}, [], day, "date")
        nodes.append(node)
        claims[node.id] = [
            {
                "id": f"claim-{i}",
                "text": f"Synthetic evidence sentence number {i} about a {label}.",
                "modality": "asserted",
                "confidence": 1.0,
                "method": "bench",
                "values": {},
                "speaker": None,
                "reported_by": None,
                "source": {
                    "url": f"https://example.org/bench/{i}",
                    "title": f"bench {i}",
                    "published": day,
                    "publisher": "bench",
                },
            }
        ]
    event_ids = [n.id for n in nodes if n.kind == "event"]
    roles = ["PARTICIPANT", "PARTY", "HOST", "VISITOR", "SUPPLIER", "RECIPIENT", "HELD_IN"]
    edges = []
    seen = set()
    while len(edges) < n_edges:
        a = rng.choice(event_ids)
        # a few busy entities (Pareto), the rest uniform
        hub = int(rng.paretovariate(1.2)) - 1 if rng.random() < 0.3 else rng.randrange(n_entities)
        b = f"ent-{min(n_entities - 1, hub)}"
        t = rng.choice(roles)
        if (a, t, b) in seen:
            continue
        seen.add((a, t, b))
        edges.append(ViewEdge(f"e{len(edges)}", a, b, t, {}))
    return View(nodes, edges, claims, ViewQuery(), f"bench {n_nodes} nodes, {n_edges} edges")


def measure(browser, path: Path, timeout: float = 300, screenshot: Path | None = None) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith("file://") else outside.append(r.url))
    page.goto(path.as_uri(), wait_until="commit")
    end = time.monotonic() + timeout
    while True:
        try:
            if page.evaluate("window.kgReady === true"):
                break
        except Exception:  # noqa: BLE001, S110 - the document may still be replacing the blank page
            pass
        if time.monotonic() > end:
            raise TimeoutError(f"{path.name} not interactive within {timeout}s")
        time.sleep(0.05)
    timing = page.evaluate("window.kgTiming")
    physics = page.evaluate("window.kg.network.physics.options.stabilization.enabled")
    iterations = page.evaluate("window.kg.network.physics.options.stabilization.iterations") if physics else 0
    if screenshot:
        page.screenshot(path=str(screenshot))
    context.close()
    if errors or outside:
        raise RuntimeError(f"page errors {errors} or outside requests {outside}")
    return {
        "script_start_s": timing["scriptStart"] / 1000,
        "stabilized_s": timing["stabilized"] / 1000,
        "interactive_s": timing["ready"] / 1000,
        "iterations": iterations,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500:1500,5000:15000,20000:60000")
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--screenshots", metavar="DIR", help="Save a screenshot of each page here.")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for spec in args.sizes.split(","):
            n_nodes, n_edges = (int(x) for x in spec.split(":"))
            view = synthetic_view(n_nodes, n_edges)
            t = time.perf_counter()
            path = view.write(Path(tmp) / f"bench-{n_nodes}.html")
            render_s = time.perf_counter() - t
            shot = Path(args.screenshots) / f"bench-viz-{n_nodes}.png" if args.screenshots else None
            if shot:
                shot.parent.mkdir(parents=True, exist_ok=True)
            result = measure(browser, path, screenshot=shot)
            row = {
                "nodes": n_nodes,
                "edges": n_edges,
                "size_mb": path.stat().st_size / 1e6,
                "render_s": render_s,
                **result,
            }
            rows.append(row)
            print(
                f"{n_nodes:>6} nodes {n_edges:>6} edges  file {row['size_mb']:6.2f} MB  render {render_s:5.2f} s  "
                f"script start {row['script_start_s']:5.2f} s  stabilised {row['stabilized_s']:6.2f} s  "
                f"interactive {row['interactive_s']:6.2f} s  "
                + (f"({row['iterations']} physics iterations)" if row["iterations"] else "(seed layout, no physics)"),
                flush=True,
            )
        browser.close()
    target = next((r for r in rows if r["nodes"] == 5000), None)
    if target:
        verdict = "met" if target["interactive_s"] <= 10 else "MISSED"
        print(f"target 5,000 nodes / 15,000 edges interactive within 10 s: {verdict} ({target['interactive_s']:.2f} s)")


if __name__ == "__main__":
    main()
