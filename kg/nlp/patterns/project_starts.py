"""Where a work's name starts: before its project noun, across the proper nouns, sites, villages, divisions,
sections and owners that are part of it, and not across the verbs, bodies and counts that are not."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp.patterns.common import (
    _is_anchor,
    _name_start,
    _token_aligned,
    doc_text,
    token_ending_at,
    token_starting_at,
    tokens_from,
)
from kg.nlp.patterns.project_lists import _HEAD_WORK, _WORK_AT_END
from kg.nlp.patterns.project_words import (
    _CLAUSE_BREAK,
    _GENERIC_PROJECT_WORDS,
    _PROJECT_STOP_WORDS,
    PROJECT_SUFFIX_AT_END,
)
from kg.nlp.patterns.suffix_names import _FULL_DIVISION, after_leading_division, is_division_of
from kg.nlp.patterns.suffixes import _GENERIC_PLACE, PLACE_SUFFIX

_DIVISION_SUFFIX = re.compile(r"(?:自治县|自治州|省|市|县|区|镇|乡|街道|村|社区)$")


def _after_repeated_division(doc: Doc, start: int, token) -> int:
    """Give where a work's name starts after a division written before it: at the division, which is part of the
    name (东坝头镇黄河滩区居民迁建二期工程, 胥口镇胥江大桥改建工程, 兰考县谷营220千伏输变电工程), unless the name
    says the division's name again (日东乡|日东水库除险加固工程: the division is a locality of its own). (A site
    keeps its division apart: 魏塘街道|中山路历史文化街区, as places do.)"""
    named = after_leading_division(doc, start, token.idx)
    division = token_ending_at(doc, named)
    if named == start or division is None:
        # a township or village the gazetteer does not have, its name said again: 荷花乡|荷花水厂扩建工程, 横路村|横路…
        repeated = _REPEATED_DIVISION.match(doc_text(doc), start, token.idx)
        return repeated.end("division") if repeated and _token_aligned(doc, start, repeated.end("division")) else start
    core = _DIVISION_SUFFIX.sub("", division.text)
    return named if len(core) >= 2 and doc_text(doc).startswith(core[:2], named) else start


# A division whose name the work's name says again right after it: 荷花乡|荷花水厂扩建工程, 五鹤村|五鹤竹林康养综合体项目.
_REPEATED_DIVISION = re.compile(r"(?P<core>[\u4e00-\u9fff]{2,4}?)(?P<division>乡|镇|村|街道|社区)(?P=core)")


# A site built to resettle people, named by its estate or new town: 康宁苑移民安置|小区, 南沙新城易地扶贫搬迁集中
# 安置|区 (a phase of one is a work already: …安置点二期工程).
_RESETTLEMENT_SITE = re.compile(r"安置(?:小区|区|点)$")
_RELOCATION = re.compile(r"易地|搬迁|移民")
_RESETTLEMENT_WORDS = re.compile(r"易地|扶贫|搬迁|集中|移民|生态|安置|后续")


def _names_resettlement_site(doc: Doc, start: int, token) -> bool:
    """Tell whether the words before a resettlement site's noun name one site: not only kind words (易地扶贫搬迁集中
    安置区); a division and kind words only when they name a township's one relocation site (高家营镇|易地扶贫搬迁
    安置点), not the sites of listed towns (兴隆镇、洗马镇|安置点) nor a town's site by a bare noun (古宜镇|集中安置点)."""
    text = doc_text(doc)
    first = token_starting_at(doc, start)
    if first is not None and first.tag_ == "ns" and _FULL_DIVISION.match(first.text):
        kind = text[first.idx + len(first.text):token.idx]
        if not _RESETTLEMENT_WORDS.sub("", kind):
            return _RELOCATION.search(kind) is not None and text[max(0, start - 1):start] not in ("、", "和", "及")
    return len(_RESETTLEMENT_WORDS.sub("", _GENERIC_PROJECT_WORDS.sub("", text[start:token.idx]))) >= 2


def _is_resettlement_site(doc: Doc, token) -> bool:
    """Tell whether ``token`` ends the name of a resettlement site (安置|小区, 安置区), not a word going on (安置点位)."""
    end = token.idx + len(token.text)
    text = doc_text(doc)
    return token.text in ("区", "小区", "点", "安置区", "安置点", "安置小区") and bool(_RESETTLEMENT_SITE.search(text, max(0, end - 5), end)) \
        and token_ending_at(doc, end - len(token.text)) is not None


