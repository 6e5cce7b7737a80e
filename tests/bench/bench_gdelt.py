"""Benchmark: load a large GDELT 2.0 export into each engine; print events/s and peak memory.

The file is built in a temporary folder from the real sample rows in
../shared/eventdata/gdelt/ (repeated with new GLOBALEVENTIDs, dates and article URLs), so every
event comes with its actors, its place and its source, as in GDELT. Run on demand (pytest does not
collect it):

    python tests/bench/bench_gdelt.py                    # 1,000,000 rows, both engines
    python tests/bench/bench_gdelt.py --rows 200000 --engines neo4j

Neo4j is the one in NEO4J_URI (credentials NEO4J_USER/NEO4J_PASSWORD), else a Community server
started by tests/neo4j/server.py. Peak memory is the loading process's maximum resident set size
(the load runs in a child process per engine so that each figure is its own); it should not grow
with the number of rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "eventdata" / "gdelt" / "gdelt2_export_20150218230000_first100.tsv"
TARGET_NEO4J = 10_000  # events/s


def build_file(sample: Path, out: Path, rows: int, *, first_id: int = 900_000_000, per_day: int = 2000) -> Path:
    """`rows` GDELT 2.0 export rows from the sample's rows, each with a new id, date and URL."""
    template = [
        line.rstrip("\n").split("\t") for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    start = dt.date(2016, 1, 1)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            f = list(template[i % len(template)])
            day = start + dt.timedelta(days=i // per_day)
            f[0] = str(first_id + i)
            f[1], f[2], f[3] = day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year)
            f[4] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
            f[59] = day.strftime("%Y%m%d") + "000000"
            if f[60]:
                f[60] = f"{f[60]}#kg-bench-{i // 3}"  # about three events per article, as in GDELT
            fh.write("\t".join(f) + "\n")
    return out


def _child(uri: str, path: str, batch: int) -> None:
    """Load in this process and print one JSON line of figures."""
    sys.path.insert(0, str(ROOT))
    from kg.bulk import load_file
    from kg.store import open_store
    from loaders.gdelt import reader

    with open_store(uri) as store:
        store.reset()
        t0 = time.perf_counter()
        result = load_file(store, reader(Path(path)), batch_rows=batch)
        seconds = time.perf_counter() - t0
        counts = {
            r[0]: r[1]
            for r in store.query(
                "MATCH (n) UNWIND labels(n) AS l WITH l "
                "WHERE l IN ['CodedEvent', 'Article', 'Claim', 'Place', 'Country'] RETURN l, count(*)"
            ).rows
        }
        rels = store.query("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "rows": result.rows,
                "bad": result.bad,
                "error": result.error,
                "seconds": seconds,
                "events_per_s": result.rows / seconds,
                "peak_rss_mib": peak_mib,
                "nodes": counts,
                "relationships": rels,
            }
        )
    )


def run(engine: str, uri: str, path: Path, batch: int, env: dict[str, str]) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", uri, str(path), "--batch", str(batch)],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode:
        raise SystemExit(f"{engine}: the load failed:\n{proc.stderr[-3000:]}")
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    figures["engine"] = engine
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--engines", default="embedded,neo4j")
    ap.add_argument("--child", nargs=2, metavar=("URI", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], args.batch)
        return 0
    if not SAMPLE.exists():
        raise SystemExit(f"{SAMPLE} is missing (../shared holds the GDELT sample)")
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    with tempfile.TemporaryDirectory(prefix="kg-bench-gdelt-") as tmp:
        t0 = time.perf_counter()
        data = build_file(SAMPLE, Path(tmp) / "bench.export.CSV", args.rows)
        print(
            f"built {args.rows:,} rows ({data.stat().st_size / 2**20:,.0f} MiB) in {time.perf_counter() - t0:.1f} s",
            flush=True,
        )
        results = []
        env = dict(os.environ)
        for engine in engines:
            if engine == "embedded":
                results.append(run(engine, str(Path(tmp) / "store"), data, args.batch, env))
            elif engine == "neo4j":
                sys.path.insert(0, str(ROOT / "tests" / "neo4j"))
                import server as neo4j_server

                with neo4j_server.neo4j_for_tests(heap="4g", page_cache="2g") as conn:
                    env_n = dict(env, NEO4J_USER=conn.user or "neo4j", NEO4J_PASSWORD=conn.password or "")
                    results.append(run(engine, conn.uri, data, args.batch, env_n))
            print(json.dumps(results[-1]), flush=True)
        print()
        print(f"{'engine':<10}{'rows':>12}{'seconds':>10}{'events/s':>12}{'peak MiB':>10}")
        for r in results:
            print(
                f"{r['engine']:<10}{r['rows']:>12,}{r['seconds']:>10.1f}{r['events_per_s']:>12,.0f}{r['peak_rss_mib']:>10,.0f}"
            )
        for r in results:
            if r["engine"] == "neo4j":
                verdict = "meets" if r["events_per_s"] >= TARGET_NEO4J else "misses"
                print(f"neo4j {verdict} the target of {TARGET_NEO4J:,} events/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
