"""The spaCy pipeline: private jieba segmenter, lexicon and gazetteer matcher, patterns.

    nlp = make_pipeline(lexicon, gazetteer_words)
    doc = nlp("红星坪村入选首批全国乡村旅游重点村")
    doc.user_data["kg_mentions"]  # [Mention(...), ...] non-overlapping, in order

Mentions carry offsets relative to the doc; ``doc.spans["kg"]`` holds the same
mentions as spans (label = type, kb_id = canonical name) for inspection.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.gazetteer import SMALL_DIVISION_SUFFIXES, ZONE_DIVISION
from kg.model import Mention
from kg.nlp.lexicon import Lexicon
from kg.nlp.nested import (cut_word, inside_other_name, inside_quoted_name, names_a_site_after, names_own_site,
                           paired_with_an_adjective, qualifies_next_name)
from kg.nlp.names import BRACKETED, award_canonical, clean_name, project_canonical
from kg.nlp.patterns import EVENT_HEAD, FINDERS, doc_text
from kg.nlp.patterns.common import cut_from_a_word
from kg.nlp.patterns.localities import SHARED_SUFFIX_METHOD
from kg.nlp.patterns.project_words import HUB
from kg.nlp.patterns.site_context import SITE_IN_CONTEXT
from kg.nlp.patterns.sites import NATURAL_VILLAGE
from kg.nlp.patterns.suffix_names import DIVISION_CUT
from kg.nlp.tokenizer import JiebaTokenizer

MENTIONS = "kg_mentions"
# An event named after an unquoted program: 中国乡村振兴|品牌大会 (a quoted one is kept: “龙山经验”高峰论坛).
_EVENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?" + EVENT_HEAD)
# Places found by what the sentence says of them (a title for sites), or natural villages (下山溪自然村), which a
# locality of the same name gives way to;
# not a list closed by a kind of site (湖州、嘉兴等城市公园 names cities).
_SITE_BY_CONTEXT = frozenset(("pattern:awarded-site", SITE_IN_CONTEXT, NATURAL_VILLAGE))
# A kind of village or town named after a program, counted or being created: 美丽乡村|特色精品村5个,
# 美丽城镇|样板镇, 无违建|市创建, 垃圾分类|数字赋能试点村42个, 美丽乡村|精品示范村建设, 美丽乡村|中心村建设
# (but 无违建乡村|创建 is the program's own name).
_KIND_OF_PLACE_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}?试点|精品|示范|样板|特色|中心)*(?:村|镇|乡|县|市)(?=[，。；、,;]|\d|[一二三四五六七八九十两]+个|个|创建|建设)"
)
# A site named after the program that filled it: 易地扶贫搬迁|集中安置区, 生态搬迁|安置点.
_SITE_AFTER = re.compile(r"(?:集中)?安置(?:区|点|小区)")
# A pledge is a program only as the campaign named after it: “不忘初心、牢记使命”主题教育, not 始终不忘初心、牢记使命.
_PLEDGES = frozenset(("不忘初心、牢记使命", "不忘初心牢记使命"))
_PLEDGE_AS_CAMPAIGN = re.compile(r"[”\"’]|主题教育")
# A campaign named by its field of work, which the text also uses as a plain word for the work's means: 垃圾分类|收集实现
# 全覆盖, 垃圾分类|投放点 (but 推进垃圾分类, “垃圾分类”等重点工作).
_FIELDS_OF_WORK = frozenset(("垃圾分类",))
_MEANS_AFTER = re.compile(r"收集|收运|清运|投放|设施|[桶亭点箱]")
# A creation campaign right after a community or village is that unit's own work, not the home's:
# 飞鹅山“石榴籽”社区|民族团结进步创建工作登上央视.
_UNIT_BEFORE = re.compile(r"(?:社区|村)[”\"’]?$")
# A section heading whose topic is a kind of place is the field the section reports on, not a program carried
# out: （二）美丽乡村提档升级, （一）美丽乡村建设硕果累累 (a campaign heading, （二）小城镇环境综合整治圆满收官, is one).
_HEADING_BEFORE = re.compile(r"(?:^|\n)\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)\s*$")
# A kind of place built is the goal, not the program: 三是建设|美丽乡村, 改善人居环境，建设|美丽乡村.
_BUILT_BEFORE = "建设"
_KIND_OF_PLACE_PROGRAM = re.compile(r"^美丽(?:乡村|城镇|河湖|庭院)(?:建设)?$")
# Words that name a kind of zone, not one: 国家级|旅游|度假区.
_GENERIC_ZONE_WORDS = re.compile(r"国家级|国家|省级|国际|旅游|生态|休闲|经济|技术|工业|高新|现代|农业|产业|综合|保税|物流|示范")
# Higher wins when two mentions of the same length overlap.
_PRIORITY = {"lexicon": 3, "gazetteer": 2, "pattern": 1}
# Methods that outrank even the lexicon, since the sentence's shape types their mention: a short form its list's
# shared suffix places (鹤山、寿安两个街道: 鹤山街道, not the 鹤山市 of Guangdong); an item of a list of works sharing one
# head (蒲江河 is a project in 蒲江河、临溪河生态修复工程, whatever the river finder says of it).
_FIRST_METHODS = frozenset((SHARED_SUFFIX_METHOD, "pattern:shared-head"))


def _priority(m: Mention) -> int:
    return 4 if m.method in _FIRST_METHODS else _PRIORITY[m.method.split(":")[0]]


def _hub_work(m: Mention) -> bool:
    """Tell whether ``m`` is a reservoir, hub or airport the project finder found being built (罗汉溪水库|下闸蓄水):
    at the same span it outranks the site the place finder gives every reservoir (in use, the project finder gives
    that site itself)."""
    return m.type == "Project" and HUB.search(m.canonical) is not None


# Words jieba does not know, which it would otherwise cut or glue to the next word: a division suffix (特布德|嘎|查获|评),
# a plant's extension (三板溪水电站|扩|机工程), the whole of an ecosystem (山水|林田湖|草沙).
_MISSING_WORDS = (("嘎查", "n"), ("扩机", "v"), ("山水林田湖草沙", "n"), ("山水林田湖草", "n"))


def make_pipeline(lexicon: Lexicon, gazetteer_words: Iterable[str] = ()) -> Language:
    """Give a pipeline whose segmenter knows every lexicon form and gazetteer name."""
    nlp = spacy.blank("zh")
    gazetteer = frozenset(gazetteer_words)
    words = [(form, "nz") for form in lexicon.by_form] + [(name, "ns") for name in gazetteer] + list(_MISSING_WORDS)
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, sorted(words))
    nlp.add_pipe("kg_lexicon").initialize(nlp, lexicon=lexicon, gazetteer=gazetteer)
    nlp.add_pipe("kg_patterns")
    nlp.add_pipe("kg_select").initialize(lexicon=lexicon, gazetteer=gazetteer)
    return nlp


@Language.factory("kg_lexicon")
def _make_lexicon_matcher(nlp: Language, name: str) -> "LexiconMatcher":
    return LexiconMatcher()


@Language.factory("kg_patterns")
def _make_patterns(nlp: Language, name: str) -> "PatternFinder":
    return PatternFinder()


@Language.factory("kg_select")
def _make_select(nlp: Language, name: str) -> "MentionSelector":
    return MentionSelector()


class LexiconMatcher:
    """Finds lexicon terms (phrase matcher) and gazetteer names (whole tokens)."""

    def __init__(self) -> None:
        self.matcher: PhraseMatcher | None = None
        self.terms: dict[str, tuple[str, str]] = {}
        self.gazetteer: frozenset[str] = frozenset()

    def initialize(self, nlp: Language, *, lexicon: Lexicon, gazetteer: frozenset[str]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.gazetteer = gazetteer
        for form, term in sorted(lexicon.by_form.items()):
            key = f"{term.type}\t{term.label}"
            self.terms[key] = (term.type, term.label)
            self.matcher.add(key, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        found = doc.user_data.setdefault(MENTIONS, [])
        for match_id, start, end in self.matcher(doc):
            type_, label = self.terms[doc.vocab.strings[match_id]]
            span = doc[start:end]
            found.append(Mention(span.text, span.start_char, span.end_char, type_, label, method="lexicon"))
        for token in doc:
            renewed = _renewed_name(doc, token, self.gazetteer)
            if renewed is not None:
                found.append(renewed)
                continue
            if token.text in self.gazetteer and not cut_from_a_word(doc, token):
                zone = ZONE_DIVISION.search(token.text)
                if zone and len(_GENERIC_ZONE_WORDS.sub("", token.text[:zone.start()])) < 2:
                    continue  # a kind of zone (旅游度假区, 经济开发区), no name
                type_ = "Place" if zone else "Locality"
                found.append(Mention(token.text, token.idx, token.idx + len(token.text), type_, token.text, method="gazetteer"))
        return doc


# The "new" of 建设新吴中, 新沭阳 (a place made new), which the segmenter glues to the name's first character when
# the two make another place's name: 新吴|中 (新吴区), 新余|杭 (新余市).
_NEW = "新"


def _renewed_name(doc: Doc, token, gazetteer: frozenset[str]) -> Mention | None:
    """Give the place after 新 where the segmenter cut 新 and its first character off the rest (新吴|中 → 吴中), else None:
    a name glued to 新 whose rest and the one character left after it make a gazetteer name."""
    if not (token.text.startswith(_NEW) and token.text in gazetteer and token.i + 1 < len(doc)):
        return None
    rest = doc[token.i + 1]
    name = token.text[1:] + rest.text
    if len(rest.text) != 1 or token.whitespace_ or name not in gazetteer:
        return None
    return Mention(name, token.idx + 1, rest.idx + 1, "Locality", name, method="gazetteer")


class PatternFinder:
    """Runs the pattern finders of kg.nlp.patterns."""

    def __call__(self, doc: Doc) -> Doc:
        found = doc.user_data.setdefault(MENTIONS, [])
        for finder in FINDERS:
            found.extend(finder(doc))
        return doc


class MentionSelector:
    """Keeps the longest of overlapping mentions, drops ignored words, sets ``doc.spans['kg']``."""

    def __init__(self) -> None:
        self.lexicon: Lexicon | None = None
        self.gazetteer: frozenset[str] = frozenset()

    def initialize(self, *, lexicon: Lexicon, gazetteer: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        candidates = self._localities_on_their_own(doc, doc.user_data.get(MENTIONS, []))
        ranked = sorted(candidates, key=lambda m: (-(m.end - m.start), -_priority(m), m.start, not _hub_work(m), m.type))
        taken = bytearray(len(doc_text(doc)))
        kept: list[Mention] = []
        for m in ranked:
            if any(taken[m.start:m.end]) or self._ignored(m):
                continue
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            kept.append(_canonical(m, self.lexicon))
        kept.sort(key=lambda m: m.start)
        kept = _without_companies_own_reforms(doc_text(doc), kept)
        doc.user_data[MENTIONS] = kept
        spans = [doc.char_span(m.start, m.end, label=m.type, kb_id=m.canonical, alignment_mode="expand") for m in kept]
        doc.spans["kg"] = [s for s in spans if s is not None]
        return doc

    def _localities_on_their_own(self, doc: Doc, candidates: list[Mention]) -> list[Mention]:
        """Give the candidates less the localities that are part of another name (kg.nlp.nested).

        A full name cut at its suffix (坦洪乡|村振兴) gives way to its short form where the
        segmenter knows it (永康市|区 → 永康); the home area's short forms are found later.
        """
        kept = []
        # A division's name the sentence says is a site (南溪|成功创建省“美丽河湖”) is that site.
        sites = {(m.start, m.end) for m in candidates if m.type == "Place" and m.method in _SITE_BY_CONTEXT}
        # A division written in full before a site or work with a name of its own (沙洲坝镇|红井景区) is a locality.
        before_named = {m.start for m in candidates if m.method.startswith(DIVISION_CUT)}
        listed = [m for m in candidates if m.method == SHARED_SUFFIX_METHOD]
        campaigns = {(m.start, m.end) for m in candidates if m.type == "Program" and m.method == "pattern:quoted-name"}
        for m in candidates:
            if m.type != "Locality" and m.method.startswith("pattern:") and _runs_over_a_list(m, listed):
                continue  # 黄草岭|三乡通村公路: a name cannot hold a list's short form and its count
            if m.type == "Program" and (_EVENT_AFTER.match(doc_text(doc), m.end) or _KIND_OF_PLACE_AFTER.match(doc_text(doc), m.end)
                                        or _SITE_AFTER.match(doc_text(doc), m.end)):
                continue  # the topic of an event's name (中国乡村振兴|品牌大会) or of a title (美丽乡村|精品村34个)
            if m.type == "Program" and _no_program_here(doc_text(doc), m):
                continue
            if m.type == "Place" and m.method == "lexicon" and _names_an_event_or_product(doc_text(doc), m):
                continue
            if m.type != "Locality":
                kept.append(m)
                continue
            if (m.start, m.end) in sites or self._quoted_brand_or_campaign(doc_text(doc), m, campaigns):
                continue
            if cut_word(doc_text(doc), m.start, m.end) == "right" and m.text[:-1] in self.gazetteer:
                m = replace(m, text=m.text[:-1], end=m.end - 1, canonical=m.text[:-1])
            if m.end in before_named or not self._inside_other_name(doc, m):
                kept.append(m)
        return kept

    def _inside_other_name(self, doc: Doc, m: Mention) -> bool:
        if inside_other_name(doc_text(doc), m.start, m.end):
            return True
        span = doc.char_span(m.start, m.end)
        if span is None:
            return False
        # A township or village written in full keeps its name before its own facilities (大田村党群服务中心),
        # not before a body, site or work that bears it as its name (江南镇派出所, 江南镇工业功能区).
        if m.text.endswith(SMALL_DIVISION_SUFFIXES):
            return names_own_site(doc, span.end)
        return qualifies_next_name(doc, span) or names_a_site_after(doc_text(doc), m.end) or paired_with_an_adjective(doc, span)

    def _quoted_brand_or_campaign(self, text: str, m: Mention, campaigns: set[tuple[int, int]]) -> bool:
        """Tell whether a suffix-found township or village is a quoted name of something else.

        A brand: “油茶宋镇”, “柘里薯乡” (no such division). A campaign: “万企帮万村”精准扶贫行动,
        told by the campaign words after the quote or by a quoted-name program at the same span.
        """
        if not m.method.startswith("pattern:"):
            return False
        if (m.start, m.end) in campaigns:
            return True
        before, after = text[m.start - 1:m.start], text[m.end:m.end + 1]
        quoted = bool(before) and bool(after) and before in "“\"‘" and after in "”\"’"
        if not quoted or m.text in self.gazetteer:
            return False
        return m.text.endswith(("镇", "乡", "街道")) or m.text.endswith("村") and _CAMPAIGN_AFTER.match(text, m.end + 1) is not None

    def _ignored(self, m: Mention) -> bool:
        return self.lexicon is not None and (self.lexicon.ignored(m.text) or self.lexicon.ignored(m.canonical))


# Words after a quoted name that make it a campaign's: “万企帮万村”|精准扶贫行动, “千村示范”|工程.
_CAMPAIGN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:行动|工程|活动|计划|工作|战略)")


# What may stand between a company opening a clause and the reform it completes: 集团有限公司|完成|混合所有制改革.
_COMPANY_DOES = re.compile(r"^[\u4e00-\u9fff]{0,6}$")
_COMPANY = re.compile(r"(?:公司|集团)$")


def _runs_over_a_list(m: Mention, listed: list[Mention]) -> bool:
    """Tell whether a found name starts at or before a short form of a list sharing a suffix and goes on past it."""
    return any(m.start <= item.start < m.end and m.end > item.end for item in listed)


def _without_companies_own_reforms(text: str, kept: list[Mention]) -> list[Mention]:
    """Drop the programs a company opening the clause carries out itself: …集团有限公司完成混合所有制改革
    (a company's own reform, not a locality's program)."""
    result: list[Mention] = []
    for m in kept:
        before = result[-1] if result else None
        if (m.type == "Program" and m.method.startswith("pattern:") and before is not None and before.type == "Organization"
                and _COMPANY.search(before.text) and _COMPANY_DOES.match(text[before.end:m.start])
                and (before.start == 0 or text[before.start - 1] in "，。；：,;:\n ")):
            continue
        result.append(m)
    return result


# The head of an event named after a lake or river, the words before it and what follows it: 太湖|开捕节和…,
# 黄河|乾坤湾红枣文化旅游节; the edition that opens an event's name: 第十五届|太湖….
_EVENT_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:节|会|论坛|赛|马拉松)(?=[^\u4e00-\u9fff]|[和及与]|$)")
_EDITION_BEFORE = re.compile(r"第[一二三四五六七八九十百\d]+[届期]$")
# A region named after a river, not the river: 长江|经济带, 珠江|三角洲.
_REGION_AFTER = re.compile(r"经济带|三角洲|经济圈|城市群")


# A bridge or tunnel named after a river, not the river: 汉江|湾桥, 汉江|大桥.
_CROSSING_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:大桥|桥|隧道)")


def _names_an_event_or_product(text: str, m: Mention) -> bool:
    """Tell whether a known lake, river or site is only part of the name of an event, a region, a crossing or a quoted
    product here: 第十五届太湖开捕节, 黄河乾坤湾红枣文化旅游节, 长江经济带, 汉江湾桥, “太湖三白”."""
    return (bool(_EVENT_NAMED_AFTER.match(text, m.end)) or bool(_EDITION_BEFORE.search(text, max(0, m.start - 6), m.start))
            or bool(_REGION_AFTER.match(text, m.end)) or bool(_CROSSING_AFTER.match(text, m.end))
            or inside_quoted_name(text, m.start, m.end))


def _no_program_here(text: str, m: Mention) -> bool:
    """Tell whether a program's name is used here as a pledge, a goal or a section's field, not carried out."""
    name = clean_name(m.text)
    if text.startswith("精神", m.end):
        return True  # a campaign's spirit is no program carried out: 弘扬脱贫攻坚精神
    if name in _PLEDGES:
        return not (_PLEDGE_AS_CAMPAIGN.match(text, m.end) or text[m.start:m.start + 1] in "“\"‘")
    if m.canonical in _FIELDS_OF_WORK:
        return bool(_MEANS_AFTER.match(text, m.end))
    if name.endswith("创建") and _UNIT_BEFORE.search(text, max(0, m.start - 3), m.start):
        return True
    if not _KIND_OF_PLACE_PROGRAM.match(name):
        return False
    # (建设共同富裕的|美丽城镇 is a town described, not the program.)
    return bool(_HEADING_BEFORE.search(text, max(0, m.start - 8), m.start)) or text[m.start - 1:m.start] == "的" \
        or text.endswith(_BUILT_BEFORE, 0, m.start)


def _canonical(m: Mention, lexicon: Lexicon | None) -> Mention:
    """Give the mention with its canonical name: the lexicon's label where a form is known."""
    if lexicon is not None and m.method != "gazetteer":
        # A lexicon program with a program noun after it is that program: 林长制改革 → 林长制.
        bare = re.sub(r"(?:改革|工程|行动|战略|理念)$", "", clean_name(m.text)) if m.type == "Program" else m.text
        for form in (m.text, m.canonical, clean_name(m.text), bare):
            term = lexicon.by_form.get(form)
            if term and term.type not in ("Ignore",):
                return Mention(m.text, m.start, m.end, term.type, term.label, m.level, m.method, m.sentence)
    if m.type == "Program" and BRACKETED.search(m.canonical):
        # A bracketed gloss is not part of the name: “农户+集体+企业(大户)” → 农户+集体+企业.
        return replace(m, canonical=BRACKETED.sub("", m.canonical))
    if m.type == "Award":
        return Mention(m.text, m.start, m.end, m.type, award_canonical(m.canonical), m.level, m.method, m.sentence)
    if m.type == "Project":
        return Mention(m.text, m.start, m.end, m.type, project_canonical(m.canonical), m.level, m.method, m.sentence)
    return m
