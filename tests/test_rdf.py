"""RDF export, validation, import and SPARQL on both engines (issue 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import ingest
from kg.rdf import FORMATS
from kg.rdf.export import Focus, export
from kg.rdf.importer import import_file
from kg.rdf.sparql import file_graph, run
from kg.rdf.validate import check, read_rdf
from kg.rdf.vocab import RDF_TYPE, vocabulary
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "facts" / "baku-moscow-2018-09.yaml"
QUERIES = ROOT / "examples" / "queries"


def dataset(path: Path, fmt: str):
    import warnings

    from rdflib import Dataset

    ds = Dataset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # inside rdflib's parsers
        ds.parse(path, format=fmt)
    return ds


def triples(path: Path, fmt: str):
    return read_rdf(path, fmt)


def named_graphs(path: Path, fmt: str) -> dict[str, object]:
    import warnings

    from rdflib import Graph

    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # inside rdflib's Dataset
        for g in dataset(path, fmt).graphs():
            copy = Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


@pytest.fixture
def loaded(store):
    report = ingest(store, [EXAMPLE])
    assert report.exit_code == 0, report.files
    return store


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_round_trip_is_isomorphic(loaded, tmp_path, fmt):
    """store -> RDF -> fresh store -> RDF gives the same graph, for every registered format."""
    from rdflib.compare import isomorphic

    first = tmp_path / f"first{FORMATS[fmt].suffix}"
    second = tmp_path / f"second{FORMATS[fmt].suffix}"
    written = export(loaded, fmt, first)
    assert written.statements > 300
    loaded.reset()
    assert loaded.query("MATCH (n) RETURN count(n)").rows[0][0] == 0
    result = import_file(loaded, first)
    assert result.nodes > 20 and result.relationships > 40
    export(loaded, fmt, second)
    a, b = triples(first, fmt), triples(second, fmt)
    assert len(a) == len(b) > 300
    assert isomorphic(a, b)
    if FORMATS[fmt].quads:
        ga, gb = named_graphs(first, fmt), named_graphs(second, fmt)
        assert ga.keys() == gb.keys() and len(ga) >= 2  # the default graph and one per article
        assert all(isomorphic(ga[k], gb[k]) for k in ga)


def test_every_format_has_a_parser_case():
    """A format added to the registry must be readable by both parsers the tests use."""
    import pyoxigraph

    for fmt in FORMATS.values():
        assert getattr(pyoxigraph.RdfFormat, fmt.oxigraph)
        from rdflib.plugin import Parser, get

        assert get(fmt.name, Parser)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_second_parser_reads_every_file(loaded, tmp_path, fmt):
    import pyoxigraph

    path = tmp_path / f"out{FORMATS[fmt].suffix}"
    export(loaded, fmt, path)
    with path.open("rb") as fh:
        parsed = {q.triple for q in pyoxigraph.parse(fh, format=getattr(pyoxigraph.RdfFormat, FORMATS[fmt].oxigraph))}
    assert len(parsed) == len(triples(path, fmt))


def test_example_export_conforms_and_carries_provenance(loaded, tmp_path):
    path = tmp_path / "kg.ttl"
    export(loaded, "turtle", path)
    graph = read_rdf(path)
    report = check(graph)
    assert report.conforms, report.text()
    columns, rows = run(graph, (QUERIES / "evidence.rq").read_text())
    claims = loaded.query("MATCH (c:Claim) RETURN count(c)").rows[0][0]
    assert len(rows) == claims == 10
    sameas = run(graph, "SELECT ?e WHERE { ?e owl:sameAs wd:Q227 ; kg:iso3 'AZE' ; kg:cameoCode 'AZE' }")[1]
    assert len(sameas) == 1


def test_iris_do_not_depend_on_load_order(tmp_path, engine, store_uri):
    doc = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    doc["facts"] = list(reversed(doc["facts"]))
    reordered = tmp_path / EXAMPLE.name  # same file name: the source records its path
    reordered.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    outputs = []
    for path in (EXAMPLE, reordered):
        with open_store(store_uri) as store:
            store.reset()
            assert ingest(store, [path]).exit_code == 0
            out = tmp_path / f"{len(outputs)}.nt"
            export(store, "nt", out)
            outputs.append(out)

    def subjects(p: Path) -> set[str]:
        return {line.split(" ", 1)[0] for line in p.read_text(encoding="utf-8").splitlines()}

    assert subjects(outputs[0]) == subjects(outputs[1])
    a, b = (set(p.read_text(encoding="utf-8").splitlines()) for p in outputs)
    kg_path = "<https://w3id.org/kg/ontology#path>"
    assert {x for x in a if kg_path not in x} == {x for x in b if kg_path not in x}


def _cypher_rows(store, cypher, params=None):
    return sorted(tuple(r) for r in store.query(cypher, params or {}).rows)


def _sparql_rows(graph, name):
    return sorted(tuple(r) for r in run(graph, (QUERIES / name).read_text())[1])


def test_sparql_answers_as_cypher_does(loaded, tmp_path):
    path = tmp_path / "kg.nt"
    export(loaded, "nt", path)
    graph = file_graph(path)
    met = _cypher_rows(
        loaded,
        "MATCH (m:Meeting)-[:PARTICIPANT]->(a:Person), (m)-[:PARTICIPANT]->(b:Person) WHERE a.name < b.name "
        "OPTIONAL MATCH (m)-[:HELD_IN]->(p) RETURN m.date, a.name, b.name, p.name",
    )
    assert met and _sparql_rows(graph, "meetings.rq") == met
    signed = _cypher_rows(
        loaded,
        "MATCH (x:Country {iso3: 'AZE'})<-[:PARTY]-(e:AgreementSigning {date: '2018-09-01'})"
        "-[:PARTY]->(y:Country {iso3: 'RUS'}) "
        "MATCH (c:Claim)-[:ABOUT]->(e) RETURN e.date, c.count",
    )
    assert signed == [("2018-09-01", 10)] == _sparql_rows(graph, "agreements.rq")
    arms = _cypher_rows(
        loaded,
        "MATCH (:Country {iso3: 'RUS'})<-[:SUPPLIER]-(e:ArmsTransfer)-[:RECIPIENT]->(:Country {iso3: 'AZE'}) "
        "MATCH (c:Claim)-[:ABOUT]->(e) RETURN e.period, c.amount, c.currency, c.qualifier",
    )
    assert arms and _sparql_rows(graph, "arms.rq") == arms
    evidence = _cypher_rows(
        loaded,
        "MATCH (c:Claim)-[:ABOUT]->(e:Event), (c)-[:REPORTED_IN]->(a:Article) "
        "RETURN e.type, e.id, c.text, a.url, c.modality",
    )
    assert len(evidence) == 10 and _sparql_rows(graph, "evidence.rq") == evidence


def test_focus_exports_a_dyad_in_a_window(loaded, tmp_path):
    path = tmp_path / "dyad.nt"
    export(loaded, "nt", path, focus=Focus(dyad=("Azerbaijan", "Armenia")))
    graph = read_rdf(path)
    assert check(graph).conforms
    types = {str(r[0]) for r in run(graph, "SELECT ?t WHERE { ?e kg:factType ?t }")[1]}
    assert types == {"conflict"}
    export(loaded, "nt", path, focus=Focus(entity="AZE", since="2018-01", until="2018-06"))
    periods = {r[0] for r in run(read_rdf(path), "SELECT ?p WHERE { ?e kg:period ?p }")[1]}
    assert periods == {"2018-H1"}


def test_small_pages_give_the_same_graph(loaded, tmp_path):
    """Paging is exact: pages of one node (mixed-case ids such as Q7747 and person:...) give the
    same statements, none twice, as one page per label."""
    whole, paged = tmp_path / "whole.nt", tmp_path / "paged.nt"
    export(loaded, "nt", whole)
    export(loaded, "nt", paged, page=1)
    lines = paged.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) > 300
    assert sorted(lines) == sorted(whole.read_text(encoding="utf-8").splitlines())
    persons = loaded.query("MATCH (n:Person) RETURN count(n)").rows[0][0]
    person = "<" + vocabulary().classes["Person"] + ">"
    assert persons >= 2 and sum(line.endswith(f"> <{RDF_TYPE}> {person} .") for line in lines) == persons


def test_json_ld_uses_kg_typed_context(loaded, tmp_path):
    """The json-ld export compacts with kg's published context: typed terms from the schema."""
    import json

    from kg.rdf.ontology import context

    terms = context()["@context"]
    assert terms["confidence"] == {"@id": "kg:confidence", "@type": "xsd:double"}
    assert terms["about"] == {"@id": "kg:about", "@type": "@id"}
    assert terms["alternateName"]["@container"] == "@set"
    assert all(terms[label] == "kg:" + label for label in ("Country", "Claim", "Meeting", "Article"))
    assert terms["oa:start"]["@type"] == "xsd:integer"  # local name shared with kg:start: prefixed
    path = tmp_path / "kg.jsonld"
    export(loaded, "json-ld", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"] == terms
    nodes = doc["@graph"]
    claims = [n for n in nodes if n.get("@type") == "Claim"]
    assert claims and all(isinstance(c["confidence"], (int, float, str)) for c in claims)
    assert all(isinstance(c["about"], str) for c in claims)


def test_cli_export_validate_import_sparql(loaded, store_uri, tmp_path):
    runner = CliRunner()
    out = tmp_path / "kg.trig"
    res = runner.invoke(main, ["--store", store_uri, "export", "--format", "trig", "-o", str(out)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["validate", str(out)])
    assert res.exit_code == 0 and "conforms" in res.output
    res = runner.invoke(main, ["sparql", str(QUERIES / "agreements.rq"), "--file", str(out), "--csv"])
    assert res.exit_code == 0 and res.output.splitlines() == ["date,count", "2018-09-01,10"]
    loaded.reset()
    res = runner.invoke(main, ["--store", store_uri, "import", str(out)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["--store", store_uri, "sparql", str(QUERIES / "arms.rq"), "--json"])
    assert res.exit_code == 0 and '"currency": "USD"' in res.output


# -- bad input -------------------------------------------------------------------------------------


def _count(store) -> int:
    return store.query("MATCH (n) RETURN count(n)").rows[0][0]


def test_syntax_error_names_the_line(store, store_uri, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/kg/ontology#> .\n\n<https://w3id.org/kg/id/entity/Q1> a kg:Country ;\n"
        '    kg:iso3 "XYZ\n',
        encoding="utf-8",
    )
    res = CliRunner().invoke(main, ["--store", store_uri, "import", str(bad)])
    assert res.exit_code == 2
    assert f"{bad}:4" in res.output or f"{bad}:5" in res.output, res.output
    bad_nt = tmp_path / "bad.nt"
    bad_nt.write_text("<http://a/x> <http://a/y> <http://a/z> .\n<http://a/x> <http://a/y> oops .\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(bad_nt)])
    assert res.exit_code == 2 and f"{bad_nt}:2" in res.output, res.output
    assert _count(store) == 0


def test_terms_outside_the_vocabulary_are_reported_and_nothing_is_imported(loaded, store_uri, tmp_path):
    path = tmp_path / "kg.ttl"
    export(loaded, "turtle", path)
    text = path.read_text(encoding="utf-8").replace("kg:cameoCode", "kg:cameoKode", 1)
    text = text.replace("a kg:Person", "a kg:Persona", 1)
    odd = tmp_path / "odd.ttl"
    odd.write_text(text, encoding="utf-8")
    loaded.reset()
    res = CliRunner().invoke(main, ["--store", store_uri, "import", str(odd)])
    assert res.exit_code == 2
    assert "cameoKode" in res.output and "Persona" in res.output and "Nothing was imported" in res.output
    assert _count(loaded) == 0
    res = CliRunner().invoke(main, ["validate", str(odd)])
    assert res.exit_code == 2 and "not in kg's vocabulary" in res.output


def test_not_rdf_at_all(store, store_uri, tmp_path):
    res = CliRunner().invoke(main, ["--store", store_uri, "import", str(EXAMPLE)])
    assert res.exit_code == 2 and "does not look like an RDF file" in res.output
    png = tmp_path / "picture.ttl"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    res = CliRunner().invoke(main, ["--store", store_uri, "import", str(png)])
    assert res.exit_code == 2 and "not RDF text" in res.output
    prose = tmp_path / "prose.nt"
    prose.write_text("These are notes, not triples.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(prose)])
    assert res.exit_code == 2 and f"{prose}:1" in res.output
    assert _count(store) == 0


def test_unknown_format_name(store_uri):
    res = CliRunner().invoke(main, ["--store", store_uri, "export", "--format", "n3-ish"])
    assert res.exit_code == 2 and "turtle" in res.output and "nquads" in res.output


def test_unwritable_output_path(loaded, store_uri, tmp_path):
    target = tmp_path / "missing" / "dir" / "kg.nt"
    res = CliRunner().invoke(main, ["--store", store_uri, "export", "--format", "nt", "-o", str(target)])
    assert res.exit_code == 2 and str(target) in res.output
    assert not target.parent.exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    res = CliRunner().invoke(main, ["--store", store_uri, "export", "-o", str(blocker / "kg.ttl")])
    assert res.exit_code == 2 and "cannot write" in res.output
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_ontology_and_shapes_follow_the_schema():
    from rdflib import RDF, RDFS, URIRef

    from kg.rdf.ontology import ontology, shapes
    from kg.rdf.vocab import vocabulary
    from kg.schema import load_schema

    vocab = vocabulary()
    onto = ontology()
    sh = "http://www.w3.org/ns/shacl#"
    for label, nt in load_schema().nodes.items():
        cls = URIRef(vocab.classes[label])
        langs = {lit.language for lit in onto.objects(cls, RDFS.label)}
        assert langs == set(nt.names) and {"en", "de"} <= langs
        assert {str(o) for o in onto.objects(cls, RDFS.subClassOf)} == {vocab.expand(a) for a in nt.rdf_align}
        assert (None, URIRef(sh + "targetClass"), cls) in shapes()
    assert (
        URIRef(vocab.relationships["PARTICIPANT"]),
        RDFS.subPropertyOf,
        URIRef(vocab.expand("sem:hasActor")),
    ) in onto
    assert (URIRef(vocab.relationships["HELD_IN"]), RDFS.subPropertyOf, URIRef(vocab.expand("sem:hasPlace"))) in onto
    assert len(set(onto.subjects(RDF.type, None))) > 40


@pytest.mark.parametrize("fmt", ["json-ld", "xml"])
def test_nesting_formats_stream_and_match_n_triples(loaded, tmp_path, fmt):
    """json-ld and xml are written as the quads come, never from a graph of the whole export: while
    the writer reads the stream, what it has written keeps pace with what it has read (a bounded
    window of open subjects behind). Their triples are the N-Triples export's; odd literals and a
    predicate that has no prefix in kg's vocabulary survive both parsers."""
    import io

    import pyoxigraph
    from rdflib.compare import isomorphic

    from kg.rdf.export import quads, write
    from kg.rdf.vocab import XSD, Lit

    vocab = vocabulary()
    nt = tmp_path / "kg.nt"
    export(loaded, "nt", nt)
    path = tmp_path / f"kg{FORMATS[fmt].suffix}"
    export(loaded, fmt, path, page=3)
    assert isomorphic(triples(path, fmt), triples(nt, "nt"))

    real = list(quads(loaded, vocab))
    odd = "https://example.org/other-vocabulary/1.0/note-text"
    text = 'a <b> & "c"\r\nline two\ttab – ünï'
    extra = [(vocab.iri("Country", f"X{i}"), odd, Lit(f"{text} {i}"), None) for i in range(6000)]
    extra += [(vocab.iri("Country", f"X{i}"), RDF_TYPE, vocab.classes["Country"], None) for i in range(6000)]
    extra.sort(key=lambda q: q[0])
    extra += [(vocab.iri("Country", "X1"), vocab.ns("kg") + "iso3", Lit("1", XSD + "integer"), None)]
    out = io.StringIO()
    written_at: list[int] = []  # characters written when the writer asks for each quad

    def feed():
        for q in [*real, *extra]:
            written_at.append(out.tell())
            yield q

    n = write(feed(), out, FORMATS[fmt], vocab)
    total = out.tell()
    assert n == len(set((s, p, o) for s, p, o, _ in [*real, *extra]))
    # written in many steps while reading, and most of it before the last quad was read
    assert len(set(written_at)) >= 4 and written_at == sorted(written_at)
    assert written_at[-1] > total / 2
    doc = tmp_path / f"odd{FORMATS[fmt].suffix}"
    doc.write_text(out.getvalue(), encoding="utf-8")
    with doc.open("rb") as fh:
        parsed = {q.triple for q in pyoxigraph.parse(fh, format=getattr(pyoxigraph.RdfFormat, FORMATS[fmt].oxigraph))}
    graph = triples(doc, fmt)
    assert len(parsed) == len(graph) == n
    from rdflib import Literal, URIRef

    assert (URIRef(vocab.iri("Country", "X7")), URIRef(odd), Literal(f"{text} 7")) in graph
    assert pyoxigraph.Literal(f"{text} 7") in {t.object for t in parsed}
