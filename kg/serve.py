"""Serve a build's store read-only over HTTP with the Oxigraph server (SPARQL endpoint and a query page at /)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

from kg.errors import KgError


def oxigraph_binary() -> str:
    """Give the path of the ``oxigraph`` server program (from the PyPI package ``oxigraph``)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgError("the oxigraph server is not installed; pip install oxigraph")
    return found


def command(out_dir: Path, host: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """Give the command line that serves the store of ``out_dir`` (making the store from the graph file if needed)."""
    from kg.store import ensure_persisted

    location = ensure_persisted(Path(out_dir))
    return [oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
            "--union-default-graph"]


def address(host: str, port: int) -> str:
    """Give the URL of the query page."""
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/"


def serve(out_dir: Path, host: str = "127.0.0.1", port: int = 7878) -> int:
    """Give the exit status of the Oxigraph server run in the foreground on the store of ``out_dir``; Ctrl-C stops it."""
    process = subprocess.Popen(command(out_dir, host, port))
    previous = signal.signal(signal.SIGTERM, _interrupt)  # a plain `kill` stops the server too
    try:
        return process.wait()
    except KeyboardInterrupt:
        # The terminal sent SIGINT to the server as well; make sure it ends.
        stop(process, timeout=10)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


def stop(process: subprocess.Popen, timeout: float = 20) -> None:
    """Ask a server process to end, and kill it if it has not within ``timeout`` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _interrupt(signum, frame):
    raise KeyboardInterrupt
