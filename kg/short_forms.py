"""Short forms of administrative division names: 遂昌县 → 遂昌, 广西壮族自治区 → 广西, 大柘镇 → 大柘.

A short form is the full name less its level's suffix (and a run of nationality names before
自治区/自治州/自治县/族乡), unless what is left is one character, a generic word (城关, 新华, 公安)
or the name of a lake, mountain or river a town is named after (千岛湖镇 → 千岛湖 names the lake).
"""

from __future__ import annotations

import re

# The 55 minority nationalities. In names they stand before 自治区/自治州/自治县/自治旗/族乡,
# usually with 族 (壮族, 土家族苗族), sometimes without (博尔塔拉蒙古自治州, 伊犁哈萨克自治州).
_NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
    "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_LOOSE, _STRICT = "loose", "strict"
_multi = sorted((n for n in _NATIONALITIES if len(n) > 1), key=len, reverse=True)
_single = [n for n in _NATIONALITIES if len(n) == 1]
# a trailing run of nationality names: multi-character ones with or without 族, one-character ones only with 族
_ETHNIC_TAIL = {
    _LOOSE: re.compile("(?:(?:" + "|".join(_multi) + ")族?|(?:" + "|".join(_single) + ")族|各族)+$"),
    _STRICT: re.compile("(?:(?:" + "|".join(_multi + _single) + ")族|各族)+$"),
}

# Administrative suffixes per level, longest first. The flag says whether a run of nationality
# names before the suffix goes too: "loose" also takes multi-character names without 族
# (博尔塔拉蒙古自治州 → 博尔塔拉), "strict" only names with 族 (三家子满族乡 → 三家子).
_SUFFIXES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "Province": (("特别行政区", None), ("自治区", _LOOSE), ("省", None), ("市", None)),
    "City": (("自治州", _LOOSE), ("地区", None), ("盟", None), ("市", None)),
    "County": (
        ("自治县", _LOOSE), ("自治旗", _LOOSE), ("联合旗", None), ("新区", None), ("林区", None), ("特区", None),
        ("矿区", None), ("县", None), ("区", _STRICT), ("市", None), ("旗", None),
    ),
    "Township": (
        ("街道办事处", None), ("地区办事处", None), ("办事处", None), ("民族苏木", None), ("民族乡", None),
        ("街道", None), ("苏木", _STRICT), ("地区", None), ("乡", _STRICT), ("镇", _STRICT),
    ),
}

