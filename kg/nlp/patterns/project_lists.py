"""Projects named in lists: roads named by their line, phases, items sharing one head (A、B两座水库除险加固工程)."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import project_canonical
from kg.nlp.patterns.awards import _split_list
from kg.nlp.patterns.common import (
    _is_anchor,
    _section_length,
    _token_aligned,
    doc_text,
    doc_tokens,
    token_ending_at,
    token_starting_at,
    tokens_from,
)
from kg.nlp.patterns.project_words import (
    _BARE_PROJECT_NOUN,
    _CLAUSE_BREAK,
    _COUNT_AFTER,
    _COUNT_INSIDE,
    _GENERIC_PROJECT_WORDS,
    _NUMBERED,
    _PHASE_ITEM,
    _PROJECT_COUNT_AFTER_LIST,
    _PROJECT_LIST_VERB,
    _PROJECT_STOP_WORDS,
    _WORK_ON_PROJECT,
    HUB,
    PROJECT_SUFFIX,
    PROJECT_SUFFIX_AT_END,
    built_in_clause,
)
from kg.nlp.patterns.suffix_names import _FULL_DIVISION
from kg.nlp.patterns.suffixes import ORG_SUFFIX

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
        items = [part for a, b in _clause_list(doc, verb.start()) for part in _joined_works(doc, *_before_status(doc, a, b))]
        if len(items) >= 2 and not any(_holds_verb(doc, a, b) for a, b in items):
            # (an item holding 的 is a phrase, not a name: 龙市镇的龙市中心小学新建工程; the project finder names its work)
            named = [(a, b) for a, b in items if not ORG_SUFFIX.search(text[a:b]) and "的" not in text[a:b] and _is_named_item(doc, a, b)]
            yield from _project_items(doc, named)
    for a, b in _list_items(text):
        a = _after_leading_verbs(doc, a, b)
        if _is_phase_item(doc, a, b):
            yield from _project_items(doc, [(a, b)])
    for m in _ROAD_LIST_ITEM.finditer(text):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Project", m.group("name"), method="pattern:project-list")


# A work's noun and the word joining the next work to it in one list item: …快速化改造工程|和|海沧疏港铁路支线.
_WORK_THEN_JOIN = re.compile(f"(?:{PROJECT_SUFFIX.pattern})(?P<join>和|及|与)")


def _joined_works(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Give a list item as the works joined in it by 和/及/与 after a work's noun (新阳大道快速化改造工程|和|海沧疏港
    铁路支线), else whole."""
    text = doc_text(doc)
    parts, item = [], start
    for m in _WORK_THEN_JOIN.finditer(text, start, end):
        if m.end() < end and _token_aligned(doc, item, m.start("join")):
            parts.append((item, m.start("join")))
            item = m.end()
    return [*parts, (item, end)]


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


# A section of a line right after its name, part of it (unbracketed): 川藏铁路|雅安至林芝段, 万家寨引黄工程|北干线,
# 西安外环高速公路|南段.
_ROUTE_SECTION = re.compile(r"[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段|[东南西北]?(?:干线|支线|干渠)|[东南西北中]段")
# A contract section after its work's name, part of it: G346梅山至青山段改建工程|第三标段. (A phase after it is not:
# …项目|一期竣工.)
_CONTRACT_SECTION = re.compile(r"第?[一二三四五六七八九十\d]{1,3}标段?")


# A branch of a line named by the place it serves, right after the line: 京张高铁|延庆|支线, 沪昆铁路|义乌|联络线.
_BRANCH = re.compile(r"[东南西北]?(?:支线|联络线|连接线)")


# Words ending a line's name.
_LINE_END = re.compile(r"(?:铁路|高铁|城际|高速|公路|轨道交通|线)$")


def _branch_after(doc: Doc, token) -> int | None:
    """Give where a branch named by its place ends right after a line ending with ``token`` (京张高铁|延庆|支线)."""
    if token.i + 2 >= len(doc) or not _LINE_END.search(token.text):
        return None
    place, branch = doc[token.i + 1], doc[token.i + 2]
    if place.tag_ in ("ns", "nz", "j") and 2 <= len(place.text) <= 3 and _BRANCH.fullmatch(branch.text):
        return branch.idx + len(branch.text)
    return None


# A second line built beside a line, part of its name: 沈海高速|复线, 京沪高铁|二线, 荣乌高速|新线.
_SECOND_LINE = frozenset(("复线", "二线", "新线"))


def _project_end(doc: Doc, token) -> int:
    """Give where a project name ending with ``token`` ends: after its section, 衢宁铁路(遂昌段), …公路遂昌段."""
    end = token.idx + len(token.text)
    if _WORK_ON_PROJECT.fullmatch(token.text):
        return end - len("建设")
    if token.i + 1 < len(doc) and doc[token.i + 1].text in _SECOND_LINE and _LINE_END.search(token.text):
        token = doc[token.i + 1]
        end = token.idx + len(token.text)
    route = _ROUTE_SECTION.match(doc_text(doc), end)
    if route and _token_aligned(doc, end, route.end()):
        end = route.end()  # 川藏铁路|雅安至林芝段|(巴宜段), 万家寨引黄工程|北干线
    elif _branch_after(doc, token):
        end = _branch_after(doc, token)  # 京张高铁|延庆支线
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
    numbered = _NUMBERED.match(modifier) and not _opens_with_division(doc, start)
    if len(_GENERIC_PROJECT_WORDS.sub("", modifier)) < 2 or numbered or _counts_works(doc, start, modifier):
        return True
    words = tokens_from(doc, start, suffix_token.idx)
    return suffix_token.text == "项目" and len(words) == 1 and len(words[0].text) <= 2 and words[0].tag_ != "ns"


