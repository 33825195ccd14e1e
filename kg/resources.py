"""Paths to the data that ships with the package (samples, lexicons, queries)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from kg.errors import ResourceError


def data_dir() -> Path:
    return Path(str(resources.files("kg.data")))


def sample_corpus() -> Path:
    """Give the folder of the bundled sample corpus (the five seed files)."""
    return _existing(data_dir() / "samples")


def builtin_lexicons() -> list[Path]:
    """Give the built-in lexicon files, in precedence order (later wins)."""
    folder = _existing(data_dir() / "lexicon")
    return sorted(folder.glob("*.tsv"))


def queries_dir() -> Path:
    return _existing(data_dir() / "queries")


def _existing(path: Path) -> Path:
    if not path.exists():
        raise ResourceError(f"{path}: package data missing; reinstall kg")
    return path
