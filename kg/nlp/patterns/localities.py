"""Localities and people: townships and villages by their suffix (XX镇, XX村 …), people next to their role."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.gazetteer import SMALL_DIVISION_SUFFIXES, VILLAGE_SUFFIXES
from kg.model import Mention
from kg.nlp.patterns.common import (
    _name_start,
    cut_from_a_word,
    doc_text,
    doc_tokens,
    is_rare_pronoun,
    token_ending_at,
    token_starting_at,
    tokens_from,
    with_glued_first_character,
)

LOCALITY_SUFFIX = re.compile("(?:" + "|".join(SMALL_DIVISION_SUFFIXES) + ")$")
# A division name ending like a parent of a village: 王村口镇 in 王村口镇后塘村.
_PARENT_DIVISION = re.compile(r"..(?:省|市|县|区|镇|乡|街道)$")
# A name after its role, then what the person did: 书记王晓燕带头走访, 书记周金林被评为, 镇长 申屠国强 (two-character surname).
PERSON_ROLE = re.compile(
    r"(?P<role>(?:副)?(?:省长|市长|县长|区长|旗长|盟长|州长|乡长|镇长|书记|主任|主席))\s*"
    r"(?P<name>(?:欧阳|司马|诸葛|上官|皇甫|令狐|申屠|东方|公孙|慕容|尉迟|长孙|宇文|司徒|夏侯|端木|独孤|南宫|西门|闻人)[\u4e00-\u9fff]{1,2}"
    r"|[\u4e00-\u9fff]{2,3})"
    r"(?=[，。、；,;\s的]|同志|带领|带头|牵头|主持|率队|带队|领办|创新|创办|走访|深入|被|荣获|获评|获得|等|$)"
)
_GENERIC_CORE = re.compile(
    r"代表|乡村|城镇|乡镇|美丽|文明|卫生|试点|示范|精品|特色|景区|森林|薄弱|集体|规模|人口|兄弟|所在地|人才|未来|传统|城中|违建|强|"
    r"重点|中心|优化|建设|农村|所在|以上|一批|全域|和美|星级|A级|富裕|数字|智慧|平安|清廉|善治|小康|幸福|民主|法治|"
    r"文化|淘宝|电商|旅游|康养|运动|艺术|书香|红色|绿色|共富|未来|景区|周边|群众|游客|"
    # a village by what was done for it or its people, not by a name: 移民村, 深度贫困村, 易地搬迁安置村, 结对帮扶村
    r"移民|贫困|脱贫|扶贫|帮扶|搬迁|安置|结对|"
    # every one, no name: 全部|社区, 全部|由村; town and country: 城乡|社区
    r"全部|所有|城乡"
)
# Words of nearness before a village the walk takes in: 周边|西城村, 沿线|东城村.
_AROUND = re.compile(r"周边|附近|邻近|沿线|周围")
# A community named after its street keeps a generic word: 天山街道|幸福路社区, 建设路社区.
_STREET_CORE = re.compile(r"(?:路|街|巷|大道)$")
# Where a games' athletes live: a site, not a village (延庆冬奥村, 亚运村, 全运村).
_GAMES_VILLAGE_CORE = re.compile(r"(?:奥运|冬奥|亚运|全运|大运|军运|青运|运动员)$")
# Villages are often named by one family: 赵村, 陈村, 余村 (a one-character core is otherwise too short);
# written alone: after punctuation, a function word or another word, not a count (上|周村 is a cut, 千村|万村 a count).
_FUNCTION_TAGS = frozenset("p c u uj ul v vn d".split())
_SURNAMES = frozenset("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章苏潘葛范彭郎鲁韦马苗方俞任袁柳鲍史唐费薛雷贺倪汤罗毕郝邬安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪毛狄戴宋庞熊纪舒屈项祝董梁杜阮蓝闵季贾江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞柯卢莫房解应丁邓洪包石崔龚程叶")
_GENERIC_LOCALITY = frozenset(
    "乡村 城乡 农村 全村 各村 行政村 该村 本村 新村 村村 邻村 乡镇 城镇 小镇 集镇 全镇 各镇 本镇 该镇 全乡 各乡 本乡 "
    "社区 各社区 城市社区 农村社区 未来社区 街道 各街道 重点村 示范村 中心村 薄弱村 经济薄弱村 美丽乡村 特色小镇 "
    "空心村 贫困村 后进村 先进村 亿元村 苏木镇 苏木乡镇 各苏木 嘎查村 各嘎查 小山村 穷山村 深山村 大山村 偏远山村".split()
)


# Words that end like a division but are kinds of place, never a name's suffix: 石舍村|农村, 工业|重镇, 安昌|古镇
# (not 山村, 集镇: 青|山村, 孙家|集镇 are names).
_SUFFIX_LOOKALIKES = frozenset(
    "农村 新农村 乡村 城乡 乡镇 城镇 小镇 重镇 古镇 名镇 强镇 我乡 我镇 我村 八乡 "
    # a home (家乡); divisions merged or abolished, villages visited or stayed in (并村扩区, 龙港|撤镇设市, 来村, 驻村)
    "家乡 故乡 老乡 他乡 异乡 并村 撤村 撤镇 撤乡 撤县 来村 进村 驻村 到村 入村 回村 "
    # going to or back to the countryside (市民|下乡, 能人|回乡, 企业|兴乡)
    "下乡 回乡 返乡 兴乡 还乡".split()
)
# A kind of town, alone or kept by the segmenter with its region: 岭南|水乡, 江南水乡, 侨乡; a people's home
# country (闽东|畲乡, 瑶乡, 苗乡), which a township of that people names in full (…畲族乡).
_KINDS_OF_TOWN = ("水乡", "侨乡", "茶乡", "畲乡", "瑶乡", "苗乡", "侗乡", "壮乡", "彝乡", "藏乡", "羌乡", "土家乡")
# A count or a range of villages or towns (红旗|两村, 西塘|两镇, 东阳|各村, 周边|村): no name's suffix.
_COUNTED_SUFFIX = re.compile(r"^(?:[两二三四五六七八九十各全本该每邻]|周边)(?:村|镇|乡|街道|社区)$")


# A count and the suffix that closes a list of short forms sharing it: 洋里、桂岭|两村, 鹤山、寿安|两个街道,
# 长桥、郭巷、城南|三个街道, 和平、红旗|等3个村 (a count, or 等 and a count no smaller than the list), 环溪、荻浦、深澳|三个古村落
# (old villages; not 两个古镇, old towns that are sites; not 两个村民小组, groups of villagers).
# The suffix may be 乡镇 (港西、建设、三星|三个乡镇: towns or townships, the linker tells which) or 集镇, the market
# town that is a town's seat (南沙、新街|两个集镇: 南沙镇, 新街镇). Two is 两 before the suffix alone: 华西|二村 is a
# village's name (…工程和|华西二村农房改善项目), not two villages.
_SHARED_SUFFIX = re.compile(
    r"(?P<more>等)?(?P<count>[两三四五六七八九十]|二(?=个)|\d{1,2})个?(?:古(?=村落))?(?P<suffix>村|社区|乡镇|集镇|镇|乡|街道)(?![级民委组])")
# What a list's suffix adds to each short form: a town for 乡镇 and 集镇.
_SUFFIX_ADDED = {"乡镇": "镇", "集镇": "镇"}
_COUNT_VALUES = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# A list item: two to four characters, a township's or village's name without its suffix.
_LIST_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# Words that stand where a list of names would and are no names: 城区、园区两个社区 …
_NOT_LIST_ITEMS = frozenset("城区 园区 社区 景区 乡村 城乡 城镇 农村 山区 库区 老区 新区 片区 辖区 周边 全县 全市 全镇 城市 集镇 镇区".split())
# One-character words jieba's guesses may glue to the first name of a list: 与潭门、中原两镇.
_GLUED_FUNCTION_WORDS = frozenset("与和及同跟对在把将向从由为给让")
# Tags of a word before the first item that is no part of its name: 带动周边|洋里, 与|金井, 完成|开慧.
_BEFORE_FIRST_ITEM_TAGS = frozenset("v p c d r u f m t".split())


def find_shared_suffix_lists(doc: Doc) -> Iterator[Mention]:
    """Give each short form of a list whose count and suffix they share (洋里、桂岭两村 → 洋里村, 桂岭村): a township or
    village of the level the suffix says, whatever else the short form may name (开慧、锡福两村 → 开慧村)."""
    text = doc_text(doc)
    for m in _SHARED_SUFFIX.finditer(text):
        count = int(m.group("count")) if m.group("count").isdigit() else _COUNT_VALUES[m.group("count")]
        items = _list_items(doc, m.start())
        if len(items) < 2 or (len(items) > count if m.group("more") else len(items) != count):
            continue
        if m.group("suffix") == "集镇" and _items_of_works(doc, items):
            continue  # 宝丰、擂鼓两个集镇|供水工程: the market towns' works, each named by its town
        suffix = _SUFFIX_ADDED.get(m.group("suffix"), m.group("suffix"))
        level = _level_of(suffix)
        for start, end in items:
            if LOCALITY_SUFFIX.search(text, start, end):
                continue  # 前村、溪滩村两个村: a name written in full, found by its own suffix
            yield Mention(text[start:end], start, end, "Locality", text[start:end] + suffix, level=level,
                          method=SHARED_SUFFIX_METHOD)


SHARED_SUFFIX_METHOD = "pattern:shared-suffix"


def _items_of_works(doc: Doc, items: list[tuple[int, int]]) -> bool:
    """Tell whether a list's items are works sharing one head after their count (…两个集镇供水工程)."""
    from kg.nlp.patterns.project_lists import shared_head_lists  # (here: project_lists imports this module)
    return any(works[0].start == items[0][0] for _, _, works in shared_head_lists(doc))


