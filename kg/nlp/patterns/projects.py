"""Projects: proper names with a project noun, quoted projects, listed projects, ring roads, metro lines
and future communities.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import clean_name, project_canonical
from kg.nlp.patterns.awards import _split_list
from kg.nlp.patterns.common import (
    _NAME_TAGS, _STOP_WORDS, _is_anchor, _name_start, _section_length, _token_aligned, doc_text, doc_tokens, token_ending_at, tokens_from,
)
from kg.nlp.patterns.suffix_names import DIVISION_CUT, after_leading_division
from kg.nlp.patterns.suffixes import ORG_SUFFIX

PROJECT_SUFFIX = re.compile(
    r"(?:铁路|高铁|城际|轨道交通|公路|高速公路|高速|快速路|大桥|桥梁|隧道|水库|机场|电站|水电站|管网|项目|工程|枢纽|大道|码头|港区|综合体|"
    r"街区|延伸线|联络线|连接线|通道|专用线|示范带|小微园|综合平台|云平台|国道|[东南西北][一二三四五六七八九十]环|校区)"
)
# A word that ends with a project noun (工程项目 ends with 项目, not only with 工程).
PROJECT_SUFFIX_AT_END = re.compile(f"(?:{PROJECT_SUFFIX.pattern})$")
# Words that name a kind of project, not one project: 县域企业投资项目, 补链强链项目, 智能化技改项目, 民宗项目.
_GENERIC_PROJECT_WORDS = re.compile(
    r"县域|企业|投资|招商|产业链|产业|补链|强链|延链|数字化|智能化|技改|技术改造|重点|重大|民生|实事|民宗|消薄|扶贫|惠民|"
    r"基础设施|新基建|省级|市级|县级|国家级|政府|社会|建设|新建|续建|在建|储备|示范|试点|养老|服务|便民"
)
# A kind of project counted right after its name: 产业飞地项目4个, 技改项目1266项.
_COUNT_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十两百千]+)(?:个|项|家|批|只)")
# A quoted name leading a project: “U安居”城市能级提升工程, “一数通用”综合平台, “楠溪雅韵”风貌样板区, “平安边界·智慧安防”应用.
QUOTED_PROJECT = re.compile(
    r"[“\"]([^”\"“]{2,14})[”\"](?P<middle>[\u4e00-\u9fff]{0,14}?)(?P<noun>" + PROJECT_SUFFIX.pattern + r"|样板区|应用)"
)
# Project nouns that say nothing of the project by themselves: “领雁”项目 and “美丽城镇”建设项目 name programs.
_BARE_PROJECT_NOUN = frozenset("项目 工程 建设项目 建设工程".split())
# The end of a list of projects: "A、B等4个项目入选", "鹤丰、哲丰、常林3个项目获评".
_PROJECT_COUNT_AFTER_LIST = re.compile(r"(?:等|(?<=[\u4e00-\u9fff]))(?:\d+|[一二三四五六七八九十两]+)个项目")
# A clause that is only a list and a project verb: "微钛封测、艾佳二期开工建设", "…、航泰实业建成投产".
_PROJECT_LIST_VERB = re.compile(r"(?:成功|正式|顺利|相继|陆续|全面)?(?:签约|开工建设|开工|建成投产|投产|竣工|完工)(?=[，,。；;]|$)")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\s]")
# A list item named by a firm or site and its phase: 斯凯孚二期, 三江六岸二期绿化, 人才公寓三期工程.
_PHASE_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,10}?(?<!第)[一二三四五六七八九十]期(?P<tail>[\u4e00-\u9fff]{1,4})?$")
# Ring roads named by their side and number: 北三环, 南四环(330国道—南溪大桥).
RING_ROAD = re.compile(r"[东南西北][一二三四五六七八九十]环")
# Words before 未来社区 that make it a kind, not one community: 城镇未来社区, 省级未来社区.
_GENERIC_COMMUNITY = frozenset("城市 城镇 农村 乡村 城乡 省级 市级 县级 首批 一批 全省 全市 全县 示范 试点 各类".split())
# Verbs that also end a project's name when walking left: 龙潭水库项目|纳入|省重点项目.
_PROJECT_STOP_WORDS = _STOP_WORDS | frozenset("纳入 完成 通过 获得 达成 签订 投入 开业 启动 审批 配合 新增 共建 入围 获批 推出 推行 率先 做强".split())
# What after 工程 makes it a field of work, not a project: 港澳工程|建设领域|专业人士, 工程|技术人员.
_FIELD_AFTER = re.compile(r"(?:建设)?(?:领域|行业|技术人员|专业)")


def find_projects(doc: Doc) -> Iterator[Mention]:
    """Give projects named by a proper noun (or a road code) and a project noun: 龙潭水库项目, 衢宁铁路(遂昌段);
    by a quoted name and a project noun: “U安居”城市能级提升工程; ring roads and future communities."""
    for token in doc_tokens(doc):
        if not PROJECT_SUFFIX_AT_END.search(token.text) and not _WORK_ON_PROJECT.fullmatch(token.text) \
                or _FIELD_AFTER.match(doc_text(doc), token.idx + len(token.text)):
            continue
        start = _project_start(doc, token)
        if start is None or _CAMPUS.search(token.text) and not _is_campus_built(doc, start, token):
            continue
        end = _project_end(doc, token)
        named_start = after_leading_division(doc, start, token.idx)
        surface = doc_text(doc)[named_start:end]
        canonical = project_canonical(surface)
        # …产业创新服务综合体 is a body (an organization), not a building; a new campus is a work (景宁中学新校区).
        if len(canonical) >= 4 and not _is_project_kind(doc, start, token) and (not ORG_SUFFIX.search(canonical) or _NEW_CAMPUS.search(canonical)):
            if _GENERIC_HUB.match(canonical):
                continue
            if _is_hub_in_use(doc, named_start, end, canonical):
                yield from _hub_site(doc, named_start, end, canonical)
                continue
            method = "pattern:project-noun" if named_start == start else DIVISION_CUT + "project"
            yield Mention(surface, named_start, end, "Project", canonical, method=method)
    for m in QUOTED_PROJECT.finditer(doc_text(doc)):
        if _is_quoted_project(doc, m):
            yield Mention(m.group(0), m.start(), m.end(), "Project", project_canonical(m.group(0)), method="pattern:quoted-project")
    for m in RING_ROAD.finditer(doc_text(doc)):
        if _token_aligned(doc, m.start(), m.end()):
            end = m.end() + _section_length(doc_text(doc), m.end())
            yield Mention(doc_text(doc)[m.start():end], m.start(), end, "Project", m.group(0), method="pattern:ring-road")
    for m in METRO_LINE.finditer(doc_text(doc)):
        city = token_ending_at(doc, m.start())
        if city is None or city.tag_ not in ("ns", "nz", "j"):
            continue
        end = m.end() + _section_length(doc_text(doc), m.end())
        yield Mention(doc_text(doc)[city.idx:end], city.idx, end, "Project", city.text + m.group(0), method="pattern:metro-line")
    yield from _future_communities(doc)


# A school's new campus being built: 景宁中学新校区|主体结顶 (a college's or a hospital's new site is spoken of
# as the body: 福建农林大学安溪茶学院|新校区投入使用, 推进嘉善县第一人民医院|新院区建设).
_NEW_CAMPUS = re.compile(r"(?:中学|小学)新校区$")
# A campus is a body of its college (衢州职业技术学院常山校区) while it is not being built.
_CAMPUS = re.compile(r"校区$")
# What says a campus is being built: 景宁中学新校区|主体结顶, 寿光市第一中学新校区|建成招生.
_CAMPUS_BUILDING = re.compile(r"建设|新建|迁建|开工|动工|主体|结顶|封顶|完工|竣工|建成")


def _project_start(doc: Doc, token) -> int | None:
    """Give where a project name ending with ``token`` starts: at its proper noun (龙潭水库项目), before the works
    it names (韶山灌区|续建配套与节水改造工程), at the clause it opens (辉煌全域土地整治项目) or at the road it
    works on (花园大道|拓宽改造工程); with the company or block that owns it (红日新材料|年产5万吨…项目)."""
    start = _name_start(doc, token.i, max_chars=28, anchored=True, stops=_PROJECT_STOP_WORDS)
    if start is None:
        start = _start_before_works(doc, token)
    if start is None:
        start = _clause_start_name(doc, token)
    street = _street_start(doc, token)
    if street is not None and (start is None or street < start):
        start = street
    return None if start is None else _owner_start(doc, start)


# Works joined by 与/和 before a project noun, which the walk over names stops at: 续建配套与节水改造|工程.
_JOINED_WORKS = re.compile(
    r"(?:续建|改建|扩建|新建|迁建|配套|节水|除险|加固|提升|改造|整治|修复|提质|拓宽|建设){1,3}(?:与|和|及)"
    r"(?:续建|改建|扩建|新建|迁建|配套|节水|除险|加固|提升|改造|整治|修复|提质|拓宽|建设){1,3}$"
)


def _start_before_works(doc: Doc, token) -> int | None:
    """Give where a project named by a site and the works joined on it starts: 韶山灌区|续建配套与节水改造工程."""
    works = _JOINED_WORKS.search(doc_text(doc), max(0, token.idx - 14), token.idx)
    site = token_ending_at(doc, works.start()) if works else None
    if site is None or site.text in _PROJECT_STOP_WORDS or site.is_punct:
        return None
    return _name_start(doc, site.i, max_chars=12, anchored=True, stops=_PROJECT_STOP_WORDS) or (site.idx if _is_anchor(site) else None)


# A company opening its clause before a capacity project (红日新材料|年产5万吨环保涂料项目), or a planning block
# before the work in it (县前头片区|城市更新项目): the project is theirs.
_CAPACITY = "年产"
_BLOCK_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:、\s]))[\u4e00-\u9fff]{1,6}?(?:片区|区块|组团)$")
_OWNER_TAGS = frozenset("n nz nr ns nt j a b".split())


def _owner_start(doc: Doc, start: int) -> int:
    text = doc_text(doc)
    block = _BLOCK_BEFORE.search(text, max(0, start - 8), start)
    if block and _token_aligned(doc, block.start(), start) and not any(t.text in _PROJECT_STOP_WORDS for t in tokens_from(doc, block.start(), start)):
        return block.start()
    if not text.startswith(_CAPACITY, start):
        return start
    clause = max(text.rfind(p, 0, start) for p in "，,；;。：:、") + 1
    owner = tokens_from(doc, clause, start)
    if 2 <= start - clause <= 8 and owner and owner[0].idx == clause \
            and all(t.tag_ in _OWNER_TAGS and t.text not in _PROJECT_STOP_WORDS for t in owner):
        return clause
    return start


def _is_campus_built(doc: Doc, start: int, token) -> bool:
    """Tell whether a new campus is spoken of as a work being built, not as its body in use."""
    end = token.idx + len(token.text)
    return bool(_NEW_CAMPUS.search(doc_text(doc), start, end)) and bool(_CAMPUS_BUILDING.search(_clause_around(doc_text(doc), start, end)))
# Hubs and airports in use are sites (武夷山机场|新开通航线, 庆盛枢纽|开发); their building is a project (瑞金机场|开工).
_HUB = re.compile(r"(?:枢纽|机场)$")
# What says a hub or airport is being built or planned.
_HUB_BUILDING = re.compile(r"建设|新建|开工|动工|续建|扩建|改建|迁建|建成|完工|竣工|可行性|可研|前期|立项|规划|选址|项目|工程")
# A station before its hub names the site: 嘉善南站|综合交通枢纽.
_STATION_BEFORE_HUB = re.compile(r"站(?=(?:综合)?(?:交通)?枢纽$)")
# Words that name a kind of hub, not one: 港航枢纽, 综合交通枢纽.
_GENERIC_HUB = re.compile(r"^(?:国际|国家|全国性|区域性?|综合|交通|港航|水利|航电|物流|客运|货运|铁路|航空|门户|重要|现代化?)*(?:枢纽|机场)$")


def _is_hub_in_use(doc: Doc, start: int, end: int, canonical: str) -> bool:
    """Tell whether a hub or airport is spoken of in use (武夷山机场|新开通航线6条), not built (瑞金机场|开工)."""
    return bool(_HUB.search(canonical)) and not _HUB_BUILDING.search(_clause_around(doc_text(doc), start, end))


def _hub_site(doc: Doc, start: int, end: int, canonical: str) -> Iterator[Mention]:
    """Give the site a hub or airport in use is: 庆盛枢纽, 嘉善南站 (its station) for 嘉善南站|综合交通枢纽."""
    station = _STATION_BEFORE_HUB.search(doc_text(doc), start, end)
    if station is not None:
        end = station.end()
    surface = doc_text(doc)[start:end]
    yield Mention(surface, start, end, "Place", clean_name(surface), method="pattern:hub")


def _clause_around(text: str, start: int, end: int) -> str:
    """Give the clause around ``start``–``end``: from the punctuation before it to the punctuation after it."""
    before = max(text.rfind(p, 0, start) for p in "，,；;。：:！？")
    after = min((i for i in (text.find(p, end) for p in "，,。；;！？") if i >= 0), default=len(text))
    return text[before + 1:after]


# A road the segmenter did not know, named by a common word (进港|大道, 花园|大道), inside a work on it.
_ROAD_WORDS = frozenset("大道 路 街".split())


def _street_start(doc: Doc, token) -> int | None:
    """Give where a work on a road named by a common word starts: 进港|大道|快速化改造工程, 花园|大道|拓宽改造工程
    (the road is named when the work comes after it, not 共同富裕|大道 alone)."""
    for road in tokens_from(doc, max(0, token.idx - 12), token.idx):
        name = doc[road.i - 1] if road.i > 0 else None
        if road.text not in _ROAD_WORDS or name is None or len(name.text) != 2 or name.tag_ not in ("n", "nz", "ns", "j", "nr"):
            continue
        opens = name.i == 0 or doc[name.i - 1].is_punct or doc[name.i - 1].text in _PROJECT_STOP_WORDS
        between = tokens_from(doc, road.idx + len(road.text), token.idx)
        if opens and not any(t.is_punct or t.text in _PROJECT_STOP_WORDS for t in between):
            return name.idx
    return None


# A metro or light-rail line with its extension, after its city: 广州|地铁7号线西延段, 绍兴|城市轨道交通1号线.
METRO_LINE = re.compile(
    r"(?:城市)?(?:地铁|轨道交通|城轨)(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线(?:[东南西北]?延(?:伸|长)?段|[一二三四五六七八九十]期)?"
)
# A project noun the segmenter joined to the work on it: 朱溪水库|工程建设.
_WORK_ON_PROJECT = re.compile(r"(?:工程|项目)建设")


def _clause_start_name(doc: Doc, token) -> int | None:
    """Give the start of a project name with no proper noun that opens its clause and says more than its kind
    (six characters besides generic words): 辉煌全域土地整治项目, not 重点项目 or 污水处理工程."""
    start = _name_start(doc, token.i, max_chars=20, anchored=False, stops=_PROJECT_STOP_WORDS)
    if start is None or start > 0 and not _CLAUSE_BREAK.match(doc_text(doc)[start - 1]) and doc_text(doc)[start - 1] != "、":
        return None
    modifier = _GENERIC_PROJECT_WORDS.sub("", doc_text(doc)[start:token.idx])
    return start if len(modifier) >= 6 else None


def _is_quoted_project(doc: Doc, m: re.Match[str]) -> bool:
    """Tell whether a quoted name and a project noun make one project: not when a verb comes between
    (“X”推进工程), nor when only a bare noun follows a name that may be a program's (“领雁”项目)."""
    noun = m.group("middle") + m.group("noun")
    if noun in _BARE_PROJECT_NOUN or len(_GENERIC_PROJECT_WORDS.sub("", m.group("middle"))) == 1:
        return False
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


