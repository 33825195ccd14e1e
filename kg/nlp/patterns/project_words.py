"""The words a project's name is made of and ends with: project nouns, counts, stop words."""

from __future__ import annotations

import re

from kg.nlp.patterns.common import (
    _STOP_WORDS,
    clause_around,
)

PROJECT_SUFFIX = re.compile(
    r"(?:铁路|高铁|城际|轨道交通|公路|高速公路|高速|快速路|大桥|[二三四五六七八九十]桥|桥梁|隧道|水库|机场|电站|水电站|管网|项目|工程|枢纽|大道|码头|港区|综合体|"
    r"街区|延伸线|联络线|连接线|快线|通道|专用线|示范带|小微园|综合平台|云平台|国道|[东南西北][一二三四五六七八九十]环|校区|院区|水厂|处理厂)"
)
# A word that ends with a project noun (工程项目 ends with 项目, not only with 工程).
PROJECT_SUFFIX_AT_END = re.compile(f"(?:{PROJECT_SUFFIX.pattern})$")
# Words that name a kind of project, not one project: 县域企业投资项目, 补链强链项目, 智能化技改项目, 民宗项目.
_GENERIC_PROJECT_WORDS = re.compile(
    r"县域|企业|投资|招商|产业链|产业|补链|强链|延链|数字化|智能化|技改|技术改造|重点|重大|民生|实事|民宗|消薄|扶贫|惠民|"
    r"基础设施|新基建|省级|市级|县级|国家级|政府|社会|建设|新建|续建|在建|储备|示范|试点|养老|服务|便民|"
    # kinds of place and of work named by what they are for: 田园综合体, 乡村振兴示范带, 农创街区, 嵌入式养老服务综合体,
    # 县城供水管网
    r"田园|乡村振兴|农创|嵌入式|县城"
)
# Numbers opening a name, which make it a count (十大|工程, 十项重点|工程) or a campaign counting its places (百城|建设
# 提质工程, “四送一服”|双千|工程), not one work.
_NUMBERED = re.compile(r"^[一二三四五六七八九十百千万两双]+(?:大|项|个|类|批|[城村县乡镇企户校]|$)")
# A count inside a name, which joins several works (温州三个|都市区建设工程, 什仔湖两座|湿地公园…): no one work's name.
# Townships counted after the last of a list share the work (攀枝花、黄茅岭、黄草岭|三乡|通村公路): no one work either.
_COUNT_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![第])[两二三四五六七八九十](?:座|条|个|处|所|栋|乡|镇|县)")
# A kind of project counted right after its name: 产业飞地项目4个, 技改项目1266项, 过江通道3条.
_COUNT_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十两百千]+)(?:个|项|家|批|只|条|座|处)")
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
# Ring roads named by their side and number: 北三环, 南四环(330国道—南溪大桥).
RING_ROAD = re.compile(r"[东南西北][一二三四五六七八九十]环")
# Words before 未来社区 that make it a kind, not one community: 城镇未来社区, 省级未来社区.
_GENERIC_COMMUNITY = frozenset("城市 城镇 农村 乡村 城乡 省级 市级 县级 首批 一批 全省 全市 全县 示范 试点 各类".split())
# Verbs that also end a project's name when walking left: 龙潭水库项目|纳入|省重点项目.
_PROJECT_STOP_WORDS = _STOP_WORDS | frozenset("纳入 完成 通过 获得 达成 签订 投入 开业 启动 审批 申报 布局 配合 新增 共建 入围 获批 推出 推行 率先 做强 作为 首条 首座 首家 首批".split())
# What after 工程 makes it a field of work, not a project: 港澳工程|建设领域|专业人士, 工程|技术人员; what after a kind
# of line makes it the network measured: 全州高速公路|通车里程.
_FIELD_AFTER = re.compile(r"(?:建设)?(?:领域|行业|技术人员|专业)|(?:通车|运营)?(?:总)?里程")
# A race after a road, which names the race, not a work: 环崇明岛国际自盟女子公路|世界巡回赛, 环湖公路|自行车赛.
_RACE_AFTER = re.compile(r"(?:世界|国际|全国)?(?:巡回赛|自行车赛|公路赛|马拉松|挑战赛|接力赛|锦标赛|邀请赛|大奖赛|赛)")



