"""Sites: organizations and places named by their suffix, quoted places, and rivers."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.names import BRACKETED, clean_name
from kg.gazetteer import SMALL_DIVISION_SUFFIXES
from kg.nlp.patterns.awards import AWARD_VERB, _split_list
from kg.nlp.patterns.common import (
    HISTORIC_EVENTS, SPIRIT_WORDS, _NAME_TAGS, _STOP_WORDS, _is_anchor, _name_start, _token_aligned, _token_starts, doc_text, doc_tokens, token_ending_at, token_starting_at,
    tokens_from,
)
from kg.nlp.patterns.localities import _SURNAMES, LOCALITY_SUFFIX

# News outlets: bodies that report on a place, not bodies of it.
MEDIA_SUFFIX = r"(?:日报|晚报|商报|时报|信息报|报社|电视台|卫视|广播电台|客户端|新闻网|杂志社?|周刊)"
ORG_SUFFIX = re.compile(
    r"(?:集团|公司|大学|学院|医院|研究院|研究所|研究中心|银行|商会|协会|学会|研究会|联合会|联谊会|分会|科学院|"
    r"人民政府|委员会|管委会|市委|县委|区委|省委|促进中心|科技|实业|股份|控股|创新服务综合体|联合研究中心|幼儿园|小学|中学|卫生院|融媒体中心|校区|分校|"
    r"实验室|茶业|制药|药业|派出所|公安局|公安分局|街道办事处|文化站|卫生服务中心|学校|管理局|党委|党工委|" + MEDIA_SUFFIX + r")$"
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
_ANCHORED_BODIES = ("实验室", "茶业", "制药", "药业", "管委会", "管理局", "研究所", "研究中心", "研究院")
# The kind of site that ends a place's name: 莫干山风景名胜区, 新市古镇, 梦想小镇, 茨坪老街, 湖头光电产业园.
PLACE_SUFFIX = re.compile(
    r"(?:风景名胜区|名胜区|景区|风景区|旅游区|度假区|森林公园|湿地公园|地质公园|郊野公园|公园|乐园|植物园|动物园|博览园|生态园|"
    r"纪念馆|博物馆|博物院|展馆|展览馆|陈列馆|美术馆|艺术馆|科技馆|大剧院|体育馆|体育场|体育中心|文化中心|会展中心|艺术中心|"
    r"礼堂|书院|宗祠|祠堂|故居|旧居|(?:旧址|遗址|古建筑|建筑)群|旧址|遗址|茶园|果园|农场|牧场|林场|古村落|古镇|小镇|古街|老街|步行街|历史文化街区|"
    r"湿地|画廊|绿道|风景道|碧道|古道|广场|大峡谷|峡谷|影视城|商贸城|轻纺城|(?:毛衫|皮革|家居|家具|建材|小商品|服装|茶叶|花木)城|商城|基地|水库|码头|港区|古村|陵园|纪念园|纪念碑|会址|"
    r"营地|度假村|山庄|庄园|农庄|酒店|草原|"
    r"产业园|园区|创业园|科技园|科技城|创新园|融合园|工业园|物流园|科创园|文创园|创意园|集聚区|示范区|众创空间|旗舰店|开发区|高新区|"
    r"新区|工业区|商务区|保税区|合作区|功能区|自然保护区|保护区|灌区|花海|记忆馆|故里|示范园|科学城|科学园|集中区|村史馆)$"
)
# Site words that name a kind of place, not a place: A级景区, 世界地质公园, 乡村博物馆, 城市绿道, 口袋公园.
_GENERIC_PLACE = re.compile(
    r"^(?:[A-Z\d]+级|星级|村级|镇级|乡级|世界|国家|国家级|省级|市级|县级|全国|乡村|旅游|特色|生态|工业|产业|各类|重点|地质|"
    r"省|中央|风情|森林|高铁|飞地|东部|南部|西部|北部|中部|城市|农村|口袋|社区|小区|村庄|美丽|休闲|主题|文化|体育|全民|健身|农业|现代|数字|智慧|未来|新型|示范|"
    r"精品|高标准|标准化|红色|革命|全域|民宿|县城|山塘|病险|研学|实践|教育|培训|生产|种植|养殖|育苗|综合|公共|大型|小型|城郊|郊野|滨水|湿地)+"
)
# Site words that name a kind as often as a place (红色教育基地, 中心城区商城): a proper noun must name one.
_ANCHORED_SITES = ("基地", "草原", "商城", "乐园", "农场", "牧场", "林场", "中心", "湿地", "古道", "礼堂", "茶园", "果园", "营地", "度假村",
                   "山庄", "庄园", "农庄", "酒店", "新区", "工业区", "商务区", "码头", "港区", "陵园", "纪念碑")
# Site words a project also ends with (龙潭水库, 北门历史文化街区): a site while it is not being built.
_BUILT_SITES = ("水库", "街区", "码头", "港区")
_BUILDING = re.compile(r"项目|工程|建设|新建|开工|动工|续建|扩建|改建|建成|完工|竣工|推进|加快|谋划|启动|实施|招引|签约|投用|投入使用|立项|规划")
# One-character words that belong to a site's name whatever the segmenter tagged them: 仙霞|关|景区, 廿八|都|古镇.
_SITE_MORPHEMES = "关都岩洞峰岭坪坑坞岙垟山寺塔桥湾岛谷源滩潭泉塘埠口门城寨庄街巷坊园台阁亭楼湖江河溪港"
# A kind of site a place is designated as, not a place: 国家一级博物馆, 国家全域旅游示范区, 省级旅游度假区, 国家4A级旅游景区.
_DESIGNATION = re.compile(r"^(?:国家|国家级|省级|全国|全省|世界|[一二三四五六七八九十]级).*(?:示范区|集聚区|度假区|旅游区|博物馆|景区)$|^[一二三四五六七八九十]级")
# A designation inside a walk that went too far left: 中南百草原创成|国家4A级旅游景区.
_GRADE = re.compile(r"[A-Z\d]*A级|[一二三四五六七八九十]级|星级")
# A level right before a site's name makes it the kind of site designated: 省级|廉政教育基地, 国家级|现代农业园区.
_LEVEL_BEFORE = re.compile(r"(?:省级|国家级|市级|县级|国家|全国|全省)[“”]?$")
# A count inside what comes before a site word: 深澳三个|古村落, 红旗两村联建|共富农场.
_COUNT_INSIDE = re.compile(r"[一二两三四五六七八九十\d]+[个村家座处]")
# A count right after a site word makes it a kind of site: 新建“共富果园”26个, 建成口袋公园12个.
_COUNTED = re.compile(r"[”’\"]?\s*(?:\d+|[一二两三四五六七八九十百]+)(?:个|家|座|处|条|批)")
# A mountain, temple, tower, bridge or island named in one word: 普陀山, 灵隐寺, 六和塔, 鸾峰桥, 鼓浪屿.
SITE_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:山|岭|峰|岩|洞|寺|庙|塔|阁|楼|桥|岛|屿|湾|关|谷|潭|泉|瀑|园|长城|草原|群岛|列岛)$")
_NOT_SITE = frozenset(
    "金山银山 绿水青山 大好河山 半边天 立交桥 高架桥 石拱桥 写字楼 办公楼 教学楼 综合楼 幼儿园 产业园 孵化园 工业园 "
    "百花园 后花园 桃花源 制高点 硅谷 大峡谷 大湾区 湾区 根据地 都市田园 美丽家园 幸福家园".split()
)
_PERSON_LIKE = frozenset("山峰岩岭谷泉园楼")
# The last characters of site words, to pass over other tokens at once.
_SITE_WORD_ENDS = frozenset("山岭峰岩洞寺庙塔阁楼桥岛屿湾关谷潭泉瀑园城原祠陵")
# A site word the segmenter left alone after its name: 灵峰|寺, 鸾峰|桥.
_LONE_SITE_WORDS = frozenset("寺 庙 塔 阁 桥 岛 屿 祠 陵".split())
# The kinds of title given to sites, not to divisions or bodies: 国家4A级旅游景区, 省级研学基地, 美丽河湖.
_SITE_TITLE = re.compile(r"(?:景区|旅游区|度假区|名胜区|公园|博物馆|纪念馆|基地|营地|街区|小镇|河湖|绿道|湿地|景点|目的地)(?:称号|名单|名录)?$")
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
# A word between a quoted name and its head that makes it a designation or a campaign: “两山”实践示范区, “美丽城镇”建设样板区.
_QUOTED_KIND = re.compile(r"示范|试点|工作|建设|创建|样板|精品|实践|龙头|飞地")
RIVER = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:江|河|溪|湖)$")
# What is said of a river only: its basin, water, main stream, banks (好溪|流域, 丹河|水质).
_RIVER_CONTEXT = re.compile(r"流域|水质|干流|支流|沿岸|两岸|生态廊道|河道|水系")
# Words that end like a river but are not one.
_NOT_RIVER = frozenset("黑龙江 浙江 镇江 九江 内江 湛江 吴江 晋江 丽江 牡丹江 合江 江河 银河 运河 山河 星河 母亲河 小溪 湖泊 名湖 江湖 河湖".split())
# Words that also end the name of a site or a body when walking left: 高峰论坛|暨|浙江省法学会….
_SITE_STOP_WORDS = _STOP_WORDS | frozenset("暨 县 市 区 省 原 建设 代表 利用 依托 围绕 结合 设立 共建 联建 串联 辖区 辖区内 内 做强 做优 做大 做精 签订 签署 开通 举办 承办 对接".split())


# The method suffix of a site or work found after the division written in full before it: 沙洲坝镇|红井景区.
# The division stays a locality of its own (kg.nlp.pipeline).
DIVISION_CUT = "pattern:after-division-"
# A division written in full: 沙洲坝镇, 鹰潭市, 魏塘街道 (not a zone: 武夷新区, 南沙科学城, 南湖社区).
_FULL_DIVISION = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:省|市|县|(?<![新园景片城])区|镇|乡|街道|村)$")


def after_leading_division(doc: Doc, start: int, head: int) -> int:
    """Give where a site's or work's own name starts after the divisions written in full before it, when a proper
    noun of its own follows them: 沙洲坝镇|红井景区, 鹰潭市|龙虎山景区, 日东乡|日东水库除险加固工程; not when only
    kind words follow (大均乡|全域土地综合整治项目, 周庄镇|工业集中区: the division names them)."""
    while True:
        division = token_starting_at(doc, start)
        if division is None or division.tag_ != "ns" or not _FULL_DIVISION.match(division.text) or division.i + 1 >= len(doc):
            return start
        name = doc[division.i + 1]
        if name.idx >= head or division.whitespace_ or not _owns_name(name):
            return start
        start = name.idx


def _owns_name(token) -> bool:
    """Tell whether a token is a proper noun that can name a site or work: 红井/nz, 日东/ns, 中山路/ns; not a word
    of a kind or a trade the segmenter tagged as a name (全域土地综合整治/nz, 海洋/ns|化工, 中小学/j)."""
    return (len(token.text) >= 2 and token.tag_ in ("ns", "nz", "nr") and token.text not in _SITE_STOP_WORDS
            and not _KIND_OPENING.match(token.text))


# Words that open the name of a kind of site or work, not a proper noun: 全域…, 海洋化工…, 现代农业….
_KIND_OPENING = re.compile(r"全域|海洋|化工|生态|现代|智能|智慧|数字|高新|经济|文化|旅游|农业|工业|科技|产业|城市|城乡|乡村|美丽|未来")


def find_places(doc: Doc) -> Iterator[Mention]:
    for m in QUOTED_PLACE.finditer(doc_text(doc)):
        middle = m.group("middle") or ""
        if middle and (_QUOTED_KIND.search(middle) or m.group("head") in ("示范区", "集聚区", "基地", "众创空间")):
            continue
        if _token_aligned(doc, m.start(), m.end()) and not _COUNTED.match(doc_text(doc), m.end()):
            yield Mention(m.group(0), m.start(), m.end(), "Place", clean_name(m.group(0)), method="pattern:quoted-place")
    for m in _suffix_names(doc, PLACE_SUFFIX, "Place", "pattern:place-suffix", 3, 16, site=True):
        if _is_place(doc, m):
            yield _site_or_its_section(doc, m)
    text = doc_text(doc)
    for token in doc_tokens(doc):
        # A river the text speaks of as one: 好溪|流域, 弥河、丹河|水质, 走马河|生态廊道.
        if (RIVER.match(token.text) and token.text not in _NOT_RIVER and token.tag_ in ("ns", "nz", "nr")
                and _RIVER_CONTEXT.match(text, token.idx + len(token.text))
                and (token.i == 0 or doc[token.i - 1].is_punct or doc[token.i - 1].tag_ in ("v", "p", "c"))):
            start = token.idx
            before = doc[token.i - 1] if token.i else None
            # one character cut off the name's start opening the clause: 走|马河
            if before is not None and len(before.text) == 1 and not before.is_punct:
                if before.text in _FUNCTION_CHARS or not (before.i == 0 or doc[before.i - 1].is_punct):
                    start = None if before.text not in _FUNCTION_CHARS else start
                else:
                    start = before.idx
            if start is not None:
                surface = text[start:token.idx + len(token.text)]
                yield Mention(surface, start, token.idx + len(token.text), "Place", surface, method="pattern:river")
                continue
        # A river the segmenter took for a person (富春江/nr, 乌溪江/nr) has no family name first.
        if (token.tag_ in ("ns", "nz") or token.tag_ == "nr" and token.text[0] not in _SURNAMES) and RIVER.match(token.text) \
                and len(token.text) >= 3 and token.text not in _NOT_RIVER:
            yield Mention(token.text, token.idx, token.idx + len(token.text), "Place", token.text, method="pattern:river")
        # A stream of two characters the segmenter does not know (蓝溪, 须江), or one cut after its first character (永|安溪).
        elif (RIVER.match(token.text) and len(token.text) == 2 and token.tag_ == "nz" and token.text not in _NOT_RIVER
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
            # a village named like a river before its spirit is the village's (梁家河|精神), not a river
            spirit = token.i + 1 < len(doc) and doc[token.i + 1].text in SPIRIT_WORDS
            if 3 <= len(surface) <= 4 and surface not in _NOT_RIVER and re.fullmatch(r"[\u4e00-\u9fff]+", surface) and not spirit:
                yield Mention(surface, start, token.idx + 1, "Place", surface, method="pattern:river")
        else:
            yield from _site_word(doc, token)
    yield from _awarded_sites(doc)
    yield from _listed_sites(doc)
    yield from _graded_reserves(doc)
    yield from _sites_by_what_follows(doc)
    yield from _stations(doc)


# A railway station's word after the place it is named by: 韶山|南站, 嘉善|南站.
_STATION_WORDS = frozenset("南站 北站 东站 西站".split())


def _stations(doc: Doc) -> Iterator[Mention]:
    """Give railway stations named by a place and a side: 韶山南站 (not 服务站, 加油站: no place before them)."""
    for token in doc_tokens(doc)[1:]:
        place = doc[token.i - 1]
        if token.text in _STATION_WORDS and place.tag_ == "ns" and len(place.text) >= 2 and not place.whitespace_:
            surface = place.text + token.text
            yield Mention(surface, place.idx, token.idx + len(token.text), "Place", surface, method="pattern:station")


# A site named without a head word, told by what follows it (its section, water, trail, surroundings or works):
# 南江|花园段, 急水港、白蚬湖|水质, 敕木山|森林步道, 大禹陵|周边, 中山路、麒麟路|完成微改造, 红都大道|沿线.
_UNHEADED_ITEM = r"[\u4e00-\u9fff]{1,4}?(?:大道|大街|水库|山|峰|岭|溪|江|河|湖|港|荡|陵|桥|湾|寺|塔|阁|厅|祠|路|街|巷)"
_UNHEADED_SITES = re.compile(rf"(?P<items>{_UNHEADED_ITEM}(?:、{_UNHEADED_ITEM})*)(?P<after>流域|干流|支流|水质|[\u4e00-\u9fff]{{2}}段(?=[、，,。；;]|完成)|"
                             r"森林步道|游步道|周边|沿线|两侧|完成(?:微|有机|提升|立面|保护性)?(?:改造|更新|修缮)|获评|入选)")
# What follows only a river or lake (its basin, water, a section of it), and only a street or an old building
# (its works, a title: 双桥、沈厅、张厅|完成保护性修缮).
_WATER_ONLY = re.compile(r"流域|干流|支流|水质|.+段")
_STREET_ONLY = re.compile(r"完成|获评|入选")
_WATER_END = re.compile(r"(?:溪|江|河|湖|港|荡|水库)$")
_STREET_END = re.compile(r"(?:大道|大街|路|街|巷|桥|寺|塔|阁|厅|祠)$")
# Words after which an unheaded site's name opens: 力争|双桥周边街区…, 完成|大禹陵周边环境整治.
_OPENS_SITE = frozenset("力争 依托 推动 加快 完成 参与 围绕 开展 实施 对 在 推进".split())
SITE_IN_CONTEXT = "pattern:site-in-context"


def _sites_by_what_follows(doc: Doc) -> Iterator[Mention]:
    text = doc_text(doc)
    for token in doc_tokens(doc):
        if token.is_punct or token.text in _OPENS_SITE or token.text in _STOP_WORDS or token.tag_ in ("v", "p", "m") \
                or not _opens_a_site(doc, token.idx):
            continue
        m = _UNHEADED_SITES.match(text, token.idx)
        if m is None:
            continue
        items = list(re.finditer(r"[^、]+", m.group("items")))
        last = items[-1].group(0)
        after = m.group("after")
        if (_WATER_ONLY.fullmatch(after) and not _WATER_END.search(last)) or (_STREET_ONLY.match(after) and not _STREET_END.search(last)):
            continue
        for item in items:
            name = item.group(0)
            start, end = m.start() + item.start(), m.start() + item.end()
            if (name[0] in _FUNCTION_CHARS or name.startswith(("中小", "大中")) or name in _NOT_RIVER or name in _NOT_SITE or name in _NOT_STREETS or len(name) < 2
                    or not _token_aligned(doc, start, end)):
                continue
            yield Mention(name, start, end, "Place", name, method=SITE_IN_CONTEXT)


def _opens_a_site(doc: Doc, start: int) -> bool:
    """Tell whether an unheaded site's name may open at ``start``: after punctuation, a verb that opens a clause
    (力争, 完成), or a division written in full (黄阁镇|中山路)."""
    if start == 0 or doc_text(doc)[start - 1] in "，,。；;：:（(":
        return True
    before = token_ending_at(doc, start)
    return before is not None and (before.text in _OPENS_SITE or before.tag_ == "ns" and bool(_FULL_DIVISION.match(before.text)))


_NOT_STREETS = frozenset("道路 马路 公路 街路 思路 出路 线路 网路 电路 门路 套路 进路 销路 水路 陆路 铁路 一路 沿路 上路 新路 老路 大街 小巷 街巷 "
                         "大道 康庄大道 村道 河道 航道 干道 步道 山路 江湖 山河 河湖 大厅 客厅 餐厅 展厅 门厅 办事大厅 服务大厅".split())


# Verbs of seeking a grade, whatever the segmenter tagged them.
_PURSUITS = frozenset("申报 申请 争创 创建 创成 启动 推动".split())
# A reserve, park or resort named with its grade inside: 马头山|国家级|自然保护区, 大云温泉|省级|旅游度假区.
_GRADED_RESERVE = re.compile(r"(?:国家级|省级)(?:自然保护区|森林公园|湿地公园|地质公园|风景名胜区|旅游度假区)")


# A section of a site in brackets after it: 长征国家文化公园（瑞金段）, 钱塘江绿道（富阳段）.
_SECTION = re.compile(r"[(（][^()（）]{1,8}段[)）]")


def _site_or_its_section(doc: Doc, m: Mention) -> Mention:
    """Give a site, or the work on a section of it where a bracketed section follows: 长征国家文化公园（瑞金段） is the
    project building the park's part in the home, named without the section (as 衢宁铁路(遂昌段))."""
    section = _SECTION.match(doc_text(doc), m.end)
    if section is None:
        return m
    return Mention(doc_text(doc)[m.start:section.end()], m.start, section.end(), "Project", m.canonical, method="pattern:site-section")


