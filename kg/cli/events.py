"""load gdelt, load icews, dyad."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from kg.cli import EXIT_CODES, Context, fail_cleanly, main, output_options, print_rows

MAX_REPORTED = 1000  # per file; the rest are counted


@main.group(epilog=EXIT_CODES)
def load() -> None:
    """Bulk-load event data (GDELT, ICEWS): streamed, batched, resumable.

    \b
    Example:
      kg load gdelt 20150218230000.export.CSV.zip 20150218230000.mentions.CSV.zip
      kg load icews events.2018.tab
    """


def _run(ctx: Context, paths: tuple[str, ...], open_reader: Any, strict: bool, batch_rows: int, quiet: bool) -> None:
    import logging

    from kg.bulk import FileLoad, load_files

    # Neo4j 5 flags the `CALL { }` form Batch writes as deprecated, once per batch; not the user's concern
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    shown: dict[str, int] = {}
    last = {"t": time.monotonic()}

    def on_problem(message: str, kind: str) -> None:
        key = message.split(":", 1)[0]
        shown[key] = shown.get(key, 0) + 1
        if shown[key] <= MAX_REPORTED:
            click.echo(f"{'bad row' if kind == 'bad' else 'skipped'}: {message}", err=True)

    def on_progress(result: FileLoad, line: int) -> None:
        now = time.monotonic()
        if not quiet and now - last["t"] >= 2.0:
            last["t"] = now
            click.echo(
                f"  {Path(result.path).name}: line {line:,}, {result.rows:,} rows stored, {result.bad:,} bad", err=True
            )

    with ctx.store() as store, fail_cleanly():
        report = load_files(
            store,
            paths,
            open_reader,
            strict=strict,
            batch_rows=batch_rows,
            on_problem=on_problem,
            on_progress=on_progress,
        )
    for f in report.files:
        if f.error:
            click.echo(f"Error: {f.error}", err=True)
            continue
        if f.already:
            click.echo(f"{f.path}: already loaded ({f.rows:,} rows, {f.bad:,} bad); nothing to do.")
            continue
        more = shown.get(f.path, 0) - MAX_REPORTED
        extra = f" ({more:,} more problems not shown)" if more > 0 else ""
        resumed = f", resumed after line {f.resumed_from:,}" if f.resumed_from else ""
        unmatched = f", {f.unmatched:,} skipped (event not in the store)" if f.unmatched else ""
        click.echo(
            f"{f.path} ({f.format}): {f.rows:,} rows stored, {f.bad:,} bad{unmatched}{resumed}; "
            f"{f.rate:,.0f} rows/s{extra}"
        )
    sys.exit(report.exit_code)


_strict = click.option("--strict", is_flag=True, help="Stop at the first bad row; nothing of that file is stored.")
_batch = click.option("--batch", "batch_rows", default=5000, show_default=True, metavar="ROWS", help="Rows per write.")
_quiet = click.option("--quiet", "-q", is_flag=True, help="No progress lines.")


@load.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@_strict
@_batch
@_quiet
@click.pass_obj
def gdelt(ctx: Context, paths: tuple[str, ...], strict: bool, batch_rows: int, quiet: bool) -> None:
    """Load GDELT files: 2.0 exports (61 columns), 1.0 daily (58) and backfile (57), 2.0 mentions (16).

    The format is recognised by the width of the rows; files may be zipped. Mentions become
    sources of their events (with GDELT's confidence) and are loaded after the exports. Bad rows
    are reported as file:line: reason and the good rows still load. An interrupted load resumes
    where it stopped when run again; a file loaded completely is skipped.

    \b
    Example:
      kg load gdelt 20150218230000.export.CSV.zip 20150218230000.mentions.CSV.zip
      kg load gdelt --strict GDELT.1979.tsv
    """
    from loaders.gdelt import Actors, reader

    actors = Actors()
    _run(ctx, paths, lambda p: reader(p, actors), strict, batch_rows, quiet)


@load.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@_strict
@_batch
@_quiet
@click.pass_obj
def icews(ctx: Context, paths: tuple[str, ...], strict: bool, batch_rows: int, quiet: bool) -> None:
    """Load ICEWS coded-event files (.tab with a header row; plain or zipped).

    Country names ("Russian Federation") resolve to the same countries as GDELT's codes; the
    two mirrored rows of a symmetric interaction are both stored and counted once by `kg dyad`.

    \b
    Example:
      kg load icews events.2018.20200427084805.tab
    """
    from loaders.gdelt import Actors
    from loaders.icews import reader

    actors = Actors()
    _run(ctx, paths, lambda p: reader(p, actors), strict, batch_rows, quiet)


@main.command(epilog=EXIT_CODES)
@click.argument("a")
@click.argument("b")
@output_options
@click.option(
    "--section",
    type=click.Choice(["series", "meetings", "agreements", "figures"]),
    default="series",
    show_default=True,
    help="What --csv prints.",
)
@click.option("--plot", "plot_path", metavar="FILE", help="Also draw the monthly series to FILE (.png or .svg).")
@click.option("--limit", default=500, show_default=True, help="At most this many meetings, agreements and figures.")
@click.pass_obj
def dyad(ctx: Context, a: str, b: str, fmt: str, section: str, plot_path: str | None, limit: int) -> None:
    """The relationship between two countries over time (names or codes: AZE, RS, Russia).

    Events per month by type, CAMEO root and quad class with the mean Goldstein score, from event
    data and from articles alike; meetings and visits; agreements; trade and arms figures with
    their sources. --json prints everything, --csv one section, --table every section.

    \b
    Example:
      kg dyad Azerbaijan Russia --table
      kg dyad AZE RUS --csv --section meetings
      kg dyad AZE ARM --plot aze-arm.svg
    """
    from kg import dyad as dyads

    with ctx.store() as store, fail_cleanly():
        d = dyads.dyad(store, a, b, limit=limit)
        if plot_path:
            dyads.plot(d, plot_path)
    sections = {
        "series": (dyads.SERIES_COLUMNS, d.series),
        "meetings": (dyads.MEETINGS_COLUMNS, d.meetings),
        "agreements": (dyads.AGREEMENTS_COLUMNS, d.agreements),
        "figures": (dyads.FIGURES_COLUMNS, d.figures),
    }
    if fmt == "json":
        click.echo(json.dumps(d.to_json(), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        columns, rows = sections[section]
        print_rows(columns, [[r.get(c) for c in columns] for r in rows], "csv")
    else:
        totals = d.totals
        click.echo(f"{d.a.name} – {d.b.name}: {totals['events']} events, mean Goldstein {totals['goldstein']}")
        for name, (columns, rows) in sections.items():
            click.echo(f"\n{name} ({len(rows)})")
            if rows:
                print_rows(columns, [[r.get(c) for c in columns] for r in rows], "table")
    if plot_path:
        click.echo(f"plot written to {plot_path}", err=True)
