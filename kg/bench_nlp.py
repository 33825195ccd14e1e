"""Benchmark measurements of the build itself: throughput, profile, cold start, memory, scaling, workers.

Each ``child_*`` function runs inside a fresh ``python -m kg.bench --child …``
process and gives a dict the parent reads as one JSON line.
"""

from __future__ import annotations

import cProfile
import copy
import importlib
import inspect
import multiprocessing
import pstats
import resource
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the cold-start child must import kg itself, under its timers
    from kg.extract import Extractor

# ---------------------------------------------------------------------------- build


def fresh(base: Extractor) -> Extractor:
    """Give an extractor sharing ``base``'s pipeline and gazetteer but with empty build state.

    Mirrors the state lines of ``Extractor.__init__``; ``check_fresh`` in the
    report compares a run on it with a run on a new Extractor.
    """
    from kg.extract import Extraction
    from kg.link import Linker

    x = copy.copy(base)
    x.linker = Linker(base.gazetteer)
    x._relations, x._roles, x.result = {}, {}, Extraction()
    return x


def full_build(extractor: Extractor, paths: list[Path], jobs: int = 1) -> dict:
    """Run ingest → recognise → link → relate → quads → Turtle and give stage times and sizes."""
    from kg.parallel import add_files_parallel
    from kg.rdf.build import quads as build_quads
    from kg.rdf.export import serialize

    t0 = time.perf_counter()
    if jobs > 1:
        add_files_parallel(extractor, paths, None, None, jobs)
    else:
        extractor.add_files(paths)
    extraction = extractor.finish()
    t1 = time.perf_counter()
    quads = build_quads(extraction)
    t2 = time.perf_counter()
    turtle = serialize(quads, "ttl")
    t3 = time.perf_counter()
    chars = sum(len(s.text) for r in extraction.reports for s in r.sentences)
    return {"total": t3 - t0, "extract": t1 - t0, "quads_time": t2 - t1, "turtle_time": t3 - t2, "chars": chars,
            "reports": len(extraction.reports), "quads": len(quads), "turtle_bytes": len(turtle),
            "mentions": len(extraction.mentions), "relations": len(extraction.relations)}


def jieba_lcut(texts: list[str]) -> float:
    """Give the seconds a private, initialised jieba.Tokenizer takes to lcut ``texts``."""
    import jieba

    tk = jieba.Tokenizer()
    tk.initialize()
    t = time.perf_counter()
    for text in texts:
        tk.lcut(text)
    return time.perf_counter() - t


def jieba_posseg(texts: list[str]) -> float:
    """Give the seconds jieba.posseg over a private tokenizer takes to tag ``texts``."""
    import jieba
    import jieba.posseg

    tk = jieba.Tokenizer()
    tk.initialize()
    tagger = jieba.posseg.POSTokenizer(tk)
    t = time.perf_counter()
    for text in texts:
        list(tagger.cut(text))
    return time.perf_counter() - t


def throughput(base: Extractor, paths: list[Path], texts: list[str], rounds: int) -> dict:
    """Give interleaved timings of the full build, jieba lcut and posseg on the same texts."""
    rows = []
    for _ in range(rounds):
        lcut = jieba_lcut(texts)
        posseg = jieba_posseg(texts)
        build = full_build(fresh(base), paths)
        rows.append({"lcut": lcut, "posseg": posseg, "build": build["total"], "detail": build})
    ratio_lcut = statistics.median(r["build"] / r["lcut"] for r in rows)
    ratio_posseg = statistics.median(r["build"] / r["posseg"] for r in rows)
    return {"rounds": rows, "chars": rows[0]["detail"]["chars"], "ratio_lcut": ratio_lcut, "ratio_posseg": ratio_posseg,
            "build_min": min(r["build"] for r in rows), "lcut_min": min(r["lcut"] for r in rows),
            "posseg_min": min(r["posseg"] for r in rows)}


# ---------------------------------------------------------------------------- profile

