"""A real Neo4j Community 5.26 server for kg's tests, run from Maven Central jars.

No Docker, no Neo4j install: ``pom.xml`` next to this file pulls Neo4j
Community (``org.neo4j:neo4j``, which brings the Bolt connector and native
auth) from Maven Central, and ``src/main/java/kg/testneo4j/Launcher.java``
starts it with the embedded API: Bolt on 127.0.0.1 at a free port, HTTP off,
authentication ON for user ``neo4j`` with a password chosen here.

Needs: Java 17+ (``java`` on PATH or ``$JAVA_HOME``), Maven (``mvn``) for the
one-off build, Python standard library and the ``neo4j`` driver.

Python use::

    import sys, pathlib
    sys.path.insert(0, str(pathlib.Path("tests/neo4j").resolve()))
    import server as neo4j_server          # don't name it "neo4j": that's the driver

    with neo4j_server.Neo4jServer() as srv:  # builds once if needed, then starts
        with srv.driver() as driver:         # == GraphDatabase.driver(srv.uri, auth=(srv.user, srv.password))
            driver.execute_query("CREATE (:T {id: 1})")

    # or: srv = Neo4jServer(); srv.start(); ...; srv.stop()

Every server gets a fresh temporary home/data directory, removed by ``stop()``.
``start()`` returns only when the Python driver has logged in; on any failure
it raises ``RuntimeError`` with the tail of the server's log.

Command line (from the repository root)::

    python tests/neo4j/server.py build      # just build (mvn -q -B package), if out of date
    python tests/neo4j/server.py run        # start, print NEO4J_URI=... lines, run until Ctrl-C/SIGTERM
    python tests/neo4j/server.py selftest   # start, query, check auth, stop; prints timings

Using another Neo4j instead
---------------------------
Tests should use an already running Neo4j when ``NEO4J_URI`` is set (see
``external_from_env()`` and ``neo4j_for_tests()``)::

    NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=secret pytest

``NEO4J_AUTH=neo4j/secret`` (user/password, as the official Docker image takes
it) may stand in for NEO4J_USER/NEO4J_PASSWORD; ``NEO4J_AUTH=none`` means no
auth. With Docker, the same server is::

    docker run -p7687:7687 -e NEO4J_AUTH=neo4j/secret neo4j:5.26-community

Details: the JVM gets ``-Xms256m -Xmx1g`` and the page cache 512 MiB (a 2-core,
24 GB machine runs several at once). The password reaches the JVM only through
the environment variable ``KG_TEST_NEO4J_PASSWORD``, never its command line.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
POM = HERE / "pom.xml"
SRC = HERE / "src"
TARGET = HERE / "target"
CLASSES = TARGET / "classes"
LIB = TARGET / "lib"
STAMP = TARGET / ".kg-build-ok"
LAUNCHER_CLASS = "kg.testneo4j.Launcher"

PASSWORD_ENV = "KG_TEST_NEO4J_PASSWORD"  # noqa: S105 - the name of a variable, not a password
DEFAULT_USER = "neo4j"
DEFAULT_STARTUP_TIMEOUT = 120.0

JVM_OPTIONS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    # Neo4j's page cache and Netty want these on Java 17 (without them: slower fallbacks + warnings).
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dlog4j2.disable.jmx=true",
]

_READY_RE = re.compile(r"^READY bolt://127\.0\.0\.1:(\d+)\s*$", re.MULTILINE)
_ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


# --------------------------------------------------------------------------- build


def _sources() -> list[Path]:
    return [POM, *sorted(SRC.rglob("*.java"))]


def is_built() -> bool:
    """True when target/ holds a classpath at least as new as pom.xml and the Java sources."""
    if not (STAMP.is_file() and LIB.is_dir() and (CLASSES / "kg" / "testneo4j" / "Launcher.class").is_file()):
        return False
    if not any(LIB.glob("neo4j-*.jar")):
        return False
    stamp = STAMP.stat().st_mtime
    return all(p.stat().st_mtime <= stamp for p in _sources())


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """Serialise builds between processes (e.g. pytest-xdist workers)."""
    TARGET.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no locking
        yield
        return
    with open(TARGET / ".build.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build(force: bool = False) -> None:
    """Build the launcher and its classpath with Maven, unless already up to date.

    Idempotent and fast (a few stat calls) when nothing changed. Raises
    RuntimeError with Maven's output if the build fails.
    """
    if not force and is_built():
        return
    with _build_lock():
        if not force and is_built():  # another process built it while we waited
            return
        mvn = shutil.which("mvn")
        if mvn is None:
            raise RuntimeError("Maven ('mvn') not found on PATH; it is needed once to build " + str(HERE))
        # Start from an empty lib/ so a changed Neo4j version never leaves old jars on the classpath.
        shutil.rmtree(LIB, ignore_errors=True)
        with contextlib.suppress(FileNotFoundError):
            STAMP.unlink()
        started = time.monotonic()
        proc = subprocess.run(
            [mvn, "-q", "-B", "-Dstyle.color=never", "-f", str(POM), "package"],
            cwd=HERE,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        output = _ANSI_RE.sub("", proc.stdout or "").strip()
        if proc.returncode != 0:
            raise RuntimeError(f"Maven build of {HERE} failed (exit {proc.returncode}):\n" + _tail_text(output, 60))
        if not any(LIB.glob("neo4j-*.jar")):
            raise RuntimeError(f"Maven build of {HERE} produced no jars in {LIB}:\n" + _tail_text(output, 60))
        STAMP.write_text(f"built in {time.monotonic() - started:.1f}s\n")


def classpath() -> str:
    """The Java classpath (launcher classes + all Neo4j jars) produced by build()."""
    return os.pathsep.join([str(CLASSES), str(LIB / "*")])


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("Java 17+ ('java') not found on PATH or in $JAVA_HOME")
    return java


# --------------------------------------------------------------------------- server


def _tail_text(text: str, lines: int) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _tail_file(path: Path, lines: int = 40) -> str:
    try:
        return _tail_text(path.read_text(errors="replace"), lines)
    except OSError:
        return "(no log)"


def _port_answers(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


class Neo4jServer:
    """A throw-away Neo4j Community server with Bolt on 127.0.0.1 and auth enabled.

    Attributes (set once started): ``uri`` ("bolt://127.0.0.1:PORT"), ``user``
    ("neo4j"), ``password``, ``port``, ``home`` (temp data dir), ``log_path``,
    ``startup_seconds``.
    """

    def __init__(
        self,
        port: int | None = None,
        password: str | None = None,
        *,
        heap: str = "1g",
        page_cache: str = "512m",
        startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
        java: str | None = None,
        auto_build: bool = True,
    ) -> None:
        """port=None/0: a free port chosen by the OS when Neo4j binds it (no race).
        password=None: a random one. Neo4j requires at least 8 characters."""
        self.user: str = DEFAULT_USER
        self.password: str = password if password is not None else "kg-" + secrets.token_hex(16)
        self.port: int | None = port or None
        self.uri: str | None = None
        self.heap = heap
        self.page_cache = page_cache
        self.startup_timeout = startup_timeout
        self.java = java
        self.auto_build = auto_build
        self.home: Path | None = None
        self.log_path: Path | None = None
        self.startup_seconds: float | None = None
        self.process: subprocess.Popen | None = None
        self._tmp: Path | None = None
        self._log_fh = None

    # -- lifecycle ------------------------------------------------------------

    def start(self) -> Neo4jServer:
        if self.process is not None:
            raise RuntimeError("Neo4jServer already started")
        if self.auto_build:
            build()
        elif not is_built():
            raise RuntimeError(f"Neo4j test server is not built; run: python {HERE / 'server.py'} build")

        started = time.monotonic()
        self._tmp = Path(tempfile.mkdtemp(prefix="kg-neo4j-"))
        self.home = self._tmp / "home"
        self.log_path = self._tmp / "neo4j-stdout.log"
        self._log_fh = open(self.log_path, "wb")
        env = dict(os.environ)
        env[PASSWORD_ENV] = self.password
        cmd = [
            self.java or _java(),
            "-Xms256m",  # set explicitly, or Neo4j warns; the heap grows up to -Xmx as needed
            f"-Xmx{self.heap}",
            *JVM_OPTIONS,
            "-cp",
            classpath(),
            LAUNCHER_CLASS,
            "--home",
            str(self.home),
            "--port",
            str(self.port or 0),
            "--page-cache",
            self.page_cache,
            "--exit-on-stdin-eof",  # if this Python process dies, the server follows
        ]
        atexit.register(self.stop)
        try:
            self.process = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=self._log_fh,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self._tmp,
                start_new_session=True,  # Ctrl-C in a terminal reaches us, and we stop it cleanly
            )
            self._wait_until_ready(started + self.startup_timeout)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def _fail(self, reason: str) -> RuntimeError:
        parts = [f"Neo4j test server failed to start: {reason}"]
        if self.log_path is not None:
            parts.append(f"--- last lines of {self.log_path} ---\n{_tail_file(self.log_path, 40)}")
        if self.home is not None:
            debug_log = self.home / "logs" / "debug.log"
            if debug_log.is_file():
                parts.append(f"--- last lines of {debug_log} ---\n{_tail_file(debug_log, 25)}")
        return RuntimeError("\n".join(parts))

    def _wait_until_ready(self, deadline: float) -> None:
        import neo4j  # the driver; imported here so that `server.py build` works without it
        from neo4j.exceptions import AuthError

        assert self.process is not None and self.log_path is not None
        port: int | None = None
        last_error: BaseException | None = None
        while True:
            if self.process.poll() is not None:
                raise self._fail(f"java exited with code {self.process.returncode}")
            if time.monotonic() > deadline:
                why = f"not ready after {self.startup_timeout:.0f}s"
                if last_error is not None:
                    why += f" (last error: {type(last_error).__name__}: {last_error})"
                raise self._fail(why)
            if port is None:
                match = _READY_RE.search(self.log_path.read_text(errors="replace"))
                if match:
                    port = int(match.group(1))
            if port is not None and _port_answers(port):
                uri = f"bolt://127.0.0.1:{port}"
                try:
                    with neo4j.GraphDatabase.driver(uri, auth=(self.user, self.password)) as driver:
                        driver.verify_connectivity()
                except AuthError as exc:  # the server is up but rejects us: retrying won't help
                    raise self._fail(f"server rejected the configured credentials: {exc}") from exc
                except Exception as exc:  # not quite ready yet
                    last_error = exc
                else:
                    self.port, self.uri = port, uri
                    return
            time.sleep(0.2)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after `timeout` s) and delete its data. Idempotent."""
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)
        proc, self.process = self.process, None
        if proc is not None:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        proc.kill()
                    proc.wait(timeout=30)
            if proc.stdin is not None:
                with contextlib.suppress(OSError):
                    proc.stdin.close()
        if self._log_fh is not None:
            with contextlib.suppress(OSError):
                self._log_fh.close()
            self._log_fh = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None
        self.uri = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def driver(self, **kwargs):
        """A new neo4j driver for this server (caller closes it)."""
        import neo4j

        if self.uri is None:
            raise RuntimeError("Neo4jServer is not started")
        return neo4j.GraphDatabase.driver(self.uri, auth=(self.user, self.password), **kwargs)

    def __enter__(self) -> Neo4jServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Neo4jServer(uri={self.uri!r}, user={self.user!r}, running={self.running})"