def _list_items(doc: Doc, end: int) -> list[tuple[int, int]]:
    """Give the spans of the 、-separated names right before ``end`` (the last pair may be joined by 和, 与 or 及);
    [] where one of them is no name."""
    text = doc_text(doc)
    items: list[tuple[int, int]] = []
    while True:
        mark = text.rfind("、", max(0, end - 5), end)
        if mark < 0 and not items:
            mark = max(text.rfind(word, max(0, end - 5), end - 2) for word in "和与及")
        if mark < 0:
            break
        if not _is_list_item(text[mark + 1:end]):
            return []
        items.insert(0, (mark + 1, end))
        end = mark
    first = _first_item_start(doc, end)
    if first is None or not items or not _is_list_item(text[first:end]):
        return []
    return [(first, end), *items]


def _is_list_item(name: str) -> bool:
    return bool(_LIST_ITEM.match(name)) and name not in _NOT_LIST_ITEMS


def _first_item_start(doc: Doc, end: int) -> int | None:
    """Give where the first name of a list starts, the name ending at ``end`` (before its 、): the word before the
    mark, with a one-character word before it (大余|湾); None if that is no name."""
    last = next((t for t in doc if t.idx + len(t.text) == end), None)
    if last is not None and len(last.text) == 1 and last.tag_ in _BEFORE_FIRST_ITEM_TAGS and _ends_a_cut_name(doc, last):
        return doc[last.i - 1].idx  # 阿克达/nr|拉/v、: jieba cut a transliterated name before its last character
    if last is None or last.is_punct or len(last.text) == 1 and last.tag_ in _BEFORE_FIRST_ITEM_TAGS:
        return None
    start = last.idx
    if len(last.text) >= 3 and last.text[0] in _GLUED_FUNCTION_WORDS and last.tag_ == "nz":
        return start + 1  # 与潭门/nz: jieba glued 与 to the name
    before = doc[last.i - 1] if last.i > 0 else None
    if (len(last.text) == 1 and before is not None and not before.is_punct and len(before.text) <= 3
            and before.tag_ not in _BEFORE_FIRST_ITEM_TAGS):
        start = before.idx
    return start


