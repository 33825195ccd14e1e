"""Sites: organizations and places named by their suffix, quoted places, and rivers."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import BRACKETED, clean_name
from kg.nlp.patterns.common import _NAME_TAGS, _STOP_WORDS, _is_anchor, _name_start, _token_aligned, doc_text, token_ending_at, tokens_from
from kg.nlp.patterns.localities import LOCALITY_SUFFIX

# News outlets: bodies that report on a place, not bodies of it.
MEDIA_SUFFIX = r"(?:日报|晚报|商报|时报|信息报|报社|电视台|广播电台|客户端|新闻网|杂志社?|周刊)"
ORG_SUFFIX = re.compile(
    r"(?:集团|公司|大学|学院|医院|研究院|研究所|研究中心|银行|商会|协会|学会|研究会|联合会|联谊会|分会|科学院|"
    r"人民政府|委员会|市委|县委|区委|省委|促进中心|科技|实业|股份|控股|创新服务综合体|联合研究中心|幼儿园|卫生院|" + MEDIA_SUFFIX + r")$"
)
# Schools: named by a proper noun (西门幼儿园), never by a township or village alone (大柘镇|幼儿园).
_SCHOOLS = ("幼儿园", "小学", "中学")
# What comes before an organization noun when it names a kind of body, not one body: 县|人民医院, 二甲医院, 城投集团.
_GENERIC_ORG_CORE = re.compile(
    r"^(?:人民|中|中医|妇保|妇幼保健|二甲|三甲|省城大|大|工业|城投|交投|国投|国资|农投|旅投|水务|股份制|有限|各类|各|该|本|相关|"
    r"农村经济发展|中心|乡镇|城区|省级|市级|县级|国家级|重点|"
    r"乡村|农村|村|城镇|公办|民办|普惠性|普惠|薄弱|标准化|等级|省一级|一级|二级|寄宿制|九年一贯制|义务教育|新建|改扩建|现代化|示范|优质|未来)$"
)
PLACE_SUFFIX = re.compile(
    r"(?:景区|风景区|旅游区|度假区|森林公园|湿地公园|公园|纪念馆|博物馆|展馆|茶园|古村落|古镇|湿地|画廊|绿道|广场|"
    r"产业园|园区|创业园|科技园|科技城|创新园|融合园|工业园|集聚区|示范区|众创空间|旗舰店|开发区|高新区|宗祠|故居|遗址)$"
)
# Site words that name a kind of place, not a place: A级景区, 世界地质公园, 乡村博物馆.
_GENERIC_PLACE = re.compile(r"^(?:[A-Z\d]+级|星级|村级|镇级|乡级|世界|国家|国家级|省级|市级|县级|全国|乡村|旅游|特色|生态|工业|产业|各类|重点|地质|东部|南部|西部|北部|中部)+")
# A kind of site a place is designated as, not a place: 国家一级博物馆, 国家全域旅游示范区, 省级旅游度假区.
_DESIGNATION = re.compile(r"^(?:国家|国家级|省级|全国|全省|世界|[一二三四五六七八九十]级).*(?:示范区|集聚区|度假区|旅游区|博物馆|景区)$|^[一二三四五六七八九十]级")
# A quoted brand or name and a site word right after it: “常山优品”旗舰店.
QUOTED_PLACE = re.compile(r"[“\"]([^”\"“]{2,10})[”\"]" + PLACE_SUFFIX.pattern.removesuffix("$"))
RIVER = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:江|河|溪|湖)$")
# Words that end like a river but are not one.
_NOT_RIVER = frozenset("黑龙江 浙江 镇江 九江 内江 湛江 吴江 晋江 丽江 牡丹江 合江 江河 银河 运河 山河 星河 母亲河 小溪 湖泊".split())
# Words that also end the name of a site or a body when walking left: 高峰论坛|暨|浙江省法学会….
_SITE_STOP_WORDS = _STOP_WORDS | frozenset("暨 县 市 区 省 原 建设 代表".split())


def find_organizations(doc: Doc) -> Iterator[Mention]:
    yield from _suffix_names(doc, ORG_SUFFIX, "Organization", "pattern:org-suffix", 3, 16, _GENERIC_ORG_CORE)


def find_places(doc: Doc) -> Iterator[Mention]:
    for m in QUOTED_PLACE.finditer(doc_text(doc)):
        if _token_aligned(doc, m.start(), m.end()):
            yield Mention(m.group(0), m.start(), m.end(), "Place", clean_name(m.group(0)), method="pattern:quoted-place")
    for m in _suffix_names(doc, PLACE_SUFFIX, "Place", "pattern:place-suffix", 3, 16):
        core = PLACE_SUFFIX.sub("", m.canonical)
        if len(_GENERIC_PLACE.sub("", core)) >= 2 and not _DESIGNATION.match(m.canonical):
            yield m
    for token in doc:
        if token.tag_ in ("ns", "nz") and RIVER.match(token.text) and len(token.text) >= 3 and token.text not in _NOT_RIVER:
            yield Mention(token.text, token.idx, token.idx + len(token.text), "Place", token.text, method="pattern:river")
        # A stream of two characters the segmenter does not know (蓝溪), or one cut after its first character (永|安溪).
        elif (token.text.endswith("溪") and len(token.text) == 2 and token.tag_ == "nz" and token.text not in _NOT_RIVER
              and _stands_alone(doc, token.i)):
            yield Mention(token.text, token.idx, token.idx + 2, "Place", token.text, method="pattern:river")
        elif (RIVER.match(token.text) and len(token.text) == 2 and token.i > 0 and len(doc[token.i - 1].text) == 1
              and doc[token.i - 1].tag_ in ("ns", "nr", "nz", "n", "ng", "g", "zg") and not doc[token.i - 1].whitespace_
              and (token.i < 2 or not re.match(r"[\u4e00-\u9fff]", doc[token.i - 2].text[-1]))):
            surface = doc[token.i - 1].text + token.text
            if surface not in _NOT_RIVER and _stands_alone(doc, token.i):
                yield Mention(surface, doc[token.i - 1].idx, token.idx + 2, "Place", surface, method="pattern:river")
        # A water word the segmenter left alone, after the name: 西|苕|溪, 江山|港.
        elif token.text in ("江", "河", "溪", "湖", "港") and token.i > 0:
            start = _name_start(doc, token.i, max_chars=4, anchored=False)
            surface = doc_text(doc)[start:token.idx + 1] if start is not None else ""
            if 3 <= len(surface) <= 4 and surface not in _NOT_RIVER and re.fullmatch(r"[\u4e00-\u9fff]+", surface):
                yield Mention(surface, start, token.idx + 1, "Place", surface, method="pattern:river")


def _stands_alone(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` ends a name of its own: what follows is punctuation or a verb (蓝溪|入选), not more name (梅溪|区块)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is None or following.is_punct or following.tag_ in ("v", "vn", "p", "c", "d", "uj")


def _suffix_names(doc: Doc, suffix: re.Pattern[str], type_: str, method: str, min_len: int, max_len: int,
                  generic: re.Pattern[str] | None = None) -> Iterator[Mention]:
    """Give names ending with ``suffix`` (which may span tokens: 创新|服务|综合体), walking left from it.

    A bracketed part inside the name is kept in the mention and left out of its canonical name:
    云创(常山)数字经济产业园 → 云创数字经济产业园. Names whose part before the suffix matches ``generic``
    name a kind of body or site (人民医院, 城投集团) and are left out.
    """
    text = doc_text(doc)
    for token in doc:
        end = token.idx + len(token.text)
        found = suffix.search(text, max(0, token.idx - 8), end)
        if not found:
            continue
        # The name goes on (科技|城): the suffix is not its end.
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and not token.whitespace_ and len(following.text) == 1 and re.match(r"[\u4e00-\u9fff]", following.text) \
                and following.tag_ in ("n", "ng", "nw", "nz", "ns"):
            continue
        first = token
        while first.i > 0 and first.idx > found.start():
            first = doc[first.i - 1]
        start = _name_start(doc, first.i, max_chars=max_len, anchored=False, stops=_SITE_STOP_WORDS, extra_tags=("zg", "g"))
        if start is None:
            continue
        if found.group(0).endswith(_SCHOOLS):
            start = _after_division(doc, start, first.idx)
        start = _bracketed_start(doc, start, max_len - (end - start))
        surface = text[start:end]
        name = BRACKETED.sub("", clean_name(surface))
        core = name[: len(name) - len(found.group(0))]
        if name.endswith(_SCHOOLS) and not any(_is_anchor(t) for t in tokens_from(doc, start, found.start())):
            continue
        if min_len <= len(surface) <= max_len and len(core) >= 2 and not (generic and generic.search(core)):
            yield Mention(surface, start, end, type_, name, method=method)


def _after_division(doc: Doc, start: int, stop: int) -> int:
    """Give where a name really starts when a township or village leads it: 大柘镇|小学 names no school
    (the division is a locality of its own), 王村口镇后塘村|原上垟小学."""
    for t in tokens_from(doc, start, stop):
        if len(t.text) >= 3 and LOCALITY_SUFFIX.search(t.text) and t.tag_ == "ns":
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
