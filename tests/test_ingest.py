"""Reading stage: reports, metadata, encodings, markup, furniture, sentences and overrides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kg.build
from kg.errors import InputError
from kg.ingest import read_meta, read_reports
from conftest import MIXED_BAD, MIXED_GOOD, markdown_report, seed_path, seed_text


def _seed(report) -> str:
    return Path(report.source).name[:3]


def _home(extraction, report):
    return extraction.entities[extraction.homes[report.id]]


# --- 1. the sample corpus: 14 reports with the right home and year ---

# (seed, home locality, division code, year under review), in file order; read off the texts.
SAMPLE_REPORTS = [
    ("000", "遂昌县", "331123", 2019),
    ("001", "永康市", "330784", 2018),
    ("001", "坦洪乡", "330723203", 2019),
    ("001", "浦江县", "330726", 2020),
    ("001", "大田乡", "330723200", 2018),
    ("001", "大田乡", "330723200", 2019),
    ("001", "俞源乡", "330723202", 2018),
    ("001", "履坦镇", "330723101", 2019),
    ("001", "履坦镇", "330723101", 2018),
    ("001", "金华市", "3307", 2018),
    ("001", "金华市", "3307", 2019),
    ("002", "开化县", "330824", 2022),
    ("003", "常山县", "330822", 2023),
    ("004", "永康市", "330784", 2020),
]


def test_ingest_sample_corpus_gives_fourteen_reports(sample_build):
    x = sample_build.extraction
    assert len(x.reports) == 14
    assert x.failures == []
    assert x.files == 5


@pytest.mark.parametrize("position,seed,home,code,year", [(i, *row) for i, row in enumerate(SAMPLE_REPORTS)])
def test_ingest_sample_report_home_and_year(sample_build, position, seed, home, code, year):
    x = sample_build.extraction
    ordered = sorted(x.reports, key=lambda r: (_seed(r), r.index))
    report = ordered[position]
    assert _seed(report) == seed
    entity = _home(x, report)
    assert (entity.label, entity.code, report.meta.year) == (home, code, year)


@pytest.mark.parametrize("seed,index,field,expected", [
    ("001", 0, "date", "2019-02-27"),
    ("001", 0, "speaker", "朱志杰"),
    ("001", 0, "role", "市长"),
    ("001", 0, "meeting", "永康市第十七届人民代表大会第三次会议"),
    ("003", 0, "speaker", "王永明"),
    ("003", 0, "role", "县长"),
    ("003", 0, "date", "2024-01-29"),
    ("001", 9, "date", "2020-04-26"),
])
def test_ingest_sample_report_metadata(sample_build, seed, index, field, expected):
    (report,) = [r for r in sample_build.extraction.reports if _seed(r) == seed and r.index == index]
    assert getattr(report.meta, field) == expected


# --- 2. mixed encodings and markup; bad files are reported, good ones built ---

@pytest.fixture(scope="module")
def mixed_build(mixed_folder):
    return kg.build.run([mixed_folder], kg.build.Settings(html=False))


def _reports_of_file(extraction, name):
    return [r for r in extraction.reports if Path(r.source).name == name]


@pytest.mark.parametrize("name", sorted(MIXED_GOOD))
def test_ingest_mixed_folder_builds_each_good_file(mixed_build, name):
    seed, home, code, year = MIXED_GOOD[name]
    x = mixed_build.extraction
    (report,) = _reports_of_file(x, name)
    entity = _home(x, report)
    assert (entity.label, entity.code, report.meta.year) == (home, code, year)


def test_ingest_mixed_folder_counts(mixed_build):
    x = mixed_build.extraction
    assert x.files == len(MIXED_GOOD)
    assert len(x.reports) == len(MIXED_GOOD)
    assert len(x.failures) == len(MIXED_BAD)


@pytest.mark.parametrize("name,reason", sorted(MIXED_BAD.items()))
def test_ingest_mixed_folder_names_each_bad_file_with_reason(mixed_build, name, reason):
    lines = [str(f) for f in mixed_build.extraction.failures if name in str(f)]
    assert len(lines) == 1, [str(f) for f in mixed_build.extraction.failures]
    assert reason in lines[0]
    assert "\n" not in lines[0]


def test_ingest_mixed_folder_empty_subfolder_is_no_failure(mixed_build):
    assert not [f for f in mixed_build.extraction.failures if "h_empty_folder" in str(f)]


@pytest.mark.parametrize("name,seed", [("a_gb18030.txt", "003"), ("b_utf16.txt", "002"), ("c_utf8bom.txt", "000")])
def test_ingest_encoding_loses_nothing(mixed_build, sample_build, name, seed):
    (decoded,) = _reports_of_file(mixed_build.extraction, name)
    (original,) = [r for r in sample_build.extraction.reports if _seed(r) == seed]
    assert [s.text for s in decoded.sentences] == [s.text for s in original.sentences]


def test_ingest_utf8_bom_offsets_point_into_the_decoded_file(mixed_build, mixed_folder):
    (report,) = _reports_of_file(mixed_build.extraction, "c_utf8bom.txt")
    text = (mixed_folder / "c_utf8bom.txt").read_bytes().decode("utf-8-sig")
    assert all(text[s.start:s.end] == s.text for s in report.sentences)


def _squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_ingest_html_keeps_every_paragraph(mixed_build):
    (report,) = _reports_of_file(mixed_build.extraction, "d_page.html")
    joined = _squeeze("".join(s.text for s in report.sentences))
    for line in seed_text("004").splitlines():
        if line.strip():
            assert _squeeze(line) in joined


@pytest.mark.parametrize("junk", ["<", ">", "&nbsp;", "nbsp", "\xa0", "color", "alert", "var tip", "投稿", "导航菜单", "验证码", "首页", "版权所有", "产业园区网"])
def test_ingest_html_drops_markup_script_style_nav(mixed_build, junk):
    (report,) = _reports_of_file(mixed_build.extraction, "d_page.html")
    assert not [s.text for s in report.sentences if junk in s.text]
    assert junk not in report.meta.title


def test_ingest_markdown_emphasis_is_removed(mixed_build):
    (report,) = _reports_of_file(mixed_build.extraction, "e_notes.md")
    _, emphasised = markdown_report()
    assert not [s.text for s in report.sentences if "*" in s.text or "#" in s.text]
    assert emphasised in [s.text for s in report.sentences]


# --- 3. website furniture never reaches the graph ---

FURNITURE = ["投稿", "本文地址", "留言与评论", "400-162-2002", "验证码", "产业园区网", "导航菜单"]


@pytest.mark.parametrize("junk", FURNITURE)
def test_ingest_furniture_not_in_any_literal(sample_build, junk):
    from pyoxigraph import Literal

    hits = {q.object.value for q in sample_build.quads if isinstance(q.object, Literal) and junk in q.object.value}
    assert not hits


@pytest.mark.parametrize("junk", [*FURNITURE, "2025-07-08"])
def test_ingest_furniture_not_in_any_sentence(sample_build, junk):
    hits = [s.text for r in sample_build.extraction.reports for s in r.sentences if junk in s.text]
    assert not hits


# --- 4. sentences keep their offsets; long lines are split; headings and plan sections ---

@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_ingest_sentence_offsets_slice_the_source(sample_build, seed):
    text = seed_text(seed)
    reports = [r for r in sample_build.extraction.reports if _seed(r) == seed]
    assert reports
    bad = [(s.start, s.end, s.text[:30]) for r in reports for s in r.sentences if text[s.start:s.end] != s.text]
    assert not bad


def test_ingest_long_lines_are_split_into_sentences(sample_build):
    # Seed 001 holds each report on one line of 5,000 to 20,800 characters.
    assert max(len(line) for line in seed_text("001").splitlines()) > 20000
    reports = [r for r in sample_build.extraction.reports if _seed(r) == "001"]
    assert len(reports) == 10
    longest = max(len(s.text) for r in reports for s in r.sentences)
    assert longest < 1000


# (report index in seed 001, review heading, plan heading), read off the text.
PLAN_SECTIONS = [
    (0, "一、2018年主要工作回顾", "二、2019年目标任务和重点工作"),
    (1, "一、2019年工作回顾", "二、2020年主要目标任务"),
    (3, "一、2018年工作回顾", "二、2019年工作主要目标任务"),
    (4, "一、2019年工作回顾", "二、2020年工作主要目标任务"),
    (6, "一、2019年工作回顾", "二、2020年主要目标和工作"),
    (7, "一、2018年工作回顾", "二、2019年主要目标和工作"),
    (8, "一、2018年工作回顾", "二、2019年目标任务和重点工作"),
    (9, "一、2019年工作回顾", "二、2020年工作总体要求和目标任务"),
]
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")


def _report_001(sample_build, index):
    (report,) = [r for r in sample_build.extraction.reports if _seed(r) == "001" and r.index == index]
    return report


@pytest.mark.parametrize("index,review,plan", PLAN_SECTIONS)
def test_ingest_headings_are_sentences_of_their_own(sample_build, index, review, plan):
    texts = [s.text for s in _report_001(sample_build, index).sentences]
    assert review in texts
    assert plan in texts


@pytest.mark.parametrize("index,heading", [
    (0, "(一)坚持守住底线,“两链”风险化解取得决定性成果。"),
    (1, "(一)提升产业能级,经济发展显成效。"),
    (3, "(一)加快城乡建设步伐,优化改善乡容村貌。"),
    (5, "一、产业结构持续优化发展质量稳步提升"),
    (5, "(一)农业生产稳步增长。"),
])
def test_ingest_sub_headings_are_sentences_of_their_own(sample_build, index, heading):
    assert heading in [s.text for s in _report_001(sample_build, index).sentences]


@pytest.mark.parametrize("index,review,plan", PLAN_SECTIONS)
def test_ingest_plan_section_is_marked_planning(sample_build, index, review, plan):
    sentences = _report_001(sample_build, index).sentences
    texts = [s.text for s in sentences]
    r, p = texts.index(review), texts.index(plan)
    assert r < p
    assert not [s.text for s in sentences[r + 1:p] if s.planning], "review section marked as planning"
    after = []
    for s in sentences[p + 1:]:
        if _TOP_HEADING.match(s.text):
            break
        after.append(s)
    assert after
    assert all(s.planning for s in after), [s.text[:30] for s in after if not s.planning][:5]


# --- 5. overrides: sidecar files ---

@pytest.mark.parametrize(
    "title, home",
    [
        ("五马街道2021年工作总结和2022年工作思路", "五马街道"),
        ("遂昌县2019年度工作报告", "遂昌县"),
        # a village's summary names the village last, after its county and township (the linker resolves the chain)
        ("东阳市南马镇花园村2022年工作总结和2023年工作思路", "东阳市南马镇花园村"),
        ("下姜村2020年工作总结", "下姜村"),
        # or its whole chain from the province, in a title of more than thirty characters
        ("山西省晋中市昔阳县大寨镇大寨村2021年工作总结和2022年工作计划", "山西省晋中市昔阳县大寨镇大寨村"),
        ("关于全市2019年工作总结", ""),
        ("2019年工作总结", ""),
    ],
)
def test_ingest_title_that_opens_with_the_division_names_the_home(title, home):
    text = f"{title}\n\n一、2019年主要工作\n一年来，我们扎实推进各项工作。\n"
    assert read_meta("", text).home_name == home


def test_ingest_sidecar_overrides_home_and_year(tmp_path):
    source = tmp_path / "changshan.txt"
    source.write_bytes(seed_path("003").read_bytes())
    (tmp_path / "changshan.txt.kg.json").write_text(json.dumps({"home": "遂昌县", "year": 2018}, ensure_ascii=False), encoding="utf-8")
    x = kg.build.run([tmp_path], kg.build.Settings(html=False)).extraction
    assert x.failures == []
    assert x.files == 1  # the sidecar is not read as a report
    (report,) = x.reports
    entity = _home(x, report)
    assert (entity.label, entity.code, report.meta.year) == ("遂昌县", "331123", 2018)


def test_ingest_sidecar_read_without_build(tmp_path):
    source = tmp_path / "changshan.txt"
    source.write_bytes(seed_path("003").read_bytes())
    before = read_reports(source)
    assert (before[0].meta.home_name, before[0].meta.year) == ("常山县", 2023)
    (tmp_path / "changshan.txt.kg.json").write_text('{"home": "遂昌县", "year": 2018}', encoding="utf-8")
    (after,) = read_reports(source)
    assert (after.meta.home_name, after.meta.year) == ("遂昌县", 2018)


@pytest.mark.parametrize("content", [
    '{"home": "遂昌县", "year": 2018',  # not JSON
    '{"home": "遂昌县", "year": "2018"}',  # year as a string
    '{"year": 1800}',  # not a plausible year
    '{"home": 331123}',  # home not a name
    '["遂昌县", 2018]',  # not an object
    '',  # empty
])
def test_ingest_malformed_sidecar_is_an_input_error_naming_it(tmp_path, content):
    source = tmp_path / "changshan.txt"
    source.write_bytes(seed_path("003").read_bytes())
    sidecar = tmp_path / "changshan.txt.kg.json"
    sidecar.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_reports(source)
    assert str(sidecar) in str(caught.value)
