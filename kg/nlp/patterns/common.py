"""What every finder shares: the doc's text, the stop words and tags that bound a name, the
leftward walk that finds where a name starts, and checks on tokens and spans (anchors, bracketed sections).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from kg.nlp.tokenizer import frequent_words

# A size or capacity inside a project's name: 50|多亩, 3000|平方米, 年产|5|万吨, 谷营|220|千伏|输变电工程.
_AREA_UNIT = re.compile(
    r"^(?:多|余)?(?:亩|万亩|万?平方米|万?立方米|公里|千米|万?吨|万?千瓦|兆瓦|千伏|万?千伏安|英寸|纳米|代|号|万?(?:套|台|件|辆|头|棒|只|株|羽|箱|瓶|袋|盒|片))$"
)
# Tokens that end a name when walking left: verbs and function words.
_STOP_WORDS = frozenset(
    "打响 打好 打赢 推进 建成 开工 完成 实施 加快 启动 谋划 争取 签约 落地 投用 通车 开通 竣工 引进 新建 续建 扩建 打造 推动 实现 开展 "
    "深化 落实 全面 重点 重大 一批 及 和 与 的 等 在 了 是 为 对 将 以 把 被 由 从 向 于 其中 包括 启用 建设的 加强 做好 "
    "全县 全市 全省 全乡 全镇 我县 我市 我乡 我镇 各 个 大力 积极 持续 有序 成功 首个 首批 全国 全省 省级 国家级 市级 县级 "
    "新开工 开工建设 抓实 谋划 储备 招引 落户 力争 争创 创成 创建 争取 获评 入选 荣获 评为 被评为 列入 成功创建 "
    "融入 对接 接轨 串联 抓 抓好 贡献 作出 做出 一是 二是 三是 四是 五是 六是 七是 八是 九是 十是".split()
)
# A spirit named after a place names neither the place nor a site: 井冈山|精神, 红船|精神.
SPIRIT_WORDS = frozenset(("精神",))
# Events of history named after where they happened: 遵义|会议, 井冈山|斗争, 南昌|起义, 井冈山|会师, 武汉|保卫战.
HISTORIC_EVENTS = frozenset("会议 斗争 起义 会师 战役 保卫战".split())
_WORK_IN_NAME = frozenset("扩建 改建 新建 续建 改扩建 迁建 提升 改造".split())
# Words of a period the segmenter tags as time (t) that are part of names: 金寨|现代/t|产业园区, 当代艺术馆.
_PERIODS_IN_NAMES = frozenset("现代 当代 近代 古代".split())
_NAME_TAGS = frozenset("ns nr nz nw n nt j s nrt nrfg ng an eng m x".split())
# One-character words that open a clause without naming anything: 在, 对, 新, 建 ….
FUNCTION_CHARS = frozenset("在对把将从向以为由被于和与及等让使建新扩改修到去进经据按沿至但而并且又再还也都均已正曾要可能会该此本各每全我其是有共另")


def doc_text(doc: Doc) -> str:
    """Give the doc's text, kept in its user data: spaCy rebuilds ``Doc.text`` from the tokens at every access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_TEXT = "kg_text"


def _name_start(doc: Doc, last: int, *, max_chars: int, anchored: bool, stops: frozenset[str] = _STOP_WORDS,
                extra_tags: tuple[str, ...] = (), morphemes: str = "") -> int | None:
    """Give where a name ending with token ``last`` starts, walking left over name-like tokens.

    ``anchored`` names (projects) must contain a proper-noun token, a code such as
    G528 or a quoted part, and start at the leftmost such anchor. One-character tokens in
    ``morphemes`` are part of a name whatever their tag (仙霞|关/v|景区, 廿八|都/d|古镇).
    """
    token = doc[last]
    start = token.idx
    anchor: int | None = start if (not anchored or _is_anchor(token)) else None
    chars = len(token.text)
    i = last - 1
    while i >= 0:
        t = doc[i]
        # The work right before a project noun is part of the name (第二水厂|扩建|项目), not the verb before it.
        part_of_name = anchored and i == last - 1 and t.text in _WORK_IN_NAME
        # A dash joins two places in one name: 五马—墨池历史文化街区改造提升工程.
        joined = anchored and t.text in ("—", "-") and i > 0 and doc[i - 1].tag_ == "ns" and _is_anchor(doc[i + 1]) \
            or anchored and _is_sign_of_measure(t)
        if (t.text in stops and not part_of_name) or (t.is_punct and not joined) or t.is_space or re.match(r"^\d*[年月日]$", t.text):
            break
        if t.text.isdigit() and not (anchored and (_is_anchor(t) or _is_measure(t))):
            break
        morpheme = len(t.text) == 1 and t.text in morphemes
        if (not anchored and not morpheme and t.tag_ not in _NAME_TAGS and t.tag_ not in ("vn", "a", "f", "q", "b") and t.tag_ not in extra_tags
                and t.text not in _PERIODS_IN_NAMES):
            break
        if not anchored and not morpheme and t.tag_ in ("v", "p") and not (t.tag_ in extra_tags and t.text not in stops):
            break
        if chars + len(t.text) > max_chars:
            break
        chars += len(t.text)
        start = t.idx
        if _is_anchor(t):
            anchor = start
        elif t.tag_ == "x" and not joined and not re.match(r"[A-Za-z0-9]", t.text) and not (anchored and _is_units_times(t)):
            break
        i -= 1
    if anchored:
        if anchor is None or anchor >= token.idx:
            return None
        # One or two one-character words right before the first proper noun belong to the name: 常|乐山|隧道, 壶|镇|中心小学.
        first = token_starting_at(doc, anchor)
        for _ in range(2):
            before = doc[first.i - 1] if first.i > 0 else None
            if before is None or len(before.text) != 1 or not re.match(r"[\u4e00-\u9fff]", before.text) \
                    or before.text in _STOP_WORDS or before.idx < start:
                break
            first = before
        return first.idx
    if start == token.idx and len(token.text) <= 2:
        return None
    return start