# Remainders that would make a short form name a kind of place, a direction or an everyday
# word of government reports rather than one place (城关镇 → 城关, 新华街道 → 新华, 和平区 → 和平,
# 惠民县 → 惠民, 公安县 → 公安). Chosen by hand; the full names (城关镇, 公安县 …) still match.
GENERIC_SHORTS = frozenset(
    """
    城关 城区 城厢 城郊 城中 城东 城西 城南 城北 城内 城外 城镇 老城 新城 古城 县城 市区 郊区 矿区 林区 市中 市南 市北
    东城 西城 南城 北城 东关 西关 南关 北关 东街 西街 南街 北街 中街 东门 西门 南门 北门 东郊 西郊 南郊 北郊
    东部 西部 南部 北部 中部 东方 西方 南方 北方 中心 中央 东山 西山 南山 北山 河东 河西 江东 江南 江北
    新区 新村 新镇 新街 新市 新华 新民 新兴 新生 新建 新集 新庄 新店 新桥
    开发 高新 经济 工业 农业 林业 牧业 渔业 农场 林场 牧场 渔场 园区 科技 创新 发展 建设 振兴 繁荣 复兴 兴隆 兴旺 富强
    人民 解放 和平 胜利 团结 红旗 东风 前进 光明 幸福 友谊 民主 自由 文化 向阳 先锋 曙光 红星 长征 共和 永久 和谐 民族
    建国 跃进 太平 安全 长青 平安 吉祥 富裕 红光 朝阳 黎明 新政 中华 中国 国际 世纪 现代 环城 滨河 滨江 沿江
    火车站 车站 机场 港口 码头 开发区 工业园 示范 试验 实验 合作 保税 管理 街道 社区 乡镇 村镇 城乡 地区 办事处
    资源 比如 公安 友好 通道 中方 安定 延长 互助 工农 宏伟 前锋 平定 南岸 万年 长子 大方 大名 会同 清水 运河 光泽
    温泉 三元 洞口 平和 二七 大观 名山 芙蓉 莲花 富民 惠民 爱民 安居 同心 民权 回民 丰满 平房 小店 灯塔 元宝 宝塔
    高台 钟楼 鼓楼 方正 天台 七星 海棠 天涯 石棉 双桥 龙凤 二道 和顺 麒麟
    """.split()
)
# Township remainders that are common words (in jieba's dictionary with frequency >= 500 and not
# tagged as a place) and not also the name or short form of a county or higher: 大柘镇 → 大柘
# stays, 第一街道 → 第一, 市场镇 → 市场, 健康街道 → 健康 do not.
_TOWNSHIP_COMMON = frozenset(
    """
    一品 一心 万家 万里 三合 三家 三角 上升 上司 上方 上游 丛林 东升 东岳 东岸 两家 两路 中小 中枢 丰产 乌云 乐园 书院
    云雾 五一 五十 五里 五间 交界 交通 仙人 会战 体育场 余下 余家 健康 先进 光华 光荣 光辉 全军 八一 八角 公园 公平 公正
    公民 公道 关上 关公 关门 兴建 冶金 分水岭 创业 劳动 勤劳 化工 北大 北宋 北岸 北魏 南唐 南宋 卫星 双喜 发放 口头 口岸
    台上 司马 合力 后宫 后方 向上 商店 四方 团城 园林 土地 圣水 地方 城墙 城头 城门 大业 大为 大众 大地 大块 大堤 大将
    大战 大明 大树 大楼 大王 大盘 大石 大门 大陆 大顺 天堂 天府 天文 天星 天生 天鹅 太子 头陀 奋斗 好生 妈妈 始建 孔明
    学士 学府 学院 学院路 安静 宏观 官场 宝库 宝石 客店 宽阔 导航 将军 小将 小龙 少林 屈原 山下 山中 山前 山头 山里 岭子
    工人 工程 市场 常绿 平台 平地 平坦 平等 广场 建工 建筑 建设路 开通 徘徊 忠诚 成吉思汗 户部 招商 文化路 文华 文官 文教
    文明 文武 文集 斯大林 新堤 新高 日月 明亮 明星 明珠 星云 星宿 春秋 曲线 更新 杉木 李俊 松树 板栗 枕头 林冲 柏林 栏杆
    树林 核桃 桃花 梅花 棋盘 森工 楼下 欢喜 正直 武术 武林 毛尖 民众 民政 水土 水晶 水源 水稻 沙滩 河流 河边 油田 法官
    洪水 流水 流芳 海边 淡水 清华 清风 湿地 滋润 漕运 火炬 火箭 点头 煤矿 牌坊 牌楼 状元 狮子 王家 王府 玫瑰 珊瑚 珍珠
    球场 琴台 琵琶 瓦屋 甘蔗 电力 留下 白石 白莲 白衣 百官 皇后 皇城 皇宫 相公 石化 石壁 石头 石子 石油 矿山 礼仪 神农
    秦岭 笔架山 第一 第三 第二 第五 第四 红军 红土 红花 纤维 纸坊 纺织 结构 统一 绿化 罐子 老山 老营 联合 联盟 联络 育才
    自立 致富 舍得 航天 航空 芦花 花园 草原 草地 荷叶 葡萄 葫芦 蒲圻 蓝天 行者 街头 西周 西岸 观音 解放路 计划 贝尔 走马岭
    起步 超越 迎接 进化 通天 通衢 通达 都督 酒店 重新 金刚 金星 金殿 金水河 金花 金轮 铁矿 铁路 长久 长官 长期 长老 门楼
    闯王 阳光 隆中 集体 雪山 青年 革新 风水 风采 飞跃 马上 马良 马路 骆驼 骑马 高兴 高基庙 高大 高尚 高峰 鱼池 鲟鱼 鸳鸯
    鹿角 黄土 黄家 黄金 黄鹤楼 龙头
    """.split()
)
# Last characters of a lake's, mountain's, island's or river's name, which a town may bear (千岛湖镇, 莫干山镇).
_FEATURE_LAST = frozenset("湖山岛峰江")
# County-level units that are zones (开发区, 园区, 管理区 …), not places with a short name
_ZONE = re.compile(r"(开发|园|管理|示范|试验|实验|合作|名胜|保税|功能|食品|物流|聚集|新城|管委会|委员会|群岛|海域)区?$")

