"""Tests of kg.view: the data that goes into the page, and the page itself in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.stats import entity_graph
from kg.browser import Browser
from kg.view import (MAX_DRAWN, build_network, filter_graph, layout, page_html, render_html, script_json,
                     synthetic_graph, write_html)

from test_stats import TTL

ARTIFACTS = Path(__file__).parent / "artifacts"
HOSTILE = "<img src=x onerror=alert(1)>改革"
needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium not installed (tests/run.sh installs it)")


@pytest.fixture()
def graph():
    return entity_graph(pyoxigraph.parse(TTL, format=pyoxigraph.RdfFormat.TURTLE))


def _data(page: str) -> dict:
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_view_script_json_escapes_markup():
    text = script_json({"label": "</script><img src=x onerror=alert(1)>&amp;"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"label": "</script><img src=x onerror=alert(1)>&amp;"}


def test_view_page_is_self_contained_and_deterministic(graph):
    page = render_html(graph)
    assert page == render_html(graph)
    assert not re.search(r"<(?:script|link|img|iframe)[^>]*\b(?:src|href)\s*=", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page)
    assert "Noto Sans CJK SC" in page and "浦江县" in page
    data = _data(page)
    assert len(data["nodes"]) == 7 and len(data["edges"]) == 8
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_view_hostile_label_never_reaches_the_page_as_markup(graph):
    graph.nodes["https://w3id.org/cn-gov-kg/id/program/p1"]["label"] = HOSTILE
    page = render_html(graph)
    assert HOSTILE not in page and "<img" not in page
    assert [n["label"] for n in _data(page)["nodes"] if n["label"] == HOSTILE]


def test_view_edges_carry_evidence_with_report_and_year(graph):
    data = _data(render_html(graph))
    quoted = [e for e in data["edges"] if e["evidence"]]
    assert [(e["relation"], e["evidence"]) for e in quoted] == [
        ("receivedAward", [["浦江县成功创建国家生态县。", 0, 2019]]), ("implements", [["深化五水共治。", 0, 2019]])]
    assert data["reports"] == ["2020年浦江县政府工作报告"]


@pytest.mark.parametrize("options, labels", [
    ({"types": ["Award"]}, {"国家生态县", "省级文明县城"}),
    ({"year": 2019}, {"浦江县", "国家生态县", "五水共治"}),
    ({"focus": "武义县"}, {"武义县", "省级文明县城", "五水共治", "金华市"}),
    ({"focus": "浦江", "types": ["Locality", "Award"]}, {"浦江县", "国家生态县", "省级文明县城", "金华市"}),
    ({"min_degree": 3}, {"浦江县", "武义县"}),
])
def test_view_filter_graph(graph, options, labels):
    assert {d["label"] for _, d in filter_graph(graph, **options).nodes(data=True)} == labels


def test_view_filter_graph_errors_name_the_problem(graph):
    with pytest.raises(InputError, match="no entity named '无此地'"):
        filter_graph(graph, focus="无此地")
    with pytest.raises(InputError, match="unknown entity type"):
        filter_graph(graph, types=["Awards"])


def test_view_layout_of_big_graph_places_every_node_reproducibly(monkeypatch):
    monkeypatch.setattr("kg.view.SPRING_LIMIT", 60)
    g = synthetic_graph(600)
    pos = layout(g)
    assert set(pos) == set(g) and pos == layout(g)
    assert len(set(pos.values())) == len(pos)


def test_view_cli_viz_writes_utf8_page(tmp_path):
    (tmp_path / "graph.ttl").write_text(TTL, encoding="utf-8")
    out = tmp_path / "v.html"
    result = CliRunner().invoke(main, ["viz", "--graph", str(tmp_path / "graph.ttl"), "--out", str(out), "--type", "Locality,Award"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote: {out}\n"
    assert {n["group"] for n in _data(out.read_bytes().decode("utf-8"))["nodes"]} == {"Locality", "Award"}
    result = CliRunner().invoke(main, ["viz", "--graph", str(tmp_path), "--out", str(out), "--focus", "无此地"])
    assert result.exit_code == 1 and result.output == "Error: no entity named '无此地' in the graph\n"


# ---- in a real browser

def _assert_clean(browser: Browser) -> None:
    assert browser.errors == [], browser.errors
    assert browser.failures == [], browser.failures
    assert browser.dialogs == [], browser.dialogs
    external = [u for u in browser.requests if not u.startswith(("file:", "data:", "about:"))]
    assert external == [] and len(browser.requests) == 1, browser.requests


@pytest.fixture(scope="module")
def sample_view(sample_build, tmp_path_factory):
    """The page `kg build` writes for the sample corpus (conftest's shared build), and its entity graph."""
    html = write_html(render_html(sample_build.quads), tmp_path_factory.mktemp("sample") / "graph.html")
    return html, entity_graph(sample_build.quads)


@pytest.mark.slow
@needs_chromium
def test_view_sample_build_draws_every_node_offline(sample_view):
    html, graph = sample_view
    assert graph.number_of_nodes() <= MAX_DRAWN
    with Browser() as b:
        first_frame = b.open(html)
        assert b.evaluate("kgView.nodeCount()") == graph.number_of_nodes()
        assert b.evaluate("document.body.dataset.kgNodes") == str(graph.number_of_nodes())
        assert b.evaluate("kgView.edgeCount()") == graph.number_of_edges()
        b.screenshot(ARTIFACTS / "view_sample.png")
        assert b.evaluate("kgView.search('浦江县')") == ["浦江县"]
        assert "浦江县" in b.evaluate("document.getElementById('kg-panel').textContent")
        b.screenshot(ARTIFACTS / "view_sample_search.png")
        awards = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Award")
        assert b.evaluate("kgView.filter({types: ['Award']})") == awards
        _assert_clean(b)
    assert first_frame > 0


@pytest.mark.slow
@needs_chromium
def test_view_hostile_label_stays_inert_text(tmp_path):
    from kg.build import Settings, run

    (tmp_path / "r.txt").write_text("2020年遂昌县政府工作报告\n\n一、2019年工作回顾\n\n"
                                   f"2019年,遂昌县深入实施{HOSTILE},推进“最多跑一次”改革。\n", encoding="utf-8")
    (tmp_path / "lex.tsv").write_text(f"Program\t{HOSTILE}\n", encoding="utf-8")
    result = run([tmp_path / "r.txt"], Settings(lexicons=(tmp_path / "lex.tsv",)))
    graph = entity_graph(result.quads)
    assert HOSTILE in {d["label"] for _, d in graph.nodes(data=True)}
    html = write_html(render_html(result.quads), tmp_path / "graph.html")
    with Browser() as b:
        b.open(html)
        assert b.evaluate("kgView.search(%s)" % json.dumps(HOSTILE)) == [HOSTILE]
        panel = b.evaluate("document.getElementById('kg-panel').textContent")
        assert HOSTILE in panel
        assert b.evaluate("document.querySelectorAll('img').length") == 0
        b.screenshot(ARTIFACTS / "view_hostile.png")
        _assert_clean(b)


@pytest.mark.slow
@needs_chromium
def test_view_20k_nodes_first_frame(tmp_path):
    """Benchmark, not a timed assertion: the number goes to tests/artifacts/view_first_frame.txt."""
    html = write_html(page_html(build_network(synthetic_graph(20_000))), tmp_path / "big.html")
    with Browser() as b:
        seconds = b.open(html)
        assert b.evaluate("kgView.nodeCount()") == MAX_DRAWN
        b.evaluate("kgView.search('地区19999号')")
        assert "地区19999号" in b.evaluate("document.getElementById('kg-panel').textContent")
        b.screenshot(ARTIFACTS / "view_20k.png")
        _assert_clean(b)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "view_first_frame.txt").write_text(f"20000 nodes: first interactive frame after {seconds:.2f} s\n", encoding="utf-8")
    print(f"20k-node view: first interactive frame after {seconds:.2f} s")
