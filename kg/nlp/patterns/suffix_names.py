"""Names ending with a suffix word (…大学, …景区): the walk left from the suffix that the organization and place
finders share, and where such a name really starts when the segmenter broke it, a bracket stands inside it, or a
division is written before it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import BRACKETED, clean_name
from kg.nlp.patterns.common import (
    FUNCTION_CHARS, _NAME_TAGS, _is_anchor, _name_start, doc_text, doc_tokens, token_ending_at, token_starting_at, tokens_from,
)
from kg.nlp.patterns.localities import LOCALITY_SUFFIX
from kg.nlp.patterns.suffixes import _SCHOOLS, _SITE_MORPHEMES, _SITE_STOP_WORDS

# The method suffix of a site or work found after the division written in full before it: 沙洲坝镇|红井景区.
# The division stays a locality of its own (kg.nlp.pipeline).
DIVISION_CUT = "pattern:after-division-"
# A division written in full: 沙洲坝镇, 鹰潭市, 魏塘街道 (not a zone: 武夷新区, 南沙科学城, 南湖社区).
_FULL_DIVISION = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:省|市|县|(?<![新园景片城边])区|镇|乡|街道|村)$")


# Words ending like a division that name none: 农村|的, 城区|的, 山村|的 (我县|的 and 全市|的 are deictic).
_NO_DIVISION = frozenset("农村 乡村 山村 城乡 城区 社区 园区 景区 片区 新区 小区 街区 辖区 市区 郊区 山区 库区 老区 矿区 牧区 灾区".split())
_DEICTIC = re.compile(r"^(?:我|全|本|该|各|每|两|三|周边)")


def is_division_of(doc: Doc, of) -> bool:
    """Tell whether ``of`` is the 的 after a division written in full, which opens the name of the division's work
    as a clause would: 龙市镇的|龙市中心小学新建工程, 港口|村|的|港口安置小区 (not 农村的…, 全县的…)."""
    if of.text != "的" or of.i == 0:
        return False
    division = doc[of.i - 1]
    if len(division.text) == 1 and division.text in "村镇乡" and division.i > 0 and len(doc[division.i - 1].text) >= 2:
        name = doc[division.i - 1].text + division.text  # a name the segmenter cut: 港口|村
    else:
        name = division.text
    return bool(_FULL_DIVISION.match(name)) and len(name) >= 3 and name not in _NO_DIVISION and not _DEICTIC.match(name)


def after_leading_division(doc: Doc, start: int, head: int, site: bool = False) -> int:
    """Give where a site's or work's own name starts after the divisions written in full before it, when a proper
    noun of its own follows them: 沙洲坝镇|红井景区, 鹰潭市|龙虎山景区, 日东乡|日东水库除险加固工程; not when only
    kind words follow (大均乡|全域土地综合整治项目, 周庄镇|工业集中区: the division names them). Before a ``site``, a
    district named …城区 counts (水城区|野玉海景区), and so does a mountain or water the segmenter does not know
    (盘州市|娘娘/n|山|景区, 六枝特区|牂|牁|江|景区)."""
    while True:
        division = token_starting_at(doc, start)
        if division is None or division.tag_ != "ns" or division.i + 1 >= len(doc) or not (
                _FULL_DIVISION.match(division.text) or site and _CITY_DISTRICT.match(division.text)):
            return start
        name = doc[division.i + 1]
        if name.idx >= head or division.whitespace_ or not (
                _owns_name(name) or site and _FEATURE_NAME.fullmatch(doc_text(doc), name.idx, head)):
            return start
        start = name.idx


# A district named …城区 (水城区, 鹿城区), not a part of a city (老城区, 新城区, 主城区, 中心城区).
_CITY_DISTRICT = re.compile(r"^[^老新主旧中内外]城区$")
# A mountain, river or lake named in a few characters, what a scenic area after a division is often named by:
# 娘娘山, 牂牁江, 野玉海.
_FEATURE_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}[山岭峰江河湖溪海湾岛谷洞]")


def _owns_name(token) -> bool:
    """Tell whether a token is a proper noun that can name a site or work: 红井/nz, 日东/ns, 中山路/ns; not a word
    of a kind or a trade the segmenter tagged as a name (全域土地综合整治/nz, 海洋/ns|化工, 中小学/j)."""
    return (len(token.text) >= 2 and token.tag_ in ("ns", "nz", "nr") and token.text not in _SITE_STOP_WORDS
            and not _KIND_OPENING.match(token.text))


# Words that open the name of a kind of site or work, not a proper noun: 全域…, 海洋化工…, 现代农业….
_KIND_OPENING = re.compile(r"全域|海洋|化工|生态|现代|智能|智慧|数字|高新|经济|文化|旅游|农业|工业|科技|产业|城市|城乡|乡村|美丽|未来")


# A campus named by its direction after its body's name, which ends there: 曲阜市人民医院|东|院区.
_DIRECTED_CAMPUS = re.compile(r"[东南西北][院校]区")


def _suffix_names(doc: Doc, suffix: re.Pattern[str], type_: str, method: str, min_len: int, max_len: int,
                  generic: re.Pattern[str] | None = None, site: bool = False) -> Iterator[Mention]:
    """Give names ending with ``suffix`` (which may span tokens: 创新|服务|综合体), walking left from it.

    A bracketed part inside the name is kept in the mention and left out of its canonical name:
    云创(常山)数字经济产业园 → 云创数字经济产业园. Names whose part before the suffix matches ``generic``
    name a kind of body or site (人民医院, 城投集团) and are left out.
    """
    text = doc_text(doc)
    for token in doc_tokens(doc):
        found_by = method
        end = token.idx + len(token.text)
        # A particle the segmenter joined to the name's last character: 安吉县|委的|部署.
        if token.tag_ == "nz" and len(token.text) >= 2 and token.text[-1] in "的了":
            end -= 1
        # The first character of a verb the segmenter joined to the name's last: 合作|区新|引进, 产业园|区新|入驻.
        elif token.tag_ == "nz" and len(token.text) == 2 and token.text[-1] == "新" and _verb_follows(doc, token.i):
            end -= 1
        if text[end - 1] not in _last_characters(suffix):
            continue
        found = suffix.search(text, max(0, token.idx - 8), end)
        if not found:
            continue
        # The name goes on (科技|城): the suffix is not its end.
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and not token.whitespace_ and len(following.text) == 1 and re.match(r"[\u4e00-\u9fff]", following.text) \
                and following.tag_ in ("n", "ng", "nw", "nz", "ns", "zg") and not _DIRECTED_CAMPUS.match(text, following.idx):
            continue
        first = token
        while first.i > 0 and first.idx > found.start():
            first = doc[first.i - 1]
        # (a site's name may hold a word tagged as a state, 望东垟高山|湿地/z|自然保护区)
        start = _name_start(doc, first.i, max_chars=max_len, anchored=False, stops=_SITE_STOP_WORDS,
                            extra_tags=("zg", "g", "l", "z") if site else ("zg", "g", "l"),
                            morphemes=_SITE_MORPHEMES if site else "")
        if site:  # a name the segmenter broke before its head: 开元森泊|度假/v|乐园
            start = _site_start(doc, first.idx if start is None else start, max_len - (end - (start or first.idx)))
        if start is None:
            continue
        if found.group(0).endswith(_SCHOOLS) and _FORMER.search(text, start, first.idx):
            start = _after_division(doc, start, first.idx)
        start = _bracketed_start(doc, start, max_len - (end - start))
        if site:
            start = _after_glued_preposition(doc, start)
        surface = text[start:end]
        if site:  # a site named after another one that ends a name of its own: 乡村博物馆|和平村耕读记忆馆
            core_end = len(surface) - len(found.group(0))
            inner = list(_INNER_SITE.finditer(surface, 0, core_end))
            if inner and core_end - inner[-1].end() >= 2:
                start += inner[-1].end()
                surface = text[start:end]
        if site:
            start = _after_acting_divisions(doc, start, found.start())
            start = _after_listed_site(doc, start, found.start())
            surface = text[start:end]
        if site and (named := after_leading_division(doc, start, found.start(), site=True)) != start:
            start, surface, found_by = named, text[named:end], DIVISION_CUT + "place"
        # (a body keeps the brackets of its registered name: 江南造船（集团）有限责任公司, 香港科技大学（广州）)
        name = clean_name(surface) if type_ == "Organization" else BRACKETED.sub("", clean_name(surface))
        core = name[: len(name) - len(found.group(0))]
        # A school is named by a proper noun before its noun (茅盾中学), not by a kind (高级中学/nt, 安吉县中小学).
        if name.endswith(_SCHOOLS) and (name.endswith("中小学") or not any(
                _is_anchor(t) and t.idx + len(t.text) <= found.start() for t in tokens_from(doc, start, found.start()))):
            continue
        if min_len <= len(surface) <= max_len and len(core) >= 2 and not (generic and generic.search(core)):
            yield Mention(surface, start, end, type_, name, method=found_by)


def _after_acting_divisions(doc: Doc, start: int, head: int) -> int:
    """Give where a site's name starts when the walk took in divisions and what they do: 盐池县花马池镇|建立|草原…,
    珍珠泉乡|发展|花海 (a division that acts is the clause's subject, not the start of a name)."""
    previous = None
    for token in tokens_from(doc, start, head):
        if token.tag_ == "ns":
            previous = token
        elif previous is not None and token.tag_ in ("v", "vn") and len(token.text) >= 2 and _FULL_DIVISION.match(previous.text) \
                and not _KIND_OF_SITE_WORD.fullmatch(token.text):
            return token.idx + len(token.text)
        else:
            return start
    return start


# Words of the kind of site a division's site is, which the segmenter may tag as verbs: 金寨县|革命/vn|博物馆.
_KIND_OF_SITE_WORD = re.compile(r"革命|红色|抗战|抗日|民俗|农耕|非遗|生态|研学")


def _verb_follows(doc: Doc, i: int) -> bool:
    """Tell whether a verb comes right after token ``i``: 区新|引进/v, 区新|入驻/v."""
    return i + 1 < len(doc) and doc[i + 1].tag_ == "v"


# Prepositions the segmenter glues to the name after them at the start of a clause: 以大觉|山景区, 在仙华|山….
_GLUED_PREPOSITIONS = "以在对从向把将为"


def _after_glued_preposition(doc: Doc, start: int) -> int:
    """Give where a site's name starts past an idiom opening it, or when a preposition opening the clause was glued
    to its first word: 以大觉/nz|山|景区."""
    first = token_starting_at(doc, start)
    # an idiom opening the walk is a phrase before the name (圆满完成/l|国家公园), one inside it is part of it (长三角生态绿色|一体化/l|发展示范区),
    # as is one a lone character goes on (天下第一/l|壶|茶文化公园: no name opens with a measure word)
    while first is not None and first.tag_ == "l" and first.i + 1 < len(doc) and not _goes_on_alone(doc[first.i + 1]):
        first = doc[first.i + 1]
        start = first.idx
    opens = first is not None and (first.i == 0 or doc[first.i - 1].is_punct)
    if opens and first.tag_ == "nz" and len(first.text) >= 3 and first.text[0] in _GLUED_PREPOSITIONS:
        return start + 1
    return start


def _goes_on_alone(token) -> bool:
    """Tell whether a token is one character that goes on the words before it, not a name's first word: 天下第一|壶,
    天下第一|泉."""
    return len(token.text) == 1 and (token.tag_ in ("q", "m") or token.text in _SITE_MORPHEMES) and token.text not in FUNCTION_CHARS


# Conjunctions the segmenter glues to the first word of a site listed after another: 贺兰工业园区|和德胜|工业园区.
_GLUED_CONJUNCTIONS = "和与及"
# The head words that end the site listed first.
_LISTED_SITE_HEAD = re.compile(r"(?:园区|产业园|景区|公园|基地|开发区|度假区|保护区)$")


def _after_listed_site(doc: Doc, start: int, head_start: int) -> int:
    """Give where a site's name starts after another site and a conjunction the segmenter glued to its first word:
    宁夏贺兰工业园区|和德胜|工业园区 gives 德胜工业园区."""
    for t in tokens_from(doc, start, head_start):
        if t.idx > start and len(t.text) >= 3 and t.text[0] in _GLUED_CONJUNCTIONS and _LISTED_SITE_HEAD.search(doc[t.i - 1].text):
            start = t.idx + 1
    return start


# Heads that end a site's name inside a longer run of names: 乡村博物馆|和平村耕读记忆馆.
_INNER_SITE = re.compile(r"博物馆|纪念馆|展览馆|陈列馆|美术馆|景区|公园")


@lru_cache(maxsize=None)
def _last_characters(suffix: re.Pattern[str]) -> frozenset[str]:
    """Give every Chinese character of a suffix pattern: the ones its matches can end with are among them."""
    return frozenset(re.findall(r"[\u4e00-\u9fff]", suffix.pattern))


def _site_start(doc: Doc, start: int, room: int) -> int:
    """Give where a site's name starting at ``start`` really starts when the segmenter broke it:
    黄山学院黟县|写生/v|创作基地 (a verb inside the name, after a proper noun), 江郎山·|廿八都旅游区 (two names joined),
    顺/p|峰山公园 (a one-character word opening the clause)."""
    first = token_starting_at(doc, start)
    if first is None or first.i == 0:
        return start
    before = doc[first.i - 1]
    if first.i >= 2 and not before.whitespace_:
        name = doc[first.i - 2]
        joined = before.text == "·" or (before.tag_ == "v" and len(before.text) == 2 and before.text not in _SITE_STOP_WORDS
                                        and before.text not in _KIND_VERBS)
        # (a count is no name: 新光、红旗两村|联建|共富农场)
        if joined and name.tag_ in ("ns", "nz", "nr", "j") and name.text not in _SITE_STOP_WORDS and not name.whitespace_ \
                and name.text[0] not in "一二三四五六七八九十两几多":
            earlier = _name_start(doc, name.i, max_chars=room - len(before.text), anchored=False, stops=_SITE_STOP_WORDS,
                                  morphemes=_SITE_MORPHEMES)
            return earlier if earlier is not None else name.idx if len(name.text) + len(before.text) <= room else start
    # (or a verb that opens the site's clause before it, the name a proper noun: 推动|遇|龙河/ns|景区)
    opens_clause = first.i == 1 or doc[first.i - 2].is_punct or (doc[first.i - 2].text in _SITE_CLAUSE_OPENERS
                                                                 and first.tag_ in ("ns", "nz"))
    if (opens_clause and len(before.text) == 1 and len(first.text) <= 2 and re.match(r"[\u4e00-\u9fff]", before.text)
            and before.text not in FUNCTION_CHARS and not before.whitespace_):
        return before.idx
    return start


# Verbs that open the clause of a site they act on: 推动|遇龙河景区争创…, 加快|X古镇…, 依托|X景区….
_SITE_CLAUSE_OPENERS = frozenset("推动 加快 依托 力争 支持 推进 打造 提升 围绕 串联".split())
# Verbs that say what kind of site it is, not part of its name: 双创|示范|基地.
_KIND_VERBS = frozenset("示范 创新 发展 服务 提升 改造 整治 保护 开发 培育 孵化 实训".split())


# A former school after its township or village: 王村口镇后塘村|原|上垟小学 (not 高原, 原平).
_FORMER = re.compile(r"(?:镇|乡|村|街道|社区)原")


def _after_division(doc: Doc, start: int, stop: int) -> int:
    """Give where a former school's name starts after the township or village that leads it: 王村口镇后塘村|原上垟小学
    (a school in use keeps its division: 溪口镇中心小学)."""
    for t in tokens_from(doc, start, stop):
        if len(t.text) >= 2 and LOCALITY_SUFFIX.search(t.text) and t.tag_ == "ns":
            start = t.idx + len(t.text)
    return start


def _bracketed_start(doc: Doc, start: int, room: int) -> int:
    """Give where a name starting at ``start`` really starts when a bracket comes before it: 云创(常山)|数字经济产业园."""
    bracket = re.search(r"[(（][^()（）]{1,6}[)）]$", doc_text(doc)[:start])
    if not bracket or room <= len(bracket.group(0)):
        return start
    before = token_ending_at(doc, bracket.start())
    if before is None or (before.tag_ not in _NAME_TAGS and before.tag_ != "vn") or before.text in _SITE_STOP_WORDS:
        return start
    earlier = _name_start(doc, before.i, max_chars=room - len(bracket.group(0)), anchored=False, stops=_SITE_STOP_WORDS)
    return earlier if earlier is not None else before.idx
