"""Sites told by the list they stand in: the items of a list closed by the kind of site they are (A、B等景区), and the
items listed beside a site the place finder named by its head (木渎古镇、穹窿山和香雪海)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.patterns.awards import _split_list
from kg.nlp.patterns.common import (
    FUNCTION_CHARS, _NAME_TAGS, _STOP_WORDS, _token_aligned, doc_text, token_ending_at, token_starting_at, tokens_from,
)
from kg.nlp.patterns.suffix_names import after_leading_division
from kg.nlp.patterns.suffixes import (
    _NOT_RIVER, _NOT_SITE, _NOT_SITE_SUBJECT, _SITE_MORPHEMES, _SITE_STOP_WORDS, _SITES_AFTER_LIST, ORG_SUFFIX,
)

SIBLING = "pattern:site-sibling"
# A name shaped like a site's: a few characters and a word of mountains, waters, temples or streets at its end
# (穹窿山, 香雪海, 禅街, 全福讲寺, 韶峰, 环溪莲花湖).
_SITE_SHAPED = re.compile(r"[\u4e00-\u9fff]{1,5}[山岭峰岩洞寺庙塔阁楼桥岛屿湾谷潭泉池沟海湖江河溪街巷荡]")
# What joins the items of a list (the segmenter may glue 和 to the words around it: 穹窿|山和香|雪海).
_JOINS = "、和及与"
_GLUED_JOINS = "和及与"
# What ends a clause: a list does not go on past it.
_CLAUSE_END = "，,。；;：:！？（）()“”\"\n"
# The methods of sites named by their head or their one word, which vouch for the items listed beside them.
_HEADED = frozenset("pattern:place-suffix pattern:site-word pattern:after-division-place pattern:station".split())
# A work named after the list, whose items are its parts (澹台湖、石湖公园|提升改造工程): no sites of their own here.
_WORK_AFTER = re.compile(r"等?(?:提升|改造|提质|提档|升级|建设|修复|整治|治理|保护|综合|改扩建|扩建|新建|续建|修缮|生态|环境|除险加固|[一二三四五六七八九十]期)*(?:工程|项目)")


def sites_listed_beside(doc: Doc, places: Iterable[Mention]) -> Iterator[Mention]:
    """Give the items shaped like sites (a name ending with a word of mountains, waters, temples or streets) that
    a list joins to a site named by its head: 木渎古镇、|穹窿山|和|香雪海|完成…, |禅街|、墨池公园, 滴水洞景区和|韶峰|等."""
    text = doc_text(doc)
    for place in places:
        if place.type != "Place" or place.method not in _HEADED or _WORK_AFTER.match(text, place.end):
            continue
        yield from _items_after(doc, text, place.end)
        yield from _items_before(doc, text, place.start)


def _items_after(doc: Doc, text: str, end: int) -> Iterator[Mention]:
    while end < len(text) and text[end] in _JOINS:
        start = end + 1
        item = _SITE_SHAPED.match(text, start)
        # the item's name ends where a join, punctuation, 等 or a word of its own follows it (香雪海|完成…)
        while item is not None and not _ends_item(doc, text, item.end()):
            item = _SITE_SHAPED.match(text, start, item.end() - 1)
        if item is None or not _opens_item(doc, text, start) or _WORK_AFTER.match(text, item.end()):
            return
        begin = _after_leading_place(doc, start, item.end())
        if _is_site_name(doc, begin, text[begin:item.end()]):
            yield Mention(text[begin:item.end()], begin, item.end(), "Place", text[begin:item.end()], method=SIBLING)
        end = item.end()


def _items_before(doc: Doc, text: str, start: int) -> Iterator[Mention]:
    while start > 0 and text[start - 1] in _JOINS:
        end = start - 1
        found = None
        for size in range(2, 7):
            begin = end - size
            if begin < 0 or text[begin] in _CLAUSE_END or text[begin] in "、":
                break
            first = token_starting_at(doc, begin)
            if first is not None and (first.tag_ in ("v", "a", "ad", "d") or first.text in _STOP_WORDS):
                continue  # a verb opening the clause is no part of the name: 推进|会稽山、大禹陵, 丰富|申明古街
            if _SITE_SHAPED.fullmatch(text, begin, end) and _opens_item(doc, text, begin) and _ends_item(doc, text, end):
                found = begin  # the longest name that opens at a word or a join: 环溪莲花湖, not 莲花湖
        if found is None:
            return
        begin = _after_leading_place(doc, found, end)
        if _is_site_name(doc, begin, text[begin:end]):
            yield Mention(text[begin:end], begin, end, "Place", text[begin:end], method=SIBLING)
        start = found


def _after_leading_place(doc: Doc, start: int, end: int) -> int:
    """Give where a listed site's own name starts after the place written before it: 浦江/ns|仙华山, 杨岸村|白塔山
    (a locality of its own)."""
    first = token_starting_at(doc, start)
    if first is None or first.idx + len(first.text) >= end - 1:
        return start
    if first.tag_ == "ns" or (len(first.text) >= 2 and first.text.endswith(("村", "镇", "乡"))):
        return first.idx + len(first.text)
    return start


def _opens_item(doc: Doc, text: str, start: int) -> bool:
    """Tell whether a list item may open at ``start``: after a join or punctuation (at a word's start, or inside a word
    the segmenter glued to a join: 山和|香), or after a verb opening the clause (推进|金华山、…)."""
    if start == 0 or text[start - 1] in _CLAUSE_END or text[start - 1] in _GLUED_JOINS:
        return True
    if token_starting_at(doc, start) is None:
        return False
    before = token_ending_at(doc, start)
    if before is None:
        return False
    opener = before.tag_ == "v" or before.text in _STOP_WORDS
    # (the verb itself opens the clause, after an adverb at most: 全力|推进|会稽山; not 丰富|申明|古街)
    opens_clause = before.i == 0 or doc[before.i - 1].is_punct or doc[before.i - 1].tag_ in ("d", "ad")
    return text[start - 1] == "、" or opener and opens_clause


def _ends_item(doc: Doc, text: str, end: int) -> bool:
    """Tell whether a list item may end at ``end``: before a join, punctuation or 等, at a word's end (inside one glued
    to a join: 穹窿山|和香), and not before more of a name (a noun, a place)."""
    if end >= len(text) or text[end] in _CLAUSE_END or text[end] in _JOINS or text[end] == "等":
        return end >= len(text) or token_ending_at(doc, end) is not None or text[end] in _GLUED_JOINS
    following = token_starting_at(doc, end)
    return (token_ending_at(doc, end) is not None and following is not None
            and (following.tag_ in ("v", "d", "p", "m", "t", "c") or following.text in _STOP_WORDS))


def _is_site_name(doc: Doc, start: int, name: str) -> bool:
    """Tell whether a list item shaped like a site names one: not a word of a kind (山河, 江湖), nor opened by a
    one-character function word the segmenter left alone (在|X湖)."""
    first = token_starting_at(doc, start)
    opened_by_function = first is not None and first.text in FUNCTION_CHARS
    return len(name) >= 2 and not opened_by_function and name not in _NOT_SITE and name not in _NOT_RIVER


def listed_sites(doc: Doc) -> Iterator[Mention]:
    """Give the items of a list the text says are sites: 白茶原、云上草原、中南百草原|等景区, 串联廿八都、仙霞关|等景点."""
    text = doc_text(doc)
    for kind in _SITES_AFTER_LIST.finditer(text):
        clause = max(text.rfind(p, 0, kind.start()) for p in "，,；;。：:！？") + 1
        items = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in _split_list(text, clause, kind.start())]
        if len(items) < 2:
            continue
        for n, (a, b) in enumerate(items):
            if n == 0:
                a = _after_leading_verbs(doc, a, b)
            a = after_leading_division(doc, a, b, site=True)  # a county before its site: 吉县|壶口瀑布、代县|雁门关等景区
            name = text[a:b]
            words = tokens_from(doc, a, b)
            # the last item may end inside a word the segmenter joined to 等: 仙霞|关等|景区
            aligned = _token_aligned(doc, a, b) or (n == len(items) - 1 and _token_aligned(doc, a, b + 1))
            if (2 <= len(name) <= 10 and re.fullmatch(r"[\u4e00-\u9fff·]+", name) and aligned
                    and not _NOT_SITE_SUBJECT.search(name) and not ORG_SUFFIX.search(name)
                    and all(t.tag_ in _NAME_TAGS or (len(t.text) == 1 and t.text in _SITE_MORPHEMES) for t in words)
                    and not any(t.text in _STOP_WORDS for t in words)):
                yield Mention(name, a, b, "Place", name, method="pattern:listed-site")


def _after_leading_verbs(doc: Doc, start: int, end: int) -> int:
    """Give where the first item of a list starts after the verbs that open its clause: 串联|廿八都."""
    for t in tokens_from(doc, start, end):
        if t.idx != start or not (t.text in _SITE_STOP_WORDS or t.tag_ in ("v", "p", "d", "ad", "c", "u", "uj")):
            break
        start = t.idx + len(t.text)
    return start
