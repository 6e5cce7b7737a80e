"""Tab-separated data files (GDELT, ICEWS), plain or zipped, read as a stream of numbered rows.

GDELT and ICEWS write one row per line with no quoting, so a line is split on tabs; a field that
opens a quote must close it on the same line ("broken quoting" otherwise), and a row that cannot be
decoded as UTF-8 is reported rather than guessed at. Memory stays flat: one line at a time.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.model import Entity, Evidence, Fact


@dataclass(frozen=True)
class Row:
    line: int
    fields: list[str]


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str


@contextmanager
def open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The data of a plain file, or of the one data member of a .zip, as a binary stream."""
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise InputError(f"a zipped data file holds one file; this one holds {len(members)}", file=str(path))
            with zf.open(members[0]) as fh:
                yield fh
    else:
        with path.open("rb") as fh:
            yield fh


def file_identity(path: Path) -> str:
    """Name, size and a hash of the first MiB: the same data file gets the same id wherever it lies."""
    h = hashlib.sha1(usedforsecurity=False)
    with path.open("rb") as fh:
        h.update(fh.read(1 << 20))
    return f"{path.name}:{path.stat().st_size}:{h.hexdigest()[:16]}"


def _unquote(fields: list[str]) -> str | None:
    """Strip well-formed quotes in place; the reason when a field's quoting is broken."""
    for i, f in enumerate(fields):
        if '"' not in f:
            continue
        if f.startswith('"'):
            inner = f[1:-1] if len(f) > 1 and f.endswith('"') else None
            if inner is None or inner.replace('""', "").count('"'):
                return f"broken quoting in column {i + 1}: a quote opens and does not close"
            fields[i] = inner.replace('""', '"')
        elif f.count('"') % 2:
            return f"broken quoting in column {i + 1}: an unmatched quote"
    return None


def rows(stream: IO[bytes], *, skip_to: int = 0, first_line: int = 1) -> Iterator[Row | BadRow]:
    """Numbered rows of a tab-separated stream; lines up to `skip_to` are passed over unparsed.

    `first_line` is the number of the stream's next line (2 once a header has been read).
    """
    for number, raw in enumerate(stream, start=first_line):
        if number <= skip_to:
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield BadRow(number, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
            continue
        text = text.rstrip("\r\n")
        if not text.strip():
            continue
        fields = text.split("\t")
        problem = _unquote(fields)
        yield BadRow(number, problem) if problem else Row(number, fields)


def header(stream: IO[bytes]) -> list[str]:
    """The first line's fields (for files with a header row)."""
    first = stream.readline().decode("utf-8", errors="replace").rstrip("\r\n")
    return first.split("\t")


def converted(rows_: Iterable[Row | BadRow], convert: Callable[[Row], Any]) -> Iterator[tuple[int, Any] | BadRow]:
    """(line, convert(row)) for each row; a row that is bad or fails to convert becomes a BadRow."""
    for row in rows_:
        if isinstance(row, BadRow):
            yield row
            continue
        try:
            yield row.line, convert(row)
        except InputError as exc:
            yield BadRow(row.line, exc.problem)


def coded_event(
    source: tuple[Entity, ...],
    target: tuple[Entity, ...],
    place: tuple[Entity, ...],
    props: dict[str, Any],
    evidence: Evidence,
) -> Fact:
    """A row of coded event data (GDELT, ICEWS) as a `coded_event` fact; empty roles and values dropped."""
    roles = {"source": source, "target": target, "place": place}
    return Fact(
        "coded_event",
        {k: v for k, v in roles.items() if v},
        {k: v for k, v in props.items() if v is not None},
        {},
        evidence,
    )
