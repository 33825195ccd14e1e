"""Places: sites named by their suffix, quoted places, rivers, mountains and temples named in one word, old towns,
and sites told by a title given to them; with the sites told by what the text says of them (kg.nlp.patterns.site_context)
and by the list they stand in (kg.nlp.patterns.site_lists)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import BRACKETED, clean_name
from kg.nlp.patterns.awards import AWARD_VERB
from kg.nlp.patterns.common import (
    FUNCTION_CHARS, HISTORIC_EVENTS, SPIRIT_WORDS, _STOP_WORDS, _is_anchor, _name_start, _token_aligned, _token_starts, doc_text,
    clause_around, doc_tokens, token_ending_at, token_starting_at, tokens_from,
)
from kg.nlp.patterns.localities import _SURNAMES
from kg.nlp.patterns.site_context import _OPENS_SITE, monitored_rivers, sites_by_what_follows, stations
from kg.nlp.patterns.site_lists import listed_sites, sites_listed_beside
from kg.nlp.patterns.suffix_names import _FULL_DIVISION, _suffix_names
from kg.nlp.patterns.suffixes import (
    _ADVERBS_BEFORE_VERB, _ANCHORED_SITES, _BUILDING, _BUILT_SITES, _COUNT_INSIDE, _COUNTED, _DESIGNATION, _GENERIC_PLACE,
    _GRADE, _LEVEL_BEFORE, _LONE_FEATURE_WORDS, _LONE_SITE_WORDS, _NOT_RIVER, _NOT_SITE, _NOT_SITE_SUBJECT, _PERSON_LIKE,
    _QUOTED_KIND, _RING_OF_CITY, _RIVER_CONTEXT, _SITE_MORPHEMES, _SITE_STOP_WORDS, _SITE_TITLE, _SITE_WORD_ENDS, ORG_SUFFIX,
    LANDMARK_HEADS, PLACE_SUFFIX, QUOTED_PLACE, RIVER, SITE_WORD,
)


def find_places(doc: Doc) -> Iterator[Mention]:
    """Give the places of a sentence, less the ends of a quoted route, which name the route (“大觉山—龙虎山”旅游直通车),
    the sites a numbered event is named after (第六届六盘山山花节), and those in brackets inside a longer name; then the sites listed beside them."""
    text = doc_text(doc)
    routes = [m.span() for m in _QUOTED_ROUTE.finditer(text)] + [m.span() for m in _NUMBERED_EVENT.finditer(text)]
    places = [m for m in _places(doc) if not any(start <= m.start and m.end <= end for start, end in routes)
              and not _bracketed_in_a_name(text, m.start, m.end)]
    yield from places
    yield from sites_listed_beside(doc, places)


def _bracketed_in_a_name(text: str, start: int, end: int) -> bool:
    """Tell whether a site stands in brackets inside a longer name: 中国·海峡两岸(武夷山)茶业博览会."""
    return (start >= 2 and end + 1 < len(text) and text[start - 1] in "(（" and text[end] in ")）"
            and bool(re.match(r"[\u4e00-\u9fff]", text[start - 2])) and bool(re.match(r"[\u4e00-\u9fff]", text[end + 1])))


# An event numbered by its edition, named after a site: 第六届六盘山山花节, 第三届千岛湖马拉松赛, 第五届西湖论坛.
_NUMBERED_EVENT = re.compile(r"第[一二三四五六七八九十百\d]+届[^，,。；;、“”\"]{2,16}?(?:节|赛|论坛|大会|博览会|展览会|交易会)")
# A route named by its two ends in quotes: “大觉山—龙虎山”, "西湖-千岛湖".
_QUOTED_ROUTE = re.compile(r"[“\"][^”\"“]{2,12}?[—－-]+[^”\"“]{2,12}?[”\"]")


def _places(doc: Doc) -> Iterator[Mention]:
    for m in QUOTED_PLACE.finditer(doc_text(doc)):
        middle = m.group("middle") or ""
        if middle and (_QUOTED_KIND.search(middle) or m.group("head") in ("示范区", "集聚区", "基地", "众创空间")):
            continue
        if _token_aligned(doc, m.start(), m.end()) and not _COUNTED.match(doc_text(doc), m.end()):
            yield Mention(m.group(0), m.start(), m.end(), "Place", clean_name(m.group(0)), method="pattern:quoted-place")
    for m in _suffix_names(doc, PLACE_SUFFIX, "Place", "pattern:place-suffix", 3, 16, site=True):
        if m.canonical.endswith(LANDMARK_HEADS) and (m := _landmark(doc, m)) is None:
            continue
        if m.canonical.endswith(_STATION_SQUARE):
            yield from _station_of_square(doc, m)
            continue
        if _TITLE_SOUGHT_BEFORE.search(doc_text(doc), max(0, m.start - 6), m.start):
            continue  # the object of seeking or winning a title is the title: 争创|安徽特色小镇, 获批|山东省化工园区
        if _is_place(doc, m) and (site := _inner_site(_site_or_its_section(doc, m))) is not None:
            yield site
    text = doc_text(doc)
    for token in doc_tokens(doc):
        # A river the text speaks of as one: 好溪|流域, 弥河、丹河|水质, 走马河|生态廊道.
        if (RIVER.match(token.text) and token.text not in _NOT_RIVER and token.tag_ in ("ns", "nz", "nr")
                and _RIVER_CONTEXT.match(text, token.idx + len(token.text))
                and (token.i == 0 or doc[token.i - 1].is_punct or doc[token.i - 1].tag_ in ("v", "p", "c"))):
            start = token.idx
            before = doc[token.i - 1] if token.i else None
            # one character cut off the name's start opening the clause: 走|马河
            if before is not None and len(before.text) == 1 and not before.is_punct:
                if before.text in FUNCTION_CHARS or not (before.i == 0 or doc[before.i - 1].is_punct):
                    start = None if before.text not in FUNCTION_CHARS else start
                else:
                    start = before.idx
            if start is not None:
                surface = text[start:token.idx + len(token.text)]
                yield Mention(surface, start, token.idx + len(token.text), "Place", surface, method="pattern:river")
                continue
        # A river the segmenter took for a person (富春江/nr, 乌溪江/nr) has no family name first.
        if (token.tag_ in ("ns", "nz") or token.tag_ == "nr" and token.text[0] not in _SURNAMES) and RIVER.match(token.text) \
                and len(token.text) >= 3 and token.text not in _NOT_RIVER:
            yield Mention(token.text, token.idx, token.idx + len(token.text), "Place", token.text, method="pattern:river")
        # A stream of two characters the segmenter does not know (蓝溪, 须江), or one cut after its first character (永|安溪).
        # (not one before 的, which a village or town named like its stream has: 赤溪|的脱贫故事)
        elif (RIVER.match(token.text) and len(token.text) == 2 and token.tag_ == "nz" and token.text not in _NOT_RIVER
              and _stands_alone(doc, token.i) and not text.startswith("的", token.idx + 2)):
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
            # a village named like a river before its spirit is the village's (梁家河|精神), not a river
            spirit = token.i + 1 < len(doc) and doc[token.i + 1].text in SPIRIT_WORDS
            if 3 <= len(surface) <= 4 and surface not in _NOT_RIVER and re.fullmatch(r"[\u4e00-\u9fff]+", surface) and not spirit:
                yield Mention(surface, start, token.idx + 1, "Place", surface, method="pattern:river")
        else:
            yield from _site_word(doc, token)
    yield from _awarded_sites(doc)
    yield from listed_sites(doc)
    yield from _graded_reserves(doc)
    yield from sites_by_what_follows(doc)
    yield from monitored_rivers(doc)
    yield from stations(doc)
    yield from _ports(doc)
    yield from _old_towns(doc)


# A port named in one word (厦门港/ns, 羊口港/nz), or a place and the trade its port serves (海沧/ns|生物医药/n|港).
_PORT = re.compile(r"^[\u4e00-\u9fff]{2,4}港$")
# Words ending in 港 that name a kind of port, or a region, not a port.
_PORT_WORDS_NOT_NAMES = frozenset("香港 空港 海港 河港 渔港 商港 军港 良港 内港 外港 陆港 自贸港 无水港 内陆港 母港".split())


def _ports(doc: Doc) -> Iterator[Mention]:
    """Give the ports a report names: 占厦门港的54%, 羊口港吞吐量增长12%, 海沧生物医药港产值增长32%; the name ends before
    punctuation, 的 or a word of its own, not a character going on into a longer name (…港|区)."""
    for token in doc_tokens(doc):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and len(following.text) == 1 and not following.is_punct and following.text != "的":
            continue
        if _PORT.match(token.text) and token.tag_ in ("ns", "nz") and token.text not in _PORT_WORDS_NOT_NAMES:
            yield Mention(token.text, token.idx, token.idx + len(token.text), "Place", token.text, method="pattern:port")
        elif token.text == "港" and token.i >= 2:
            place, trade = doc[token.i - 2], doc[token.i - 1]
            if place.tag_ == "ns" and len(place.text) >= 2 and trade.tag_ == "n" and 2 <= len(trade.text) <= 4 \
                    and not place.whitespace_ and not trade.whitespace_:
                surface = place.text + trade.text + "港"
                yield Mention(surface, place.idx, token.idx + 1, "Place", surface, method="pattern:port")


# The square in front of a station, named by the station: 安吉站|站前广场, 湖杭铁路…|站前广场.
_STATION_SQUARE = "站前广场"


def _station_of_square(doc: Doc, m: Mention) -> Iterator[Mention]:
    """Give the station a square in front of a station is named by, where a place names it (安吉/ns|站|站前广场 →
    安吉站); the square itself is no site of its own (…铁路（乌镇段）站前广场: none)."""
    square = m.end - len(_STATION_SQUARE)
    if square < 3 or doc_text(doc)[square - 1] != "站":
        return
    place = token_ending_at(doc, square - 1)
    if place is None or place.tag_ not in ("ns", "nz") or len(place.text) < 2:
        return
    yield Mention(place.text + "站", place.idx, square, "Place", place.text + "站", method="pattern:station")


# Words before 古镇 that make a kind of old town, not one: 特色古镇, 江南古镇, 千年古镇.
_KIND_OF_OLD_TOWN = frozenset("特色 江南 千年 百年 历史 传统 水乡 文化 旅游 美丽 魅力 知名 著名".split())


def _old_towns(doc: Doc) -> Iterator[Mention]:
    """Give the old town a township of two characters names, whatever the segmenter made of its name: 西来/t|古镇,
    甪/zg|直/d|古镇 (a short name opening the clause or following a verb; the township itself is no mention here)."""
    text = doc_text(doc)
    for token in doc_tokens(doc):
        if token.text != "古镇" or token.idx < 2:
            continue
        start = token.idx - 2
        name = text[start:token.idx]
        first = token_starting_at(doc, start)
        before = doc[first.i - 1] if first is not None and first.i > 0 else None
        opens = before is None or before.is_punct or before.text in _STOP_WORDS or before.text in _OPENS_SITE or before.tag_ == "v"
        if (first is None or not opens or not re.fullmatch(r"[\u4e00-\u9fff]{2}", name) or name in _KIND_OF_OLD_TOWN
                or name[0] in FUNCTION_CHARS or name in _SITE_STOP_WORDS):
            continue
        yield Mention(name + "古镇", start, token.idx + 2, "Place", name + "古镇", method="pattern:place-suffix")


# Verbs of seeking or winning a title right before a name ending like a site, which is then the title: 争创|安徽特色小镇,
# 创建|自治区级特色小镇, 申报|国家农业现代化示范区, …产业园|获批|山东省化工园区.
_TITLE_SOUGHT_BEFORE = re.compile(r"(?:申报|申请|争创|创建|创成|获批|获评|荣获|入选|列入|评为)$")
# Verbs of seeking a grade, whatever the segmenter tagged them.
_PURSUITS = frozenset("申报 申请 争创 创建 创成 启动 推动".split())
# A reserve, park or resort named with its grade inside: 马头山|国家级|自然保护区, 大云温泉|省级|旅游度假区.
_GRADED_RESERVE = re.compile(r"(?:国家级|省级)(?:自然保护区|森林公园|湿地公园|地质公园|风景名胜区|旅游度假区)")


# A section of a site in brackets after it: 长征国家文化公园（瑞金段）, 钱塘江绿道（富阳段）.
_SECTION = re.compile(r"[(（][^()（）]{1,8}段[)）]")


def _site_or_its_section(doc: Doc, m: Mention) -> Mention:
    """Give a site, or the work on a section of it where a bracketed section follows: 长征国家文化公园（瑞金段） is the
    project building the park's part in the home, named without the section (as 衢宁铁路(遂昌段))."""
    section = _SECTION.match(doc_text(doc), m.end)
    if section is None:
        return m
    return Mention(doc_text(doc)[m.start:section.end()], m.start, section.end(), "Project", m.canonical, method="pattern:site-section")