# Stage label → "module:qualname" of a Python function, or "file.pyx:name" of a Cython one.
# Cumulative times: indented stages are part of the stage above them.
PROFILE_STAGES = (
    ("ingest (read, clean, split, sentences)", "kg.ingest:read_reports"),
    ("tokenizer: jieba posseg cut", "jieba.posseg:POSTokenizer.cut"),
    ("  of which posseg HMM viterbi (unknown-word runs)", "jieba.posseg.viterbi:viterbi"),
    ("  of which jieba DAG (dictionary)", "jieba:Tokenizer.get_DAG"),
    ("tokenizer: spaCy Doc creation", "spacy/tokens/doc.pyx:__init__"),
    ("kg_lexicon (PhraseMatcher + gazetteer tokens)", "kg.nlp.pipeline:LexiconMatcher.__call__"),
    ("kg_patterns (all finders)", "kg.nlp.pipeline:PatternFinder.__call__"),
    ("  find_projects", "kg.nlp.patterns:find_projects"),
    ("  find_places", "kg.nlp.patterns:find_places"),
    ("  find_localities", "kg.nlp.patterns:find_localities"),
    ("  find_organizations", "kg.nlp.patterns:find_organizations"),
    ("  find_awards", "kg.nlp.patterns:find_awards"),
    ("  find_people + find_programs", "kg.nlp.patterns:find_people kg.nlp.patterns:find_programs"),
    ("  iterating Doc tokens (Token objects, all stages)", "spacy/tokens/doc.pyx:__iter__"),
    ("kg_select (overlaps, canonical names, spans)", "kg.nlp.pipeline:MentionSelector.__call__"),
    ("link: home locality", "kg.link:Linker.home_of"),
    ("link: mentions", "kg.link:Linker.link"),
    ("relate: relations_of", "kg.relate:relations_of"),
    ("relate: partOf edges", "kg.extract:Extractor._part_of"),
    ("relate: evidence merge (_add)", "kg.extract:Extractor._add"),
    ("finish (merge, sort relations)", "kg.extract:Extractor.finish"),
    ("RDF quads", "kg.rdf.build:quads"),
    ("Turtle serialisation", "kg.rdf.export:serialize"),
)


def profile(base: Extractor, paths: list[Path]) -> dict:
    """Give the cProfile breakdown of one full build by stage, and the top functions by own time."""
    x = fresh(base)
    prof = cProfile.Profile()
    prof.enable()
    full_build(x, paths)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = pstats.Stats(prof).total_tt
    stages = [(label, sum(_cumulative(stats, t) for t in targets.split())) for label, targets in PROFILE_STAGES]
    top = sorted(((v[2], f"{Path(k[0]).name}:{k[1]}({k[2]})") for k, v in stats.items()), reverse=True)[:12]
    return {"total": total, "stages": stages, "top_own": top}


def _cumulative(stats: dict, target: str) -> float:
    """Give the cumulative seconds of ``target`` in cProfile ``stats`` (0 if it never ran)."""
    where, name = target.split(":")
    if where.endswith(".pyx"):
        return max((v[3] for (f, _, n), v in stats.items() if f.replace("\\", "/").endswith(where) and n == name), default=0.0)
    obj = importlib.import_module(where)
    for part in name.split("."):
        obj = getattr(obj, part)
    code = inspect.unwrap(obj).__code__
    for (f, line, n), v in stats.items():
        if f == code.co_filename and line == code.co_firstlineno and n == code.co_name:
            return v[3]
    return 0.0