def _project_start(doc: Doc, token) -> int | None:
    """Give where a project name ending with ``token`` starts: at its proper noun (龙潭水库项目), before the works
    it names (韶山灌区|续建配套与节水改造工程), at the clause it opens (辉煌全域土地整治项目) or at the road it
    works on (花园大道|拓宽改造工程); with the company or block that owns it (红日新材料|年产5万吨…项目). A bracketed
    section of its site stays in it (史河（县城段）综合治理工程), and so does a name the segmenter cut (顾家|台村…).
    A body acting on the work is none of it (…合作社入股|…工程)."""
    start = _name_start(doc, token.i, max_chars=32, anchored=True, stops=_PROJECT_STOP_WORDS)
    if start is None:
        start = _start_before_works(doc, token)
    if start is None:
        start = _clause_start_name(doc, token)
    if start is None:
        start = _village_start(doc, token)
    if start is None:
        start = _ordinal_plant_start(doc, token)
    street = _street_start(doc, token)
    if street is not None and (start is None or street < start):
        start = street
    sectioned = _start_before_section(doc, token)
    if sectioned is not None and (start is None or sectioned < start):
        start = sectioned
    if start is None:
        return None
    return _after_acting_owner(doc, _owner_start(doc, _whole_name_start(doc, _before_weak_anchor(doc, start))), token)


# Tags of a word the segmenter took for a name or an abbreviation by guess, weaker than a place name: 文旅康养/nz,
# 综采/j; and of the words of a name it does not know: 皇城/n|相府/n.
_WEAK_ANCHOR_TAGS = frozenset("nz j".split())
_UNKNOWN_NAME_TAGS = frozenset("n nr nz j ng".split())


def _before_weak_anchor(doc: Doc, start: int) -> int:
    """Give where a work's name starts when its first word is a guessed name (文旅康养/nz, 综采/j) after plain nouns
    opening its clause: those nouns are a site's name the segmenter does not know (建成|皇城相府文旅康养小镇一期工程,
    。皇城相府煤业智能化综采工作面建设工程)."""
    first = token_starting_at(doc, start)
    if first is None or first.tag_ not in _WEAK_ANCHOR_TAGS:
        return start
    i = first.i
    while i > 0 and start - doc[i - 1].idx <= 10:
        before = doc[i - 1]
        if before.tag_ not in _UNKNOWN_NAME_TAGS or before.text in _PROJECT_STOP_WORDS or len(before.text) > 4:
            break
        i -= 1
    return doc[i].idx if i < first.i and _opens_clause(doc, doc[i].idx, verbs=True) else start


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


# Words before 村 that make a kind of village, not one: 贫困|村, 示范|村, 行政|村.
_VILLAGE_KINDS = frozenset("贫困 示范 试点 重点 行政 中心 美丽 文明 先进 传统 特色 空心 集体 薄弱 经济 省级 市级 县级 全国 一个 每个 农村 城中".split())


def _village_start(doc: Doc, token) -> int | None:
    """Give where a work named by a village written in full starts, when the segmenter knows neither the village
    nor the rest (。皇城|村|村民新居三期工程, 开工|皇城|村|集中供暖改造工程, 。兴|十四|村|集中供热改造工程): at the
    village's name opening the clause."""
    for village in tokens_from(doc, max(0, token.idx - 14), token.idx):
        name = _village_name_start(doc, village) if village.text == "村" else None
        if name is None:
            continue
        between = tokens_from(doc, village.idx + 1, token.idx)
        # (the work done may come right before the noun: …污水处理站|新建|工程)
        if not any(t.is_punct or t.text in _PROJECT_STOP_WORDS and not (t.i == token.i - 1 and _SITE_WORKS.fullmatch(t.text))
                   for t in between):
            return name
    return None


def _village_name_start(doc: Doc, village) -> int | None:
    """Give where the name of two to four characters before a cut-off 村 starts when it opens its clause (皇城|村,
    兴|十四|村: the segmenter may take the name's words for a verb and a number), not a kind of village (贫困|村)."""
    if village.i == 0 or doc[village.i - 1].text in _VILLAGE_KINDS:
        return None
    for first in range(village.i - 1, max(-1, village.i - 4), -1):
        words = doc[first:village.i]
        name = "".join(t.text for t in words)
        if any(t.is_punct or t.is_space or t.text in _PROJECT_STOP_WORDS or _is_verb_in_name(doc, t, village) for t in words) \
                or len(name) > 4:
            return None
        if len(name) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and name not in _VILLAGE_KINDS \
                and not _numerals_after_name_word(doc, words[0]) and _opens_clause_after_verbs(doc, words[0].idx):
            return words[0].idx
    return None