def _ends_a_cut_name(doc: Doc, last) -> bool:
    """Tell whether the one-character word ``last`` ends a name jieba cut: a person's or place's name of two or
    three characters right before it, after punctuation (，阿克达|拉、喀拉苏两镇)."""
    name = doc[last.i - 1] if last.i > 0 else None
    opener = doc[last.i - 2] if last.i > 1 else None
    return (name is not None and name.tag_ in _CUT_NAME_TAGS and 2 <= len(name.text) <= 3
            and (opener is None or opener.is_punct))


# A list's count and suffix that jieba glued to its last short form: 喀拉|苏两镇.
_LIST_COUNT_GLUED = re.compile(r"[两二三四五六七八九十](?:镇|乡|村|街道|社区)$")
# Tags of a transliterated name's parts: 阿克达/nr, 乌尊/nz, 哈尔/nrt, 喀拉/ns.
_CUT_NAME_TAGS = frozenset("nr nrt nz ns".split())
# The ethnic group in a township's name, after its place name: 胡松图哈尔逊|蒙古族|乡, 同乐|苗族|乡.
_ETHNIC_CORE = re.compile(r"^[\u4e00-\u9fff]{1,3}族$")
# The kind of division a list closes with after 等, which jieba may glue to the last name (泗溪村、龙川|村等村开展走访):
# no part of that name.
_KIND_AFTER_ETC = re.compile(r"(?<=[村镇乡])等(?:村|镇|乡|社区|街道|嘎查)$")
# A transliterated name may run to five or six characters before its suffix (乌尊布拉克乡), when each word of it is a
# name by its tag; other names stop at four.
_LONG_CORE_MAX = 6


