"""Write throughput of kg's store on both engines (run on demand, not part of the test suite).

    python tests/bench/bench_store.py [--facts 100000] [--sample 5000] [--batch 2000] [--engines embedded,neo4j]

Writes synthetic meeting facts (two persons, a place, a source, a claim: 2 new nodes and 7
relationships each, plus shared entities) in batches of --batch facts per atomic statement, and
prints facts/s, relationships/s and memory; then writes --sample facts with one transaction
per fact and prints the speedup of batching. Facts are generated lazily and written through
kg.bulk.write_facts (the next batch is built while the last is written), so the process's memory
should stay flat as the input grows: its RSS is printed at each quarter of the input. (RSS, not
tracemalloc: tracing every allocation slows the Python side five-fold and would be what is measured.)
A warm-up of --warmup facts runs first and is deleted (the JVM compiles Neo4j's hot paths
during the first batches). Neo4j is the one in NEO4J_URI (credentials from NEO4J_USER and
NEO4J_PASSWORD), else a server from
tests/neo4j/server.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "neo4j")]

from kg.bulk import write_facts  # noqa: E402
from kg.model import Entity, Evidence, Fact, Source  # noqa: E402
from kg.store import Store, open_store  # noqa: E402
from kg.store.cypher import Batch  # noqa: E402


def synthetic_facts(n: int, seed: int = 7, offset: int = 0, persons: int = 2000) -> Iterator[Fact]:
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    people = [Entity("Person", f"person:bench-{i}", f"Person {i}") for i in range(persons)]
    places = [Entity("Place", f"place:bench-{i}", f"Place {i}") for i in range(200)]
    for i in range(offset, offset + n):
        a, b = rng.sample(people, 2)
        day = f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        source = Source.make(url=f"https://example.org/bench/{i // 20}", publisher=f"Wire {i // 20 % 50}")
        yield Fact(
            "meeting",
            {"participants": (a, b), "place": (rng.choice(places),)},
            {"date": day},
            {},
            Evidence(source, f"Synthetic meeting number {i}.", 0, 30, method="bench"),
        )


def rss_mib() -> float:
    """This process's resident memory now (VmRSS), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def write_batched(store: Store, facts: Iterator[Fact], batch_size: int, total: int) -> dict[str, Any]:
    """kg's bulk path (kg.bulk.write_facts), with the process's RSS sampled at each quarter."""
    quarters: list[float] = []
    step = max(total // 4, batch_size)

    def sample(written: int) -> None:
        if written % step < batch_size:
            quarters.append(rss_mib())

    start = time.perf_counter()
    written = write_facts(store, facts, batch_size, on_batch=sample)
    return {"facts": written, "seconds": time.perf_counter() - start, "quarters": quarters}


def write_one_per_fact(store: Store, facts: Iterator[Fact]) -> tuple[int, float]:
    start = time.perf_counter()
    n = 0
    for fact in facts:
        batch = Batch()
        batch.fact(fact)
        store.write(*batch.statement())
        n += 1
    return n, time.perf_counter() - start


def count_rels(store: Store) -> int:
    return int(store.query("MATCH ()-[r]->() RETURN count(r)").rows[0][0])


def count_nodes(store: Store) -> int:
    return int(store.query("MATCH (n) RETURN count(n)").rows[0][0])


@contextlib.contextmanager
def engine_store(engine: str) -> Iterator[Store]:
    if engine == "embedded":
        with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "store")) as store:
            yield store
        return
    import server as neo4j_server

    with neo4j_server.neo4j_for_tests(heap="4g", page_cache="2g") as conn:
        os.environ["NEO4J_USER"] = conn.user or "neo4j"
        os.environ["NEO4J_PASSWORD"] = conn.password or ""
        with open_store(conn.uri) as store:
            store.reset()
            yield store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=5_000)
    ap.add_argument("--batch", type=int, default=2_000)
    ap.add_argument("--engines", default="embedded,neo4j")
    ap.add_argument("--persons", type=int, default=2000, help="distinct persons the meetings draw on")
    ap.add_argument("--warmup", type=int, default=10_000, help="facts written (and deleted) before timing: JIT, caches")
    args = ap.parse_args()
    for engine in args.engines.split(","):
        with engine_store(engine) as store:
            if args.warmup:
                warm = write_batched(
                    store, synthetic_facts(args.warmup, seed=3, persons=args.persons), args.batch, args.warmup
                )
                print(
                    f"[{engine}] warm-up: {warm['facts']:,} facts at "
                    f"{warm['facts'] / warm['seconds']:,.0f} facts/s (not counted)"
                )
                store.reset()
            res = write_batched(store, synthetic_facts(args.facts, persons=args.persons), args.batch, args.facts)
            rels, nodes = count_rels(store), count_nodes(store)
            fps = res["facts"] / res["seconds"]
            print(
                f"[{engine}] batched: {res['facts']:,} facts in {res['seconds']:.1f} s = {fps:,.0f} facts/s; "
                f"{nodes:,} nodes + {rels:,} relationships = {rels / res['seconds']:,.0f} relationships/s, "
                f"{(nodes + rels) / res['seconds']:,.0f} nodes+relationships/s"
            )
            print(
                f"[{engine}] kg process memory (RSS) at each quarter of the input: "
                + ", ".join(f"{q:.0f}" for q in res["quarters"])
                + f" MiB; peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
            )
            store.reset()
            sample = write_batched(
                store, synthetic_facts(args.sample, seed=11, persons=args.persons), args.batch, args.sample
            )
            store.reset()
            n, single = write_one_per_fact(store, synthetic_facts(args.sample, seed=11, persons=args.persons))
            batched_rate = sample["facts"] / sample["seconds"]
            single_rate = n / single
            print(
                f"[{engine}] {args.sample:,}-fact sample: batched {batched_rate:,.0f} facts/s, "
                "one transaction per fact "
                f"{single_rate:,.0f} facts/s: batching is {batched_rate / single_rate:.1f}x faster"
            )


if __name__ == "__main__":
    main()
