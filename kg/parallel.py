"""Extraction in worker processes: one file per task, merged in file order.

Workers are forked after the pipeline is built, so they share its memory
and skip the cold start; each returns what it extracted from one file and
the parent merges the parts in file order, so the result does not depend on
which worker finished first.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Callable

from kg.extract import Extractor, Part
from kg.ingest import Override, find_inputs

# The pipeline a forked worker inherits from its parent (set just before forking).
_INHERITED: Extractor | None = None


def add_files_parallel(extractor: Extractor, paths: list[Path], override: Override | None,
                       progress: Callable[[int, int, Path], None] | None, jobs: int) -> None:
    """Add every file under ``paths`` to ``extractor`` using ``jobs`` worker processes."""
    global _INHERITED
    files, errors = find_inputs(paths)
    extractor.result.failures.extend(errors)
    if len(files) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for number, path in enumerate(files, 1):
            if progress:
                progress(number, len(files), path)
            extractor.add_file(path, override)
        return
    _INHERITED = extractor
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(files))) as pool:
            tasks = [(path, override) for path in files]
            for number, (path, part) in enumerate(zip(files, pool.imap(_work, tasks)), 1):
                if progress:
                    progress(number, len(files), path)
                extractor.merge(part)
    finally:
        _INHERITED = None


def _work(task: tuple[Path, Override | None]) -> Part:
    path, override = task
    assert _INHERITED is not None, "workers are forked from add_files_parallel"
    _INHERITED.take_part()  # start from nothing: the parent's state is not this file's
    _INHERITED.add_file(path, override)
    return _INHERITED.take_part()