def _is_sign_of_measure(token) -> bool:
    """Tell whether a sign opens a size inside a name: 上海庙至山东临沂|±|800|千伏|特高压直流输电工程."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text == "±" and following is not None and following.text.isdigit() and _is_measure(following)


def _is_measure(token) -> bool:
    """Tell whether a number gives a project's size inside its name: 道士田|50|多亩|荒山造田项目, 塔山|2|×|66|万千瓦|…."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and (bool(_AREA_UNIT.match(following.text)) or _is_units_times(following))


# A number of units times each one's size: 2|×|66|万千瓦 (two 660 MW sets).
_TIMES = frozenset("× ×".split()) | {"*"}


def _is_units_times(token) -> bool:
    """Tell whether ``token`` is the times sign between a count of units and each one's size: 2|×|66|万千瓦."""
    doc = token.doc
    if token.text not in _TIMES or token.i == 0 or token.i + 2 >= len(doc):
        return False
    return doc[token.i - 1].text.isdigit() and doc[token.i + 1].text.isdigit() and bool(_AREA_UNIT.match(doc[token.i + 2].text))


def _is_anchor(token) -> bool:
    """Tell whether a token can begin a project's name: a proper noun, a road code (G528, 330 before 国道); not a
    work the segmenter tagged as an abbreviation (改扩建/j in 皇城相府游客服务中心|改扩建|工程)."""
    if token.text in _WORK_IN_NAME or token.text in _KINDS_TAGGED_AS_NAMES:
        return False
    if token.tag_ in ("ns", "nz", "nt", "j", "nr", "eng") or re.match(r"^[A-Z]\d+", token.text):
        return True
    if token.tag_ == "nrt" and len(token.text) >= 3:
        return True  # a name the dictionary holds as transliterated (特克斯河, 喀纳斯); not 路基/nrt
    if _STREET.fullmatch(token.text) and token.text not in _NOT_STREETS:
        return True  # a street by its name: 解放街|立面改造工程
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if _DIVERSION.fullmatch(token.text) or token.text.startswith("引") and _DIVERSION.match(doc_text(token.doc), token.idx):
        return True  # a water diversion by its rivers: 引滦入津|工程, 引江济淮|工程
    preceding = token.doc[token.i - 1] if token.i > 0 else None
    if token.text in _ROAD_KINDS and following is not None and following.text.isdigit() \
            or token.text.isdigit() and preceding is not None and preceding.text in _ROAD_KINDS:
        return True  # a national or provincial road by its number: 国道|331|线…改扩建工程
    if following is not None and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", token.text) and following.text in _ROUTE_WORDS:
        return True  # the ends of a route (官桥|至|龙门) and the name of a road (台金|高速)
    return bool(re.fullmatch(r"\d{2,4}", token.text) and following is not None and following.text.startswith(("国道", "省道", "县道")))


# Words of a kind of work or trade the segmenter tags as names or abbreviations (光伏/j, 文旅/nz, 棚改/nz), which
# name no one site: 皇城相府|光伏|电站二期工程 starts at the site's name, not at 光伏.
_KINDS_TAGGED_AS_NAMES = frozenset(
    "光伏 环保 文旅 康养 农旅 冷链 棚改 提标 提质 技改 智能化 农光 渔光 蓄能 联产 城中村 老旧".split()
)
_STREET = re.compile(r"[\u4e00-\u9fff]{1,3}[街路巷]")
_NOT_STREETS = frozenset("道路 马路 公路 街路 思路 出路 线路 网路 电路 门路 套路 进路 销路 水路 陆路 铁路 一路 沿路 上路 新路 老路 大街 小巷 街巷".split())
# A water diversion named by the river it takes from and where the water goes: 引滦入津, 引黄入冀, 引江济淮, 引汉济渭.
_DIVERSION = re.compile(r"引(?!进|导|领|入|发|擎)[\u4e00-\u9fff]{1,2}[入济补][\u4e00-\u9fff]{1,2}")
_ROAD_KINDS = frozenset("国道 省道 县道".split())
_ROUTE_WORDS = frozenset("至 到 高速 铁路 高铁 公路 城际".split())


