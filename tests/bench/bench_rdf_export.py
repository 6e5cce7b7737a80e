"""Benchmark: export a large synthetic graph from the embedded store, per format.

    python tests/bench/bench_rdf_export.py [--facts N] [--formats nt,turtle] [--modes kg,rdflib,oxigraph]

50,000 facts give about 1,000,000 triples. Writes N synthetic facts (meetings, signings, arms
transfers among generated countries and persons) through kg.store.cypher.Batch, then for each
format runs, in a fresh subprocess so that peak memory (ru_maxrss) is its own: kg's streaming
export; rdflib's in-memory Graph.serialize of the same triples (the baseline; the graph is built
from kg's quad stream, its build time shown apart); pyoxigraph's serializer over the same quads
(the reference). Prints triples/s of the serialisation alone and end to end (e2e: store to file,
the build included), peak RSS and the load average of the machine when each run ended (the
figures are only comparable at a low load).

The store lives in a fresh temporary folder. This process keeps it open from start to end, so the
runs attach to its running server (re-opening a closed store replays its append-only file, which is
slow for a large store), and closes and removes it at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def populate(store, facts: int) -> None:
    from kg.model import Entity, Evidence, Fact, Source
    from kg.store.cypher import Batch

    countries = [
        Entity(
            "Country",
            f"Q{9000 + i}",
            f"Country {i}",
            (f"Country {i}",),
            {"iso3": f"C{i:02d}"[:3], "wikidata": f"Q{9000 + i}"},
        )
        for i in range(60)
    ]
    persons = [Entity("Person", f"person:p{i}", f"Person {i}", (f"Person {i}",)) for i in range(200)]
    store.reset()
    batch = Batch()
    for n in range(facts):
        src = Source.make(
            url=f"https://example.org/bench/{n // 20}",
            title=f"article {n // 20}",
            published="2019-01-01",
            publisher="bench",
        )
        a, b = countries[n % 60], countries[(n * 7 + 1) % 60]
        day = f"20{10 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        ev = Evidence(
            source=src, text=f"Sentence number {n} about {a.name} and {b.name}.", start=n, end=n + 40, method="bench"
        )
        kind = n % 3
        if kind == 0:
            f = Fact("meeting", {"participants": (persons[n % 200], persons[(n + 3) % 200])}, {"date": day}, {}, ev)
        elif kind == 1:
            f = Fact("agreement_signing", {"parties": (a, b)}, {"date": day}, {"count": 1 + n % 9}, ev)
        else:
            values = {"amount": float(n * 1000), "currency": "USD", "qualifier": "about"}
            f = Fact("arms_transfer", {"supplier": (a,), "recipient": (b,)}, {"period": day[:4]}, values, ev)
        batch.fact(f)
        if batch.facts >= 500:
            store.write(*batch.statement())
            batch = Batch()
    if batch.facts:
        store.write(*batch.statement())


def run_one(store_dir: str, mode: str, fmt: str, out: str) -> dict:
    from kg.rdf import FORMATS
    from kg.rdf.export import export, quads, to_graph
    from kg.rdf.vocab import vocabulary
    from kg.store import open_store

    with open_store(store_dir) as store:
        t0 = time.perf_counter()
        if mode == "kg":
            n = export(store, fmt, out).statements
            build = 0.0
        elif mode == "rdflib":
            vocab = vocabulary()
            if FORMATS[fmt].quads:
                from rdflib import Dataset, URIRef

                from kg.rdf.export import rdflib_term

                graph = Dataset()
                for s, p, o, g in quads(store, vocab):
                    graph.add((URIRef(s), URIRef(p), rdflib_term(o), URIRef(g) if g else graph.default_graph))
            else:
                graph = to_graph(quads(store, vocab), vocab)
            build = time.perf_counter() - t0
            t0 = time.perf_counter()
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                graph.serialize(out, format=fmt)
            n = len(graph)
        else:
            import pyoxigraph as ox

            from kg.rdf.vocab import Lit

            def term(t):
                if isinstance(t, Lit):
                    return ox.Literal(t.lexical, datatype=ox.NamedNode(t.datatype) if t.datatype else None)
                return ox.NamedNode(t)

            named = FORMATS[fmt].quads
            quad_list = [
                ox.Quad(
                    ox.NamedNode(s), ox.NamedNode(p), term(o), ox.NamedNode(g) if (g and named) else ox.DefaultGraph()
                )
                for s, p, o, g in quads(store, vocabulary())
            ]
            build = time.perf_counter() - t0
            t0 = time.perf_counter()
            with open(out, "wb") as fh:
                ox.serialize(quad_list, fh, format=getattr(ox.RdfFormat, FORMATS[fmt].oxigraph))
            n = len(quad_list)
        seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "mode": mode,
        "format": fmt,
        "triples": n,
        "seconds": round(seconds, 2),
        "build_seconds": round(build, 2),
        "triples_per_s": round(n / seconds) if seconds else None,
        "peak_mb": round(peak),
        "bytes": os.path.getsize(out),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=50000)
    ap.add_argument("--formats", default="nt,turtle,trig,nquads,json-ld,xml")
    ap.add_argument("--modes", default="kg,rdflib,oxigraph")
    ap.add_argument("--one", nargs=4, metavar=("STORE", "MODE", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return
    from kg.store import open_store

    folder = tempfile.mkdtemp(prefix="kg-bench-rdf-")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still close the store and remove it
    try:
        with open_store(folder) as store:  # held open: the runs below attach to its server
            t0 = time.perf_counter()
            populate(store, args.facts)
            print(f"populated {args.facts} facts in {time.perf_counter() - t0:.1f} s (store {folder})", flush=True)
            head = ("mode", "format", "triples", "s", "triples/s", "build s", "e2e t/s", "peak MB", "load")
            widths = (9, 7, 10, 8, 9, 8, 5)
            print(f"{head[0]:9} {head[1]:8} " + " ".join(f"{h:>{w}}" for h, w in zip(head[2:], widths, strict=True)))
            for fmt in args.formats.split(","):
                for mode in args.modes.split(","):
                    out = os.path.join(folder, f"out.{mode}.{fmt}")
                    proc = subprocess.run(
                        [sys.executable, __file__, "--one", folder, mode, fmt, out], capture_output=True, text=True
                    )
                    load = os.getloadavg()[0]
                    if proc.returncode:
                        print(f"{mode:9} {fmt:8} failed: {proc.stderr.strip().splitlines()[-1:]}", flush=True)
                        continue
                    r = json.loads(proc.stdout.strip().splitlines()[-1])
                    print(
                        f"{mode:9} {fmt:8} {r['triples']:>9} {r['seconds']:>7} {r['triples_per_s']:>10} "
                        f"{r['build_seconds']:>8} {round(r['triples'] / (r['seconds'] + r['build_seconds'])):>9} "
                        f"{r['peak_mb']:>8} {load:>5.2f}",
                        flush=True,
                    )
                    Path(out).unlink(missing_ok=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
