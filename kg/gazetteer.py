"""Gazetteer of China's administrative divisions (NBS statistical codes), shipped as package data.

``Gazetteer.load()`` reads ``kg/data/gazetteer/divisions.tsv.gz`` (provinces,
cities, counties, townships; ~45,000 rows, a fraction of a second) and nothing
else. Villages (村/社区 level, 620,000 rows) live in one file per province under
``villages/`` and are read only when asked for: ``get()`` of a village code,
``lookup(..., within=...)``, ``children()`` of a county or township, or
``load_villages()``. ``lookup()`` finds villages only where its caller names
the area (``within``, ``villages_in``), so no answer depends on what was read before.

Codes are NBS statistical codes and are prefixes of their descendants' codes:
province ``"33"``, city ``"3311"``, county ``"331123"``, township
``"331123105"``, village ``"331123105231"``. Pseudo levels of the NBS tables
(市辖区, 省直辖县级行政区划, …直辖村级区划) are not divisions here: their children
hang from the next real ancestor, so the parent of a Beijing district is
``"11"`` and the parent of a 东莞 township is ``"4419"``.

The data and how to regenerate it: ``kg/data/gazetteer/SOURCE.md`` and
``kg/tools/regenerate_gazetteer.py``.
"""

from __future__ import annotations

