"""Decoded text of an input file, or an InputError that says why there is none."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from kg.errors import InputError
from kg.model import SourceText

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in order when there is no BOM. GB18030 is a superset of GBK and GB2312.
_FALLBACKS = ("utf-8", "gb18030")
# A decoded text with more than this share of control or unassigned characters
# is binary that happened to decode (GB18030 accepts many byte soups).
_MAX_JUNK_SHARE = 0.02


def read_source(path: Path) -> SourceText:
    """Give the decoded text of ``path``; raise InputError naming it if it is not text."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from e
    text, encoding = decode_bytes(data, path)
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return SourceText(path=str(path), text=text, encoding=encoding)


def decode_bytes(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Give (text, encoding name) for ``data``; the BOM is dropped, newlines are kept as they are."""
    if not data:
        raise InputError(f"{path}: empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(f"{path}: has a {encoding} byte-order mark but is not valid {encoding}: {e.reason} at byte {e.start}") from e
            return _checked(text.lstrip("\ufeff"), encoding, path)
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (NUL bytes, no UTF-16 byte-order mark)")
    for encoding in _FALLBACKS:
        try:
            return _checked(data.decode(encoding), encoding, path)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not text in UTF-8, GB18030/GBK or UTF-16 (with BOM)")


def _checked(text: str, encoding: str, path: Path | str) -> tuple[str, str]:
    junk = sum(1 for ch in text if _is_junk(ch))
    if text and junk / len(text) > _MAX_JUNK_SHARE:
        raise InputError(f"{path}: binary file ({junk} control or unassigned characters after decoding as {encoding})")
    return text, encoding


def _is_junk(ch: str) -> bool:
    if ch in "\n\r\t\f\v":
        return False
    category = unicodedata.category(ch)
    return category in ("Cc", "Cn", "Co", "Cs")