# What a site serves as, after its name: 盘龙城遗址博物院|研学基地, 纪念馆|爱国主义教育基地.
_ROLE_OF_SITE = re.compile(r"(?:研学|教育|实践|培训|科普|爱国主义|红色)+基地$")
# The method of a natural village (下山溪自然村), which a village of the same span found by its suffix gives way to.
NATURAL_VILLAGE = "pattern:natural-village"


def _inner_site(m: Mention) -> Mention | None:
    """Give the site a base is named after where the base is a role the site serves (盘龙城遗址博物院|研学基地 →
    盘龙城遗址博物院), and a natural village as one (it is no division: 下山溪自然村), unless an administrative
    village is written before it, when the village is the mention (none of the two is a site)."""
    if m.type != "Place":
        return m
    if m.canonical.endswith("自然村"):
        # (after its administrative village it is a part the village is written with, as 陈村|南源自然村, …村|三组)
        return None if "村" in m.canonical[:-3] else replace(m, method=NATURAL_VILLAGE)
    role = _ROLE_OF_SITE.search(m.text)
    site = m.text[: role.start()] if role else ""
    if role is None or not (_named_by_head(site) or SITE_WORD.match(site) and site not in _NOT_SITE):
        return m  # (a mountain or temple named in one word serves too: 格登山|红色教育基地)
    return Mention(site, m.start, m.start + len(site), "Place", clean_name(site), method=m.method)


