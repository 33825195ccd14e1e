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
    _NAME_TAGS, _STOP_WORDS, _is_anchor, _name_start, _section_length, _token_aligned, doc_text, doc_tokens, token_ending_at,
    token_starting_at, tokens_from,
)
from kg.nlp.patterns.suffix_names import _FULL_DIVISION, DIVISION_CUT, after_leading_division
from kg.nlp.patterns.suffixes import _GENERIC_PLACE, ORG_SUFFIX, PLACE_SUFFIX

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
# Numbers opening a name, which make it a count (十大|工程, 十项重点|工程) or a campaign counting its places (百城|建设
# 提质工程, “四送一服”|双千|工程), not one work.
_NUMBERED = re.compile(r"^[一二三四五六七八九十百千万两双]+(?:大|项|个|类|批|[城村县乡镇企户校]|$)")
# A count inside a name, which joins several works (温州三个|都市区建设工程, 什仔湖两座|湿地公园…): no one work's name.
_COUNT_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![第])[两二三四五六七八九十](?:座|条|个|处|所|栋)")
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
    by a quoted name and a project noun: “U安居”城市能级提升工程; ring roads and future communities; the items of a
    list sharing one head: 梅山、响洪甸两座水库除险加固工程."""
    lists = shared_head_lists(doc)
    for _, _, items in lists:
        yield from items
    for token in doc_tokens(doc):
        if not PROJECT_SUFFIX_AT_END.search(token.text) and not _WORK_ON_PROJECT.fullmatch(token.text) \
                or _FIELD_AFTER.match(doc_text(doc), token.idx + len(token.text)):
            continue
        if any(a <= token.idx < b for a, b, _ in lists):
            continue  # a word of a head some items share (水库 in 梅山、响洪甸两座水库除险加固工程)
        start = _project_start(doc, token)
        if start is None or _CAMPUS.search(token.text) and not _is_campus_built(doc, start, token):
            continue
        end = _project_end(doc, token)
        named_start = _after_repeated_division(doc, start, token) if re.search(r"(?:项目|工程)(?:建设)?$", token.text) \
            else after_leading_division(doc, start, token.idx)
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
        if city is None or city.tag_ not in ("ns", "nz", "j"):
            continue
        end = m.end() + _section_length(doc_text(doc), m.end())
        yield Mention(doc_text(doc)[city.idx:end], city.idx, end, "Project", city.text + m.group(0), method="pattern:metro-line")
    yield from _future_communities(doc)


_DIVISION_SUFFIX = re.compile(r"(?:自治县|自治州|省|市|县|区|镇|乡|街道|村|社区)$")


def _after_repeated_division(doc: Doc, start: int, token) -> int:
    """Give where a work's name starts after a division written before it: at the division, which is part of the
    name (东坝头镇黄河滩区居民迁建二期工程, 胥口镇胥江大桥改建工程, 兰考县谷营220千伏输变电工程), unless the name
    says the division's name again (日东乡|日东水库除险加固工程: the division is a locality of its own). (A site
    keeps its division apart: 魏塘街道|中山路历史文化街区, as places do.)"""
    named = after_leading_division(doc, start, token.idx)
    division = token_ending_at(doc, named)
    if named == start or division is None:
        return start
    core = _DIVISION_SUFFIX.sub("", division.text)
    return named if len(core) >= 2 and doc_text(doc).startswith(core[:2], named) else start


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
    works on (花园大道|拓宽改造工程); with the company or block that owns it (红日新材料|年产5万吨…项目). A bracketed
    section of its site stays in it (史河（县城段）综合治理工程), and so does a name the segmenter cut (顾家|台村…).
    A body acting on the work is none of it (…合作社入股|…工程)."""
    start = _name_start(doc, token.i, max_chars=28, anchored=True, stops=_PROJECT_STOP_WORDS)
    if start is None:
        start = _start_before_works(doc, token)
    if start is None:
        start = _clause_start_name(doc, token)
    street = _street_start(doc, token)
    if street is not None and (start is None or street < start):
        start = street
    sectioned = _start_before_section(doc, token)
    if sectioned is not None and (start is None or sectioned < start):
        start = sectioned
    return None if start is None else _after_acting_owner(doc, _owner_start(doc, _whole_name_start(doc, start)), token)


