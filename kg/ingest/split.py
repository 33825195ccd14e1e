"""Reports out of a cleaned file: furniture dropped, one piece per report."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.furniture import TAIL_START, is_furniture, strip_bullet
from kg.ingest.mapped import MappedText

# A title stands on a line of its own and names a work report or a year review.
_TITLE = re.compile(
    r"^[•·▪●]?\s*(?:【[^】]{1,20}】)?\s*[(（]?[^。！？；]{0,40}?(?:政府工作报告|工作报告|年度工作总结)[^。！？；]{0,30}$"
)
# Below this many characters of text a report is a header, not a report.
_MIN_BODY = 200


@dataclass(frozen=True)
class Piece:
    """One report's cleaned text and its title line, if it had one."""

    title: str
    text: MappedText


def split_reports(text: MappedText) -> list[Piece]:
    """Give the reports of a cleaned file, furniture removed, in file order."""
    pieces: list[Piece] = []
    title = ""
    kept: list[tuple[int, int]] = []  # (start, end) of kept lines in ``text``
    body_chars = 0
    in_tail = False

    def close() -> None:
        nonlocal kept, body_chars, title
        if body_chars:
            pieces.append(Piece(title, _join(text, kept)))
        kept, body_chars, title = [], 0, ""

    pos = 0
    for line in text.text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) <= 90 and _TITLE.match(stripped):
            if body_chars >= _MIN_BODY:
                close()
            in_tail = False
            title = title or _clean_title(stripped)
            kept.append((start, pos))
            continue
        if in_tail or TAIL_START.search(stripped):
            in_tail = True
            continue
        if is_furniture(stripped):
            continue
        kept.append((start, pos))
        body_chars += len(stripped)
    close()
    return pieces


def _clean_title(line: str) -> str:
    return strip_bullet(line).strip()


def _join(text: MappedText, spans: list[tuple[int, int]]) -> MappedText:
    """Give the kept lines as one text; the gaps between them are deleted."""
    if not spans:
        return text.slice(0, 0)
    first, last = spans[0][0], spans[-1][1]
    gaps = [(a_end, b_start) for (_, a_end), (b_start, _) in zip(spans, spans[1:]) if b_start > a_end]
    # A deleted gap becomes one newline, so sentences on either side never merge.
    edits = [(s - first, e - first, "\n") for s, e in gaps]
    return text.slice(first, last).edit(edits)