def _before_numeral_name(doc: Doc, start: int) -> int:
    """Give where a name starts whose first word and numerals the segmenter cut off it (兴|十四|灌区…), else ``start``."""
    numerals = token_ending_at(doc, start)
    if numerals is not None and _numerals_after_name_word(doc, numerals):
        return doc[numerals.i - 1].idx
    return start


def _numerals_after_name_word(doc: Doc, first) -> bool:
    """Tell whether ``first`` is the numerals of a name whose one-character word before it (兴|十四) starts it."""
    before = doc[first.i - 1] if first.i > 0 else None
    return first.tag_ == "m" and re.fullmatch(r"[一二三四五六七八九十]{1,3}", first.text) is not None and before is not None and len(before.text) == 1 and re.match(r"[\u4e00-\u9fff]", before.text) is not None \
        and before.text not in _PROJECT_STOP_WORDS


def _is_verb_in_name(doc: Doc, word, village) -> bool:
    """Tell whether a word before 村 is a verb, no part of the village's name, unless it is the one character the
    name's numerals follow (兴|十四|村)."""
    follows = doc[word.i + 1] if word.i + 1 < village.i else None
    return word.tag_ in _OPENING_VERB_TAGS and not (follows is not None and _numerals_after_name_word(doc, follows))


# Tags of the verbs that may open a clause before its object: 开工|建设, 深入|实施.
_OPENING_VERB_TAGS = frozenset("v vn vd d ad".split())


def _opens_clause_after_verbs(doc: Doc, start: int) -> bool:
    """Tell whether a name at ``start`` opens its clause, or follows only the verbs opening it (开工|建设|兴十四村…)."""
    if _opens_clause(doc, start, verbs=True):
        return True
    text = doc_text(doc)
    clause = max(text.rfind(p, 0, start) for p in "，,。；;：:！？!?") + 1
    verbs = tokens_from(doc, clause, start)
    return bool(verbs) and verbs[0].idx == clause and start - clause <= 6 and all(t.tag_ in _OPENING_VERB_TAGS for t in verbs)


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
        start = _after_ordinal(doc, start) if start is not None else None
        start = start if start is not None and _opens_clause(doc, start) and section.start() - start >= 2 else None
    return start


def _ordinal_plant_start(doc: Doc, token) -> int | None:
    """Give where a plant named by its ordinal starts when it opens its clause (，第四污水处理厂三期工程投入运行)."""
    end = token.idx + len(token.text)
    plant = _ORDINAL_PLANT.search(doc_text(doc), max(0, end - 24), end)
    if plant is None or token_starting_at(doc, plant.start()) is None or not _opens_clause(doc, plant.start(), verbs=True):
        return None
    return plant.start()


# An ordinal opening a site's name: 第二|排水沟(贺兰段)综合治理工程, 第三|干渠.
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
# The home's plant named by its ordinal, and its phase or works: 第四污水处理厂三期工程, 第二水厂扩建项目.
_ORDINAL_PLANT = re.compile(_ORDINAL.pattern + r"[\u4e00-\u9fff]{0,4}?(?:水厂|处理厂)(?:[一二三四五六七八九十]期)?"
                            r"(?:扩建|提标改造|改造)?(?:工程|项目)?$")


def _after_ordinal(doc: Doc, start: int) -> int:
    """Give where a site's name starts when an ordinal opens it (第二|排水沟), else ``start``."""
    ordinal = token_ending_at(doc, start)
    return ordinal.idx if ordinal is not None and _ORDINAL.fullmatch(ordinal.text) else start


# A name's suffix the segmenter cut off its name, which a name never begins with: 顾家|台村, 核桃|坝村, 田家|河, 板仓|小镇.
_SUFFIX_START = re.compile(r"^[\u4e00-\u9fff]?(?:村|镇|乡|河|江|溪|湖|山|岭|湾|桥|小镇|古镇)$")
_NAME_PART_TAGS = frozenset("n nr nrfg ns nz ng zg j".split())
# Street nouns, which no name is alone (unlike common._STREET, a street by its name): 团结|大街提升改造工程.
_BARE_STREET = re.compile(r"大街|大道|街|路")


def _is_adjective_name(doc: Doc, word) -> bool:
    """Tell whether an adjective opening its clause is the name of the river or street after it (丰乐/a|河综合治理工程,
    团结/a|大街提升改造工程), not a description (新|河道)."""
    return word.tag_ == "a" and len(word.text) == 2 and _opens_clause(doc, word.idx)


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
    # (a name the dictionary knows is whole: 西山/ns; not a street: 团结|大街/ns)
    if (_SUFFIX_START.match(first.text) and not (len(first.text) > 1 and first.tag_ == "ns") or _BARE_STREET.fullmatch(first.text)) \
            and (_is_name_part(before) or _is_adjective_name(doc, before)) and not PROJECT_SUFFIX_AT_END.search(before.text):
        return before.idx
    if first.text == "村":  # a village's name the segmenter took for other words: 兴|十四|村|幼儿园新建工程
        village = _village_name_start(doc, first)
        return village if village is not None else start
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


