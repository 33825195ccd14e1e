"""Programs: quoted policy names, names ending in 改革/行动/战略 …, pilots carried out, numbered policy packages."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import clean_name
from kg.nlp.patterns.common import _STOP_WORDS, _name_start, doc_text, doc_tokens, token_ending_at, token_starting_at, tokens_from
from kg.nlp.patterns.program_shapes import find_program_shapes

QUOTED_PROGRAM = re.compile(
    r"[“\"‘]([^”\"’“‘]{2,16})[”\"’](改革|行动|工程|战略|活动|战役|计划|制度|理念|模式|机制|工作法|攻坚战|三年行动|专项行动|集成改革)"
)
QUOTED_NAME = re.compile(r"[“\"]([^”\"“]{2,16})[”\"]")
# A plan known by its short title, which the locality carries out: 全力落实《南沙方案》, 实施《横琴方案》.
# (A long title, 《广州南沙深化…总体方案》, is the document, whose short name the text may not give.)
TITLED_PLAN = re.compile(r"(?:落实|实施|推进|执行)《(?P<name>[\u4e00-\u9fff]{2,4}方案)》")
# Words around a quoted name that say it is carried out: 推进“…”, “…”模式, 巩固“办事不求人”成果. (工作 and 经验 follow any topic, “两违”工作,
# “人大代表”经验: they make a name a program only when it is counted, “六稳”工作.)
_PROGRAM_CONTEXT_BEFORE = re.compile(r"(?:推进|实施|深化|开展|打响|落实|践行|推行|推广|建立|健全|完善|创新|探索|构建|启动|深入|全面|迭代|坚持|贯彻|聚焦|围绕|抓好|做好|强化|持续|加快|创建|打造|巩固)[^，。；“”]{0,4}$")
# (A bracketed gloss may stand between: “美丽庭院”（小三园）建设; a model of governance is one: “乌镇管家”基层治理模式.)
_PROGRAM_CONTEXT_AFTER = re.compile(r"(?:[（(][^（()）]{1,8}[）)])?(?:等[^，。；“”]{0,4}?)?(?:重要)?(?:[\u4e00-\u9fff]{1,6}?(?:三年行动|五年行动|专项行动|攻坚战|大决战)|模式|机制|体系|制度|行动|改革|工程|建设|试点|创建|计划|战略|理念|活动|攻坚|专项|集成|服务|举措|政策|办法|法|三年|平台|[\u4e00-\u9fff]{0,2}治理(?:模式|机制|体系))")
# A quoted name that says itself what it is: “龙山经验”, “村社平安指数评价体系”, a system of three characters or
# more (“承诺制”, “三化三制”, like 河长制).
_PROGRAM_NAME_END = re.compile(r"(?:经验|模式|机制|体系|工作法|行动|计划|工程|改革|战略|理念|(?<=[\u4e00-\u9fff]{2})制)$")
# What follows a counted quoted name when it names a thing, not a policy: “一县一链”现场会, “协同办公”系统, “四不”干部.
# Events named after a topic: 乡村振兴|品牌大会, “一县一链”|现场推进会. A team: “五岔沟林海卫士”巡护队.
EVENT_HEAD = r"(?:大会|论坛|博览会|峰会|现场会|推进会|研讨会|座谈会|发布会|交流会|年会|歌会|庙会|(?:文化|旅游|艺术|音乐|美食)节)"
# An event held, not a program carried out: 举办“中国畲乡三月三”活动, 举办“五马街大讲堂”.
# (A quoted name before an event's head is the event's topic: 举办“龙山经验”高峰论坛.)
_HOSTED = re.compile(r"(?:举办|举行|承办|召开)$")
# A quote listed after an event held shares its verb: 成功举办第十届三江侗族多耶节和"百家宴".
_HOSTED_LIST = re.compile(r"(?:举办|举行|承办|召开)[^，。；,;“”\"]{2,24}[和、及与]$")
_EVENT_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?" + EVENT_HEAD)
# A quoted name right before 节 names a festival: 办好…苗族“四月八”节, “三月三”节 (节约, 节能, 节点 are other words).
_FESTIVAL_AFTER = r"|节(?![约能点水日])"
_THING_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:" + EVENT_HEAD + r"|系统|城市品牌|产品|干部|预警|力量|园区|产业链|营业收入|组织|群体|经费|企业|伴手礼|特产|小吃|美食|队))" + _FESTIVAL_AFTER)
# A goal, a measure, a product or a system named in quotes, whatever the verb before it:
# 围绕“工业强镇、商贸重镇”目标, “一次不跑”比例, 守住“三保”底线, 推出“共富贷”等金融产品, 迭代“协同办公”系统, 践行“…”的殷殷嘱托;
# a brand, which is sold, not carried out: 打响“丽水山耕”区域公用品牌, 打造“诗画江南”金名片; a service offered:
# 推出“一码游武夷”智慧服务; things counted: 打造“网红打卡地”10处; a theme written on: 做好“土特产”文章;
# a way of farming (推广“稻鱼鸭”综合种养模式); a duty borne (“一库清水永续北送”的责任扛得更牢); a state reached or a chapter
# written (“一村带多村”共同发展格局更加巩固, 奋力书写“两个先行”乌镇篇章, 谱写“…”新篇章); a contest held (“好婆婆、好媳妇”评选活动).
# (A brand's campaign is a program, named by the brand: 实施“红色金寨”品牌提升行动, 推进“红色名片”打造工程.)
_BRAND_CAMPAIGN = r"[\u4e00-\u9fff]{0,4}?(?:行动|工程)"
_GOAL_AFTER = re.compile(r"(?:新)?(?:目标|定位|比例|覆盖率|底线|要求)|(?:等)?[\u4e00-\u9fff]{0,4}?(?:产品|系统|品牌|名片|格局|篇章)(?!"
                         + _BRAND_CAMPAIGN + r")|的?殷殷嘱托|的?(?:责任|使命|担当)|(?:综合|立体|生态)?种养"
                         r"|(?:智慧|数字|在线|便民|一站式)服务|建设项目|(?:大)?文章|\d+(?:\.\d+)?[万余多]?(?:处|个|家|座|所|户|名|人)|评选|评比")
# A principle held, 坚持“…” with nothing after the quote, is a slogan unless its name says it is a program:
# 坚持“项目为王”，…, 坚持“以煤为基、多元发展”，…, 坚持“支部引领、党员带头”， (but 坚持“晋江经验”, 坚持“科创兴乡”战略).
_HELD_BEFORE = re.compile(r"坚持$")
_NOTHING_AFTER = re.compile(r"[，,。；;！!]")
# A platform used is a tool, not a program (依托“蒙速办”平台, 通过“一部手机游云南”平台销往全国, “皖事通办”平台可办事项);
# one being built is (打造“利民便民”服务平台, “请你来协商”“民情专递”平台建设).
_PLATFORM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?平台(?!建设)")
_BUILT_BEFORE = re.compile(r"(?:打造|搭建|建设|建立|构建|建成|上线|创新)[^，。；“”]{0,4}$")
# A quoted state reached or aimed at, not a program carried out: 便民服务中心实现“一窗通办”, 企业开办实现“一日办结”,
# 锚定“两个确保”; a task kept in mind, a goal benchmarked or a pledge kept: 牢记“五大任务”, 对标“六最”, 做到“四个不摘”.
_REACHED = re.compile(r"实现$|锚定$|牢记$|对标$|做到$")
# Words that make a strategy or reform any county's, not a named one: 县域发展战略, 城市发展战略, 各领域改革.
# (国家战略 alone names none: 上升为国家战略.)
_GENERIC_STRATEGY_WORDS = re.compile(r"县域|市域|全域|区域|城市|乡村|经济|社会|总体|整体|发展|国家|领域|方面|层面|综合")
_PROGRAM_SUFFIXES = ("改革 战略 三年行动方案 行动方案 行动计划 攻坚战 大会战 持久战 阵地战 突破战 精准战 提速战 特色战 歼灭战 "
                     "保卫战 三年行动 五年行动 专项行动 行动").split()
PROGRAM_SUFFIX = re.compile("(?:" + "|".join(_PROGRAM_SUFFIXES) + ")$")
# The characters a program suffix ends with: a token ending otherwise ends no program's name.
_SUFFIX_LAST_CHARS = frozenset(w[-1] for w in _PROGRAM_SUFFIXES)
# Verbs that govern a program's name, not part of it (1003个村全部推开改革 names none); a program's name may hold other verbs (商事登记确认制改革,
# 农村饮用水达标提标三年行动, 创新首位战略).
_GOVERNING_VERBS = tuple(
    "推进 推行 推动 推广 实施 深化 开展 落实 践行 完成 启动 建立 健全 完善 构建 探索 巩固 坚持 贯彻 执行 打响 打好 打赢 抓好 做好 "
    "抓实 加快 加强 强化 统筹 聚焦 围绕 迭代 创建 打造 出台 制定 印发 实现 取得 组织 举办 召开 争取 参与 融入 谋划 部署 启用 "
    "用好 用足 发挥 依托 助力 引领 带动 深入 全面 扎实 持续 大力 积极 有序 稳步 纵深 率先 首创 创新推出 推出 "
    "获评 入选 荣获 评为 列入 通过 迎接 配合 承接 试行 实行 落地 成立 设立 结合 共享 主动服务 推开 全部 让 使 把 将 谱写 书写".split()
)
_PROGRAM_STOP_WORDS = _STOP_WORDS | frozenset(_GOVERNING_VERBS)
# What makes a suffix part of another noun: 战略|机遇 (抢抓中部地区崛起战略机遇 names 中部地区崛起); a zone named
# after a reform is a zone, sought or held as a title (争创全国农村改革试验区).
_OPPORTUNITY_AFTER = re.compile(r"机遇|试验区|示范区")
# A count of actions, not a name: 二十项专项行动, 三年具体行动计划.
_COUNTED_PROGRAM = re.compile(
    r"^[一二三四五六七八九十百\d]+[项年个条批大](?:具体|专项|重点|相关|各项|系列)?(?:三年行动方案|行动方案|行动计划|专项行动|三年行动|改革|战略|行动)$"
)
# A bound (3项以上改革) or a plan's yearly version, which names the document (优化营商环境6.0版行动方案), not a program.
_NOT_A_SUFFIXED_NAME = re.compile(r"以上|以下|\d+(?:\.\d+)?版")
_COUNTED_FIELD = re.compile(r"[一二三四五六七八九十]+大(?:领域|板块|方面|行业)")
# A numbered policy package: 人才新政二十二条, 生态工业三十条, 复工复产七步法, 输血赋能十大举措.
# Counted in Chinese numerals, since 道路30条 counts things; digits only inside quotes (“优化生育政策20条”).
_POLICY_VERBS = ("出台", "推出", "制定", "印发", "修订", "实施", "落实")
_POLICY_VERB = re.compile("|".join(_POLICY_VERBS))
# What else may open a package: a description (…领先的), a list (、 和) or a quote.
_PACKAGE_OPENERS = "的、和“"
NUMBERED_POLICY = re.compile(
    "(?:" + "|".join(f"(?<={w})" for w in (*_POLICY_VERBS, *_PACKAGE_OPENERS)) + ")"
    r"(?P<name>(?:(?!出台|修订|的|和)[\u4e00-\u9fff]){2,10}?(?:新)?(?:[一二三四五六七八九十百]+条|[一二三四五六七八九十]步法|[一二三四五六七八九十]大举措))(?=[^\u4e00-\u9fff]|和|及|与|等|政策|措施|意见|$)"
)
# East-west cooperation between two provinces, named by their one-character short forms: 京蒙协作, 沪滇扶贫协作 (→ 沪滇协作),
# 闽宁协作, 粤桂协作; not a part of a longer list of short forms (京津冀协作). (A zone, 协作区, is no program; nor is a shared body's 协作机制 between two named places.)
_PROVINCE_SHORT = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新"
PROVINCE_PAIR_COOPERATION = re.compile(
    f"(?<![{_PROVINCE_SHORT}])(?P<a>[{_PROVINCE_SHORT}])(?P<b>[{_PROVINCE_SHORT}])(?P<poverty>扶贫)?协作(?!区|机制)"
)
# A place's flagship vision, pushed on as a whole: 推进|崇明世界级生态岛建设, 全力推进|桂林国际旅游胜地建设,
# 高质量推进|嘉善县域科学发展示范点建设 (named without 建设). The name opens with a place's name and its last word is
# no site, zone or work, nor does it hold a body, a site or a phase (推进城南新区建设, 推进滨江大道建设,
# 推进延川县人民医院医疗集团建设, 加快祥符荡科创绿谷建设, 加快…产业园二期建设, 推动曲阜东站综合枢纽配套建设 build
# things); see _flagship_visions.
_FLAGSHIP_PUSHED = re.compile(r"(?:推进|推动|加快|深化)$")
_FLAGSHIP_ENDED = re.compile(r"[，,。；;、和]")
_SITE_OR_WORK_END = re.compile(r"(?:园|区|项目|工程|路|道|桥|站|港|城|镇|村|中心|基地|馆|场|带|廊|线|圈)$")
_SITE_OR_BODY_INSIDE = re.compile(r"园|项目|工程|医院|集团|公司|学校|楼|谷|小镇|枢纽|配套|站(?!位)|[一二三四五六七八九十]期")
# A pilot the locality carries out is a program (扎实推进国家绿色化发展改革试点, 深化能源革命综合改革试点和“六新”突破); one
# it is selected for is an award.
PILOT_CARRIED_OUT = re.compile(r"(?:推进|实施|开展|深化|推行)(?P<name>(?:国家|省级|全国)?[\u4e00-\u9fff]{4,14}?试点)(?=[，。；、,;]|[和及与](?!试点)|$)")
# Words after a quoted name that complete it (“三旧”改造, “五型”政府, “一只果”全产业链增值化改革, and a numbered
# core's 工程: “871”重大生态工程), up to the end of a word: “三资”监管|模式 is 三资监管. A count or a verb is not part of it: “稳企赋能”二十项专项行动, “一把手”抓改革.
_QUOTE_EXTENSION = re.compile(
    r"(?P<ext>(?![一二三四五六七八九十百\d]+[项个条大]|[抓促把让为])(?:(?!等|和|与|及|的)[\u4e00-\u9fff]){0,8}(?:改造|整治|发展|政府|部署|监管|评议|普法|行动|改革|工程))"
)
# What may follow a completed name: punctuation, a conjunction, its kind (模式, 经验) or a predicate (有序推进).
_NAME_ENDED = re.compile(r"(?=[^\u4e00-\u9fff]|和|及|与|等|建设|工作|的|模式|机制|经验|有序|取得|实现|全面|入选|获评|被评为|列入|荣获|$)")
# (“红色名村”建设行动 is 红色名村: 建设 adds no name.)
_BARE_PROGRAM_NOUN = re.compile(r"(?:专项|三年|攻坚|建设)?行动|(?:建设)?工程|改革|发展")
_CLOSING_QUOTES = "”\"’"
# A quoted name of four characters or more is the name; a description of four or more after it is not part of it:
# “双十双百”|集群制造行动, “四送一服”|双千工程 (a short or numbered core takes it: “一只果”全产业链增值化改革, “331”专项整治行动).
# (A description is a campaign's: …行动, …工程, …改革; an action's words complete the name: “搭积木式”数字化改造.)
_DESCRIBED_CORE_MIN = 4
_PROGRAM_NOUN_END = re.compile(r"(?:行动|工程|改革)$")
# A clean-up after a name of four or more, however short, is what the campaign does: “五违四必”|整治,
# “五违四必”|区域环境综合整治 (a short core takes it: “空心村”整治).
_CLEAN_UP_END = re.compile(r"整治$")
# A quoted package that does not say whose it is: “新十条”, “五步法”.
_BARE_PACKAGE = re.compile(r"^新?[一二三四五六七八九十百\d]+(?:条|步法|招|策)$")
QUOTED_NUMBERED_POLICY = re.compile(r"“(?P<name>[\u4e00-\u9fff]{2,10}\d{1,3}条)”")
# Quoted text that is a figure, a sentence or a ranking, not a name.
# (A formula with digits is a name: “3+X”, “1+1+9”; so is a numbered programme quoted whole: 实施高校“1331工程”.)
# A venue is no program: “社情民意联络站”, “邻里议事厅”, “三大中心”;
# nor is a body: 村“两委”;
# nor is a goal that opens with its verb: “打造中国乃至世界先进制造业基地”; nor a mode of growth: “双轮驱动”;
# nor a list drawn up (“三张清单”); nor a list of fields (“科创、文创、农创”), while pledges of four-character
# halves are names (“千村示范、万村整治”); nor a mix of products joined by + (“冰雪+温泉+森林”, “森林+草原”), while a
# formula is a name (“旅游+”, “企业点单+中介跑单+政府买单”); nor a count of works (年初确定的“十大工程”) or of
# trades (冷凉蔬菜、肉牛养殖“两大产业”).
_PRODUCT_MIX = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:\+[\u4e00-\u9fff]{1,2})+$")
_NOT_PROGRAM = re.compile(
    r"[，,。；;！？!?：:%]|^(?!.*\+)(?!\d+(?:工程|计划)$).*\d|的|是|^(?:第一|第二|第三)$|优秀|(?<!办)好$|(?<!模)式$|连冠$|之都|之乡|称号|^最|驱动$|清单$|^[\u4e00-\u9fff]{1,2}(?:、[\u4e00-\u9fff]{1,2})+$"
    "|" + _PRODUCT_MIX.pattern +
    r"|^[一二三四五六七八九十百两]+大(?:工程|项目|产业|行业|领域|板块)$"
    r"|(?:站|室|厅|中心|委)$|^(?:打造|建设|争创|争当|建成)"
)


def find_programs(doc: Doc) -> Iterator[Mention]:
    """Give programs: quoted names with a program suffix, other quoted short names, and unquoted names ending in 改革/行动/战略 …"""
    for m in QUOTED_PROGRAM.finditer(doc_text(doc)):
        if _hosted(doc_text(doc), m.start()):
            continue
        core = clean_name(m.group(1))
        if len(core) >= 2:
            yield Mention(m.group(0), m.start(), m.end(), "Program", core, method="pattern:quoted-program")
    # In these reports a quoted name is often a named policy, model or campaign: taken when the words
    # around it say so. A run of quotes (“扩中”“提低”、“强村富民”等重大改革) shares its context.
    for run in _quote_runs(doc_text(doc)):
        first, last = run[0], run[-1]
        if _hosted(doc_text(doc), first.start()) and not _EVENT_NAMED_AFTER.match(doc_text(doc), last.end()):
            continue
        if _GOAL_AFTER.match(doc_text(doc), last.end()) or _REACHED.search(doc_text(doc), max(0, first.start() - 2), first.start()):
            continue
        if _PLATFORM_AFTER.match(doc_text(doc), last.end()) and not _BUILT_BEFORE.search(doc_text(doc), max(0, first.start() - 6), first.start()):
            continue
        context = bool(
            _PROGRAM_CONTEXT_BEFORE.search(doc_text(doc), max(0, first.start() - 6), first.start())
            or _PROGRAM_CONTEXT_AFTER.match(doc_text(doc), last.end())
        )
        thing = not context and bool(_THING_AFTER.match(doc_text(doc), last.end()))
        held = bool(_HELD_BEFORE.search(doc_text(doc), max(0, first.start() - 2), first.start())
                    and _NOTHING_AFTER.match(doc_text(doc), last.end()))
        for m in run:
            core = clean_name(m.group(1))
            counted = core[0] in "一二三四五六七八九十两双百千万" and not _opens_with_place(doc, m.start(1))
            # Two characters make a name only when counted (“六稳”) or listed in context (“扩中”“提低”等改革).
            long_enough = len(core) > 2 or counted or context and len(run) > 1
            said_so = counted and not thing or context or _PROGRAM_NAME_END.search(core)
            if not (2 <= len(core) <= 16 and long_enough and said_so) or _NOT_PROGRAM.search(core):
                continue
            if held and not _PROGRAM_NAME_END.search(core):
                continue
            owner = _package_owner(doc_text(doc), m.start()) if _BARE_PACKAGE.match(core) else None
            if owner is not None:
                surface = doc_text(doc)[owner:m.end()]
                yield Mention(surface, owner, m.end(), "Program", clean_name(surface), method="pattern:quoted-name")
            else:
                yield Mention(m.group(1), m.start(1), m.end(1), "Program", core, method="pattern:quoted-name")
    yield from _extended_quoted_programs(doc)
    for m in TITLED_PLAN.finditer(doc_text(doc)):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method="pattern:titled-plan")
    for m in PILOT_CARRIED_OUT.finditer(doc_text(doc)):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method="pattern:pilot")
    yield from _numbered_policies(doc_text(doc))
    yield from _flagship_visions(doc)
    yield from find_program_shapes(doc)
    for m in PROVINCE_PAIR_COOPERATION.finditer(doc_text(doc)):
        if m.group("a") != m.group("b"):
            name = m.group("a") + m.group("b") + "协作"
            yield Mention(m.group(0), m.start(), m.end(), "Program", name, method="pattern:province-cooperation")
    for token in doc_tokens(doc):
        head = _program_suffix_head(doc, token)
        if head is None:
            continue
        start = _name_start(doc, head.i, max_chars=14, anchored=False, stops=_PROGRAM_STOP_WORDS, extra_tags=("l", "v", "i"))
        start = _after_governing_verb(doc, start, head.idx) if start is not None else None
        if start is None or start == head.idx and token.idx + len(token.text) - head.idx <= 4:
            continue
        if _defence_of_a_place(doc, start, head):
            continue
        # A strategy's opportunity is seized, the strategy is named without its suffix: 抢抓|中部地区崛起|战略机遇.
        if _OPPORTUNITY_AFTER.match(doc_text(doc), token.idx + len(token.text)):
            continue
        # Words right after a quoted name describe it, the name is the quote's: “擦亮小城镇”|建设美丽城镇三年行动.
        if start > 0 and doc_text(doc)[start - 1] in _CLOSING_QUOTES:
            continue
        # A classifier left over from a count is not part of the name: 3项|省直部门以上改革.
        while start < token.idx and doc_text(doc)[start] in "项个家条批次名":
            start += 1
        # So is the round of a campaign: 新一轮|百万亩造林绿化行动.
        if doc_text(doc).startswith(_NEW_ROUND, start):
            start += len(_NEW_ROUND)
        # So is a count of fields before it: 五大领域|综合行政执法改革.
        counted_field = _COUNTED_FIELD.match(doc_text(doc), start, token.idx)
        if counted_field:
            start = counted_field.end()
        end = token.idx + len(token.text)
        surface = doc_text(doc)[start:end]
        if _BARE_ACTION.search(surface) and not _carried_out_before(doc, start):
            continue  # an action is a program only when carried out: 深入实施|城市更新行动 (not 采取有力行动)
        if len(surface) >= 4 and not _COUNTED_PROGRAM.match(surface) and not _NOT_A_SUFFIXED_NAME.search(surface) \
                and len(_GENERIC_STRATEGY_WORDS.sub("", surface)) >= 4:
            # A national strategy is named by what it is about: 长三角一体化发展国家战略 → 长三角一体化发展.
            name = re.sub(r"(?<=[\u4e00-\u9fff]{4})国家战略$", "", clean_name(surface))
            # The reform of a system is named by the system: 商事登记确认制改革 → 商事登记确认制 (as 林长制改革 → 林长制).
            name = re.sub(r"(?<=[\u4e00-\u9fff]{3}制)改革$", "", name)
            yield Mention(surface, start, end, "Program", name, method="pattern:program-suffix")


_NEW_ROUND = "新一轮"
# An action not counted in years nor special (城市更新行动, 大气污染防治攻坚行动), named only after a verb carrying it out.
_BARE_ACTION = re.compile(r"(?<!三年)(?<!五年)(?<!专项)行动$")
_CARRYING_OUT = ("实施", "推进", "开展", "深化", "推行", "启动", "落实")


def _carried_out_before(doc: Doc, start: int) -> bool:
    """Tell whether a verb carrying a program out ends right before ``start`` (深入实施|…行动, 实施|新一轮|…行动)."""
    if doc_text(doc).endswith(_NEW_ROUND, 0, start):
        start -= len(_NEW_ROUND)
    return doc_text(doc).endswith(_CARRYING_OUT, 0, start)


def _defence_of_a_place(doc: Doc, start: int, head) -> bool:
    """Tell whether a 保卫战 is fought for a place named alone before it: 打赢|武汉|保卫战 is the city's defence (an
    event), not a campaign against a harm (蓝天保卫战, 碧水保卫战)."""
    words = tokens_from(doc, start, head.idx + len(head.text))
    return len(words) == 2 and words[0].tag_ == "ns" and words[1].text == "保卫战"


def _after_governing_verb(doc: Doc, start: int, head: int) -> int:
    """Give where a name found by its suffix starts once a word ending in a governing verb is cut off:
    全面推行|林长制改革, 全面完成|农村饮用水达标提标三年行动 (the segmenter joins adverb and verb)."""
    for token in reversed(tokens_from(doc, start, head)):
        # (A verb of two words: 主动|服务.)
        if token.text.endswith(_GOVERNING_VERBS) or doc_text(doc)[max(0, token.idx - 2):token.idx + len(token.text)] in _GOVERNING_VERBS:
            start = token.idx + len(token.text)
            break
    # A verb alone before the suffix names no program: 换届|攻坚战.
    named = any(t.tag_ not in ("v", "vd") for t in tokens_from(doc, start, head))
    return start if named else head


def _flagship_visions(doc: Doc) -> Iterator[Mention]:
    """Give a place's flagship vision pushed on: 推进|崇明|世界级|生态|岛|建设 → 崇明世界级生态岛."""
    text = doc_text(doc)
    tokens = doc_tokens(doc)
    for i, token in enumerate(tokens):
        if token.tag_ != "ns" or not _FLAGSHIP_PUSHED.search(text, max(0, token.idx - 2), token.idx):
            continue
        for j in range(i + 2, min(i + 6, len(tokens) - 1)):
            if tokens[j].text != "建设" or not _FLAGSHIP_ENDED.match(text, tokens[j].idx + 2):
                continue
            last = tokens[j - 1]
            if _SITE_OR_WORK_END.search(last.text) or any(t.is_punct for t in tokens[i:j]):
                break
            end = tokens[j].idx + 2
            name = text[token.idx:last.idx + len(last.text)]
            if len(name) >= 6 and not _SITE_OR_BODY_INSIDE.search(name):
                yield Mention(text[token.idx:end], token.idx, end, "Program", name, method="pattern:flagship-vision")
            break


