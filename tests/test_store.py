"""The store on both engines: answers on the example data, idempotency, atomicity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kg.ingest import ingest, label_counts, summary
from kg.store.cypher import Batch

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "facts" / "baku-moscow-2018-09.yaml"
QUERIES = ROOT / "examples" / "queries"


def example_facts(fact_type: str) -> list[dict[str, Any]]:
    """The example file's facts of one type, read with plain YAML (independent of kg's loader)."""
    doc = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    return [f for f in doc["facts"] if f["type"] == fact_type]


def run_example(store: Any, name: str, **params: Any) -> list[dict[str, Any]]:
    return store.query((QUERIES / f"{name}.cypher").read_text(encoding="utf-8"), params).records()


@pytest.fixture
def loaded(store: Any) -> Any:
    report = ingest(store, [EXAMPLE])
    assert report.exit_code == 0, report
    return store


def test_who_met_whom_where_and_when(loaded: Any) -> None:
    rows = run_example(loaded, "who-met-whom")
    meeting = example_facts("meeting")[0]
    assert [r["participant"] for r in rows] == sorted(meeting["participants"])
    assert {(r["date"], r["place"]) for r in rows} == {(str(meeting["date"]), meeting["place"])}


def test_agreements_signed_on_a_day(loaded: Any) -> None:
    signing = example_facts("agreement_signing")[0]
    rows = run_example(loaded, "agreements", a="AZE", b="RUS", date=str(signing["date"]))
    assert [(r["date"], r["agreements"]) for r in rows] == [(str(signing["date"]), signing["count"])]
    assert rows[0]["evidence"] == signing["evidence"]
    # the wrong day or the wrong pair finds nothing
    assert run_example(loaded, "agreements", a="AZE", b="RUS", date="2018-09-02") == []
    assert run_example(loaded, "agreements", a="AZE", b="ARM", date=str(signing["date"])) == []


def test_arms_purchases_value_currency_qualifier_and_source(loaded: Any) -> None:
    deal = example_facts("arms_transfer")[0]
    rows = run_example(loaded, "arms-transfers", supplier="RUS", recipient="AZE")
    assert len(rows) == 1
    row = rows[0]
    assert row["amount"] == float(deal["amount"])
    assert row["currency"] == deal["currency"]
    assert row["qualifier"] == deal["qualifier"].replace(" ", "_")
    assert row["speaker"] == deal["speaker"]
    assert row["evidence"] == deal["evidence"]
    assert row["source"] == yaml.safe_load(EXAMPLE.read_text())["source"]["url"]
    # direction matters: Azerbaijan sold nothing to Russia
    assert run_example(loaded, "arms-transfers", supplier="AZE", recipient="RUS") == []


def test_every_fact_has_its_sentence(loaded: Any) -> None:
    doc = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    rows = run_example(loaded, "evidence")
    assert sorted(r["evidence"] for r in rows) == sorted(f["evidence"] for f in doc["facts"])
    assert {r["source"] for r in rows} == {doc["source"]["url"]}


def test_office_holder_on_a_day(loaded: Any) -> None:
    rows = run_example(loaded, "office-holders", iso3="RUS", day="2018-09-01")
    assert [r["person"] for r in rows] == ["Vladimir Putin"]
    rows = run_example(loaded, "office-holders", iso3="RUS", day="2010-01-01")
    assert [(r["person"], r["title"]) for r in rows] == [("Vladimir Putin", "Prime Minister")]


def test_summary_counts(loaded: Any) -> None:
    doc = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    counts = summary(loaded)
    assert counts["facts"] == len(doc["facts"])
    assert counts["events"] == len(doc["facts"])  # every fact here is a different event
    assert counts["sources"] == 1
    assert counts["entities"] >= 8


def test_same_input_twice_changes_no_count(store: Any, tmp_path: Path) -> None:
    assert ingest(store, [EXAMPLE]).exit_code == 0
    first = label_counts(store)
    assert ingest(store, [EXAMPLE]).exit_code == 0
    assert label_counts(store) == first
    # the same file under another name is the same source (same url): still nothing new
    copy = tmp_path / "copy.yaml"
    copy.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    ingest(store, [copy])
    assert label_counts(store) == first


def test_one_event_two_reports(store: Any, tmp_path: Path) -> None:
    """Two sources reporting the same meeting give one Meeting with two REPORTED_IN links."""
    reports = tmp_path / "reports"
    reports.mkdir()
    for n in (1, 2):
        (reports / f"r{n}.yaml").write_text(
            f"""source: {{url: "https://example.org/report/{n}", publisher: Wire {n}}}
facts:
  - type: meeting
    participants: [Vladimir Putin, Ilham Aliyev]
    date: 2018-09-01
    evidence: "Report {n}: the presidents met."
""",
            encoding="utf-8",
        )
    assert ingest(store, [reports]).exit_code == 0
    rows = store.query("MATCH (m:Meeting)-[:REPORTED_IN]->(a:Article) RETURN m.id AS id, count(a) AS sources").records()
    assert len(rows) == 1 and rows[0]["sources"] == 2
    claims = store.query("MATCH (c:Claim)-[:ABOUT]->(:Meeting) RETURN count(c) AS n").rows[0][0]
    assert claims == 2


def test_a_statement_that_fails_half_way_leaves_nothing(store: Any) -> None:
    assert ingest(store, [EXAMPLE]).exit_code == 0
    before = label_counts(store)
    batch = Batch()
    batch.node("Country", "Q-test-1", {"name": "Testland"})
    batch.node("Person", "person:test", {"name": "Test Person"})
    batch.rel("HOLDS_OFFICE", ("Person", "person:test"), ("Country", "Q-test-1"), {"term": "x", "office": "x"})
    # a nested map is no valid property value on either engine: the Claim section fails at run time,
    # after the Country and Person sections have run
    batch.node("Claim", "claim-bad", {"modality": "asserted"})
    batch.nodes["Claim"]["claim-bad"]["nested"] = {"not": "allowed"}
    cypher, params = batch.statement()
    assert cypher.index("MERGE (n:Country") < cypher.index("MERGE (n:Claim")
    with pytest.raises(Exception):  # noqa: B017 - each engine raises its own error type
        store.write(cypher, params)
    assert label_counts(store) == before
    assert store.query("MATCH (n {id: 'Q-test-1'}) RETURN count(n)").rows == [[0]]


def test_cypher_injection_is_data(store: Any) -> None:
    """Values travel as parameters: quotes and Cypher in them are stored as text."""
    evil = "x'}) DETACH DELETE n // \" \\ ` $p {}"
    batch = Batch()
    batch.node("Country", "Q-evil", {"name": evil})
    store.write(*batch.statement())
    rows = store.query("MATCH (c:Country {name: $name}) RETURN c.id AS id", {"name": evil}).rows
    assert rows == [["Q-evil"]]


def test_bulk_write_equals_one_unit(store: Any) -> None:
    """kg.bulk.write_facts in small batches (built while the last is written) stores what one unit stores."""
    from kg.bulk import write_facts
    from loaders.factfile import read_fact_file

    facts = read_fact_file(EXAMPLE).facts
    one = Batch()
    for f in facts:
        one.fact(f)
    store.write(*one.statement())
    expected = label_counts(store)
    store.reset()
    assert write_facts(store, iter(facts), batch_size=2) == len(facts)
    assert label_counts(store) == expected
    assert write_facts(store, iter(facts), batch_size=3) == len(facts)  # again: nothing new
    assert label_counts(store) == expected
