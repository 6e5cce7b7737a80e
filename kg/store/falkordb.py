"""The embedded engine: FalkorDB (falkordblite's bundled server) over a folder on disk.

The store is a folder (default ~/.local/share/kg/store) holding the data (``kg.rdb`` and
``appendonlydir/``), the server's log and two lock files. Every write is appended to the
append-only file and fsynced before the query returns (``appendfsync always``), so once a kg
command returns its data survives ``kill -9`` of every process, the server's included.

One server per store, shared by every process: the first process to open the store starts it,
later ones attach to it over its unix socket, and the last one to close it shuts it down. A lock
makes starting and stopping a critical section, so two servers never run over one folder (the
data-loss trap measured in guides/cypher-portability.md).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import QueryError, StoreError, StoreInUse
from kg.schema import Schema
from kg.store.base import Result, Store, node_map, plain, rel_map

GRAPH = "kg"
START_TIMEOUT = 30.0
COMPACT_AFTER_BYTES = 1 << 20  # at close, rewrite a query log of more than 1 MiB as a snapshot
READY_TIMEOUT = float(os.environ.get("KG_STORE_TIMEOUT", "600"))  # loading a big store takes time


def default_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "kg" / "store"


@contextlib.contextmanager
def _flock(path: Path, mode: int, timeout: float = START_TIMEOUT) -> Iterator[int]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreInUse(
                        f"The store {path.parent} is being started or stopped by another process "
                        f"for more than {timeout:.0f} s; try again, or check `ps` for a stuck kg."
                    ) from None
                time.sleep(0.05)
        yield fd
    finally:
        os.close(fd)


def no_retry() -> Any:
    """redis-py retries a failed command up to 10 times by default: seconds of back-off after a
    SHUTDOWN (whose connection always drops), and a write sent twice after a timeout. kg retries
    nothing; the server is local and a dropped connection means it stopped."""
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return Retry(NoBackoff(), 0)


def redis_client(socket: Path, timeout: float) -> Any:
    import redis

    return redis.Redis(unix_socket_path=str(socket), socket_connect_timeout=5, socket_timeout=timeout, retry=no_retry())


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    """Whether the process runs. A server that has exited but is not yet reaped (a zombie: the
    daemon's parent is init, which may reap it seconds later) counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc: trust the signal
    return stat[stat.rfind(")") + 2 :][:1] not in ("Z", "X")


class EmbeddedServer:
    """The FalkorDB server of one store folder, shared by all processes that open it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.info_file = folder / "server.json"
        self.start_lock = folder / "server.lock"
        self.clients_lock = folder / "clients.lock"
        digest = hashlib.sha1(str(folder).encode(), usedforsecurity=False).hexdigest()[:16]
        # unix socket paths are limited to ~107 bytes, so the socket lives in the temp dir
        self.socket = Path(tempfile.gettempdir()) / f"kg-{os.getuid()}-{digest}.sock"
        self._client_fd: int | None = None

    def attach(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with _flock(self.start_lock, fcntl.LOCK_EX, timeout=READY_TIMEOUT):
            pid = self._server_pid()
            if pid is None:
                pid = self._start()
            self._wait_ready(pid)
            # a shared lock per client: the last one out can take it exclusively
            fd = os.open(self.clients_lock, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(fd, fcntl.LOCK_SH)
            self._client_fd = fd

    def detach(self) -> None:
        if self._client_fd is None:
            return
        os.close(self._client_fd)
        self._client_fd = None
        with _flock(self.start_lock, fcntl.LOCK_EX, timeout=READY_TIMEOUT):
            try:
                with _flock(self.clients_lock, fcntl.LOCK_EX, timeout=0):
                    self._shutdown()
            except StoreInUse:
                pass  # other processes still use the server

    def _info(self) -> dict[str, Any]:
        try:
            return json.loads(self.info_file.read_text())
        except (OSError, ValueError):
            return {}

    def _server_pid(self) -> int | None:
        """The pid of this store's server if it is alive, whether or not it answers yet.

        A server that is alive is never doubled: while it loads a large append-only file it
        answers LOADING (or, under heavy load, slowly), and starting a second one over the same
        folder would lose data.
        """
        info = self._info()
        pid = info.get("pid")
        if not pid or info.get("socket") != str(self.socket) or not _alive(int(pid)):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            cmdline = b"redis-server"  # no /proc: trust the pid
        return int(pid) if b"redis-server" in cmdline else None

    def _wait_ready(self, pid: int) -> None:
        """Wait until the server answers PING (it may be loading its data)."""
        deadline = time.monotonic() + READY_TIMEOUT
        last = ""
        while time.monotonic() < deadline:
            if not _alive(pid):
                log = self._log_tail()
                raise StoreError(f"The embedded FalkorDB server of {self.folder} stopped while starting. Log:\n{log}")
            try:
                self._client().ping()
                return
            except Exception as exc:  # LOADING, connection refused while starting, timeouts under load
                last = str(exc)
            time.sleep(0.05)
        raise StoreInUse(
            f"The FalkorDB server of {self.folder} (pid {pid}) did not answer within {READY_TIMEOUT:.0f} s "
            f"({last}); it may still be loading a large store. Try again later, or stop it with `kill {pid}`."
        )

    def _log_tail(self) -> str:
        try:
            return (self.folder / "server.log").read_text(errors="replace")[-2000:]
        except OSError:
            return "(no log)"

    def _client(self) -> Any:
        return redis_client(self.socket, timeout=5)

    def _start(self) -> int:
        import redislite

        executable = redislite.__redis_executable__
        module = redislite.__falkordb_module__
        self.socket.unlink(missing_ok=True)
        pidfile = self.folder / "server.pid"
        pidfile.unlink(missing_ok=True)
        args = {
            "port": "0",
            "unixsocket": str(self.socket),
            "unixsocketperm": "700",
            "dir": str(self.folder),
            "dbfilename": "kg.rdb",
            "appendonly": "yes",
            "appendfsync": "always",
            "aof-use-rdb-preamble": "yes",
            "auto-aof-rewrite-min-size": "16mb",  # keep the query log short between snapshots
            "save": "",
            "daemonize": "yes",
            "pidfile": str(pidfile),
            "logfile": str(self.folder / "server.log"),
        }
        command = [executable]
        for key, value in args.items():
            command += [f"--{key}", value]
        # EFFECTS_THRESHOLD: log queries (not their effects) to the append-only file; replaying
        # effects diverged after a graph was deleted and re-created (measured with FalkorDB 4.22).
        command += ["--loadmodule", module, "EFFECTS_THRESHOLD", "4294967295"]
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            raise StoreError(f"The embedded FalkorDB server did not start within {START_TIMEOUT:.0f} s.") from exc
        if proc.returncode:
            raise StoreError(f"The embedded FalkorDB server did not start: {proc.stderr or proc.stdout}")
        deadline = time.monotonic() + START_TIMEOUT
        while not (pid := _read_pid(pidfile)):  # the server writes its pid file after forking
            if time.monotonic() > deadline:
                raise StoreError(
                    f"The embedded FalkorDB server did not start within {START_TIMEOUT:.0f} s. Log:\n{self._log_tail()}"
                )
            time.sleep(0.02)
        self.info_file.write_text(json.dumps({"pid": pid, "socket": str(self.socket)}))
        return pid

    def _shutdown(self) -> None:
        info = self._info()
        with contextlib.suppress(Exception):
            self.compact()
        with contextlib.suppress(Exception):
            self._client().shutdown(nosave=True)  # the AOF is already fsynced
        pid = info.get("pid")
        deadline = time.monotonic() + 10
        while pid and _alive(int(pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.info_file.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)

    def compact(self, at_least: int = COMPACT_AFTER_BYTES, timeout: float = 600) -> None:
        """Rewrite the append-only file as a snapshot when it has grown `at_least` bytes since the last.

        The file logs queries; replaying a long log on the next start re-runs every write (minutes
        for a million facts), while loading a snapshot takes seconds.
        """
        client = redis_client(self.socket, timeout=timeout)
        state = client.info("persistence")
        grown = int(state.get("aof_current_size", 0)) - int(state.get("aof_base_size", 0))
        if grown < at_least:
            return
        client.bgrewriteaof()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = client.info("persistence")
            if not int(state.get("aof_rewrite_in_progress", 0)) and not int(state.get("aof_rewrite_scheduled", 0)):
                return
            time.sleep(0.01)


class FalkorDBStore(Store):
    """kg's embedded default store."""

    engine = "falkordb"

    def __init__(self, folder: str | os.PathLike[str] | None = None):
        self.folder = Path(folder).expanduser().resolve() if folder else default_path()
        self.uri = f"falkordb://{self.folder}"
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreError(f"The store path {self.folder} is a file; give a folder for the embedded store.")
        self._server = EmbeddedServer(self.folder)
        self._server.attach()
        try:
            from falkordb import FalkorDB

            self._db = FalkorDB(
                unix_socket_path=str(self._server.socket),
                socket_connect_timeout=5,
                socket_timeout=READY_TIMEOUT,  # a server that stops answering is an error, not a hang
                retry=no_retry(),
            )
            self._graph = self._db.select_graph(GRAPH)
        except Exception:
            self._server.detach()
            raise

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> Result:
        try:
            res = self._graph.query(cypher, params or None)
        except Exception as exc:
            raise _query_error(exc) from exc
        columns = [c[1] if isinstance(c, (list, tuple)) else str(c) for c in (res.header or [])]
        rows = [[_value(v) for v in row] for row in (res.result_set or [])]
        stats = {
            "nodes_created": int(res.nodes_created or 0),
            "relationships_created": int(res.relationships_created or 0),
            "properties_set": int(res.properties_set or 0),
            "nodes_deleted": int(res.nodes_deleted or 0),
        }
        return Result(columns, rows, stats)

    def write(self, cypher: str, params: dict[str, Any]) -> None:
        self.query(cypher, params)

    def reset(self) -> None:
        try:
            self._graph.delete()
        except Exception as exc:
            if "empty key" not in str(exc).lower() and "invalid graph" not in str(exc).lower():
                raise StoreError(f"Could not delete the graph: {exc}") from exc
        # A snapshot now, so the log never holds a delete followed by a re-create: replaying
        # that sequence on the next start crashed the server now and then (FalkorDB#957).
        self._server.compact(at_least=1)
        self._graph = self._db.select_graph(GRAPH)
        from kg.schema import load_schema

        self.apply_schema(load_schema())  # deleting the graph dropped its indexes too

    def schema_statements(self, schema: Schema) -> list[str]:
        out = []
        for label, prop in _index_targets(schema):
            out.append(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
        for label in _unique_targets(schema):
            out.append(f"GRAPH.CONSTRAINT CREATE {GRAPH} UNIQUE NODE {label} PROPERTIES 1 id")
        return out

    def apply_schema(self, schema: Schema) -> list[str]:
        existing = self._existing_indexes()
        created = []
        for label, prop in _index_targets(schema):
            if (label, prop) in existing:
                continue
            statement = f"CREATE INDEX FOR (n:{label}) ON (n.{prop})"
            try:
                self._graph.query(statement)
                created.append(statement)
            except Exception as exc:
                if "already indexed" not in str(exc).lower():
                    raise StoreError(f"{statement}: {exc}") from exc
            self._await_indexer()
        constraints = self._existing_constraints()
        for label in _unique_targets(schema):
            if label in constraints:
                continue
            args = ["GRAPH.CONSTRAINT", "CREATE", GRAPH, "UNIQUE", "NODE", label, "PROPERTIES", "1", "id"]
            try:
                self._db.execute_command(*args)
                created.append(" ".join(args))
            except Exception as exc:
                if "already exists" not in str(exc).lower():
                    raise StoreError(f"{' '.join(args)}: {exc}") from exc
            self._await_indexer()
        return created

    def _await_indexer(self, timeout: float = 120.0) -> None:
        """Wait until every index and constraint is operational. FalkorDB builds them in a background
        thread, and a schema change queued while it is still busy can crash the server (seen once in
        a test run: SIGSEGV in `_indexer_AddTask` during GRAPH.CONSTRAINT CREATE), so one at a time."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                busy = [
                    row
                    for q in ("CALL db.indexes() YIELD status", "CALL db.constraints() YIELD status")
                    for row in self._graph.query(f"{q} RETURN status").result_set
                    if str(row[0]).upper() not in ("OPERATIONAL", "FAILED")
                ]
            except Exception:
                return  # a graph without indexes yet
            if not busy:
                return
            time.sleep(0.005)

    def _existing_indexes(self) -> set[tuple[str, str]]:
        try:
            res = self._graph.query("CALL db.indexes() YIELD label, properties RETURN label, properties")
        except Exception:
            return set()
        return {(row[0], p) for row in res.result_set for p in row[1]}

    def _existing_constraints(self) -> set[str]:
        try:
            res = self._graph.query("CALL db.constraints() YIELD type, label RETURN type, label")
        except Exception:
            return set()
        return {row[1] for row in res.result_set if str(row[0]).upper() == "UNIQUE"}

    def close(self) -> None:
        if getattr(self, "_db", None) is not None:
            with contextlib.suppress(Exception):
                self._db.connection.close()
            self._db = None
        self._server.detach()


def _index_targets(schema: Schema) -> list[tuple[str, str]]:
    out = [(label, "id") for label in schema.nodes] + [("Event", "id")]
    for label, nt in schema.nodes.items():
        out += [(label, p.name) for p in nt.properties.values() if p.index and p.name != "id"]
    return out


def _unique_targets(schema: Schema) -> list[str]:
    return list(schema.nodes)


@functools.cache
def _graph_types() -> tuple[type, type, type]:
    from falkordb import Edge, Node
    from falkordb import Path as FPath

    return Node, Edge, FPath


def _value(v: Any) -> Any:
    Node, Edge, FPath = _graph_types()  # noqa: N806 - classes
    if isinstance(v, Node):
        return node_map(v.labels or [], v.properties or {})
    if isinstance(v, Edge):
        return rel_map(v.relation, v.properties or {})
    if isinstance(v, FPath):
        return {"nodes": [_value(n) for n in v.nodes()], "relationships": [_value(e) for e in v.edges()]}
    if isinstance(v, list):
        return [_value(x) for x in v]
    if isinstance(v, dict):
        return {k: _value(x) for k, x in v.items()}
    return plain(v)


def _query_error(exc: Exception) -> Exception:
    text = str(exc)
    if "timeout" in type(exc).__name__.lower():
        return StoreError(
            f"The embedded store did not answer within {READY_TIMEOUT:.0f} s (KG_STORE_TIMEOUT): {text}. "
            "Its server may be stuck; stop every kg using the store and try again."
        )
    if isinstance(exc, (ConnectionError, OSError)) or "connection" in type(exc).__name__.lower():
        return StoreError(f"The embedded store stopped answering: {text}")
    if "Invalid input" in text or "errCtx" in text:
        return QueryError(f"The query has a syntax error: {text}")
    hint = ""
    if any(s in text.lower() for s in ("unknown function", "not supported", "unsupported")):
        hint = " (the embedded engine runs a subset of Cypher; run this query on Neo4j if it needs more)"
    return QueryError(f"The query failed: {text}{hint}")
