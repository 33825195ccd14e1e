"""Awards: titles after an award verb (获评, 入选 …) and titles won by passing their assessment (通过…验收)."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import award_canonical
from kg.nlp.patterns.common import _STOP_WORDS, doc_text, token_ending_at, token_starting_at, tokens_from

AWARD_VERB = re.compile(
    r"(成功争创|成功争取|成功申报|获评|荣获|获得|被评为|评为|评定为|入选|入围|列入|被列为|列为|创成|成功创建|成功创成|被命名为|命名为|被授予|授予|夺得|荣膺|摘得|获批|位列|名列|"
    r"被确定为|确定为|被认定为|认定为|喜获|斩获|勇夺|荣登|成为|分获|跻身|上榜|蝉联|获(?=[国省市全中首]|(?:19|20)\d{2}年))"
)
# Verbs before a title a relation may follow: the award verbs, and 通过 (…验收) for titles won by assessment.
RELATION_VERB = re.compile(AWARD_VERB.pattern + r"|通过")
# A phrase after an award verb is an award only if it has one of these heads.
AWARD_HEAD = re.compile(
    r"(示范|试点|先进|优秀|称号|奖|十佳|百强|强县|强镇|名单|基地|样板|单位|集体|典型|品牌|特色小镇|景区|之乡|模范|标兵|"
    r"最美|文明|卫生|园林|氧吧|金奖|鼎|杯|旗|重点村|城市|县|市(?!场)|镇|村|乡|街道|社区|案例|榜|名录|创新|标杆|明星|五星|四星|3A|4A|5A|AAA|"
    r"激励|产品|精品|众创空间|孵化器|星创天地|之都|连冠|河湖|博物馆|\d+强|度假区|集聚区|[甲乙]等[\u4e00-\u9fff]{0,4}医院|[二三]甲医院|冠军|小巨人|园区|"
    r"龙头企业|领军企业|瞪羚企业|独角兽|领跑者|先行|试验区|实验区|优质|(?:文化|自然|农业文化|灌溉工程)遗产$)"
)
# A title followed by the trophy that goes with it: 省“五水共治”工作优秀县“大禹鼎”.
_TROPHY_AFTER_TITLE = re.compile(r"^(?P<title>.{4,}?)“(?P<trophy>[^”]{2,8}(?:鼎|杯|奖|旗|牌))”(?:[金银铜][鼎杯奖牌])?$")
# Where a title after its verb ends: a clause mark, 等 closing a list, or a frame that builds on the title
# (以…入选X为契机, 依托…获评X的优势), or a time clause the title opens (继2019年入选X之后，…; 入选X以来, 获评X后，).
_AWARD_STOP = re.compile(r"[，。；！？：:,;!?\n]|(?<=[^\d])等(?=[。，；]|$)|"
                         r"为(?:契机|抓手|依托|载体|基础|目标|引领)|的(?:优势|机遇|契机|成果|带动)|"
                         r"(?:之后|以后|以来|后)(?=[，,；;。]|$)")
_LIST_SEP = "、"
_ACCEPTANCE = re.compile(r"(?:顺利|成功)?通过(?:了)?(?P<title>[^，。；,;、“”]{4,30}?)(?:的)?(?:验收|复核|复评|考核验收|评估验收|认定|评审|复审)")
# Kinds of list named without the list: "列入创建名单".
_NOT_AWARD = frozenset("名单 创建名单 培育名单 候选名单 试点名单".split())
# "成为全省首个实现村级GEP核算的县": a first described, not a title.
_DESCRIBED_FIRST = re.compile(r"的(?:县|市|区|乡|镇|村|地区|城市|县市|乡镇|企业|单位)$")
# Money after a verb is no title (获得省级财政奖补资金5000万元), nor is a description (成为全省…的重要窗口;
# 我市唯一的 before a title is dropped from its canonical name first).
_NOT_A_TITLE = re.compile(r"资金|[万亿]?元(?![村镇乡])|贷款|授信|补助|奖补|债券|指标|"
                          r"督办|约谈|通报|警示|黄牌|负面|整改|以上荣誉|以上表彰")  # a sanction is no honour; 省级以上荣誉 counts them
_DESCRIPTION = re.compile(r"(?<!目)的")  # outside quotes, and not 目的地
# A place in a ranked list after the list (位列全国综合实力百强县第16位, 入选全国综合实力千强镇前十名, 位列…百强县前列)
# is not part of the title.
_RANK_AFTER = re.compile(r"(?:第[\d一二三四五六七八九十百]+[位名]|前[\d一二三四五六七八九十百]+[位名强]?|前列)$")
# 位列 and 名列 name a place in a ranking: the title must be a ranked list (百强县, 500强, 千强镇, …榜), since
# 位列全省县市区第一 ranks a figure, not a title.
_RANKING_VERB = re.compile(r"位列|名列")
_RANKED_LIST = re.compile(r"强|榜")
# A list named by what it lists, after a verb of selection: 列入全国绿色矿山名录, 入选全国红色旅游经典景区名录 (the
# title is 全国绿色矿山); a list named by how it was made stays whole (全国“土特产”推荐名录, 省级…培育名单).
_LIST_WORD_AFTER = re.compile(r"(?:名录|名单|榜单)$")
# "A、B、C等全国试点": the closing head shared by a list.
_SHARED_HEAD = re.compile(r"等([\u4e00-\u9fff]{2,8})$")
# "先进个人24人", "和美乡村40个": a count of winners, not a title.
_COUNTED = re.compile(r"\d+[余多]?(?:个|人|家|项|名|座|条|所|只|批)(?:以及.*)?$")
_OPEN, _CLOSE = "“‘(（《「", "”’)）》」"


def find_awards(doc: Doc) -> Iterator[Mention]:
    """Give awards named after an award verb; lists after one verb give one mention each.

    A list closed by "等全国试点" shares that head: each item is an award even
    when it does not name its kind itself; so does a list of quoted names between a
    level and a kind (省“尖兵”、“领雁”项目: 省尖兵项目, 省领雁项目).
    """
    text = doc_text(doc)
    for verb in AWARD_VERB.finditer(text):
        stop = _AWARD_STOP.search(text, verb.end())
        end = stop.start() if stop else len(text)
        shared = _SHARED_HEAD.search(text, verb.end(), end)
        if shared and AWARD_HEAD.search(shared.group(1)):
            end = shared.start()
        items = list(_split_list(text, verb.end(), end))
        if len(items) > 1:
            quoted = list(_quoted_list(text, items))
            if quoted:
                yield from quoted
                continue
        for start, stop_ in items:
            surface = text[start:stop_].strip()
            lead = text[start:stop_].find(surface) if surface else 0
            begin = start + lead
            surface = _without_rank(doc, begin, surface, verb.group(0))
            if surface is None:
                continue
            granted = _GRANTED_TO.match(surface) if verb.group(0).endswith("授予") else None
            if granted and _is_award(granted.group("title")):
                # 授予我市“浙江省园林城市”称号: the recipient stands between the verb and the title
                title = granted.group("title")
                begin += granted.start("title")
                yield Mention(title, begin, begin + len(title), "Award", award_canonical(title), method="pattern:award-verb")
                continue
            listed = _LISTED_IN.match(surface)
            if listed and _SELECTED.fullmatch(verb.group(0)):
                # 入选省《竞跑者》: a named list or publication of good practice
                begin += listed.start("name")
                yield Mention(listed.group("name"), begin, begin + len(listed.group("name")), "Award", listed.group("name")[1:-1],
                              method="pattern:award-verb")
                continue
            if not (_is_award(surface) or (shared and len(items) > 1 and 3 <= len(award_canonical(surface)) <= 40)
                    or (_SELECTED.fullmatch(verb.group(0)) and _is_award(surface, leveled=True))):
                continue
            trophy = _TROPHY_AFTER_TITLE.match(surface)
            if trophy and _is_award(trophy.group("title")) and not _PRIZE_OF_EVENT.search(trophy.group("title")):
                # 省“五水共治”工作优秀县“大禹鼎”: the title, then the trophy that goes with it;
                # 全国…最高荣誉“金桥奖”: a description, then the title.
                if not _DESCRIBES_TROPHY.search(trophy.group("title")):
                    yield Mention(trophy.group("title"), begin, begin + trophy.end("title"), "Award", award_canonical(trophy.group("title")), method="pattern:award-verb")
                yield Mention(trophy.group("trophy"), begin + trophy.start("trophy"), begin + trophy.end("trophy"), "Award", trophy.group("trophy"), method="pattern:award-verb")
                continue
            yield Mention(surface, begin, begin + len(surface), "Award", award_canonical(surface), method="pattern:award-verb")


def _without_rank(doc: Doc, begin: int, surface: str, verb: str) -> str | None:
    """Give the title in ``surface`` without the place it holds in a ranking (…百强县第16位) or the list word after
    what the list holds (全国绿色矿山名录); None where a ranking verb (位列) names no ranked list."""
    ranked = _RANK_AFTER.search(surface)
    if ranked and ranked.start() >= 3:
        surface = surface[: ranked.start()]
    if _RANKING_VERB.fullmatch(verb) and not _RANKED_LIST.search(surface):
        return None
    listed = _LIST_WORD_AFTER.search(surface)
    if listed and _SELECTED.fullmatch(verb):
        held = surface[: listed.start()]
        last = token_ending_at(doc, begin + len(held))
        if last is not None and last.tag_[:1] == "n" and _is_award(held, leveled=True):
            return held
    return surface


# After 授予, the recipient before a quoted title: 授予我市“浙江省园林城市”称号, 授予大溪村“省级文明村”荣誉称号
_GRANTED_TO = re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,12}?)(?P<title>“[^“”]{3,30}”(?:荣誉称号|称号)?)$")
# A prize of an event is one title with it: …人物评选活动“提名人物奖”
_PRIZE_OF_EVENT = re.compile(r"(?:活动|评选|大赛|比赛|竞赛|大会)$")
# A list or publication named alone after a verb of selection: 入选省《竞跑者》
_LISTED_IN = re.compile(r"^(?:省级|省|国家级|国家|全国|市级|市)?(?P<name>《[^《》]{2,20}》)$")
# What before a quoted trophy only describes it: 全国技术市场领域最高荣誉“金桥奖”
_DESCRIBES_TROPHY = re.compile(r"(?:荣誉|奖项|称号|殊荣)$")
# An item of a list of quoted names: the level before the first (省“尖兵”), the kind after the last (“领雁”项目).
_QUOTED_ITEM = re.compile(r"^(?P<level>[\u4e00-\u9fff]{0,4}?)“(?P<name>[^“”]{2,12})”(?P<kind>[\u4e00-\u9fff]{0,6})$")
# Kinds a list of quoted names may share when they name no title of their own: 项目, 工程, 计划 …
_SHARED_KIND = re.compile(r"(?:项目|工程|计划|行动|名单|名录|品牌)$")


def _quoted_list(text: str, items: list[tuple[int, int]]) -> Iterator[Mention]:
    """Give the titles of a list of quoted names sharing a level and a kind: 入围省“尖兵”、“领雁”项目.

    Only the first item may carry the level and only the last the kind; every item gets both.
    """
    parts = [_QUOTED_ITEM.match(text[a:b].strip()) for a, b in items]
    if not all(parts) or any(p.group("level") for p in parts[1:]) or any(p.group("kind") for p in parts[:-1]):
        return
    level, kind = parts[0].group("level"), parts[-1].group("kind")
    if not kind:
        return
    titles = [award_canonical(f"{level}{p.group('name')}{kind}") for p in parts]
    if not all(_is_award(t) or _SHARED_KIND.search(t) for t in titles):
        return
    for (a, b), p, title in zip(items, parts, titles):
        begin = a + len(text[a:b]) - len(text[a:b].lstrip())
        yield Mention(p.group(0), begin, begin + len(p.group(0)), "Award", title, method="pattern:award-verb")


def find_accepted_titles(doc: Doc) -> Iterator[Mention]:
    """Give titles won by passing their assessment: "通过国家生态文明建设示范县验收", and titles
    said to be won after them: "“中国口杯之都”国字号品牌复评顺利通过", "国家卫生县城顺利通过复审".

    A title before its assessment is quoted or opens with its level (国家, 全国, 省级 …): a name
    before it (唐先|葡萄生姜特色农业强镇) cannot be told from the title.
    """
    text = doc_text(doc)
    for m in _ACCEPTANCE.finditer(text):
        surface = m.group("title")
        if _is_award(surface):
            yield Mention(surface, m.start("title"), m.end("title"), "Award", award_canonical(surface), method="pattern:award-verb")
    for m in _TITLE_BEFORE.finditer(text):
        if not WON_AFTER.match(text, m.end("title")):
            continue
        start, end, surface = m.start(), m.end("title"), m.group("title")
        if not surface.startswith("“"):
            # The title opens at the first level word after which no verb or adverb comes.
            opens = [start + i for i in range(len(surface)) if _LEVEL.match(surface, i)
                     and token_starting_at(doc, start + i) is not None
                     and not any(t.tag_[:1] in "vpdc" for t in tokens_from(doc, start + i, end))]
            if not opens or token_ending_at(doc, end) is None:
                continue
            start, surface = opens[0], text[opens[0]:end]
        if _is_award(surface):
            yield Mention(surface, start, start + len(surface), "Award", award_canonical(surface), method="pattern:award-after")


# What after a title says it was won, when no verb precedes it: 国家卫生县城顺利通过复审,
# “中国口杯之都”国字号品牌复评顺利通过, …创建成功.
WON_AFTER = re.compile(r"[”」]?[^，,；;。“]{0,8}?(?:(?:顺利|成功|正式)?通过[^，,；;。]{0,8}?(?:验收|复评|复核|复审|复查|命名|认定)|"
                       r"(?:复评|复核|复审|复查|验收)(?:工作)?(?:顺利|成功)?通过|创建成功|成功创建|顺利创成|成功获批|正式授牌|成功授牌)")
# A title before what says it was won: quoted, or a run of words (its level is looked for in it).
# The creation of the title may come between (国家园林县城创建工作顺利通过验收).
_TITLE_BEFORE = re.compile(r"(?P<title>“[^“”]{3,20}”|[\u4e00-\u9fff]{4,24}?(?=(?:创建工作|创建)?(?:顺利|成功|正式|通过|复评|复核|复审|复查|验收)))")


def _is_award(surface: str, leveled: bool = False) -> bool:
    """Tell whether ``surface`` names a title: it has a head (示范, 试点, 百强 …) or is named a 称号;
    ``leveled``: or it opens with the level that grants it (省级高能级战略平台, 国家胸痛中心)."""
    name = award_canonical(surface)
    # "获得国家湿地公园称号": a title named as one needs no head of its own.
    headed = (bool(AWARD_HEAD.search(name)) or bool(_NAMED_TITLE.search(surface))
              or (leveled and bool(_LEVELED.match(name)) and not _NOT_LEVELED.search(name) and not _DESCRIBES_TROPHY.search(surface)))
    return (3 <= len(name) <= 40 and name not in _NOT_AWARD and headed and not re.match(r"^[\d.%]+", name)
            and not _COUNTED.search(name) and not re.search(r"位居|排名|位列|名列", name) and not _DESCRIBED_FIRST.search(name) and not _NOT_A_TITLE.search(surface)
            and not _DESCRIPTION.search(award_canonical(re.sub(r"“[^”]*”", "“”", surface))))


_NAMED_TITLE = re.compile(r"[^\d]称号$")
# The level a title opens with: 国家级, 国家, 全国, 中国, 省级, 全省, 市级, 浙江省
_LEVEL_WORD = (r"国家级|国家|全国|中国|省级|全省|市级|(?:浙江|江苏|安徽|福建|江西|山东|河南|河北|山西|湖北|湖南|广东|海南|四川|"
               r"贵州|云南|陕西|甘肃|青海|辽宁|吉林|黑龙江)省")
# Verbs of selection, after which a title opening with its level needs no head: 入选省级高能级战略平台
_SELECTED = re.compile(r"入选|入围|列入|被列为|列为|被确定为|确定为|被认定为|认定为|被命名为|命名为|获批|被评为|评为|获评|荣获")
# …but a plan, a project list or a sum is no title: 列入国家“十四五”规划, 入选省级重点建设项目
_NOT_LEVELED = re.compile(r"(?:规划|计划|项目|工程|资金|政策|任务|清单|最高|第一|前列|领先)$")
_LEVEL = re.compile(_LEVEL_WORD)
_LEVELED = re.compile(rf"(?:{_LEVEL_WORD})[\u4e00-\u9fff“”]{{3,}}")
# Two or more quoted titles one after the other, nothing between them: “A”“B”(称号)
_QUOTED_TITLES = re.compile(r"(?:“[^“”]{3,20}”){2,}(?:荣誉称号|称号|荣誉)?(?=[、和及与]|$)")


def _split_list(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Give the items of a 、-separated list between start and end, ignoring 、 inside quotes or brackets."""
    depth = 0
    item = start
    for i in range(start, end):
        ch = text[i]
        if ch == "“" and i > item and text[i - 1] == "”" and depth == 0 and _QUOTED_TITLES.match(text, item, end):
            yield item, i  # “全国文明城市”“国家卫生城市”称号: titles quoted one after the other
            item = i
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == _LIST_SEP and depth == 0:
            yield item, i
            item = i + 1
    # "A和B" at the end of a list: split only where both sides look like awards.
    last = text[item:end]
    m = re.search(r"(?<=.{4})(和|及|以及)(?=.{4})", last)
    # Both sides are titles, or both open with their level (省级高能级战略平台和省级…示范试点).
    sides = (last[: m.start()], last[m.end():]) if m else ()
    if m and (all(_is_award(side) for side in sides) or all(_is_award(side, leveled=True) and _LEVELED.match(award_canonical(side))
                                                            for side in sides)):
        yield item, item + m.start()
        yield item + m.end(), end
    else:
        yield item, end


