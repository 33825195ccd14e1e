"""Patterns that find names no lexicon lists: programs in quotes, awards after
award verbs, projects, organizations, places, people and small localities.

Each finder takes a segmented, tagged spaCy ``Doc`` of one sentence and gives
``Mention`` records with offsets relative to the sentence. Names are bounded
by the segmenter's tokens, so a pattern never cuts a word in two.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import BRACKETED, award_canonical, clean_name, project_canonical

QUOTED_PROGRAM = re.compile(
    r"[“\"‘]([^”\"’“‘]{2,16})[”\"’](改革|行动|工程|战略|活动|战役|计划|制度|理念|模式|机制|工作法|攻坚战|三年行动|专项行动|集成改革)"
)
QUOTED_NAME = re.compile(r"[“\"]([^”\"“]{2,16})[”\"]")
# Words around a quoted name that say it is carried out: 推进“…”, “…”模式.
_PROGRAM_CONTEXT_BEFORE = re.compile(r"(?:推进|实施|深化|开展|打响|落实|践行|推行|推广|建立|健全|完善|创新|探索|构建|启动|深入|全面|迭代|坚持|贯彻|聚焦|围绕|抓好|做好|强化|持续|加快|创建|打造)[^，。；“”]{0,4}$")
_PROGRAM_CONTEXT_AFTER = re.compile(r"(?:等[^，。；“”]{0,4}?)?(?:工作|模式|机制|体系|制度|经验|行动|改革|工程|建设|试点|创建|品牌|计划|战略|理念|活动|攻坚|专项|集成|服务|举措|政策|办法|法|三年|平台)")
# A quoted name that says itself what it is: “龙山经验”, “村社平安指数评价体系”.
_PROGRAM_NAME_END = re.compile(r"(?:经验|模式|机制|体系|工作法|行动|计划|工程|改革|战略|理念)$")
# What follows a counted quoted name when it names a thing, not a policy: “一县一链”现场会, “协同办公”系统, “四不”干部.
# Events named after a topic: 乡村振兴|品牌大会, “一县一链”|现场推进会.
EVENT_HEAD = r"(?:大会|论坛|博览会|峰会|现场会|推进会|研讨会|座谈会|发布会|交流会|年会)"
_THING_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + EVENT_HEAD + r"|系统|城市品牌|产品|干部|预警|力量|园区|产业链|营业收入|组织|群体)")
PROGRAM_SUFFIX = re.compile(r"(?:改革|战略|三年行动方案|行动方案|行动计划|攻坚战|大会战|持久战|阵地战|突破战|精准战|提速战|特色战|歼灭战|保卫战|三年行动|专项行动)$")
# A count of actions, not a name: 二十项专项行动, 三年具体行动计划.
_COUNTED_PROGRAM = re.compile(
    r"^[一二三四五六七八九十百\d]+[项年个条批大](?:具体|专项|重点|相关|各项|系列)?(?:三年行动方案|行动方案|行动计划|专项行动|三年行动|改革|战略|行动)$"
)
_COUNTED_FIELD = re.compile(r"[一二三四五六七八九十]+大(?:领域|板块|方面|行业)")
# A numbered policy package: 人才新政二十二条, 生态工业三十条, 复工复产七步法, 输血赋能十大举措.
# Counted in Chinese numerals, since 道路30条 counts things; digits only inside quotes (“优化生育政策20条”).
NUMBERED_POLICY = re.compile(
    r"(?:(?<=出台)|(?<=推出)|(?<=制定)|(?<=印发)|(?<=修订)|(?<=实施)|(?<=落实)|(?<=的)|(?<=、)|(?<=和)|(?<=“))"
    r"(?P<name>(?:(?!出台|修订|的|和)[\u4e00-\u9fff]){2,10}?(?:新)?(?:[一二三四五六七八九十百]+条|[一二三四五六七八九十]步法|[一二三四五六七八九十]大举措))(?=[^\u4e00-\u9fff]|和|及|与|等|政策|措施|意见|$)"
)
# A pilot the locality carries out is a program (扎实推进国家绿色化发展改革试点); one it is selected for is an award.
PILOT_CARRIED_OUT = re.compile(r"(?:推进|实施|开展|深化|推行)(?P<name>(?:国家|省级|全国)?[\u4e00-\u9fff]{4,14}?试点)(?=[，。；、,;]|$)")
# Words after a quoted name that complete it (“三旧”改造, “五型”政府, “1+1+9”工作部署), up to where the name ends.
_QUOTE_EXTENSION = re.compile(
    r"(?P<ext>[\u4e00-\u9fff]{0,6}?(?:改造|整治|发展|政府|部署|监管|评议|普法|行动))(?=[^\u4e00-\u9fff]|和|及|与|等|建设|工作|的|$)"
)
_BARE_PROGRAM_NOUN = re.compile(r"(?:专项|三年|攻坚)?行动|改革|工程|发展")
_POLICY_VERB = re.compile(r"出台|推出|制定|印发|修订|实施|落实")
QUOTED_NUMBERED_POLICY = re.compile(r"“(?P<name>[\u4e00-\u9fff]{2,10}\d{1,3}条)”")
# Quoted text that is a figure, a sentence or a ranking, not a name.
_NOT_PROGRAM = re.compile(r"[，,。；;！？!?：:\d%]|的|是|^(?:第一|第二|第三)$|优秀|好$|式$|之都|之乡|称号|^最")
AWARD_VERB = re.compile(
    r"(成功争创|成功争取|成功申报|获评|荣获|获得|被评为|评为|评定为|入选|入围|列入|被列为|列为|创成|成功创建|成功创成|被命名为|命名为|被授予|授予|夺得|荣膺|摘得|获批|"
    r"被确定为|确定为|被认定为|认定为|喜获|斩获|勇夺|荣登|成为|获(?=[国省市全中首]))"
)
# Verbs before a title a relation may follow: the award verbs, and 通过 (…验收) for titles won by assessment.
RELATION_VERB = re.compile(AWARD_VERB.pattern + r"|通过")
# A phrase after an award verb is an award only if it has one of these heads.
AWARD_HEAD = re.compile(
    r"(示范|试点|先进|优秀|称号|奖|十佳|百强|强县|强镇|名单|基地|样板|单位|集体|典型|品牌|特色小镇|景区|之乡|模范|标兵|"
    r"最美|文明|卫生|园林|氧吧|金奖|鼎|杯|旗|重点村|城市|县|市|镇|村|乡|街道|社区|案例|榜|名录|创新|标杆|明星|五星|四星|3A|4A|5A|AAA|"
    r"激励|产品|精品|众创空间|孵化器|星创天地|之都|连冠|河湖|博物馆|\d+强|度假区|集聚区|[甲乙]等[\u4e00-\u9fff]{0,4}医院|[二三]甲医院|冠军|小巨人|园区)"
)
# A title followed by the trophy that goes with it: 省“五水共治”工作优秀县“大禹鼎”.
_TROPHY_AFTER_TITLE = re.compile(r"^(?P<title>.{4,}?)“(?P<trophy>[^”]{2,8}(?:鼎|杯|奖|旗|牌))”(?:[金银铜][鼎杯奖牌])?$")
_AWARD_STOP = re.compile(r"[，。；！？：:,;!?\n]|(?<=[^\d])等(?=[。，；]|$)")
_LIST_SEP = "、"
_ACCEPTANCE = re.compile(r"(?:顺利|成功)?通过(?:了)?(?P<title>[^，。；,;、“”]{4,30}?)(?:的)?(?:验收|复核|复评|考核验收|评估验收|认定|评审|复审)")
# Kinds of list named without the list: "列入创建名单".
_NOT_AWARD = frozenset("名单 创建名单 培育名单 候选名单 试点名单".split())
# "成为全省首个实现村级GEP核算的县": a first described, not a title.
_DESCRIBED_FIRST = re.compile(r"的(?:县|市|区|乡|镇|村|地区|城市|县市|乡镇|企业|单位)$")
# Money after a verb is no title (获得省级财政奖补资金5000万元), nor is a description (成为全省…的重要窗口;
# 我市唯一的 before a title is dropped from its canonical name first).
_NOT_A_TITLE = re.compile(r"资金|[万亿]?元|贷款|授信|补助|奖补|债券|指标")
_DESCRIPTION = re.compile(r"^[^“”]*的[^“”]*$")
# "A、B、C等全国试点": the closing head shared by a list.
_SHARED_HEAD = re.compile(r"等([\u4e00-\u9fff]{2,8})$")
# "先进个人24人", "和美乡村40个": a count of winners, not a title.
_COUNTED = re.compile(r"\d+(?:个|人|家|项|名|座|条|所|只|批)(?:以及.*)?$")
_OPEN, _CLOSE = "“‘(（《「", "”’)）》」"

PROJECT_SUFFIX = re.compile(
    r"(?:铁路|高铁|城际|轨道交通|公路|高速公路|高速|快速路|大桥|桥梁|隧道|水库|机场|电站|水电站|管网|项目|工程|枢纽|大道|码头|港区|综合体|"
    r"街区|延伸线|联络线|连接线|通道|专用线|示范带|小微园|综合平台|云平台|国道|[东南西北][一二三四五六七八九十]环)"
)
# A word that ends with a project noun (工程项目 ends with 项目, not only with 工程).
PROJECT_SUFFIX_AT_END = re.compile(f"(?:{PROJECT_SUFFIX.pattern})$")
# Words that name a kind of project, not one project: 县域企业投资项目, 补链强链项目, 智能化技改项目, 民宗项目.
_GENERIC_PROJECT_WORDS = re.compile(
    r"县域|企业|投资|招商|产业链|产业|补链|强链|延链|数字化|智能化|技改|技术改造|重点|重大|民生|实事|民宗|消薄|扶贫|惠民|"
    r"基础设施|新基建|省级|市级|县级|国家级|政府|社会|建设|新建|续建|在建|储备|示范|试点"
)
# A kind of project counted right after its name: 产业飞地项目4个, 技改项目1266项.
_COUNT_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十两百千]+)(?:个|项|家|批|只)")
# A quoted name leading a project: “U安居”城市能级提升工程, “一数通用”综合平台, “楠溪雅韵”风貌样板区, “平安边界·智慧安防”应用.
QUOTED_PROJECT = re.compile(
    r"[“\"]([^”\"“]{2,14})[”\"](?P<middle>[\u4e00-\u9fff]{0,14}?)(?P<noun>" + PROJECT_SUFFIX.pattern + r"|样板区|应用)"
)
# Project nouns that say nothing of the project by themselves: “领雁”项目 and “美丽城镇”建设项目 name programs.
_BARE_PROJECT_NOUN = frozenset("项目 工程 建设项目 建设工程".split())
# The end of a list of projects: "A、B等4个项目入选", "鹤丰、哲丰、常林3个项目获评".
_PROJECT_COUNT_AFTER_LIST = re.compile(r"(?:等|(?<=[\u4e00-\u9fff]))(?:\d+|[一二三四五六七八九十两]+)个项目")
# A clause that is only a list and a project verb: "微钛封测、艾佳二期开工建设", "…、航泰实业建成投产".
_PROJECT_LIST_VERB = re.compile(r"(?:成功|正式|顺利|相继|陆续|全面)?(?:签约|开工建设|开工|建成投产|投产|竣工|完工)(?=[，,。；;]|$)")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\s]")
# A list item named by a firm or site and its phase: 斯凯孚二期, 三江六岸二期绿化, 人才公寓三期工程.
_PHASE_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,10}?(?<!第)[一二三四五六七八九十]期(?P<tail>[\u4e00-\u9fff]{1,4})?$")
# A size inside a project's name: 50|多亩, 3000|平方米.
_AREA_UNIT = re.compile(r"^(?:多|余)?(?:亩|万亩|平方米|万平方米|公里|千米)$")
# Ring roads named by their side and number: 北三环, 南四环(330国道—南溪大桥).
RING_ROAD = re.compile(r"[东南西北][一二三四五六七八九十]环")
# Words before 未来社区 that make it a kind, not one community: 城镇未来社区, 省级未来社区.
_GENERIC_COMMUNITY = frozenset("城市 城镇 农村 乡村 城乡 省级 市级 县级 首批 一批 全省 全市 全县 示范 试点 各类".split())
# News outlets: bodies that report on a place, not bodies of it.
MEDIA_SUFFIX = r"(?:日报|晚报|商报|时报|信息报|报社|电视台|广播电台|客户端|新闻网|杂志社?|周刊)"
ORG_SUFFIX = re.compile(
    r"(?:集团|公司|大学|学院|医院|研究院|研究所|研究中心|银行|商会|协会|学会|研究会|联合会|联谊会|分会|科学院|"
    r"人民政府|委员会|市委|县委|区委|省委|促进中心|科技|实业|股份|控股|创新服务综合体|联合研究中心|幼儿园|卫生院|" + MEDIA_SUFFIX + r")$"
)
# Schools: named by a proper noun (西门幼儿园), never by a township or village alone (大柘镇|幼儿园).
_SCHOOLS = ("幼儿园", "小学", "中学")
# What comes before an organization noun when it names a kind of body, not one body: 县|人民医院, 二甲医院, 城投集团.
_GENERIC_ORG_CORE = re.compile(
    r"^(?:人民|中|中医|妇保|妇幼保健|二甲|三甲|省城大|大|工业|城投|交投|国投|国资|农投|旅投|水务|股份制|有限|各类|各|该|本|相关|"
    r"农村经济发展|中心|乡镇|城区|省级|市级|县级|国家级|重点|"
    r"乡村|农村|村|城镇|公办|民办|普惠性|普惠|薄弱|标准化|等级|省一级|一级|二级|寄宿制|九年一贯制|义务教育|新建|改扩建|现代化|示范|优质|未来)$"
)
PLACE_SUFFIX = re.compile(
    r"(?:景区|风景区|旅游区|度假区|森林公园|湿地公园|公园|纪念馆|博物馆|展馆|茶园|古村落|古镇|湿地|画廊|绿道|广场|"
    r"产业园|园区|创业园|科技园|科技城|创新园|融合园|工业园|集聚区|示范区|众创空间|旗舰店|开发区|高新区|宗祠|故居|遗址)$"
)
# Site words that name a kind of place, not a place: A级景区, 世界地质公园, 乡村博物馆.
_GENERIC_PLACE = re.compile(r"^(?:[A-Z\d]+级|星级|村级|镇级|乡级|世界|国家|国家级|省级|市级|县级|全国|乡村|旅游|特色|生态|工业|产业|各类|重点|地质|东部|南部|西部|北部|中部)+")
# A kind of site a place is designated as, not a place: 国家一级博物馆, 国家全域旅游示范区, 省级旅游度假区.
_DESIGNATION = re.compile(r"^(?:国家|国家级|省级|全国|全省|世界|[一二三四五六七八九十]级).*(?:示范区|集聚区|度假区|旅游区|博物馆|景区)$|^[一二三四五六七八九十]级")
# A quoted brand or name and a site word right after it: “常山优品”旗舰店.
QUOTED_PLACE = re.compile(r"[“\"]([^”\"“]{2,10})[”\"]" + PLACE_SUFFIX.pattern.removesuffix("$"))
RIVER = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:江|河|溪|湖)$")
# Words that end like a river but are not one.
_NOT_RIVER = frozenset("黑龙江 浙江 镇江 九江 内江 湛江 吴江 晋江 丽江 牡丹江 合江 江河 银河 运河 山河 星河 母亲河 小溪 湖泊".split())
LOCALITY_SUFFIX = re.compile(r"(?:村|社区|镇|乡|街道)$")
# A division name ending like a parent of a village: 王村口镇 in 王村口镇后塘村.
_PARENT_DIVISION = re.compile(r"..(?:省|市|县|区|镇|乡|街道)$")
PERSON_ROLE = re.compile(
    r"(?P<role>(?:副)?(?:省长|市长|县长|区长|乡长|镇长|书记|主任|主席))\s*(?P<name>[\u4e00-\u9fff]{2,3})(?=[，。、；\s的]|同志|带领|牵头|主持|率队|等|$)"
)
# Tokens that end a name when walking left: verbs and function words.
_STOP_WORDS = frozenset(
    "打响 打好 打赢 推进 建成 开工 完成 实施 加快 启动 谋划 争取 签约 落地 投用 通车 开通 竣工 引进 新建 续建 扩建 打造 推动 实现 开展 "
    "深化 落实 全面 重点 重大 一批 及 和 与 的 等 在 了 是 为 对 将 以 把 被 由 从 向 于 其中 包括 启用 建设的 加强 做好 "
    "全县 全市 全省 全乡 全镇 我县 我市 我乡 我镇 各 个 大力 积极 持续 有序 成功 首个 首批 全国 全省 省级 国家级 市级 县级 "
    "新开工 开工建设 抓实 谋划 储备 招引 落户 力争 争创 创成 创建 争取 获评 入选 荣获 评为 被评为 列入 成功创建".split()
)
# Words that also end the name of a site or a body when walking left: 高峰论坛|暨|浙江省法学会….
_SITE_STOP_WORDS = _STOP_WORDS | frozenset("暨 县 市 区 省 原 建设 代表".split())
# Verbs that also end a project's name when walking left: 龙潭水库项目|纳入|省重点项目.
_PROJECT_STOP_WORDS = _STOP_WORDS | frozenset("纳入 完成 通过 获得 达成 签订 投入 开业 启动 审批 配合 新增 共建 入围 获批".split())
_WORK_IN_NAME = frozenset("扩建 改建 新建 续建 改扩建 迁建 提升 改造".split())
_NAME_TAGS = frozenset("ns nr nz nw n nt j s nrt nrfg ng an eng m x".split())
_GENERIC_CORE = re.compile(
    r"代表|乡村|城镇|乡镇|美丽|文明|卫生|试点|示范|精品|特色|景区|森林|薄弱|集体|规模|人口|兄弟|所在地|人才|未来|传统|城中|违建|强|"
    r"重点|中心|优化|建设|农村|所在|以上|一批|全域|和美|星级|A级|富裕|数字|智慧|平安|清廉|善治|小康|幸福|民主|法治|"
    r"文化|淘宝|电商|旅游|康养|运动|艺术|书香|红色|绿色|共富|未来|景区"
)
# Villages are often named by one family: 赵村, 陈村, 余村 (a one-character core is otherwise too short);
# written alone: after punctuation, a function word or another word, not a count (上|周村 is a cut, 千村|万村 a count).
_FUNCTION_TAGS = frozenset("p c u uj ul v vn d".split())
_SURNAMES = frozenset("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章苏潘葛范彭郎鲁韦马苗方俞任袁柳鲍史唐费薛雷贺倪汤罗毕郝邬安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪毛狄戴宋庞熊纪舒屈项祝董梁杜阮蓝闵季贾江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞柯卢莫房解应丁邓洪包石崔龚程叶")
_GENERIC_LOCALITY = frozenset(
    "乡村 城乡 农村 全村 各村 行政村 该村 本村 新村 村村 邻村 乡镇 城镇 小镇 集镇 全镇 各镇 本镇 该镇 全乡 各乡 本乡 "
    "社区 各社区 城市社区 农村社区 未来社区 街道 各街道 重点村 示范村 中心村 薄弱村 经济薄弱村 美丽乡村 特色小镇 "
    "空心村 贫困村 后进村 先进村 亿元村".split()
)


def doc_text(doc: Doc) -> str:
    """Give the doc's text, kept in its user data: spaCy rebuilds ``Doc.text`` from the tokens at every access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_TEXT = "kg_text"