def _named_by_head(site: str) -> bool:
    """Tell whether a site is named by a proper noun and a head of its own: 盘龙城遗址博物院 (not 纪念馆, 红色基地)."""
    head = PLACE_SUFFIX.search(site)
    return head is not None and not head.group(0).endswith(_ANCHORED_SITES) and len(site) - len(head.group(0)) >= 2


# Words opening a phrase that points at sites rather than naming one: 我县|国家级自然保护区, 各类, 全市.
_DEICTIC = re.compile(r"我|全|各|本|该|其|这|那|多|几|[一二两三四五六七八九十]+(?:个|处|家|座)")
# A division pointed at rather than named (我县, 全市, 本镇): the reserves after it are its, not one named reserve.
_DEICTIC_DIVISION = re.compile(r"(?:我|全|本|该|各)[省市县区旗乡镇村]")


def _landmark(doc: Doc, m: Mention) -> Mention | None:
    """Give a landmark (old city, grotto, waterfall, mine, port of entry…) named by the proper noun right before its
    head, without the division or owner before that: 大同|云冈石窟, 晋能控股煤业集团|塔山煤矿, 上庄村|天官王府;
    none when a kind word is all there is (千年古城)."""
    head = m.end - next(len(h) for h in LANDMARK_HEADS if m.canonical.endswith(h))
    last = _token_around(doc, m.end - 1)
    # (the segmenter may know the whole landmark as one word: 云冈石窟)
    name = last if last is not None and last.idx < head else token_ending_at(doc, head)
    if name is None or name.idx < m.start or len(name.text) < 2 or name.tag_ not in ("ns", "nz", "nr", "n", "j") \
            or _GENERIC_PLACE.fullmatch(name.text):
        return None
    if name.idx == m.start:
        return m
    surface = doc_text(doc)[name.idx:m.end]
    return Mention(surface, name.idx, m.end, "Place", surface, method=m.method)