# Kinds of winner a title names (what holds a 百强企业 title is a company, a 国家一级博物馆 a site); the
# kind a title ends with comes first (省级科技企业孵化器 is held by a site).
_WINNER_KINDS = (
    (re.compile(r"(?:博物馆|纪念馆|景区|旅游区|度假区|公园|河湖|湿地|孵化器|众创空间|星创天地|样板区)$"), "Place"),
    (re.compile(r"企业|百强|小巨人|龙头|瞪羚|独角兽|单项冠军|领军|工厂|车间|校园|学校|高中|示范校|特色校"), "Organization"),
)
# Words between a winner and its verb: 成功入选, 正式获批为, 先后被评为, 连续三年获评
_WINNER_ADVERBS = re.compile(r"(?:成功|正式|顺利|分别|先后|均|被|再次|又|已|也|还|同时|荣|首次|一举|高分|"
                             r"连续[\d一二两三四五六七八九十]+年|[\d一二两三四五六七八九十]+度)*$")
# What may open a clause before its winners: dates, 其中, 此外 …
_WINNER_LEAD = re.compile(r"(?:(?:19|20)\d{2}年度?|\d{1,2}月(?:\d{1,2}日)?|今年|去年|全年|其中|同时|此外|另外|\s)*")
_WINNER_SEP = re.compile(r"、|和|及|与")
_WINNER_TAGS = frozenset("n nr nrt nrfg ns nt nz ng j eng vn b a".split())
_NOT_A_WINNER = re.compile(r"^(?:全|我|各|本|该|其|有|共|多|新|[\d一二两三四五六七八九十]+[家个所座])|^(?:企业|公司|单位|景区|园区|产品|项目)$")
# The key of the mentions the pipeline has found so far (kg.nlp.pipeline.MENTIONS).
_FOUND = "kg_mentions"