class _TimedPipe:
    """Stands in for the spaCy Language in an Extractor: runs the same tokenizer and components, timing each."""

    def __init__(self, nlp, timers: dict[str, float]) -> None:
        self.nlp, self.timers = nlp, timers

    def pipe(self, texts):
        timers, tokenizer = self.timers, self.nlp.tokenizer
        for text in texts:
            t = time.perf_counter()
            words = list(tokenizer.segmenter.cut(text, HMM=True))
            t1 = time.perf_counter()
            [tokenizer.tag(w) for w in words]
            t2 = time.perf_counter()
            doc = self.nlp.make_doc(text)
            t3 = time.perf_counter()
            timers["jieba cut"] += t1 - t
            timers["POS tags from the dictionary"] += t2 - t1
            timers["spaCy Doc creation (tokenizer minus cut and tags)"] += max(t3 - t2 - (t2 - t), 0.0)
            for name, proc in self.nlp.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                timers[f"component {name}"] = timers.get(f"component {name}", 0.0) + time.perf_counter() - t
            yield doc


def stage_times(base: Extractor, paths: list[Path]) -> dict:
    """Give wall seconds per stage of one full build, timed directly (no profiler overhead).

    The tokenizer is timed as jieba's cut and the tag lookup alone, then whole;
    Doc creation is the difference, so cut and tags run twice and count once.
    """
    import kg.extract
    import kg.rdf.build
    import kg.rdf.export

    timers = {"jieba cut": 0.0, "POS tags from the dictionary": 0.0, "spaCy Doc creation (tokenizer minus cut and tags)": 0.0}
    x = fresh(base)
    x.nlp = _TimedPipe(base.nlp, timers)
    patched = [(kg.extract, "read_reports", "ingest (read, clean, split, sentences)"),
               (kg.extract, "relations_of", "relate: relations_of"),
               (type(x.linker), "link", "link: mentions"), (type(x.linker), "home_of", "link: home locality"),
               (kg.extract.Extractor, "_part_of", "relate: partOf edges"), (kg.extract.Extractor, "finish", "finish (merge, sort)"),
               (kg.rdf.build, "quads", "RDF quads"), (kg.rdf.export, "serialize", "Turtle serialisation")]
    originals = [(owner, attr, getattr(owner, attr)) for owner, attr, _ in patched]
    counts: dict[str, int] = {}
    for owner, attr, label in patched:
        _patch(owner, attr, label, timers, counts, False)
    try:
        t = time.perf_counter()
        x.add_files(paths)
        extraction = x.finish()
        kg.rdf.export.serialize(kg.rdf.build.quads(extraction), "ttl")
        total = time.perf_counter() - t
    finally:
        for owner, attr, original in originals:
            setattr(owner, attr, original)
    # The tokenizer ran cut and tags once more than a build does; what is left besides the timed stages is glue.
    extra = timers["jieba cut"] + timers["POS tags from the dictionary"]
    timers["other (add_report glue, mention records)"] = max(total - extra - sum(timers.values()), 0.0)
    return {"total": total - extra, "stages": timers}


# ---------------------------------------------------------------------------- two workers


def parallel(base: Extractor, files: list[Path], workers: int = 2) -> dict:
    """Give the wall time of extracting ``files`` serially and in ``workers`` forked processes (no merge)."""
    t = time.perf_counter()
    serial = full_build(fresh(base), files)
    t_serial = time.perf_counter() - t
    shares: list[list[Path]] = [[] for _ in range(workers)]
    sizes = [0] * workers
    for f in sorted(files, key=lambda p: -p.stat().st_size):  # greedy balance by size
        i = sizes.index(min(sizes))
        shares[i].append(f)
        sizes[i] += f.stat().st_size
    ctx = multiprocessing.get_context("fork")
    t = time.perf_counter()
    pipes, procs = [], []
    for share in shares:
        recv, send = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_worker, args=(base, share, send))
        p.start()
        pipes.append(recv)
        procs.append(p)
    results = [r.recv() for r in pipes]
    for p in procs:
        p.join()
    t_parallel = time.perf_counter() - t
    return {"files": len(files), "chars": serial["chars"], "serial": t_serial, "parallel": t_parallel,
            "worker_times": [r["total"] for r in results], "workers": workers}


def _worker(base: Extractor, files: list[Path], send) -> None:
    send.send(full_build(fresh(base), files))
    send.close()