def _graded_reserves(doc: Doc) -> Iterator[Mention]:
    text = doc_text(doc)
    for m in _GRADED_RESERVE.finditer(text):
        last = token_ending_at(doc, m.start())
        if last is None:
            continue
        start = _name_start(doc, last.i, max_chars=6, anchored=False, stops=_SITE_STOP_WORDS, morphemes=_SITE_MORPHEMES)
        if start is None and last.tag_ in ("ns", "nz", "nr") and len(last.text) >= 2:
            start = last.idx
        if start is None or _DEICTIC_DIVISION.fullmatch(text, start, start + 2):
            continue
        # a name the segmenter does not know opening its clause is the reserve's (老|秃顶|子|国家级自然保护区)
        opens_clause = m.start() - start >= 3 and (start == 0 or text_before_is_break(text, start)) \
            and not _DEICTIC.match(text, start)
        if not opens_clause and not any(_is_anchor(t) or t.text[-1] in _SITE_MORPHEMES for t in tokens_from(doc, start, m.start())):
            continue
        if AWARD_VERB.search(text, start, m.start()) or any(t.tag_ == "v" or t.text in _PURSUITS for t in tokens_from(doc, start, m.start())):
            continue  # a site given or seeking the grade as its title: 神仙居景区|入选|…, 西塘古镇景区|申报|国家级旅游度假区
        surface = text[start:m.end()]
        yield Mention(surface, start, m.end(), "Place", surface, method="pattern:place-suffix")


