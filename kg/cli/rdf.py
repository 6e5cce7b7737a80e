"""export, validate, import, sparql, vocab: kg's graph as linked data."""

from __future__ import annotations

import json
import sys

import click

from kg.cli import EXIT_CODES, Context, fail_cleanly, main, output_options, print_rows
from kg.rdf import FORMATS

BASE_HELP = "Base of instance IRIs (default: KG_BASE_IRI, else schema/kg.yaml's base_iri https://w3id.org/kg/id/)."


@main.command(epilog=EXIT_CODES)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="turtle",
    show_default=True,
    help="RDF format (rdflib's names).",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE (complete or not at all) instead of stdout.")
@click.option("--base-iri", envvar="KG_BASE_IRI", metavar="IRI", help=BASE_HELP)
@click.option(
    "--entity", metavar="NAME", help="Only events in which this entity plays a role (name, alias, id or ISO code)."
)
@click.option("--dyad", nargs=2, metavar="A B", help="Only events in which both A and B play a role.")
@click.option("--since", metavar="DATE", help="Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE.")
@click.pass_obj
def export(
    ctx: Context,
    fmt: str,
    output: str | None,
    base_iri: str | None,
    entity: str | None,
    dyad: tuple[str, str] | None,
    since: str | None,
    until: str | None,
) -> None:
    """Export the graph as RDF: stable IRIs, PROV-O provenance, Web Annotation evidence.

    turtle, nt, trig and nquads stream with flat memory; trig and nquads put each source
    article's claims in its own named graph. json-ld and xml are built in memory.

    \b
    Example:
      kg export --format turtle -o kg.ttl
      kg export --format nquads --dyad Azerbaijan Russia --since 2018 -o aze-rus.nq
    """
    from kg.facts import iso_date
    from kg.rdf.export import Focus
    from kg.rdf.export import export as run

    with fail_cleanly():
        focus = Focus(
            entity,
            tuple(dyad) if dyad else None,  # type: ignore[arg-type]
            iso_date(since, "--since") if since else None,
            iso_date(until, "--until") if until else None,
        )
        from kg.rdf.vocab import vocabulary

        vocabulary(base_iri)  # a bad base IRI is a usage error before the store is opened
    with ctx.store() as store, fail_cleanly():
        result = run(store, fmt, output, base_iri=base_iri, focus=focus or None)
    if output:
        click.echo(f"{result.statements} statements written to {output} ({fmt}).", err=True)


@main.command(epilog=EXIT_CODES)
@click.argument("file", type=click.Path(path_type=str))
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), help="RDF format (default: from the suffix).")
def validate(file: str, fmt: str | None) -> None:
    """Check an RDF file against kg's vocabulary and SHACL shapes; print the violations.

    Exit 0 when it conforms, 2 when it does not (or is not readable RDF).

    \b
    Example:
      kg validate kg.ttl
    """
    from kg.rdf.validate import validate_file

    with fail_cleanly():
        report = validate_file(file, fmt)
    click.echo(report.text(file))
    sys.exit(0 if report.conforms else 2)


@main.command("import", epilog=EXIT_CODES)
@click.argument("file", type=click.Path(path_type=str))
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), help="RDF format (default: from the suffix).")
@click.pass_obj
def import_(ctx: Context, file: str, fmt: str | None) -> None:
    """Read kg's RDF back into the store: validated first, stored whole or not at all.

    \b
    Example:
      kg export -f trig -o kg.trig && kg --store /tmp/copy import kg.trig
    """
    from kg.rdf.importer import import_graph
    from kg.rdf.validate import read_rdf

    with fail_cleanly():
        graph = read_rdf(file, fmt)
    with ctx.store() as store, fail_cleanly():
        result = import_graph(store, graph, file=file)
    click.echo(
        f"imported {file}: {result.nodes} nodes, {result.relationships} relationships from {result.triples} triples."
    )


@main.command(epilog=EXIT_CODES)
@click.argument("query")
@click.option("--file", "rdf_file", metavar="RDF", help="Query this RDF file instead of the store's export.")
@click.option(
    "--format",
    "-f",
    "rdf_format",
    type=click.Choice(list(FORMATS)),
    help="Format of --file (default: from its suffix).",
)
@click.option("--base-iri", envvar="KG_BASE_IRI", metavar="IRI", help=BASE_HELP)
@output_options
@click.pass_obj
def sparql(
    ctx: Context, query: str, rdf_file: str | None, rdf_format: str | None, base_iri: str | None, fmt: str
) -> None:
    """Run a SPARQL query over kg's RDF (a file, or the store exported in memory).

    QUERY is the text, a .rq file, or - for stdin. kg's prefixes (kg:, schema:, prov:, oa:, ...)
    are predeclared.

    \b
    Example:
      kg sparql examples/queries/meetings.rq --table
      kg sparql "SELECT ?n WHERE { ?c a kg:Country ; schema:name ?n }" --file kg.ttl --csv
    """
    from kg.rdf import sparql as sp

    with fail_cleanly():
        text = sys.stdin.read() if query.strip() == "-" else sp.read_query(query)
        if rdf_file:
            graph = sp.file_graph(rdf_file, rdf_format)
    if not rdf_file:
        with ctx.store() as store, fail_cleanly():
            graph = sp.store_graph(store, base_iri)
    with fail_cleanly():
        columns, rows = sp.run(graph, text)
    print_rows(columns, rows, fmt)


@main.command(epilog=EXIT_CODES)
@click.argument("what", type=click.Choice(["ontology", "shapes", "context"]))
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), default="turtle", show_default=True)
def vocab(what: str, fmt: str) -> None:
    """Print kg's OWL ontology, SHACL shapes or JSON-LD context, derived from schema/kg.yaml.

    \b
    Example:
      kg vocab ontology > kg-ontology.ttl
      kg vocab context > kg-context.jsonld
    """
    from kg.rdf import ontology as onto

    if what == "context":
        click.echo(json.dumps(onto.context(), indent=2))
        return
    graph = onto.ontology() if what == "ontology" else onto.shapes()
    if FORMATS[fmt].quads:
        fmt = "turtle" if fmt == "trig" else "nt"
    click.echo(graph.serialize(format=fmt))
