"""Locality names used inside another name, which are not mentions of the locality.

ANNOTATION.md: "a place name inside another name" does not count (遂昌 in
遂昌革命纪念馆). These tests look at the text around a locality candidate:

    “常山阿姨”, “龙山经验”       inside a longer quoted name
    中国(永康)国际门业博览会     in brackets inside a name
    森|林城镇, 大应急大|安全     a cut through an everyday word
    杭州|亚运会, 浦江|分院       followed by the head of an event, body, plan or part
    常山|胡柚|入选               a product of the place receiving the award

The text tests serve both the pipeline's candidates and the home area's short
forms (kg.nlp.area); the token tests need the segmented sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.nlp.patterns import AWARD_VERB, doc_text
from kg.nlp.patterns.common import _STOP_WORDS, HISTORIC_EVENTS, SPIRIT_WORDS
from kg.nlp.tokenizer import frequent_words

# Opening and closing marks of a quoted name or a title.
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"))
# A quoted span this long is a passage of text, not a name.
_MAX_QUOTED_NAME = 30
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A short bracketed word right after a place: 浦江(杭州)…
_BRACKETED_PLACE = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]")
# jieba dictionary words that a locality's first or last character can cut in two
# (森|林城镇, 大安|全): common content words only; function words such as 以上 (以|上坦)
# are not cut by a name written after them.
_CUT_WORD_TAGS = frozenset("n v vn a an ad i l".split())
# The end of a name the locality only qualifies: events, colleges and bodies, plans.
# Not 小学/中学/幼儿园 nor 中心: on the held-out set they cost more true localities than they saved.
NAME_HEAD = re.compile(
    r"(?:节|运会|博览会|展览会|交易会|洽谈会|论坛|峰会|大赛|锦标赛|联赛|马拉松|公开赛|挑战赛|邀请赛|越野赛|"
    r"大学|学院|校区|医院|研究院|研究所|公司|集团|银行|协会|商会|"
    r"规划|纲要|条例|开发区|高新区|科技城|小镇|汽车站|客运站|火车站|高铁站|片区|区块|"
    # sites named after a place: 南沙|科学城, 大云|温泉省级旅游度假区, 韶山|南站, 永坪|炼油厂, 武夷山|主峰, 韶山|冲
    r"科学城|科学园|产业园|度假区|景区|集中区|[东南西北]站|炼油厂|主峰|冲|示范点|文化周|艺术周|"
    # markets named after a place: 成佳|茶叶交易市场; a designation: 桂林|国际旅游胜地; a region around a city, which is
    # no division (长株潭|都市圈, 成都|平原经济区); a school by its number (腾冲|一中)
    r"(?:交易|批发|专业|农贸)市场|胜地|都市圈|经济圈|城市群|经济带|经济区|[一二三四五六七八九十]中|"
    # a pilot zone named after the place: 博鳌|乐城国际医疗旅游先行区
    r"先行区|先导区|试验区|实验区|合作区|"
    # products named after their place: 黄山|毛峰, 安吉|白茶, 资溪|面包, 郫县|豆瓣, 东阳|木雕
    r"(?:毛峰|毛尖|白茶|红茶|绿茶|岩茶|龙井|蜜桔|胡柚|杨梅|红枣|脐橙|白莲|豆瓣|面包|烧饼|牛肉汤|火腿|木雕|石雕|竹编|黄酒)(?:店|馆|坊)?|"
    # labour brands named after their place: 德清|嫂, 常山|阿姨, 缙云|师傅
    r"嫂|大嫂|月嫂|阿姨|保姆|师傅|工匠|大厨|"
    # an Olympics held in the city: 北京|冬奥会; a border port, terraced fields named after the place: 阿尔山|口岸,
    # 红河|哈尼梯田; a team named after its place: 阿尔山市|青少年越野滑雪队, 右卫|老兵护林队
    r"奥会|口岸|梯田|队|"
    # a part of a games held there, a games' organising body: 延庆|赛区, 北京|冬奥组委; a reservoir's part in the place
    # (官厅水库延庆|库区); a spirit named by its place (北京|冬奥精神, as 右玉精神), not the spirit of a speech or
    # meeting about it (考察浙江|重要讲话精神)
    r"赛区|组委|组委会|库区|(?<!讲话|指示|批示|会议|全会|大会|文件|论述|思想)精神|"
    # a port, a zone, a waterway, a road or a numbered bridge named after the place: 羊口|港, 海沧|生物医药港,
    # 平果|工业区, 右江|航道, 顺德|水道, 大连|路, 江汉|七桥
    r"港|工业区|航道|水道|(?<![道铁公线思出销电网门水陆航马])路|(?:[一二三四五六七八九十]|大)桥|"
    # a title firms of the place hold: 江苏省|专精特新中小企业
    r"专精特新(?:中小)?企业)$"
)
# Stop words that may sit inside a name: its rank (…镇|全国…示范…).
_RANKS = frozenset("全国 全省 省级 国家级 市级 县级 重点 重大 首个 首批".split())
# Heads that end a name only as a word of their own: a park named by the place (中关村延庆|园), not 茶园, 柑橘园.
_LONE_NAME_HEADS = frozenset(("园",))
# The end of a site, body or work named after a locality, whose name is the locality's own (any locality,
# a township or village written in full too): 壶镇|老街, 马头山|国家级自然保护区, 江南镇|派出所,
# 资溪县|公安局, 浙江|卫视, 五马街道|文化站, 好溪|流域, 绍兴|城市轨道交通1号线, 景宁|中学新校区; a school, centre or
# plant named with its place (溪口镇|中心小学, 新市镇|居家养老服务中心, 浮梁|茶叶交易中心, 侯镇|地表水厂).
OWN_NAME_HEAD = re.compile(
    r"(?:派出所|公安局|公安分局|法院|检察院|卫视|电视台|文化站|卫生院|卫生所|卫生服务中心|街道办事处|办事处|"
    r"老街|古街|花海|功能区|物流园|自然保护区|风景道|绿道|干流|流域|灌区|研学基地|号线|校区|有限公司|"
    r"工业集中区|村史馆|史馆|党委|党工委|福利院|养老院|敬老院|幼儿园|小学|中学|学校|服务中心|文体中心|文化中心|体育中心|活动中心|邻里中心|"
    r"指挥中心|疾病预防控制中心|交易中心|健身中心|电竞中心|会展中心|水厂|处理厂|"
    # a forestry bureau or a government office named after its place: 五岔沟|林业局, 元阳县|扶贫开发办公室
    r"林业局|办公室|"
    # an event named after the town: 乌镇|峰会, …镇|旅游节
    r"峰会|论坛|博览会|文化节|旅游节|艺术节)$"
)
# Words right after a locality that make it part of a section, station or branch: 杭温高铁二期浦江|段, 铁路金华|站.
_PART_WORDS = frozenset("段 站 分院 分校 分公司 支行 分行".split())
# The end of a body's name: a place right after it names its branch (杭州电子科技大学|浦江|…研究院).
_BODY_END = re.compile(r"(?:大学|学院|研究院|医院|集团|公司)$")
# Words right after a locality that open a title it belongs to: 金华市|优秀共产党员.
_TITLE_OPENER = frozenset("优秀 十佳 十大 最美".split())
# A model named after the place that made it, a program (寿光|模式, 晋江|经验, as ANNOTATION.md's 龙山经验).
_MODEL_WORDS = frozenset("经验 模式".split())
# A scenic area a township or village itself makes, named by it alone: 花园村|景区, 兴十四村|景区 (a site with a name
# of its own after it, 沙洲坝镇|红井景区, leaves the township a locality; 上周村|景区村创建 is the title it seeks).
_OWN_SITE_WORDS = frozenset(("景区",))
_TITLE_AFTER_SITE_WORD = frozenset("村 镇 城 村庄".split())
# A word right after a locality that makes it part of a longer name: a title, a part, a spirit, an event, a model.
_OPENS_A_NAME = _TITLE_OPENER | _PART_WORDS | SPIRIT_WORDS | HISTORIC_EVENTS | _MODEL_WORDS
# Tags of the words a name is made of, between the locality and the name's head.
_NAME_WORD_TAGS = frozenset("n nz nt ns nr nrt nrfg j vn b an ng nw eng l m".split())
# Verbs that name what a body does, inside its name: 油茶产业联合研究院.
_NAME_VERBS = frozenset("联合 研究 创新 发展 服务 交流 合作 培训 检测 孵化 开发 控制 制造 投资 管理 现代 扶贫 扶贫开发 振兴 "
                        # and what a festival celebrates: 贺兰县|稻渔|丰收|节, 开渔节, 采摘节, 赶海节
                        "丰收 采摘 开渔 开捕 开海 赶海 赏花".split())
# Tags of one-character words inside a name: an adjective (新), a season the segmenter tags as time (冬 in 冬奥组委).
_ONE_CHAR_NAME_TAGS = frozenset("a t".split())
# Tags of idioms and set phrases.
_IDIOM_TAGS = frozenset("i l".split())
_MAX_NAME_WORDS = 6
_MAX_NAME_CHARS = 14
# Nouns after a short form before an award verb name a product: 常山|胡柚|入选.
_MAX_PRODUCT_WORDS = 2
_PRODUCT_TAGS = frozenset("n nz ng".split())
# How the name of a farm product, food or craft ends: 福鼎|槟榔芋, 舟山|核雕, 湄潭|翠芽, 开慧|葡萄, 北山|蔬菜, 开慧|香米,
# 湘西|黄牛, 龙泉|宝剑, 沙县|小吃, 善琏|湖笔, 大陈|衬衫.
_PRODUCT_END = re.compile(
    r"(?:茶|芽|雀舌|毛峰|毛尖|龙井|碧螺春|香米|大米|贡米|芋|薯|笋|菇|菌|木耳|辣椒|生姜|大蒜|山药|蔬菜|"
    r"葡萄|枇杷|桔|橘|柑|橙|柚|梨|桃|杏|枣|栗|莓|荔枝|龙眼|香蕉|芒果|苹果|樱桃|西瓜|甜瓜|蜜瓜|"
    r"枸杞|人参|石榴|蜂蜜|棉花|茶油|咖啡|肉|鸭|鹅|鸡|羊|猪|牛|虾|蟹|翡翠|玉石|漆器|酒|醋|宝剑|紫砂壶|油纸伞|小吃|湖笔|千层饼|衬衫|山核桃|绫绢|"
    r"雕|刺绣|绣|瓷|陶|画扇|竹编|剪纸|火腿|豆腐|豆干|笋干|面包|烧饼|粉|粉丝|鱼干|"
    # drinks and silk: 右玉|沙棘果汁, 阿尔山|矿泉水, 阳城|蚕茧
    r"果汁|矿泉水|蚕茧|蚕丝)$"
)
# A count, which jieba may tag like a product word (五常|大米/m): 三米, 两头猪.
_COUNT_START = re.compile(r"[\d一二三四五六七八九十百千万两几多]")
# Tags of the words a product name is made of (槟榔|芋/zg, 琼海|嘉积/nz|鸭/ns: a place inside it too).
_PRODUCT_WORD_TAGS = frozenset("n nz ng zg ns".split())
# Words after a product that make it part of a title the place holds: 唐先|葡萄生姜|特色农业强镇, 中国|葡萄|之乡.
_TITLE_AFTER_PRODUCT = frozenset("特色 产业 之乡 强镇 小镇 名镇 名村 示范 专业 种植 基地".split())
_MAX_PRODUCT_CHARS = 6
_DIVISION_ENDS = ("镇", "乡", "村", "街道", "社区", "县", "市", "区")


def inside_other_name(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] is part of a longer name by the text around it (quotes, brackets, cut words, titles)."""
    return (inside_quoted_name(text, start, end) or inside_bracketed_name(text, start, end)
            or cut_word(text, start, end) is not None or opens_a_title(text, start, end) or _counted(text, start)
            or text.endswith(_AFFILIATED, 0, start) or _EVENT_EDITION.search(text, max(0, start - 6), start) is not None
            or _SEGMENT_AFTER.match(text, end) is not None or _IN_A_BRAND_LIST.match(text, end) is not None
            or _listed_as_sites(text, start, end) or _opens_a_work(text, end)
            or _LIBERATION_AFTER.match(text, end) is not None)


