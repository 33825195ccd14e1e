"""Relation stage: typed edges between linked mentions, each with its evidence.

A sentence without a written subject belongs to the report's home locality;
lists of subjects or awards give one relation each; awards that are only
targeted (争创, 力争, plan sections) become ``pursuesAward``, never
``receivedAward``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.link import _LEVEL_RANK, Linked
from kg.model import Evidence, Relation, Report, Sentence
from kg.nlp.patterns import AWARD_VERB, MEDIA_SUFFIX, RELATION_VERB, WON_AFTER

_CLAUSE = re.compile(r"[，,；;：:。！？!?]")
_PLAN_CUE = re.compile(r"争创|力争|争取|创建中|启动创建|积极创建|全力创建|申报|申创|计划|力促|冲刺|谋划|将(?:争|创|力|全力|努力|积极)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|-)")
# What may stand between a list of subjects and the award verb: 、 和 两个村 被 成功 …
_SUBJECT_GLUE = re.compile(
    r"^(?:[、和及与以等\d两三四五六七八九十个家所座村镇乡被成功再次还均分别先后已荣同时也共\s“”]|项目|企业|单位|景区|园区|社区|街道|基地|学校|医院|正式|顺利|一举|高分|首次|"
    r"(?<=被)(?:国务院|国家[\u4e00-\u9fff]{0,6}?部|省政府|省委省政府|省人民政府|市政府|[\u4e00-\u9fff]{1,6}?(?:部|厅|局|委员会)))*$"
)
# What after "通过 <award>" makes it a step towards the award, not the award: 通过国家卫生城市省级技术评估
_ONLY_A_STEP = re.compile(r"[^，,；;。]{0,6}?(?:评估|初审|初评|预审|审核|暗访|检查)")
# What after a title says it was won, when no verb precedes it: 国家卫生县城顺利通过复审, …创建成功
_AWARD_AFTER = WON_AFTER
_SUBJECT_TYPES = ("Locality", "Place", "Organization", "Project")
# Award verbs the entity finder does not need but a relation may follow: 重夺“大禹鼎”, 蝉联…, 六捧…
_MORE_VERBS = r"|重夺|再夺|夺取|蝉联|捧得|捧回|[一二三四五六七八九十]捧|跻身|问鼎|摘取|荣列|获颁|被表彰为|晋升为"
_AWARD_VERB = re.compile(AWARD_VERB.pattern + _MORE_VERBS)
_RELATION_VERB = re.compile(RELATION_VERB.pattern + _MORE_VERBS)
QUOTE_MAX = 200


@dataclass(frozen=True)
class ReportContext:
    report: Report
    home: str  # entity key
    home_label: str = ""  # the home's full name (景宁畲族自治县), for the level a role names
    # Localities the report names, by every name it or the gazetteer gives them (景宁, 丽水市, 丽水):
    # name → (entity key, level rank, above the home); for things whose name begins with one (丽水学院, 马头山国家级自然保护区).
    named: dict[str, tuple[str, int, bool]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Clause:
    """One clause of a sentence and who it is about."""

    text: str  # the whole sentence
    start: int
    end: int
    mentions: list[Linked]
    explicit: list[str]  # subjects written before its award verb
    topic: Linked | None  # the sentence's subject so far
    respectively: dict[str, list[str]]  # award → subject for "A和B分别被评为X、Y"


# Winners of an award list a clause ended with, for the next clause to go on with.
_Carried = list[str]


def _clause_mentions(text: str, linked: list[Linked]) -> list[tuple[int, int, list[Linked]]]:
    """Give the clauses of a sentence with the mentions that begin in each: the one clause split of this stage."""
    return [(c_start, c_end, [l for l in linked if c_start <= l.mention.start < c_end]) for c_start, c_end in _clauses(text)]


def award_plans(sentence: Sentence, linked: list[Linked]) -> dict[int, bool]:
    """Give, for the start of every award mention, whether the sentence only targets it (争创…, 力争…入选…).

    ANNOTATION.md does not count a target as an award (the extractor flags its mention) and it is the
    object of ``pursuesAward``, never ``receivedAward``: both read this one result.

    A title is targeted when a cue before it in its clause says so (争创, 力争 …), when what
    follows 通过 is only a step towards it (通过…省级技术评估), or when it stands in a plan section
    and the clause does not present it as reached (以…入选X为契机, 已创成…). The titles of a
    list that goes on past a comma (荣获：A，B) keep the state of the clause that opened it.
    """
    text = sentence.text
    plans: dict[int, bool] = {}
    carried: bool | None = None
    for c_start, c_end, in_clause in _clause_mentions(text, linked):
        awards = [l for l in in_clause if l.mention.type == "Award"]
        continued = carried if _only_awards(text, c_start, c_end, awards) else None
        carried = None
        if not awards and text[c_end - 1] in "：:" and _AWARD_VERB.search(text, c_start, c_end):
            carried = sentence.planning or bool(_PLAN_CUE.search(text, c_start, c_end))
        for l in awards:
            m = l.mention
            verb = _verb_before(text, c_start, m.start)
            if continued is not None and not verb and not _AWARD_AFTER.match(text, m.end, c_end):
                plans[m.start] = continued
            else:
                plans[m.start] = _planned(sentence, text, c_start, c_end, l, in_clause, verb)
        if awards and _LIST_END.fullmatch(text, awards[-1].mention.end, c_end):
            carried = plans[awards[-1].mention.start]
    return plans


def _planned(sentence: Sentence, text: str, c_start: int, c_end: int, award: Linked, in_clause: list[Linked],
             verb: str | None) -> bool:
    """Tell whether a clause only targets ``award`` (see ``award_plans``)."""
    m = award.mention
    if _plan_cue(text, c_start, m.start, in_clause):
        return True
    if verb == "通过" and _ONLY_A_STEP.match(text, m.end):
        return True
    if not verb and _being_created(text, m.end):
        return True
    if not sentence.planning:
        return False
    # In a plan section a title is reached only where the clause says so: after its award verb with a
    # word of what is already there (依托, 巩固, 已 …), or in a frame that builds on it (以…为契机).
    reached_before = verb and _REACHED_BEFORE.search(text, c_start, m.start)
    # The finder may keep the frame in the title's text (…传统村落为契机): look from the title's start.
    return not (reached_before or _BUILDS_ON.search(text, m.start, min(c_end, m.end + 8)))


# What right after a title says it is still being created (创建中 is a target, ANNOTATION.md): …创建工作, …申报;
# unless it was: …创建成功, …创建成果, …创建工作顺利通过验收
_BEING_CREATED = re.compile(r"[”」]?(?:创建|创评|申报|申创|争创)(?!成功|成果|成效)(?:工作)?(?P<passed>(?:顺利|成功)?通过)?")


def _being_created(text: str, end: int) -> bool:
    """Tell whether the words after a title (ending at ``end``) say it is still being created:
    启动全国文明城市创建工作, 国家卫生县城创建通过省级技术评估 (a step), not …创建工作顺利通过验收."""
    created = _BEING_CREATED.match(text, end)
    return bool(created) and (not created.group("passed") or bool(_ONLY_A_STEP.match(text, created.end())))

# In a plan section, words before a title and its verb that present it as reached: 依托…获评…, 已创成…
_REACHED_BEFORE = re.compile(r"依托|借助|凭借|抓住|用好|用足|发挥|放大|擦亮|巩固|利用|已经|已|去年|上年|过去一年")
# …and what after a title builds on it: …为契机, …的优势, …创建成果
_BUILDS_ON = re.compile(r"为契机|为依托|为抓手|为载体|为基础|的机遇|的优势|创建成果|品牌效应|金字招牌")


def relations_of(ctx: ReportContext, sentence_index: int, linked: list[Linked], plans: dict[int, bool]) -> list[Relation]:
    """Give the relations one sentence states; ``linked`` are its mentions, offsets local to it, and
    ``plans`` tells for each award mention whether it is only targeted (``award_plans``)."""
    sentence = ctx.report.sentences[sentence_index]
    text = sentence.text
    found: list[Relation] = []
    topic: Linked | None = None
    carried: _Carried | None = None
    for c_start, c_end, mentioned in _clause_mentions(text, linked):
        in_clause = [l for l in mentioned if l.key]
        explicit = _explicit_subjects(text, c_start, c_end, in_clause)
        if explicit and _starts_clause(text, c_start, in_clause):
            topic = next(l for l in in_clause if l.key == explicit[0])
        subjects = explicit or ([topic.key] if topic else [])
        clause = _Clause(text, c_start, c_end, in_clause, explicit, topic, _respectively(text, c_start, subjects, in_clause))
        awards = [l for l in in_clause if l.mention.type == "Award"]
        continued = carried if _only_awards(text, c_start, c_end, awards) else None
        carried = _list_opener(ctx, clause) if not awards else None
        for l in in_clause:
            m = l.mention
            if m.type == "Award":
                relations, carry = _award_relations(ctx, sentence, clause, l, continued, plans[m.start], last=l is awards[-1])
                found.extend(relations)
                carried = carry or carried
            elif m.type == "Program":
                locality_subjects = _carriers(text, c_start, m.start, in_clause, explicit) or [ctx.home]
                year = _year(text, c_start, m, sentence, ctx, sentence.planning)
                for s in locality_subjects:
                    found.append(_relation(s, "implements", l.key, ctx, sentence, m.start, m.end, year, "rule:program-mention"))
            elif m.type in ("Project", "Place", "Organization"):
                found.extend(_located_in(ctx, sentence, clause, l))
            elif m.type == "Person" and m.method.startswith("pattern:role:"):
                found.extend(_holds_position(ctx, sentence, l, linked))
    return found


# A verb of carrying out, after the localities opening a clause and an adverb or two: 枫树岭镇、王阜乡|扎实推进|“五水共治”.
_CARRYING_OUT = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:推进|推行|推广|推动|实施|深化|开展|打响|打好|打赢|落实|践行|探索|启动|建立|健全|完善|创新|抓好|做好|加快|巩固|"
    r"坚持|贯彻|执行)[^，,；;。]{0,8}$"
)


def _carriers(text: str, c_start: int, start: int, in_clause: list[Linked], explicit: list[str]) -> list[str]:
    """Give the localities opening the clause that carry out the program at ``start``: those a verb of carrying
    out follows (枫树岭镇、王阜乡扎实推进“五水共治”); not those that name the program's ground (洪村、赵村“空心村”整治),
    nor a topic an earlier clause opened (菁蓉镇获评…，深入推进“大众创业、万众创新”)."""
    localities = [l for l in in_clause if l.key in explicit and l.key.startswith("loc:") and l.mention.end <= start]
    if not localities or not _CARRYING_OUT.match(text[localities[-1].mention.end:start]):
        return []
    return [l.key for l in localities]


# The body and level a role is held in, written before it: 镇党委|书记, 区委|书记, 村党支部|书记, 街道办事处|主任.
_ROLE_BEFORE = re.compile(
    r"(?P<level>省|市|州|盟|县|区|旗|乡|镇|街道|村|社区)?"
    r"(?P<body>党委|党工委|党总支|党支部|委|人民政府|政府|办事处|村委会|居委会)?"
    r"(?P<role>(?:副)?(?:省长|市长|县长|区长|旗长|盟长|州长|乡长|镇长|书记|主任|主席))\s*$"
)


def _holds_position(ctx: ReportContext, sentence: Sentence, person: Linked, linked: list[Linked]) -> list[Relation]:
    """Give the position a person named after their role holds: in the locality right before the role
    (金竹村|党支部书记|李丽萍), else in the home when the role names the home's level (区委书记 in a 区 report).

    A role without a level (书记, 主任) or of another level (县委书记 in a township report) says nowhere.
    """
    text, m = sentence.text, person.mention
    role = _ROLE_BEFORE.search(text, max(0, m.start - 16), m.start)
    if role is None:
        return []
    # the level may be the locality's own last character: 金竹|村|党支部书记
    ends = {role.start(), role.start("body") if role.group("body") else role.start("role")}
    where = next((l.key for l in linked if l.key and l.mention.type == "Locality" and l.mention.end in ends), None)
    level = role.group("level") or (role.group("role")[-2] if role.group("role").endswith("长") else "")
    if where is None and level and ctx.home_label.endswith(level):
        where = ctx.home
    if where is None:
        return []
    title = (role.group("level") or "") + (role.group("body") or "").replace("人民政府", "").replace("政府", "") + role.group("role")
    ev = evidence_for(ctx, sentence, m.start, m.end, ctx.report.meta.year, "rule:role-before-name")
    return [Relation(person.key, "holdsPosition", where, (ev,), role=title)]


def _award_relations(ctx: ReportContext, sentence: Sentence, clause: _Clause, award: Linked,
                     continued: _Carried | None, planned: bool, last: bool) -> tuple[list[Relation], _Carried | None]:
    """Give who received (or pursues: ``planned``, from ``award_plans``) ``award``, and what the next clause may go on with."""
    text, c_start, c_end, m = clause.text, clause.start, clause.end, award.mention
    verb = _verb_before(text, c_start, m.start)
    if verb:
        winners = (clause.respectively.get(award.key) or _recipients(text, award, clause.mentions, verb) or clause.explicit
                   or _implicit_winners(ctx, text, c_start, award, clause.mentions, clause.topic))
    elif _AWARD_AFTER.match(text, m.end, c_end):
        winners = _subjects_before(text, c_start, m.start, clause.mentions) or _implicit_winners(
            ctx, text, c_start, award, clause.mentions, clause.topic, limit=m.start)
    elif continued:
        winners = continued  # 荣获：A，B，C — the list goes on past a comma (its plan state: award_plans)
    else:
        return [], None
    predicate = "pursuesAward" if planned else "receivedAward"
    year = _year(text, c_start, m, sentence, ctx, planned)
    relations = [_relation(s, predicate, award.key, ctx, sentence, m.start, m.end, year, "rule:award-verb") for s in winners]
    carry = winners if last and winners and _LIST_END.fullmatch(text, m.end, c_end) else None
    return relations, carry


def _recipients(text: str, award: Linked, in_clause: list[Linked], verb: str) -> list[str]:
    """Give the recipients named between 授予 and its title: "省政府授予大溪村“省级文明村”称号" → [大溪村]."""
    if verb != "授予":
        return []
    start = text.rfind("授予", 0, award.mention.start) + len("授予")
    named = [l for l in in_clause if l.mention.type in _SUBJECT_TYPES and start <= l.mention.start and l.mention.end <= award.mention.start]
    return [named[-1].key] if named and _SUBJECT_GLUE.match(text[named[-1].mention.end:award.mention.start]) else []


def _list_opener(ctx: ReportContext, clause: _Clause) -> _Carried | None:
    """Give the winners of a clause that opens a list of titles to come: 我县荣获以下荣誉：…"""
    text, c_start, c_end = clause.text, clause.start, clause.end
    verb = _AWARD_VERB.search(text, c_start, c_end)
    if not verb or text[c_end - 1] not in "：:":
        return None
    if not clause.explicit and _unknown_subject(text, c_start, c_end, clause.mentions, verb.start()):
        return None
    return clause.explicit or ([clause.topic.key] if clause.topic else [ctx.home])


def _located_in(ctx: ReportContext, sentence: Sentence, clause: _Clause, l: Linked) -> list[Relation]:
    """Give where a project, place or organization is: a locality at its name, where the clause puts it, else home."""
    m = l.mention
    where = _place_of(clause.text, l, clause.mentions)
    method = "rule:adjacent-locality" if where else "rule:home-locality"
    if where is None and m.type == "Organization":
        from_outside = _comes_from_outside(clause, m)
        where = _named_after(ctx, m.canonical or m.text, from_outside)
        method = "rule:name-locality" if where else method
        if where is None and from_outside and not _MEDIA.search(m.text):
            return []  # a partner from elsewhere whose locality the report does not name
    elif where is None:
        where = _township_named_first(ctx, m.canonical or m.text)
        method = "rule:name-locality" if where else method
    # Bodies found by pattern in a local report are local; known ones (lexicon: 新华社, 浙大二院)
    # and media (金华日报, 浙江新闻客户端) are not. An enclave (飞地) lies in another jurisdiction:
    # 海宁飞地建设项目, “三方四地”飞地园区.
    body_is_local = m.type != "Organization" or (m.method.startswith("pattern") and not _MEDIA.search(m.text))
    local = body_is_local and "飞地" not in m.text and not _provincial(ctx, clause, m.canonical)
    if where is None and local:
        where = _site_of(clause.text, clause.start, clause.end, clause.mentions)
        method = "rule:site-locality" if where else method
    if where is None and local:
        where = ctx.home
    if not where or where == l.key:
        return []
    year = _year(clause.text, clause.start, m, sentence, ctx, sentence.planning)
    return [_relation(l.key, "locatedIn", where, ctx, sentence, m.start, m.end, year, method)]


def without_home_fallbacks(relations: list[Relation]) -> list[Relation]:
    """Give a report's relations less the locatedIn that fell back on the home for a thing another sentence
    of the report places: 沙洲坝镇红井景区 … 红井景区入选… gives 红井景区 locatedIn 沙洲坝镇 only."""
    placed = {r.subject for r in relations if r.predicate == "locatedIn" and any(e.method != "rule:home-locality" for e in r.evidence)}
    return [r for r in relations if not (r.predicate == "locatedIn" and r.subject in placed
                                         and all(e.method == "rule:home-locality" for e in r.evidence))]


_LEVEL_SUFFIX = re.compile(r"(?:自治县|自治州|自治旗|街道|社区|县|市|区|旗|乡|镇|村)$")
# What after a short name makes it part of a feature's name, not the locality: 杭州湾, 五马街, 寿光港
_FEATURE_AFTER = re.compile(r"[湾湖江河溪山港路街巷桥]")


def named_localities(entities: dict, linked: list[Linked], home: str) -> dict[str, tuple[str, int, bool]]:
    """Give the names (as written, full, and full without its level word) of the localities below
    province level a report names, each with its entity key, level rank and whether it is above the home
    (丽水市 for 景宁畲族自治县); a name two of them share is left out."""
    above: set[str] = set()
    key = entities[home].parent if home in entities else None
    while key and key not in above and key in entities:
        above.add(key)
        key = entities[key].parent
    found: dict[str, tuple[str, int, bool]] = {}
    shared: set[str] = set()
    for l in linked:
        if l.mention.type != "Locality" or not l.key or l.key not in entities:
            continue
        entity = entities[l.key]
        rank = _LEVEL_RANK.get(entity.level or l.mention.level or "", -1)
        if rank <= 0:
            continue
        for name in {l.mention.text, entity.label, _LEVEL_SUFFIX.sub("", entity.label)}:
            if len(name) < 2:
                continue
            if found.get(name, (l.key,))[0] != l.key:
                shared.add(name)
            found[name] = (l.key, rank, l.key in above)
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
    pos = m.end() if (m := _PROVINCE_NAME.match(name)) else 0
    best: tuple[str, int, bool] | None = None
    longest = max(map(len, ctx.named))
    while pos < len(name):
        hit = None
        for size in range(min(longest, len(name) - pos - 1), 1, -1):
            found = ctx.named.get(name[pos:pos + size])
            if found is None:
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


def _township_named_first(ctx: ReportContext, name: str) -> str | None:
    """Give the township a project or site is named after by its full name (大均乡全域土地综合整治项目,
    侯镇海洋化工产业园). A short name (湖头光电产业园, 宏村景区) or a village (上坦村旱改水项目) does not place it:
    the gold sets give the home for those."""
    for size in range(min(len(name) - 2, 6), 1, -1):
        found = ctx.named.get(name[:size])
        if found and found[1] == _LEVEL_RANK["Township"] and (re.search(r"(?:乡|镇|街道)$", name[:size]) or _TOWN_SITE.match(name, size)):
            return found[0]
    return None


# Sites a town's short name names as the town's own: 西塘|古镇景区, 文安驿|古镇, 大云|温泉省级旅游度假区, 叶坪|革命旧址群.
_TOWN_SITE = re.compile(r"古镇|老街|古街|温泉|集镇|(?:革命)?(?:旧址|遗址)")


def _provincial(ctx: ReportContext, clause: _Clause, name: str) -> bool:
    """Tell whether a body or site named after a province is the province's, not the home's: 浙江省法学会法治文化研究会,
    福建医科大学附属协和医院; not when its name carries the home's (福建农林大学安溪茶学院, 江苏沭阳经济技术开发区)
    nor when the clause says it came here (上海大学产业发展研究院先后落地)."""
    if not _PROVINCE_FIRST.match(name) or _CAME_HERE.search(clause.text, clause.start, clause.end):
        return False
    home = ctx.report.meta.home_name
    short = re.sub(r"(?:自治县|自治州|街道|县|市|区|乡|镇)$", "", home)
    return not (home and len(short) >= 2 and short in name)


_CAME_HERE = re.compile(r"落地|落户|入驻|揭牌|挂牌|设立|成立|建成|投用|开业|开工")
_PROVINCE_FIRST = re.compile(
    r"^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|"
    r"云南|西藏|陕西|甘肃|青海|宁夏|新疆)"
)
_PROVINCE_NAME = re.compile(_PROVINCE_FIRST.pattern + r"(?:省|市|自治区)?")
# What may follow the last title of a clause for its list to go on in the next clause: 、 ， ：
_LIST_END = re.compile(r"[”」]?[、，,：:；;\s]*")
# What may stand between titles of a list: 、 和 及 以及 等
_LIST_GLUE = re.compile(r"[、，,：:；;。和及与以等\s]*")


def _only_awards(text: str, c_start: int, c_end: int, awards: list[Linked]) -> bool:
    """Tell whether a clause is nothing but titles (the rest of a list the last clause began)."""
    if not awards:
        return False
    pos = c_start
    for l in awards:
        if not _LIST_GLUE.fullmatch(text, pos, l.mention.start):
            return False
        pos = l.mention.end
    return bool(_LIST_GLUE.fullmatch(text, pos, c_end))


# Titles only companies hold: …龙头企业, …百强企业, 专精特新“小巨人”企业
_COMPANY_TITLE = re.compile(r"企业$|小巨人|独角兽|瞪羚")
# Titles only a person holds (ANNOTATION.md: receivedAward goes to places, bodies and projects): 全国优秀党务工作者,
# 先进个人, 劳动模范, 三八红旗手, 优秀共产党员, 最美奋斗者.
_PERSON_TITLE = re.compile(r"(?:工作者|个人|模范|劳模|标兵|能手|奋斗者|红旗手|共产党员|好人)$")
# Titles only a county or city can hold: …示范县, …百强县, …优秀县市, 国家卫生城市
_COUNTY_TITLE = re.compile(r"(?:县|县市|县城|城市)$")
_BELOW_COUNTY = ("Township", "Village")
# Names of divisions below a county, for localities the gazetteer lacks (loc:330726/下薛宅村)
_BELOW_COUNTY_NAME = re.compile(r"(?:村|镇|乡|街道|社区)$")


def _below_county(l: Linked) -> bool:
    """Tell whether a locality is a township or village: by its level, its division code (9 or 12 digits) or its name."""
    if l.mention.level in _BELOW_COUNTY:
        return True
    code, _, name = (l.key or "").removeprefix("loc:").partition("/")
    return len(code) >= 9 if not name else bool(_BELOW_COUNTY_NAME.search(name))


def _implicit_winners(ctx: ReportContext, text: str, c_start: int, award: Linked, in_clause: list[Linked],
                      topic: Linked | None, limit: int | None = None) -> list[str]:
    """Give who won an award when the clause names no winner before the verb.

    A partner (联手长兴县入选) wins with the home; a subject that is no entity (常山胡柚入选) leaves the
    award unassigned; else the topic of the sentence wins it, or the home when the title is one only a
    county can hold (石埠头村获评…淘宝村, 获评…示范县).
    """
    if _COMPANY_TITLE.search(award.mention.canonical) or _PERSON_TITLE.search(award.mention.canonical):
        return []  # a title only companies or people hold is not the home's: 共同入选…“小巨人”企业, 被评为…党务工作者
    partners = _partners(text, c_start, award.mention.start, in_clause, limit)
    if partners:
        return [ctx.home, *partners]
    if _unknown_subject(text, c_start, award.mention.start, in_clause, limit):
        return []
    if topic and topic.mention.type != "Locality" and not _bare_predicate(text, c_start, award.mention.start):
        return [ctx.home]  # the sentence went on from the site to the home's own work: …示范区…，“…平台”入选…
    if topic and not (_below_county(topic) and _COUNTY_TITLE.search(award.mention.canonical)):
        return [topic.key]
    return [ctx.home]


# What a clause that goes on about the sentence's subject may say before its verb: 并, 同时, 再次, 成功 …
_BARE_PREDICATE = re.compile(r"[\s，,；;]*(?:并且?|同时|还|也|又|先后|相继|均|都|已|再次|成功|顺利|正式|全面|一举|被)*")


def _bare_predicate(text: str, c_start: int, start: int) -> bool:
    """Tell whether the clause says nothing before the verb of the award at ``start`` but glue (并获评, 荣获)."""
    verbs = _verbs_before(_RELATION_VERB, text, c_start, start)
    return bool(verbs) and _BARE_PREDICATE.fullmatch(text, c_start, verbs[-1].start()) is not None


def evidence_for(ctx: ReportContext, sentence: Sentence, start: int, end: int, year: int | None, method: str) -> Evidence:
    """Give the evidence record for a span of a sentence (quote trimmed around it)."""
    text = sentence.text
    if len(text) > QUOTE_MAX:
        left = max(0, min(start - 60, len(text) - QUOTE_MAX))
        quote, offset = text[left:left + QUOTE_MAX], left
    else:
        quote, offset = text, 0
    return Evidence(
        report=ctx.report.id,
        source=ctx.report.source,
        quote=quote,
        start=sentence.start + offset,
        end=min(sentence.end, sentence.start + offset + len(quote)),
        year=year,
        method=method,
    )


def _relation(subject: str, predicate: str, obj: str, ctx: ReportContext, sentence: Sentence,
              start: int, end: int, year: int | None, method: str) -> Relation:
    return Relation(subject, predicate, obj, (evidence_for(ctx, sentence, start, end, year, method),))


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    depth = 0
    for i, ch in enumerate(text):
        if ch in "“(（":
            depth += 1
        elif ch in "”)）":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE.match(ch):
            spans.append((pos, i + 1))
            pos = i + 1
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _explicit_subjects(text: str, c_start: int, c_end: int, in_clause: list[Linked]) -> list[str]:
    """Give the subjects written before the clause's award verb: "A、B两个村被评为…" → [A, B]; "A通过X验收" → [A]."""
    verb = _AWARD_VERB.search(text, c_start, c_end) or _passed(text, c_start, c_end, in_clause)
    if verb is None:
        # No verb: a clause-initial locality is the topic of what follows.
        # A list of them (江南镇、瑶琳镇扎实推进…) shares it.
        candidates = [l for l in in_clause if l.mention.type in _SUBJECT_TYPES]
        first = candidates[0] if candidates else None
        if not (first and _only_glue(text[c_start:first.mention.start])):
            return []
        if first.mention.type != "Locality":
            # A site, body or work opening the clause is what the sentence goes on about:
            # 红都大道北延工程建成通车，荣获…杜鹃花奖.
            return [first.key]
        listed = [first]
        for l in candidates[1:]:
            if l.mention.type != "Locality":
                break
            if l.mention.start == listed[-1].mention.end:
                listed[-1] = l  # a chain (天荒坪镇大溪村) names its last one
            elif re.fullmatch(r"[、和及与]", text[listed[-1].mention.end:l.mention.start]):
                listed.append(l)
            else:
                break
        return [l.key for l in listed]
    return _subjects_before(text, c_start, verb.start(), in_clause)