# --------------------------------------------------------------------------- external servers


class Connection(NamedTuple):
    """Where tests should connect. user/password are None for a server without auth."""

    uri: str
    user: str | None
    password: str | None


def external_from_env(environ: dict | None = None) -> Connection | None:
    """The Neo4j named by NEO4J_URI (+ NEO4J_USER/NEO4J_PASSWORD or NEO4J_AUTH=user/password), or None.

    NEO4J_USER/NEO4J_PASSWORD win over NEO4J_AUTH; NEO4J_AUTH=none means no auth;
    the user defaults to "neo4j".
    """
    env = os.environ if environ is None else environ
    uri = env.get("NEO4J_URI", "").strip()
    if not uri:
        return None
    user: str | None = None
    password: str | None = None
    auth = env.get("NEO4J_AUTH", "")
    if auth.strip().lower() == "none":
        if "NEO4J_USER" not in env and "NEO4J_PASSWORD" not in env:
            return Connection(uri, None, None)
    elif auth:
        if "/" not in auth:
            raise RuntimeError("NEO4J_AUTH must look like user/password (or be 'none')")
        user, password = auth.split("/", 1)
    user = env.get("NEO4J_USER", user) or DEFAULT_USER
    password = env.get("NEO4J_PASSWORD", password)
    if password is None:
        raise RuntimeError("NEO4J_URI is set but neither NEO4J_PASSWORD nor NEO4J_AUTH is")
    return Connection(uri, user, password)