# A body and what it does to a work: 赤溪村股份经济合作社|入股|赤溪畲族风情街二期工程 (the body is no part of the name);
# a work and what it did: 遇龙河生态保护修复工程|清退|河道竹筏码头 (no name after it).
_BODY = re.compile(r"(?:公司|集团|合作社|联合社)$")


def _after_acting_owner(doc: Doc, start: int, token) -> int | None:
    """Give where a work's name starts after a body and the verb it acts with: 赤溪村股份经济合作社入股|赤溪畲族风情街
    二期工程 (no project when no name is left: …公司|承建|道路工程, …修复工程|清退|河道竹筏码头)."""
    words = tokens_from(doc, start, token.idx)
    for body, verb in zip(reversed(words[:-1]), reversed(words[1:])):
        acts = _BODY.search(body.text) or _WORK_AT_END.search(body.text) and not _HEAD_WORK.fullmatch(verb.text)
        if acts and verb.tag_ in ("v", "vn") and len(verb.text) >= 2:
            after = verb.idx + len(verb.text)
            rest = tokens_from(doc, after, token.idx)
            return after if any(_is_anchor(t) for t in rest) else None
    return start


# A section in brackets inside a name, after the site it is of: 史河|（县城段）|综合治理工程, 湄江|(县城段)|….
_SECTION_BEFORE = re.compile(r"[(（][^()（）]{1,12}[)）]$")


def _start_before_section(doc: Doc, token) -> int | None:
    """Give where a work's name starts when a bracketed section of its site stands inside it: 史河（县城段）综合治理
    工程, 大沙河（龙泉关段）综合治理工程 (the walk over names stops at the bracket)."""
    i = token.i - 1
    while i >= 0 and not doc[i].is_punct and doc[i].text not in _PROJECT_STOP_WORDS and token.idx - doc[i].idx <= 12:
        i -= 1
    if i < 0 or doc[i].text not in ")）":
        return None
    section = _SECTION_BEFORE.search(doc_text(doc), max(0, doc[i].idx - 13), doc[i].idx + 1)
    site = token_ending_at(doc, section.start()) if section else None
    if site is None or site.is_punct or site.text in _PROJECT_STOP_WORDS:
        return None
    start = _name_start(doc, site.i, max_chars=12, anchored=True, stops=_PROJECT_STOP_WORDS)
    if start is None and _is_anchor(site):
        start = site.idx
    if start is None:  # a site the segmenter did not know, opening its clause: 滠|水|（前川段）生态修复工程
        start = _name_part_start(doc, site.i + 1, tags=_NAME_PART_TAGS | {"g"})
        start = start if start is not None and _opens_clause(doc, start) and section.start() - start >= 2 else None
    return start


# A name's suffix the segmenter cut off its name, which a name never begins with: 顾家|台村, 核桃|坝村, 田家|河, 板仓|小镇.
_SUFFIX_START = re.compile(r"^[\u4e00-\u9fff]?(?:村|镇|乡|河|江|溪|湖|山|岭|湾|桥|小镇|古镇)$")
_NAME_PART_TAGS = frozenset("n nr nrfg ns nz ng zg j".split())


def _whole_name_start(doc: Doc, start: int) -> int:
    """Give where a name starts when the walk stopped inside it: before the word a suffix was cut from (顾家|台村
    游客服务中心…), before a village whose 村 the segmenter joined to the next word (骆驼|湾|村民|宿集群…)."""
    first = token_starting_at(doc, start)
    if first is None or first.i == 0:
        return start
    before = doc[first.i - 1]
    if before.text == "村民" and len(first.text) == 1:  # 骆驼湾村|民宿
        village = _name_part_start(doc, before.i)
        return village if village is not None and before.idx - village >= 2 else start
    # (a name the dictionary knows is whole: 西山/ns)
    if _SUFFIX_START.match(first.text) and not (len(first.text) > 1 and first.tag_ == "ns") and _is_name_part(before) \
            and not PROJECT_SUFFIX_AT_END.search(before.text):
        return before.idx
    return start


