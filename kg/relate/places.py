"""locatedIn: where a project, place or organization is, from the localities its clause and its report name."""

from __future__ import annotations

import re

from kg.gazetteer import LEVEL_RANK
from kg.link import Linked
from kg.model import Relation, Sentence
from kg.nlp.patterns import MEDIA_SUFFIX
from kg.relate.clauses import _Clause
from kg.relate.context import ReportContext, _relation, _year, last_named_of_level


def _located_in(ctx: ReportContext, sentence: Sentence, clause: _Clause, l: Linked,
                in_sentence: list[Linked] = ()) -> list[Relation]:
    """Give where a project, place or organization is: a locality at its name, where the clause puts it, else home."""
    m = l.mention
    where = (_place_of(clause.text, l, clause.mentions) or _section_of(ctx, m.text)
             or _named_before(clause.text, clause.start, l, in_sentence))
    method = "rule:adjacent-locality" if where else "rule:home-locality"
    if where is None and m.type == "Organization":
        from_outside = _comes_from_outside(clause, m)
        where = _committee_of(ctx, m.canonical or m.text) or _named_after(ctx, m.canonical or m.text, from_outside)
        method = "rule:name-locality" if where else method
        if where is None and from_outside and not _MEDIA.search(m.text):
            return []  # a partner from elsewhere whose locality the report does not name
    elif where is None:
        where = _division_named_first(ctx, m.canonical or m.text)
        method = "rule:name-locality" if where else method
    # Bodies found by pattern in a local report are local; known ones (lexicon: 新华社, 浙大二院)
    # and media (金华日报, 浙江新闻客户端) are not. An enclave (飞地) lies in another jurisdiction:
    # 海宁飞地建设项目, “三方四地”飞地园区.
    body_is_local = m.type != "Organization" or (m.method.startswith("pattern") and not _MEDIA.search(m.text))
    local = body_is_local and "飞地" not in m.text and not _provincial(ctx, clause, m.canonical)
    if where is None and local:
        where = _site_of(clause.text, clause.start, clause.end, clause.mentions) or _builder_of(ctx, clause)
        method = "rule:site-locality" if where else method
    if where is None and local:
        where = ctx.home
    if not where or where == l.key:
        return []
    year = _year(clause.text, clause.start, m, sentence, ctx, sentence.planning)
    return [_relation(l.key, "locatedIn", where, ctx, sentence, m.start, m.end, year, method)]


# A bracketed section of a work, named after the division it runs through: 大雅河（雅河段）综合治理二期工程,
# 金台铁路（壶镇段）, 沁河（北留段）生态修复工程.
_SECTION = re.compile(r"[（(](?P<division>[\u4e00-\u9fff]{2,8}?)段[）)]")


# What follows a township's short form in its full name when a people's name is part of it: 雅河|朝鲜族乡.
_PEOPLES_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,6}族(?:乡|镇)?")


def _section_of(ctx: ReportContext, name: str) -> str | None:
    """Give the locality a work's bracketed section is named after, of those the report names: 大雅河（雅河段）… →
    雅河朝鲜族乡, 万泉河（嘉积段）… → 嘉积镇; not a 街道 of the seat's town, whose section is the town's like
    （县城段）: 滠水（前川段） is the district's."""
    section = _SECTION.search(name)
    if section is None:
        return None
    division = section.group("division")
    found = ctx.named.get(division) or next(
        (v for n, v in ctx.named.items() if n.startswith(division) and _PEOPLES_TOWNSHIP.fullmatch(n, len(division))), None)
    if not found or found[2]:
        return None
    return None if any(n.endswith("街道") for n, v in ctx.named.items() if v[0] == found[0]) else found[0]


def without_home_fallbacks(relations: list[Relation]) -> list[Relation]:
    """Give a report's relations less the locatedIn that fell back on the home for a thing another sentence
    of the report places: 沙洲坝镇红井景区 … 红井景区入选… gives 红井景区 locatedIn 沙洲坝镇 only."""
    placed = {r.subject for r in relations if r.predicate == "locatedIn" and any(e.method != "rule:home-locality" for e in r.evidence)}
    return [r for r in relations if not (r.predicate == "locatedIn" and r.subject in placed
                                         and all(e.method == "rule:home-locality" for e in r.evidence))]


_LEVEL_SUFFIX = re.compile(r"(?:自治县|自治州|自治旗|街道|社区|县|市|区|旗|乡|镇|村)$")
# What after a short name makes it part of a feature's name, not the locality: 杭州湾, 五马街, 寿光港
_FEATURE_AFTER = re.compile(r"[湾湖江河溪山港路街巷桥]")