def _counts_works(doc: Doc, start: int, modifier: str) -> bool:
    """Tell whether a count inside a name joins several works (温州三个|都市区建设工程, …三乡|通村公路), not the
    numerals ending a division's name written in full (兴十四镇|卫生院门诊楼)."""
    for count in _COUNT_INSIDE.finditer(modifier):
        division = token_ending_at(doc, start + count.end())
        if division is None or division.tag_ != "ns" or len(division.text) <= 2 or not _FULL_DIVISION.match(division.text):
            return True
    return False


def _opens_with_division(doc: Doc, start: int) -> bool:
    """Tell whether a name opens with a division written in full, whose name may be a number (八一镇|城区供水
    改扩建工程, 三星镇…), not a count of places (百城|建设提质工程)."""
    first = token_starting_at(doc, start)
    return first is not None and first.tag_ == "ns" and bool(_FULL_DIVISION.match(first.text))


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
    counted = count is not None and not last_spans_head and _count_value(count.group(0)) == len(names)
    if head_start is None or not all(_is_list_name(doc, a, b) or counted and _is_counted_name(doc, a, b) for a, b in names):
        return []
    head = text[head_start:end]
    if not _is_shared_head(doc, head_start, end) or any(_WHOLE_WORK.search(text, a, b) for a, b in names):
        return []  # (金山大桥、银湖隧道, 梅山水库、响洪甸水库: each item is a work by its own noun)
    if HUB.search(head) and not built_in_clause(text, names[0][0], end):
        return []  # reservoirs and hubs in use are sites: 明珠湾、庆盛枢纽|开发, 梅山、响洪甸两座水库|水质稳定
    # (the size a count gives its works is not in each one's name: 玉舍、德坞两座|中型|水库 gives 玉舍水库)
    item_head = _SIZE_OF_WORKS.sub("", head, count=1) if count is not None else head
    found = [Mention(text[a:b], a, b, "Project", project_canonical(text[a:b] + item_head), method="pattern:shared-head")
             for a, b in names]
    if last_spans_head:
        if not _is_list_name(doc, last, head_start, last=True) or _COUNT_INSIDE.search(text, last, end):
            return []
        found.append(Mention(text[last:end], last, end, "Project", project_canonical(text[last:end]), method="pattern:shared-head"))
    return found


# Nouns that end a whole work, which no head after it adds to (金山大桥、银湖|隧道, 乌镇至濮院快速路、子夜路|改造提升工程,
# 宜西攀高速公路、宜宾港志城|作业区二期工程);
# not a street or avenue, which the works on it name (板桥大道、鲁台山路|综合改造项目).
_WHOLE_WORK = re.compile(r"(?:铁路|高铁|城际|高速|高速公路|快速路|大桥|桥梁|隧道|水库|机场|电站|项目|工程)$")
# The size of the works a count shares out, before their kind: 两座|中型|水库, 两座|小(一)型|水库; or the class
# of features the items are, which no item's name repeats: 府河、滠水两条|河流|综合治理工程 gives 府河综合治理工程.
_SIZE_OF_WORKS = re.compile(r"^(?:(?:大|中|小)(?:[（(][一二][）)])?型|(?:河流|河道|湖泊|道路)(?=.))")
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
    if first is not None and first.tag_ == "ns" and _FULL_DIVISION.match(first.text) and end - (first.idx + len(first.text)) >= 2 \
            and not doc_text(doc).startswith("至", first.idx + len(first.text)):  # (a route from it: 乌镇|至濮院快速路)
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
    # (the last item may end where the head's noun starts: 哈马、英武|水库)
    return end if end - start >= 2 and end <= limit else None


_NUMERALS = "一二三四五六七八九十"


def _count_value(count: str) -> int:
    """Give the number a count of works says: 两座 → 2, 3处 → 3."""
    digits = re.match(r"\d+", count)
    if digits:
        return int(digits.group(0))
    return 2 if count[0] == "两" else _NUMERALS.index(count[0]) + 1


# A name the count after its list vouches for, whatever words the segmenter cut it into: 邦/ng|均/d, 下关/v.
_COUNTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}")


def _is_counted_name(doc: Doc, start: int, end: int) -> bool:
    """Tell whether an item of a list whose count matches its items (邦均、马伸桥|两座|污水处理厂…, 下关、上寨|两座|水库)
    is a name: a few characters that are no verb of the clause nor a work (新建、改建两座…)."""
    words = tokens_from(doc, start, end)
    return bool(_COUNTED_NAME.fullmatch(doc_text(doc), start, end)) and _token_aligned(doc, start, end) \
        and not any(t.text in _PROJECT_STOP_WORDS or _HEAD_WORK.fullmatch(t.text) for t in words)


# The number a line or a road is named by after its name: 黄河|一号, 长城|二号 (旅游公路).
_ORDINAL_NAME = re.compile(r"[一二三四五六七八九十]号")


def _is_numbered_name(words: list, t) -> bool:
    """Tell whether ``t`` is the number ending a name of two words, a word and its number: 黄河|一号, 天目|一号."""
    return t is words[-1] and len(words) == 2 and bool(_ORDINAL_NAME.fullmatch(t.text)) \
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", words[0].text)) and words[0].tag_ not in _NOT_IN_ITEM


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
           and not _is_numbered_name(words, t) for t in words):
        return False
    route = "至" in name[1:-1]
    feature = len(name) >= 3 and any(name[-1] in k for k in _FEATURE_KINDS)
    return route or feature or _is_numbered_name(words, words[-1]) or any(t.tag_ in _PROPER_TAGS for t in words)