def find_localities(doc: Doc) -> Iterator[Mention]:
    """Give township and village names by their suffix (XX镇, XX村 …), gazetteer or not."""
    for token in doc_tokens(doc):
        if (not LOCALITY_SUFFIX.search(token.text) or token.text in _SUFFIX_LOOKALIKES or _COUNTED_SUFFIX.match(token.text)
                or token.text.endswith(_KINDS_OF_TOWN)):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        # A two-character village written alone: a family's (赵村, 陈村) or one of a list (前村、溪滩村).
        # (a list's first item only after punctuation or a verb: 九龙|山村、 and 至上|山村、 are cut names)
        listed = _listed_with_a_village(doc, token.i) and (before is None or before.is_punct or before.tag_ in ("v", "p", "c"))
        short_village = len(token.text) == 2 and token.text.endswith("村") and (token.text[0] in _SURNAMES or listed)
        surname_village = (short_village
                           and (before is None or before.is_punct or before.tag_ in _FUNCTION_TAGS
                                or len(before.text) > 1 and _names_a_division(before)))
        if not surname_village and _lone_village(doc, token, before):
            yield Mention(token.text, token.idx, token.idx + 2, "Locality", token.text, level="Village", method=LONE_VILLAGE_METHOD)
            continue
        after_township = _village_after_its_township(doc, token)
        if after_township is not None:
            yield after_township
            continue
        # Village names use odd words (逢|简村, 下叶|村: a morpheme, a time word) but never a time: 全年|村.
        start = token.idx if surname_village else _name_start(doc, token.i, max_chars=7, anchored=False, extra_tags=("zg", "t", "g", "i"))
        if start in (None, token.idx) and token.text == "村" and token.i > 1 and len(doc[token.i - 1].text) == 2 and doc[token.i - 2].text == "原":
            start = doc[token.i - 1].idx  # 原|前进/v|村: a former village, whatever its name's tag
        if start in (None, token.idx) and token.text == "山村" and _opens_mountain_village(doc, token):
            start = doc[token.i - 1].idx  # ，涂/v|山村: a village's name, not a mountain village
        if start in (None, token.idx) and token.text == "村" and token.i > 0 and is_rare_pronoun(doc[token.i - 1]):
            # 苟|各庄/r|村, 王|各庄/r|村: a name the dictionary tags a pronoun
            start = _name_start(doc, token.i - 1, max_chars=6, anchored=False, extra_tags=("zg", "t", "g", "i"))
        if start is None:
            continue
        start = _after_parent_division(doc, start, token.i)
        if (around := _AROUND.match(doc_text(doc), start)) is not None and token.idx + len(token.text) - around.end() >= 3:
            start = around.end()  # 带动周边|西城村: the villages around, the first of them named
        start = with_glued_first_character(doc, start)
        if (first := token_starting_at(doc, start)) is not None and cut_from_a_word(doc, first):
            continue  # a name cut out of the words around it: 示|范村镇, 东莞镇|街
        if doc_text(doc)[start] == "原" and token.idx + len(token.text) - start >= 4:
            start += 1  # 原|龙溪村: the former village, merged since
        ethnic_start = _ethnic_township_start(doc, token, start)
        if ethnic_start is not None:
            end = token.idx + len(token.text)
            surface = doc_text(doc)[ethnic_start:end]
            yield Mention(surface, ethnic_start, end, "Locality", surface, level=_level_of(surface), method="pattern:locality-suffix")
            continue
        if _TIME_WORD.match(doc_text(doc), start):
            continue
        end = token.idx + len(token.text)
        if token.text.endswith("村村") and _VILLAGE_BODY_AFTER.match(doc_text(doc), end):
            end -= 1  # 五岔沟村|村集体: the village, then its collective (鹿村村、 is a name)
        if (kind := _KIND_AFTER_ETC.search(doc_text(doc), start, end)) is not None:
            end = kind.start()  # 龙川村|等村: the village, then the kind of place the list it closes holds
        surface = doc_text(doc)[start:end]
        core = LOCALITY_SUFFIX.sub("", surface)
        if (glued := _LIST_COUNT_GLUED.search(surface)) is not None and len(_list_items(doc, end - len(glued.group(0)))) >= 2:
            continue  # 阿克达拉、喀拉|苏两镇: the last short form of a list with its count; find_shared_suffix_lists names it
        if (park_end := _branch_park_end(doc, token.i)) is not None:
            yield Mention(doc_text(doc)[start:park_end], start, park_end, "Place", doc_text(doc)[start:park_end], method="pattern:place-suffix")
            continue
        if surface.endswith("村") and (games := _GAMES_VILLAGE_CORE.search(core)):
            yield _games_village(doc, start + games.start(), end)
            continue
        long_core = len(core) <= _LONG_CORE_MAX and _transliterated(doc, start, token)
        if surface in _GENERIC_LOCALITY or surface.endswith(_SITE_TOWNS) or surface.endswith(("乡村", "城镇", "乡镇")) or not (2 <= len(core) <= 4 or surname_village or long_core) or re.search(r"[\d个多些届]", core) or _GENERIC_CORE.search(core) and not names_street_community(surface, core):
            continue
        yield Mention(surface, start, end, "Locality", surface, level=_level_of(surface), method="pattern:locality-suffix")