# The liberation of a place, an anniversary's name: 西藏|和平解放70周年.
_LIBERATION_AFTER = re.compile(r"和平解放")


# A short form in a list closed by a count of islands or lakes is that island or lake, not the division named
# after it: 崇明、长兴、横沙|三岛 (崇明岛, 长兴岛, 横沙岛), 东钱、月两湖; one counted by a classifier of buildings, roads or
# sites, which never counts divisions, names a work: 邦均、马伸桥|两座污水处理厂, 下关、上寨|两座水库.
_LISTED_AS_SITES = re.compile(
    r"(?P<items>(?:[、和与及][\u4e00-\u9fff]{1,4}){0,6})(?:[两二三四五六七八九十]|\d{1,2})(?:[座条处所]|个?[岛湖])")
# The end of a division's name written in full: a list of those counts what they hold (九龙山村、马卜村|2座文化礼堂).
_FULL_DIVISION_END = re.compile(r"(?:村|镇|乡|县|区|市|街道|社区)$")


def _listed_as_sites(text: str, start: int, end: int) -> bool:
    """Tell whether a short form opens a list of short forms closed by a count of sites or works."""
    m = _LISTED_AS_SITES.match(text, end)
    if m is None or _FULL_DIVISION_END.search(text, start, end):
        return False
    return not any(_FULL_DIVISION_END.search(item) for item in re.split(r"[、和与及]", m.group("items")) if item)