def _name_part_start(doc: Doc, i: int, tags: frozenset[str] = _NAME_PART_TAGS, max_chars: int = 4) -> int | None:
    """Give where the name-like words right before token ``i`` start (at most four characters): 骆驼|湾 before 村民."""
    start = None
    j = i - 1
    end = doc[i].idx if i < len(doc) else len(doc_text(doc))
    while j >= 0 and _is_name_part(doc[j], tags) and end - doc[j].idx <= max_chars:
        start = doc[j].idx
        j -= 1
    return start


def _is_name_part(token, tags: frozenset[str] = _NAME_PART_TAGS) -> bool:
    return (token.tag_ in tags and 1 <= len(token.text) <= 4 and not token.is_punct
            and token.text not in _PROJECT_STOP_WORDS and not _CLAUSE_BREAK.match(token.text))


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
        return _named_site_start(doc, token)
    return (_name_start(doc, site.i, max_chars=12, anchored=True, stops=_PROJECT_STOP_WORDS) or (site.idx if _is_anchor(site) else None)
            or _named_site_start(doc, token))


# The works on a site, right before the project noun: 红军广场|提升改造|工程, 三义寨引黄灌区|续建配套与节水改造|工程.
_SITE_WORKS = re.compile(r"(?<![与和])(?:新建|改建|扩建|改扩建|续建|迁建|搬迁|提升|改造|提质|提标|升级|整治|治理|修复|保护|修缮|除险|加固|"
                         r"配套|节水|拓宽|与|和)+$")


def _named_site_start(doc: Doc, token) -> int | None:
    """Give where a project starts that is named by a site with no proper noun the segmenter knows, opening its
    clause, and the works on it: 红军广场提升改造工程, 三义寨引黄灌区续建配套与节水改造工程 (not 城市公园|提升改造工程)."""
    text = doc_text(doc)
    works = _SITE_WORKS.search(text, max(0, token.idx - 12), token.idx)
    site = token_ending_at(doc, works.start()) if works else None
    if site is None or text[works.start()] in "与和":
        return None
    start = _name_part_start(doc, site.i + 1, max_chars=10)
    place = PLACE_SUFFIX.search(text, start, works.start()) if start is not None and _opens_clause(doc, start, verbs=True) else None
    if place is None or len(_GENERIC_PLACE.sub("", text[start:place.start()])) < 2:
        return None
    return start


def _opens_clause(doc: Doc, start: int, verbs: bool = False) -> bool:
    """Tell whether a name at ``start`` opens its clause or list item (or follows the verb that opens it)."""
    text = doc_text(doc)
    if start == 0 or _CLAUSE_BREAK.match(text[start - 1]) or verbs and text[start - 1] == "、":
        return True
    before = token_ending_at(doc, start)
    return verbs and before is not None and before.text in _PROJECT_STOP_WORDS


# A company opening its clause before a capacity project (红日新材料|年产5万吨环保涂料项目), or a planning block
# before the work in it (县前头片区|城市更新项目): the project is theirs.
_CAPACITY = "年产"
_BLOCK = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:片区|区块|组团)")
_OWNER_TAGS = frozenset("n nz nr ns nt j a b".split())


def _owner_start(doc: Doc, start: int) -> int:
    text = doc_text(doc)
    block = _block_start(doc, start)
    if block is not None:
        return block
    if not text.startswith(_CAPACITY, start):
        return start
    clause = max(text.rfind(p, 0, start) for p in "，,；;。：:、") + 1
    owner = tokens_from(doc, clause, start)
    if 2 <= start - clause <= 8 and owner and owner[0].idx == clause \
            and all(t.tag_ in _OWNER_TAGS and t.text not in _PROJECT_STOP_WORDS for t in owner):
        return clause
    return start


