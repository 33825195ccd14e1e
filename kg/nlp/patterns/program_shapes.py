"""Programs told by the shape of their name and the verb that carries them out, not by quotes:
systems of chiefs (湾长制), systems put in force (推行积分制), pilot zones of a strategy (…发展先行区),
a national strategy named with 建设 (海南自由贸易港建设), and the named object of 实施/落实 … up to a program head
(实施国家黑土地保护工程, 落实大豆振兴计划, 推进徽州古建筑保护利用工程)."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.patterns.common import doc_text, token_ending_at

# A system of chiefs, each answerable for one kind of place or chain, put in force or listed with another:
# 全面落实河长制、湾长制、林长制, 推行田长制和路长制, 全面推行链长制, 深化河湖长制, 推行网格长制.
# (The word before 长制 is one or two characters; 增长制约, 成长制造 are no systems.)
CHIEF_SYSTEM = re.compile(
    r"(?:(?<=推行|落实|实施|实行|建立|健全|深化|完善|推进|推广|全面)|(?<=[、和及与]))(?P<name>[\u4e00-\u9fff]{1,2}长制)(?![造约定作品])"
)
# Where a list of chiefs' systems runs on: 河长制、|湾长制.
_CHIEF_SYSTEM_LISTED = re.compile(r"长制[、和及与]$")
# A system of two or three characters put in force, unquoted: 推行积分制管理, 实行承诺制 (a quoted one is found with the
# quoted names: 推行“积分制”管理).
SYSTEM_IN_FORCE = re.compile(r"(?<=推行|实行)(?P<name>[\u4e00-\u9fff]{2,3}制)(?=管理|[，。；、,;]|$)")
# A pilot zone named by the strategy it tries out, built or pushed on: 建设黄河流域生态保护和高质量发展先行区,
# 推进…先行区建设, 深入实施|坚持…先行区建设. (A zone named by its trade or site is a place, 博鳌乐城国际医疗旅游先行区; a title received is an
# award, 获评全国农业绿色发展先行区.)
# So is a demonstration zone or province of a strategy pushed on or joined: 推进|闽西革命老区高质量发展示范区|建设,
# 融入|湘赣边区域合作示范区|建设, 推进|以国家公园为主体的自然保护地体系示范省|建设 (长三角生态绿色一体化发展示范区 is a zone).
STRATEGY_PILOT_ZONE = re.compile(
    r"(?<=建设|推进|推动|加快|实施|坚持|落实|融入)(?P<name>(?![和与及])[\u4e00-\u9fff]{3,20}(?:"
    r"(?:高质量发展|协调发展|融合发展|一体化发展)先行区|(?:高质量发展|区域合作)示范区|体系示范省))(?=建设|的|[，。；,;]|$)"
)
# The party's strategy for governing a frontier region, a guiding idea: 新时代党的治疆方略, 党的治藏方略 (→ 新时代…).
GOVERNING_STRATEGY = re.compile(r"(?P<name>(?:新时代)?党的治[\u4e00-\u9fff]方略)")
# A national strategy named by the zone it builds: 海南自由贸易港建设 (like 粤港澳大湾区建设): the zone's place name, the
# kind of zone and 建设. (The bare zone, 海南自由贸易港, names the zone itself.)
_STRATEGIC_ZONE = re.compile(r"(?:自由贸易港|自贸港)建设")
# The object of a verb of carrying out, up to a program head: 实施国家黑土地保护工程, 落实大豆振兴计划,
# 推进徽州古建筑保护利用工程 (a work is built, not carried out: 实施四二干沟生态修复工程), and items
# listed after it sharing the verb (持续实施国家黑土地保护工程和大豆振兴计划).
_CARRYING_OUT = re.compile(r"实施|推进|深化|开展|落实|推行")
GOVERNED_PROGRAM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:振兴计划|保护(?:利用)?工程))(?=[，。；、,;]|和|及|与|$)")
_LIST_JOINERS = "、和及与"
# What makes the object a work or a count, not a program: a site, a phase, a figure, works done on something.
_WORKS_OR_COUNT = re.compile(r"[\d一二三四五六七八九十百千万]+[个项批期条座]|路|桥|隧道|水库|管网|[站厂园馆楼]|中心|项目|改造|新建|扩建|迁建|修复")
GOVERNED_METHOD = "pattern:governed-program"
# A place's campaign named by its aim and the place, built or deepened: 深化|平安|淳安|建设, 推进|清廉|永康|建设,
# 建设|美丽|广西 (平安县 is a title: no place after 平安).
_AIMS_OF_PLACES = frozenset("平安 清廉 法治 美丽 健康".split())
_PLACE_TAGS = frozenset("ns nz j".split())
_AIM_BUILT_BEFORE = re.compile(r"(?:建设|打造)[^，。；,;]{0,8}的$")
_OPENING_QUOTES = ("“", "\"")
_CLOSING_QUOTES = ("”", "\"")
_AIM_CARRIED_OUT = ("深化", "推进", "建设", "打造", "推动", "共建", "实施", "加快", "开展")


def find_program_shapes(doc: Doc) -> Iterator[Mention]:
    """Give programs told by their shape: chiefs' systems, systems in force, strategy pilot zones, strategic zones
    built, and national plans carried out."""
    text = doc_text(doc)
    for m in CHIEF_SYSTEM.finditer(text):
        if text[m.start() - 1] in _LIST_JOINERS and not _CHIEF_SYSTEM_LISTED.search(text, max(0, m.start() - 4), m.start()):
            continue  # 和 alone opens no list of chiefs: 人和长制 is no system
        yield _program(m, "pattern:chief-system")
    for m in SYSTEM_IN_FORCE.finditer(text):
        yield _program(m, "pattern:system-in-force")
    for m in STRATEGY_PILOT_ZONE.finditer(text):
        yield _program(m, "pattern:strategy-pilot-zone")
    for m in GOVERNING_STRATEGY.finditer(text):
        name = m.group("name") if m.group("name").startswith("新时代") else "新时代" + m.group("name")
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", name, method="pattern:governing-strategy")
    yield from _strategic_zones_built(doc)
    yield from _governed_programs(text)
    yield from _aims_of_places(doc)


def _program(m: re.Match[str], method: str) -> Mention:
    return Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method=method)


def _strategic_zones_built(doc: Doc) -> Iterator[Mention]:
    """Give a national strategy named by its zone and 建设: 海南|自由贸易|港|建设 → 海南自由贸易港建设."""
    text = doc_text(doc)
    for m in _STRATEGIC_ZONE.finditer(text):
        if token_ending_at(doc, m.end()) is None:
            continue
        place = token_ending_at(doc, m.start())
        if place is None or place.tag_ != "ns" or len(place.text) < 2:
            continue
        yield Mention(text[place.idx:m.end()], place.idx, m.end(), "Program", text[place.idx:m.end()], method="pattern:strategic-zone")


def _governed_programs(text: str) -> Iterator[Mention]:
    """Give national plans a verb of carrying out governs, and the items listed after them under the same verb."""
    for verb in _CARRYING_OUT.finditer(text):
        m = GOVERNED_PROGRAM.match(text, verb.end())
        while m is not None and not _WORKS_OR_COUNT.search(m.group("name")):
            yield Mention(m.group("name"), m.start(), m.end(), "Program", m.group("name"), method=GOVERNED_METHOD)
            m = GOVERNED_PROGRAM.match(text, m.end() + 1) if text[m.end():m.end() + 1] in tuple(_LIST_JOINERS) else None


def _aims_of_places(doc: Doc) -> Iterator[Mention]:
    """Give a place's campaign named by its aim and the place (平安淳安, 清廉永康, 美丽广西): the aim and a place's
    name, with 建设 after them, a verb of carrying them out before, quotes around, or a level built before
    (建设更高水平的|平安鹤峰)."""
    text = doc_text(doc)
    for i, aim in enumerate(doc[:-1]):
        place = doc[i + 1]
        if aim.text not in _AIMS_OF_PLACES or place.tag_ not in _PLACE_TAGS or len(place.text) < 2:
            continue
        built = i + 2 < len(doc) and doc[i + 2].text == "建设"
        # (or quoted: “平安德清”实现十六连冠; or the aim of a level built: 建设更高水平的|平安鹤峰)
        carried = i > 0 and (doc[i - 1].text.endswith(_AIM_CARRIED_OUT)
                             or doc[i - 1].text in _OPENING_QUOTES and i + 2 < len(doc) and doc[i + 2].text in _CLOSING_QUOTES
                             or doc[i - 1].text == "的" and _AIM_BUILT_BEFORE.search(text, max(0, aim.idx - 12), aim.idx))
        # (a name the segmenter only guessed, 容桂/nz, needs both: 深化|平安|容桂|建设)
        if (built or carried) if place.tag_ == "ns" else (built and carried):
            end = place.idx + len(place.text)
            yield Mention(text[aim.idx:end], aim.idx, end, "Program", text[aim.idx:end], method="pattern:aim-of-place")