def find_programs(doc: Doc) -> Iterator[Mention]:
    """Give programs: quoted names with a program suffix, other quoted short names, and unquoted names ending in 改革/行动/战略 …"""
    for m in QUOTED_PROGRAM.finditer(doc_text(doc)):
        core = clean_name(m.group(1))
        if len(core) >= 2:
            yield Mention(m.group(0), m.start(), m.end(), "Program", core, method="pattern:quoted-program")
    # In these reports a quoted name is often a named policy, model or campaign: taken when the words
    # around it say so. A run of quotes (“扩中”“提低”、“强村富民”等重大改革) shares its context.
    for run in _quote_runs(doc_text(doc)):
        first, last = run[0], run[-1]
        context = bool(
            _PROGRAM_CONTEXT_BEFORE.search(doc_text(doc), max(0, first.start() - 6), first.start())
            or _PROGRAM_CONTEXT_AFTER.match(doc_text(doc), last.end())
        )
        thing = not context and bool(_THING_AFTER.match(doc_text(doc), last.end()))
        for m in run:
            core = clean_name(m.group(1))
            counted = core[0] in "一二三四五六七八九十两双百千万"
            if 2 <= len(core) <= 16 and not _NOT_PROGRAM.search(core) and (len(core) > 2 or counted) and (counted and not thing or context or _PROGRAM_NAME_END.search(core)):
                yield Mention(m.group(1), m.start(1), m.end(1), "Program", core, method="pattern:quoted-name")
    yield from _extended_quoted_programs(doc_text(doc))
    for m in PILOT_CARRIED_OUT.finditer(doc_text(doc)):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method="pattern:pilot")
    yield from _numbered_policies(doc_text(doc))
    for token in doc:
        head = _program_suffix_head(doc, token)
        if head is None:
            continue
        start = _name_start(doc, head.i, max_chars=14, anchored=False)
        if start is None or start == head.idx and token.idx + len(token.text) - head.idx <= 4:
            continue
        # A classifier left over from a count is not part of the name: 3项|省直部门以上改革.
        while start < token.idx and doc_text(doc)[start] in "项个家条批次名":
            start += 1
        # So is a count of fields before it: 五大领域|综合行政执法改革.
        counted_field = _COUNTED_FIELD.match(doc_text(doc), start, token.idx)
        if counted_field:
            start = counted_field.end()
        end = token.idx + len(token.text)
        surface = doc_text(doc)[start:end]
        if len(surface) >= 4 and not _COUNTED_PROGRAM.match(surface) and not re.search(r"以上|以下", surface):
            yield Mention(surface, start, end, "Program", clean_name(surface), method="pattern:program-suffix")


