"""Text that remembers, for every character, its offset in the original file.

Cleaning deletes markup and furniture and decodes entities; evidence must
still point into the file the user has. Every edit therefore goes through
``MappedText.sub``, which carries the offset map along.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable


@dataclass(frozen=True)
class MappedText:
    """A string and the original offset of each of its characters (one extra entry for the end)."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "MappedText":
        return cls(text, tuple(range(len(text) + 1)))

    def origin(self, index: int) -> int:
        """Give the original offset of position ``index`` (``len(text)`` maps to the end)."""
        return self.offsets[index]

    def origin_end(self, index: int) -> int:
        """Give the original end offset for a span ending (exclusive) at ``index``."""
        if index == 0:
            return self.offsets[0]
        return self.offsets[index - 1] + 1

    def slice(self, start: int, end: int) -> "MappedText":
        return MappedText(self.text[start:end], self.offsets[start:end] + (self.origin_end(end),))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str] | str) -> "MappedText":
        """Give a copy with each match replaced; replacement characters map to the match start."""
        return self.edit(
            (m.start(), m.end(), repl if isinstance(repl, str) else repl(m)) for m in pattern.finditer(self.text)
        )

    def unwrap(self, pattern: re.Pattern[str], group: int = 1) -> "MappedText":
        """Give a copy where each match is reduced to its ``group``, which keeps its own offsets."""
        return self.edit(
            edit
            for m in pattern.finditer(self.text)
            for edit in ((m.start(), m.start(group), ""), (m.end(group), m.end(), ""))
        )

    def delete(self, spans: Iterable[tuple[int, int]]) -> "MappedText":
        return self.edit((s, e, "") for s, e in spans)

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> "MappedText":
        """Give a copy with non-overlapping ``(start, end, replacement)`` edits applied."""
        pieces: list[str] = []
        offsets: list[int] = []
        pos = 0
        for start, end, replacement in edits:
            if start < pos:
                continue
            pieces.append(self.text[pos:start])
            offsets.extend(self.offsets[pos:start])
            pieces.append(replacement)
            offsets.extend([self.offsets[start]] * len(replacement))
            pos = end
        if pos == 0 and not pieces:
            return self
        pieces.append(self.text[pos:])
        offsets.extend(self.offsets[pos:])
        return MappedText("".join(pieces), tuple(offsets))
