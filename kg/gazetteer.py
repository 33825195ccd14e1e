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
from kg.short_forms import PROBE_SUFFIXES, short_forms_of

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"
LEVELS = ("Province", "City", "County", "Township", "Village")
# Levels from the top: 0 for a province, 4 for a village.
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
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
GENERIC_NAMES = frozenset("街道 城区 城关 城南 城北 城东 城西 城中 新区 开发区 园区 工业园区 市区 郊区 镇区 社区 新城 老城 中心 "
                          "经济技术开发区 经济开发区 高新技术产业开发区 高新技术开发区 高新区 经开区 工业集中区 产业集聚区".split())
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

    def written_forms(self, division: Division) -> set[str]:
        """The ways a text writes a division: its full name and its short forms (遂昌县, 遂昌)."""
        return {division.name, *self.short_forms(division)}

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

        Every short form is the full name less one of the suffixes in ``PROBE_SUFFIXES``
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
                        if not (name.startswith(s) and name[len(s):] in PROBE_SUFFIXES):
                            special.setdefault(s, []).append(code)
            self._full, self._special = full, special
        return self._full, self._special

    def _matches(self, name: str) -> set[str]:
        full, special = self._indexes()
        codes = set(full.get(name, ()))
        codes.update(special.get(name, ()))
        for suffix in PROBE_SUFFIXES:
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
