"""Bulk loads of event-data files: streamed, batched, checkpointed, resumable.

A reader (loaders/gdelt.py, loaders/icews.py) turns a file into numbered records; this module
writes them a few thousand at a time through :class:`kg.store.cypher.Batch`. Each batch's
statement also writes the file's ``ImportCheckpoint`` node (the last line stored, rows and bad
rows so far), so data and checkpoint commit together: after a crash or ``kill -9`` a re-run
skips what is stored and goes on from the next line. Events are merged by their key (data set and
the row's id), so even a replayed batch adds nothing twice.

Bad rows are reported as ``file:line: reason`` and counted while the good rows load. With
``strict`` the file is checked whole first and nothing of it is stored if any row is bad.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kg.errors import InputError, KgError
from kg.model import Fact
from kg.store import Store
from kg.store.cypher import Batch
from loaders.delimited import BadRow, file_identity

BATCH_ROWS = 5000
BATCH_FACTS = 2000


class Reader(Protocol):
    path: Path
    format: str
    dataset: str

    def records(self, skip_to: int = 0) -> Iterator[tuple[int, Any] | BadRow]: ...

    def facts(self, payloads: Sequence[tuple[int, Any]], store: Store) -> list[tuple[int, Fact | str]]: ...


@dataclass
class FileLoad:
    """What happened to one file."""

    path: str
    format: str = ""
    rows: int = 0  # rows stored (with those of an earlier, interrupted run)
    bad: int = 0  # rows reported as bad and not stored
    unmatched: int = 0  # rows that refer to something not in the store (mentions of unloaded events)
    resumed_from: int = 0  # the line an interrupted run had stored up to
    already: bool = False  # the file was loaded completely before
    error: str | None = None  # the file was not loaded (unreadable, or --strict and a bad row)
    exit_code: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


@dataclass
class LoadReport:
    files: list[FileLoad] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 every row stored; 1 some rows or files not (partial) or the store failed; 2 nothing stored, bad input."""
        failed = [f for f in self.files if f.error]
        stored = [f for f in self.files if not f.error and (f.rows or f.already)]
        if failed and not stored:
            return max(f.exit_code for f in failed)
        if failed or any(f.bad for f in self.files):
            return 1
        return 0


def problem(path: Path | str, line: int, reason: str) -> str:
    """file:line: reason, the form every bad row is reported in."""
    return InputError(reason, file=str(path), line=line).message


class BatchWriter:
    """Writes one batch while the next is read and built (at most one batch in flight).

    The store call runs in a worker thread; the drivers wait on sockets with the GIL released, so
    building the next batch in Python overlaps the server's work on the last one.
    """

    def __init__(self, store: Store):
        self.store = store
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-bulk-writer")
        self.pending: Future[None] | None = None

    def submit(self, batch: Batch) -> None:
        cypher, params = batch.statement()
        self.wait()
        self.pending = self.pool.submit(self.store.write, cypher, params)

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self.pool.shutdown(wait=True)


@contextmanager
def batch_writer(store: Store) -> Iterator[BatchWriter]:
    w = BatchWriter(store)
    try:
        yield w
    finally:
        w.close()


