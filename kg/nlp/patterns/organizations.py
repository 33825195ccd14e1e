"""Organizations: named bodies by their suffix (…集团, …大学, 南马镇党委), companies by their legal name, bodies a
city or county runs (武夷山市立医院)."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.patterns.common import _is_anchor, _token_aligned, doc_text, token_ending_at, tokens_from
from kg.nlp.patterns.suffix_names import _FULL_DIVISION, _suffix_names
from kg.nlp.patterns.suffixes import _ANCHORED_BODIES, _GENERIC_ORG_CORE, _SCHOOLS, _SITE_STOP_WORDS, ORG_SUFFIX


# Words that end some bodies' names (华友科技, 晋能控股) and are parts of longer ones as often.
_NAME_PART_HEADS = frozenset("股份 科技 控股 实业".split())
# The rest of a longer body's name after such a word: 股份|经济合作社, 控股|煤业集团, 科技|股份有限公司.
_BODY_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:合作社|联合社|有限责任公司|有限公司|公司|集团)")
# The rest of an event's, a site's or a work's name after such a word: 国际蔬菜科技|博览会, 中国西部科技|创新港,
# 未来科技|城.
_EVENT_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:博览会|交易会|展览会|展销会|论坛|大会|峰会|创新港|港|城|园|小镇)")


# Levels that end like a division's name but name none: 自治区|党委, 自治州|党委.
_LEVELS = frozenset("自治区 自治州 自治县 自治旗 特别行政区".split())


def find_organizations(doc: Doc) -> Iterator[Mention]:
    text = doc_text(doc)
    for m in _committees_apart(_suffix_names(doc, ORG_SUFFIX, "Organization", "pattern:org-suffix", 3, 20, _GENERIC_ORG_CORE)):
        head = ORG_SUFFIX.search(m.canonical).group(0)
        # A counted or a kind of body is no body named: 改造16|家方舱医院, 新洲区|两座区级传染病医院, 等|定点医院.
        if _COUNT_IN_NAME.search(m.canonical) or text[m.start - 1:m.start].isdigit() or _KIND_OF_HOSPITAL.match(m.canonical):
            continue
        # A party committee is named by its division in full (南马镇党委), not by a kind (镇党委, 村党委).
        # (nor by a level alone: 自治区党委 is the region's, a kind as 省委 is)
        if head.startswith("党") and (not _FULL_DIVISION.match(m.canonical[: -len(head)]) or m.canonical[: -len(head)] in _LEVELS):
            continue
        # A school counted or named by its standard is a kind: 创成5所|省现代化学校.
        if head == "学校" and (_KIND_OF_SCHOOL.search(m.canonical[: -len(head)]) or _COUNTED_BODIES.match(text, m.end)):
            continue
        # 科技|特派员 is a role, not a body: 选派科技特派员186名.
        if head == "科技" and text.startswith("特派员", m.end):
            continue
        if head in _NAME_PART_HEADS and (body := _BODY_GOES_ON.match(text, m.end)) is not None:
            # a word that ends some bodies' names goes on into a longer one: 张马村股份|经济合作社, 晋能控股|煤业集团
            m = Mention(text[m.start:body.end()], m.start, body.end(), m.type, m.canonical + body.group(0), method=m.method)
        elif head in _NAME_PART_HEADS and _EVENT_GOES_ON.match(text, m.end):
            continue  # or into an event's, a site's or a work's name: …国际蔬菜科技|博览会, 中国西部科技|创新港
        hospital = _HOSPITAL_GROUP.search(m.canonical)
        if hospital:  # a hospital's group is the hospital: 推进延川县人民医院|医疗集团建设
            end = m.end - len(hospital.group("group"))
            yield Mention(text[m.start:end], m.start, end, m.type, m.canonical[: -len(hospital.group("group"))], method=m.method)
            continue
        m = _with_campus_city(doc, m)
        if head.endswith(_ANCHORED_BODIES) and not any(_is_anchor(t) for t in tokens_from(doc, m.start, m.end - len(head))):
            continue
        # A campus is named by its college and its place: 衢州职业技术学院|常山|校区 (not 茶学院|新校区).
        if head in ("校区", "分校") and not re.search(r"(?:大学|学院|学校|中学)[\u4e00-\u9fff]{2,4}$", m.canonical[: -len(head)]):
            continue
        if head in _SCHOOLS and m.canonical.startswith("原"):
            # A former school is a site now: (王村口镇后塘村)原|上垟小学.
            yield Mention(m.text[1:], m.start + 1, m.end, "Place", m.canonical[1:], method="pattern:former-school")
            continue
        yield m
    yield from _companies(doc)
    yield from _municipal_bodies(doc)


# A count inside a body's name makes it bodies counted: 两座区级传染病医院 (a measure word right after a number
# opening it, 16|家方舱医院, is told by the digit before it).
_COUNT_IN_NAME = re.compile(r"[一二两三四五六七八九十几\d]+[座所家个批]")
# Hospitals named by what they serve for a while, kinds of hospital: 定点医院, 方舱医院, 传染病医院.
_KIND_OF_HOSPITAL = re.compile(r"^(?:定点|方舱|发热|隔离|传染病|专科|区级|市级|县级)+医院$")
# The conjunction between two party committees the segmenter glued to the first's last character: 红河州|委和|弥勒市委.
_COMMITTEES_JOINED = re.compile(r"(?<=委)[和、及与](?=[\u4e00-\u9fff]{2,8}委$)")


def _committees_apart(found: Iterator[Mention]) -> Iterator[Mention]:
    """Give each party committee of two joined by a conjunction apart: 红河州委和弥勒市委 → 红河州委, 弥勒市委."""
    for m in found:
        joined = _COMMITTEES_JOINED.search(m.text)
        if joined is None:
            yield m
            continue
        first, second = m.text[: joined.start()], m.text[joined.end():]
        yield Mention(first, m.start, m.start + len(first), m.type, first, method=m.method)
        yield Mention(second, m.end - len(second), m.end, m.type, second, method=m.method)


# A body a city or county runs, named by it and 立 (the segmenter cuts 武夷山市|立|医院): 市立医院, 县立中学.
_MUNICIPAL_BODY = re.compile(r"立(?:医院|中学|小学|学校|图书馆)")


def _municipal_bodies(doc: Doc) -> Iterator[Mention]:
    text = doc_text(doc)
    for m in _MUNICIPAL_BODY.finditer(text):
        division = token_ending_at(doc, m.start())
        if division is not None and division.tag_ == "ns" and re.fullmatch(r"[\u4e00-\u9fff]{1,6}[市县区]", division.text) \
                and _token_aligned(doc, m.start(), m.end()):
            name = text[division.idx:m.end()]
            yield Mention(name, division.idx, m.end(), "Organization", name, method="pattern:org-municipal")


# What makes a school a kind: a count before it, its standard or its works (5所省现代化学校, 标准化学校, 新改扩建学校).
_KIND_OF_SCHOOL = re.compile(r"^[所个家]|现代化|标准化|规范化|特色|^新|改扩建")
# A count right after a body's name: 学校4所.
_COUNTED_BODIES = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十百]+)(?:所|个|家)")
# A hospital's group named after it: 延川县人民医院|医疗集团.
_HOSPITAL_GROUP = re.compile(r"医院(?P<group>医疗集团)$")
# A university's campus city in brackets after it: 香港科技大学（广州）.
_CAMPUS_CITY = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]")


def _with_campus_city(doc: Doc, m: Mention) -> Mention:
    """Give a university with the city of its campus in brackets after it, kept in its name: 香港科技大学（广州）."""
    city = _CAMPUS_CITY.match(doc_text(doc), m.end)
    if city is None or not m.canonical.endswith(("大学", "学院")):
        return m
    words = tokens_from(doc, m.end + 1, city.end() - 1)
    if len(words) != 1 or words[0].tag_ != "ns":
        return m
    return Mention(doc_text(doc)[m.start:city.end()], m.start, city.end(), m.type, m.canonical + city.group(0), method=m.method)


# A company's legal name: its words of trade may be verbs or numbers to the segmenter (三花|智能|控制/v, 五味/m|和/c|食品);
# a cooperative's (赤溪村股份经济合作社, 西山茶叶专业合作社).
_COMPANY = re.compile(r"(?:股份)?有限(?:责任)?公司|(?:股份)?(?:经济|专业)?合作社")
_CLAUSE_START = re.compile(r"[，,；;。：:！？、\s“”（）()]")


def _companies(doc: Doc) -> Iterator[Mention]:
    """Give a company whose legal name fills a clause or a list item up to 有限公司, when it opens with a
    proper noun or a word the segmenter did not know (浙江|三花|智能|控制|股份有限公司, 五味|和|食品有限公司),
    not with a verb (引进|…) and with no stop word inside."""
    text = doc_text(doc)
    for m in _COMPANY.finditer(text):
        if m.start() and text[m.start() - 1] == "股":
            continue
        breaks = [b.end() for b in _CLAUSE_START.finditer(text, 0, m.start())]
        start = breaks[-1] if breaks else 0
        if text.startswith("由", start):
            start += 1  # 由|中通快递股份有限公司|投资的…: the body that invests, after the preposition
        if not 2 <= m.start() - start <= 14:
            continue
        words = tokens_from(doc, start, m.start())
        if not words or words[0].idx != start or words[0].tag_ not in ("ns", "nz", "nr", "j", "m", "nt"):
            continue
        # 和 after a word the segmenter misread as a number is part of the name (五味/m|和/c|食品), not a list
        if any((t.text in _SITE_STOP_WORDS or t.tag_ in ("p", "uj", "ul")) and not (t.text == "和" and n == 1 and words[0].tag_ == "m")
               for n, t in enumerate(words)):
            continue
        if words[0].tag_ == "m" and (len(words[0].text) < 2 or re.search(r"\d|第|批|个", words[0].text)):
            continue
        yield Mention(text[start:m.end()], start, m.end(), "Organization", text[start:m.end()], method="pattern:org-company")