_VILLAGE_RANK = LEVEL_RANK["Village"]


def named_localities(entities: dict, linked: list[Linked], home: str) -> dict[str, tuple[str, int, bool]]:
    """Give the names (as written, full, and full without its level word) of the localities a report names
    and of the home's chain, each with its entity key, level rank and whether it is above the home
    (丽水市 for 景宁畲族自治县); a name two of them share is left out."""
    above: set[str] = set()
    key = entities[home].parent if home in entities else None
    while key and key not in above and key in entities:
        above.add(key)
        key = entities[key].parent
    found: dict[str, tuple[str, int, bool]] = {}
    shared: set[str] = set()
    # the home's province counts as named: a report of 崇明区 speaks of 上海市委 without naming 上海市 elsewhere
    written = [(l.key, l.mention.text, l.mention.level) for l in linked if l.mention.type == "Locality" and l.key]
    province = [(k, entities[k].label, None) for k in sorted(above) if entities[k].level == "Province"]
    for key, text, level in [*written, *province]:
        if key not in entities:
            continue
        entity = entities[key]
        rank = LEVEL_RANK.get(entity.level or level or "", -1)
        if rank < 0:
            continue
        for name in {text, entity.label, _LEVEL_SUFFIX.sub("", entity.label)}:
            if len(name) < 2:
                continue
            known = found.get(name)
            if known is not None and known[0] != key and _VILLAGE_RANK in (known[1], rank) and known[1] != rank:
                # a town's short form is the town's, not that of the village named after it (五岔沟: 五岔沟镇, 五岔沟村)
                if rank == _VILLAGE_RANK:
                    continue
            elif known is not None and known[0] != key:
                shared.add(name)
            found[name] = (key, rank, key in above)
    return {name: v for name, v in found.items() if name not in shared}


# A body that comes to the home to do something is from elsewhere: 丽水学院在景宁设立…, 温州大学在墨池公园设立…
_FROM_OUTSIDE = re.compile(r"\s*(?:在|到|来|赴)")


# A partner the home works with is from elsewhere: 与延安大学共建红枣研究所, 与复旦大学附属中山医院共建区域医疗中心.
_PARTNER_BEFORE = re.compile(r"(?:与|同|和)$")
_PARTNER_AFTER = re.compile(r"(?:共建|合作|共同|联合|签订|签署|结对|组建)")


def _comes_from_outside(clause: _Clause, m) -> bool:
    """Tell whether a body is written as coming from outside: a news outlet, one that acts 在/到 somewhere,
    or a partner the home works with (与…共建)."""
    partner = _PARTNER_BEFORE.search(clause.text, max(clause.start, m.start - 1), m.start) and _PARTNER_AFTER.match(clause.text, m.end)
    return bool(_MEDIA.search(m.text) or _FROM_OUTSIDE.match(clause.text, m.end) or partner)


def _named_after(ctx: ReportContext, name: str, from_outside: bool = False) -> str | None:
    """Give the locality a name begins with, of those the report names: 丽水学院 → 丽水市, 马头山国家级自然保护区
    → 马头山镇; of a chain (浙江景宁惠明茶业有限公司, 杭州环溪旅游开发有限公司) the most specific. A province
    opening the name is passed over; a short name that is the start of a feature's (杭州湾, 五马街) is no locality.
    A locality above the home gives it only by its full name (丽水市委) or for a body from outside
    (丽水学院在景宁设立…): 潍坊科技学院 in a 寿光市 report may well be in 寿光."""
    if not ctx.named:
        return None
    opening = _PROVINCE_NAME.match(name)
    pos = opening.end() if opening else 0
    best: tuple[str, int, bool] | None = None
    if opening and _MUNICIPALITY.match(name) and "市" in opening.group(0):
        # a municipality written in full (上海市第六人民医院): that province, unless a locality inside it follows.
        # A province's other bodies are placed nowhere (浙江省人民医院: its city is not said), nor are bodies named
        # by a municipality's short name (上海交通大学): the gold sets disagree on those
        province = ctx.named.get(opening.group(0)) or ctx.named.get(_PROVINCE_FIRST.match(name).group(0))
        best = (province[0], 0, False) if province and province[1] == 0 else None
    longest = max(map(len, ctx.named))
    while pos < len(name):
        hit = None
        for size in range(min(longest, len(name) - pos - 1), 1, -1):
            found = ctx.named.get(name[pos:pos + size])
            if found is None or found[1] == 0:
                continue
            after = name[pos + size]
            short = not _LEVEL_SUFFIX.search(name[pos:pos + size])
            if short and _FEATURE_AFTER.match(after):
                continue
            # a short name the home's own name begins with may name the home as well (武夷学院 in a 武夷山市 report,
            # where 武夷 is also 武夷街道): it places nothing
            if short and found[0] != ctx.home and ctx.home_label.startswith(name[pos:pos + size]):
                continue
            hit = (found, size)
            break
        if hit is None:
            break
        (key, rank, above), size = hit
        full = bool(_LEVEL_SUFFIX.search(name[pos:pos + size]))
        if best is None or rank >= best[1]:
            best = (key, rank, above and not full and not from_outside)
        pos += size
    return best[0] if best and not best[2] else None