_PASSED = re.compile("通过")


def _passed(text: str, c_start: int, c_end: int, in_clause: list[Linked]) -> re.Match | None:
    """Give the 通过 of "A通过X验收" when a title follows it."""
    passed = _PASSED.search(text, c_start, c_end)
    titles = [l for l in in_clause if l.mention.type == "Award" and passed and l.mention.start >= passed.end()]
    return passed if titles and _verb_before(text, c_start, titles[0].mention.start) == "通过" else None


def _subjects_before(text: str, c_start: int, limit: int, in_clause: list[Linked]) -> list[str]:
    """Give the subjects the clause names before ``limit`` (a verb, or a title its verb follows)."""
    candidates = [l for l in in_clause if l.mention.type in _SUBJECT_TYPES and l.mention.end <= limit]
    if not candidates:
        return []
    start = candidates[0].mention.start
    rest = text[start:limit]
    for l in candidates:
        rest = rest.replace(l.mention.text, "", 1)
    if not _SUBJECT_LEAD.fullmatch(text, c_start, start):
        return []
    if _SUBJECT_GLUE.match(rest) or _own_work(rest, in_clause):
        # A chain of localities (遂昌县大田村) names its last one; the body after 被 names the title, it does not win it.
        return [l.key for l, nxt in zip(candidates, [*candidates[1:], None])
                if not (nxt and l.mention.type == nxt.mention.type == "Locality" and nxt.mention.start == l.mention.end)
                and text[l.mention.start - 1:l.mention.start] != "被"]
    first = candidates[0]
    if _HOW_IT_WON.match(text, first.mention.end, limit):
        return [first.key]  # 红星坪村依托…入选: what follows the subject says how it won
    return []


