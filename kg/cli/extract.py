"""extract, eval: facts from articles without a store, and scores against gold files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli import EXIT_CODES, fail_cleanly, main
from kg.errors import InputError


def article_options(fn):  # type: ignore[no-untyped-def]
    fn = click.option("--lang", type=click.Choice(["de", "en"]), help="Language of the articles (default: detected).")(
        fn
    )
    fn = click.option("--url", help="URL of the article (its source id derives from it).")(fn)
    fn = click.option("--publisher", help="Who published the articles.")(fn)
    fn = click.option(
        "--published", metavar="YYYY-MM-DD", help="Publication date (the year of partial dates comes from it)."
    )(fn)
    return fn


def overrides(published: str | None, publisher: str | None, url: str | None, lang: str | None) -> dict[str, str]:
    return {k: v for k, v in {"published": published, "publisher": publisher, "url": url, "lang": lang}.items() if v}


@main.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="One fact per line, or one JSON list.",
)
@click.option("--schema", "show_schema", is_flag=True, help="Print the JSON Schema of the output and exit.")
@article_options
def extract(
    paths: tuple[str, ...],
    fmt: str,
    show_schema: bool,
    published: str | None,
    publisher: str | None,
    url: str | None,
    lang: str | None,
) -> None:
    """Print the facts stated in articles (.txt, .md, .html, folders, '-' for stdin); no store.

    Each fact carries its evidence: the source, the sentence and its character span in the
    cleaned text, the rule that found it, modality and confidence. A file that cannot be read is
    reported on stderr and the others are still processed.

    \b
    Example:
      kg extract examples/articles --format jsonl
      curl -s https://example.org/news.html | kg extract - --published 2018-09-04
    """
    if show_schema:
        from kg.extract.jsonschema import fact_schema

        click.echo(json.dumps(fact_schema(), ensure_ascii=False, indent=2))
        return
    if not paths:
        raise click.UsageError("give at least one article, folder or '-'")
    from kg.extract import extract_article
    from loaders.article import article_paths, load_article

    ok = failed = 0
    collected = []
    for p in article_paths(list(paths)):
        try:
            facts = extract_article(load_article(p, **overrides(published, publisher, url, lang)))
        except InputError as exc:
            click.echo(f"Error: {exc}", err=True)
            failed += 1
            continue
        ok += 1
        for f in facts:
            if fmt == "jsonl":
                click.echo(json.dumps(f.to_json(), ensure_ascii=False))
            else:
                collected.append(f.to_json())
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    sys.exit(0 if not failed else 1 if ok else 2)


@main.command("eval", epilog=EXIT_CODES)
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of gold files (docs/gold-format.md).",
)
@click.option(
    "--articles",
    "articles_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of the articles (same file stem as the gold file).",
)
@click.option("--verbose", "-v", is_flag=True, help="Also list every missed and extra fact.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_cmd(gold_dir: Path, articles_dir: Path, verbose: bool, as_json: bool) -> None:
    """Precision, recall and F1 of the extractor per fact type and overall.

    A predicted fact matches a gold fact of the same type whose key arguments agree; optional
    gold facts count neither way. See docs/gold-format.md.

    \b
    Example:
      kg eval --gold examples/gold --articles examples/articles
    """
    from kg.extract.evaluate import evaluate

    errors: list[str] = []
    with fail_cleanly():
        result = evaluate(gold_dir, articles_dir, on_error=lambda e: errors.append(str(e)))
    for e in errors:
        click.echo(f"Error: {e}", err=True)
    rows = [(t, s) for t, s in sorted(result.by_type.items())] + [("overall", result.overall)]
    if as_json:
        click.echo(
            json.dumps(
                {
                    t: {
                        "tp": s.tp,
                        "fp": s.fp,
                        "fn": s.fn,
                        "precision": round(s.precision, 4),
                        "recall": round(s.recall, 4),
                        "f1": round(s.f1, 4),
                        "attribute_accuracy": round(s.attr_ok / s.attr_all, 4) if s.attr_all else None,
                    }
                    for t, s in rows
                },
                indent=2,
            )
        )
    else:
        click.echo(f"{'type':<18} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'f1':>6} {'attrs':>6}")
        for t, s in rows:
            attrs = f"{s.attr_ok / s.attr_all:.2f}" if s.attr_all else "-"
            click.echo(
                f"{t:<18} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {attrs:>6}"
            )
        if verbose:
            for line in result.misses:
                click.echo(line)
    sys.exit(1 if errors else 0)