# A party committee's name: its division's name, then 委 (兴安盟委, 红河州委, 南马镇党委).
_COMMITTEE = re.compile(r"(?P<division>[\u4e00-\u9fff]{2,12}?)(?:党委|党工委|委)")


def _committee_of(ctx: ReportContext, name: str) -> str | None:
    """Give the locality a party committee is the committee of, by the division name it is made of, above the
    home too: 兴安盟委 → 兴安盟, 红河州委 → 红河哈尼族彝族自治州 (a prefecture written with 州 after its short form)."""
    m = _COMMITTEE.fullmatch(name)
    if m is None:
        return None
    division = m.group("division")
    found = ctx.named.get(division) or (ctx.named.get(division[:-1]) if division.endswith(("州", "盟")) else None)
    return found[0] if found else None


def _division_named_first(ctx: ReportContext, name: str) -> str | None:
    """Give the township (or, in a city's report, the county) a project or site is named after by its full name
    (大均乡全域土地综合整治项目, 侯镇海洋化工产业园). A short name (湖头光电产业园, 宏村景区) or a village (上坦村旱改水项目) does not place it:
    the gold sets give the home for those."""
    for size in range(min(len(name) - 1, 6), 1, -1):
        found = ctx.named.get(name[:size])
        if found and found[1] == LEVEL_RANK["Township"] and (re.search(r"(?:乡|镇|街道)$", name[:size]) or _town_site(name, size)
                                                              or _TOWN_WORK.match(name, size)):
            return found[0]
        # a county of a city's or province's report, by its full name: 云州区年产5000吨黄花精深加工项目
        if (found and found[1] == LEVEL_RANK["County"] and not found[2] and found[0] != ctx.home
                and re.search(r"(?:县|区|市|旗)$", name[:size])):
            return found[0]
        if found and _division_below_home(ctx, name, size, found):
            return found[0]
    return None


def _division_below_home(ctx: ReportContext, name: str, size: int, found: tuple[str, int, bool]) -> bool:
    """Tell whether, in a province's or city's report, a work's name opens with the name of a division right below
    the home, short ones too: 太原地铁1号线一期工程, 太原武宿国际机场 (太原市 in the 山西省 report), 浑源抽水蓄能电站 (浑源县
    in the 大同市 report); not a feature named after it (太原湖) nor a route that starts there (灵丘至涞源高速公路)."""
    if ctx.home_rank not in (LEVEL_RANK["Province"], LEVEL_RANK["City"]) or found[1] != ctx.home_rank + 1 or found[2]:
        return False
    return not (_FEATURE_AFTER.match(name, size) or _ROUTE_AFTER.match(name, size))


# A route from the division to another: 灵丘|至涞源高速公路, 太原|到忻州城际铁路.
_ROUTE_AFTER = re.compile(r"[至到]")


# Sites a town's short name names as the town's own: 西塘|古镇景区, 文安驿|古镇, 大云|温泉省级旅游度假区, 叶坪|革命旧址群,
# 寿安|新城 (a new town is built out of the town it is named after), 朝阳湖|站 (a station, after the town it serves).
_TOWN_SITE = re.compile(r"古镇|老街|古街|温泉|集镇|新城|[东南西北]?站$|(?:革命)?(?:旧址|遗址)")
# A lake or mountain a town is named after (太湖街道): a new town named by it is the lake's (太湖|新城), not the town's.
_FEATURE_NAMED = re.compile(r"[湖江河溪山]$")


# A town's own work after its short name: 沙尖子|浑江大桥, 潭门|中心渔港改扩建工程 (a bridge or port the town holds).
_TOWN_WORK = re.compile(r"[\u4e00-\u9fff]{0,6}(?:大桥|渔港|中心渔港)")


def _town_site(name: str, size: int) -> bool:
    """Tell whether the site ``name`` is the own site of the town whose short name is its first ``size`` characters."""
    site = _TOWN_SITE.match(name, size)
    return site is not None and not (site.group(0) == "新城" and _FEATURE_NAMED.search(name[:size]))


