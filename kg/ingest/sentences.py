"""Sentences and section headings of a report, with offsets into the source file."""

from __future__ import annotations

import re

from kg.ingest.mapped import MappedText
from kg.model import Sentence

_CN_NUM = "[一二三四五六七八九十]+"
# Top-level headings ("一、2018年主要工作回顾") and sub-headings ("（一）坚持守住底线").
_TOP = re.compile(rf"{_CN_NUM}、")
_SUB = re.compile(rf"[（(]{_CN_NUM}[)）]")
# Where a heading glued to the next sentence ends.
_HEADING_END = re.compile(r"(?:回顾|安排|任务|成就|要求|思路|目标|建议|打算|情况|成效)")
_MAX_HEADING = 40
# A colon and a space before a heading also end a sentence ("以下工作: (一)…"): in
# pages flattened to one line, that space is all that is left of a paragraph break.
_END = re.compile(rf"[。！？!?；;]+[”’」』)）]*|\n+|(?<=[:：])\s+(?=[（(]{_CN_NUM}[)）]|{_CN_NUM}、)")
# A heading followed, after a space, by the next heading: "一、产业结构持续优化 (一)农业…"
_GAP = re.compile(rf"\s+(?=[（(]{_CN_NUM}[)）]|{_CN_NUM}、)")
# "二、2019年目标任务和重点工作2019年是…": the heading ends where its year comes back.
_LEAD_YEAR = re.compile(rf"(?:{_CN_NUM}、|[（(]{_CN_NUM}[)）])\s*((?:19|20)\d{{2}}年)")
_INNER_PUNCT = re.compile(r"[，,：:。；;！？!?]")
_PLAN = re.compile(r"安排|任务|总体要求|思路|打算|建议|目标|展望|今年|明年|下一步")
_REVIEW = re.compile(r"回顾|成就|成绩|过去|总结")
_YEAR = re.compile(r"((?:19|20)\d{2})年")


def split_sentences(text: MappedText, review_year: int | None) -> tuple[Sentence, ...]:
    """Give the sentences of a report in order; headings are sentences of their own."""
    sentences: list[Sentence] = []
    section = ""
    planning = False
    for start, end in _spans(text.text):
        raw = text.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if not body:
            continue
        start += lead
        end = start + len(body)
        heading = _heading(body)
        if heading and heading != body:
            # A heading glued to its first sentence: cut it off.
            cut = start + len(heading)
            section, planning = _enter(heading, section, planning, review_year)
            sentences.append(_sentence(text, start, cut, section, planning))
            start = cut
            while start < end and text.text[start].isspace():
                start += 1
        elif heading:
            section, planning = _enter(heading, section, planning, review_year)
        sentences.append(_sentence(text, start, end, section, planning))
    return tuple(s for s in sentences if s.text.strip())


def _spans(text: str):
    pos = 0
    for m in _END.finditer(text):
        end = m.end() if text[m.start()] != "\n" else m.start()
        yield pos, end
        pos = m.end()
        # Headings often follow a full stop without a break: split before them.
    if pos < len(text):
        yield pos, len(text)


def _heading(body: str) -> str:
    """Give the heading at the start of ``body`` ('' if none)."""
    if not (_TOP.match(body) or _SUB.match(body)):
        return ""
    year = _LEAD_YEAR.match(body)
    if year:
        again = body.find(year.group(1), year.end(), _MAX_HEADING + len(year.group(1)))
        if again > 0 and not _INNER_PUNCT.search(body, 0, again):
            return body[:again]
    gap = _GAP.search(body, 0, _MAX_HEADING)
    if gap:
        return body[:gap.start()]
    if len(body) <= _MAX_HEADING:
        return body
    m = _HEADING_END.search(body, 0, _MAX_HEADING)
    return body[: m.end()] if m else ""


def _enter(heading: str, section: str, planning: bool, review_year: int | None) -> tuple[str, bool]:
    """Give the (section, planning) state after a heading."""
    if not _TOP.match(heading):
        return section, planning
    years = [int(y) for y in _YEAR.findall(heading)]
    if _REVIEW.search(heading) or (review_year and years and max(years) <= review_year):
        return heading, False
    if _PLAN.search(heading) or (review_year and years and max(years) > review_year):
        return heading, True
    return heading, planning


def _sentence(text: MappedText, start: int, end: int, section: str, planning: bool) -> Sentence:
    return Sentence(
        text=text.text[start:end],
        start=text.origin(start),
        end=text.origin_end(end),
        section=section,
        planning=planning,
    )
