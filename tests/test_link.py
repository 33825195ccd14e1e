"""Linking on a report composed for the test: a home written with its city, a village name many counties share."""

from __future__ import annotations

import pytest

from kg.build import Settings, run

REPORT = """2022年临安区人民政府工作报告
——2022年1月12日在杭州市临安区第二届人民代表大会第一次会议上
杭州市临安区人民政府区长 张三丰
一、2021年工作回顾
过去一年，我区成功创建国家生态文明建设示范区。白沙村入选首批全国乡村旅游重点村，太湖源镇、天目山镇被评为省级美丽城镇样板镇。临安山核桃荣获中国地理标志产品称号。深入推进“最多跑一次”改革。
二、2022年工作安排
力争创成国家全域旅游示范区。
"""


@pytest.fixture(scope="module")
def linan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("linan")
    (folder / "linan.txt").write_text(REPORT, encoding="utf-8")
    return run([folder], Settings(html=False)).extraction


def _facts(x):
    return {(x.entities[r.subject].label, r.predicate, x.entities[r.object].label) for r in x.relations}


def test_link_home_written_with_its_city(linan):
    (report,) = linan.reports
    home = linan.entities[linan.homes[report.id]]
    assert (home.label, home.code) == ("临安区", "330112")


def test_link_shared_village_name_resolves_inside_the_home(linan):
    village = next(e for e in linan.entities.values() if e.label == "白沙村")
    assert village.code and village.code.startswith("330112")
    assert ("白沙村", "receivedAward", "全国乡村旅游重点村") in _facts(linan)


def test_link_list_subjects_and_home_subject(linan):
    facts = _facts(linan)
    assert {("太湖源镇", "receivedAward", "省级美丽城镇样板镇"), ("天目山镇", "receivedAward", "省级美丽城镇样板镇"),
            ("临安区", "receivedAward", "国家生态文明建设示范区"), ("临安区", "implements", "最多跑一次")} <= facts


def test_link_product_subject_gives_no_award_to_the_home(linan):
    # 临安山核桃 (a product) won the title, not the district.
    assert not any(p == "receivedAward" and "地理标志" in o for _, p, o in _facts(linan))


def test_link_planned_title_is_not_received(linan):
    assert not any(p == "receivedAward" and "全域旅游" in o for _, p, o in _facts(linan))