def doc_tokens(doc: Doc) -> list[Token]:
    """Give the doc's tokens, kept in its user data: spaCy makes a new Token object at every ``doc[i]`` and
    every step of ``for token in doc``, which the finders' loops did hundreds of thousands of times per build."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


_TOKENS = "kg_tokens"


def _token_starts(doc: Doc) -> list[int]:
    """Give the character offset of every token, kept in the doc's user data (the lookups below bisect it)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [t.idx for t in doc_tokens(doc)]
    return starts


_STARTS = "kg_token_starts"


def tokens_from(doc: Doc, start: int, end: int) -> list[Token]:
    """Give the tokens that begin at ``start`` or later and before ``end``."""
    starts = _token_starts(doc)
    return doc_tokens(doc)[bisect_left(starts, start):bisect_left(starts, end)]


def token_starting_at(doc: Doc, start: int) -> Token | None:
    """Give the token that begins at character ``start``, if one does."""
    starts = _token_starts(doc)
    i = bisect_left(starts, start)
    return doc_tokens(doc)[i] if i < len(starts) and starts[i] == start else None


def token_ending_at(doc: Doc, end: int) -> Token | None:
    """Give the token that ends at character ``end``, if one does."""
    i = bisect_left(_token_starts(doc), end) - 1
    if i < 0:
        return None
    token = doc_tokens(doc)[i]
    return token if token.idx + len(token.text) == end else None


def clause_around(text: str, start: int, end: int) -> str:
    """Give the clause around ``start``–``end``: from the punctuation before it to the punctuation after it."""
    before = max(text.rfind(p, 0, start) for p in "，,；;。：:！？")
    after = min((i for i in (text.find(p, end) for p in "，,。；;！？") if i >= 0), default=len(text))
    return text[before + 1:after]


def _token_aligned(doc: Doc, start: int, end: int) -> bool:
    """Tell whether ``start``–``end`` begins and ends at token boundaries (a name never cuts a word)."""
    return doc.char_span(start, end) is not None


def _section_length(text: str, end: int) -> int:
    """Give the length of a bracketed section right after ``end``: (遂昌段), (一期), (330国道—南溪大桥)."""
    section = re.match(r"[(（][^()（）]{1,12}[)）]", text[end:])
    return section.end() if section else 0


# A numeral that opens a village's or township's name (兴|十四|村, 兴十四镇): the segmenter cuts the character before
# it off as a verb, where the name starts.
_NUMERAL_OPENING = re.compile(r"[一二三四五六七八九十百]+")


def with_glued_first_character(doc: Doc, start: int) -> int:
    """Give where a name found from a numeral starts when one character glued before it belongs to it: 兴/v|十四|村 is
    兴十四村; not a word that opens a clause (到|十四村, 在|三合村) nor one a space or mark parts from it."""
    first = token_starting_at(doc, start)
    if first is None or first.i == 0 or not _NUMERAL_OPENING.fullmatch(first.text):
        return start
    before = doc[first.i - 1]
    glued = (len(before.text) == 1 and before.tag_ == "v" and not before.whitespace_ and before.text not in FUNCTION_CHARS
             and re.match(r"[\u4e00-\u9fff]", before.text))
    return before.idx if glued else start


# Tags of the dictionary words a name's first character may end, which show the name was cut out of them:
# 示|范村镇 (示范/v), not 东|城关镇 (东城/ns).
_CUT_WORD_TAGS = frozenset("v vn a ad d".split())


# Divisions named by a conjunction and a suffix, and the bodies a division's own sentence names after it.
_CONJOINED_NAMES = frozenset(("和县",))
_OWN_BODIES = ("人大", "政协", "政府", "委", "纪委")


def cut_from_a_word(doc: Doc, token) -> bool:
    """Tell whether a division's name the segmenter made (``token`` its first word) is cut out of the words around
    it: its first character ends a word with the one-character token before it (“一村一品”示|范村镇), or its 镇
    opens 镇街 or 镇域 (东莞镇|街, the towns and streets of 东莞; 沪苏湖铁路镇|域内, the line within the town), or a
    conjunction opens it before a division's own body (法律监督|和县|政协: "and the county's CPPCC")."""
    from jieba.posseg import dt

    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and len(before.text) == 1 and not before.is_punct and not token.whitespace_ \
            and dt.word_tag_tab.get(before.text + token.text[0]) in _CUT_WORD_TAGS:
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.text in _CONJOINED_NAMES and before is not None and not before.is_punct and after is not None \
            and after.text.startswith(_OWN_BODIES):
        return True  # 法律监督|和县|政协民主监督: "and the county's CPPCC", not 和县
    return token.text.endswith("镇") and after is not None and after.text in ("街", "域")


def is_rare_pronoun(word) -> bool:
    """Tell whether a word tagged a pronoun is rare enough to be a place's name the dictionary mistagged (同里/r in
    同里|湖大道改造提升工程, 各庄/r in 苟|各庄|村), not a pronoun opening a clause (我们, 其他, 这些)."""
    return word.tag_ == "r" and len(word.text) >= 2 and word.text not in frequent_words()
