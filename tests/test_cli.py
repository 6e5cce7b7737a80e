"""The `kg` command: bad input with clear messages and exit codes, help texts, output formats."""

from __future__ import annotations

import csv
import io
import json
import socket
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import label_counts

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "facts" / "baku-moscow-2018-09.yaml"

GOOD = """source:
  url: https://example.org/good
facts:
  - type: meeting
    participants: [Vladimir Putin, Ilham Aliyev]
    date: 2018-09-01
    evidence: "They met."
"""


def kg(store_uri: str, *args: str, input: str | None = None) -> Any:
    runner = CliRunner()
    return runner.invoke(main, ["--store", store_uri, *args], input=input, catch_exceptions=False)


# Each case: file content (text, or bytes), the exit code, what the message must name.
BAD_FILES: dict[str, tuple[str | bytes, list[str]]] = {
    "yaml-syntax": (
        GOOD.replace("participants: [Vladimir Putin, Ilham Aliyev]", "participants: [Vladimir Putin"),
        ["bad.yaml:", "YAML syntax error"],
    ),
    "unknown-type": (
        GOOD.replace("type: meeting", "type: summit"),
        ["bad.yaml:4:", "facts[0].type", "unknown fact type 'summit'"],
    ),
    "missing-field": (
        GOOD.replace("    participants: [Vladimir Putin, Ilham Aliyev]\n", ""),
        ["bad.yaml:", "facts[0]", "needs 'participants'"],
    ),
    "bad-date": (
        GOOD.replace("date: 2018-09-01", "date: 2018-02-30"),
        ["bad.yaml:6:", "facts[0].date", "is not a date"],
    ),
    "not-a-date": (
        GOOD.replace("date: 2018-09-01", "date: last week"),
        ["bad.yaml:6:", "facts[0].date", "is not a date"],
    ),
    "negative-count": (
        GOOD.replace("type: meeting", "type: agreement_signing")
        .replace("participants:", "parties:")
        .replace("    date:", "    count: -3\n    date:"),
        ["bad.yaml:6:", "facts[0].count", "below the minimum"],
    ),
    "not-utf8": (GOOD.replace("They met.", "Treffen in Baku \xe4").encode("latin-1"), ["bad.yaml:", "not UTF-8"]),
    "empty": ("", ["bad.yaml", "empty"]),
    "unknown-entity": (
        GOOD.replace("Ilham Aliyev", "Ilham Aliyevv"),
        ["bad.yaml:5:", "facts[0].participants", "did you mean"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_reported_and_good_files_still_load(store_uri: str, tmp_path: Path, case: str) -> None:
    content, expected = BAD_FILES[case]
    folder = tmp_path / "in"
    folder.mkdir()
    bad = folder / "bad.yaml"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")

    # the bad file alone: exit 2, nothing stored
    alone = kg(store_uri, "ingest", str(bad))
    assert alone.exit_code == 2, alone.output
    error_lines = [line for line in alone.stderr.splitlines() if line.startswith("Error:")]
    assert len(error_lines) == 1, alone.stderr
    for fragment in expected:
        assert fragment in error_lines[0], error_lines[0]
    stats = json.loads(kg(store_uri, "stats").stdout)[0]
    assert stats["facts"] == 0 and stats["events"] == 0

    # with a good file beside it: exit 1 (partial), the good file is stored
    both = kg(store_uri, "ingest", str(folder))
    assert both.exit_code == 1, both.output
    assert "1 of 2 files stored" in both.stdout
    stats = json.loads(kg(store_uri, "stats").stdout)[0]
    assert stats["facts"] == 1 and stats["events"] == 1


def test_bad_file_leaves_existing_data_unchanged(store: Any, store_uri: str, tmp_path: Path) -> None:
    assert kg(store_uri, "ingest", str(EXAMPLE)).exit_code == 0
    before = label_counts(store)
    bad = tmp_path / "bad.yaml"
    # the first fact is fine, the second is not: the file is one unit, so nothing of it stays
    bad.write_text(
        GOOD + "  - type: meeting\n    participants: [Vladimir Putin]\n    date: 2019-01-01\n", encoding="utf-8"
    )
    result = kg(store_uri, "ingest", str(bad))
    assert result.exit_code == 2
    assert "facts[1].participants" in result.stderr
    assert label_counts(store) == before


def test_query_syntax_error(store_uri: str) -> None:
    result = kg(store_uri, "query", "MATCH (n RETURN n")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: The query has a syntax error")
    assert "Traceback" not in result.output


def test_query_parameters_and_formats(store_uri: str) -> None:
    assert kg(store_uri, "ingest", str(EXAMPLE)).exit_code == 0
    cypher = "MATCH (c:Country {iso3: $code}) RETURN c.name AS name, c.iso2 AS iso2"
    as_json = kg(store_uri, "query", cypher, "-p", "code=AZE")
    assert as_json.exit_code == 0
    assert json.loads(as_json.stdout) == [{"name": "Azerbaijan", "iso2": "AZ"}]
    as_csv = kg(store_uri, "query", cypher, "-p", "code=AZE", "--csv")
    assert list(csv.reader(io.StringIO(as_csv.stdout))) == [["name", "iso2"], ["Azerbaijan", "AZ"]]
    as_table = kg(store_uri, "query", cypher, "-p", "code=AZE", "--table")
    lines = as_table.stdout.splitlines()
    assert lines[0].split() == ["name", "iso2"] and lines[2].split() == ["Azerbaijan", "AZ"]
    # a JSON value: a list parameter
    listed = kg(
        store_uri,
        "query",
        "MATCH (c:Country) WHERE c.iso3 IN $codes RETURN c.iso3 AS c ORDER BY c",
        "-p",
        'codes=["RUS","AZE"]',
    )
    assert [r["c"] for r in json.loads(listed.stdout)] == ["AZE", "RUS"]
    bad = kg(store_uri, "query", cypher, "-p", "nonsense")
    assert bad.exit_code == 2


def test_reset_needs_yes(store: Any, store_uri: str) -> None:
    assert kg(store_uri, "ingest", str(EXAMPLE)).exit_code == 0
    refused = kg(store_uri, "reset")
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert label_counts(store)["nodes"]
    assert kg(store_uri, "reset", "--yes").exit_code == 0
    assert label_counts(store)["nodes"] == {}


def test_schema_shows_engine_statements(store_uri: str, engine: str) -> None:
    result = kg(store_uri, "schema")
    assert result.exit_code == 0
    if engine == "neo4j":
        assert "CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;" in result.stdout
    else:
        assert "GRAPH.CONSTRAINT CREATE kg UNIQUE NODE Meeting PROPERTIES 1 id;" in result.stdout
    assert kg(store_uri, "schema", "--apply").exit_code == 0
    again = kg(store_uri, "schema", "--apply")  # idempotent: nothing left to create
    assert again.exit_code == 0 and again.stdout.startswith("0 constraints and indexes created")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_neo4j() -> None:
    result = CliRunner().invoke(main, ["--store", f"bolt://127.0.0.1:{_free_port()}", "stats"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Cannot reach Neo4j at bolt://127.0.0.1:")
    assert "Traceback" not in result.output


def test_wrong_neo4j_credentials(neo4j_connection: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "certainly-not-the-password")
    result = CliRunner().invoke(main, ["--store", neo4j_connection.uri, "stats"])
    assert result.exit_code == 1
    assert "refused user" in result.stderr and "NEO4J_PASSWORD" in result.stderr
    assert "certainly-not-the-password" not in result.output


def test_credentials_in_uri_are_refused() -> None:
    result = CliRunner().invoke(main, ["--store", "bolt://neo4j:secret@127.0.0.1:7687", "stats"])
    assert result.exit_code == 1
    assert "environment" in result.stderr and "secret" not in result.stderr


def _commands(group: click.Group) -> list[tuple[str, click.Command]]:
    return [(name, group.commands[name]) for name in sorted(group.commands)]


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_with_an_example_and_readme_entry(name: str) -> None:
    command = main.commands[name]
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout, f"`kg {name} --help` has no example"
    assert "Exit codes" in result.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"kg {name}" in readme, f"README.md does not mention `kg {name}`"
    assert command.help
