"""Canonical names: quotes and brackets stripped, batch and year prefixes dropped."""

from __future__ import annotations

import re

_QUOTES = re.compile(r"[“”‘’\"'「」『』《》]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_AWARD_PREFIX = re.compile(
    r"^(?:再次|又|还|连续\S{1,3}年|(?:19|20)\d{2}(?:[-—～~](?:19|20)?\d{2})?年度?|首批|第[一二三四五六七八九十\d]+批|新一批|一批)+"
)
_AWARD_SUFFIX = re.compile(r"(?:称号|荣誉称号|荣誉|等)+$")


def clean_name(text: str) -> str:
    """Give ``text`` without quotes and surrounding blanks."""
    return _QUOTES.sub("", text).strip()


def award_canonical(text: str) -> str:
    """Give an award's canonical name: 首批全国乡村旅游重点村 → 全国乡村旅游重点村."""
    name = _BRACKETED.sub("", clean_name(text))
    for _ in range(3):
        name = _AWARD_PREFIX.sub("", name)
        name = _AWARD_SUFFIX.sub("", name)
    return name.strip()


def project_canonical(text: str) -> str:
    """Give a project's canonical name: 衢宁铁路(遂昌段) → 衢宁铁路; …工程项目 → …工程."""
    name = _BRACKETED.sub("", clean_name(text))
    if name.endswith("工程项目"):
        name = name[: -len("项目")]
    return name