@contextlib.contextmanager
def neo4j_for_tests(**server_kwargs) -> Iterator[Connection]:
    """Yield a Connection: the external Neo4j from the environment if NEO4J_URI is set,
    else a fresh local Neo4jServer that is stopped afterwards."""
    external = external_from_env()
    if external is not None:
        yield external
        return
    with Neo4jServer(**server_kwargs) as srv:
        assert srv.uri is not None
        yield Connection(srv.uri, srv.user, srv.password)


# --------------------------------------------------------------------------- CLI


def _selftest() -> int:
    """Start a server, exercise it like kg would, check auth and clean shutdown."""
    import neo4j
    from neo4j.exceptions import AuthError

    t0 = time.monotonic()
    build()
    print(f"build check: {time.monotonic() - t0:.1f}s", flush=True)
    srv = Neo4jServer()
    srv.start()
    print(f"started {srv.uri} in {srv.startup_seconds:.1f}s", flush=True)
    try:
        with srv.driver() as driver:
            records, _, _ = driver.execute_query("CREATE (n:T {id: 1}) RETURN n.id AS id")
            assert records[0]["id"] == 1, records
            driver.execute_query("CREATE CONSTRAINT t_id IF NOT EXISTS FOR (n:T) REQUIRE n.id IS UNIQUE")
            records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
            assert "t_id" in records[0]["names"], records
            with contextlib.suppress(neo4j.exceptions.ConstraintError):
                driver.execute_query("CREATE (n:T {id: 1})")
                raise AssertionError("unique constraint not enforced")
        print("queries + unique constraint: ok", flush=True)
        for bad_user, bad_password in (
            (srv.user, srv.password + "-wrong"),
            (srv.user, "neo4j"),
            ("nobody", srv.password),
        ):
            with neo4j.GraphDatabase.driver(srv.uri, auth=(bad_user, bad_password)) as driver:
                try:
                    driver.verify_connectivity()
                except AuthError:
                    pass
                else:
                    raise AssertionError(f"credentials {bad_user!r}/<wrong> were accepted")
        with srv.driver() as driver:  # still accepted after failures (no lock-out)
            driver.verify_connectivity()
        print("wrong credentials -> AuthError, right ones accepted: ok", flush=True)
    finally:
        proc, port, tmp = srv.process, srv.port, srv._tmp
        t1 = time.monotonic()
        srv.stop()
        print(f"stopped in {time.monotonic() - t1:.1f}s", flush=True)
    assert proc is not None and proc.poll() is not None, "java process still running"
    assert port is not None and not _port_answers(port), f"port {port} still answers"
    assert tmp is not None and not tmp.exists(), f"{tmp} not removed"
    print(f"process exited ({proc.returncode}), port {port} free, data dir removed: ok")
    print("selftest: 1 passed, 0 failed")
    return 0