# Works joined by 与/和 before a project noun, which the walk over names stops at: 续建配套与节水改造|工程, 保护和修复|工程.
_JOINED_WORK = "(?:续建|改建|扩建|新建|迁建|配套|节水|除险|加固|提升|改造|整治|保护|修复|提质|拓宽|建设)"
_JOINED_WORKS = re.compile(f"{_JOINED_WORK}{{1,3}}(?:与|和|及){_JOINED_WORK}{{1,3}}$")


def _start_before_works(doc: Doc, token) -> int | None:
    """Give where a project named by a site and the works joined on it starts: 韶山灌区|续建配套与节水改造工程."""
    works = _JOINED_WORKS.search(doc_text(doc), max(0, token.idx - 14), token.idx)
    site = token_ending_at(doc, works.start()) if works else None
    if site is None or site.text in _PROJECT_STOP_WORDS or site.is_punct:
        return _named_site_start(doc, token)
    return (_name_start(doc, site.i, max_chars=16, anchored=True, stops=_PROJECT_STOP_WORDS) or (site.idx if _is_anchor(site) else None)
            or _named_site_start(doc, token))


# The works on a site, right before the project noun: 红军广场|提升改造|工程, 三义寨引黄灌区|续建配套与节水改造|工程.
_SITE_WORKS = re.compile(r"(?<![与和])(?:新建|改建|扩建|改扩建|续建|迁建|搬迁|提升|改造|提质|提标|升级|整治|治理|修复|保护|修缮|除险|加固|"
                         r"配套|节水|拓宽|扩机|与|和)+$")


# A division's one character opening a name as a word of its own, which says whose the site is: 乡|自来水厂 is the
# township's own (镇海|…, a name, is not).
_OWN_DIVISION = frozenset("省市县区乡镇村")


def _first_word(doc: Doc, start: int) -> str:
    first = token_starting_at(doc, start)
    return first.text if first is not None else ""


def _named_site_start(doc: Doc, token) -> int | None:
    """Give where a project starts that is named by a site with no proper noun the segmenter knows, opening its
    clause, and the works on it: 红军广场提升改造工程, 三义寨引黄灌区续建配套与节水改造工程 (not 城市公园|提升改造工程)."""
    text = doc_text(doc)
    works = _SITE_WORKS.search(text, max(0, token.idx - 12), token.idx)
    site = token_ending_at(doc, works.start()) if works else None
    if site is None or text[works.start()] in "与和":
        return None
    start = _name_part_start(doc, site.i + 1, max_chars=10)
    start = _before_numeral_name(doc, start) if start is not None else None
    # (the site may be a work itself: 三板溪水电站|扩机工程; not the division's own: 完成|乡自来水厂|提升改造工程)
    place = PLACE_SUFFIX.search(text, start, works.start()) or (
        PROJECT_SUFFIX_AT_END.search(text, start, works.start()) if _first_word(doc, start) not in _OWN_DIVISION else None) \
        if start is not None and _opens_clause(doc, start, verbs=True) else None
    if place is None or len(_GENERIC_PLACE.sub("", text[start:place.start()])) < 2:
        return None
    return start


def _opens_clause(doc: Doc, start: int, verbs: bool = False) -> bool:
    """Tell whether a name at ``start`` opens its clause or list item (or follows the verb that opens it)."""
    text = doc_text(doc)
    if start == 0 or _CLAUSE_BREAK.match(text[start - 1]) or verbs and text[start - 1] == "、":
        return True
    before = token_ending_at(doc, start)
    return verbs and before is not None and (before.text in _PROJECT_STOP_WORDS or is_division_of(doc, before))


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


def _clause_start_name(doc: Doc, token) -> int | None:
    """Give the start of a project name with no proper noun that opens its clause (or follows the verb opening it)
    and says more than its kind (six characters besides generic words): 辉煌全域土地整治项目, 加快|花园红木产业国际
    物流中心项目, not 重点项目 or 污水处理工程."""
    start = _name_start(doc, token.i, max_chars=20, anchored=False, stops=_PROJECT_STOP_WORDS)
    if start is None or not _opens_clause(doc, start, verbs=True):
        return None
    modifier = _GENERIC_PROJECT_WORDS.sub("", doc_text(doc)[start:token.idx])
    return start if len(modifier) >= 6 else None