def _extended_quoted_programs(text: str) -> Iterator[Mention]:
    """Give a quoted name with the words that complete it: “三旧”改造, “五型”政府, “331”专项整治行动.

    A bare program noun after the quote is not part of the name: “最多跑一次”改革 is 最多跑一次.
    """
    for m in QUOTED_NAME.finditer(text):
        ext = _QUOTE_EXTENSION.match(text, m.end())
        core = clean_name(m.group(1))
        if ext and not _BARE_PROGRAM_NOUN.fullmatch(ext.group("ext")) and 2 <= len(core) <= 12 and not re.search(r"[，,。；;！？!?：:]", core):
            name = core + ext.group("ext")
            yield Mention(text[m.start():ext.end("ext")], m.start(), ext.end("ext"), "Program", name, method="pattern:quoted-extended")


def _numbered_policies(text: str) -> Iterator[Mention]:
    """Give numbered policy packages a policy verb issues: 出台人才新政二十二条, 修订出台A三十条、B十三条.

    Opened by 的, 、 or 和, a package counts only in a clause a policy verb has opened:
    新建桥梁五座、道路三十条 counts roads.
    """
    for m in QUOTED_NUMBERED_POLICY.finditer(text):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method="pattern:numbered-policy")
    for m in NUMBERED_POLICY.finditer(text):
        clause_start = max(text.rfind(p, 0, m.start()) for p in "，,。；;：:！？") + 1
        if text[m.start() - 1] in "的、和“" and not _POLICY_VERB.search(text, clause_start, m.start()):
            continue
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Program", m.group("name"), method="pattern:numbered-policy")


