"""Benchmark of the build, as ratios against baselines measured in the same run.

    python -m kg.bench                       # full report, about 10 minutes on 2 cores
    python -m kg.bench --json bench.json --scale 1,10,100 --budget 570

Sections: cold start and peak memory (fresh processes) against jieba alone;
throughput of the full build (ingest → recognise → link → relate → quads →
Turtle) against jieba ``lcut`` and ``posseg`` on the same sentence texts; a
breakdown by stage; scaling on distinct copies of the sample corpus, the
sizes that fit the time budget run and the rest extrapolated; two worker
processes against one; rdflib against pyoxigraph on a million triples; and
the view's first frame in headless Chromium. Absolute
times on shared machines are noisy: read the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from kg import bench_nlp as nlp
from kg import bench_rdf as rdf


class Budget:
    """Wall-clock budget of the whole run; steps that would not fit are extrapolated instead."""

    def __init__(self, seconds: float) -> None:
        self.start = time.perf_counter()
        self.seconds = seconds

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def left(self) -> float:
        return self.seconds - self.elapsed()


def child(kind: str, *args: str, timeout: float | None = None) -> list[dict]:
    """Run ``python -m kg.bench --child kind args`` and give the JSON lines it printed (all of them, even on timeout)."""
    cmd = [sys.executable, "-m", "kg.bench", "--child", kind, *args]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        out, err, code = done.stdout, done.stderr, done.returncode
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        err, code = "timeout", 0
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if code != 0:
        raise RuntimeError(f"bench child {kind} failed ({code}): {err[-2000:]}")
    return rows


def cold_start(rounds: int) -> dict:
    """Give spawn → ready times of kg's pipeline and of jieba alone, interleaved, with kg's breakdown."""
    kg_rows, jieba_rows = [], []
    for _ in range(rounds):
        t = time.time()
        row = child("cold-kg")[0]
        kg_rows.append({**row, "wall": row["ready"] - t})
        t = time.time()
        row = child("cold-jieba")[0]
        jieba_rows.append({**row, "wall": row["ready"] - t})
    best = min(kg_rows, key=lambda r: r["wall"])
    return {"kg": statistics.median(r["wall"] for r in kg_rows), "jieba": statistics.median(r["wall"] for r in jieba_rows),
            "ratio": statistics.median(k["wall"] / j["wall"] for k, j in zip(kg_rows, jieba_rows)),
            "interpreter": best["entry"] - (best["ready"] - best["wall"]), "timers": best["timers"],
            "words": best["words"], "add_word_calls": best["add_word_calls"], "rounds": kg_rows + jieba_rows}


def build_child(corpus: Path, n: int, work: Path, jobs: int = 1) -> dict:
    """Give the scaling row of a full build of ``n`` distinct copies of ``corpus``, run in a fresh process."""
    from kg.bench_corpus import write_copies

    folder = work / f"x{n}"
    files = write_copies(corpus, folder, n)
    t = time.perf_counter()
    row = child("build", str(folder), f"--jobs={jobs}")[0]
    wall = time.perf_counter() - t
    return {"scale": n, "files": len(files), "chars": row["chars"], "seconds": row["total"], "extract_s": row["extract"],
            "init": row["init"], "wall": wall, "quads": row["quads"], "reports": row["reports"],
            "maxrss_kb": row["maxrss_kb"], "measured": True, "detail": row}


def memory(corpus: Path, texts_file: Path, work: Path) -> dict:
    """Give the peak RSS of a full build (×1) and of the jieba baseline, each in a fresh process."""
    build = build_child(corpus, 1, work)
    jieba = child("jieba", str(texts_file))[0]
    return {"build_kb": build["maxrss_kb"], "jieba_kb": jieba["maxrss_kb"], "ratio": build["maxrss_kb"] / jieba["maxrss_kb"],
            "x1": build}


def scaling(corpus: Path, scales: list[int], done: dict[int, dict], budget: Budget, reserve: float, work: Path,
            jobs: int = 1) -> list[dict]:
    """Give time, chars/s and peak memory per scale; scales predicted not to fit the budget are extrapolated.

    ``done`` holds rows already measured (the ×1 build of the memory section).
    """
    rows: list[dict] = []
    for n in scales:
        if n in done:
            rows.append(done[n])
            continue
        measured = sorted([r for r in rows if r.get("measured")] or list(done.values()), key=lambda r: r["scale"])
        seconds, peak = _linear(measured, "seconds", n), _linear(measured, "maxrss_kb", n)
        ref = measured[-1]
        if (seconds + ref["init"]) * 1.15 > budget.left() - reserve:
            rows.append({"scale": n, "chars": ref["chars"] / ref["scale"] * n, "seconds": seconds, "maxrss_kb": peak,
                         "extrapolated": True, "from_scale": ",".join(str(r["scale"]) for r in measured[-2:])})
            continue
        rows.append(build_child(corpus, n, work, jobs))
    return rows


def _linear(rows: list[dict], key: str, n: int) -> float:
    """Give ``key`` at scale ``n``: a straight line through the two largest measured scales (proportional from one)."""
    if len(rows) == 1:
        return rows[0][key] * n / rows[0]["scale"]
    a, b = rows[-2], rows[-1]
    slope = (b[key] - a[key]) / (b["scale"] - a["scale"])
    return b[key] + slope * (n - b["scale"])


def rdf_at_scale(base_nt: str, target: int, rdflib_sizes: list[int], budget: Budget, work: Path) -> dict:
    """Give pyoxigraph timings at every size and rdflib timings at the sizes that fit the budget."""
    from kg.rdf.export import serialization_prefixes

    t = time.perf_counter()
    lines = rdf.replicated_ntriples(base_nt, target)
    replicate = time.perf_counter() - t
    queries, source = saved_or_inline(base_nt)
    (work / "queries.json").write_text(json.dumps(queries), encoding="utf-8")
    prefixes = serialization_prefixes()
    # Sizes at or past the target mean the whole graph.
    tried = sorted({s if s < target else len(lines) for s in rdflib_sizes})
    rows = []
    last_rdflib: tuple[int, float] | None = None
    for size in sorted({*tried, len(lines)}):
        ox_row, turtle = rdf.time_oxigraph(lines[:size], queries, prefixes)
        row = {"triples": size, "oxigraph": ox_row, "rdflib": None}
        rows.append(row)
        if size not in tried:
            continue
        predicted = last_rdflib[1] * size / last_rdflib[0] * 1.3 if last_rdflib else size / 1500
        if predicted > budget.left() - 15:
            row["rdflib_skipped"] = f"predicted {predicted:.0f}s, {budget.left():.0f}s left"
            continue
        path = work / f"graph-{size}.ttl"
        path.write_bytes(turtle)
        t = time.perf_counter()
        steps = child("rdflib", str(path), str(work / "queries.json"), timeout=max(budget.left() - 10, 5))
        spent = time.perf_counter() - t
        row["rdflib"] = {"steps": steps, "wall": spent, "complete": any(s["step"] == "done" for s in steps)}
        last_rdflib = (size, spent)
        path.unlink()
    _estimate_skipped(rows)
    return {"replicate_s": replicate, "triples": len(lines), "rows": rows, "queries": queries, "query_source": source}


def _estimate_skipped(rows: list[dict]) -> None:
    """Give rows rdflib skipped an estimate per step, on a line through the two largest sizes it ran."""
    ran = [(r["triples"], {s.get("name", s["step"]): s["seconds"] for s in r["rdflib"]["steps"] if "seconds" in s})
           for r in rows if r["rdflib"]]
    if len(ran) < 2:
        return
    (n1, a), (n2, b) = ran[-2], ran[-1]
    for row in rows:
        if row.get("rdflib_skipped"):
            row["rdflib_estimate"] = {k: b[k] + (b[k] - a[k]) / (n2 - n1) * (row["triples"] - n2) for k in b if k in a}


SAVED = ("awards-by-year", "program-localities", "county-projects", "evidence", "reports-by-year")


def saved_or_inline(base_nt: str) -> tuple[dict[str, str], str]:
    """Give the project's saved queries (kg/data/queries, default parameters) if all exist, else the bench's own."""
    try:
        from kg.query import saved_queries

        found = saved_queries()
        if all(name in found for name in SAVED):
            return {name: found[name].bind() for name in SAVED}, "kg/data/queries (default parameters)"
    except Exception as e:  # the query module is another developer's work in progress
        print(f"  (saved queries unusable: {e}; using the bench's own)", flush=True)
    return rdf.queries_for(base_nt), "kg.bench_rdf.QUERIES"


def view_frame(work: Path, nodes: int = 20_000, baseline_nodes: int = 200) -> dict:
    """Give the first-interactive-frame time of a ``nodes`` synthetic view against a small one, in headless Chromium."""
    import kg.view
    from kg.browser import measure_first_frame

    times = {}
    for n in (baseline_nodes, nodes):
        t = time.perf_counter()
        page = kg.view.page_html(kg.view.build_network(kg.view.synthetic_graph(n)))
        path = kg.view.write_html(page, work / f"view-{n}.html")
        render = time.perf_counter() - t
        times[n] = {"render_html": render, "first_frame": measure_first_frame(path), "bytes": len(page)}
    return {"available": True, "nodes": nodes, "baseline_nodes": baseline_nodes, "times": times}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--budget", type=float, default=570, help="seconds the whole run may take (default 570)")
    parser.add_argument("--scale", default="1,10,100", help="corpus copies to scale to, comma-separated")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds for throughput and cold start")
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the big RDF graph")
    parser.add_argument("--rdflib-sizes", default="100000,250000,1000000", help="graph sizes rdflib is tried at, budget permitting")
    parser.add_argument("--parallel-copies", type=int, default=2, help="corpus copies for the two-worker measurement")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the scaling builds above ×1 (kg build --jobs)")
    parser.add_argument("--cprofile", action="store_true", help="also run a cProfile of one build (slow; inflates Python-heavy stages)")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return run_child(args.child)
    from kg.bench_report import run_all

    return run_all(args, Budget(args.budget))


def run_child(argv: list[str]) -> int:
    kind, rest = argv[0], argv[1:]
    if kind == "cold-kg":
        row = nlp.child_cold_kg()
    elif kind == "cold-jieba":
        row = nlp.child_cold_jieba()
    elif kind == "build":
        row = nlp.child_build(rest)
    elif kind == "jieba":
        row = nlp.child_jieba(rest[0])
    elif kind == "rdflib":
        rdf.child_rdflib(rest[0], rest[1])
        return 0
    else:
        print(f"Error: unknown bench child {kind!r}", file=sys.stderr)
        return 2
    print(json.dumps(row), flush=True)
    # Skip interpreter teardown: the parent has what it needs.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
