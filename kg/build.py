"""The one entry point the CLI and tests share: paths in, graph and output files out."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import rdflib

from kg.extract import Extraction, extract
from kg.ingest import Override
from kg.rdf.build import quads as build_quads
from kg.rdf.export import FORMATS, serialize

MENTIONS_FILE = "mentions.jsonl"
SUMMARY_FILE = "summary.json"
STAGING_PREFIX = ".kg-build-"


@dataclass(frozen=True)
class Settings:
    """What a build is asked to do."""

    lexicons: tuple[Path, ...] = ()
    formats: tuple[str, ...] = ("ttl",)
    override: Override | None = None
    html: bool = True
    jobs: int = 1  # worker processes for extraction; the output is the same for any number
    progress: Callable[[int, int, Path], None] | None = None


@dataclass
class BuildResult:
    extraction: Extraction
    quads: list
    written: list[Path] = field(default_factory=list)


def run(paths: list[Path], settings: Settings = Settings()) -> BuildResult:
    """Give the extraction and quads of the reports under ``paths`` (nothing written)."""
    extraction = extract(paths, settings.lexicons, settings.override, settings.progress, settings.jobs)
    return BuildResult(extraction, build_quads(extraction))


def build_graph(paths: list[Path], settings: Settings = Settings()) -> rdflib.Dataset:
    """Give the graph of the reports under ``paths`` as an rdflib Dataset (a named graph per report)."""
    result = run(paths, settings)
    dataset = rdflib.Dataset()
    dataset.parse(data=serialize(result.quads, "nq").decode("utf-8"), format="nquads")
    return dataset


def write_outputs(result: BuildResult, out: Path, settings: Settings = Settings()) -> list[Path]:
    """Write the build's files into ``out`` atomically and give their paths.

    Everything is written into a temporary folder beside ``out`` first and
    moved into place only when complete, so a build killed half-way leaves
    the previous output as it was.
    """
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=out))
    try:
        names = []
        for fmt in settings.formats:
            name = FORMATS[fmt][0]
            (staging / name).write_bytes(serialize(result.quads, fmt))
            names.append(name)
        (staging / MENTIONS_FILE).write_text(_mentions_jsonl(result.extraction), encoding="utf-8")
        names.append(MENTIONS_FILE)
        if settings.html:
            from kg.view import render_html

            (staging / "graph.html").write_text(render_html(result.quads), encoding="utf-8")
            names.append("graph.html")
        (staging / SUMMARY_FILE).write_text(json.dumps(summary(result), ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        names.append(SUMMARY_FILE)
        for name in names:
            os.replace(staging / name, out / name)
        from kg.store import persist

        return [out / name for name in names] + [persist(result.quads, out)]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_staging(out: Path) -> None:
    """Remove staging folders that builds killed while writing left in ``out``.

    A staging folder is named for the process that made it; it is stale once
    that process is gone. Folders of builds still running are left alone.
    """
    for folder in out.glob(STAGING_PREFIX + "*"):
        pid = folder.name[len(STAGING_PREFIX):].split("-", 1)[0]
        if folder.is_dir() and not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no safe check without extra dependencies: keep the folder
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def summary(result: BuildResult) -> dict:
    """Give counts of what was built: reports, entities and relations by type, triples, failures."""
    x = result.extraction
    entities: dict[str, int] = {}
    for e in x.entities.values():
        entities[e.type] = entities.get(e.type, 0) + 1
    relations: dict[str, int] = {}
    for r in x.relations:
        relations[r.predicate] = relations.get(r.predicate, 0) + 1
    return {
        "files": x.files,
        "reports": len(x.reports),
        "entities": dict(sorted(entities.items())),
        "relations": dict(sorted(relations.items())),
        "quads": len(result.quads),
        "triples": len({(q.subject, q.predicate, q.object) for q in result.quads}),
        "failures": [str(f) for f in x.failures],
    }


def _mentions_jsonl(x: Extraction) -> str:
    lines = []
    for m in x.mentions:
        lines.append(json.dumps({
            "report": m.report, "source": m.source.replace("\\", "/").rsplit("/", 1)[-1], "sentence": m.sentence, "text": m.mention.text,
            "start": m.mention.start, "end": m.mention.end, "type": m.mention.type,
            "canonical": m.mention.canonical, "entity": m.key, "label": x.entities[m.key].label if m.key else None,
            "candidates": list(m.candidates), "method": m.mention.method, **({"target": True} if m.target else {}),
        }, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")