# A work's name right after a locality, which opens it: 八一镇|城区供水改扩建工程, 皇城村|集中供暖改造工程,
# 皇城村|村民新居三期工程; not a count of works (重点项目12个) nor a clause about works (实施|项目, 新建|项目).
_WORK_AFTER = re.compile(r"(?P<words>[\u4e00-\u9fff]{2,12}?)(?:工程|项目)(?!\s*(?:\d|[一二两三四五六七八九十百]+个|个|等))")
_NOT_IN_A_WORK_NAME = re.compile(
    r"实施|推进|开工|建设|建成|完成|启动|加快|新建|谋划|重点|重大|储备|签约|引进|招商|引资|入库|争取|竣工|投产|落地|民生|各类|"
    # verbs and adverbs of a clause about works, kinds of works: 遂昌|深化企业投资项目, 在广东|率先推行港澳工程
    r"深化|推行|率先|开展|落实|出台|制定|探索|创新|深入|全面|积极|大力|持续|着力|统筹|打造|培育|支持|鼓励|引导|实行|试点|"
    r"示范|申报|承接|对接|投资|企业|领域|"
    r"[等共和的及与是为在将把被]")


def _opens_a_work(text: str, end: int) -> bool:
    """Tell whether the name of a work (…工程, …项目) follows the span and opens with it."""
    m = _WORK_AFTER.match(text, end)
    return m is not None and _NOT_IN_A_WORK_NAME.search(m.group("words")) is None


