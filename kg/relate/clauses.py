"""Clauses of a sentence and the subjects written in them: who a clause is about, before its verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.link import Linked
from kg.nlp.patterns import AWARD_VERB, RELATION_VERB

_CLAUSE = re.compile(r"[，,；;：:。！？!?]")
# What may stand between a list of subjects and the award verb: 、 和 两个村 被 成功 …
_SUBJECT_GLUE = re.compile(
    r"^(?:[、和及与以等\d两三四五六七八九十个家所座村镇乡县区旗被成功再次又还均分别先后已荣同时也共\s“”]|连续第?[\d一二三四五六七八九十]+年|项目|企业|单位|景区|园区|社区|街道|基地|学校|医院|正式|顺利|一举|高分|首次|"
    r"(?<=被)(?:国务院|国家[\u4e00-\u9fff]{0,6}?部|省政府|省委省政府|省人民政府|市政府|[\u4e00-\u9fff]{1,6}?(?:部|厅|局|委员会)))*$"
)
_SUBJECT_TYPES = ("Locality", "Place", "Organization", "Project")
# Award verbs the entity finder does not need but a relation may follow: 重夺“大禹鼎”, 蝉联…, 六捧…
_MORE_VERBS = r"|重夺|再夺|夺取|蝉联|捧得|捧回|[一二三四五六七八九十]捧|跻身|问鼎|摘取|荣列|获颁|被表彰为|晋升为"
_AWARD_VERB = re.compile(AWARD_VERB.pattern + _MORE_VERBS)
_RELATION_VERB = re.compile(RELATION_VERB.pattern + _MORE_VERBS)


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


def _clause_mentions(text: str, linked: list[Linked]) -> list[tuple[int, int, list[Linked]]]:
    """Give the clauses of a sentence with the mentions that begin in each: the one clause split of this stage."""
    return [(c_start, c_end, [l for l in linked if c_start <= l.mention.start < c_end]) for c_start, c_end in _clauses(text)]


# What a clause that goes on about the sentence's subject may say before its verb: 并, 同时, 再次, 成功 …
_BARE_PREDICATE = re.compile(r"[\s，,；;]*(?:并且?|同时|还|也|又|先后|相继|均|都|已|再次|成功|顺利|正式|全面|一举|被)*")


def _bare_predicate(text: str, c_start: int, start: int) -> bool:
    """Tell whether the clause says nothing before the verb of the award at ``start`` but glue (并获评, 荣获)."""
    verbs = _verbs_before(_RELATION_VERB, text, c_start, start)
    return bool(verbs) and _BARE_PREDICATE.fullmatch(text, c_start, verbs[-1].start()) is not None


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
        # A chain of localities (遂昌县大田村) names its last one, and a locality right before a site, work or body
        # places it (三沙镇|三沙中心渔港获评…, 阿拉营镇|黄丝桥古城获评…); the body after 被 names the title, it
        # does not win it.
        return [l.key for l, nxt in zip(candidates, [*candidates[1:], None])
                if not (nxt and l.mention.type == "Locality" and nxt.mention.start == l.mention.end)
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


def _verbs_before(pattern: re.Pattern, text: str, c_start: int, start: int) -> list[re.Match]:
    """Give the verbs of ``pattern`` between ``c_start`` and ``start``; a verb's look-ahead ("获(?=省)") may see past ``start``."""
    return [v for v in pattern.finditer(text, c_start, min(len(text), start + 1)) if v.end() <= start]


def _verb_before(text: str, c_start: int, start: int) -> str | None:
    verbs = _verbs_before(_RELATION_VERB, text, c_start, start)
    return verbs[-1].group(0) if verbs else None
