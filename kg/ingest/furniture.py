"""Which lines of a scraped page are website furniture rather than report text."""

from __future__ import annotations

import re

# A line that starts the site's own tail (comments, copyright, submission
# rules): everything from it to the next report title is furniture.
TAIL_START = re.compile(
    r"本文仅代表作者观点|本文地址|留言与评论|有想补充的信息|点我投稿|投稿须知|投稿提示|投稿信息内容规范"
    r"|版权所有|版权声明|免责声明|Copyright|©|上一篇[:：]|下一篇[:：]|相关阅读|相关文章|责任编辑[:：]"
)
_LINE = re.compile(
    r"^(?:导航菜单|网站导航|首页|网站首页|当前位置.*|您的位置.*|联系我们|关于我们|关闭|确认|取消|提交|立即获取|"
    r"招商中心|企业入驻|验证码.*|共\s*\d+\s*页|第\s*\d+\s*页|返回顶部|返回列表|打印本页|打印|关闭窗口|分享到.*|字号.*|"
    r"来源[:：].*|发布时间[:：].*|发布日期[:：].*|浏览次数.*|阅读次数.*|点击[:：数].*|扫一扫.*|"
    r"获取.{0,12}资料|.{0,8}(?:热线|电话|咨询)[:：]?\s*[\d\-－ ]*|[\d\-－ ]{7,20})$"
)
_BREADCRUMB = re.compile(r"\s[>»›]\s|^[>»›]")
_BULLET = re.compile(r"^[•·▪●◆■▶►]\s*")
_LONE_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def is_furniture(line: str) -> bool:
    """Tell whether a stripped line is navigation, a hotline, a lone date or similar page chrome."""
    if not line:
        return False
    if _LINE.match(line) or _LONE_DATE.match(line):
        return True
    if len(line) <= 60 and _BREADCRUMB.search(line) and not _SENTENCE_END.search(line):
        return True
    # Bulleted links are menus; a bulleted report title is handled before this is asked.
    return bool(_BULLET.match(line)) and len(line) <= 40


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line)