# What may follow a subject to say how it won, before the verb: 红星坪村依托…入选, 大田村凭借…获评
_HOW_IT_WON = re.compile(r"(?:依托|凭借|借助|通过|以|因|作为|积极|大力|持续|坚持|围绕|立足|发挥)")


def _own_work(phrase: str, in_clause: list[Linked]) -> bool:
    """Tell whether ``phrase``, between a subject and its award verb, names the subject's own work: 大田村“村民说事”制度入选…"""
    for l in in_clause:
        if l.mention.type == "Program":
            phrase = phrase.replace(l.mention.text, "改革")
    phrase = re.sub(r"^(?:的|在|推行的|推出的|探索的|首创的)", "", _SUBJECT_GLUE_TAIL.sub("", phrase.strip()))
    return bool(_PRACTICE_HEAD.search(phrase))


# What may precede an award verb when the home locality is the subject: dates, adverbs, 我县 …
_NOT_A_SUBJECT = re.compile(
    r"(?:(?:19|20)\d{2}年(?:度)?|\d{1,2}月(?:\d{1,2}日)?|成功|再次|先后|还|又|均|已|同时|此外|其中|全年|今年|去年|一年来|共|累计|首次|"
    r"荣|被|并|也|分别|连续|我县|我市|我区|我乡|我镇|全县|全市|全区|全乡|全镇|县|市|区|乡|镇|[\s、“”\d]|获|"
    r"力争|争取|争创|积极|努力|全力|计划|将|要|确保|继续|进一步|力求|启动|创建|申报|"
    r"国务院|省委省政府|省人民政府|省政府|市委市政府|市政府|国家[\u4e00-\u9fff]{0,6}?部)"  # the body that grants a title
)