# ---------------------------------------------------------------------------- children


def peak_rss_kb() -> int:
    """Give this process's peak resident set in KiB.

    /proc VmHWM belongs to the current address space; ru_maxrss of a child
    started by fork + exec also counts the parent's pages from before the
    exec, which made small children look as big as the bench itself.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child_cold_kg() -> dict:
    """Give the cold start of kg in this fresh process: ready time and its breakdown."""
    t_entry = time.time()
    timers: dict[str, float] = {}
    t = time.perf_counter()
    import jieba  # noqa: F401
    import jieba.posseg  # noqa: F401
    import spacy  # noqa: F401
    timers["import spacy + jieba"] = time.perf_counter() - t
    t = time.perf_counter()
    import kg.extract
    import kg.gazetteer
    import kg.nlp.lexicon
    import kg.nlp.pipeline
    timers["import kg modules"] = time.perf_counter() - t
    patches = [
        (kg.gazetteer.Gazetteer, "load", "gazetteer load", True),
        (kg.nlp.lexicon.Lexicon, "load", "lexicon load", True),
        (kg.extract, "segmenter_words", "segmenter words (short forms)", False),
        (spacy, "blank", "spacy.blank('zh')", False),
        (jieba.Tokenizer, "initialize", "jieba dictionary init", False),
        (jieba.Tokenizer, "add_word", "jieba add_word", False),
        (jieba.posseg.POSTokenizer, "__init__", "posseg init (reads dict.txt tags)", False),
        (kg.nlp.pipeline.LexiconMatcher, "initialize", "PhraseMatcher patterns", False),
        (kg.extract.Linker, "__init__", "linker", False),
    ]
    counts: dict[str, int] = {}
    for owner, attr, label, is_classmethod in patches:
        _patch(owner, attr, label, timers, counts, is_classmethod)
    t = time.perf_counter()
    x = kg.extract.Extractor()
    timers["Extractor() total"] = time.perf_counter() - t
    words = len(x.nlp.tokenizer.segmenter.user_word_tag_tab)
    return {"ready": time.time(), "entry": t_entry, "timers": timers, "add_word_calls": counts.get("jieba add_word", 0),
            "words": words, "maxrss_kb": peak_rss_kb()}


def _patch(owner, attr: str, label: str, timers: dict, counts: dict, is_classmethod: bool) -> None:
    original = getattr(owner, attr)

    def timed(*args, **kwargs):
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            timers[label] = timers.get(label, 0.0) + time.perf_counter() - t
            counts[label] = counts.get(label, 0) + 1

    setattr(owner, attr, staticmethod(timed) if is_classmethod else timed)


def child_cold_jieba() -> dict:
    import jieba

    t = time.perf_counter()
    jieba.Tokenizer().initialize()
    return {"ready": time.time(), "init": time.perf_counter() - t}


def child_build(paths: list[str]) -> dict:
    """Give init + full build times, sizes and peak memory of a build of ``paths`` in this process.

    ``--jobs=N`` among the paths runs extraction in N workers (peak memory is then the parent's only).
    """
    from kg.extract import Extractor

    jobs = next((int(p.split("=", 1)[1]) for p in paths if p.startswith("--jobs=")), 1)
    paths = [p for p in paths if not p.startswith("--jobs=")]
    t = time.perf_counter()
    x = Extractor()
    init = time.perf_counter() - t
    result = full_build(x, [Path(p) for p in paths], jobs)
    result["jobs"] = jobs
    result["init"] = init
    result["maxrss_kb"] = peak_rss_kb()
    return result


def child_jieba(texts_file: str) -> dict:
    """Give lcut time and peak memory of the jieba baseline over the texts in ``texts_file`` (one per line)."""
    texts = Path(texts_file).read_text(encoding="utf-8").split("\n")
    seconds = jieba_lcut(texts)
    return {"lcut": seconds, "chars": sum(map(len, texts)), "maxrss_kb": peak_rss_kb()}
