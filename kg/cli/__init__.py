"""The `kg` command: a thin shell over the library.

Exit codes (every command):
  0  success
  1  failure: some input was stored and some was not, or the store failed
     (unreachable, wrong credentials, in use)
  2  bad input or usage: nothing of the bad input was stored
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from kg.errors import KgError

EXIT_CODES = """\b
Exit codes: 0 ok; 1 partial failure or store failure; 2 bad input or usage."""


class Context:
    def __init__(self, store: str | None, database: str | None):
        self.store_uri = store
        self.database = database

    @contextmanager
    def store(self) -> Iterator[Any]:
        from kg.store import open_store

        with fail_cleanly():
            store = open_store(self.store_uri, database=self.database)
        try:
            yield store
        finally:
            store.close()


@contextmanager
def fail_cleanly() -> Iterator[None]:
    """KgErrors become one sentence on stderr and their exit code."""
    try:
        yield
    except KgError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES,
)
@click.option(
    "--store",
    envvar="KG_STORE",
    metavar="URI",
    help="Where the graph lives: a folder (embedded FalkorDB, default ~/.local/share/kg/store) "
    "or a Neo4j URI (bolt://, neo4j://, neo4j+s://; credentials from NEO4J_USER/NEO4J_PASSWORD "
    "or NEO4J_AUTH). Also KG_STORE.",
)
@click.option("--database", envvar="NEO4J_DATABASE", metavar="NAME", help="Neo4j database (default: the server's).")
@click.version_option(package_name="kg")
@click.pass_context
def main(ctx: click.Context, store: str | None, database: str | None) -> None:
    """kg: a knowledge graph of relations between states, built from articles and event data.

    \b
    Example:
      kg ingest examples/facts
      kg query "MATCH (m:Meeting)-[:PARTICIPANT]->(p:Person) RETURN m.date, p.name"
    """
    ctx.obj = Context(store, database)


def output_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--json (default), --csv, --table for every command that prints rows."""
    fn = click.option("--table", "fmt", flag_value="table", help="Print an aligned text table.")(fn)
    fn = click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row.")(fn)
    fn = click.option(
        "--json", "fmt", flag_value="json", default=True, help="Print JSON, one object per row (default)."
    )(fn)
    return fn


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return repr(value)
    return str(value)


def print_rows(columns: list[str], rows: list[list[Any]], fmt: str) -> None:
    """Rows in the chosen format on stdout."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
        click.echo(buf.getvalue(), nl=False)
    elif fmt == "table":
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        click.echo("  ".join("-" * w for w in widths))
        for r in cells:
            click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    else:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))


# Commands register themselves on `main` when their module is imported (after `main` exists).
from kg.cli import core, events, extract, rdf, viz  # noqa: E402,F401,I001
