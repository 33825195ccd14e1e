"""Build entry point: outputs are written atomically, stale staging is cleaned, builds are reproducible."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ALL_FORMATS, seed_text
from kg.build import Settings, write_outputs

OUTPUT_FILES = ["graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "graph.nq", "mentions.jsonl"]
HIDDEN_STAGING = (".kg-build-", ".kg-store-")


def _snapshot(out: Path) -> dict[str, bytes]:
    """Give every file under ``out`` (hidden staging folders left out) with its bytes."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not p.relative_to(out).parts[0].startswith(HIDDEN_STAGING)
    }


def _kg(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *args], **kwargs)


def _lines(stream) -> queue.Queue:
    """Give a queue that receives the lines of ``stream`` as they come (None at its end)."""
    q: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in iter(stream.readline, ""):
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


def _wait_for(lines: queue.Queue, pattern: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line)
        if re.search(pattern, line):
            return line
    raise AssertionError(f"no line matching {pattern!r} within {timeout}s; saw {seen[-5:]}")


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


# --- 6. a build killed half-way leaves the previous output as it was ---

def test_build_killed_while_extracting_leaves_previous_output(sample_build, tmp_path):
    out = tmp_path / "out"
    write_outputs(sample_build, out, Settings(formats=ALL_FORMATS, html=False))
    before = _snapshot(out)
    names_before = {p.name for p in out.iterdir()}
    assert set(OUTPUT_FILES) <= set(before)
    big = tmp_path / "big"
    big.mkdir()
    first, rest = seed_text("001").split("\n", 1)
    for i in range(20):
        (big / f"copy{i:02d}.txt").write_text(f"{first} (副本{i})\n{rest}", encoding="utf-8")
    formats = [a for f in ALL_FORMATS for a in ("--format", f)]
    proc = _kg("build", str(big), "--out", str(out), "--no-html", *formats,
               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(_lines(proc.stderr), r"^\[\d+/20\] copy", timeout=300)
        time.sleep(1)  # well into the reading of the first files
        assert proc.poll() is None, "the build ended before it could be killed"
    finally:
        _kill(proc)
    assert _snapshot(out) == before
    stray = [p.name for p in out.iterdir() if p.name not in names_before and not p.name.startswith(HIDDEN_STAGING)]
    assert not stray


_SLOW_WRITER = """
import sys, time
from pathlib import Path
import kg.build as b
from kg.extract import Extraction

real = b.serialize
calls = []

def slow(quads, fmt):
    calls.append(fmt)
    if len(calls) == 2:  # one file is in staging, the next is being written
        print("writing", flush=True)
        time.sleep(300)
    return real(quads, fmt)

b.serialize = slow
b.write_outputs(b.BuildResult(Extraction(), []), Path(sys.argv[1]),
                b.Settings(formats=("ttl", "nt", "jsonld", "trig", "nq"), html=False))
"""


def test_build_killed_while_writing_leaves_previous_output_and_next_build_cleans_up(sample_build, tmp_path):
    out = tmp_path / "out"
    settings = Settings(formats=ALL_FORMATS, html=False)
    write_outputs(sample_build, out, settings)
    before = _snapshot(out)
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(_lines(proc.stdout), r"^writing$", timeout=120)
    finally:
        _kill(proc)
    # The empty graph never replaced the sample's files.
    assert _snapshot(out) == before
    leftovers = [p for p in out.iterdir() if p.name.startswith(".kg-build-")]
    assert leftovers, "expected the killed build's staging folder"
    assert all(p.name.startswith(".") for p in leftovers)
    assert (leftovers[0] / "graph.ttl").exists()  # the half-finished build, out of sight
    # The next build removes what the killed one left.
    write_outputs(sample_build, out, settings)
    assert not [p.name for p in out.iterdir() if p.name.startswith(".kg-build-")]
    # The graph files are rewritten the same (the store's own files carry timestamps).
    assert {n: (out / n).read_bytes() for n in OUTPUT_FILES} == {n: before[n] for n in OUTPUT_FILES}


def test_build_keeps_staging_of_a_build_still_running(sample_build, tmp_path):
    out = tmp_path / "out"
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        live = out / f".kg-build-{alive.pid}-busy"
        live.mkdir(parents=True)
        (live / "graph.ttl").write_bytes(b"half")
        write_outputs(sample_build, out, Settings(formats=("nt",), html=False))
        assert live.is_dir() and (live / "graph.ttl").read_bytes() == b"half"
    finally:
        _kill(alive)
    write_outputs(sample_build, out, Settings(formats=("nt",), html=False))
    assert not live.exists()


# --- 7. two builds of the same input are byte-identical ---

def test_build_is_reproducible_across_processes(output_dir, tmp_path):
    out = tmp_path / "again"
    formats = [a for f in ALL_FORMATS for a in ("--format", f)]
    env = {**os.environ, "PYTHONHASHSEED": "4242"}  # a different string hashing than this process
    proc = _kg("build", "--out", str(out), "--no-html", "-q", *formats, env=env,
               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout, stderr = proc.communicate(timeout=900)
    assert proc.returncode == 0, stderr
    different = [name for name in OUTPUT_FILES if (out / name).read_bytes() != (output_dir / name).read_bytes()]
    assert not different


@pytest.mark.parametrize("name", OUTPUT_FILES)
def test_build_output_files_are_not_empty(output_dir, name):
    assert (output_dir / name).stat().st_size > 1000