# Roads named by their line in a list that ends with the road work: 麻南线、吴郑线至金隆段公路完成改造提升.
_ROAD_LIST_ITEM = re.compile(
    r"(?:^|(?<=[，,。；;：:、]))(?P<name>[\u4e00-\u9fff]{2,3}线)(?=(?:、[\u4e00-\u9fff]{2,3}线)*、[\u4e00-\u9fff]{2,3}线[^，,。；;、]{0,12}(?:公路|道路))"
)


def find_listed_projects(doc: Doc) -> Iterator[Mention]:
    """Give the items of a list the sentence says are projects, named or not by a project noun.

    "先导精密、北门历史文化街区等4个项目入选": each item before a count of projects;
    "微钛封测、艾佳二期开工建设": each named item of a clause that is only a list and a project verb
    (items named like companies, 航泰实业, stay organizations);
    "北三环、三江六岸二期绿化、…": a list item named by its phase.
    """
    text = doc_text(doc)
    for closing in _PROJECT_COUNT_AFTER_LIST.finditer(text):
        items = _clause_list(doc, closing.start())
        if len(items) >= 2 or text[closing.start()] == "等":
            yield from _project_items(doc, items)
    for verb in _PROJECT_LIST_VERB.finditer(text):
        items = _clause_list(doc, verb.start())
        if len(items) >= 2:
            named = [(a, b) for a, b in items if not ORG_SUFFIX.search(text[a:b]) and _is_named_item(doc, a, b)]
            yield from _project_items(doc, named)
    for a, b in _list_items(text):
        if _is_phase_item(doc, a, b):
            yield from _project_items(doc, [(a, b)])
    for m in _ROAD_LIST_ITEM.finditer(text):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Project", m.group("name"), method="pattern:project-list")