# Heads of a subject phrase naming the home locality's own work, not a product or body:
# 外资招引经验做法入选…, 石材加工行业整治入选…, “常山阿姨”管理服务标准化试点被评为…, 绗缝产业获评…,
# and counted items (“智享用工”等7项应用列入…).
_PRACTICE_HEAD = re.compile(r"(?:改革|工作|做法|经验|模式|试点|整治|体系|机制|制度|工程|整改|举措|创新|行动|服务|治理|管理|建设|转型|"
                            r"产业|制造业|产业集群)[”\"]?$|[\d一二三四五六七八九十]+项\w{0,4}$")
# Adverbs between a subject phrase and its award verb: …做法成功入选, …经验先后被评为
_SUBJECT_GLUE_TAIL = re.compile(r"(?:成功|再次|先后|分别|还|又|均|已|也|同时|被|荣)+$")
# A subject that is a quoted name alone: “综合飞一次”获评…
_QUOTED_NAME = re.compile(r"“[^”]{2,20}”")
# Phrases before an award verb that say how or when, not who: 以全省第一的成绩创成…, 时隔五年重夺…
# how often: 连续五年获评, 三度获评, 第三次入选, 连续第五年夺取
_MANNER = re.compile(r"以[^，,；;]*?(?:成绩|名次|成效|总分|优势)|时隔[^，,；;]{1,4}年|"
                     r"(?:连续|第|又|再)*[\d一二两三四五六七八九十]+(?:年|度|次|届)(?:来|内|间)?|顺利|正式|再度|相继|陆续|一举|高分|率先")

