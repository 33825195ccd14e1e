"""Names a report uses for the places inside its own home locality.

A township report writes 上坦 for 上坦村 and 坦洪 for 坦洪乡; a county report
writes 石练 for 石练镇. Such short forms are far too ambiguous to add to the
national segmenter dictionary, but inside one report, whose home locality is
known, they are safe: this module gives the home area's names and finds them
in sentence text where no other mention stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.gazetteer import GENERIC_NAMES, Division, Gazetteer
from kg.model import Mention
from spacy.tokens import Doc

from kg.nlp.nested import NAME_HEAD, cut_word, inside_other_name, names_a_site_after, qualifies_next_name
from kg.nlp.tokenizer import frequent_words
from kg.nlp.patterns.common import token_starting_at

_VILLAGE_SUFFIX = re.compile(r"(?:村|社区|嘎查)$")
# A community is often named after a road, bridge or estate (明珠路社区, 蟠龙社区): its short form names that
# road or estate (明珠路改造, 蟠龙天地开业), so it counts only where 社区 or 居委 follows, itself or its list's.
_COMMUNITY = "社区"
# What says a village's short form is the home village itself: its own, its share, its strength (南街的, 南街贡献,
# 华西力量), or the home taken in hand (把|南街建设得…).
_HOME_SAID = re.compile(r"的|贡献|力量")
_HOME_TAKEN = ("把",)
_COMMUNITY_AFTER = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{2,6}){0,8}(?:[两二三四五六七八九十\d]+个?|等\d*个?)?(?:社区|居委|居民区)")
# A street, road, lane or bridge named after a place (五马街, 谢池巷, 横村路, 分水大道, 分水江大桥), not 街道;
# a planning block named after it (横村片区, 城南区块), which is no division (ANNOTATION.md); a metro or bus line
# (轨道交通前川|线), not a line above or below (线上, 线下).
_STREET = re.compile(r"[街巷弄路](?!道)|大道|大桥|片区|区块|线(?![上下])")
METHOD = "gazetteer:area"
REPORT_METHOD = "report:short-form"  # the short form of a village the report names in full


@dataclass(frozen=True)
class AreaNames:
    """Surface form → full division name, and one pattern that finds them all (longest first)."""

    names: dict[str, str]
    pattern: re.Pattern[str] | None
    listed_only: bool = False  # take a short form only in a list of places (the report's own villages)
    # short forms taken only before 社区/居委 (or a list of them): a community's (明珠路, 蟠龙)
    community_names: frozenset[str] = frozenset()
    # a village home's own short form, taken only before 的 (游客在皇城的停留时间): elsewhere it opens the names of
    # the village's company, sites and brands (花园集团, 皇城相府)
    home_names: frozenset[str] = frozenset()
    method: str = "gazetteer:area"

    def find(self, text: str, taken: list[Mention], doc: Doc | None = None) -> list[Mention]:
        """Give mentions of area names in ``text`` that overlap none of ``taken`` and are not part of another name.

        With ``doc``, the sentence segmented, the words after a name are read too: 壶镇|老街, 马头山|国家级自然保护区.
        """
        if self.pattern is None:
            return []
        busy = bytearray(len(text))
        for m in taken:
            busy[m.start:m.end] = b"\x01" * (m.end - m.start)
        found = []
        for m in self.pattern.finditer(text):
            if _blocked(busy, taken, m.start(), m.end(), text) or inside_other_name(text, m.start(), m.end()):
                continue
            if names_a_site_after(text, m.end()) or _inside_a_name_word(doc, m.start(), m.end()):
                continue
            if doc is not None and (_qualifies_next_name(doc, m.start(), m.end()) or _head_glued(doc, m.start(), m.end())):
                continue
            full = self.names[m.group(0)]
            if doc is not None and full != m.group(0) and _opens_a_longer_name(doc, text, m.start(), m.end(), full):
                continue
            if full != m.group(0) and _before_a_named_site(taken, m.end()):
                continue
            # 五马|街道办事处: the full name stands there and the pipeline judged it part of another name
            # (not 坦洪|乡村振兴, where the full name's suffix begins a word); 五马|街, 谢池|巷: a street.
            # 团结|一心 is no 团结村: a short form that is an everyday word (团结, 和平, 胜利, 公园; not 上周,
            # used 572 times in jieba's corpus) counts only in a list of places
            if m.group(0) in self.community_names and not _COMMUNITY_AFTER.match(text, m.end()):
                continue
            if m.group(0) in self.home_names and not _HOME_SAID.match(text, m.end()) and not text.endswith(_HOME_TAKEN, 0, m.start()):
                continue  # the home village by its short form: 南街的…, 南街贡献, 华西力量, 把南街建设得…; not 花园|集团
            everyday = (self.listed_only or m.group(0) in frequent_words()) and m.group(0) not in self.home_names
            if full != m.group(0) and everyday and not _listed(text, m.start(), m.end()):
                continue
            whole = text.startswith(full, m.start()) and full != m.group(0)
            if whole and cut_word(text, m.start(), m.start() + len(full)) != "right" or _STREET.match(text, m.end()):
                continue
            level = "Village" if _VILLAGE_SUFFIX.search(full) else "Township"
            found.append(Mention(m.group(0), m.start(), m.end(), "Locality", full, level=level, method=self.method))
        return found


def _blocked(busy: bytearray, taken: list[Mention], start: int, end: int, text: str) -> bool:
    """Tell whether another mention holds part of ``start``–``end``; a shorter locality inside it does not
    (文安|驿: the segmenter's 文安, a county far away, gives way to the home's 文安驿 for 文安驿镇), nor one the
    segmenter made of 新 and the name's start (“强富美高”新吴|中: 新吴区 far away, the home 吴中 made new)."""
    if not any(busy[start:end]):
        return False
    inside = [m for m in taken if m.start < end and m.end > start]
    return not all(m.type == "Locality" and (start <= m.start and m.end <= end and m.end - m.start < end - start
                                             or _renewed(m, start, end, text))
                   for m in inside)


