"""Projects: proper names with a project noun, quoted projects, listed projects, ring roads, metro lines
and future communities."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import project_canonical
from kg.nlp.patterns.common import (
    _NAME_TAGS,
    _STOP_WORDS,
    _section_length,
    _token_aligned,
    doc_text,
    doc_tokens,
    token_ending_at,
    tokens_from,
)
from kg.nlp.patterns.project_clauses import (
    _CAMPUS,
    _GENERIC_HUB,
    _NEW_CAMPUS,
    HOSPITAL_CAMPUS,
    _hub_site,
    _is_campus_built,
    _is_hub_as_source,
    _is_hub_in_use,
    _status_start,
)
from kg.nlp.patterns.project_lists import (
    _WORK_AT_END,
    _is_project_kind,
    _project_end,
    shared_head_lists,
)
from kg.nlp.patterns.project_starts import (
    _after_repeated_division,
    _is_resettlement_site,
    _names_resettlement_site,
    _project_start,
)
from kg.nlp.patterns.project_words import (
    _BARE_PROJECT_NOUN,
    _FIELD_AFTER,
    _RACE_AFTER,
    _GENERIC_COMMUNITY,
    _GENERIC_PROJECT_WORDS,
    _NUMBERED,
    _PROJECT_STOP_WORDS,
    _WORK_ON_PROJECT,
    BUILDING_HEAD,
    HUB,
    PLANT,
    PROJECT_SUFFIX,
    PROJECT_SUFFIX_AT_END,
    QUOTED_PROJECT,
    RING_ROAD,
    built_in_clause,
)
from kg.nlp.patterns.suffix_names import _FULL_DIVISION, DIVISION_CUT, after_leading_division
from kg.nlp.patterns.suffixes import ORG_SUFFIX


def find_projects(doc: Doc) -> Iterator[Mention]:
    """Give projects named by a proper noun (or a road code) and a project noun: 龙潭水库项目, 衢宁铁路(遂昌段);
    by a quoted name and a project noun: “U安居”城市能级提升工程; ring roads and future communities; the items of a
    list sharing one head: 梅山、响洪甸两座水库除险加固工程."""
    lists = shared_head_lists(doc)
    for _, _, items in lists:
        yield from items
    for token in doc_tokens(doc):
        resettlement = _is_resettlement_site(doc, token)
        building = BUILDING_HEAD.search(doc_text(doc), max(0, token.idx - 4), token.idx + len(token.text)) is not None  # (门诊|楼)
        if not PROJECT_SUFFIX_AT_END.search(token.text) and not building and not _WORK_ON_PROJECT.fullmatch(token.text) and not resettlement \
                or _FIELD_AFTER.match(doc_text(doc), token.idx + len(token.text)) \
                or _RACE_AFTER.match(doc_text(doc), token.idx + len(token.text)) \
                or _BUS_LINE.search(doc_text(doc), max(0, token.idx - 2), token.idx + len(token.text)):
            continue
        if _is_part_of_work(doc, token):
            continue  # 包银高铁(贺兰段)|主体工程: the work is the line; its main works are a part of it
        if any(a <= token.idx < b for a, b, _ in lists):
            continue  # a word of a head some items share (水库 in 梅山、响洪甸两座水库除险加固工程)
        start = _project_start(doc, token) if not building else None
        status = _status_start(doc, token, building=building)
        if status is not None and (start is None or status < start):
            start = status
        if start is None or _CAMPUS.search(token.text) and not _is_campus_built(doc, start, token):
            continue
        if resettlement and not _names_resettlement_site(doc, start, token):
            continue
        if _KEY_PROJECTS.search(doc_text(doc), start, token.idx + len(token.text)):
            continue  # the key projects of a plan are a set of works: 大别山革命老区振兴发展|重点项目
        if _is_line_spoken_of(doc, start, token):
            continue
        if _SUPPORTING_WORKS.search(doc_text(doc), start, token.idx):
            continue  # the works supporting a work are spoken of by it: …输电工程|配套电源项目 gives …输电工程
        end = _project_end(doc, token)
        if building or _CAMPUS.search(token.text):
            named_start = start  # a building or campus is named by its owner, division and all: 安吉县孝丰高级中学新校区
        elif token.text.endswith("街区"):
            named_start = after_leading_division(doc, start, token.idx)  # a quarter is a site's: 魏塘街道|中山路历史文化街区
        else:
            named_start = _after_repeated_division(doc, start, token)
        surface = doc_text(doc)[named_start:end]
        canonical = project_canonical(surface)
        # …产业创新服务综合体 is a body (an organization), not a building; a new campus is a work (景宁中学新校区).
        if len(canonical) >= 4 and not _is_project_kind(doc, start, token) and (not ORG_SUFFIX.search(canonical) or _NEW_CAMPUS.search(canonical) or HOSPITAL_CAMPUS.search(canonical) or building):
            if _GENERIC_HUB.match(canonical) or HUB.search(canonical) and _is_hub_as_source(doc, end) \
                    or _is_resource_campaign(doc, named_start, canonical):
                continue
            if PLANT.search(canonical) and not built_in_clause(doc_text(doc), named_start, end):
                continue
            if _is_hub_in_use(doc, named_start, end, canonical):
                yield from _hub_site(doc, named_start, end, canonical)
                continue
            method = "pattern:project-noun" if named_start == start else DIVISION_CUT + "project"
            yield Mention(surface, named_start, end, "Project", canonical, method=method)
    for m in QUOTED_PROJECT.finditer(doc_text(doc)):
        division = _division_before(doc, m)
        if _is_quoted_project(doc, m, of_division=division is not None):
            start = m.start() if division is None else division
            surface = doc_text(doc)[start:m.end()]
            yield Mention(surface, start, m.end(), "Project", project_canonical(surface), method="pattern:quoted-project")
    for m in RING_ROAD.finditer(doc_text(doc)):
        if _token_aligned(doc, m.start(), m.end()):
            end = m.end() + _section_length(doc_text(doc), m.end())
            yield Mention(doc_text(doc)[m.start():end], m.start(), end, "Project", m.group(0), method="pattern:ring-road")
    for m in NAMED_METRO_LINE.finditer(doc_text(doc)):
        if _token_aligned(doc, m.start(), m.end()):
            end = m.end() + _section_length(doc_text(doc), m.end())
            yield Mention(doc_text(doc)[m.start():end], m.start(), end, "Project", m.group(0), method="pattern:metro-line")
    for m in METRO_LINE.finditer(doc_text(doc)):
        city = token_ending_at(doc, m.start())
        end = m.end() + _section_length(doc_text(doc), m.end())
        if city is not None and city.tag_ in ("ns", "nz", "j"):
            yield Mention(doc_text(doc)[city.idx:end], city.idx, end, "Project", city.text + m.group(0), method="pattern:metro-line")
        elif city is None or city.is_punct or city.tag_ in ("v", "p", "c", "d"):
            # the home city's line, its city left unsaid: 地铁5号线、6号线一期和9号线完成铺轨
            yield Mention(doc_text(doc)[m.start():end], m.start(), end, "Project", m.group(0), method="pattern:metro-line")
        yield from _listed_metro_lines(doc, end, m.group("kind"))
    yield from _future_communities(doc)
    for m in _INVESTED_WORK.finditer(doc_text(doc)):
        if _token_aligned(doc, m.start("name"), m.end("name")):
            name = m.group("name")
            yield Mention(name, m.start("name"), m.end("name"), "Project", project_canonical(name), method="pattern:invested-work")


# A bus line is a service, not a work (旅游快线, 公交快线; 杭州机场轨道快线 and 凤新快线 are lines built).
_BUS_LINE = re.compile(r"(?:旅游|公交)快线$")
# A plan's key projects, a set of works named by the plan: 大别山革命老区振兴发展重点项目.
_KEY_PROJECTS = re.compile(r"重点项目$")


# A kind of line, bare, after a verb of having, lacking or entering it: the text speaks of lines and names none
# (丽水|迈入|高铁|时代, 庆元县结束|不通|高速|的历史, 告别|没有|铁路). Other words before a line noun may be a line's
# name the segmenter took for a verb (合新|高铁), so only these verbs count.
_BARE_LINES = frozenset("高铁 高速 铁路 公路 动车 地铁".split())
_HAVING_LINES = frozenset("迈入 进入 步入 结束 告别 不通 开通 通达 接入 融入 拥有 没有 实现".split())


def _is_line_spoken_of(doc: Doc, start: int, token) -> bool:
    return token.text in _BARE_LINES and token.i > 0 and doc[token.i - 1].idx >= start and doc[token.i - 1].text in _HAVING_LINES


# A protection work on a kind of land or resource, with no place or proper name: a campaign carried out
# nation-wide (深入实施|国家黑土地保护工程, 实施|天然林保护工程), not a bounded work (北大池湿地保护修复项目 is one).
_RESOURCE_CAMPAIGN = re.compile(
    r"(?:国家|全国|全省|省级)?(?:黑土地?|耕地|湿地|草原|森林|天然林|公益林|水土|土壤|农田|林地|草地|海洋|海岸带|河湖|生物多样性|地下水)"
    r"(?:保护|治理|修复|保持|涵养)(?:与|和|及)?(?:保护|治理|修复|利用)?工程"
)
# The verbs carrying out such a campaign, with the nation's word the name may leave outside: 持续实施|国家|黑土地保护工程.
_CARRIED_OUT = re.compile(r"(?:实施|落实|推进|开展|推行)(?:国家|全国)?$")


def _is_resource_campaign(doc: Doc, start: int, canonical: str) -> bool:
    """Tell whether a work is a campaign protecting a kind of land, carried out: 实施国家黑土地保护工程."""
    return bool(_RESOURCE_CAMPAIGN.fullmatch(canonical)) and _CARRIED_OUT.search(doc_text(doc), max(0, start - 6), start) is not None


# The part of a work named after it, right after its name and section: 包银高铁(贺兰段)|主体工程, …大桥|主体工程.
_PART_OF_WORK = re.compile(r"(?:主体|路基|土建|桥梁|隧道)工程$")
_WORK_BEFORE_PART = re.compile(f"(?:{PROJECT_SUFFIX.pattern})(?:[(（][^()（）]{{1,12}}[)）])?$")


def _is_part_of_work(doc: Doc, token) -> bool:
    """Tell whether ``token`` ends the part of a work named after the work: 包银高铁(贺兰段)|主体工程,
    千黄高速公路（淳安段）|路基工程."""
    end = token.idx + len(token.text)
    part = _PART_OF_WORK.search(doc_text(doc), max(0, end - 4), end)
    return part is not None and _WORK_BEFORE_PART.search(doc_text(doc), max(0, part.start() - 24), part.start()) is not None


# A work and the works supporting it, named after it: 上海庙至山东临沂±800千伏特高压直流输电工程|配套电源项目.
_SUPPORTING_WORKS = re.compile(r"(?:工程|项目)配套")


# A metro or light-rail line with its extension, after its city: 广州|地铁7号线西延段, 绍兴|城市轨道交通1号线.
METRO_LINE = re.compile(
    r"(?:城市)?(?P<kind>地铁|轨道交通|城轨|市域铁路)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})号|[A-Z]\d{1,2})线"
    r"(?:[东南西北]?延(?:伸|长)?段|[一二三四五六七八九十]期)?(?:工程)?"
)
# A metro or light-rail line named by a word, not a number, with its phase: 轨道交通前川线, 轨道交通前川线二期工程.
NAMED_METRO_LINE = re.compile(r"(?:城市)?(?:轨道交通|地铁|城轨|轻轨)(?:[\u4e00-\u9fff]{2,3}(?<!号)|[A-Z]\d{1,2})线(?:[一二三四五六七八九十]期工程)?")


# A work named after the company that invests in it, by what it makes or does: (由…有限公司)投资的|年产2000万片柔性线路板
# 项目, …股份有限公司投资的|智能分拨中心项目 (the company is a body of its own).
_INVESTED_WORK = re.compile(r"(?:公司|集团)(?:投资|投资建设|建设)的(?P<name>[\u4e00-\u9fff\d.]{4,24}?项目)(?![\u4e00-\u9fff]{0,2}(?:个|家))")


# A line listed after a metro line by its number alone, with its phase: 地铁5号线、|6号线一期|和|9号线, …、|10号线一期工程.
_LISTED_LINE = re.compile(r"[、和及与](?P<line>(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线(?:[一二三四五六七八九十]期)?(?:工程)?)")


def _listed_metro_lines(doc: Doc, end: int, kind: str) -> Iterator[Mention]:
    """Give the lines listed by their numbers right after a metro line ending at ``end``, named with the first one's
    kind: 6号线一期 → 地铁6号线一期."""
    text = doc_text(doc)
    while (m := _LISTED_LINE.match(text, end)) is not None:
        yield Mention(m.group("line"), m.start("line"), m.end("line"), "Project", kind + m.group("line"), method="pattern:metro-line")
        end = m.end()


def _division_before(doc: Doc, m: re.Match[str]) -> int | None:
    """Give where the division written in full right before a quoted work starts, which makes it one work of that
    division, part of its name: 江南镇“污水零直排区”建设项目 (“美丽城镇”建设项目 alone names a program)."""
    division = token_ending_at(doc, m.start())
    if division is None or division.tag_ != "ns" or not _FULL_DIVISION.match(division.text):
        return None
    if not _WORK_AT_END.search(m.group("noun")):
        return None
    return division.idx if _token_aligned(doc, m.start(), m.end()) else None


# Words of turning one thing into another, which make the noun after a figure of speech: “两山”转化通道.
_CONVERSION = re.compile(r"转化|转换")


def _is_quoted_project(doc: Doc, m: re.Match[str], of_division: bool = False) -> bool:
    """Tell whether a quoted name and a project noun make one project: not when a verb comes between
    (“X”推进工程), nor when only a bare noun follows a name that may be a program's (“领雁”项目), unless a
    division's (江南镇“污水零直排区”建设项目)."""
    noun = m.group("middle") + m.group("noun")
    if not of_division and (noun in _BARE_PROJECT_NOUN or len(_GENERIC_PROJECT_WORDS.sub("", m.group("middle"))) == 1):
        return False
    if _NUMBERED.match(m.group("middle")) and m.group("noun") == "工程":
        return False  # a campaign's numbers: “四送一服”|双千|工程 is the program 四送一服
    if _CONVERSION.search(m.group("middle")):
        return False  # a way of turning something into value, no work: “两山”|转化|通道
    verbs = [t for t in tokens_from(doc, m.start("middle"), m.end("middle")) if t.text in _PROJECT_STOP_WORDS]
    return not verbs and _token_aligned(doc, m.start(), m.end())


def _future_communities(doc: Doc) -> Iterator[Mention]:
    """Give future-community projects named by their site: 渡口未来社区, 田川未来社区."""
    for token in doc_tokens(doc)[1:]:
        # 未来|社区, or one word where the lexicon knows the program 未来社区
        if token.text == "未来社区":
            last = token
        elif token.text == "未来" and token.i + 1 < len(doc) and doc[token.i + 1].text == "社区":
            last = doc[token.i + 1]
        else:
            continue
        site = doc[token.i - 1]
        if 2 <= len(site.text) <= 4 and site.tag_ in _NAME_TAGS \
                and site.tag_ not in ("m", "x") and site.text not in _GENERIC_COMMUNITY and site.text not in _STOP_WORDS:
            end = last.idx + len(last.text)
            surface = doc_text(doc)[site.idx:end]
            yield Mention(surface, site.idx, end, "Project", surface, method="pattern:future-community")
