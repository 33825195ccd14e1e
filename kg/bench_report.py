"""Runs the benchmark sections of kg.bench in budget order and prints the report as it goes."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from kg import bench_nlp as nlp


def _say(text: str = "") -> None:
    print(text, flush=True)


def _kb(kb: float) -> str:
    return f"{kb / 1024:,.0f} MB"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:,.1f}×" if b else "n/a"


def run_all(args, budget) -> int:
    """Run every section, print the report, write ``args.json`` if given; give the exit code."""
    from kg.bench import cold_start, memory, rdf_at_scale, scaling, view_frame
    from kg.bench_corpus import sentence_texts, write_copies
    from kg.resources import sample_corpus

    out: dict = {"budget_s": budget.seconds}
    corpus = sample_corpus()
    scales = [int(s) for s in args.scale.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        texts = sentence_texts([corpus])
        texts_file = work / "texts.txt"
        texts_file.write_text("\n".join(t.replace("\n", " ") for t in texts), encoding="utf-8")
        chars = sum(map(len, texts))
        _say(f"kg benchmark — sample corpus: {len(list(corpus.iterdir()))} files, {chars:,} characters of sentence text "
             f"({sum(f.stat().st_size for f in corpus.iterdir()):,} bytes of files); budget {budget.seconds:.0f}s")

        _say("\n[3] cold start: spawn → ready pipeline, fresh processes (median of interleaved rounds)")
        c = out["cold_start"] = cold_start(args.rounds)
        _say(f"  kg Extractor() ready      {c['kg']:7.2f} s   jieba Tokenizer().initialize() {c['jieba']:6.2f} s   ratio {c['ratio']:.1f}×")
        _say(f"    interpreter + kg.bench  {c['interpreter']:7.2f} s")
        for label, seconds in c["timers"].items():
            _say(f"    {label:<34}{seconds:7.2f} s")
        _say(f"    ({c['add_word_calls']:,} add_word calls: lexicon forms + gazetteer names)")

        _say("\n[2] peak memory (peak RSS, /proc VmHWM), fresh processes")
        m = out["memory"] = memory(corpus, texts_file, work)
        _say(f"  full build ×1 {_kb(m['build_kb'])}   jieba lcut {_kb(m['jieba_kb'])}   ratio {m['ratio']:.1f}×")

        from kg.extract import Extractor

        t = time.perf_counter()
        base = Extractor()
        init = time.perf_counter() - t
        first = nlp.full_build(base, [corpus])
        out["warm"] = {"init": init, "first": first}
        _say(f"\n[1] throughput, in process (Extractor() {init:.1f}s here; first build {first['total']:.1f}s incl. lazy loads)")
        tp = out["throughput"] = nlp.throughput(base, [corpus], texts, args.rounds)
        n = tp["chars"]
        _say(f"  full build → Turtle  {n / tp['build_min']:>10,.0f} chars/s  ({tp['build_min']:.2f} s, {first['quads']:,} quads)")
        _say(f"  jieba lcut           {n / tp['lcut_min']:>10,.0f} chars/s  ({tp['lcut_min']:.2f} s)   build/lcut   {tp['ratio_lcut']:5.1f}× slower")
        _say(f"  jieba posseg         {n / tp['posseg_min']:>10,.0f} chars/s  ({tp['posseg_min']:.2f} s)   build/posseg {tp['ratio_posseg']:5.1f}× slower")
        d = tp["rounds"][0]["detail"]
        same = all((r["detail"]["quads"], r["detail"]["mentions"]) == (first["quads"], first["mentions"]) for r in tp["rounds"])
        _say(f"  reused pipeline gives the same build as a new Extractor: {'yes' if same else 'NO (see fresh())'}")
        _say(f"  build split: extract {d['extract']:.2f} s, quads {d['quads_time']:.2f} s, Turtle {d['turtle_time']:.2f} s")

        _say("\n[4a] where the time goes: one ×1 build, each stage timed directly (wall seconds)")
        st = out["stages"] = nlp.stage_times(base, [corpus])
        for label, seconds in sorted(st["stages"].items(), key=lambda kv: -kv[1]):
            _say(f"  {label:<52}{seconds:7.2f} s  {100 * seconds / st['total']:5.1f}%")
        _say(f"  {'total':<52}{st['total']:7.2f} s")
        if args.cprofile:
            p = out["profile"] = nlp.profile(base, [corpus])
            _say("  cProfile (cumulative; the profiler inflates per-token Python work several times):")
            for label, seconds in p["stages"]:
                _say(f"    {label:<52}{seconds:7.2f} s  {100 * seconds / p['total']:5.1f}%")
            _say("    top functions by own time:")
            for seconds, name in p["top_own"][:8]:
                _say(f"      {seconds:6.2f} s  {name}")

        copies = args.parallel_copies
        if budget.left() > 330:
            files = write_copies(corpus, work / "parallel", copies)
            par = out["parallel"] = nlp.parallel(base, files)
            _say(f"\n[4c] two forked workers on ×{copies} ({par['files']} files, {par['chars']:,} chars, no merge step): "
                 f"serial {par['serial']:.1f} s, 2 workers {par['parallel']:.1f} s (workers {', '.join(f'{w:.1f}' for w in par['worker_times'])} s) "
                 f"→ speedup {_ratio(par['serial'], par['parallel'])}")
        else:
            _say(f"\n[4c] two workers skipped: {budget.left():.0f}s left")

        _say(f"\n[4] scaling on distinct copies (fresh process each: init + build → Turtle; ×1 in one process, larger with --jobs {args.jobs})")
        rows = out["scaling"] = scaling(corpus, scales, {1: m["x1"]}, budget, reserve=170, work=work, jobs=args.jobs)
        for r in rows:
            tag = (f"extrapolated from ×{r['from_scale']}" if r.get("extrapolated")
                   else f"{r['reports']} reports, {r['quads']:,} quads, init {r['init']:.1f}s, jobs {r['detail'].get('jobs', 1)}")
            _say(f"  ×{r['scale']:<4} {r['chars']:>12,.0f} chars  {r['seconds']:8.1f} s  {r['chars'] / r['seconds']:>9,.0f} chars/s  "
                 f"peak {_kb(r['maxrss_kb'])}  ({tag})")

        _say("\n[6] view: first interactive frame in headless Chromium (kg.browser.measure_first_frame)")
        if budget.left() > 200:
            try:
                v = out["view"] = view_frame(work)
            except Exception as e:  # no chromium on this machine: say so instead of failing the benchmark
                v = out["view"] = {"available": False, "error": f"{type(e).__name__}: {e}"}
            if v.get("available"):
                big, small = v["times"][v["nodes"]], v["times"][v["baseline_nodes"]]
                _say(f"  {v['nodes']:,} nodes: first frame {big['first_frame']:.2f} s (page built in {big['render_html']:.1f} s, "
                     f"{big['bytes'] / 1e6:.1f} MB)   {v['baseline_nodes']} nodes: {small['first_frame']:.2f} s   "
                     f"ratio {_ratio(big['first_frame'], small['first_frame'])}")
            else:
                _say(f"  not measured: {v.get('error', 'not measured')}")
        else:
            _say(f"  skipped: {budget.left():.0f}s left")

        _say(f"\n[5] RDF at scale: rdflib vs pyoxigraph ({budget.left():.0f}s left)")
        from kg.rdf.build import quads as build_quads  # noqa: F401  (quads come from the warm build)
        from kg.rdf.export import serialize

        x = nlp.fresh(base)
        x.add_files([corpus])
        base_nt = serialize(build_quads(x.finish()), "nt").decode("utf-8")
        r5 = out["rdf"] = rdf_at_scale(base_nt, args.triples, [int(s) for s in args.rdflib_sizes.split(",")], budget, work)
        _say(f"  graph: sample triples replicated to {r5['triples']:,} ({r5['replicate_s']:.1f}s); queries from {r5['query_source']}")
        for row in r5["rows"]:
            _print_rdf_row(row)

    out["total_s"] = budget.elapsed()
    _say(f"\ntotal run time {out['total_s']:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


def _print_rdf_row(row: dict) -> None:
    ox = row["oxigraph"]
    rl = row["rdflib"]
    steps = {s.get("name", s["step"]): s for s in (rl or {}).get("steps", [])}
    _say(f"  {row['triples']:,} triples (Turtle {ox['turtle_bytes'] / 1e6:.0f} MB):")

    def line(label: str, ox_s: float, key: str) -> None:
        got = steps.get(key)
        if got:
            _say(f"    {label:<24} oxigraph {ox_s:8.2f} s   rdflib {got['seconds']:8.2f} s   rdflib/oxigraph {_ratio(got['seconds'], ox_s)}")
        else:
            est = row.get("rdflib_estimate", {}).get(key)
            if est is not None:
                _say(f"    {label:<24} oxigraph {ox_s:8.2f} s   rdflib ~{est:7.1f} s   rdflib/oxigraph ~{_ratio(est, ox_s)} (extrapolated, not run)")
            else:
                _say(f"    {label:<24} oxigraph {ox_s:8.2f} s   rdflib {row.get('rdflib_skipped', 'not reached in budget' if rl else 'not run')}")

    _say(f"    {'load N-Triples':<24} oxigraph {ox['load_nt']:8.2f} s")
    line("Turtle serialise", ox["serialize"], "serialize")
    line("Turtle parse", ox["parse"], "parse")
    for name, (seconds, count) in ox["queries"].items():
        line(f"query {name}", seconds, name)
        got = steps.get(name)
        if got and got["rows"] != count:
            _say(f"      rows differ: oxigraph {count}, rdflib {got['rows']}")
    if row.get("rdflib_skipped"):
        _say(f"    rdflib not run at this size: {row['rdflib_skipped']} (python -m kg.bench --budget 1500 runs it)")
    if "done" in steps:
        _say(f"    rdflib child peak memory {_kb(steps['done']['maxrss_kb'])}")