def _site_word(doc: Doc, token) -> Iterator[Mention]:
    """Give a mountain, temple, tower, bridge or island named in one word (普陀山, 灵隐寺, 鸾峰桥) or in a name
    and its site word (灵峰|寺), not going on into a longer name: 天目山、, 鸾峰桥|完成修缮, 灵隐寺|香火, not 白马寺|村
    nor 飞鹅山|“石榴籽”社区 (天目山|景区 is a place of its own, found by its head)."""
    if token.text[-1] not in _SITE_WORD_ENDS:
        return
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    goes_on = following is not None and (len(following.text) == 1 and not following.is_punct or (following.text in SPIRIT_WORDS or following.text in HISTORIC_EVENTS))
    # A word the segmenter knows for a place, then a noun of what is said of it (灵隐寺/nr|香火/n); an unknown
    # word before a noun is as often part of a longer phrase (传承人楼|刚强).
    ends = not goes_on and (_stands_alone(doc, token.i) or token.tag_ in ("ns", "nr") and following.tag_ in ("n", "vn"))
    lone = token.text in _LONE_FEATURE_WORDS and _lone_word_ends(following)
    if not (ends or lone):
        return
    text = doc_text(doc)
    # (only a site word left alone after its name may end it before more words: 木兰|山|创成, 锦里|沟|全年, 龙泉|关|长城|被)
    if ends and SITE_WORD.match(token.text) and token.tag_ in ("ns", "nz", "nr") and token.text not in _NOT_SITE \
            and not (token.tag_ == "nz" and token.text[0] in FUNCTION_CHARS):  # 以宏阁: 以|宏阁 glued by the segmenter
        # A person's name ends like a mountain or a peak (王金山, 李高峰): a family name opens it.
        if token.tag_ == "nr" and token.text[0] in _SURNAMES and token.text[-1] in _PERSON_LIKE:
            return
        # A garden the segmenter does not know is a kind of park as often as one park (小微园, 创艺园).
        if token.text.endswith("园") and token.tag_ == "nz":
            return
        start, end = token.idx, token.idx + len(token.text)
    elif token.text in _LONE_SITE_WORDS and (start := _lone_site_word_name(doc, token.i)) is not None:
        end = token.idx + len(token.text)
        if token.text in _LONE_FEATURE_WORDS and (_BESIDE_DIVISIONS.search(text, 0, start) or _DIVISION_NEXT.match(text, end)):
            return  # a village named after its hill, in a list of villages: 蒋村、杨梅山、中央王村
    else:
        return
    surface = text[start:end]
    if surface.endswith(_BUILT_SITES + ("桥",)) and _BUILDING.search(clause_around(text, start, end)):
        return
    yield Mention(surface, start, end, "Place", surface, method="pattern:site-word")


# A list item right before or after a name that is a division written with its suffix: 蒋村、|杨梅山|、中央王村.
_BESIDE_DIVISIONS = re.compile(r"(?:村|镇|乡|社区|街道)、$")
_DIVISION_NEXT = re.compile(r"、[\u4e00-\u9fff]{1,5}?(?:村|镇|乡|社区|街道)")


