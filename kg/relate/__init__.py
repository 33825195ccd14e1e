"""Relation stage: typed edges between linked mentions, each with its evidence.

A sentence without a written subject belongs to the report's home locality;
lists of subjects or awards give one relation each; awards that are only
targeted (争创, 力争, plan sections) become ``pursuesAward``, never
``receivedAward``.

``relations_of`` reads a sentence clause by clause. The two relations too
small for a module of their own (``implements``, ``holdsPosition``) are found
here; the modules beside it hold the rest:

- ``context``: the report a sentence is read in, and the evidence a relation keeps;
- ``clauses``: a sentence's clauses and the subjects written in them;
- ``awards``: who received or pursues a title, and whether it is only targeted;
- ``places``: where a project, place or organization is (``locatedIn``).
"""

from __future__ import annotations

import re

from kg.link import Linked
from kg.model import Relation, Sentence
from kg.relate.awards import _award_relations, _Carried, _list_opener, _only_awards, award_plans
from kg.relate.clauses import _Clause, _clause_mentions, _explicit_subjects, _respectively, _starts_clause
from kg.relate.context import ReportContext, _relation, _year, evidence_for, last_named_of_level
from kg.relate.places import _located_in, named_localities, without_home_fallbacks

__all__ = ["ReportContext", "award_plans", "evidence_for", "named_localities", "relations_of", "without_home_fallbacks"]


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
                found.extend(_located_in(ctx, sentence, clause, l, linked))
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


# Levels whose roles are said without the division's name once the sentence named it: 村党支部书记, 镇长.
_SMALL_LEVELS = frozenset("村 社区 乡 镇 街道".split())


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
    if where is None and level in _SMALL_LEVELS:
        # a village's or township's role said without its name speaks of the last one the sentence named before it:
        # 花石乡大湾村入选…，村党总支书记|何明远
        where = last_named_of_level(linked, role.start(), level)
    if where is None:
        return []
    title = (role.group("level") or "") + (role.group("body") or "").replace("人民政府", "").replace("政府", "") + role.group("role")
    ev = evidence_for(ctx, sentence, m.start, m.end, ctx.report.meta.year, "rule:role-before-name")
    return [Relation(person.key, "holdsPosition", where, (ev,), role=title)]