# What a mountain village may be said to be, not named: 小|山村, 穷|山村, 一个|山村.
_MOUNTAIN_VILLAGE_TAGS = frozenset("a ad d m q p c u uj r".split())


def _opens_mountain_village(doc: Doc, token) -> bool:
    """Tell whether one character opening its clause is the name of the 山村 after it (，涂|山村完成…), not a
    description of a mountain village (，小|山村变了样)."""
    if token.i < 1:
        return False
    first = doc[token.i - 1]
    opening = first.i == 0 or doc[first.i - 1].is_punct
    return (opening and len(first.text) == 1 and re.match(r"[\u4e00-\u9fff]", first.text) is not None
            and first.text not in _NOT_NAME_START and first.tag_ not in _MOUNTAIN_VILLAGE_TAGS)


def names_street_community(surface: str, core: str) -> bool:
    """Tell whether a 社区 is named after its street (幸福路社区), whatever generic word the street's name holds."""
    return surface.endswith("社区") and len(core) >= 3 and bool(_STREET_CORE.search(core))


def _ethnic_township_start(doc: Doc, token, start: int) -> int | None:
    """Give where an ethnic township's name starts when the name found is only its ethnic group and suffix: the place
    name before it, up to six characters (胡松图哈尔逊|蒙古族乡); None otherwise."""
    if token.text != "乡" or token.i < 2 or not _ETHNIC_CORE.match(doc_text(doc)[start:token.idx]):
        return None
    ethnic = doc[token.i - 1]
    if ethnic.idx != start:
        return None
    name_start = _name_start(doc, ethnic.i - 1, max_chars=6, anchored=False, extra_tags=("zg", "g", "vg"))
    if name_start is None or ethnic.idx - name_start < 2:
        return None
    return name_start


