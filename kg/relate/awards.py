"""Award relations: who received or pursues a title a clause names, and whether the sentence only targets it."""

from __future__ import annotations

import re

from kg.link import Linked
from kg.model import Relation, Sentence
from kg.nlp.patterns import WON_AFTER
from kg.relate.clauses import (
    _AWARD_VERB, _SUBJECT_GLUE, _SUBJECT_TYPES, _bare_predicate, _Clause, _clause_mentions, _partners, _subjects_before,
    _unknown_subject, _verb_before,
)
from kg.relate.context import ReportContext, _relation, _year

_PLAN_CUE = re.compile(r"争创|力争|争取|创建中|启动创建|积极创建|全力创建|申报|申创|计划|力促|冲刺|谋划|将(?:争|创|力|全力|努力|积极)")
# What after "通过 <award>" makes it a step towards the award, not the award: 通过国家卫生城市省级技术评估
_ONLY_A_STEP = re.compile(r"[^，,；;。]{0,6}?(?:评估|初审|初评|预审|审核|暗访|检查)")
# What after a title says it was won, when no verb precedes it: 国家卫生县城顺利通过复审, …创建成功
_AWARD_AFTER = WON_AFTER
# Winners of an award list a clause ended with, for the next clause to go on with.
_Carried = list[str]


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