def _block_start(doc: Doc, start: int) -> int | None:
    """Give where a planning block opening its clause (or after the verb that opens it) starts, right before
    ``start``: 加快|县前头片区|城市更新项目."""
    for word in tokens_from(doc, max(0, start - 8), start):
        if _BLOCK.fullmatch(doc_text(doc), word.idx, start) and _opens_clause(doc, word.idx, verbs=True) \
                and not any(t.text in _PROJECT_STOP_WORDS for t in tokens_from(doc, word.idx, start)):
            return word.idx
    return None


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
# A metro or light-rail line named by a word, not a number, with its phase: 轨道交通前川线, 轨道交通前川线二期工程.
NAMED_METRO_LINE = re.compile(r"(?:城市)?(?:轨道交通|地铁|城轨|轻轨)(?:[\u4e00-\u9fff]{2,3}(?<!号)|[A-Z]\d{1,2})线(?:[一二三四五六七八九十]期工程)?")
# A project noun the segmenter joined to the work on it: 朱溪水库|工程建设.
_WORK_ON_PROJECT = re.compile(r"(?:工程|项目)建设")


def _clause_start_name(doc: Doc, token) -> int | None:
    """Give the start of a project name with no proper noun that opens its clause (or follows the verb opening it)
    and says more than its kind (six characters besides generic words): 辉煌全域土地整治项目, 加快|花园红木产业国际
    物流中心项目, not 重点项目 or 污水处理工程."""
    start = _name_start(doc, token.i, max_chars=20, anchored=False, stops=_PROJECT_STOP_WORDS)
    if start is None or not _opens_clause(doc, start, verbs=True):
        return None
    modifier = _GENERIC_PROJECT_WORDS.sub("", doc_text(doc)[start:token.idx])
    return start if len(modifier) >= 6 else None


def _division_before(doc: Doc, m: re.Match[str]) -> int | None:
    """Give where the division written in full right before a quoted work starts, which makes it one work of that
    division, part of its name: 江南镇“污水零直排区”建设项目 (“美丽城镇”建设项目 alone names a program)."""
    division = token_ending_at(doc, m.start())
    if division is None or division.tag_ != "ns" or not _FULL_DIVISION.match(division.text):
        return None
    if not _WORK_AT_END.search(m.group("noun")):
        return None
    return division.idx if _token_aligned(doc, m.start(), m.end()) else None


def _is_quoted_project(doc: Doc, m: re.Match[str], of_division: bool = False) -> bool:
    """Tell whether a quoted name and a project noun make one project: not when a verb comes between
    (“X”推进工程), nor when only a bare noun follows a name that may be a program's (“领雁”项目), unless a
    division's (江南镇“污水零直排区”建设项目)."""
    noun = m.group("middle") + m.group("noun")
    if not of_division and (noun in _BARE_PROJECT_NOUN or len(_GENERIC_PROJECT_WORDS.sub("", m.group("middle"))) == 1):
        return False
    if _NUMBERED.match(m.group("middle")) and m.group("noun") == "工程":
        return False  # a campaign's numbers: “四送一服”|双千|工程 is the program 四送一服
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
        items = [_before_status(doc, a, b) for a, b in _clause_list(doc, verb.start())]
        if len(items) >= 2 and not any(_holds_verb(doc, a, b) for a, b in items):
            named = [(a, b) for a, b in items if not ORG_SUFFIX.search(text[a:b]) and _is_named_item(doc, a, b)]
            yield from _project_items(doc, named)
    for a, b in _list_items(text):
        a = _after_leading_verbs(doc, a, b)
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