def _lone_word_ends(following) -> bool:
    """Tell whether a site word the segmenter left alone ends its name before ``following``: punctuation, a verb,
    an adverb, a preposition or a time (木兰|山|、, 木兰山|创成, 锦里沟|全年, 长城|被), not more name nor a spirit."""
    return following is None or following.is_punct or following.text in _STOP_WORDS or (
        following.tag_ in ("v", "p", "c", "d", "uj", "u", "m", "t") and following.text not in SPIRIT_WORDS | HISTORIC_EVENTS)


def _lone_site_word_name(doc: Doc, i: int) -> int | None:
    """Give where the name before a site word the segmenter left alone starts: a proper noun of two characters or
    more right before it (灵峰|寺, 木兰|山), or before a one-character part of the name (龙泉|关|长城)."""
    name = doc[i - 1] if i > 0 else None
    if name is not None and len(name.text) == 1 and name.text in _SITE_MORPHEMES and i > 1 and not name.whitespace_:
        name = doc[i - 2]
    if name is None or name.tag_ not in ("ns", "nz", "nr", "j") or len(name.text) < 2 or name.whitespace_:
        return None
    return name.idx


def _awarded_sites(doc: Doc) -> Iterator[Mention]:
    """Give the names a title for sites is given to: 中南百草原|创成|国家4A级旅游景区, A、B|入选|省级研学基地.

    The name opens its clause or a list in it, carries a proper noun, and is not a division or a body
    (余村|入选… is a village; the locality and organization finders name those).
    """
    text = doc_text(doc)
    for verb in AWARD_VERB.finditer(text):
        title = re.match(r"[^，,；;。：:！？]*", text[verb.end():]).group(0)
        first = re.split(r"[、和及]", title, maxsplit=1)[0]
        if not _SITE_TITLE.search(BRACKETED.sub("", clean_name(first))):
            continue
        end = verb.start() - len(_ADVERBS_BEFORE_VERB.search(text, max(0, verb.start() - 8), verb.start()).group(0))
        while end > 0:
            last = token_ending_at(doc, end) or _token_around(doc, end - 1)
            if last is None:
                break
            start = _name_start(doc, last.i, max_chars=12, anchored=False, stops=_SITE_STOP_WORDS, morphemes=_SITE_MORPHEMES)
            if start is None and (RIVER.match(last.text) or last.text[-1] in "街巷" and last.tag_ in ("ns", "nz")) \
                    and last.idx + len(last.text) == end:
                start = last.idx  # a stream or street of two characters: 南溪|成功创建|省“美丽河湖”, 西街|被评为…名街
            if start is None or start >= end:
                break
            name = text[start:end]
            if _awarded_site_name(doc, start, end, name):
                yield _river_not_its_part(Mention(name, start, end, "Place", clean_name(name), method="pattern:awarded-site"))
            if not start or text[start - 1] not in "、和及与":  # the list of names goes on to the left: A、B|入选
                break
            end = start - 1


# A part of a river after its name: 好溪|干流.
_RIVER_PART = re.compile(r"(?:干流|支流|流域|河段)$")


def _river_not_its_part(m: Mention) -> Mention:
    """Give the river a title goes to when the text names its part: 好溪干流入选省级“美丽河湖” → 好溪."""
    part = _RIVER_PART.search(m.canonical)
    if part is None or not RIVER.match(m.canonical[: part.start()]):
        return m
    size = len(part.group(0))
    return Mention(m.text[:-size], m.start, m.end - size, m.type, m.canonical[:-size], method=m.method)


def _awarded_site_name(doc: Doc, start: int, end: int, name: str) -> bool:
    opens = start == 0 or text_before_is_break(doc_text(doc), start)
    # (a name of two characters is a stream's or a street's: 南溪|成功创建…, 西街|被评为…名街)
    return (opens and (3 <= len(name) or RIVER.match(name) or name[-1] in "街巷") and len(name) <= 12 and re.fullmatch(r"[\u4e00-\u9fff·]+", name) is not None
            and not _NOT_SITE_SUBJECT.search(name) and not ORG_SUFFIX.search(name)
            and any(_is_anchor(t) for t in tokens_from(doc, start, end)))


