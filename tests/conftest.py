"""One test suite, both engines.

`store` (and `store_uri`) are parametrised over the embedded FalkorDB store and a real Neo4j.
Neo4j is the one in NEO4J_URI (credentials NEO4J_USER/NEO4J_PASSWORD or NEO4J_AUTH), else a
Community 5.26 server that tests/neo4j/server.py builds from Maven Central and starts for the
session. A Neo4j that cannot be reached or started is an error, never a skip.

KG_TEST_ENGINES=embedded (or =neo4j) narrows a local run to one engine; CI runs both.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ENGINES = [e.strip() for e in os.environ.get("KG_TEST_ENGINES", "embedded,neo4j").split(",") if e.strip()]

sys.path.insert(0, str(ROOT / "tests" / "neo4j"))
import server as neo4j_server  # noqa: E402  (tests/neo4j/server.py; not named neo4j: that is the driver)


@pytest.fixture(scope="session")
def g():
    """The gazetteer, loaded once for the session (the gazetteer tests share it)."""
    from kg.gazetteer import load_gazetteer

    return load_gazetteer()


def meetings_of(text: str, lang: str, published: str) -> list[set[str]]:
    """The participants' names of each meeting kg extracts from a text."""
    return [{p["name"] for p in f["participants"]} for f in facts_of(text, lang, published) if f["type"] == "meeting"]


def holder(g, office: str, code: str, day: str) -> str | None:
    """The name of whoever held `office` in the country with ISO code `code` on `day`, if anyone."""
    country = g.country(code)
    assert country is not None, code
    person = g.holder(office, country.id, day)
    return person.name if person else None


def gazetteer_file(name: str):
    """The records of one gazetteer data file (kg/data/gazetteer/NAME), as written."""
    import yaml

    from kg.gazetteer import DATA_DIR

    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def names_in_other_person_files(name: str) -> set[str]:
    """The names (folded) of the people recorded in every person file but NAME: a person lives in one file."""
    from kg.gazetteer import DATA_DIR, normalize

    return {
        normalize(r["name"])
        for path in DATA_DIR.glob("persons*.yaml")
        if path.name != name
        for r in gazetteer_file(path.name) or []
    }


def one(g, name: str, type_: str = "Person"):
    """The one entity of a type a name resolves to (the test fails if it is none or several)."""
    found = g.lookup(name, [type_])
    assert len(found) == 1, f"{name!r} -> {[e.name for e in found]}"
    return found[0]


def facts_of(text: str, lang: str, published: str) -> list[dict]:
    """The facts kg extracts from a text published on a day, as JSON objects."""
    from kg.extract import extract_text
    from kg.model import Source

    return [f.to_json() for f in extract_text(text, Source.make(text=text, published=published, lang=lang), lang)]


def shared_path(*parts: str) -> Path:
    """A file in ../shared; skipped with a reason where it is absent, but never in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing; CI must have ../shared beside the checkout")
        pytest.skip(f"{path} is not here (../shared holds third-party data, present in CI)")
    return path


@pytest.fixture(scope="session")
def neo4j_connection() -> Iterator[neo4j_server.Connection]:
    """The Neo4j the tests use; its credentials are put in the environment kg reads."""
    with neo4j_server.neo4j_for_tests() as conn, pytest.MonkeyPatch.context() as mp:
        for name in ("NEO4J_AUTH", "NEO4J_USERNAME", "NEO4J_DATABASE"):
            mp.delenv(name, raising=False)
        mp.setenv("NEO4J_USER", conn.user or "neo4j")
        mp.setenv("NEO4J_PASSWORD", conn.password or "")
        yield conn


def _fresh_uri(request: pytest.FixtureRequest, engine: str, tmp_path: Path) -> str:
    if engine == "embedded":
        return str(tmp_path / "store")
    conn = request.getfixturevalue("neo4j_connection")
    from kg.store import open_store

    with open_store(conn.uri) as store:
        store.reset()
    return conn.uri


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that use `engine` (or `store`, `store_uri`) run once per engine."""
    if "engine" in metafunc.fixturenames:
        marks = {m.name for m in metafunc.definition.iter_markers()}
        engines = [
            e
            for e in ENGINES
            if not (e == "neo4j" and "embedded_only" in marks) and not (e == "embedded" and "neo4j_only" in marks)
        ]
        metafunc.parametrize("engine", engines)


@pytest.fixture
def store_uri(request: pytest.FixtureRequest, engine: str, tmp_path: Path) -> str:
    """The URI of an empty store of the engine under test."""
    return _fresh_uri(request, engine, tmp_path)


@pytest.fixture
def store(store_uri: str) -> Iterator[object]:
    """An open, empty store of the engine under test."""
    from kg.store import open_store

    with open_store(store_uri) as s:
        yield s


@pytest.fixture
def examples() -> Path:
    return ROOT / "examples"
