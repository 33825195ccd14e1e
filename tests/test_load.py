"""kg load against real servers started here on 127.0.0.1: Oxigraph (always) and Virtuoso (slow)."""

from __future__ import annotations

import contextlib
import http.server
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.load import ONTOLOGY_GRAPH, endpoint_query
from kg.query import execute, saved_queries
from kg.serve import oxigraph_binary, stop
from kg.store import open_store

WAIT = 60.0  # seconds a server may take to come up


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, log: Path | None = None) -> None:
    """Return once ``url`` answers at all; fail if the server dies or WAIT passes."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}: {log.read_text(errors='replace')[-2000:] if log else ''}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"{url} did not answer within {WAIT:g} s")


@contextlib.contextmanager
def running(command: list[str], ready_url: str, log: Path, cwd: Path | None = None):
    """Run a server until the block ends; its output goes to ``log``; ready when ``ready_url`` answers."""
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(ready_url, process, log)
        yield process
    finally:
        stop(process)


@pytest.fixture
def oxigraph(tmp_path):
    """Base URL of a read-write Oxigraph server on a free port, on a store in tmp_path."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [oxigraph_binary(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"]
    with running(command, base + "/query?query=ASK%7B%7D", tmp_path / "oxigraph.log"):
        yield base


def load(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(main, ["load", *args])


def local_rows(output_dir, text: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in execute(open_store(output_dir), text).rows]


def remote_rows(query_url: str, text: str, union: bool = True) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in endpoint_query(query_url, text, union_default_graph=union).rows]


def graph_counts(query_url: str) -> dict[str, int]:
    text = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    return {row[0].strip("<>"): int(row[1].split('"')[1]) for row in remote_rows(query_url, text, union=False)}


def test_load_saved_queries_give_the_same_rows_on_the_server(oxigraph, output_dir):
    result = load(f"{oxigraph}/store", "--graph", str(output_dir))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Loaded 15 graphs")
    for q in saved_queries().values():
        text = q.bind()
        assert remote_rows(f"{oxigraph}/query", text) == local_rows(output_dir, text), q.name
    counts = graph_counts(f"{oxigraph}/query")
    assert ONTOLOGY_GRAPH in counts and len(counts) == 15


def test_load_reloading_a_report_replaces_its_graph(oxigraph, output_dir):
    assert load(f"{oxigraph}/store", "--graph", str(output_dir), "--no-ontology").exit_code == 0
    before = graph_counts(f"{oxigraph}/query")
    report = sorted(before)[0].rsplit("/", 1)[-1]
    for mode in ("--replace", "--append", "--replace"):
        result = load(f"{oxigraph}/store", "--graph", str(output_dir), "--no-ontology", mode, "--report", report)
        assert result.exit_code == 0, result.output
        assert result.output.startswith("Loaded 1 graphs")
        assert graph_counts(f"{oxigraph}/query") == before


def test_load_unreachable_endpoint_is_one_line(output_dir):
    port = free_port()
    result = load(f"http://127.0.0.1:{port}/store", "--graph", str(output_dir))
    assert result.exit_code == 1
    assert result.output == f"Error: http://127.0.0.1:{port}/store: cannot reach the endpoint: Connection refused\n"


def test_load_needs_a_query_endpoint_it_can_derive(output_dir):
    result = load("http://127.0.0.1:1/unknown", "--graph", str(output_dir))
    assert result.exit_code == 1 and "pass --query-endpoint" in result.output


class _Refusing(http.server.BaseHTTPRequestHandler):
    """401 on /locked, 400 with a message on /picky: the answers of a strict store."""

    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path.startswith("/locked"):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.end_headers()
        else:
            body = b"<html><body><h1>Error</h1><p>Turtle parse error at line 3: unexpected token</p></body></html>"
            self.send_response(400)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture
def refusing():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_load_refused_login_and_rejected_payload_are_one_line(refusing, output_dir):
    q = f"{refusing}/query"
    result = load(f"{refusing}/locked", "--graph", str(output_dir), "--query-endpoint", q)
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "login refused (401" in result.output and "set KG_STORE_USER and KG_STORE_PASSWORD" in result.output
    result = load(f"{refusing}/locked", "--graph", str(output_dir), "--query-endpoint", q,
                  env={"KG_STORE_USER": "u", "KG_STORE_PASSWORD": "wrong"})
    assert result.exit_code == 1 and "login refused (401" in result.output
    result = load(f"{refusing}/picky", "--graph", str(output_dir), "--query-endpoint", q)
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "rejected (400 Bad Request): Turtle parse error at line 3: unexpected token" in result.output


def test_load_password_never_on_the_command_line():
    params = {p.name for p in next(c for n, c in main.commands.items() if n == "load").params}
    assert not {"user", "password"} & params


# ------------------------------------------------------------------ Virtuoso

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 60
DirsAllowed = ., {dir}
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


@pytest.fixture
def virtuoso(tmp_path):
    """Base URL of a Virtuoso server on free ports (dba:dba; Graph Store at /sparql-graph-crud-auth, Digest)."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.fail("virtuoso-t is not installed: apt-get install virtuoso-opensource (tests/run.sh does)")
    http_port, sql_port = free_port(), free_port()
    (tmp_path / "virtuoso.ini").write_text(VIRTUOSO_INI.format(dir=tmp_path, sql_port=sql_port, http_port=http_port))
    base = f"http://127.0.0.1:{http_port}"
    command = [binary, "+foreground", "+configfile", str(tmp_path / "virtuoso.ini")]
    with running(command, base + "/sparql?query=ASK%7B%7D", tmp_path / "stdout.log", cwd=tmp_path):
        yield base


def _lexical(cell: str) -> str:
    """Give a cell's lexical form: Virtuoso may give another datatype or literal form than Oxigraph."""
    if cell.startswith('"'):
        return cell[1:cell.rindex('"')]
    return cell


@pytest.mark.slow
def test_load_into_virtuoso_gives_the_same_answers(virtuoso, output_dir):
    env = {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba"}
    result = load(f"{virtuoso}/sparql-graph-crud-auth", "--graph", str(output_dir), env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Loaded 15 graphs") and f"{virtuoso}/sparql" in result.output
    for q in saved_queries().values():
        text = q.bind()
        remote = {tuple(map(_lexical, row)) for row in remote_rows(f"{virtuoso}/sparql", text, union=False)}
        local = {tuple(map(_lexical, row)) for row in local_rows(output_dir, text)}
        assert remote == local and local, q.name
    # Reloading replaces: the counts it checks match again, nothing doubled.
    result = load(f"{virtuoso}/sparql-graph-crud-auth", "--graph", str(output_dir), env=env)
    assert result.exit_code == 0, result.output
    result = load(f"{virtuoso}/sparql-graph-crud-auth", "--graph", str(output_dir),
                  env={"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "wrong"})
    assert result.exit_code == 1 and "login refused (401" in result.output
