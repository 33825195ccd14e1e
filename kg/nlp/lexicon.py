"""Lexicons: known names with their type, canonical label and aliases.

A lexicon is a UTF-8 TSV file. Lines starting with ``#`` and blank lines are
skipped; every other line has 2 or 3 tab-separated columns::

    type    label           aliases (optional, separated by |)
    Program 最多跑一次      “最多跑一次”改革|最多跑一次改革
    Award   中国天然氧吧
    Ignore  两个维护        四个意识|四个自信

``type`` is one of the entity types of ANNOTATION.md, or ``Ignore`` for words
that must never become entities. Later files win over earlier ones: a user
lexicon given with ``kg build --lexicon`` overrides the built-in entry with the
same label or alias.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from kg.errors import LexiconError
from kg.model import ENTITY_TYPES

LEXICON_TYPES = tuple(t for t in ENTITY_TYPES if t != "Locality") + ("Locality", "Ignore")
LEVELS = ("Province", "City", "County", "Township", "Village")


_ASCII_QUOTES = str.maketrans("“”", '""')


@dataclass(frozen=True)
class Term:
    """One lexicon entry: every surface form it lists maps to ``label`` of ``type``."""

    type: str
    label: str
    aliases: tuple[str, ...]
    origin: str  # file:line, for messages

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.label,) + self.aliases


@dataclass(frozen=True)
class Lexicon:
    """Surface form → term, after precedence is applied."""

    by_form: dict[str, Term]

    @classmethod
    def load(cls, paths: Iterable[Path]) -> "Lexicon":
        by_form: dict[str, Term] = {}
        for path in paths:
            for term in read_terms(path):
                for form in term.forms:
                    by_form[form] = term
        # Reports typed with ASCII punctuation quote names with ": “四好农村路”全国示范县 is written "四好农村路"全国示范县.
        for form, term in list(by_form.items()):
            by_form.setdefault(form.translate(_ASCII_QUOTES), term)
        return cls(by_form)

    def terms(self) -> list[Term]:
        """Give each term whose label still maps to it, in a stable order."""
        seen: dict[tuple[str, str], Term] = {}
        for term in self.by_form.values():
            seen.setdefault((term.type, term.label), term)
        return sorted(seen.values(), key=lambda t: (t.type, t.label))

    def ignored(self, text: str) -> bool:
        term = self.by_form.get(text)
        return bool(term and term.type == "Ignore")


def read_terms(path: Path) -> list[Term]:
    """Give the terms of one lexicon file; raise LexiconError naming file and line on a bad line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(f"{path}: cannot read lexicon: {e}") from e
    terms = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{path}:{number}"
        if len(cells) not in (2, 3):
            raise LexiconError(f"{where}: expected 2 or 3 tab-separated columns (type, label, aliases), found {len(cells)}")
        type_, label = cells[0], cells[1]
        if type_ not in LEXICON_TYPES:
            raise LexiconError(f"{where}: unknown type {type_!r}; use one of {', '.join(LEXICON_TYPES)}")
        if not label:
            raise LexiconError(f"{where}: empty label")
        aliases = tuple(a.strip() for a in cells[2].split("|") if a.strip()) if len(cells) == 3 else ()
        terms.append(Term(type_, label, aliases, where))
    return terms
