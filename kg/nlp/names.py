"""Canonical names: quotes and brackets stripped, batch and year prefixes dropped."""

from __future__ import annotations

import re

_QUOTES = re.compile(r"[“”‘’\"'「」『』《》]")
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_AWARD_PREFIX = re.compile(
    r"^(?:再次|又|还|连续\S{1,3}年|(?:19|20)\d{2}(?:[-—～~](?:19|20)?\d{2})?年度?|首批|第[一二三四五六七八九十\d]+批|新一批|一批)+"
)
_AWARD_SUFFIX = re.compile(r"(?:称号|荣誉称号|荣誉|等|第[\d一二三四五六七八九十]+[位名]|为契机|为抓手|为载体|为目标|为重点|为引领)+$|"
                           r"(?<=[村镇乡县市区点地园馆企业位落产])(?:名单|名录|榜单)$")  # 全国乡村旅游重点村名单; a 培育名单 stays one
# "全国技术市场领域最高荣誉“金桥奖”": the quoted title after a description of it.
_DESCRIBED_TITLE = re.compile(r"^.*(?:荣誉|奖项|称号|殊荣)[“\"]([^”\"]{2,20})[”\"]$")
# Ranking words inside a title: 全省首批乡村旅游…试点 → 全省乡村旅游…试点.
_AWARD_INFIX = re.compile(r"首批|第[一二三四五六七八九十\d]+批|第[一二三四五六七八九十\d]+届|新一批")
_AWARD_LEAD = re.compile(r"^(?:获评|荣获|获得|被评为|评为|入选|入围|成为|本轮|为|建设)+|^(?:我市|我县|全市|全省|全县|全国)?(?:首个|唯一的|唯一|首家)")


def clean_name(text: str) -> str:
    """Give ``text`` without quotes and surrounding blanks."""
    return _QUOTES.sub("", text).strip()


def award_canonical(text: str) -> str:
    """Give an award's canonical name: 首批全国乡村旅游重点村 → 全国乡村旅游重点村."""
    described = _DESCRIBED_TITLE.match(text.strip())
    name = BRACKETED.sub("", clean_name(described.group(1) if described else text))
    name = _AWARD_INFIX.sub("", name)
    name = _AWARD_LEAD.sub("", _AWARD_LEAD.sub("", name))
    for _ in range(3):
        name = _AWARD_PREFIX.sub("", name)
        name = _AWARD_SUFFIX.sub("", name)
    return name.strip()


def project_canonical(text: str) -> str:
    """Give a project's canonical name: 衢宁铁路(遂昌段) → 衢宁铁路; …工程项目 → …工程."""
    name = BRACKETED.sub("", clean_name(text))
    if name.endswith("工程项目"):
        name = name[: -len("项目")]
    return name