def write_facts(
    store: Store,
    facts: Iterable[Fact],
    batch_size: int = BATCH_FACTS,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Write a stream of facts, `batch_size` per atomic statement; returns how many were written.

    Memory stays flat however long the stream: one batch is built while the one before is written.
    `on_batch(written_so_far)` is called after each batch is handed to the writer.
    """
    written = 0
    with batch_writer(store) as writer:

        def hand_over(batch: Batch) -> None:
            nonlocal written
            written += batch.facts
            writer.submit(batch)
            if on_batch:
                on_batch(written)

        batch = Batch()
        for fact in facts:
            batch.fact(fact)
            if batch.facts >= batch_size:
                hand_over(batch)
                batch = Batch()
        if batch.facts:
            hand_over(batch)
    return written


def checkpoint_id(reader: Reader) -> str:
    return f"{reader.dataset}:{file_identity(reader.path)}"


def read_checkpoint(store: Store, cid: str) -> dict[str, Any]:
    res = store.query(
        "MATCH (c:ImportCheckpoint {id: $id}) RETURN c.line AS line, c.rows AS rows, c.bad AS bad, c.done AS done",
        {"id": cid},
    )
    return res.records()[0] if res.rows else {}


def load_file(
    store: Store,
    reader: Reader,
    *,
    strict: bool = False,
    batch_rows: int = BATCH_ROWS,
    on_problem: Callable[[str, str], None] | None = None,
    on_progress: Callable[[FileLoad, int], None] | None = None,
) -> FileLoad:
    """Load one file; bad rows go to `on_problem(message, kind)` ("bad" or "unmatched")."""
    path = reader.path
    result = FileLoad(str(path), reader.format)
    started = time.monotonic()
    try:
        cid = checkpoint_id(reader)
        ck = read_checkpoint(store, cid)
        if ck.get("done"):
            result.already, result.rows, result.bad = True, ck.get("rows") or 0, ck.get("bad") or 0
            return result
        skip_to = int(ck.get("line") or 0)
        result.resumed_from, result.rows, result.bad = skip_to, int(ck.get("rows") or 0), int(ck.get("bad") or 0)
        if strict:
            for rec in reader.records(skip_to):
                if isinstance(rec, BadRow):
                    result.bad += 1
                    result.error = problem(path, rec.line, rec.reason) + " (--strict: nothing stored from this file)"
                    result.exit_code = 2
                    return result

        def report(line: int, reason: str, kind: str) -> None:
            if kind == "bad":
                result.bad += 1
            else:
                result.unmatched += 1
            if on_problem:
                on_problem(problem(path, line, reason), kind)

        def flush(payloads: list[tuple[int, Any]], last_line: int, done: bool) -> None:
            batch = Batch()
            stored = 0
            for line, item in reader.facts(payloads, store) if payloads else []:
                if isinstance(item, str):
                    report(line, item, "unmatched")
                else:
                    batch.fact(item)
                    stored += 1
            result.rows += stored
            batch.node(
                "ImportCheckpoint",
                cid,
                {
                    "path": str(path),
                    "dataset": reader.dataset,
                    "format": reader.format,
                    "line": last_line,
                    "rows": result.rows,
                    "bad": result.bad,
                    "done": done,
                },
            )
            writer.submit(batch)
            if on_progress:
                on_progress(result, last_line)

        with batch_writer(store) as writer:
            payloads: list[tuple[int, Any]] = []
            last_line = skip_to
            for rec in reader.records(skip_to):
                if isinstance(rec, BadRow):
                    report(rec.line, rec.reason, "bad")
                    last_line = rec.line
                    continue
                payloads.append(rec)
                last_line = rec[0]
                if len(payloads) >= batch_rows:
                    flush(payloads, last_line, False)
                    payloads = []
            flush(payloads, last_line, True)
    except KgError as exc:
        result.error = str(exc)
        result.exit_code = exc.exit_code
    finally:
        result.seconds = time.monotonic() - started
    return result


def load_files(
    store: Store,
    paths: Iterable[str | Path],
    open_reader: Callable[[Path], Reader],
    **options: Any,
) -> LoadReport:
    """Load every file; readers that need others first (mentions after exports) sort last."""
    report = LoadReport()
    readers: list[Reader] = []
    for p in map(Path, paths):
        try:
            readers.append(open_reader(p))
        except KgError as exc:
            report.files.append(FileLoad(str(p), error=str(exc), exit_code=exc.exit_code))
    readers.sort(key=lambda r: r.format.endswith("mentions"))
    for r in readers:
        report.files.append(load_file(store, r, **options))
    return report