def _graded_reserves(doc: Doc) -> Iterator[Mention]:
    text = doc_text(doc)
    for m in _GRADED_RESERVE.finditer(text):
        last = token_ending_at(doc, m.start())
        if last is None:
            continue
        start = _name_start(doc, last.i, max_chars=6, anchored=False, stops=_SITE_STOP_WORDS, morphemes=_SITE_MORPHEMES)
        if start is None and last.tag_ in ("ns", "nz", "nr") and len(last.text) >= 2:
            start = last.idx
        if start is None or not any(_is_anchor(t) or t.text[-1] in _SITE_MORPHEMES for t in tokens_from(doc, start, m.start())):
            continue
        if AWARD_VERB.search(text, start, m.start()) or any(t.tag_ == "v" or t.text in _PURSUITS for t in tokens_from(doc, start, m.start())):
            continue  # a site given or seeking the grade as its title: 神仙居景区|入选|…, 西塘古镇景区|申报|国家级旅游度假区
        surface = text[start:m.end()]
        yield Mention(surface, start, m.end(), "Place", surface, method="pattern:place-suffix")


def _site_word(doc: Doc, token) -> Iterator[Mention]:
    """Give a mountain, temple, tower, bridge or island named in one word (普陀山, 灵隐寺, 鸾峰桥) or in a name
    and its site word (灵峰|寺), not going on into a longer name: 天目山、, 鸾峰桥|完成修缮, 灵隐寺|香火, not 白马寺|村
    nor 飞鹅山|“石榴籽”社区 (天目山|景区 is a place of its own, found by its head)."""
    if token.text[-1] not in _SITE_WORD_ENDS:
        return
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    goes_on = following is not None and (len(following.text) == 1 and not following.is_punct or (following.text in SPIRIT_WORDS or following.text in HISTORIC_EVENTS))
    # A word the segmenter knows for a place, then a noun of what is said of it (灵隐寺/nr|香火/n); an unknown
    # word before a noun is as often part of a longer phrase (传承人楼|刚强).
    if goes_on or not (_stands_alone(doc, token.i) or token.tag_ in ("ns", "nr") and following.tag_ in ("n", "vn")):
        return
    text = doc_text(doc)
    if SITE_WORD.match(token.text) and token.tag_ in ("ns", "nz", "nr") and token.text not in _NOT_SITE \
            and not (token.tag_ == "nz" and token.text[0] in _FUNCTION_CHARS):  # 以宏阁: 以|宏阁 glued by the segmenter
        # A person's name ends like a mountain or a peak (王金山, 李高峰): a family name opens it.
        if token.tag_ == "nr" and token.text[0] in _SURNAMES and token.text[-1] in _PERSON_LIKE:
            return
        # A garden the segmenter does not know is a kind of park as often as one park (小微园, 创艺园).
        if token.text.endswith("园") and token.tag_ == "nz":
            return
        start, end = token.idx, token.idx + len(token.text)
    elif token.text in _LONE_SITE_WORDS and token.i > 0 and doc[token.i - 1].tag_ in ("ns", "nz", "nr", "j") \
            and len(doc[token.i - 1].text) >= 2 and not doc[token.i - 1].whitespace_:
        start, end = doc[token.i - 1].idx, token.idx + len(token.text)
    else:
        return
    surface = text[start:end]
    if surface.endswith(_BUILT_SITES + ("桥",)) and _BUILDING.search(_clause_of(text, start, end)):
        return
    yield Mention(surface, start, end, "Place", surface, method="pattern:site-word")