def find_award_winners(doc: Doc) -> Iterator[Mention]:
    """Give the companies and sites named as winners before an award verb, where no other finder named them.

    The title says what the winner is: "仙琚制药入选中国医药工业百强企业" (a company),
    "清晖园获评国家一级博物馆" (a site). The winners stand alone at the head of their clause,
    as a name or a list of names (安溪铁观音集团、八马茶业入选…, “浙西门户”、“油茶宋镇”获评…).
    Runs after the other finders: a name they found is theirs.
    """
    text = doc_text(doc)
    found = doc.user_data.get(_FOUND, [])
    awards = {m.start: m for m in found if m.type == "Award"}
    for verb in AWARD_VERB.finditer(text):
        award = next((awards[i] for i in range(verb.end(), verb.end() + 3) if i in awards), None)
        kind = award and next((k for pattern, k in _WINNER_KINDS if pattern.search(award.canonical)), None)
        if not kind:
            continue
        c_start = max(text.rfind(p, 0, verb.start()) for p in "，。；：,;:！？") + 1
        adverbs = _WINNER_ADVERBS.search(text, c_start, verb.start())
        lead = _WINNER_LEAD.match(text, c_start, adverbs.start())
        for start, end in _winner_names(doc, text, lead.end(), adverbs.start()):
            # A name another finder found is theirs, but for a township suffix in a quoted brand (“油茶宋镇”)
            # and a locality opening a longer name (嵊州市|第一中学).
            if not any(m.start < end and start < m.end and not (text[start - 1] == "“" and m.method == "pattern:locality-suffix")
                       and not (m.type == "Locality" and m.start == start and m.end < end) for m in found):
                yield Mention(text[start:end], start, end, kind, text[start:end], method="pattern:award-winner")