def _transliterated(doc: Doc, start: int, token) -> bool:
    """Tell whether the words from ``start`` up to the suffix ``token`` (a township's 乡 or 镇) are all names by their
    tag, as a transliterated name's are: 乌尊/nz|布拉克/nr|乡."""
    if token.text not in ("乡", "镇"):
        return False
    words = tokens_from(doc, start, token.idx)
    return len(words) >= 2 and all(t.tag_ in _CUT_NAME_TAGS for t in words)


def _branch_park_end(doc: Doc, i: int) -> int | None:
    """Give where a park named after a village and its branch's division ends: 中关村|延庆|园, 中关村|海淀园
    (the village names the park, not a place the report speaks of)."""
    after = doc[i + 1: i + 3]
    if len(after) >= 1 and after[0].tag_ == "ns" and after[0].text.endswith("园") and len(after[0].text) >= 3:
        return after[0].idx + len(after[0].text)
    if len(after) == 2 and after[0].tag_ == "ns" and after[1].text in ("园", "分园"):
        return after[1].idx + len(after[1].text)
    return None


def _games_village(doc: Doc, start: int, end: int) -> Mention:
    """Give an athletes' village as a site, with the place named right before the games' word (延庆|冬奥村),
    never a verb (建设|亚运村)."""
    before = token_ending_at(doc, start)
    if before is not None and before.tag_ in ("ns", "j") and len(before.text) >= 2:
        start = before.idx
    surface = doc_text(doc)[start:end]
    return Mention(surface, start, end, "Place", surface, method="pattern:place-suffix")


# What follows a village's name written with 村 once more: its collective, villagers or committee (五岔沟村|村集体经济).
_VILLAGE_BODY_AFTER = re.compile(r"集体|民|委|两委|干部|级|务|规民约")


# A two-character village of no family's name (东村, 渔村, 历村), which the linker keeps only where its township is
# written right before it, the gazetteer has it in the home county, or the report named it so before.
LONE_VILLAGE_METHOD = "pattern:lone-village"


def _lone_village(doc: Doc, token, before) -> bool:
    """Tell whether a two-character X村 stands as a village's name: right after its township (兴坪镇|渔村), or
    opening a clause or after a verb, before a verb (，东村|列入, 支持|历村|创建); not a common word (乡村, 山村)."""
    if len(token.text) != 2 or not token.text.endswith("村") or token.text in _GENERIC_LOCALITY:
        return False
    if before is not None and len(before.text) >= 3 and before.text.endswith(("镇", "乡", "街道")):
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    opens = before is None or before.is_punct or before.tag_ in ("v", "p", "c") and len(before.text) > 1
    return opens and following is not None and (following.tag_ == "v" or following.text in ("被", "的")
                                                 or following.text.startswith(_VILLAGE_BODIES))


# A village's own bodies and officials, which may follow its name: 胜村|党总支书记, 东村|村委会.
_VILLAGE_BODIES = ("党总支", "党支部", "党委", "村委", "村民委员会", "两委")


def _village_after_its_township(doc: Doc, token) -> Mention | None:
    """Give the village named from the end of a township right before it to ``token``'s 村, where jieba cut the name
    into pieces the walk left over name words stops at: 稻田镇|东|斟/v|灌村 is 东斟灌村; None elsewhere."""
    if not token.text.endswith("村") or len(token.text) > 3:
        return None
    pieces = doc[max(0, token.i - 2):token.i]
    for k, piece in enumerate(pieces):
        township = piece.i - 1
        if township < 0 or not _is_township_word(doc[township]):
            continue
        between = pieces[k:]
        if any(t.is_punct or len(t.text) > 1 for t in between):
            continue  # only one-character pieces of a cut name: 稻田镇|推进|新村 is no village
        start, end = piece.idx, token.idx + len(token.text)
        name = doc_text(doc)[start:end]
        if 3 <= len(name) <= 5 and not re.search(r"[\d个多些]", name):
            return Mention(name, start, end, "Locality", name, level="Village", method="pattern:locality-suffix")
    return None


def _is_township_word(token) -> bool:
    return len(token.text) >= 3 and token.text.endswith(("镇", "乡", "街道"))