def _awarded_sites(doc: Doc) -> Iterator[Mention]:
    """Give the names a title for sites is given to: 中南百草原|创成|国家4A级旅游景区, A、B|入选|省级研学基地.

    The name opens its clause or a list in it, carries a proper noun, and is not a division or a body
    (余村|入选… is a village; the locality and organization finders name those).
    """
    text = doc_text(doc)
    for verb in AWARD_VERB.finditer(text):
        title = re.match(r"[^，,；;。：:！？]*", text[verb.end():]).group(0)
        first = re.split(r"[、和及]", title, maxsplit=1)[0]
        if not _SITE_TITLE.search(BRACKETED.sub("", clean_name(first))):
            continue
        end = verb.start() - len(_ADVERBS_BEFORE_VERB.search(text, max(0, verb.start() - 8), verb.start()).group(0))
        while end > 0:
            last = token_ending_at(doc, end) or _token_around(doc, end - 1)
            if last is None:
                break
            start = _name_start(doc, last.i, max_chars=12, anchored=False, stops=_SITE_STOP_WORDS, morphemes=_SITE_MORPHEMES)
            if start is None and RIVER.match(last.text) and last.idx + len(last.text) == end:
                start = last.idx  # a stream of two characters: 南溪|成功创建|省“美丽河湖”
            if start is None or start >= end:
                break
            name = text[start:end]
            if _awarded_site_name(doc, start, end, name):
                yield _river_not_its_part(Mention(name, start, end, "Place", clean_name(name), method="pattern:awarded-site"))
            if not start or text[start - 1] not in "、和及与":  # the list of names goes on to the left: A、B|入选
                break
            end = start - 1