# Words between a work's name and the verb saying what became of it: …工程|主体|完工, …项目|全部|完工.
_STATUS_BEFORE_VERB = re.compile(r"(?:主体|全部|全面|全线|基本|顺利|如期|提前|先后|相继|陆续|正式|均已|均|已)+$")
# Verbs saying what became of a work: an item holding one is a clause, not a name (…项目一期竣工、二期开工).
_WORK_VERBS = frozenset("竣工 完工 开工 投产 建成 通车 开业 投用 签约 贯通 合龙".split())


def _before_status(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Give a list item less the status words at its end: 板桥大道改造项目|全部, 响洪甸水库加固工程|主体."""
    status = _STATUS_BEFORE_VERB.search(doc_text(doc), start, end)
    if status and status.start() > start and _token_aligned(doc, start, status.start()):
        return start, status.start()
    return start, end


def _holds_verb(doc: Doc, start: int, end: int) -> bool:
    """Tell whether a list item holds a verb of what became of a work: 苏州百川…项目一期|竣工."""
    return any(t.text in _WORK_VERBS for t in tokens_from(doc, start, end))


def _after_leading_verbs(doc: Doc, start: int, end: int) -> int:
    """Give where a list item starts after the verbs that open its clause: 推进|轨道交通前川线二期工程."""
    for token in tokens_from(doc, start, end):
        if token.idx != start or not (token.text in _PROJECT_STOP_WORDS or token.tag_ in ("v", "p", "d", "ad", "c")):
            break
        start = token.idx + len(token.text)
    return start


def _project_items(doc: Doc, items: list[tuple[int, int]]) -> Iterator[Mention]:
    shared = shared_head_lists(doc)
    for a, b in items:
        if any(start < b and a < end for start, end, _ in shared):
            continue  # an item of a list sharing one head, named with that head
        surface = doc_text(doc)[a:b]
        name = project_canonical(surface)
        if 2 <= len(name) <= 24 and not re.search(r"\d|等", name) and len(_GENERIC_PROJECT_WORDS.sub("", name)) >= 2 \
                and _token_aligned(doc, a, b):
            yield Mention(surface, a, b, "Project", name, method="pattern:project-list")


# A contract section after its work's name, part of it: G346梅山至青山段改建工程|第三标段. (A phase after it is not:
# …项目|一期竣工.)
_CONTRACT_SECTION = re.compile(r"第?[一二三四五六七八九十\d]{1,3}标段?")


def _project_end(doc: Doc, token) -> int:
    """Give where a project name ending with ``token`` ends: after its section, 衢宁铁路(遂昌段), …公路遂昌段."""
    end = token.idx + len(token.text)
    if _WORK_ON_PROJECT.fullmatch(token.text):
        return end - len("建设")
    section = _section_length(doc_text(doc), end)
    if section:
        return end + section
    contract = _CONTRACT_SECTION.match(doc_text(doc), end)
    if contract:
        return contract.end()
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
    if len(_GENERIC_PROJECT_WORDS.sub("", modifier)) < 2 or _NUMBERED.match(modifier) or _COUNT_INSIDE.search(modifier):
        return True
    words = tokens_from(doc, start, suffix_token.idx)
    return suffix_token.text == "项目" and len(words) == 1 and len(words[0].text) <= 2 and words[0].tag_ != "ns"


# A count of works between the items of a list and the head they share: 梅山、响洪甸|两座|水库除险加固工程,
# 湄潭至兴隆、湄潭至洗马|两条|公路改扩建工程.
_SHARED_COUNT = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})(?:座|条|个|处|所|项|片|栋|段)")
# Endings of features by kind: the last item of a list ends like the first (蒲江河、临溪河|生态修复工程,
# 兰阳路、中山街和裕禄大道|提升改造工程, 澹台湖、石湖|公园提升改造工程).
_FEATURE_KINDS = ("路街道巷", "河江溪湖渠塘湾泉潭", "山岭峰岗坡", "村镇乡", "桥")
# Words joining the last two items of a list: 兰阳路、中山街|和|裕禄大道….
_LIST_AND = frozenset("和 及".split())
_PROPER_TAGS = frozenset("ns nz nr nrfg j nt eng".split())
_NOT_IN_ITEM = frozenset("v vn d m q".split())
# An item that is a work itself, not a site sharing the head: 红军广场提升改造工程|和|梅山路改扩建工程.
_WORK_AT_END = re.compile(r"(?:项目|工程)$")


def shared_head_lists(doc: Doc) -> list[tuple[int, int, list[Mention]]]:
    """Give the lists of projects sharing one head in the sentence (kept in the doc's user data): where each list
    starts and ends, and its items. A list is found at the last project noun of its head (工程, not 水库, in
    梅山、响洪甸两座水库除险加固工程)."""
    found = doc.user_data.get(_SHARED_HEADS)
    if found is None:
        found = doc.user_data[_SHARED_HEADS] = []
        for token in reversed(doc_tokens(doc)):
            if PROJECT_SUFFIX_AT_END.search(token.text) and not (found and token.idx >= found[-1][0]):
                end = _project_end(doc, token)
                items = _shared_head_items(doc, token, end)
                if items:
                    found.append((items[0].start, end, items))
    return found


_SHARED_HEADS = "kg_shared_head_projects"


def _shared_head_items(doc: Doc, noun, end: int) -> list[Mention]:
    """Give the projects of a list of names sharing one head, each named by its item and the head:
    梅山、响洪甸两座水库除险加固工程 gives 梅山 (梅山水库除险加固工程) and 响洪甸 (响洪甸水库除险加固工程);
    兰阳路、中山街和裕禄大道提升改造工程 gives 兰阳路, 中山街 and 裕禄大道提升改造工程 (the head written after the
    last item is part of its span). Nothing when the clause is no such list."""
    text = doc_text(doc)
    items = _clause_list(doc, noun.idx)
    if len(items) < 2 or items[-1][1] != noun.idx:
        return []
    *names, (last, _) = items
    joined = _joined_last(doc, last, noun.idx)
    if joined is not None:  # 中山街|和|裕禄大道…: one more item before the last
        names.append((last, joined.idx))
        last = joined.idx + len(joined.text)
    count = _SHARED_COUNT.search(text, last, noun.idx)
    if count is not None and _token_aligned(doc, count.start(), count.end()) and text[count.start() - 1:count.start()] != "、":
        names.append((last, count.start()))
        head_start, last_spans_head = count.end(), False
    else:
        head_start, last_spans_head = _last_item_end(doc, names[0], last, noun.idx), True
    names[0] = (_after_division(doc, *names[0]), names[0][1])
    if head_start is None or not all(_is_list_name(doc, a, b) for a, b in names):
        return []
    head = text[head_start:end]
    if not _is_shared_head(doc, head_start, end):
        return []
    found = [Mention(text[a:b], a, b, "Project", project_canonical(text[a:b] + head), method="pattern:shared-head") for a, b in names]
    if last_spans_head:
        if not _is_list_name(doc, last, head_start, last=True):
            return []
        found.append(Mention(text[last:end], last, end, "Project", project_canonical(text[last:end]), method="pattern:shared-head"))
    return found


# Works a head may name besides its kind of site: 水库|除险加固|工程, 湿地公园|建设|工程, 公路|改扩建|工程.
_HEAD_WORK = re.compile(
    r"(?:新建|改建|扩建|改扩建|续建|迁建|搬迁|提升|改造|提质|提标|升级|整治|治理|修复|保护|修缮|除险|加固|建设|配套|节水|拓宽|"
    r"硬化|绿化|亮化|美化|疏浚|清淤|加宽|维修|开发|利用|综合|生态)+"
)


# Divisions counted before a work in them: 长桥、郭巷两个|街道污水管网工程 (the items are localities).
_DIVISION_HEAD = re.compile(r"(?:街道|社区|镇|乡|村|县|区|市|省)")


def _is_shared_head(doc: Doc, start: int, end: int) -> bool:
    """Tell whether ``start``–``end`` is a head items can share: a kind of site or work and a project noun
    (水库除险加固工程, 隧道, 民宿集群项目); not a bare noun (A、B项目), nor a clause (…项目获评…, …馆推出…项目),
    nor the rest of a route (麻南线、吴郑线|至金隆段公路)."""
    name = project_canonical(doc_text(doc)[start:end])
    words = tokens_from(doc, start, end)
    if name in _BARE_PROJECT_NOUN or not 2 <= len(name) <= 16 or re.search(r"[\d等]", name) or not words:
        return False
    if words[0].tag_ in ("p", "c", "u", "uj", "f", "m", "q") or _DIVISION_HEAD.match(name):
        return False
    if ORG_SUFFIX.search(name[:-1]) or any(t.tag_ in ("ns", "nr") for t in words):
        return False  # a name of its own, not a kind: 横店电影学院、温州|医科大学东阳校区
    return not any(t.text in _PROJECT_STOP_WORDS or t.is_punct and t.text not in "()（）"
                   or t.tag_ in ("v", "vd", "p") and not _HEAD_WORK.fullmatch(t.text) for t in words)


def _after_division(doc: Doc, start: int, end: int) -> int:
    """Give where the first item of a list starts after the division written before it, which places every item
    and stays a locality: 黄阁镇|中山路、麒麟路提升改造工程."""
    first = token_starting_at(doc, start)
    if first is not None and first.tag_ == "ns" and _FULL_DIVISION.match(first.text) and end - (first.idx + len(first.text)) >= 2:
        return first.idx + len(first.text)
    return start


def _joined_last(doc: Doc, start: int, limit: int):
    """Give the 和/及 that joins the last two items of a list in its last part (中山街|和|裕禄大道提升改造工程)."""
    for t in tokens_from(doc, start, limit):
        if t.text in _LIST_AND:
            return t if t.idx > start else None
        if t.is_punct or t.text in _PROJECT_STOP_WORDS:
            return None
    return None


def _last_item_end(doc: Doc, first: tuple[int, int], start: int, limit: int) -> int | None:
    """Give where the last item of a shared-head list ends and the head begins: where it ends like the first
    item (临溪河|生态修复工程 after 蒲江河, 石湖|公园… after 澹台湖), else like a feature of the same kind (裕禄大道|…
    after 兰阳路), else after the proper nouns that open it (长沙|民宿集群项目)."""
    text = doc_text(doc)
    ending = text[first[1] - 1]
    kind = next((k for k in _FEATURE_KINDS if ending in k), "")
    for chars in (ending, kind):
        for i in range(start + 2, min(limit, start + 8) + 1):
            if chars and text[i - 1] in chars and token_ending_at(doc, i) is not None and i < limit:
                return i
    end = start
    for t in tokens_from(doc, start, limit):
        if t.tag_ not in _PROPER_TAGS:
            break
        end = t.idx + len(t.text)
    return end if end - start >= 2 and end < limit else None


def _is_list_name(doc: Doc, start: int, end: int, last: bool = False) -> bool:
    """Tell whether an item of a list names one work's site: a proper noun (响洪甸, 长沙), a feature (鞍子岭,
    兰阳路) or a route (湄潭至兴隆); not a field (水利、交通) nor a verb (新建、改建) nor a project itself."""
    text = doc_text(doc)
    name = text[start:end]
    if not 2 <= len(name) <= 8 or not _token_aligned(doc, start, end) or ORG_SUFFIX.search(name):
        return False
    if not last and _WORK_AT_END.search(name):
        return False
    words = tokens_from(doc, start, end)
    # (one-character words the segmenter tagged as verbs may be a name's: 飘|峰山, 临|溪河)
    if any(t.text in _PROJECT_STOP_WORDS or t.is_punct or t.tag_ in _NOT_IN_ITEM and (len(t.text) > 1 or len(words) == 1)
           for t in words):
        return False
    route = "至" in name[1:-1]
    feature = len(name) >= 3 and any(name[-1] in k for k in _FEATURE_KINDS)
    return route or feature or any(t.tag_ in _PROPER_TAGS for t in words)
