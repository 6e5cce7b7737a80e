"""ingest, query, stats, schema, reset."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from kg.cli import EXIT_CODES, Context, fail_cleanly, main, output_options, print_rows
from kg.cli.extract import article_options, overrides
from kg.errors import InputError


def parse_param(text: str) -> tuple[str, Any]:
    """name=value; the value is read as JSON when it is valid JSON, else kept as text."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise click.BadParameter(f"{text!r} is not name=value", param_hint="-p")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return name.strip(), value


@main.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary.")
@article_options
@click.pass_obj
def ingest(
    ctx: Context,
    paths: tuple[str, ...],
    quiet: bool,
    published: str | None,
    publisher: str | None,
    url: str | None,
    lang: str | None,
) -> None:
    """Read articles and analyst fact files (and folders of them) into the store.

    Articles (.txt, .md, .html, or - for standard input) go through the extractor; fact files
    (.yaml) are an analyst's own facts and corrections. Each file is one unit: it is stored whole
    or not at all. A bad file is reported with its line and field and the other files still go in.
    Loading the same file twice changes nothing.

    \b
    Example:
      kg ingest examples/facts examples/articles
      kg ingest --published 2018-09-04 --lang de note.txt
      kg --store bolt://localhost:7687 ingest notes/*.yaml
    """
    import functools

    from kg.ingest import FileResult, read_unit, summary
    from kg.ingest import ingest as run

    reader = functools.partial(read_unit, **overrides(published, publisher, url, lang))

    def show(result: FileResult) -> None:
        if result.error:
            click.echo(f"Error: {result.error}", err=True)
        elif not quiet:
            click.echo(f"stored {result.path}: {result.facts} facts", err=True)

    with ctx.store() as store, fail_cleanly():
        report = run(store, paths, reader=reader, on_file=show)
        counts = summary(store)
    click.echo(
        f"{len(report.ok)} of {len(report.files)} files stored. Store {store.uri} now holds "
        f"{counts['entities']} entities, {counts['events']} events, {counts['facts']} facts, "
        f"{counts['sources']} sources."
    )
    sys.exit(report.exit_code)


@main.command(epilog=EXIT_CODES)
@click.argument("cypher")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter ($NAME); VALUE is JSON or text.",
)
@output_options
@click.pass_obj
def query(ctx: Context, cypher: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a Cypher query and print the rows.

    Values are passed as parameters, never pasted into the query. Nodes print as their
    properties with `_labels`, relationships with `_type`.

    \b
    Example:
      kg query "MATCH (c:Country {iso3: \\$code})<-[:PARTY]-(a:AgreementSigning) RETURN a.date" -p code=AZE --table
    """
    values = dict(parse_param(p) for p in params)
    if cypher.strip() == "-":
        cypher = sys.stdin.read()
    with ctx.store() as store, fail_cleanly():
        result = store.query(cypher, values)
    print_rows(result.columns, result.rows, fmt)


@main.command(epilog=EXIT_CODES)
@output_options
@click.option("--labels", is_flag=True, help="Count nodes per label and relationships per type.")
@click.pass_obj
def stats(ctx: Context, fmt: str, labels: bool) -> None:
    """Print what the store holds: entities, events, facts, sources.

    \b
    Example:
      kg stats --table
      kg stats --labels
    """
    from kg.ingest import label_counts, summary

    with ctx.store() as store, fail_cleanly():
        if labels:
            counts = label_counts(store)
            rows = [["node", k, v] for k, v in counts["nodes"].items()]
            rows += [["relationship", k, v] for k, v in counts["relationships"].items()]
            print_rows(["kind", "name", "count"], rows, fmt)
            return
        counts = summary(store)
    print_rows(list(counts), [list(counts.values())], fmt)


@main.command(epilog=EXIT_CODES)
@click.option("--apply", "apply_", is_flag=True, help="Create the constraints and indexes that are missing.")
@click.pass_obj
def schema(ctx: Context, apply_: bool) -> None:
    """Show the constraints and indexes kg derives from schema/kg.yaml, or apply them.

    Without --apply the statements for the chosen store's engine are printed; kg also applies
    them by itself (idempotently) whenever it opens a store.

    \b
    Example:
      kg schema
      kg --store bolt://localhost:7687 schema --apply
    """
    from kg.schema import load_schema
    from kg.store import open_store

    with fail_cleanly():
        store = open_store(ctx.store_uri, database=ctx.database, apply_schema=False)
    try:
        with fail_cleanly():
            if apply_:
                created = store.apply_schema(load_schema())
                click.echo(f"{len(created)} constraints and indexes created on {store.uri}.")
                for statement in created:
                    click.echo(f"  {statement}")
            else:
                for statement in store.schema_statements(load_schema()):
                    click.echo(statement + ";")
    finally:
        store.close()


@main.command(epilog=EXIT_CODES)
@click.option("--yes", is_flag=True, help="Really delete everything in the store.")
@click.pass_obj
def reset(ctx: Context, yes: bool) -> None:
    """Delete every node and relationship in the store (constraints and indexes stay).

    \b
    Example:
      kg reset --yes
    """
    if not yes:
        with fail_cleanly():
            raise InputError("reset deletes the whole graph; add --yes to confirm")
    with ctx.store() as store, fail_cleanly():
        store.reset()
        uri = store.uri
    click.echo(f"Store {uri} is empty.")