def _is_named_item(doc: Doc, start: int, end: int) -> bool:
    """Tell whether a list item carries a name: a proper noun in it, or a phase (大和四期)."""
    return _is_phase_item(doc, start, end) or any(_is_anchor(t) for t in tokens_from(doc, start, end))


def _is_phase_item(doc: Doc, start: int, end: int) -> bool:
    """Tell whether ``start``–``end`` is a name and its phase (斯凯孚二期, 三江六岸二期绿化), no verb after it."""
    phase = _PHASE_ITEM.match(doc_text(doc)[start:end])
    if not phase:
        return False
    tail = start + phase.start("tail") if phase.group("tail") else end
    return not any(t.tag_ in ("v", "vn") or t.text in _PROJECT_STOP_WORDS for t in tokens_from(doc, tail, end))


def _list_items(text: str) -> Iterator[tuple[int, int]]:
    """Give the items of every 、-list of ``text``: the stretches between 、 and a 、 or a clause break."""
    bounds = [m.start() for m in re.finditer(r"[、，,。；;：:！？!?]", text)]
    for before, after in zip([-1, *bounds], [*bounds, len(text)]):
        touches_list = text[before:before + 1] == "、" or text[after:after + 1] == "、"
        if touches_list and after - before > 1:
            yield before + 1, after


