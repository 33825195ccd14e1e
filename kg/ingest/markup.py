"""Plain text out of HTML pages and Markdown, offsets kept."""

from __future__ import annotations

import html
import re

from kg.ingest.mapped import MappedText

_LOOKS_LIKE_HTML = re.compile(r"<(?:!doctype|html|head|body|div|p|br|span|table|script|style|h[1-6])\b", re.I)
# Whole elements whose content is never report text.
_DROPPED_ELEMENTS = re.compile(
    r"<(script|style|noscript|nav|header|footer|aside|form|select|button|iframe|svg)\b[^>]*>.*?</\1\s*>"
    r"|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<!doctype[^>]*>|<head\b[^>]*>.*?</head\s*>",
    re.I | re.S,
)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|main|title|blockquote|pre|hr)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});")

_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_STRONG = re.compile(r"\*\*|__")
_MD_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
_MD_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", re.M)


def strip_markup(text: MappedText) -> MappedText:
    """Give the text with HTML markup and Markdown emphasis removed."""
    if _LOOKS_LIKE_HTML.search(text.text[:20000]):
        text = strip_html(text)
    return strip_markdown(text)


def strip_html(text: MappedText) -> MappedText:
    text = text.sub(_DROPPED_ELEMENTS, "")
    text = text.sub(_BLOCK_TAG, "\n")
    text = text.sub(_ANY_TAG, "")
    # Entities decode to their character; &nbsp; and friends to a plain space.
    return text.sub(_ENTITY, lambda m: html.unescape(m.group(0)).replace("\xa0", " "))


def strip_markdown(text: MappedText) -> MappedText:
    text = text.unwrap(_MD_LINK)
    text = text.sub(_MD_LINE_MARK, "")
    text = text.sub(_MD_STRONG, "")
    return text.unwrap(_MD_EMPHASIS)