# Titles that products win, not places or policies: a named subject before them is a product
# (“永康舜芋”获评国家农产品地理标志, 常山胡柚入选…推荐名录, “两柚一茶”被列入…产业链).
_PRODUCT_TITLE = re.compile(r"地理标志|农产品|好产品|土特产|名优|品牌|名牌|商标|水果|推荐名录|产业链$")


def _unknown_subject(text: str, c_start: int, start: int, in_clause: list[Linked], limit: int | None = None) -> bool:
    """Tell whether the clause names, before its award verb, a subject that is not a recognised entity (大米, 应用).

    A program or practice there ("“亩均论英雄”改革获…") leaves the award to the home locality, unless
    the title is one products win.
    """
    if limit is None:
        verb = _verbs_before(_RELATION_VERB, text, c_start, start)
        if not verb:
            return False
        limit = verb[0].start()
    before = text[c_start:limit]
    award = next((l for l in in_clause if l.mention.start == start), None)
    for_products = award is not None and bool(_PRODUCT_TITLE.search(award.mention.canonical))
    for l in in_clause:
        if l.mention.type == "Program" and l.mention.end <= limit and not for_products:
            before = before.replace(l.mention.text, "改革")  # a program is the home's own work
    before = _MANNER.sub("", before).strip()
    if not for_products and (_PRACTICE_HEAD.search(before) or _QUOTED_NAME.fullmatch(before)):
        return False
    before = _NOT_A_SUBJECT.sub("", re.sub(r"[“”\"]|改革|工作|做法|经验|模式", "", before))
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z]", before)) >= 2


