"""Reading stage: files in, cleaned reports with sentences and metadata out."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import read_source
from kg.ingest.mapped import MappedText
from kg.ingest.markup import strip_markup
from kg.ingest.metadata import read_meta
from kg.ingest.sentences import split_sentences
from kg.ingest.split import split_reports
from kg.model import Report, SourceText

SIDECAR_SUFFIX = ".kg.json"


@dataclass(frozen=True)
class Override:
    """Metadata a user imposes on a report: home locality name and year under review."""

    home: str | None = None
    year: int | None = None


def find_inputs(paths: list[Path]) -> tuple[list[Path], list[InputError]]:
    """Give the files under ``paths`` (folders recursively, sorted) and errors for paths that do not exist."""
    files: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and not p.name.endswith(SIDECAR_SUFFIX) and not p.name.startswith(".")
            )
        elif path.is_file():
            files.append(path)
        else:
            errors.append(InputError(f"{path}: no such file or folder"))
    return files, errors


def read_reports(path: Path, override: Override | None = None) -> list[Report]:
    """Give the reports in the file at ``path``; raise InputError naming it if there are none."""
    source = read_source(path)
    overrides = _sidecar(path)
    reports = reports_of(source, overrides, override)
    if not reports:
        raise InputError(f"{path}: no report text found (only website furniture or too short)")
    return reports


def reports_of(
    source: SourceText, sidecar: dict[int, Override] | None = None, override: Override | None = None
) -> list[Report]:
    """Give the reports in a decoded source, in file order."""
    text = strip_markup(MappedText.of(source.text))
    reports = []
    for index, piece in enumerate(split_reports(text)):
        meta = read_meta(piece.title, piece.text.text)
        for o in ((sidecar or {}).get(index), (sidecar or {}).get(-1), override):
            if o and o.home:
                meta = replace(meta, home_name=o.home)
            if o and o.year:
                meta = replace(meta, year=o.year)
        sentences = split_sentences(piece.text, meta.year)
        digest = hashlib.sha1(piece.text.text.strip().encode("utf-8")).hexdigest()[:16]
        reports.append(
            Report(
                source=source.path,
                index=index,
                start=piece.text.origin(0),
                end=piece.text.origin_end(len(piece.text.text)),
                meta=meta,
                sentences=sentences,
                digest=digest,
            )
        )
    return reports


def _sidecar(path: Path) -> dict[int, Override]:
    """Give the overrides of ``path``'s sidecar file, by report index (-1: every report)."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        result = {-1: _override(data)} if ("home" in data or "year" in data) else {}
        for key, value in (data.get("reports") or {}).items():
            result[int(key)] = _override(value)
        return result
    except (ValueError, TypeError, AttributeError, OSError) as e:
        raise InputError(f"{sidecar}: not a valid sidecar ({e}); expected {{\"home\": \"遂昌县\", \"year\": 2019}}") from e


def _override(data: dict) -> Override:
    year = data.get("year")
    if year is not None and not (isinstance(year, int) and 1949 <= year <= 2100):
        raise ValueError(f"year must be a whole number such as 2019, not {year!r}")
    home = data.get("home")
    if home is not None and not isinstance(home, str):
        raise ValueError(f"home must be a name such as 遂昌县, not {home!r}")
    return Override(home=home, year=year)