def _renewed(m: Mention, start: int, end: int, text: str) -> bool:
    """Tell whether a locality is 新 glued to the start of the name at ``start``–``end`` (新吴 over 新|吴中)."""
    return m.start == start - 1 and text[m.start] == _NEW and m.end < end


# The "new" of 建设新吴中, 新沭阳: a home made new, which the segmenter may glue to the name's first character.
_NEW = "新"


def with_area_names(taken: list[Mention], found: list[Mention]) -> list[Mention]:
    """Give the sentence's mentions with the home area's names found in it, less the localities those overlap."""
    kept = [m for m in taken if not (m.type == "Locality" and any(
        f.start < m.end and m.start < f.end and (f.start, f.end) != (m.start, m.end) for f in found))]
    return sorted(kept + found, key=lambda m: m.start)


# What shows a short form stands in a list of places: 上坦、上周两个村, 新光、红旗两村, 和平等3个村.
_LIST_BEFORE = frozenset("、和与及")
_LIST_AFTER = re.compile(r"[、和与及]|(?:[两二三四五六七八九十\d]+个?|等\d*个?)?(?:村|社区|镇|乡|街道)")


def _listed(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] in _LIST_BEFORE) or _LIST_AFTER.match(text, end) is not None


# Tags of a dictionary word that is a name (韶山冲/nr, 江南水乡/ns): a short form opening one is part of it.
# Not nz: the tag of the words jieba's HMM glues together (五夫赏|荷), which name nothing.
_NAME_WORD = frozenset("nr ns nt".split())


def _before_a_named_site(taken: list[Mention], end: int) -> bool:
    """Tell whether a site or body found in the sentence starts right after a short form, which opens its name:
    环溪|莲花湖 (a lake), 战旗|乡村振兴培训学院 (a college)."""
    return any(t.start == end and t.type in ("Place", "Organization") for t in taken)


def _inside_a_name_word(doc: Doc | None, start: int, end: int) -> bool:
    """Tell whether a short form is the end or middle of a longer name the segmenter knows: 杨|开慧 in 杨开慧/nr."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.idx < start and t.idx + len(t.text) >= end and t.tag_ in _NAME_WORD for t in span)


def _head_glued(doc: Doc, start: int, end: int) -> bool:
    """Tell whether the segmenter glued a name's head to a short form in one word: 羊口港/nz (a port, not 羊口镇)."""
    token = token_starting_at(doc, start)
    return token is not None and token.idx + len(token.text) > end and NAME_HEAD.fullmatch(token.text[end - start:]) is not None