# What joins the home locality to a partner named before the award verb: 联手长兴县成功入选…
_PARTNER_CUE = re.compile(r"(?:与|同|联手|携手|联合|会同)")


def _partners(text: str, c_start: int, start: int, in_clause: list[Linked], limit: int | None = None) -> list[str]:
    """Give the localities that won an award together with the home: "联手长兴县成功入选X" → [长兴县]."""
    if limit is None:
        verb = _verbs_before(_AWARD_VERB, text, c_start, start)
        if not verb:
            return []
        limit = verb[0].start()
    localities = [l for l in in_clause if l.mention.type == "Locality" and l.mention.end <= limit]
    if not localities or not _PARTNER_CUE.fullmatch(text[c_start:localities[0].mention.start].strip()):
        return []
    rest = text[localities[0].mention.start:limit]
    for l in localities:
        rest = rest.replace(l.mention.text, "", 1)
    return [l.key for l in localities] if _SUBJECT_GLUE.match(rest.replace("共同", "")) else []


def _respectively(text: str, c_start: int, subjects: list[str], in_clause: list[Linked]) -> dict[str, list[str]]:
    """Give award → subject for "A和B分别被评为X、Y" (as many subjects as awards, in order); else {}."""
    awards = [l for l in in_clause if l.mention.type == "Award"]
    if len(subjects) < 2 or len(subjects) != len(awards) or not re.search("分别|分获", text[c_start:awards[0].mention.start]):
        return {}
    return {award.key: [subject] for award, subject in zip(awards, subjects)}