# An event's edition right before a place: 第九届|蒲江|采茶节, 首届|…文化节 (the place opens the event's name), with
# the country it is held in for the world: 第四届中国·|凤凰|苗族“四月八”节, 第十三届中国|安吉|竹文化节.
_EVENT_EDITION = re.compile(r"(?:第[一二三四五六七八九十百\d]+|首)届(?:中国|全国)?[·・•]?$")
# A section of a river, road or lake named by the place it crosses: 大沙河（龙泉关|段）, 大沙河镇|域段, 太湖吴中|水域.
# A route's section from the place to another (川藏铁路雅安|至林芝段), a river's section through another place
# (红河|元阳段; not 阶段, 地段, 时段 …).
_SEGMENT_AFTER = re.compile(r"段|域段|水域|至[\u4e00-\u9fff]{1,6}?段|[\u4e00-\u9fff][\u4e00-\u9fff](?<![阶手地时片])段")
# A name in a list of brands or products: 湄潭翠芽、遵义|红等公共品牌 (the place opens a product's name).
_IN_A_BRAND_LIST = re.compile(
    r"[\u4e00-\u9fff]{1,6}(?:[、和][\u4e00-\u9fff]{2,8})*等(?:公共|区域公用|公用|农业|特色|知名|地理标志)?(?:品牌|农产品|产品)")