def _provincial(ctx: ReportContext, clause: _Clause, name: str) -> bool:
    """Tell whether a body or site named after a province is the province's, not the home's: 浙江省法学会法治文化研究会,
    福建医科大学附属协和医院; not when its name carries the home's (福建农林大学安溪茶学院, 江苏沭阳经济技术开发区)
    nor when the clause says it came here (上海大学产业发展研究院先后落地)."""
    if not _PROVINCE_FIRST.match(name) or _CAME_HERE.search(clause.text, clause.start, clause.end):
        return False
    home = ctx.report.meta.home_name
    # a province's own report names its bodies by its short name: 山西大学, 山西焦煤集团 in the 山西省 report
    province = _PROVINCE_HOME.fullmatch(home)
    short = province.group(1) if province else re.sub(r"(?:自治县|自治州|街道|县|市|区|乡|镇)$", "", home)
    return not (home and len(short) >= 2 and short in name)


_CAME_HERE = re.compile(r"落地|落户|入驻|揭牌|挂牌|设立|成立|建成|投用|开业|开工")
_PROVINCE_FIRST = re.compile(
    r"^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|"
    r"云南|西藏|陕西|甘肃|青海|宁夏|新疆)"
)
_PROVINCE_NAME = re.compile(_PROVINCE_FIRST.pattern + r"(?:省|市|自治区)?")
# A province's (or municipality's) full name, its short name first: 山西省, 宁夏回族自治区, 北京市.
_PROVINCE_HOME = re.compile("(" + _PROVINCE_FIRST.pattern[1:] + r")(?:省|市|[\u4e00-\u9fff]{0,4}自治区)")
_MUNICIPALITY = re.compile(r"(?:北京|天津|上海|重庆)")


def _place_of(text: str, l: Linked, in_clause: list[Linked]) -> str | None:
    """Give the locality a project/place/organization is named with: in its name or right before it, or right
    before the first of the list it is in (黄阁镇中山路、麒麟路完成微改造 puts 麒麟路 in 黄阁镇).

    Of several (遂昌县石练镇…), the last is the most specific.
    """
    where = _place_of_one(text, l, in_clause)
    item = l
    while where is None:
        item = next((o for o in in_clause if o.mention.type == l.mention.type and o.mention.end == item.mention.start - 1
                     and text[o.mention.end] in _LIST_JOINT), None)
        if item is None:
            return None
        # only a division written right before the first item heads the list (not 犀浦街道的西南交通大学、…),
        # or one said to hold it (位于张山营镇的国家高山滑雪中心、…和延庆冬奥村)
        where = next((o.key for o in in_clause if o.mention.type == "Locality"
                      and (o.mention.end == item.mention.start or _said_to_hold(text, o, item))), None)
    return where


# A list's items joined by a comma or the last one by 和/及: 国家高山滑雪中心、国家雪车雪橇中心和延庆冬奥村.
_LIST_JOINT = "、和及"
# What says a locality holds what follows it: 位于|张山营镇|的, 地处|高寨镇|境内的, 坐落在|洪广镇|的.
_HOLDS_BEFORE = re.compile(r"(?:位于|地处|坐落于|坐落在)$")
_HOLDS_AFTER = re.compile(r"(?:境内|内)?的")


def _said_to_hold(text: str, locality: Linked, item: Linked) -> bool:
    """Tell whether the text says ``locality`` holds the list that ``item`` opens: 位于张山营镇的国家高山滑雪中心、…"""
    holds = _HOLDS_AFTER.match(text, locality.mention.end)
    return (holds is not None and holds.end() == item.mention.start
            and _HOLDS_BEFORE.search(text, max(0, locality.mention.start - 3), locality.mention.start) is not None)


# A township or village said again by its level word alone, holding what follows: (常信乡四十里店村入选…，)村内的|稻渔空间乡村生态观光园,
# (城川镇…，)镇内|宥州古城遗址. Not a compound's last character (园区内的, 景区内的): the level word opens the clause.
_LEVEL_INSIDE = re.compile(r"(?P<level>村|社区|镇|乡|街道)境?内的?$")


def _named_before(text: str, c_start: int, l: Linked, in_sentence: list[Linked]) -> str | None:
    """Give the township or village a clause's opening 村内的/镇内 speaks of: the last of that level the sentence
    named before."""
    inside = _LEVEL_INSIDE.search(text, c_start, l.mention.start)
    if inside is None or text[c_start:inside.start()].strip():
        return None
    return last_named_of_level(in_sentence, c_start, inside.group("level"))