# A project noun the segmenter joined to the work on it: 朱溪水库|工程建设.
_WORK_ON_PROJECT = re.compile(r"(?:工程|项目)建设")


# What became of a work, closing its clause right after its name: 中部引黄工程|主体完工，, 小浪底引黄工程|全线通水。,
# 妫水河综合治理二期工程|完工，, 太原地铁1号线一期工程|加快建设，. A work is the subject of such a predicate.
STATUS_PREDICATE = re.compile(
    r"(?:主体|全线|全部|全面|基本|顺利|如期|提前|正式|相继|陆续|已|均|建成|实现)*"
    r"(?:完工|竣工|通水|通车|通电|通气|开工|动工|建成|投用|投入使用|投入运营|投入运行|投运|投产|并网|开通|贯通|合龙|"
    r"封顶|结顶|交付|启用|下闸蓄水|蓄水|加快建设|开工建设|有序推进|加快推进|稳步推进|顺利推进|进展顺利)"
    r"(?:运营|运行|使用|发电)?(?=[，,。；;！!]|$)"
)
# Verbs opening a clause whose object is a work, and the work (with 建设 or nothing) closes the clause: 开工建设|
# 朱家角人民医院门急诊综合楼,, 配合推进|轨道交通17号线西延伸工程|建设,.
GOVERNING_VERB = re.compile(
    r"(?:配合|全力|加快|积极|着力|有序|大力|持续|加速|协调|统筹|启动|全面)?"
    r"(?:推进|开工建设|开工|动工|实施|建成|完成|新建|续建|竣工|启动|谋划)$"
)
# What may follow a governed work before its clause ends: …工程|建设,, …综合楼|,.
_GOVERNED_TAIL = re.compile(r"(?:项目|工程)?(?:建设|前期工作|前期)?(?=[，,。；;！!]|$)")
# Buildings a work may be named by when it is being built, besides the project nouns: 门急诊综合楼, 住院大楼, 教学楼.
BUILDING_HEAD = re.compile(r"(?:综合楼|大楼|门诊楼|住院楼|病房楼|医技楼|护理楼|教学楼|实验楼|实训楼|科研楼|办公楼|宿舍楼|图书馆楼|体育馆|综合馆)$")
# Words opening a stretch that make it a set of works, not one: 全县|重点工程, 各类项目, 一批|….
_GENERAL_OPENING = re.compile(r"^(?:全|我|各|本|其|该|这|此|多|一批|部分|所有|相关|其他|其余|剩余|重点|重大|年度|当年|今年|去年|[县市区乡镇村](?![\u4e00-\u9fff]{0,2}[县市区乡镇村]))")
# A verb starting a building's construction, the only way a building is a work, not its body's (…人民医院新住院大楼|
# 投入使用 is spoken of as the hospital): 开工建设|朱家角人民医院门急诊综合楼.
BUILDING_STARTED = re.compile(r"(?:开工建设|开工|动工|新建)$")


# Hubs, airports and reservoirs in use are sites (武夷山机场|新开通航线, 庆盛枢纽|开发, 于桥水库|周边生态修复); their
# building is a project (瑞金机场|开工, 九龙滩水库|开工建设).
HUB = re.compile(r"(?:枢纽|机场|水库)$")
# What says a hub, airport or reservoir is being built or planned.
HUB_BUILDING = re.compile(r"建设|新建|开工|动工|续建|扩建|改建|迁建|建成|完工|竣工|可行性|可研|前期|立项|规划|选址|项目|工程|"
                           r"除险|加固|扩容|蓄水|下闸|截流|主体|封顶|结顶|审查|批复|获批|扩机")
# A water or sewage plant: a work while it is built (井冈山市第二水厂|…新建工程投入使用, 县城第二水厂…开工), no site
# of its own in use (城南污水处理厂|运行稳定).
PLANT = re.compile(r"(?:水厂|处理厂)$")


def built_in_clause(text: str, start: int, end: int) -> bool:
    """Tell whether the clause around a hub, reservoir or plant at ``start``–``end`` speaks of building or planning
    it (瑞金机场|开工, 罗汉溪水库|下闸蓄水), not of it in use."""
    return HUB_BUILDING.search(clause_around(text, start, end)) is not None