# A school or hospital affiliated to a university, named after its place: 浙江师范大学附属|东阳|花园外国语学校.
_AFFILIATED = ("附属", "附设")


# A count right before a name whose first character is a classifier: 6|项城市 counts cities, 3|个旧 …
_COUNT_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千几数多]")
_CLASSIFIERS = frozenset("项个条座家所台名位批次处户")


def _counted(text: str, start: int) -> bool:
    """Tell whether the span opens with a classifier of the count right before it (6|项城市)."""
    return start > 0 and text[start] in _CLASSIFIERS and _COUNT_BEFORE.match(text, start - 1) is not None


# A verb of being named to a title or list, and a batch or year, right before a locality: the locality
# opens the title (获评|浙江省|高品质步行街, 入选第三批|浙江|老字号, 列入|江西省|重点建设项目), a title sought
# too (申报|浙江省|未来乡村). Not 授予
# (its object is the winner) nor 成为, 创成, 获批 …: on the held-out set they cost a true locality.
_TITLE_BEFORE = re.compile(r"(?:获评|荣获|评为|入选|入围|列入|列为|命名为|申报|争创)(?:首批|第[一二三四五六七八九十\d]+批|(?:19|20)\d{2}年度?)?$")
# Verbs of creating or listing a title, and a count of titles sought, right before a locality that opens the title:
# 创建|广西|四星级乡村旅游区, 被公布为|河北省|文物保护单位, 各申报1个|江苏省|特色田园乡村. Not before a ranking
# (创成|浙江省|首个…: the province is where it ranks first).
_TITLE_CREATED_BEFORE = re.compile(r"(?:创建|创成|公布为|认定为|确定为|(?:申报|争创|创建)(?:\d+|[一二两三四五六七八九十])个)$")
_RANKING_AFTER = re.compile(r"首[个家批]|唯一|第[一二三四五六七八九十]|率先|最")


def opens_a_title(text: str, start: int, end: int) -> bool:
    """Tell whether the span, right after an award verb and followed by more of a name, is the start of a title."""
    if end >= len(text) or not _CJK.match(text[end]):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    return _TITLE_CREATED_BEFORE.search(text, max(0, start - 8), start) is not None and not _RANKING_AFTER.match(text, end)


def inside_quoted_name(text: str, start: int, end: int) -> bool:
    """Tell whether the span lies inside a longer quoted name or title: “常山阿姨”, 《浙江省…规划》.

    A quote that is the span itself, or a quoted list (“上坦、上周”), does not count.
    """
    for opening, closing in _QUOTE_PAIRS:
        left = text.rfind(opening, 0, start)
        if left < 0 or text.find(closing, left + 1, start) >= 0:
            continue
        right = text.find(closing, end)
        if right < 0 or text.find(opening, end, right) >= 0:
            continue
        if _longer_quoted_name(text[left + 1:right], text[start:end]):
            return True
    # Straight quotes, as scraped text often has them ("一码游武夷"): the span is inside when an odd number open before it.
    if text.count('"', 0, start) % 2 == 1:
        left, right = text.rfind('"', 0, start), text.find('"', end)
        return right >= 0 and _longer_quoted_name(text[left + 1:right], text[start:end])
    return False


def _longer_quoted_name(quoted: str, span: str) -> bool:
    """Tell whether quoted text is a name longer than the span inside it, not a list (“上坦、上周”) nor a passage."""
    return quoted != span and "、" not in quoted and len(quoted) <= _MAX_QUOTED_NAME


def inside_bracketed_name(text: str, start: int, end: int) -> bool:
    """Tell whether the span is part of a name with a bracketed part that goes on after it.

    云创(常山)数字经济产业园: the span in brackets, the name on both sides;
    浦江(杭州)科创中心: the span before a bracketed place, the name going on after it.
    """
    if start >= 2 and end + 1 < len(text) and text[start - 1] in "(（" and text[end] in ")）":
        return bool(_CJK.match(text[start - 2])) and bool(_CJK.match(text[end + 1]))
    after = _BRACKETED_PLACE.match(text, end)
    return after is not None and bool(_CJK.match(text, after.end()))