def _program_suffix_head(doc: Doc, token):
    """Give the last token of a program's name whose suffix ends at ``token``.

    The suffix is one word (…攻坚战) or split by the segmenter (特色|战, 三年|行动); a
    suffix must start where a word starts.
    """
    if PROGRAM_SUFFIX.search(token.text):
        return token
    end = token.idx + len(token.text)
    for first in range(token.i - 1, max(-1, token.i - 3), -1):
        suffix = PROGRAM_SUFFIX.search(doc_text(doc), doc[first].idx, end)
        if suffix and suffix.start() == doc[first].idx and first > 0 and not doc[first - 1].is_punct:
            return doc[first - 1]
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


def find_awards(doc: Doc) -> Iterator[Mention]:
    """Give awards named after an award verb; lists after one verb give one mention each.

    A list closed by "等全国试点" shares that head: each item is an award even
    when it does not name its kind itself.
    """
    text = doc_text(doc)
    for verb in AWARD_VERB.finditer(text):
        stop = _AWARD_STOP.search(text, verb.end())
        end = stop.start() if stop else len(text)
        shared = _SHARED_HEAD.search(text, verb.end(), end)
        if shared and AWARD_HEAD.search(shared.group(1)):
            end = shared.start()
        items = list(_split_list(text, verb.end(), end))
        for start, stop_ in items:
            surface = text[start:stop_].strip()
            lead = text[start:stop_].find(surface) if surface else 0
            if not (_is_award(surface) or (shared and len(items) > 1 and 3 <= len(award_canonical(surface)) <= 40)):
                continue
            begin = start + lead
            trophy = _TROPHY_AFTER_TITLE.match(surface)
            if trophy and _is_award(trophy.group("title")):
                # 省“五水共治”工作优秀县“大禹鼎”: the title, then the trophy that goes with it.
                yield Mention(trophy.group("title"), begin, begin + trophy.end("title"), "Award", award_canonical(trophy.group("title")), method="pattern:award-verb")
                yield Mention(trophy.group("trophy"), begin + trophy.start("trophy"), begin + trophy.end("trophy"), "Award", trophy.group("trophy"), method="pattern:award-verb")
                continue
            yield Mention(surface, begin, begin + len(surface), "Award", award_canonical(surface), method="pattern:award-verb")