# What between a locality and a thing says the thing lies inside it: 高寨镇|境内的|…机场, 城川镇|内的|….
_INSIDE_OF = re.compile(r"境?内的?")


def _place_of_one(text: str, l: Linked, in_clause: list[Linked]) -> str | None:
    where = None
    for other in in_clause:
        if other.mention.type != "Locality" or other is l:
            continue
        inside = l.mention.start <= other.mention.start and other.mention.end <= l.mention.end
        gap = l.mention.start - other.mention.end
        # right before it, before its opening quote or 的: 柘岱口乡“柘里薯乡” (not 郭塘、后桑园项目, not (浙江省)开化县…),
        # or holding it: 高寨镇境内的…机场
        adjacent = (gap == 0 or (gap == 1 and text[other.mention.end] in "“《「（(的")
                    or (gap >= 1 and _INSIDE_OF.fullmatch(text, other.mention.end, l.mention.start) is not None))
        if inside or adjacent:
            where = other.key
            if not inside and gap >= 1:
                where = _first_linked(text, l, in_clause) or where
    return where


# A verb saying a work joins two places, the first where the report stands: 连接|延水关镇|与|…永和县|的|延水关黄河大桥.
_LINKS = re.compile(r"(?:连接|连通|联通|贯通|联结)$")
_PAIR_JOINT = re.compile(r"[与和至到、]")


def _first_linked(text: str, l: Linked, in_clause: list[Linked]) -> str | None:
    """Give the first of two places a work before is said to join (连接A与B的X puts X at A, the more specific of
    A's names written together: 连接|陕西|延川|与…)."""
    localities = sorted((o for o in in_clause if o.mention.type == "Locality" and o.mention.end <= l.mention.start),
                        key=lambda o: o.mention.start)
    for i, first in enumerate(localities):
        if not _LINKS.search(text, max(0, first.mention.start - 2), first.mention.start):
            continue
        run = _last_written_together(localities, i)
        following = text[run.mention.end: run.mention.end + 1]
        return run.key if _PAIR_JOINT.fullmatch(following) else None
    return None


def _last_written_together(localities: list[Linked], i: int) -> Linked:
    """Give the last of the localities written one right after the other from the ``i``-th (王村口镇|后塘村, 陕西|延川):
    the most specific."""
    last = localities[i]
    for nxt in localities[i + 1:]:
        if nxt.mention.start != last.mention.end:
            break
        last = nxt
    return last


# News outlets: named in a local report, but not local (金华日报, 浙江新闻客户端, 凤凰网).
_MEDIA = re.compile(MEDIA_SUFFIX + r"$|网$")
# Where a clause says a thing stands or happens: 在拱墅正式落地, 在王村口镇后塘村…举行
_SITE_CUE = re.compile(r"(?:在|于|落户|落地|位于|坐落于)$")
_SITE_VERB = re.compile(r"落地|落户|举行|举办|开工|动工|奠基|建成|开业|开馆|揭牌|投用|投产|启用|竣工|签约落户")


# A township or village opening the clause that builds what the clause names: 金庭镇全力建设|太湖生态岛,
# 支持金庭高标准建设|太湖生态岛.
_BUILDER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:建设|打造|建成|新建)")
_BUILDER_BEFORE = re.compile(r"\s*(?:支持|推动|指导)?")


def _builder_of(ctx: ReportContext, clause: _Clause) -> str | None:
    """Give the township or village that opens the clause and builds what it names, if one does."""
    first = next((l for l in clause.mentions if l.mention.type == "Locality"), None)
    named = ctx.named.get(first.mention.text) if first is not None else None
    if named is None or named[0] != first.key or named[1] < LEVEL_RANK["Township"]:
        return None
    opens = _BUILDER_BEFORE.fullmatch(clause.text, clause.start, first.mention.start) is not None
    return first.key if opens and _BUILDER_AFTER.match(clause.text, first.mention.end) else None


def _site_of(text: str, c_start: int, c_end: int, in_clause: list[Linked]) -> str | None:
    """Give the locality a clause puts its things in: "“常山优品”旗舰店在拱墅正式落地" → 拱墅区.

    The locality follows 在/于/落户…, the clause has a verb of building or holding, and of
    consecutive localities (王村口镇后塘村) the last is the most specific.
    """
    localities = [l for l in in_clause if l.mention.type == "Locality"]
    for i, first in enumerate(localities):
        if not _SITE_CUE.search(text, c_start, first.mention.start):
            continue
        last = _last_written_together(localities, i)
        if _SITE_VERB.search(text, last.mention.end, c_end):
            return last.key
    return None