import gzip
import operator
import re
import zlib
from dataclasses import dataclass
from itertools import compress, repeat
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError, ResourceError

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"
LEVELS = ("Province", "City", "County", "Township", "Village")
# How township and village names end (石练镇, 坦洪乡, 云峰街道, 桃合木苏木, 大田村, 飞鹅山社区, 察尔森嘎查);
# the villages' first.
VILLAGE_SUFFIXES = ("村", "社区", "嘎查")
# Units the division tables list beside townships that are sites, not divisions (ANNOTATION.md: a scenic
# area or an industrial park is a Place): 莫干山国际旅游度假区, 井冈山机场, 经济开发区, 国营农场.
ZONE_DIVISION = re.compile(
    r"(?:开发区|度假区|风景区|景区|园区|产业园|工业区|示范区|保税区|经济区|管理区|管委会|机场|农场|林场|牧场|渔场|茶场|良种场|原种场|苗圃|试验场|监狱)$"
)
SMALL_DIVISION_SUFFIXES = (*VILLAGE_SUFFIXES, "镇", "乡", "街道", "苏木")
# Division names that are also everyday words (NBS has townships called 街道, 城区 and 开发区).
GENERIC_NAMES = frozenset("街道 城区 城关 城南 城北 城东 城西 城中 新区 开发区 园区 工业园区 市区 郊区 镇区 社区 新城 老城 中心".split())
_LEVEL_BY_LEN = {2: "Province", 4: "City", 6: "County", 9: "Township", 12: "Village"}
_DIVISIONS_HEADER = "code\tname\tlevel\tparent\tlat\tlon"
_VILLAGES_HEADER = "code\tname\tparent"
_VALID_LEN_LEVEL = frozenset((n, lvl) for n, lvl in _LEVEL_BY_LEN.items() if lvl != "Village")


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division. ``parent`` is None for provinces; lat/lon are WGS84 or None."""

    code: str
    name: str
    level: str
    parent: str | None
    lat: float | None = None
    lon: float | None = None


# --- short forms ----------------------------------------------------------------------

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
_PROBE_SUFFIXES = tuple(sorted({suffix for sufs in _SUFFIXES.values() for suffix, _ in sufs} | {"办事处"}))
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


# --- the gazetteer -------------------------------------------------------------------------


def _read_columns(path: Path, header: str, ncols: int) -> list[list[str]]:
    """The columns of a gzipped TSV file with this header line; ResourceError naming it if unusable."""
    try:
        data = gzip.decompress(path.read_bytes()).decode("utf-8")
    except FileNotFoundError:
        raise ResourceError(f"{path}: gazetteer data file is missing (reinstall kg or regenerate it)") from None
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
        raise ResourceError(f"{path}: gazetteer data file is corrupt ({e})") from e
    if not data.startswith(header + "\n") or not data.endswith("\n"):
        raise ResourceError(f"{path}: gazetteer data file is corrupt (expected header {header!r} and a final newline)")
    body = data[len(header) + 1 : -1]
    if not body:
        raise ResourceError(f"{path}: gazetteer data file is corrupt (no rows)")
    nrows = body.count("\n") + 1
    flat = body.replace("\n", "\t").split("\t")
    if len(flat) != nrows * ncols:
        raise ResourceError(f"{path}: gazetteer data file is corrupt (not {ncols} columns on every line)")
    return [flat[i::ncols] for i in range(ncols)]


class Gazetteer:
    """Provinces, cities, counties and townships of China, with villages loaded per province on demand."""

    def __init__(self, data_dir: Path, names: dict[str, str], parents: dict[str, str],
                 coords: dict[str, tuple[float, float]]) -> None:
        self.data_dir = data_dir
        # code → name / parent code ("" for provinces) / (lat, lon); Division objects are made on demand
        self._name = names
        self._parent = parents
        self._coords = coords
        self._obj: dict[str, Division] = {}
        self._provinces = frozenset(c for c in names if len(c) == 2)
        self._villages_loaded: set[str] = set()
        self._children: dict[str, list[str]] | None = None
        self._full: dict[str, list[str]] | None = None  # full name → codes (lazy)
        self._special: dict[str, list[str]] | None = None  # short forms not of the form short + suffix
        self._shorts: dict[tuple[str, str], tuple[str, ...]] = {}

    @classmethod
    def load(cls, data_dir: Path | None = None) -> "Gazetteer":
        """Read ``divisions.tsv.gz`` of ``data_dir`` (default: the shipped data); villages stay unread."""
        data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
        path = data_dir / "divisions.tsv.gz"
        codes, names, levels, parents, lats, lons = _read_columns(path, _DIVISIONS_HEADER, 6)
        name_of = dict(zip(codes, names))
        parent_of = dict(zip(codes, parents))
        bad = set(zip(map(len, codes), levels)) - _VALID_LEN_LEVEL
        if len(name_of) != len(codes) or bad or "" in name_of.values():
            raise ResourceError(f"{path}: gazetteer data file is corrupt (duplicate code, bad level or empty name)")
        roots = list(compress(codes, map(operator.not_, parents)))
        if (
            not set(parents) - {""} <= name_of.keys()
            or any(len(c) != 2 for c in roots)
            or not all(map(str.startswith, codes, parents))
            or any(map(operator.eq, codes, parents))
        ):
            raise ResourceError(f"{path}: gazetteer data file is corrupt (parent codes do not form a tree)")
        try:
            coords = dict(
                zip(compress(codes, lats), zip(map(float, compress(lats, lats)), map(float, compress(lons, lats))))
            )
        except ValueError as e:
            raise ResourceError(f"{path}: gazetteer data file is corrupt ({e})") from e
        if len(coords) != len(lats) - lats.count("") or lats.count("") != lons.count(""):
            raise ResourceError(f"{path}: gazetteer data file is corrupt (lat without lon or lon without lat)")
        return cls(data_dir, name_of, parent_of, coords)

    # -- villages --

    def load_villages(self, province: str) -> None:
        """Read the villages of one province (2-digit code, e.g. ``"33"``); a no-op if already read."""
        if province in self._villages_loaded:
            return
        if province not in self._provinces:
            raise InputError(f"{province!r} is not the code of a province (two digits such as '33')")
        path = self.data_dir / "villages" / f"{province}.tsv.gz"
        codes, names, parents = _read_columns(path, _VILLAGES_HEADER, 3)
        name_of = self._name
        if (
            set(map(len, codes)) != {12}
            or not all(map(str.startswith, codes, parents))
            or not all(map(str.startswith, codes, repeat(province, len(codes))))
            or not set(parents) <= name_of.keys()
            or any(len(p) >= 12 for p in set(parents))
            or not name_of.keys().isdisjoint(codes)
            or len(set(codes)) != len(codes)
            or "" in names
        ):
            raise ResourceError(f"{path}: gazetteer data file is corrupt (bad village codes or parents)")
        name_of.update(zip(codes, names))
        self._parent.update(zip(codes, parents))
        self._villages_loaded.add(province)
        if self._children is not None:
            ch = self._children
            for c, p in zip(codes, parents):
                ch.setdefault(p, []).append(c)
        if self._full is not None:
            full = self._full
            for c, n in zip(codes, names):
                lst = full.get(n)
                if lst is None:
                    full[n] = [c]
                else:
                    lst.append(c)

    def _ensure_villages_for(self, code: str) -> None:
        prov = code[:2]
        if prov in self._provinces and prov not in self._villages_loaded:
            self.load_villages(prov)

    # -- access --

    def _make(self, code: str) -> Division:
        lat, lon = self._coords.get(code, (None, None))
        return Division(code, self._name[code], _LEVEL_BY_LEN[len(code)], self._parent[code] or None, lat, lon)

    def _division(self, code: str) -> Division:
        d = self._obj.get(code)
        if d is None:
            d = self._obj[code] = self._make(code)
        return d

    def get(self, code: str) -> Division | None:
        """The division with this code, or None; a village code reads its province's villages first."""
        if code not in self._name:
            if not isinstance(code, str) or len(code) != 12:
                return None
            self._ensure_villages_for(code)
            if code not in self._name:
                return None
        return self._division(code)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __len__(self) -> int:
        """Number of divisions held now (villages count once their province is loaded)."""
        return len(self._name)

    def __iter__(self) -> Iterator[Division]:
        """The divisions held now, in code order."""
        obj = self._obj
        return (obj.get(c) or self._make(c) for c in sorted(self._name))

    def ancestors(self, code: str) -> list[Division]:
        """Parent first, up to the province; empty for a province or an unknown code."""
        if self.get(code) is None:
            return []
        out = []
        p = self._parent[code]
        while p:
            out.append(self._division(p))
            p = self._parent[p]
        return out

    def children(self, code: str) -> list[Division]:
        """The divisions whose parent is ``code``, sorted by code (villages read as needed)."""
        if len(code) >= 6:
            self._ensure_villages_for(code)
        if self._children is None:
            ch: dict[str, list[str]] = {}
            for c, p in self._parent.items():
                if p:
                    ch.setdefault(p, []).append(c)
            self._children = ch
        return [self._division(c) for c in sorted(self._children.get(code, ()))]

    def short_forms(self, division: Division) -> tuple[str, ...]:
        """Short forms of a division's name (遂昌县 → 遂昌); none for villages."""
        key = (division.name, division.level)
        s = self._shorts.get(key)
        if s is None:
            s = self._shorts[key] = short_forms_of(division.name, division.level)
        return s

    def _short_forms_code(self, code: str) -> tuple[str, ...]:
        level = _LEVEL_BY_LEN[len(code)]
        if level == "Village":
            return ()
        key = (self._name[code], level)
        s = self._shorts.get(key)
        if s is None:
            s = self._shorts[key] = short_forms_of(key[0], level)
        return s

    def _indexes(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """(full name → codes, special short form → codes), built on first use.

        Every short form is the full name less one of the suffixes in ``_PROBE_SUFFIXES``
        (遂昌 + 县), except those that also drop nationality names (广西 + 壮族自治区); only
        the latter are indexed, the former are found by probing ``name + suffix``.
        """
        if self._full is None or self._special is None:
            full: dict[str, list[str]] = {}
            get = full.get
            for code, name in self._name.items():
                lst = get(name)
                if lst is None:
                    full[name] = [code]
                else:
                    lst.append(code)
            special: dict[str, list[str]] = {}
            for code, name in self._name.items():
                if len(code) < 12 and ("族" in name or "自治" in name or name.endswith("旗")):
                    for s in self._short_forms_code(code):
                        if not (name.startswith(s) and name[len(s):] in _PROBE_SUFFIXES):
                            special.setdefault(s, []).append(code)
            self._full, self._special = full, special
        return self._full, self._special

    def _matches(self, name: str) -> set[str]:
        full, special = self._indexes()
        codes = set(full.get(name, ()))
        codes.update(special.get(name, ()))
        for suffix in _PROBE_SUFFIXES:
            for code in full.get(name + suffix, ()):
                if len(code) < 12 and name in self._short_forms_code(code):
                    codes.add(code)
        return codes

    def lookup(self, name: str, *, within: str | None = None, villages_in: str | None = None) -> list[Division]:
        """Divisions whose full name or a short form equals ``name``, sorted by code.

        Villages are found only where the caller says: inside ``within`` (a division code,
        which also keeps only its descendants) or in the province ``villages_in`` (two
        digits; townships and higher stay country-wide). Their villages are read first,
        so the answer never depends on which provinces earlier lookups read.
        """
        places = [p for p in (within, villages_in) if p is not None]
        for code in places:
            self._ensure_villages_for(code)
        codes = {c for c in self._matches(name) if len(c) < 12 or any(c.startswith(p) for p in places)}
        if within is not None:
            codes = {c for c in codes if c != within and c.startswith(within)}
        return [self._division(c) for c in sorted(codes)]

    def names(self, *, levels: Iterable[str] = ("Province", "City", "County", "Township")) -> Iterator[str]:
        """Every full name and short form at these levels, each once, in code order (for a segmenter dictionary).

        Villages are not listed: 620,000 names read per province would make the list depend on
        which provinces were read before.
        """
        wanted = set(levels)
        unknown = wanted - set(LEVELS[:-1])
        if unknown:
            raise InputError(f"names() lists no level(s) {sorted(unknown)}; it lists {LEVELS[:-1]}")
        lens = {n for n, lvl in _LEVEL_BY_LEN.items() if lvl in wanted}
        seen: set[str] = set()
        for code in sorted(self._name):
            if len(code) not in lens:
                continue
            for n in (self._name[code], *self._short_forms_code(code)):
                if n not in seen and len(n) >= 2:
                    seen.add(n)
                    yield n