_BREAK_BEFORE = re.compile(r"(?:[，,；;。：:！？、\s“”]|和|及|与|其中|此外|同时|另外)$")


def text_before_is_break(text: str, start: int) -> bool:
    """Tell whether what comes before ``start`` closes a clause or an item: punctuation, 和, 及, or a word of linking."""
    return bool(_BREAK_BEFORE.search(text, max(0, start - 2), start))


def _token_around(doc: Doc, char: int):
    """Give the token that covers character ``char`` (a verb the segmenter joined to a name: 百草|原创|成)."""
    i = bisect_right(_token_starts(doc), char) - 1
    return doc[i] if i >= 0 else None


# Sites a division has one of, named by the division alone when unnamed (横沙乡渔港; 三沙中心渔港 is named).
_DIVISIONS_OWN = frozenset(("渔港",))


def _is_place(doc: Doc, m: Mention) -> bool:
    """Tell whether a name ending with a site word names one site: not a kind of site (口袋公园), a designation
    (国家4A级旅游景区), a kind only a proper noun makes one (红色教育基地), nor a project being built (新建龙潭水库)."""
    head = PLACE_SUFFIX.search(m.canonical).group(0)
    core = m.canonical[: len(m.canonical) - len(head)]
    text = doc_text(doc)
    if (len(_GENERIC_PLACE.sub("", core)) < 2 or _DESIGNATION.match(m.canonical) or _GRADE.search(core) or _COUNTED.match(text, m.end)
            or head in core or core.endswith("等") or _LEVEL_BEFORE.search(text, max(0, m.start - 4), m.start)
            or _COUNT_INSIDE.search(core) or _RING_OF_CITY.search(core)):  # 环溪、荻浦、深澳|三个古村落: a count of sites, not a name
        return False  # 仙霞|关等|景区: the kind closing a list (its items are found as listed sites)
    if _WORK_INSIDE.search(core):
        return False  # a work's name runs into it: 奇墅湖精品民宿集群项目|和际村研学基地
    if head == "基地" and _named_by_division_alone(doc, m.start, m.end - len(head)):
        return False  # a division's base of a produce or a trade: 布尧村|火龙果基地, 沙塘镇|肉牛养殖基地
    if head in _DIVISIONS_OWN and _FULL_DIVISION.match(core):
        return False  # the division's own port, no name of its own: 横沙乡|渔港
    if head.endswith(_ANCHORED_SITES):
        words = tokens_from(doc, m.start, m.end - len(head))
        # A base's proper noun is a name of its own, not a word the segmenter did not know right before it (智造|基地).
        if not any(_is_anchor(t) and (head != "基地" or t.tag_ not in ("nz", "nr") or t is not words[-1]) for t in words):
            return False
    return not (head.endswith(_BUILT_SITES) and _BUILDING.search(clause_around(doc_text(doc), m.start, m.end)))


# A work's head inside what comes before a site word: …集群项目|和际村研学基地.
_WORK_INSIDE = re.compile(r"项目|工程")


def _named_by_division_alone(doc: Doc, start: int, end: int) -> bool:
    """Tell whether the words before a base's head are a division written in full and then no proper noun, only a
    produce or a trade (布尧村|火龙果|基地, 稻田镇|蔬菜|标准化|基地): the division's base of a kind, no named site."""
    words = tokens_from(doc, start, end)
    # (a village's name the segmenter cut before its suffix: 布尧|村)
    cut = len(words) > 2 and len(words[1].text) == 1 and words[1].text in "村镇乡"
    division = words[0].text + words[1].text if cut else words[0].text if words else ""
    rest = words[2:] if cut else words[1:]
    if not rest or not (words[0].tag_ in ("ns", "nz") or cut) or not _FULL_DIVISION.match(division):
        return False
    return not any(_is_anchor(t) for t in rest)


def _stands_alone(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` ends a name of its own: what follows is punctuation or a verb (蓝溪|入选), not more name (梅溪|区块)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.text in "“‘《(（":
        return False  # a quoted or bracketed part goes on with the name: 飞鹅山“石榴籽”社区
    return following is None or following.is_punct or following.tag_ in ("v", "vn", "p", "c", "d", "uj", "u")