# A part of a river after its name: 好溪|干流.
_RIVER_PART = re.compile(r"(?:干流|支流|流域|河段)$")


def _river_not_its_part(m: Mention) -> Mention:
    """Give the river a title goes to when the text names its part: 好溪干流入选省级“美丽河湖” → 好溪."""
    part = _RIVER_PART.search(m.canonical)
    if part is None or not RIVER.match(m.canonical[: part.start()]):
        return m
    size = len(part.group(0))
    return Mention(m.text[:-size], m.start, m.end - size, m.type, m.canonical[:-size], method=m.method)


def _listed_sites(doc: Doc) -> Iterator[Mention]:
    """Give the items of a list the text says are sites: 白茶原、云上草原、中南百草原|等景区, 串联廿八都、仙霞关|等景点."""
    text = doc_text(doc)
    for kind in _SITES_AFTER_LIST.finditer(text):
        clause = max(text.rfind(p, 0, kind.start()) for p in "，,；;。：:！？") + 1
        items = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in _split_list(text, clause, kind.start())]
        if len(items) < 2:
            continue
        for n, (a, b) in enumerate(items):
            if n == 0:
                a = _after_leading_verbs(doc, a, b)
            name = text[a:b]
            words = tokens_from(doc, a, b)
            # the last item may end inside a word the segmenter joined to 等: 仙霞|关等|景区
            aligned = _token_aligned(doc, a, b) or (n == len(items) - 1 and _token_aligned(doc, a, b + 1))
            if (2 <= len(name) <= 10 and re.fullmatch(r"[\u4e00-\u9fff·]+", name) and aligned
                    and not _NOT_SITE_SUBJECT.search(name) and not ORG_SUFFIX.search(name)
                    and all(t.tag_ in _NAME_TAGS or (len(t.text) == 1 and t.text in _SITE_MORPHEMES) for t in words)
                    and not any(t.text in _STOP_WORDS for t in words)):
                yield Mention(name, a, b, "Place", name, method="pattern:listed-site")