def _opens_a_longer_name(doc: Doc, text: str, start: int, end: int, full: str) -> bool:
    """Tell whether a short form is the first part of a longer name the segmenter knows (韶山冲), not its full name."""
    token = token_starting_at(doc, start)
    return (token is not None and token.idx + len(token.text) > end and token.tag_ in _NAME_WORD
            and not text.startswith(full, start))


def _qualifies_next_name(doc: Doc, start: int, end: int) -> bool:
    """Tell whether the name at ``start``–``end`` only qualifies the name its next words make (where it ends a token)."""
    following = token_starting_at(doc, end)
    span = doc.char_span(start, end, alignment_mode="expand")
    return following is not None and span is not None and qualifies_next_name(doc, doc[span.start:following.i])


def area_names(gazetteer: Gazetteer, home: Division | None) -> AreaNames:
    """Give the names of the home locality's own divisions: its short forms and those of its children."""
    names: dict[str, str] = {}
    shared: set[str] = set()  # a village home's short forms its township shares
    if home is not None and home.level in ("County", "Township"):
        if home.level == "Township":
            for short in gazetteer.short_forms(home):
                names.setdefault(short, home.name)
        _add_children(gazetteer, home, names)
    elif home is not None and home.level == "Village" and home.parent:
        # A village's report names its township, the township's other villages and the county's other
        # townships by their short forms (南马 for 南马镇, 横店 for 横店镇); never the home itself (花园集团).
        township = gazetteer.get(home.parent)
        for short in gazetteer.short_forms(township):
            names.setdefault(short, township.name)
        _add_children(gazetteer, township, names, skip=home.code)
        if township.parent:
            _add_children(gazetteer, gazetteer.get(township.parent), names)
        # (a short form the home shares with its township is the home's, the report's subject: 兴十四 in the
        # 兴十四村 report, whose 兴十四镇 is written in full; and the home's full name, which a numeral in it may
        # have the segmenter cut: 兴|十四|村)
        home_short = _shorts(gazetteer, home)
        shared = {short for short in home_short if names.get(short) == township.name}
        names.update({short: home.name for short in home_short if short not in names or short in shared})
        names.setdefault(home.name, home.name)
    names = {k: v for k, v in names.items() if len(k) >= 2}
    if not names:
        return AreaNames({}, None)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    communities = frozenset(k for k, v in names.items() if k != v and v.endswith(_COMMUNITY))
    own = frozenset(k for k, v in names.items() if home is not None and home.level == "Village" and v == home.name and k != v
                    and k not in shared)
    return AreaNames(names, re.compile(alternation), community_names=communities, home_names=own)


def _add_children(gazetteer: Gazetteer, division: Division, names: dict[str, str], skip: str | None = None) -> None:
    """Add the names of a division's children, full and short, to ``names`` (names already there stay).

    A child named by an everyday word (the 开发区 the tables list under 吴中区) is left out: 争创国家级高新技术产业|开发区
    names a kind of zone."""
    for child in gazetteer.children(division.code):
        if child.code == skip or child.name in GENERIC_NAMES:
            continue
        names.setdefault(child.name, child.name)
        for short in _shorts(gazetteer, child):
            names.setdefault(short, child.name)


def report_villages(mentions: list[Mention], area: AreaNames) -> AreaNames:
    """Give the short forms of the villages a report names in full (新光村 → 新光), for the lists that use
    them (新光、红旗两村); villages the gazetteer lacks are named so too. Names the home area has are left to it."""
    names: dict[str, str] = {}
    for m in mentions:
        if m.type == "Locality" and m.text.endswith("村") and m.method not in (METHOD, REPORT_METHOD):
            stem = m.text[:-1]
            if len(stem) >= 2 and stem not in area.names and m.text not in area.names:
                names.setdefault(stem, m.text)
    if not names:
        return AreaNames({}, None)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return AreaNames(names, re.compile(alternation), listed_only=True, method=REPORT_METHOD)


def _shorts(gazetteer: Gazetteer, division: Division) -> tuple[str, ...]:
    if division.level == "Village":
        stem = _VILLAGE_SUFFIX.sub("", division.name)
        # 洪村村 is written 洪村; 上坦村 is written 上坦.
        return (stem,) if len(stem) >= 2 and stem != division.name else ()
    return gazetteer.short_forms(division)