def _winner_names(doc: Doc, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Give the names a list of winners is made of (quoted names without their quotes), or [] if any item is no name."""
    names: list[tuple[int, int]] = []
    pos = start
    for sep in [*_WINNER_SEP.finditer(text, start, end), None]:
        a, b = pos, sep.start() if sep else end
        pos = sep.end() if sep else end
        if text[a:a + 1] == "“" and text[b - 1:b] == "”" and "”" not in text[a + 1:b - 1]:
            a, b = a + 1, b - 1
            if not 2 <= b - a <= 10:
                return []
        else:
            tokens = tokens_from(doc, a, b)
            # Name-like words; a number or an odd adverb tag inside a longer name (嵊州市|第一|中学, 越剧|艺术|学校)
            # as long as a noun ends it.
            if not (2 <= b - a <= 12 and tokens and tokens[0].idx == a and token_ending_at(doc, b) is not None
                    and tokens[-1].tag_[:1] in "nj" and not tokens[-1].text.isdigit()
                    and all((t.tag_ in _WINNER_TAGS or (len(tokens) > 1 and t is not tokens[-1] and t.tag_ in ("m", "d")))
                            and t.text not in _STOP_WORDS for t in tokens)):
                return []
        if _NOT_A_WINNER.search(text[a:b]):
            return []
        names.append((a, b))
    return names