def _run(port: int | None) -> int:
    password = os.environ.get(PASSWORD_ENV) or None
    srv = Neo4jServer(port=port, password=password)

    def _terminate(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _terminate)
    try:
        srv.start()
        print(f"NEO4J_URI={srv.uri}")
        print(f"NEO4J_USER={srv.user}")
        print(f"NEO4J_PASSWORD={srv.password}")
        print(f"NEO4J_AUTH={srv.user}/{srv.password}")
        print(f"# started in {srv.startup_seconds:.1f}s; log: {srv.log_path}; Ctrl-C or SIGTERM stops it", flush=True)
        while srv.running:
            time.sleep(1)
        print(f"server exited unexpectedly; log tail:\n{_tail_file(srv.log_path, 40)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        srv.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build the classpath with Maven if out of date")
    p_build.add_argument("--force", action="store_true", help="rebuild even if up to date")
    p_run = sub.add_parser("run", help=f"start a server and wait; password from ${PASSWORD_ENV} or random")
    p_run.add_argument("--port", type=int, default=None, help="Bolt port (default: a free one)")
    sub.add_parser("selftest", help="start, query, check auth, stop")
    args = parser.parse_args(argv)

    if args.command == "build":
        t0 = time.monotonic()
        build(force=args.force)
        print(f"built: {classpath()} ({time.monotonic() - t0:.1f}s)")
        return 0
    if args.command == "run":
        return _run(args.port)
    return _selftest()


if __name__ == "__main__":
    sys.exit(main())
