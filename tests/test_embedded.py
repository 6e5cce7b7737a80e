"""The embedded store: durable across kill -9, safe when two processes use it at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "facts" / "baku-moscow-2018-09.yaml"

WRITER = """
import sys
from kg.ingest import ingest
from kg.store import open_store
from kg.store.cypher import Batch
store = open_store(sys.argv[1])
tag, n = sys.argv[2], int(sys.argv[3])
for i in range(n):
    batch = Batch()
    batch.node("Place", f"place:{tag}-{i}", {"name": f"{tag} {i}"})
    store.write(*batch.statement())
print(store.query("MATCH (p:Place) RETURN count(p)").rows[0][0], flush=True)
if len(sys.argv) > 4:
    print("written", flush=True)
    sys.stdin.read()  # stay open until killed
store.close()
"""


def _python(*args: str, **kw: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", WRITER, *args], text=True, env=env, **kw)  # type: ignore[call-overload]


def _server_pid(folder: Path) -> int:
    return int(json.loads((folder / "server.json").read_text())["pid"])


def test_data_survives_kill_9_of_every_process(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "--store", str(folder), "ingest", str(EXAMPLE)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    # a writer that has returned from its writes, then is killed together with the server
    proc = _python(str(folder), "w", "50", "hold", stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "51"  # 50 new places and Sochi
    assert proc.stdout.readline().strip() == "written"
    server = _server_pid(folder)
    os.kill(proc.pid, signal.SIGKILL)
    os.kill(server, signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    assert proc.stdin is not None
    proc.stdin.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(server, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    with open_store(str(folder)) as store:
        assert store.query("MATCH (p:Place) RETURN count(p)").rows == [[51]]
        assert store.query("MATCH (c:Claim) RETURN count(c)").rows == [[10]]


def test_two_processes_at_once_both_work_and_lose_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    a = _python(str(folder), "a", "200", stdout=subprocess.PIPE)
    b = _python(str(folder), "b", "200", stdout=subprocess.PIPE)
    out_a, _ = a.communicate(timeout=120)
    out_b, _ = b.communicate(timeout=120)
    assert a.returncode == 0 and b.returncode == 0
    # whoever finished last saw everything
    assert max(int(out_a), int(out_b)) == 400
    with open_store(str(folder)) as store:
        assert store.query("MATCH (p:Place) RETURN count(p)").rows == [[400]]
    # the last process out stopped the one server: none is left running over the folder
    assert not (folder / "server.json").exists()


def test_one_server_per_store(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with open_store(str(folder)) as first, open_store(str(folder)) as second:
        first.write("CREATE (:Place {id: 'p1', name: 'one'})", {})
        assert second.query("MATCH (p:Place) RETURN p.name").rows == [["one"]]
        assert first._server.socket == second._server.socket  # type: ignore[attr-defined]
    with open_store(str(folder)) as again:
        assert again.query("MATCH (p:Place) RETURN count(p)").rows == [[1]]


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    import pytest

    from kg.errors import StoreError

    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(str(path))


def test_a_busy_server_is_never_doubled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A live server that does not answer (loading a big store, or stuck) gives 'store in use'."""
    import pytest

    from kg.errors import StoreInUse
    from kg.store import falkordb as embedded

    folder = tmp_path / "store"
    with open_store(str(folder)) as first:
        first.write("CREATE (:Place {id: 'p1', name: 'one'})", {})
        server = _server_pid(folder)
        os.kill(server, signal.SIGSTOP)
        try:
            monkeypatch.setattr(embedded, "READY_TIMEOUT", 1.5)
            with pytest.raises(StoreInUse, match=f"pid {server}"):
                open_store(str(folder))
            assert _server_pid(folder) == server
        finally:
            os.kill(server, signal.SIGCONT)
        assert first.query("MATCH (p:Place) RETURN count(p)").rows == [[1]]


def test_a_stuck_server_gives_an_error_not_a_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A query the server never answers fails after KG_STORE_TIMEOUT; nothing waits for ever."""
    from kg.errors import StoreError
    from kg.store import falkordb as embedded

    monkeypatch.setattr(embedded, "READY_TIMEOUT", 1.5)
    folder = tmp_path / "store"
    with open_store(str(folder)) as store:
        server = _server_pid(folder)
        os.kill(server, signal.SIGSTOP)
        started = time.monotonic()
        try:
            with pytest.raises(StoreError, match="did not answer within 2 s"):
                store.query("MATCH (n) RETURN count(n)")
        finally:
            os.kill(server, signal.SIGCONT)
        assert time.monotonic() - started < 30


def test_closing_the_last_client_stops_the_server(tmp_path: Path) -> None:
    """The last process out stops the server; its data is there on the next start."""
    from kg.store.falkordb import _alive

    folder = tmp_path / "store"
    with open_store(str(folder)) as store:
        store.write("CREATE (:Place {id: 'p1', name: 'one'})", {})
        server = _server_pid(folder)
    assert not _alive(server)
    with open_store(str(folder)) as again:
        assert again.query("MATCH (p:Place) RETURN p.name").rows == [["one"]]


def test_a_reset_leaves_no_delete_to_replay(tmp_path: Path) -> None:
    """After a reset the query log starts from a snapshot: a restart never replays a delete and re-create."""
    folder = tmp_path / "store"
    with open_store(str(folder)) as store:
        assert ingest(store, [EXAMPLE]).exit_code == 0
        store.reset()
        store.write("CREATE (:Place {id: $id, name: $name})", {"id": "place:after", "name": "After"})
        logged = b"".join(p.read_bytes() for p in (folder / "appendonlydir").glob("*.incr.aof"))
        assert b"GRAPH.DELETE" not in logged.upper()
        assert b"place:after" in logged  # the log is the live one, and it holds the later write
        os.kill(_server_pid(folder), signal.SIGKILL)  # no orderly close: the next start replays the log
    with open_store(str(folder)) as store:
        assert store.query("MATCH (p:Place) RETURN p.id").rows == [["place:after"]]
        assert store.query("MATCH (c:Claim) RETURN count(c)").rows == [[0]]