def _starts_clause(text: str, c_start: int, in_clause: list[Linked]) -> bool:
    subjects = [l for l in in_clause if l.mention.type in _SUBJECT_TYPES]
    return bool(subjects) and _only_glue(text[c_start:subjects[0].mention.start])


# What may open a clause before its subject: dates, 其中, 我县 (遂昌县大田村 is handled as a chain)
_CLAUSE_LEAD = re.compile(r"(?:[\s“”、，,]|(?:19|20)\d{2}年度?|\d{1,2}月(?:\d{1,2}日)?|今年|去年|全年|年内|近年来|目前|"
                          r"其中|同时|此外|另外|我县|我市|我区|我乡|我镇)*")


# …and before the subjects of an award verb, a word that makes the award a ground: 以上周、上坦2个村入选…为契机
_SUBJECT_LEAD = re.compile(_CLAUSE_LEAD.pattern + r"(?:以|随着|依托|借助|凭借|得益于)?")


def _only_glue(text: str) -> bool:
    return bool(_CLAUSE_LEAD.fullmatch(text))


def _plan_cue(text: str, c_start: int, start: int, in_clause: list[Linked]) -> bool:
    """Tell whether the clause marks what precedes ``start`` as a target (争创, 力争 …), names aside (“千帆计划”)."""
    before = list(text[c_start:start])
    for l in in_clause:
        for i in range(max(l.mention.start, c_start), min(l.mention.end, start)):
            before[i - c_start] = " "
    return bool(_PLAN_CUE.search(_WON_TARGET.sub(" ", "".join(before))))