def cut_word(text: str, start: int, end: int) -> str | None:
    """Give "left" or "right" if the span's first or last character belongs to a common word with its neighbour, else None."""
    words = _common_words()
    if start > 0 and text[start - 1:start + 1] in words:
        return "left"
    if end < len(text) and (text[end - 1:end + 1] in words or text[end - 1:end + 1] in _REPORT_WORDS):
        return "right"
    return None


# Words of these reports that jieba's corpus rarely uses, which a place's last character may open: 新乡|贤 (新乡贤),
# 故乡|愁 …, 新建|村道 (a village road).
_REPORT_WORDS = frozenset("乡贤 乡愁 乡情 乡风 乡土 乡亲 村道".split())


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Give jieba's common two-character content words."""
    return frozenset(w for w, tag in frequent_words().items() if len(w) == 2 and tag in _CUT_WORD_TAGS)


# A mountain, lake, river or other site named after a short form, the site's word right after it: 木兰|山、,
# 木兰|天池、, 西来|古镇, 龙泉关|长城, 飘峰山|水库 (a lone 山 or 湖 only where the name ends: 遂昌|山区 is the
# county's hills; 温州市|千年古城 the city's old town).
_SITE_AFTER = re.compile(r"[山岭峰湖河江溪潭岛洞湾寺塔](?![\u4e00-\u9fff])|天池|草原|湿地|峡谷|大峡谷|森林公园|古镇|古城|古村|长城|水库"
                         # a hot spring or forest named after the place: 阿尔山|温泉, 鲁朗|林海 (not 温泉镇, 林海街道)
                         r"|(?:温泉|林海)(?!镇|乡|街道|社区|村)")


def names_a_site_after(text: str, end: int) -> bool:
    """Tell whether a site's word follows a short form and makes the site's name: 木兰|山、木兰|天池."""
    return _SITE_AFTER.match(text, end) is not None


def qualifies_next_name(doc: Doc, span: Span) -> bool:
    """Tell whether the words around the span make a name it only qualifies: 杭州|亚运会, 常山|胡柚|入选, 中科院|苏州|医工所."""
    return (_heads_a_name(doc, span.end) or _heads_a_name(doc, span.end, OWN_NAME_HEAD)
            or _names_a_product(doc, span.end) or _follows_a_body(doc, span.start))


def paired_with_an_adjective(doc: Doc, span: Span) -> bool:
    """Tell whether the span is the second of two adjectives after an adverb: 更加|幸福|安康 (安康市 far away),
    where a place name cannot stand."""
    return span.start >= 2 and doc[span.start - 1].tag_ == "a" and doc[span.start - 2].tag_ == "d"


def names_own_site(doc: Doc, first: int) -> bool:
    """Tell whether the words from token ``first`` on end a site, body or work named after the locality before them.

    Unlike ``qualifies_next_name`` this holds for townships and villages written in full:
    江南镇|派出所 is a body, 江南镇|工业功能区 a site, not the township.
    """
    return _heads_a_name(doc, first, OWN_NAME_HEAD) or (first < len(doc) and doc[first].text in _MODEL_WORDS) or _is_own_site(doc, first)


def _is_own_site(doc: Doc, first: int) -> bool:
    """Tell whether token ``first`` is a site word that makes the township or village before it a site of itself:
    兴十四村|景区|全年接待; not a title the place seeks (景区|村, a scenic village)."""
    following = doc[first + 1].text if first + 1 < len(doc) else ""
    return first < len(doc) and doc[first].text in _OWN_SITE_WORDS and following not in _TITLE_AFTER_SITE_WORD


def _follows_a_body(doc: Doc, first: int) -> bool:
    """Tell whether the span goes on the name of a body right before it: a branch or institute (医院|浦江|分院)."""
    if first == 0:
        return False
    before = doc[first - 1]
    return not before.whitespace_ and (before.tag_ == "nt" or bool(_BODY_END.search(before.text)))


def _heads_a_name(doc: Doc, first: int, heads: re.Pattern[str] = NAME_HEAD) -> bool:
    """Tell whether the words from token ``first`` on make a name ending in a head (亚运会, 民营企业家|节) or a title."""
    if heads is NAME_HEAD and first < len(doc) and (doc[first].text in _OPENS_A_NAME or _spirit_in_an_idiom(doc[first])):
        return True
    chars = 0
    for token in doc[first:first + _MAX_NAME_WORDS]:
        chars += len(token.text)
        if token.is_punct or token.is_space or chars > _MAX_NAME_CHARS:
            return False
        if token.text in _STOP_WORDS and token.text not in _RANKS:
            return False  # a verb of the clause: 东文山乡|启动|卫生院迁建工程, 城东镇|新建/ns|公办幼儿园 is the township acting
        # The head may be a word of any kind (节 is tagged as a time word); the words before it are name words.
        if heads.search(doc_text(doc)[doc[first].idx:token.idx + len(token.text)]):
            return True
        if heads is NAME_HEAD and token.text in _LONE_NAME_HEADS:
            return True
        if _COUNT_START.match(token.text) and token.text.endswith(_DIVISION_ENDS):
            return False  # 西来|两镇|新建…园: a count of divisions, which names nothing
        # 新 in 中学|新|校区 is part of the name, and a season's 冬 in 北京|冬|奥组委
        if token.tag_ not in _NAME_WORD_TAGS and token.text not in _NAME_VERBS and not (token.tag_ in _ONE_CHAR_NAME_TAGS and len(token.text) == 1):
            return False
    return False


def _spirit_in_an_idiom(token: Token) -> bool:
    """Tell whether the token is an idiom a spirit opens, which the segmenter glued to the verb after it:
    右玉|精神焕发 (右玉精神 glows); not a compound the spirit only qualifies (精神文明, 精神卫生)."""
    return token.tag_ in _IDIOM_TAGS and token.text.startswith(tuple(SPIRIT_WORDS))


def _names_a_product(doc: Doc, first: int) -> bool:
    """Tell whether one or two nouns from token ``first`` on, then an award verb, name a product (胡柚|入选),
    or the words from there on are a product's name (槟榔|芋|带动, 核雕|年销售额), not a title the place holds."""
    return _product_before_award(doc, first) or _product_named(doc, first)


def _product_before_award(doc: Doc, first: int) -> bool:
    for i in range(first, min(first + _MAX_PRODUCT_WORDS, len(doc))):
        if doc[i].tag_ not in _PRODUCT_TAGS or doc[i].text.endswith(_DIVISION_ENDS):
            return False  # 西塘|两镇|获评: the towns win, not a product
        following = doc[i + 1] if i + 1 < len(doc) else None
        if following is not None and AWARD_VERB.fullmatch(following.text):
            return True
    return False


def _product_named(doc: Doc, first: int) -> bool:
    """Tell whether the nouns from token ``first`` on end in a product's name that no title goes on after."""
    name = ""
    for i in range(first, min(first + _MAX_PRODUCT_WORDS + 1, len(doc))):
        token = doc[i]
        product_word = len(token.text) >= 2 and _PRODUCT_END.search(token.text) and not _COUNT_START.match(token.text)
        if token.tag_ not in _PRODUCT_WORD_TAGS and not product_word or token.text.endswith(_DIVISION_ENDS):
            return False
        name += token.text
        if len(name) > _MAX_PRODUCT_CHARS:
            return False
        following = doc[i + 1] if i + 1 < len(doc) else None
        if not _PRODUCT_END.search(name) or following is not None and _PRODUCT_END.search(following.text):
            continue  # 葡萄|生姜: the product names go on
        if following is not None and following.text in _GROWN and not _title_after(doc, i + 2):
            return True  # 湘西|黄金茶|种植|稳步发展: the product is grown (not 葡萄|种植|基地, a title)
        return following is None or following.text not in _TITLE_AFTER_PRODUCT and not following.text.endswith(_DIVISION_ENDS)
    return False


# Growing a product, which a title may go on after (葡萄|种植|基地) or not (黄金茶|种植|稳步发展).
_GROWN = frozenset(("种植", "养殖"))


def _title_after(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` goes on with a title a product's place holds: 基地, 示范, 之乡, 强镇 …"""
    return i < len(doc) and (doc[i].text in _TITLE_AFTER_PRODUCT or doc[i].text.endswith(_DIVISION_ENDS))