def _opens_with_place(doc: Doc, start: int) -> bool:
    """Tell whether a place's name opens the quoted text at ``start``: “六盘山冷凉蔬菜” is counted by no 六."""
    token = token_starting_at(doc, start)
    return token is not None and token.tag_ == "ns" and len(token.text) >= 2


def _hosted(text: str, quote: int) -> bool:
    """Tell whether a verb of holding an event comes right before the quote at ``quote`` (举办“…”), or before an
    event listed right before it (举办…节和“…”)."""
    return bool(_HOSTED.search(text, max(0, quote - 2), quote) or _HOSTED_LIST.search(text, max(0, quote - 30), quote))


def _extended_quoted_programs(doc: Doc) -> Iterator[Mention]:
    """Give a quoted name with the words that complete it: “三旧”改造, “五型”政府, “331”专项整治行动.

    A bare program noun after the quote is not part of the name: “最多跑一次”改革 is 最多跑一次;
    nor is a list in quotes one name: “科创、文创、农创”三创融合.
    """
    text = doc_text(doc)
    for m in QUOTED_NAME.finditer(text):
        core = clean_name(m.group(1))
        if not 2 <= len(core) <= 12 or re.search(r"[，,。；;！？!?：:、]", core) or _PRODUCT_MIX.match(core):
            continue
        # The longest completion that ends where a word ends: “331”专项整治行动, not “331”专项整治.
        for end in range(min(len(text), m.end() + 10), m.end() + 1, -1):
            ext = _QUOTE_EXTENSION.fullmatch(text, m.end(), end)
            if ext is None or token_ending_at(doc, end) is None or not _NAME_ENDED.match(text, end):
                continue
            if ext.group("ext").endswith("工程") and not re.search(r"\d", core):
                continue  # a works' name in quotes is a project's: “U安居”城市能级提升工程
            if ext.group("ext").endswith("部署") and not re.search(r"[\d+]", core):
                break  # a plan deployed is named by its quote (“四强”行动部署, “一区两群”协调发展部署), not a numbered one's (“1+1+9”工作部署)
            described = (len(core) >= _DESCRIBED_CORE_MIN and not re.search(r"[\d+]", core)
                         and (len(ext.group("ext")) >= _DESCRIBED_CORE_MIN and _PROGRAM_NOUN_END.search(ext.group("ext"))
                              or _CLEAN_UP_END.search(ext.group("ext"))))
            if not _BARE_PROGRAM_NOUN.fullmatch(ext.group("ext")) and not described:
                yield Mention(text[m.start():end], m.start(), end, "Program", core + ext.group("ext"), method="pattern:quoted-extended")
            break


