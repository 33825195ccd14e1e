"""Benchmark inputs: the sample corpus copied N times as distinct reports, and the texts the pipeline sees."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import find_inputs, read_reports
from kg.ingest.decode import read_source


def sentence_texts(paths: list[Path]) -> list[str]:
    """Give the sentence texts the pipeline is fed for ``paths`` (the baselines segment exactly these)."""
    files, _ = find_inputs(paths)
    return [s.text for f in files for r in read_reports(f) for s in r.sentences]


def write_copies(source: Path, out: Path, copies: int) -> list[Path]:
    """Write ``copies`` copies of every file under ``source`` into ``out`` and give their paths.

    Every report of copy N ends with the line "副本 N。", so its text, and with
    it its digest and report id, differs from the same report in other copies
    (a marker only at the top of a file would change the first report alone).
    The marker goes after the report's last kept line, away from the header
    where metadata (meeting, date, speaker) is read.
    """
    files, _ = find_inputs([source])
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in files:
        text = read_source(path).text
        ends = sorted({r.end for r in read_reports(path)}, reverse=True)
        for n in range(1, copies + 1):
            marked = text
            for end in ends:
                marked = f"{marked[:end]}\n副本 {n}。\n{marked[end:]}"
            target = out / f"copy{n:04d}_{path.name}"
            target.write_text(marked, encoding="utf-8")
            written.append(target)
    return written