# A target reached: 成功申报省级星创天地, 成功争取…试点 (won, not pursued). 成功争创 stays a target:
# issue 5 wants no receivedAward from a sentence with 争创 or 力争, whatever comes before it.
_WON_TARGET = re.compile(r"(?:成功|顺利)(?:争取|申报|申创)")


def _verbs_before(pattern: re.Pattern, text: str, c_start: int, start: int) -> list[re.Match]:
    """Give the verbs of ``pattern`` between ``c_start`` and ``start``; a verb's look-ahead ("获(?=省)") may see past ``start``."""
    return [v for v in pattern.finditer(text, c_start, min(len(text), start + 1)) if v.end() <= start]


def _verb_before(text: str, c_start: int, start: int) -> str | None:
    verbs = _verbs_before(_RELATION_VERB, text, c_start, start)
    return verbs[-1].group(0) if verbs else None


def _year(text: str, c_start: int, m, sentence: Sentence, ctx: ReportContext, planned: bool) -> int | None:
    review = ctx.report.meta.year
    for source in (m.text, text[c_start:m.start], text[: m.start]):
        years = [int(y) for y in _YEAR.findall(source)]
        if years:
            return years[-1]
    if planned and review:
        return review + 1
    return review


def _place_of(text: str, l: Linked, in_clause: list[Linked]) -> str | None:
    """Give the locality a project/place/organization is named with: in its name or right before it, or right
    before the first of the list it is in (黄阁镇中山路、麒麟路完成微改造 puts 麒麟路 in 黄阁镇).

    Of several (遂昌县石练镇…), the last is the most specific.
    """
    where = _place_of_one(text, l, in_clause)
    item = l
    while where is None:
        item = next((o for o in in_clause if o.mention.type == l.mention.type and o.mention.end == item.mention.start - 1
                     and text[o.mention.end] == "、"), None)
        if item is None:
            return None
        # only a division written right before the first item heads the list (not 犀浦街道的西南交通大学、…)
        where = next((o.key for o in in_clause if o.mention.type == "Locality" and o.mention.end == item.mention.start), None)
    return where


def _place_of_one(text: str, l: Linked, in_clause: list[Linked]) -> str | None:
    where = None
    for other in in_clause:
        if other.mention.type != "Locality" or other is l:
            continue
        inside = l.mention.start <= other.mention.start and other.mention.end <= l.mention.end
        gap = l.mention.start - other.mention.end
        # right before it, before its opening quote or 的: 柘岱口乡“柘里薯乡” (not 郭塘、后桑园项目, not (浙江省)开化县…)
        adjacent = gap == 0 or (gap == 1 and text[other.mention.end] in "“《「（(的")
        if inside or adjacent:
            where = other.key
    return where


# News outlets: named in a local report, but not local (金华日报, 浙江新闻客户端, 凤凰网).
_MEDIA = re.compile(MEDIA_SUFFIX + r"$|网$")
# Where a clause says a thing stands or happens: 在拱墅正式落地, 在王村口镇后塘村…举行
_SITE_CUE = re.compile(r"(?:在|于|落户|落地|位于|坐落于)$")
_SITE_VERB = re.compile(r"落地|落户|举行|举办|开工|动工|奠基|建成|开业|开馆|揭牌|投用|投产|启用|竣工|签约落户")


def _site_of(text: str, c_start: int, c_end: int, in_clause: list[Linked]) -> str | None:
    """Give the locality a clause puts its things in: "“常山优品”旗舰店在拱墅正式落地" → 拱墅区.

    The locality follows 在/于/落户…, the clause has a verb of building or holding, and of
    consecutive localities (王村口镇后塘村) the last is the most specific.
    """
    localities = [l for l in in_clause if l.mention.type == "Locality"]
    for i, first in enumerate(localities):
        if not _SITE_CUE.search(text, c_start, first.mention.start):
            continue
        last = first
        for nxt in localities[i + 1:]:
            if nxt.mention.start != last.mention.end:
                break
            last = nxt
        if _SITE_VERB.search(text, last.mention.end, c_end):
            return last.key
    return None