def find_accepted_titles(doc: Doc) -> Iterator[Mention]:
    """Give titles won by passing their assessment: "通过国家生态文明建设示范县验收"."""
    for m in _ACCEPTANCE.finditer(doc_text(doc)):
        surface = m.group("title")
        if _is_award(surface):
            yield Mention(surface, m.start("title"), m.end("title"), "Award", award_canonical(surface), method="pattern:award-verb")


def _is_award(surface: str) -> bool:
    name = award_canonical(surface)
    return (3 <= len(name) <= 40 and name not in _NOT_AWARD and bool(AWARD_HEAD.search(name)) and not re.match(r"^[\d.%]+", name)
            and not _COUNTED.search(name) and not re.search(r"位居|排名|位列|名列", name) and not _DESCRIBED_FIRST.search(name) and not _NOT_A_TITLE.search(surface)
            and not _DESCRIPTION.match(name))


def _split_list(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Give the items of a 、-separated list between start and end, ignoring 、 inside quotes or brackets."""
    depth = 0
    item = start
    for i in range(start, end):
        ch = text[i]
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
    if m and _is_award(last[: m.start()]) and _is_award(last[m.end():]):
        yield item, item + m.start()
        yield item + m.end(), end
    else:
        yield item, end


def find_projects(doc: Doc) -> Iterator[Mention]:
    """Give projects named by a proper noun (or a road code) and a project noun: 龙潭水库项目, 衢宁铁路(遂昌段);
    by a quoted name and a project noun: “U安居”城市能级提升工程; ring roads and future communities."""
    for token in doc:
        if not PROJECT_SUFFIX_AT_END.search(token.text) and not _WORK_ON_PROJECT.fullmatch(token.text):
            continue
        start = _name_start(doc, token.i, max_chars=28, anchored=True, stops=_PROJECT_STOP_WORDS)
        if start is None:
            start = _clause_start_name(doc, token)
        if start is None:
            continue
        end = _project_end(doc, token)
        surface = doc_text(doc)[start:end]
        canonical = project_canonical(surface)
        # …产业创新服务综合体 is a body (an organization), not a building.
        if len(canonical) >= 4 and not _is_project_kind(doc, start, token) and not ORG_SUFFIX.search(canonical):
            yield Mention(surface, start, end, "Project", canonical, method="pattern:project-noun")
    for m in QUOTED_PROJECT.finditer(doc_text(doc)):
        if _is_quoted_project(doc, m):
            yield Mention(m.group(0), m.start(), m.end(), "Project", project_canonical(m.group(0)), method="pattern:quoted-project")
    for m in RING_ROAD.finditer(doc_text(doc)):
        if _token_aligned(doc, m.start(), m.end()):
            end = m.end() + _section_length(doc_text(doc), m.end())
            yield Mention(doc_text(doc)[m.start():end], m.start(), end, "Project", m.group(0), method="pattern:ring-road")
    for m in METRO_LINE.finditer(doc_text(doc)):
        city = next((t for t in doc if t.idx + len(t.text) == m.start()), None)
        if city is None or city.tag_ not in ("ns", "nz", "j"):
            continue
        end = m.end() + _section_length(doc_text(doc), m.end())
        yield Mention(doc_text(doc)[city.idx:end], city.idx, end, "Project", city.text + m.group(0), method="pattern:metro-line")
    yield from _future_communities(doc)


# A metro or light-rail line with its extension, after its city: 广州|地铁7号线西延段, 宁波|轨道交通4号线.
METRO_LINE = re.compile(
    r"(?:地铁|轨道交通|城轨)(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线(?:[东南西北]?延(?:伸|长)?段|[一二三四五六七八九十]期)?"
)
# A project noun the segmenter joined to the work on it: 朱溪水库|工程建设.
_WORK_ON_PROJECT = re.compile(r"(?:工程|项目)建设")


def _clause_start_name(doc: Doc, token) -> int | None:
    """Give the start of a project name with no proper noun that opens its clause and says more than its kind
    (six characters besides generic words): 辉煌全域土地整治项目, not 重点项目 or 污水处理工程."""
    start = _name_start(doc, token.i, max_chars=20, anchored=False, stops=_PROJECT_STOP_WORDS)
    if start is None or start > 0 and not _CLAUSE_BREAK.match(doc_text(doc)[start - 1]) and doc_text(doc)[start - 1] != "、":
        return None
    modifier = _GENERIC_PROJECT_WORDS.sub("", doc_text(doc)[start:token.idx])
    return start if len(modifier) >= 6 else None


def _is_quoted_project(doc: Doc, m: re.Match[str]) -> bool:
    """Tell whether a quoted name and a project noun make one project: not when a verb comes between
    (“X”推进工程), nor when only a bare noun follows a name that may be a program's (“领雁”项目)."""
    noun = m.group("middle") + m.group("noun")
    if noun in _BARE_PROJECT_NOUN or len(_GENERIC_PROJECT_WORDS.sub("", m.group("middle"))) == 1:
        return False
    verbs = [t for t in doc if m.start("middle") <= t.idx < m.end("middle") and t.text in _PROJECT_STOP_WORDS]
    return not verbs and _token_aligned(doc, m.start(), m.end())


def _future_communities(doc: Doc) -> Iterator[Mention]:
    """Give future-community projects named by their site: 渡口未来社区, 田川未来社区."""
    for token in doc[1:-1]:
        site, following = doc[token.i - 1], doc[token.i + 1]
        if token.text == "未来" and following.text == "社区" and 2 <= len(site.text) <= 4 and site.tag_ in _NAME_TAGS \
                and site.tag_ not in ("m", "x") and site.text not in _GENERIC_COMMUNITY and site.text not in _STOP_WORDS:
            end = following.idx + len(following.text)
            surface = doc_text(doc)[site.idx:end]
            yield Mention(surface, site.idx, end, "Project", surface, method="pattern:future-community")


def find_listed_projects(doc: Doc) -> Iterator[Mention]:
    """Give the items of a list the sentence says are projects, named or not by a project noun.

    "先导精密、北门历史文化街区等4个项目入选": each item before a count of projects;
    "微钛封测、艾佳二期开工建设": each named item of a clause that is only a list and a project verb
    (items named like companies, 航泰实业, stay organizations);
    "北三环、三江六岸二期绿化、…": a list item named by its phase.
    """
    text = doc_text(doc)
    for closing in _PROJECT_COUNT_AFTER_LIST.finditer(text):
        items = _clause_list(doc, closing.start())
        if len(items) >= 2 or text[closing.start()] == "等":
            yield from _project_items(doc, items)
    for verb in _PROJECT_LIST_VERB.finditer(text):
        items = _clause_list(doc, verb.start())
        if len(items) >= 2:
            named = [(a, b) for a, b in items if not ORG_SUFFIX.search(text[a:b]) and _is_named_item(doc, a, b)]
            yield from _project_items(doc, named)
    for a, b in _list_items(text):
        if _is_phase_item(doc, a, b):
            yield from _project_items(doc, [(a, b)])


def _is_named_item(doc: Doc, start: int, end: int) -> bool:
    """Tell whether a list item carries a name: a proper noun in it, or a phase (大和四期)."""
    return _is_phase_item(doc, start, end) or any(_is_anchor(t) for t in doc if start <= t.idx < end)


def _is_phase_item(doc: Doc, start: int, end: int) -> bool:
    """Tell whether ``start``–``end`` is a name and its phase (斯凯孚二期, 三江六岸二期绿化), no verb after it."""
    phase = _PHASE_ITEM.match(doc_text(doc)[start:end])
    if not phase:
        return False
    tail = start + phase.start("tail") if phase.group("tail") else end
    return not any(tail <= t.idx < end and (t.tag_ in ("v", "vn") or t.text in _PROJECT_STOP_WORDS) for t in doc)


def _list_items(text: str) -> Iterator[tuple[int, int]]:
    """Give the items of every 、-list of ``text``: the stretches between 、 and a 、 or a clause break."""
    bounds = [m.start() for m in re.finditer(r"[、，,。；;：:！？!?]", text)]
    for before, after in zip([-1, *bounds], [*bounds, len(text)]):
        touches_list = text[before:before + 1] == "、" or text[after:after + 1] == "、"
        if touches_list and after - before > 1:
            yield before + 1, after


def _clause_list(doc: Doc, end: int) -> list[tuple[int, int]]:
    """Give the 、-separated items of the clause that ends at ``end``, leading verbs left out of the first."""
    text = doc_text(doc)
    start = end
    while start > 0 and not _CLAUSE_BREAK.match(text[start - 1]):
        start -= 1
    for token in doc:
        if token.idx == start and (token.text in _PROJECT_STOP_WORDS or token.tag_ in ("v", "p", "d", "ad", "c", "u", "uj")):
            start = token.idx + len(token.text)
    return list(_split_list(text, start, end)) if start < end else []


def _project_items(doc: Doc, items: list[tuple[int, int]]) -> Iterator[Mention]:
    for a, b in items:
        surface = doc_text(doc)[a:b]
        name = project_canonical(surface)
        if 2 <= len(name) <= 24 and not re.search(r"\d|等", name) and len(_GENERIC_PROJECT_WORDS.sub("", name)) >= 2 \
                and _token_aligned(doc, a, b):
            yield Mention(surface, a, b, "Project", name, method="pattern:project-list")


def _project_end(doc: Doc, token) -> int:
    """Give where a project name ending with ``token`` ends: after its section, 衢宁铁路(遂昌段), …公路遂昌段."""
    end = token.idx + len(token.text)
    if _WORK_ON_PROJECT.fullmatch(token.text):
        return end - len("建设")
    section = _section_length(doc_text(doc), end)
    if section:
        return end + section
    if token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "ns" and doc[token.i + 2].text == "段":
        return doc[token.i + 2].idx + 1
    return end


def _section_length(text: str, end: int) -> int:
    """Give the length of a bracketed section right after ``end``: (遂昌段), (一期), (330国道—南溪大桥)."""
    section = re.match(r"[(（][^()（）]{1,12}[)）]", text[end:])
    return section.end() if section else 0


def _is_project_kind(doc: Doc, start: int, suffix_token) -> bool:
    """Tell whether a project-like name names a kind of project: only generic words before the noun
    (县域企业投资项目), one abbreviation before 项目 (民宗项目), or a count right after it (产业飞地项目4个)."""
    end = suffix_token.idx + len(suffix_token.text)
    if _COUNT_AFTER.match(doc_text(doc), end):
        return True
    modifier = doc_text(doc)[start:suffix_token.idx]
    if len(_GENERIC_PROJECT_WORDS.sub("", modifier)) < 2:
        return True
    words = [t for t in doc if start <= t.idx < suffix_token.idx]
    return suffix_token.text == "项目" and len(words) == 1 and len(words[0].text) <= 2 and words[0].tag_ != "ns"


def _token_aligned(doc: Doc, start: int, end: int) -> bool:
    """Tell whether ``start``–``end`` begins and ends at token boundaries (a name never cuts a word)."""
    return doc.char_span(start, end) is not None


def find_organizations(doc: Doc) -> Iterator[Mention]:
    yield from _suffix_names(doc, ORG_SUFFIX, "Organization", "pattern:org-suffix", 3, 16, _GENERIC_ORG_CORE)


def find_places(doc: Doc) -> Iterator[Mention]:
    for m in QUOTED_PLACE.finditer(doc_text(doc)):
        if _token_aligned(doc, m.start(), m.end()):
            yield Mention(m.group(0), m.start(), m.end(), "Place", clean_name(m.group(0)), method="pattern:quoted-place")
    for m in _suffix_names(doc, PLACE_SUFFIX, "Place", "pattern:place-suffix", 3, 16):
        core = PLACE_SUFFIX.sub("", m.canonical)
        if len(_GENERIC_PLACE.sub("", core)) >= 2 and not _DESIGNATION.match(m.canonical):
            yield m
    for token in doc:
        if token.tag_ in ("ns", "nz") and RIVER.match(token.text) and len(token.text) >= 3 and token.text not in _NOT_RIVER:
            yield Mention(token.text, token.idx, token.idx + len(token.text), "Place", token.text, method="pattern:river")
        # A stream of two characters the segmenter does not know (蓝溪), or one cut after its first character (永|安溪).
        elif (token.text.endswith("溪") and len(token.text) == 2 and token.tag_ == "nz" and token.text not in _NOT_RIVER
              and _stands_alone(doc, token.i)):
            yield Mention(token.text, token.idx, token.idx + 2, "Place", token.text, method="pattern:river")
        elif (RIVER.match(token.text) and len(token.text) == 2 and token.i > 0 and len(doc[token.i - 1].text) == 1
              and doc[token.i - 1].tag_ in ("ns", "nr", "nz", "n", "ng", "g", "zg") and not doc[token.i - 1].whitespace_
              and (token.i < 2 or not re.match(r"[\u4e00-\u9fff]", doc[token.i - 2].text[-1]))):
            surface = doc[token.i - 1].text + token.text
            if surface not in _NOT_RIVER and _stands_alone(doc, token.i):
                yield Mention(surface, doc[token.i - 1].idx, token.idx + 2, "Place", surface, method="pattern:river")
        # A water word the segmenter left alone, after the name: 西|苕|溪, 江山|港.
        elif token.text in ("江", "河", "溪", "湖", "港") and token.i > 0:
            start = _name_start(doc, token.i, max_chars=4, anchored=False)
            surface = doc_text(doc)[start:token.idx + 1] if start is not None else ""
            if 3 <= len(surface) <= 4 and surface not in _NOT_RIVER and re.fullmatch(r"[\u4e00-\u9fff]+", surface):
                yield Mention(surface, start, token.idx + 1, "Place", surface, method="pattern:river")


def _stands_alone(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` ends a name of its own: what follows is punctuation or a verb (蓝溪|入选), not more name (梅溪|区块)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is None or following.is_punct or following.tag_ in ("v", "vn", "p", "c", "d", "uj")


def find_localities(doc: Doc) -> Iterator[Mention]:
    """Give township and village names by their suffix (XX镇, XX村 …), gazetteer or not."""
    for token in doc:
        if not LOCALITY_SUFFIX.search(token.text):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        surname_village = (len(token.text) == 2 and token.text[0] in _SURNAMES and token.text.endswith("村")
                           and (before is None or before.is_punct or before.tag_ in _FUNCTION_TAGS
                                or len(before.text) > 1 and not re.search(r"[千百万\d]", before.text)))
        # Village names use odd words (逢|简村, 下叶|村: a morpheme, a time word) but never a time: 全年|村.
        start = token.idx if surname_village else _name_start(doc, token.i, max_chars=7, anchored=False, extra_tags=("zg", "t"))
        if start is None:
            continue
        start = _after_parent_division(doc, start, token.i)
        if _TIME_WORD.match(doc_text(doc), start):
            continue
        end = token.idx + len(token.text)
        surface = doc_text(doc)[start:end]
        core = LOCALITY_SUFFIX.sub("", surface)
        if surface in _GENERIC_LOCALITY or surface.endswith(("乡村", "城镇", "乡镇")) or not (2 <= len(core) <= 4 or surname_village) or re.search(r"[\d个多些]", core) or _GENERIC_CORE.search(core):
            continue
        yield Mention(surface, start, end, "Locality", surface, level=_level_of(surface), method="pattern:locality-suffix")


_TIME_WORD = re.compile(r"(?:全年|当年|今年|去年|明年|近年|同年|每年|历年|常年|往年|上年|年底|年初)")


def _after_parent_division(doc: Doc, start: int, last: int) -> int:
    """Give where a village's name starts when the walk took in its township: 王村口镇|后|塘村 is 后塘村."""
    first = next((t for t in doc if t.idx == start), None)
    if first is not None and first.i < last and first.tag_ == "ns" and _PARENT_DIVISION.search(first.text):
        return doc[first.i + 1].idx
    return start


def find_people(doc: Doc) -> Iterator[Mention]:
    for m in PERSON_ROLE.finditer(doc_text(doc)):
        yield Mention(m.group("name"), m.start("name"), m.end("name"), "Person", m.group("name"), method=f"pattern:role:{m.group('role')}")


def _level_of(name: str) -> str:
    return "Village" if name.endswith(("村", "社区")) else "Township"


def _suffix_names(doc: Doc, suffix: re.Pattern[str], type_: str, method: str, min_len: int, max_len: int,
                  generic: re.Pattern[str] | None = None) -> Iterator[Mention]:
    """Give names ending with ``suffix`` (which may span tokens: 创新|服务|综合体), walking left from it.

    A bracketed part inside the name is kept in the mention and left out of its canonical name:
    云创(常山)数字经济产业园 → 云创数字经济产业园. Names whose part before the suffix matches ``generic``
    name a kind of body or site (人民医院, 城投集团) and are left out.
    """
    text = doc_text(doc)
    for token in doc:
        end = token.idx + len(token.text)
        found = suffix.search(text, max(0, token.idx - 8), end)
        if not found:
            continue
        # The name goes on (科技|城): the suffix is not its end.
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and not token.whitespace_ and len(following.text) == 1 and re.match(r"[\u4e00-\u9fff]", following.text) \
                and following.tag_ in ("n", "ng", "nw", "nz", "ns"):
            continue
        first = token
        while first.i > 0 and first.idx > found.start():
            first = doc[first.i - 1]
        start = _name_start(doc, first.i, max_chars=max_len, anchored=False, stops=_SITE_STOP_WORDS, extra_tags=("zg", "g"))
        if start is None:
            continue
        if found.group(0).endswith(_SCHOOLS):
            start = _after_division(doc, start, first.idx)
        start = _bracketed_start(doc, start, max_len - (end - start))
        surface = text[start:end]
        name = BRACKETED.sub("", clean_name(surface))
        core = name[: len(name) - len(found.group(0))]
        if name.endswith(_SCHOOLS) and not any(_is_anchor(t) for t in doc if start <= t.idx < found.start()):
            continue
        if min_len <= len(surface) <= max_len and len(core) >= 2 and not (generic and generic.search(core)):
            yield Mention(surface, start, end, type_, name, method=method)


def _after_division(doc: Doc, start: int, stop: int) -> int:
    """Give where a name really starts when a township or village leads it: 大柘镇|小学 names no school
    (the division is a locality of its own), 王村口镇后塘村|原上垟小学."""
    for t in doc:
        if start <= t.idx < stop and len(t.text) >= 3 and LOCALITY_SUFFIX.search(t.text) and t.tag_ == "ns":
            start = t.idx + len(t.text)
    return start


def _bracketed_start(doc: Doc, start: int, room: int) -> int:
    """Give where a name starting at ``start`` really starts when a bracket comes before it: 云创(常山)|数字经济产业园."""
    bracket = re.search(r"[(（][^()（）]{1,6}[)）]$", doc_text(doc)[:start])
    if not bracket or room <= len(bracket.group(0)):
        return start
    before = next((t for t in doc if t.idx + len(t.text) == bracket.start()), None)
    if before is None or (before.tag_ not in _NAME_TAGS and before.tag_ != "vn") or before.text in _SITE_STOP_WORDS:
        return start
    earlier = _name_start(doc, before.i, max_chars=room - len(bracket.group(0)), anchored=False, stops=_SITE_STOP_WORDS)
    return earlier if earlier is not None else before.idx


def _name_start(doc: Doc, last: int, *, max_chars: int, anchored: bool, stops: frozenset[str] = _STOP_WORDS,
                extra_tags: tuple[str, ...] = ()) -> int | None:
    """Give where a name ending with token ``last`` starts, walking left over name-like tokens.

    ``anchored`` names (projects) must contain a proper-noun token, a code such as
    G528 or a quoted part, and start at the leftmost such anchor.
    """
    token = doc[last]
    start = token.idx
    anchor: int | None = start if (not anchored or _is_anchor(token)) else None
    chars = len(token.text)
    i = last - 1
    while i >= 0:
        t = doc[i]
        # The work right before a project noun is part of the name (第二水厂|扩建|项目), not the verb before it.
        part_of_name = anchored and i == last - 1 and t.text in _WORK_IN_NAME
        if (t.text in stops and not part_of_name) or t.is_punct or t.is_space or re.match(r"^\d*[年月日]$", t.text):
            break
        if t.text.isdigit() and not (anchored and (_is_anchor(t) or _is_measure(t))):
            break
        if not anchored and t.tag_ not in _NAME_TAGS and t.tag_ not in ("vn", "a", "f", "q", "b") and t.tag_ not in extra_tags:
            break
        if not anchored and t.tag_ in ("v", "p"):
            break
        if chars + len(t.text) > max_chars:
            break
        chars += len(t.text)
        start = t.idx
        if _is_anchor(t):
            anchor = start
        elif t.tag_ == "x" and not re.match(r"[A-Za-z0-9]", t.text):
            break
        i -= 1
    if anchored:
        if anchor is None or anchor >= token.idx:
            return None
        # A one-character word right before the first proper noun belongs to the name: 常|乐山|隧道.
        first = next(t for t in doc if t.idx == anchor)
        if first.i > 0:
            before = doc[first.i - 1]
            if len(before.text) == 1 and re.match(r"[\u4e00-\u9fff]", before.text) and before.text not in _STOP_WORDS and before.idx >= start:
                return before.idx
        return anchor
    if start == token.idx and len(token.text) <= 2:
        return None
    return start


def _is_measure(token) -> bool:
    """Tell whether a number gives a project's size inside its name: 道士田|50|多亩|荒山造田项目."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and bool(_AREA_UNIT.match(following.text))


def _is_anchor(token) -> bool:
    """Tell whether a token can begin a project's name: a proper noun, a road code (G528, 330 before 国道)."""
    if token.tag_ in ("ns", "nz", "nt", "j", "nr", "eng") or re.match(r"^[A-Z]\d+", token.text):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", token.text) and following.text in _ROUTE_WORDS:
        return True  # the ends of a route (官桥|至|龙门) and the name of a road (台金|高速)
    return bool(re.fullmatch(r"\d{2,4}", token.text) and following is not None and following.text.startswith(("国道", "省道", "县道")))


_ROUTE_WORDS = frozenset("至 到 高速 铁路 高铁 公路 城际".split())


FINDERS: tuple[Callable[[Doc], Iterator[Mention]], ...] = (
    find_programs,
    find_awards,
    find_accepted_titles,
    find_projects,
    find_listed_projects,
    find_organizations,
    find_places,
    find_localities,
    find_people,
)
