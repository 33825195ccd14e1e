"""Sites told by what the text says of them: a site named without a head word by what follows it (its section, water,
trail, surroundings or works: 敕木山|森林步道, 蒲江河、临溪河|出境断面), and a railway station named by a place by
its trains (阳朔站|新增动车停靠班次)."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.patterns.common import (
    FUNCTION_CHARS, _STOP_WORDS, _token_aligned, doc_text, doc_tokens, token_ending_at, token_starting_at,
)
from kg.nlp.patterns.suffix_names import _FULL_DIVISION
from kg.nlp.patterns.suffixes import _NOT_RIVER, _NOT_SITE, _SITE_MORPHEMES

# A railway station's word after the place it is named by: 韶山|南站, 嘉善|南站.
_STATION_WORDS = frozenset("南站 北站 东站 西站".split())
# What the clause says of a railway station named by a place alone: its trains and passengers, its opening, the buses
# meeting it (阳朔站|新增动车停靠班次, 林芝站|投入运营, 朱家角站|至古镇的接驳公交).
_TRAINS = re.compile(r"[^，,。；;]{0,8}?(?:动车|高铁|列车|专列|班次|停靠|旅客|客流|发送|接驳|投入运营|开通运营)")


def stations(doc: Doc) -> Iterator[Mention]:
    """Give railway stations named by a place and a side (韶山南站; not 服务站, 加油站: no place before them), or by a
    place alone where trains stop at them (阳朔|站|新增动车班次, 朝阳|湖站|新增…: the segmenter joined the name's end,
    银田站: or made one word of it)."""
    text = doc_text(doc)
    for token in doc_tokens(doc):
        end = token.idx + len(token.text)
        if token.tag_ == "nz" and len(token.text) >= 3 and token.text.endswith("站") and _TRAINS.match(text, end):
            yield Mention(token.text, token.idx, end, "Place", token.text, method="pattern:station")  # 银田站/nz: one word
            continue
        place = doc[token.i - 1] if token.i else None
        if place is None or not (place.tag_ in ("ns", "nz") and len(place.text) >= 2 and not place.whitespace_):
            continue
        by_side = token.text in _STATION_WORDS and place.tag_ == "ns"
        by_place = (token.text == "站" or len(token.text) == 2 and token.text[1] == "站" and token.text[0] in _SITE_MORPHEMES) \
            and _TRAINS.match(text, end) is not None
        if by_side or by_place:
            surface = text[place.idx:end]
            yield Mention(surface, place.idx, end, "Place", surface, method="pattern:station")


# A site named without a head word, told by what follows it (its section, water, monitored cross-section, shore,
# trail, surroundings or works): 南江|花园段, 急水港、白蚬湖|水质, 蒲江河、临溪河|出境断面, 太湖|吴中水域,
# 东太湖|岸线, 蓼河|沿岸, 敕木山|森林步道, 长秋山|生态步道, 大禹陵|周边, 中山路、麒麟路|完成微改造, 红都大道|沿线.
_UNHEADED_ITEM = r"[\u4e00-\u9fff]{1,4}?(?:大道|大街|水库|山|峰|岭|溪|江|河|湖|港|荡|陵|桥|湾|寺|塔|阁|厅|祠|路|街|巷)"
_UNHEADED_SITES = re.compile(rf"(?P<items>{_UNHEADED_ITEM}(?:、{_UNHEADED_ITEM})*)(?P<after>流域|干流|支流|水质|[\u4e00-\u9fff]{{2}}段(?=[、，,。；;]|完成)|"
                             r"[\u4e00-\u9fff]{2}水域|(?:国控|省控|市控|出境|入境|跨界|交界|考核)断面|岸线|"
                             r"(?:森林|生态|登山|健身|游)步道|周边|沿线|沿岸|两侧|完成(?:微|有机|提升|立面|保护性)?(?:改造|更新|修缮)|获评|入选)")
# What follows only a river or lake (its basin, water, cross-section, shore, a section of it), and only a street or
# an old building (its works, a title: 双桥、沈厅、张厅|完成保护性修缮).
_WATER_ONLY = re.compile(r"流域|干流|支流|水质|.+段|.+水域|.+断面|岸线|沿岸")
_STREET_ONLY = re.compile(r"完成|获评|入选")
_WATER_END = re.compile(r"(?:溪|江|河|湖|港|荡|水库)$")
_STREET_END = re.compile(r"(?:大道|大街|路|街|巷|桥|寺|塔|阁|厅|祠)$")
# Words after which an unheaded site's name opens: 力争|双桥周边街区…, 完成|大禹陵周边环境整治.
_OPENS_SITE = frozenset("力争 依托 推动 加快 完成 参与 围绕 开展 实施 对 在 推进".split())
SITE_IN_CONTEXT = "pattern:site-in-context"


def sites_by_what_follows(doc: Doc) -> Iterator[Mention]:
    text = doc_text(doc)
    for token in doc_tokens(doc):
        if token.is_punct or token.text in _OPENS_SITE or token.text in _STOP_WORDS or token.tag_ in ("v", "p", "m") \
                or not _opens_a_site(doc, token.idx):
            continue
        m = _UNHEADED_SITES.match(text, token.idx)
        if m is None:
            continue
        items = list(re.finditer(r"[^、]+", m.group("items")))
        last = items[-1].group(0)
        after = m.group("after")
        if (_WATER_ONLY.fullmatch(after) and not _WATER_END.search(last)) or (_STREET_ONLY.match(after) and not _STREET_END.search(last)):
            continue
        for item in items:
            name = item.group(0)
            start, end = m.start() + item.start(), m.start() + item.end()
            if (name[0] in FUNCTION_CHARS or name.startswith(("中小", "大中")) or name in _NOT_RIVER or name in _NOT_SITE or name in _NOT_STREETS or len(name) < 2
                    or not _token_aligned(doc, start, end)):
                continue
            yield Mention(name, start, end, "Place", name, method=SITE_IN_CONTEXT)


# A river opening its clause before the cross-section its water is monitored at, whatever the segmenter glued to
# its end: 滠水|国控断面 (滠/g|水国控/nz), 临溪河|出境断面.
_MONITORED_RIVER = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}?[江河溪湖水](?=(?:国控|省控|市控|出境|入境|跨界|交界|考核)断面)")


def monitored_rivers(doc: Doc) -> Iterator[Mention]:
    """Give the rivers and lakes whose monitored cross-section the text reports on (滠水国控断面水质…)."""
    text = doc_text(doc)
    for m in _MONITORED_RIVER.finditer(text):
        name = m.group(0)
        first = token_starting_at(doc, m.start())
        if first is None or name[0] in FUNCTION_CHARS or name in _NOT_RIVER or name in _NOT_SITE:
            continue
        # a river named …水 has two characters the segmenter does not know as one word (滠水, 沮水/nz; not 饮用水, 污水/n)
        if name.endswith("水") and (len(name) != 2 or first.text == name and first.tag_ != "nz"):
            continue
        yield Mention(name, m.start(), m.end(), "Place", name, method=SITE_IN_CONTEXT)


def _opens_a_site(doc: Doc, start: int) -> bool:
    """Tell whether an unheaded site's name may open at ``start``: after punctuation, a verb that opens a clause
    (力争, 完成), or a division written in full (黄阁镇|中山路)."""
    if start == 0 or doc_text(doc)[start - 1] in "，,。；;：:（(":
        return True
    before = token_ending_at(doc, start)
    return before is not None and (before.text in _OPENS_SITE or before.tag_ == "ns" and bool(_FULL_DIVISION.match(before.text)))


_NOT_STREETS = frozenset("道路 马路 公路 街路 思路 出路 线路 网路 电路 门路 套路 进路 销路 水路 陆路 铁路 一路 沿路 上路 新路 老路 大街 小巷 街巷 "
                         "大道 康庄大道 村道 河道 航道 干道 步道 山路 江湖 山河 河湖 大厅 客厅 餐厅 展厅 门厅 办事大厅 服务大厅".split())
