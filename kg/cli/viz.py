"""viz: interactive graph pages (one offline HTML file)."""

from __future__ import annotations

import click

from kg.cli import EXIT_CODES, Context, fail_cleanly, main


@main.command(epilog=EXIT_CODES)
@click.option(
    "-o",
    "--output",
    "output",
    default="kg-graph.html",
    show_default=True,
    metavar="FILE.html",
    help="Where to write the page.",
)
@click.option(
    "--entity",
    metavar="NAME",
    help="Draw this entity's neighbourhood (name or alias in any language, id, ISO/CAMEO code).",
)
@click.option(
    "--depth", type=click.IntRange(min=1), default=1, show_default=True, help="Steps through events from --entity."
)
@click.option("--dyad", nargs=2, metavar="A B", help="Everything between two countries (names, ISO or CAMEO codes).")
@click.option("--since", metavar="DATE", help="Only events on or after DATE (2018, 2018-09 or 2018-09-01).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE.")
@click.option(
    "--types",
    multiple=True,
    metavar="TYPE[,TYPE]",
    help="Only these node types (Country, Person, Meeting, agreement_signing, ...).",
)
@click.option("--title", help="The page's title (default: what the view shows).")
@click.pass_obj
def viz(
    ctx: Context,
    output: str,
    entity: str | None,
    depth: int,
    dyad: tuple[str, str] | None,
    since: str | None,
    until: str | None,
    types: tuple[str, ...],
    title: str | None,
) -> None:
    """Write an interactive graph page: one HTML file that works offline.

    The page has a search box (names and aliases in every language kg knows), filters by node
    and relationship type, a date slider, "focus on selection", and a details panel with every
    fact of a node and its verbatim evidence, source, publisher, date, speaker and modality.

    \b
    Example:
      kg viz -o aze-rus.html --dyad AZE RUS
      kg viz -o putin.html --entity "Vladimir Putin" --depth 2 --since 2018
      kg viz --types meeting,visit,Country,Person
    """
    from kg.viz import select_view

    with ctx.store() as store, fail_cleanly():
        view = select_view(
            store, entity=entity, depth=depth, dyad=dyad, since=since, until=until, types=types, title=title
        )
    with fail_cleanly():
        path = view.write(output)
    note = " (empty view: the page says so)" if view.is_empty else ""
    click.echo(f"wrote {path}: {len(view.nodes)} nodes, {len(view.edges)} edges{note}")