def _clause_list(doc: Doc, end: int) -> list[tuple[int, int]]:
    """Give the 、-separated items of the clause that ends at ``end``, leading verbs left out of the first."""
    text = doc_text(doc)
    start = end
    while start > 0 and not _CLAUSE_BREAK.match(text[start - 1]):
        start -= 1
    for token in doc_tokens(doc):
        if token.idx == start and (token.text in _PROJECT_STOP_WORDS or token.tag_ in ("v", "p", "d", "ad", "c", "u", "uj")):
            start = token.idx + len(token.text)
    return list(_split_list(text, start, end)) if start < end else []


def _project_items(doc: Doc, items: list[tuple[int, int]]) -> Iterator[Mention]:
    for a, b in items:
        surface = doc_text(doc)[a:b]
        name = project_canonical(surface)
        if 2 <= len(name) <= 24 and not re.search(r"\d|等", name) and len(_GENERIC_PROJECT_WORDS.sub("", name)) >= 2 \
                and _token_aligned(doc, a, b):
            yield Mention(surface, a, b, "Project", name, method="pattern:project-list")


def _project_end(doc: Doc, token) -> int:
    """Give where a project name ending with ``token`` ends: after its section, 衢宁铁路(遂昌段), …公路遂昌段."""
    end = token.idx + len(token.text)
    if _WORK_ON_PROJECT.fullmatch(token.text):
        return end - len("建设")
    section = _section_length(doc_text(doc), end)
    if section:
        return end + section
    if token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "ns" and doc[token.i + 2].text == "段":
        return doc[token.i + 2].idx + 1
    return end


def _is_project_kind(doc: Doc, start: int, suffix_token) -> bool:
    """Tell whether a project-like name names a kind of project: only generic words before the noun
    (县域企业投资项目), one abbreviation before 项目 (民宗项目), or a count right after it (产业飞地项目4个)."""
    end = suffix_token.idx + len(suffix_token.text)
    if _COUNT_AFTER.match(doc_text(doc), end):
        return True
    modifier = doc_text(doc)[start:suffix_token.idx]
    if len(_GENERIC_PROJECT_WORDS.sub("", modifier)) < 2:
        return True
    words = tokens_from(doc, start, suffix_token.idx)
    return suffix_token.text == "项目" and len(words) == 1 and len(words[0].text) <= 2 and words[0].tag_ != "ns"