def _after_leading_verbs(doc: Doc, start: int, end: int) -> int:
    """Give where the first item of a list starts after the verbs that open its clause: 串联|廿八都."""
    for t in tokens_from(doc, start, end):
        if t.idx != start or not (t.text in _SITE_STOP_WORDS or t.tag_ in ("v", "p", "d", "ad", "c", "u", "uj")):
            break
        start = t.idx + len(t.text)
    return start


def _awarded_site_name(doc: Doc, start: int, end: int, name: str) -> bool:
    opens = start == 0 or text_before_is_break(doc_text(doc), start)
    return (opens and (3 <= len(name) or RIVER.match(name)) and len(name) <= 12 and re.fullmatch(r"[\u4e00-\u9fff·]+", name) is not None
            and not _NOT_SITE_SUBJECT.search(name) and not ORG_SUFFIX.search(name)
            and any(_is_anchor(t) for t in tokens_from(doc, start, end)))


_BREAK_BEFORE = re.compile(r"(?:[，,；;。：:！？、\s“”]|和|及|与|其中|此外|同时|另外)$")


def text_before_is_break(text: str, start: int) -> bool:
    """Tell whether what comes before ``start`` closes a clause or an item: punctuation, 和, 及, or a word of linking."""
    return bool(_BREAK_BEFORE.search(text, max(0, start - 2), start))