# Towns and villages that are sites, not divisions: 新市古镇, 梦想小镇, 清漾古村 (places, kg.nlp.patterns.sites).
_SITE_TOWNS = ("古镇", "小镇", "名镇", "古村", "名村")
_TIME_WORD = re.compile(r"(?:全年|当年|今年|去年|明年|近年|同年|每年|历年|常年|往年|上年|年底|年初)")


def _after_parent_division(doc: Doc, start: int, last: int) -> int:
    """Give where a village's name starts when the walk took in its township: 王村口镇|后|塘村 is 后塘村,
    唐昌|街道|战旗|村 is 战旗村 (the township's suffix a word of its own), 哈里|哈乡|山湾子|村 is 山湾子村."""
    first = token_starting_at(doc, start)
    if first is not None and first.i < last and first.tag_ == "ns" and _PARENT_DIVISION.search(first.text):
        return doc[first.i + 1].idx
    if first is not None and first.i == last - 1 and _whole_township_after_short_parent(first, doc[last]):
        return doc[last].idx
    if first is not None:
        for t in doc[first.i:last]:
            # (or glued to the township's last character: 哈里|哈乡|山湾子|村 is 山湾子村)
            glued = len(t.text) == 2 and t.text[-1] in "乡镇" and t.text not in _KINDS_OF_TOWN
            if (t.text in _PARENT_SUFFIX_WORDS or glued) and doc[t.i + 1].idx + 2 <= doc[last].idx + len(doc[last].text) - 1:
                return doc[t.i + 1].idx
    return start


def _whole_township_after_short_parent(before, token) -> bool:
    """Tell whether ``token`` is a whole township's name (one place word of three characters or more) after the
    short form of its county or city (盘州|石桥镇, 凯里|三棵树镇): the township starts at ``token``."""
    return (before.tag_ == "ns" and len(before.text) == 2 and token.tag_ == "ns" and len(token.text) >= 3
            and token.text.endswith(("镇", "乡", "街道")))


# A township's suffix segmented as a word of its own (唐昌|街道): a village after it starts after it.
_PARENT_SUFFIX_WORDS = frozenset("街道 镇 乡".split())


def _names_a_division(token) -> bool:
    """Tell whether a token is a division's name with its suffix (宏村镇|卢村), not any place word (九龙|山村)."""
    return bool(_PARENT_DIVISION.search(token.text))


def _listed_with_a_village(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` is followed by 、 and a village: 前村|、|溪滩|村."""
    if i + 2 >= len(doc) or doc[i + 1].text not in "、和":
        return False
    return any(t.text.endswith("村") for t in doc[i + 2:i + 4])


# Characters a name never starts with, words that follow a bare role: 主任|被约谈, 书记|带头抓.
_NOT_NAME_START = frozenset("被在对把将为和与带抓是要从向由让使")
_NOT_NAME_TAGS = frozenset("v vd vn d a ad p c u uj m q t f".split())


# A comrade named before 同志, not a site named after him: 纪念毛泽东同志诞辰, not 毛泽东同志故居.
_COMRADE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})同志(?!故居|旧居|纪念馆|纪念堂|广场|铜像|陈列馆|生平)")


def find_people(doc: Doc) -> Iterator[Mention]:
    for m in _COMRADE.finditer(doc_text(doc)):
        word = token_starting_at(doc, m.start("name"))
        if word is not None and word.text == m.group("name") and word.tag_ == "nr":  # a name the dictionary knows
            yield Mention(word.text, m.start("name"), m.end("name"), "Person", word.text, method="pattern:comrade")
    for m in PERSON_ROLE.finditer(doc_text(doc)):
        if m.group("name")[0] in _NOT_NAME_START:
            continue
        # A word the dictionary knows as a verb or a function word is what the official did, not a name: 书记|出席.
        word = token_starting_at(doc, m.start("name"))
        if word is not None and word.idx + len(word.text) == m.end("name") and word.tag_ in _NOT_NAME_TAGS:
            continue
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Person", m.group("name"), method=f"pattern:role:{m.group('role')}")


def _level_of(name: str) -> str:
    return "Village" if name.endswith(VILLAGE_SUFFIXES) else "Township"