def _package_owner(text: str, quote: int) -> int | None:
    """Give where the owner of a bare quoted package starts: 稳外贸渡难关“新十条”, 工业固废“五步法”.

    The owner runs back to a policy verb, a list mark or punctuation, two to ten characters.
    """
    start = quote
    while start > 0 and re.match(r"[\u4e00-\u9fff]", text[start - 1]) and text[start - 1] not in "、和与及" and quote - start < 10:
        if text.endswith(_POLICY_VERBS, 0, start):
            break
        start -= 1
    return start if quote - start >= 2 else None


def _numbered_policies(text: str) -> Iterator[Mention]:
    """Give numbered policy packages a policy verb issues: 出台人才新政二十二条, 修订出台A三十条、B十三条.

    Opened by 的, 、 or 和, a package counts only in a clause a policy verb has opened:
    新建桥梁五座、道路三十条 counts roads.
    """
    for m in QUOTED_NUMBERED_POLICY.finditer(text):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method="pattern:numbered-policy")
    for m in NUMBERED_POLICY.finditer(text):
        clause_start = max(text.rfind(p, 0, m.start()) for p in "，,。；;：:！？") + 1
        if text[m.start() - 1] in _PACKAGE_OPENERS and not _POLICY_VERB.search(text, clause_start, m.start()):
            continue
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method="pattern:numbered-policy")


def _program_suffix_head(doc: Doc, token):
    """Give the last token of a program's name whose suffix ends at ``token``.

    The suffix is one word (…攻坚战) or split by the segmenter (特色|战, 三年|行动); a
    suffix must start where a word starts.
    """
    if token.text[-1] not in _SUFFIX_LAST_CHARS:
        return None
    end = token.idx + len(token.text)
    # (the longest suffix first: 专项|行动 before 行动)
    for first in range(max(0, token.i - 2), token.i):
        suffix = PROGRAM_SUFFIX.search(doc_text(doc), doc[first].idx, end)
        if suffix and suffix.start() == doc[first].idx:
            # (a suffix opening its clause names nothing: ，专项|行动成效明显)
            return doc[first - 1] if first > 0 and not doc[first - 1].is_punct else None
    if PROGRAM_SUFFIX.search(token.text):
        return token
    return None


def _quote_runs(text: str) -> list[list[re.Match[str]]]:
    """Give the quoted names of ``text`` grouped into runs joined only by 、 和 及 与 or nothing."""
    runs: list[list[re.Match[str]]] = []
    for m in QUOTED_NAME.finditer(text):
        if runs and re.fullmatch(r"[、和及与\s]*", text[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs
