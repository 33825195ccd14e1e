"""Suffix tables of bodies and sites: the words that end their names (…集团, …景区), the words before a suffix that
make a name a kind and not one body or site (人民医院, 口袋公园), and the word lists the place finder reads
(site words, rivers, titles given to sites, words that stop a name)."""

from __future__ import annotations

import re

from kg.gazetteer import SMALL_DIVISION_SUFFIXES
from kg.nlp.patterns.common import _STOP_WORDS

# News outlets: bodies that report on a place, not bodies of it.
MEDIA_SUFFIX = r"(?:日报|晚报|商报|时报|信息报|报社|电视台|卫视|广播电台|客户端|新闻网|杂志社?|周刊)"
# The departments of a government, named after its division (元阳县扶贫开发办公室, 蓟州区文化和旅游局); 格局, 布局
# and 大局 end in 局 too, so only these (the state forest bureaus, 白狼林业局, are in ORG_SUFFIX).
GOVERNMENT_DEPARTMENT = (
    r"(?:文化和旅游|文化广电旅游|文旅|自然资源|自然资源和规划|生态环境|农业农村|水利|水务|交通运输|市场监督管理|卫生健康|教育|"
    r"应急管理|住房和城乡建设|住建|财政|民政|商务|人力资源和社会保障|人社|林业和草原|统计|税务|医疗保障|退役军人事务)局|"
    r"扶贫开发办公室|扶贫办|乡村振兴局"
)
ORG_SUFFIX = re.compile(
    r"(?:集团|公司|大学|学院|医院|研究院|研究所|研究中心|银行|商会|协会|学会|研究会|联合会|联谊会|分会|总会|科学院|药厂|"
    r"人民政府|委员会|管委会|市委|县委|区委|省委|州委|盟委|旗委|林业局|促进中心|科技|实业|股份|控股|创新服务综合体|联合研究中心|幼儿园|小学|中学|卫生院|融媒体中心|校区|分校|"
    r"实验室|茶业|制药|药业|派出所|公安局|公安分局|街道办事处|文化站|卫生服务中心|卫生所|学校|管理局|党委|党工委|" + MEDIA_SUFFIX + r"|"
    + GOVERNMENT_DEPARTMENT + r")$"
)
# Schools: named by a proper noun (西门幼儿园), never by a township or village alone (大柘镇|幼儿园).
_SCHOOLS = ("幼儿园", "小学", "中学", "学校")
# What comes before an organization noun when it names a kind of body, not one body: 县|人民医院, 二甲医院, 城投集团.
_GENERIC_ORG_CORE = re.compile(
    r"^(?:人民|中|中医|妇保|妇幼保健|二甲|三甲|省城大|大|工业|城投|交投|国投|国资|农投|旅投|水务|股份制|有限|各类|各|该|本|相关|"
    r"农村经济发展|中心|乡镇|城区|省级|市级|县级|国家级|重点|经济开发区|经济技术开发区|开发区|高新区|园区|工业园区|度假区|景区|"
    r"乡村|农村|村|城镇|公办|民办|普惠性|普惠|薄弱|标准化|等级|省一级|一级|二级|寄宿制|九年一贯制|义务教育|新建|改扩建|现代化|示范|优质|未来|"
    r"上市|股份有限|强村|社区|街道|乡镇街道|公安|各大|(?:食品|科技|贸易|实业|发展|投资|建设|旅游|农业|文化)(?:股份)?有限)$"
)
# Body words that name a kind as often as a body (重点实验室, 生物制药): a proper noun must name one.
_ANCHORED_BODIES = ("实验室", "林业局", "茶业", "制药", "药业", "管委会", "管理局", "研究所", "研究中心", "研究院")
# The kind of site that ends a place's name: 莫干山风景名胜区, 新市古镇, 梦想小镇, 茨坪老街, 湖头光电产业园, 寿安新城,
# 太湖生态岛, 中国茶城, 成佳茶叶交易市场, 汉口北国际商品交易中心, 下山溪自然村 (a natural village is no division).
PLACE_SUFFIX = re.compile(
    r"(?:风景名胜区|名胜区|景区|风景区|旅游区|度假区|森林公园|湿地公园|地质公园|郊野公园|公园|乐园|植物园|动物园|博览园|生态园|观光园|采摘园|"
    r"纪念馆|博物馆|博物院|展馆|展览馆|陈列馆|美术馆|艺术馆|科技馆|大剧院|体育馆|体育场|体育中心|文化中心|会展中心|艺术中心|"
    r"礼堂|书院|宗祠|祠堂|故居|旧居|(?:旧址|遗址|古建筑|建筑)群|旧址|遗址|茶园|果园|农场|牧场|林场|古村落|古镇|小镇|古街|老街|步行街|历史文化街区|"
    r"湿地|画廊|绿道|风景道|碧道|古道|广场|大峡谷|峡谷|影视城|商贸城|轻纺城|(?:毛衫|皮革|家居|家具|建材|小商品|服装|茶叶|花木|茶)城|商城|交易市场|批发市场|商品交易中心|基地|水库|码头|港区|古村|陵园|纪念园|纪念碑|会址|"
    r"营地|度假村|山庄|庄园|农庄|酒店|草原|"
    r"产业园|园区|创业园|科技园|科技城|创新园|融合园|工业园|物流园|科创园|文创园|创意园|集聚区|示范区|众创空间|旗舰店|开发区|高新区|"
    r"新区|新城|生态岛|自然村|自贸片区|自贸区|自由贸易试验区|工业区|商务区|保税区|投资区|合作区|功能区|水道|自然保护区|保护区|灌区|花海|记忆馆|故里|示范园|科学城|科学园|集中区|村史馆|"
    r"古城|石窟|瀑布|沙地|沙漠|气田|油田|煤矿|口岸|温泉|王府|文化园|观景台|滑雪场|渔港)$"
)
# Site words that name a kind of place, not a place: A级景区, 世界地质公园, 乡村博物馆, 城市绿道, 口袋公园, 世界级水乡古镇,
# 江南水乡古镇, (共建)产业合作园区, 临空经济合作区, 文旅康养新城.
_GENERIC_PLACE = re.compile(
    r"^(?:[A-Z\d]+级|千年|百年|历史|星级|村级|镇级|乡级|世界级|世界|国家|国家级|省级|市级|县级|全国|乡村|旅游|特色|生态|工业|产业|各类|重点|地质|"
    r"省|中央|风情|森林|高铁|飞地|东部|南部|西部|北部|中部|城市|农村|口袋|社区|小区|村庄|美丽|休闲|主题|文化|体育|全民|健身|农业|现代|数字|智慧|未来|新型|示范|"
    r"精品|高标准|标准化|红色|革命|全域|民宿|县城|山塘|病险|研学|实践|教育|培训|生产|种植|养殖|育苗|综合|公共|大型|小型|城郊|郊野|滨水|湿地|水乡|江南|合作|协作|临空|经济|文旅|康养|都市)+"
)
# Heads of landmarks named by the one proper noun before them: 云冈石窟, 平遥古城, 壶口瀑布, 塔山煤矿, 阿尔山口岸.
LANDMARK_HEADS = ("古城", "石窟", "瀑布", "沙地", "沙漠", "气田", "油田", "煤矿", "口岸", "温泉", "王府")
# Site words that name a kind as often as a place (红色教育基地, 中心城区商城): a proper noun must name one.
_ANCHORED_SITES = ("基地", "草原", "商城", "乐园", "农场", "牧场", "林场", "中心", "湿地", "古道", "礼堂", "茶园", "果园", "营地", "度假村",
                   "山庄", "庄园", "农庄", "酒店", "新区", "新城", "生态岛", "自然村",
                   "交易市场", "批发市场", "商品交易中心", "工业区", "商务区", "码头", "港区", "陵园", "纪念碑",
                   *LANDMARK_HEADS, "文化园")
# Site words a project also ends with (龙潭水库, 北门历史文化街区): a site while it is not being built.
_BUILT_SITES = ("水库", "街区", "码头", "港区", "渔港")
_BUILDING = re.compile(r"项目|工程|建设|新建|开工|动工|续建|扩建|改建|建成|完工|竣工|推进|加快|谋划|启动|实施|招引|签约|投用|投入使用|立项|规划")
# One-character words that belong to a site's name whatever the segmenter tagged them: 仙霞|关|景区, 廿八|都|古镇.
_SITE_MORPHEMES = "关都岩洞峰岭坪坑坞岙垟山寺塔桥湾岛谷源滩潭泉塘埠口门城寨庄街巷坊园台阁亭楼湖江河溪港"
# A kind of site a place is designated as, not a place: 国家一级博物馆, 国家全域旅游示范区, 省级旅游度假区, 国家4A级旅游景区.
# A zone named by the aim it shows, a goal or a title: 革命老区高质量发展示范区, 共同富裕示范区, 生态产品价值实现机制示范区.
_DESIGNATION = re.compile(r"^(?:国家|国家级|省级|全国|全省|世界|[一二三四五六七八九十]级).*(?:示范区|集聚区|度假区|旅游区|博物馆|景区)$|^[一二三四五六七八九十]级"
                          r"|^.*(?:高质量发展|共同富裕|协调发展|融合发展|机制)示范区$")
# A designation inside a walk that went too far left: 中南百草原创成|国家4A级旅游景区.
_GRADE = re.compile(r"[A-Z\d]*A级|[一二三四五六七八九十]级|星级")
# A level right before a site's name makes it the kind of site designated: 省级|廉政教育基地, 国家级|现代农业园区.
_LEVEL_BEFORE = re.compile(r"(?:省级|国家级|市级|县级|国家|全国|全省)[“”]?$")
# A count inside what comes before a site word: 深澳三个|古村落, 红旗两村联建|共富农场.
_COUNT_INSIDE = re.compile(r"[一二两三四五六七八九十\d]+[个村家座处]")
# A ring of a city before a site word makes it a class of sites, not one: 成都市郊区|新城, 中心城区|商城.
_RING_OF_CITY = re.compile(r"(?:郊区|近郊|远郊|主城区|中心城区|城区)$")
# A count right after a site word makes it a kind of site: 新建“共富果园”26个, 建成口袋公园12个.
_COUNTED = re.compile(r"[”’\"]?\s*(?:\d+|[一二两三四五六七八九十百]+)(?:个|家|座|处|条|批)|"
                      # or measured by its area: 新建葡萄、黄桃果园|800亩, 金桔标准化基地|1.5万亩
                      r"\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:亩|公顷|平方米)")