def _token_around(doc: Doc, char: int):
    """Give the token that covers character ``char`` (a verb the segmenter joined to a name: 百草|原创|成)."""
    i = bisect_right(_token_starts(doc), char) - 1
    return doc[i] if i >= 0 else None


def _is_place(doc: Doc, m: Mention) -> bool:
    """Tell whether a name ending with a site word names one site: not a kind of site (口袋公园), a designation
    (国家4A级旅游景区), a kind only a proper noun makes one (红色教育基地), nor a project being built (新建龙潭水库)."""
    head = PLACE_SUFFIX.search(m.canonical).group(0)
    core = m.canonical[: len(m.canonical) - len(head)]
    text = doc_text(doc)
    if (len(_GENERIC_PLACE.sub("", core)) < 2 or _DESIGNATION.match(m.canonical) or _GRADE.search(core) or _COUNTED.match(text, m.end)
            or head in core or core.endswith("等") or _LEVEL_BEFORE.search(text, max(0, m.start - 4), m.start)
            or _COUNT_INSIDE.search(core)):  # 环溪、荻浦、深澳|三个古村落: a count of sites, not a name
        return False  # 仙霞|关等|景区: the kind closing a list (its items are found as listed sites)
    if head.endswith(_ANCHORED_SITES):
        words = tokens_from(doc, m.start, m.end - len(head))
        # A base's proper noun is a name of its own, not a word the segmenter did not know right before it (智造|基地).
        if not any(_is_anchor(t) and (head != "基地" or t.tag_ not in ("nz", "nr") or t is not words[-1]) for t in words):
            return False
    return not (head.endswith(_BUILT_SITES) and _BUILDING.search(_clause_of(doc_text(doc), m.start, m.end)))


