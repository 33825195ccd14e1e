"""What a report says about itself: title, home locality, dates, speaker, meeting."""

from __future__ import annotations

import re
from collections import Counter

from kg.model import ReportMeta

_NUM = "[一二三四五六七八九十百零〇\\d]+"
_MEETING = re.compile(
    rf"(?:^|(?<=[在于\s)）(（]))(?P<meeting>(?P<home>[^在于\s][\u4e00-\u9fff]{{1,11}}?)第{_NUM}届人民代表大会(?:常务委员会)?第{_NUM}次(?:全体)?会议)"
)
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日")
_ON_BEHALF = re.compile(r"我代表(?P<home>[\u4e00-\u9fff]{2,12}?)人民政府")
_ROLE = r"(?:代理|代)?(?:省长|市长|县长|区长|旗长|盟长|州长|乡长|镇长|主任)"
# The signature after the meeting line: "永康市人民政府市长朱志杰", "金华市市长 尹学群", "胡浩".
_SIGNATURE = re.compile(
    rf"^[\s)）]*(?:[\u4e00-\u9fff]{{2,12}}?(?:人民政府|政府|街道办事处)?)?(?P<role>{_ROLE})?[\s　]*(?P<name>[\u4e00-\u9fff]{{2,4}}?)\s*(?=各位代表|同志们|\n)"
)
_REVIEW_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:主要)?(?:工作|政府工作)?(?:回顾|总结)|(?P<y2>(?:19|20)\d{2})年(?:主要)?工作和")
_TITLE_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:度)?")
_YEAR_IS = re.compile(r"(?P<y>(?:19|20)\d{2})年是")
_ANY_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})年")
_TITLE_HOME = re.compile(
    r"(?:【[^】]*】)?\s*[(（]?(?:[\u4e00-\u9fff]{2,8}[)）])?\s*(?:(?:19|20)\d{2}\s*年(?:度)?)?\s*"
    r"(?P<home>[\u4e00-\u9fff]{2,12}?)(?:人民)?政府(?:工作报告|年度工作)"
)
# A title that opens with the division, then the year: 五马街道2021年工作总结和2022年工作思路; a village's names
# its county and township first (东阳市南马镇花园村2022年工作总结), or its whole chain from the province
# (山西省晋中市昔阳县大寨镇大寨村2021年工作总结), which the linker reads as hints.
_TITLE_HOME_FIRST = re.compile(
    r"^\s*(?!关于|全|我|本)(?P<home>[\u4e00-\u9fff]{1,20}?(?:街道|镇|乡|县|市|区|旗|村|社区))(?:人民政府|办事处|村民委员会|居民委员会)?\s*(?:19|20)\d{2}\s*年(?:度)?(?:政府)?工作(?:总结|报告|回顾)"
)
_HEADER_CHARS = 400
_SITE_TAG = re.compile(r"【([^】]{1,20})】")
_SITE_WORDS = re.compile(r"(?:招商|新闻|政府|网|频道|专题)+$")


def read_meta(title: str, text: str) -> ReportMeta:
    """Give the report's metadata from its title line and text; unknowns are left empty."""
    head = text[:_HEADER_CHARS]
    meeting = _MEETING.search(head)
    date = _delivery_date(head, title, meeting)
    speaker, role = _signature(head, meeting)
    context = tuple(_SITE_WORDS.sub("", tag) for tag in _SITE_TAG.findall(title))
    title = _SITE_TAG.sub("", title).strip() or _fallback_title(text)
    home = (
        (meeting and meeting.group("home"))
        or _on_behalf(head)
        or _title_home(title)  # a work summary's heading is its title
        or ""
    )
    return ReportMeta(
        title=title,
        home_name=home,
        year=_year_under_review(title, text, date),
        date=date,
        speaker=speaker,
        role=role,
        meeting=meeting.group("meeting") if meeting else None,
        context=tuple(c for c in context if len(c) >= 2),
    )


def _delivery_date(head: str, title: str, meeting: re.Match[str] | None) -> str | None:
    candidates = list(_DATE.finditer(title))
    if meeting:
        # The delivery date stands right before or right after the meeting phrase.
        near = [m for m in _DATE.finditer(head) if abs(m.start() - meeting.start()) < 40 or abs(m.start() - meeting.end()) < 10]
        candidates = candidates or near
    for m in candidates:
        return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    return None


def _signature(head: str, meeting: re.Match[str] | None) -> tuple[str | None, str | None]:
    if not meeting:
        return _signature_line(head)
    after = head[meeting.end():]
    after = re.sub(r"^上\s*", "", after)
    after = re.sub(r"^[(（]\s*" + _DATE.pattern + r"\s*[)）]", "", after)
    m = _SIGNATURE.match(after)
    if not m:
        return None, None
    return m.group("name"), m.group("role")


def _signature_line(head: str) -> tuple[str | None, str | None]:
    """Give the speaker of a report without a meeting line, from a signature with a role among its
    first lines: 五马街道办事处主任 郑晓东 under a work summary's title."""
    for line in head.splitlines()[:3]:
        m = _SIGNATURE.match(line.strip() + "\n")
        if m and m.group("role") and len(line.strip()) <= 30:
            return m.group("name"), m.group("role")
    return None, None


def _on_behalf(head: str) -> str | None:
    m = _ON_BEHALF.search(head)
    if not m:
        return None
    home = m.group("home")
    # "我代表市人民政府" names no place.
    return home if len(home) >= 2 and home not in {"本市", "本县", "本区", "本镇", "本乡", "全市", "全县"} else None


def _title_home(title: str) -> str | None:
    m = _TITLE_HOME.search(title) or _TITLE_HOME_FIRST.search(title)
    return m.group("home") if m else None


def _year_under_review(title: str, text: str, date: str | None) -> int | None:
    m = _REVIEW_YEAR.search(text[:3000])
    if m:
        return int(m.group("y") or m.group("y2"))
    if date and int(date[5:7]) <= 6:
        return int(date[:4]) - 1
    m = _TITLE_YEAR.search(title)
    if m and "工作报告" in title:
        return int(m.group("y")) - 1
    m = _YEAR_IS.search(text[:2000])
    if m:
        return int(m.group("y"))
    # A review without a header: the year it talks about most.
    years = Counter(int(m.group("y")) for m in _ANY_YEAR.finditer(text))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _fallback_title(text: str) -> str:
    """Give the first line if it reads as a heading, else ''."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if len(first) <= 40 and not re.search(r"[。！？；，,]", first) else ""