# A mountain, temple, tower, bridge or island named in one word: 普陀山, 灵隐寺, 六和塔, 鸾峰桥, 鼓浪屿.
SITE_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:山|岭|峰|岩|洞|寺|庙|塔|阁|楼|桥|岛|屿|湾|关|谷|潭|泉|瀑|园|长城|草原|群岛|列岛)$")
_NOT_SITE = frozenset(
    "金山银山 绿水青山 大好河山 半边天 立交桥 高架桥 石拱桥 写字楼 办公楼 教学楼 综合楼 幼儿园 产业园 孵化园 工业园 "
    "百花园 后花园 桃花源 制高点 硅谷 大峡谷 大湾区 湾区 根据地 都市田园 美丽家园 幸福家园".split()
)
_PERSON_LIKE = frozenset("山峰岩岭谷泉园楼")
# The last characters of site words, to pass over other tokens at once.
_SITE_WORD_ENDS = frozenset("山岭峰岩洞寺庙塔阁楼桥岛屿湾关谷潭泉瀑园城原祠陵沟池")
# A site word the segmenter left alone after its name: 灵峰|寺, 鸾峰|桥, 木兰|山, 锦里|沟, 木兰|天池, 龙泉|关|长城.
_LONE_SITE_WORDS = frozenset("寺 庙 塔 阁 桥 岛 屿 祠 陵 山 沟 天池 长城".split())
# Of those, the words of natural sites (hills, valleys, islands) and walls, whose name ends before a verb, a time,
# a count or 的 as well as before punctuation (木兰|山|创成, 锦里|沟|全年, 龙泉|关|长城|被公布为, 东屿|岛|的); a temple
# or bridge goes on into more name more often.
_LONE_FEATURE_WORDS = frozenset("山 沟 岛 屿 天池 长城".split())
# The kinds of title given to sites, not to divisions or bodies: 国家4A级旅游景区, 省级研学基地, 美丽河湖.
_SITE_TITLE = re.compile(r"(?:景区|旅游区|度假区|名胜区|公园|博物馆|纪念馆|基地|营地|街区|小镇|河湖|绿道|湿地|景点|目的地|名街|步行街)(?:称号|名单|名录)?$")
_ADVERBS_BEFORE_VERB = re.compile(r"(?:成功|再次|又|还|均|分别|先后|已|同时|被|正式|顺利|也|一举|相继)*$")
# A list closed by the kind of site its items are: A、B、C等景区, A、B等4个景点.
_SITES_AFTER_LIST = re.compile(
    r"等(?:[\d一二三四五六七八九十]+[个处家座])?[\u4e00-\u9fffA-Z\d]{0,4}?(?:景区|景点|名胜|公园|古镇|古村落|湖泊|山峰|寺庙|场馆|展馆|旧址|遗址|古迹)"
)
# Names before a title that are divisions, bodies, products or projects, not sites.
_NOT_SITE_SUBJECT = re.compile(
    r"(?:" + "|".join(SMALL_DIVISION_SUFFIXES) + r"|县|市|区|省|村庄|项目|工程|品牌|产品|企业|线路|路线|精品线|活动|案例|厂|店|社)$|我|全"
)
# A quoted brand or name and a site word right after it: “常山优品”旗舰店.
QUOTED_PLACE = re.compile(
    r"[“\"]([^”\"“]{2,10})[”\"](?P<middle>[\u4e00-\u9fff]{2,4}?)?(?P<head>" + PLACE_SUFFIX.pattern.removesuffix("$") + ")"
)
# A word between a quoted name and its head that makes it a designation or a campaign: “两山”实践示范区, “美丽城镇”建设样板区;
# or a reform joined to the next thing: “放管服”改革和|开发区.
_QUOTED_KIND = re.compile(r"示范|试点|工作|建设|创建|样板|精品|实践|龙头|飞地|改革")
RIVER = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:江|河|溪|湖)$")
# What is said of a river only: its basin, water, main stream, banks, monitored cross-section, shore
# (好溪|流域, 丹河|水质, 汀江|水生态, 湄江|出境断面, 东溪|岸线).
# A river listed before others the context is said of comes first (汾河、桑干河、沁河|国考断面); a section of it may
# come between (雅鲁藏布江|巴宜段|水质, 沁河|皇城段|河道整治); water given to it is said of it (向御河|生态补水).
_RIVER_CONTEXT = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,4}(?:江|河|溪|湖))*(?:[\u4e00-\u9fff]{1,4}段)?"
                            r"(?:流域|水质|水环境|水生态|干流|支流|沿岸|两岸|生态廊道|河道|水系|生态补水|"
                            r"(?:国控|省控|市控|国考|省考|出境|入境|跨界|交界|考核)?断面|岸线)")
# Words that end like a river but are not one.
_NOT_RIVER = frozenset("黑龙江 浙江 镇江 九江 内江 湛江 吴江 晋江 丽江 牡丹江 合江 江河 银河 运河 山河 星河 母亲河 小溪 湖泊 名湖 江湖 河湖 过江 跨江 沿江 沿河 沿湖 环湖".split())
# Words that also end the name of a site or a body when walking left: 高峰论坛|暨|浙江省法学会….
_SITE_STOP_WORDS = _STOP_WORDS | frozenset("暨 县 市 区 省 原 建设 代表 利用 依托 围绕 结合 设立 共建 联建 串联 辖区 辖区内 内 镇内 乡内 村内 县内 区内 市内 境内 域内 做强 做优 做大 做精 签订 签署 开通 举办 承办 对接 对标 "
                                           # the people who work a site are no part of its name: 专家团队驻村|指导|茶园;
                                           # the games a venue is built for are none of its name: 亚运会|中国轻纺城体育中心
                                           "指导 亚运会 奥运会 运动会 全运会 "
                                           # a title sought or granted is none of a site's name: 全市|申报|国际湿地城市
                                           "申报 申请 获批".split())