def _clause_of(text: str, start: int, end: int) -> str:
    """Give the clause around ``start``–``end``: from the punctuation before it to the punctuation after it."""
    before = max(text.rfind(p, 0, start) for p in "，,；;。：:！？")
    after = min((i for i in (text.find(p, end) for p in "，,；;。！？") if i >= 0), default=len(text))
    return text[before + 1:after]


def _stands_alone(doc: Doc, i: int) -> bool:
    """Tell whether token ``i`` ends a name of its own: what follows is punctuation or a verb (蓝溪|入选), not more name (梅溪|区块)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.text in "“‘《(（":
        return False  # a quoted or bracketed part goes on with the name: 飞鹅山“石榴籽”社区
    return following is None or following.is_punct or following.tag_ in ("v", "vn", "p", "c", "d", "uj", "u")


def _suffix_names(doc: Doc, suffix: re.Pattern[str], type_: str, method: str, min_len: int, max_len: int,
                  generic: re.Pattern[str] | None = None, site: bool = False) -> Iterator[Mention]:
    """Give names ending with ``suffix`` (which may span tokens: 创新|服务|综合体), walking left from it.

    A bracketed part inside the name is kept in the mention and left out of its canonical name:
    云创(常山)数字经济产业园 → 云创数字经济产业园. Names whose part before the suffix matches ``generic``
    name a kind of body or site (人民医院, 城投集团) and are left out.
    """
    text = doc_text(doc)
    for token in doc_tokens(doc):
        found_by = method
        end = token.idx + len(token.text)
        # A particle the segmenter joined to the name's last character: 安吉县|委的|部署.
        if token.tag_ == "nz" and len(token.text) >= 2 and token.text[-1] in "的了":
            end -= 1
        if text[end - 1] not in _last_characters(suffix):
            continue
        found = suffix.search(text, max(0, token.idx - 8), end)
        if not found:
            continue
        # The name goes on (科技|城): the suffix is not its end.
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and not token.whitespace_ and len(following.text) == 1 and re.match(r"[\u4e00-\u9fff]", following.text) \
                and following.tag_ in ("n", "ng", "nw", "nz", "ns", "zg"):
            continue
        first = token
        while first.i > 0 and first.idx > found.start():
            first = doc[first.i - 1]
        start = _name_start(doc, first.i, max_chars=max_len, anchored=False, stops=_SITE_STOP_WORDS, extra_tags=("zg", "g", "l"),
                            morphemes=_SITE_MORPHEMES if site else "")
        if site:  # a name the segmenter broke before its head: 开元森泊|度假/v|乐园
            start = _site_start(doc, first.idx if start is None else start, max_len - (end - (start or first.idx)))
        if start is None:
            continue
        if found.group(0).endswith(_SCHOOLS):
            start = _after_division(doc, start, first.idx)
        start = _bracketed_start(doc, start, max_len - (end - start))
        if site:
            start = _after_glued_preposition(doc, start)
        surface = text[start:end]
        if site:  # a site named after another one that ends a name of its own: 乡村博物馆|和平村耕读记忆馆
            core_end = len(surface) - len(found.group(0))
            inner = list(_INNER_SITE.finditer(surface, 0, core_end))
            if inner and core_end - inner[-1].end() >= 2:
                start += inner[-1].end()
                surface = text[start:end]
        if site and (named := after_leading_division(doc, start, found.start())) != start:
            start, surface, found_by = named, text[named:end], DIVISION_CUT + "place"
        name = BRACKETED.sub("", clean_name(surface))
        core = name[: len(name) - len(found.group(0))]
        # A school is named by a proper noun before its noun (茅盾中学), not by a kind (高级中学/nt, 安吉县中小学).
        if name.endswith(_SCHOOLS) and (name.endswith("中小学") or not any(
                _is_anchor(t) and t.idx + len(t.text) <= found.start() for t in tokens_from(doc, start, found.start()))):
            continue
        if min_len <= len(surface) <= max_len and len(core) >= 2 and not (generic and generic.search(core)):
            yield Mention(surface, start, end, type_, name, method=found_by)


# Prepositions the segmenter glues to the name after them at the start of a clause: 以大觉|山景区, 在仙华|山….
_GLUED_PREPOSITIONS = "以在对从向把将为"


def _after_glued_preposition(doc: Doc, start: int) -> int:
    """Give where a site's name starts past an idiom opening it, or when a preposition opening the clause was glued
    to its first word: 以大觉/nz|山|景区."""
    first = token_starting_at(doc, start)
    # an idiom opening the walk is a phrase before the name (圆满完成/l|国家公园), one inside it is part of it (长三角生态绿色|一体化/l|发展示范区)
    while first is not None and first.tag_ == "l" and first.i + 1 < len(doc):
        first = doc[first.i + 1]
        start = first.idx
    opens = first is not None and (first.i == 0 or doc[first.i - 1].is_punct)
    if opens and first.tag_ == "nz" and len(first.text) >= 3 and first.text[0] in _GLUED_PREPOSITIONS:
        return start + 1
    return start


# Heads that end a site's name inside a longer run of names: 乡村博物馆|和平村耕读记忆馆.
_INNER_SITE = re.compile(r"博物馆|纪念馆|展览馆|陈列馆|美术馆|景区|公园")


@lru_cache(maxsize=None)
def _last_characters(suffix: re.Pattern[str]) -> frozenset[str]:
    """Give every Chinese character of a suffix pattern: the ones its matches can end with are among them."""
    return frozenset(re.findall(r"[\u4e00-\u9fff]", suffix.pattern))


def _site_start(doc: Doc, start: int, room: int) -> int:
    """Give where a site's name starting at ``start`` really starts when the segmenter broke it:
    黄山学院黟县|写生/v|创作基地 (a verb inside the name, after a proper noun), 江郎山·|廿八都旅游区 (two names joined),
    顺/p|峰山公园 (a one-character word opening the clause)."""
    first = token_starting_at(doc, start)
    if first is None or first.i == 0:
        return start
    before = doc[first.i - 1]
    if first.i >= 2 and not before.whitespace_:
        name = doc[first.i - 2]
        joined = before.text == "·" or (before.tag_ == "v" and len(before.text) == 2 and before.text not in _SITE_STOP_WORDS
                                        and before.text not in _KIND_VERBS)
        # (a count is no name: 新光、红旗两村|联建|共富农场)
        if joined and name.tag_ in ("ns", "nz", "nr", "j") and name.text not in _SITE_STOP_WORDS and not name.whitespace_ \
                and name.text[0] not in "一二三四五六七八九十两几多":
            earlier = _name_start(doc, name.i, max_chars=room - len(before.text), anchored=False, stops=_SITE_STOP_WORDS,
                                  morphemes=_SITE_MORPHEMES)
            return earlier if earlier is not None else name.idx if len(name.text) + len(before.text) <= room else start
    opens_clause = first.i == 1 or doc[first.i - 2].is_punct
    if (opens_clause and len(before.text) == 1 and len(first.text) <= 2 and re.match(r"[\u4e00-\u9fff]", before.text)
            and before.text not in _FUNCTION_CHARS and not before.whitespace_):
        return before.idx
    return start


# Verbs that say what kind of site it is, not part of its name: 双创|示范|基地.
_KIND_VERBS = frozenset("示范 创新 发展 服务 提升 改造 整治 保护 开发 培育 孵化 实训".split())
# One-character words that open a clause without naming anything: 在, 对, 新, 建 ….
_FUNCTION_CHARS = frozenset("在对把将从向以为由被于和与及等让使建新扩改修到去进经据按沿至但而并且又再还也都均已正曾要可能会该此本各每全我其是有共另")


def _after_division(doc: Doc, start: int, stop: int) -> int:
    """Give where a name really starts when a township or village leads it: 大柘镇|小学 names no school
    (the division is a locality of its own), 王村口镇后塘村|原上垟小学."""
    for t in tokens_from(doc, start, stop):
        if len(t.text) >= 2 and LOCALITY_SUFFIX.search(t.text) and t.tag_ == "ns":
            start = t.idx + len(t.text)
    return start


def _bracketed_start(doc: Doc, start: int, room: int) -> int:
    """Give where a name starting at ``start`` really starts when a bracket comes before it: 云创(常山)|数字经济产业园."""
    bracket = re.search(r"[(（][^()（）]{1,6}[)）]$", doc_text(doc)[:start])
    if not bracket or room <= len(bracket.group(0)):
        return start
    before = token_ending_at(doc, bracket.start())
    if before is None or (before.tag_ not in _NAME_TAGS and before.tag_ != "vn") or before.text in _SITE_STOP_WORDS:
        return start
    earlier = _name_start(doc, before.i, max_chars=room - len(bracket.group(0)), anchored=False, stops=_SITE_STOP_WORDS)
    return earlier if earlier is not None else before.idx