# last characters of a nationality run (a cheap test before the regex)
_ETHNIC_LAST = frozenset("族" + "".join(n[-1] for n in _NATIONALITIES))
# per level: last character → suffixes ending in it, longest first (a fast dispatch)
_SUFFIX_BY_LAST: dict[str, dict[str, tuple[tuple[str, str | None], ...]]] = {
    level: {last: tuple(x for x in sufs if x[0][-1] == last) for last in {x[0][-1] for x in sufs}}
    for level, sufs in _SUFFIXES.items()
}
# every suffix a short form can lack (lookup probes name + suffix)
PROBE_SUFFIXES = tuple(sorted({suffix for sufs in _SUFFIXES.values() for suffix, _ in sufs} | {"办事处"}))
_NO_SUFFIXES: dict[str, tuple[tuple[str, str | None], ...]] = {}


def short_forms_of(name: str, level: str) -> tuple[str, ...]:
    """Short forms of a division name at a level (no villages, never one character, never generic)."""
    candidates = _SUFFIX_BY_LAST.get(level, _NO_SUFFIXES).get(name[-1:])
    if not candidates:
        return ()
    out: tuple[str, ...] = ()
    matched = ""
    for suffix, ethnic in candidates:
        if len(name) <= len(suffix) or not name.endswith(suffix):
            continue
        matched = suffix
        stem = name[: -len(suffix)]
        if level == "County" and suffix == "旗" and stem[-1] in "前后左右中":
            return _banner_abbreviation(stem)  # 科尔沁右翼前旗 → 科右前旗 (科尔沁右翼前 is no form people write)
        if level == "County" and _ZONE.search(stem):
            return ()  # 经济技术开发区: no short form people write
        if level == "Township" and stem[-1] in _FEATURE_LAST:
            return ()  # 千岛湖镇, 莫干山镇, 富春江镇: written without 镇, the name is the lake, mountain or river
        if ethnic and stem[-1] in _ETHNIC_LAST:
            bare = _ETHNIC_TAIL[ethnic].sub("", stem)
            if len(bare) >= 2:
                stem = bare
            elif ethnic == _LOOSE and stem.endswith("族") and len(stem) >= 3:
                stem = stem[:-1]  # 鄂温克族自治旗 → 鄂温克
        if (
            len(stem) >= 2
            and stem not in GENERIC_SHORTS
            and not (level == "Township" and stem in _TOWNSHIP_COMMON)
            and not stem.isdigit()
        ):
            out = (stem,)
        break
    # 漓东街道办事处 is also written 漓东街道; 管庄地区办事处 also 管庄地区
    if matched in ("街道办事处", "地区办事处"):
        out = (*out, name[:-3])
    # An autonomous prefecture is also written with 州 after its short form: 红河哈尼族彝族自治州 → 红河, 红河州.
    if matched == "自治州" and out:
        out = (*out, out[0] + "州")
    return out


def _banner_abbreviation(stem: str) -> tuple[str, ...]:
    """Give the abbreviation of a banner named by its wing and place (科尔沁右翼前 → 科右前旗, 土默特左 → 土左旗,
    乌拉特前 → 乌前旗): the first character, the wing and the place, then 旗."""
    core = stem.replace("翼", "")
    wing = "".join(c for c in core[1:-1] if c in "左右")
    place = core[-1]
    if len(core) < 3 or len(wing) > 1:
        return ()
    return (core[0] + wing + place + "旗",)
