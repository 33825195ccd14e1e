"""Tests of kg.stats: the entity graph, rankings, aligned tables, Gephi exports, `kg stats`."""

from __future__ import annotations

import networkx as nx
import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.stats import (communities, display_width, entity_graph, export, load_quads, localities_by_awards,
                      programs_by_localities, report_lines, table, top_lines)

TTL = """
@prefix kg: <https://w3id.org/cn-gov-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix locality: <https://w3id.org/cn-gov-kg/id/locality/> .
@prefix award: <https://w3id.org/cn-gov-kg/id/award/> .
@prefix program: <https://w3id.org/cn-gov-kg/id/program/> .
@prefix report: <https://w3id.org/cn-gov-kg/id/report/> .
@prefix evidence: <https://w3id.org/cn-gov-kg/id/evidence/> .

locality:330726 a kg:Locality, kg:County ; rdfs:label "浦江县"@zh ; skos:altLabel "浦江"@zh ; kg:divisionCode "330726" .
locality:330723 a kg:Locality, kg:County ; rdfs:label "武义县"@zh ; kg:divisionCode "330723" .
locality:330700 a kg:Locality, kg:City ; rdfs:label "金华市"@zh ; kg:divisionCode "330700" .
award:a1 a kg:Award ; rdfs:label "国家生态县"@zh .
award:a2 a kg:Award ; rdfs:label "省级文明县城"@zh .
program:p1 a kg:Program ; rdfs:label "五水共治"@zh .
program:p2 a kg:Program ; rdfs:label "河长制"@zh .
report:r1 a kg:Report ; dcterms:title "2020年浦江县政府工作报告"@zh ; kg:yearUnderReview "2019"^^xsd:gYear .

locality:330726 kg:receivedAward award:a1, award:a2 ; kg:implements program:p1, program:p2 ; kg:partOf locality:330700 .
locality:330723 kg:receivedAward award:a2 ; kg:implements program:p1 ; kg:partOf locality:330700 .

evidence:e1 a kg:Evidence ; rdf:subject locality:330726 ; rdf:predicate kg:receivedAward ; rdf:object award:a1 ;
    kg:quote "浦江县成功创建国家生态县。"@zh ; kg:year "2019"^^xsd:gYear ; prov:wasDerivedFrom report:r1 .
evidence:e2 a kg:Evidence ; rdf:subject locality:330726 ; rdf:predicate kg:implements ; rdf:object program:p1 ;
    kg:quote "深化五水共治。"@zh ; prov:wasDerivedFrom report:r1 .
"""


@pytest.fixture()
def quads():
    return list(pyoxigraph.parse(TTL, format=pyoxigraph.RdfFormat.TURTLE))


@pytest.fixture()
def graph(quads):
    return entity_graph(quads)


def test_stats_entity_graph_nodes_edges_and_evidence(graph):
    assert graph.number_of_nodes() == 7 and graph.number_of_edges() == 8
    pujiang = graph.nodes["https://w3id.org/cn-gov-kg/id/locality/330726"]
    assert (pujiang["label"], pujiang["type"], pujiang["aliases"], pujiang["code"], pujiang["level"]) == (
        "浦江县", "Locality", ["浦江"], "330726", "County")
    edge = graph.edges["https://w3id.org/cn-gov-kg/id/locality/330726", "https://w3id.org/cn-gov-kg/id/award/a1", "receivedAward"]
    assert [(q.text, q.report, q.year) for q in edge["evidence"]] == [("浦江县成功创建国家生态县。", "2020年浦江县政府工作报告", 2019)]
    assert edge["years"] == [2019]
    # without kg:year, the evidence takes the report's year under review
    edge = graph.edges["https://w3id.org/cn-gov-kg/id/locality/330726", "https://w3id.org/cn-gov-kg/id/program/p1", "implements"]
    assert edge["years"] == [2019]


def test_stats_rankings(graph):
    assert localities_by_awards(graph) == [("浦江县", "Locality", 2), ("武义县", "Locality", 1)]
    assert programs_by_localities(graph) == [("五水共治", "Program", 2), ("河长制", "Program", 1)]
    assert programs_by_localities(graph, 1) == [("五水共治", "Program", 2)]


def test_stats_communities_are_reproducible(graph):
    first = communities(graph)
    assert first == communities(graph)
    assert sum(size for size, _ in first) == 7


@pytest.mark.parametrize("text, width", [("abc", 3), ("浦江县", 6), ("A级景区", 7), ("", 0), ("（全角）", 8)])
def test_stats_display_width(text, width):
    assert display_width(text) == width


def test_stats_table_aligns_by_display_width():
    lines = table(["名称", "n"], [["浦江县", 12], ["A县", 3]])
    widths = {display_width(line) for line in lines}
    assert len(widths) == 1, lines
    assert lines[2].endswith("12") and lines[3].endswith(" 3")


def test_stats_report_and_top_lines(quads):
    text = "\n".join(report_lines(quads, 5))
    for title in ("Localities by awards received", "Programs by implementing localities", "Most central entities", "Communities"):
        assert title in text
    assert top_lines(quads, 1) == ["Top localities by awards: 浦江县 2", "Top programs by localities: 五水共治 2",
                                   "Most central: 浦江县 (Locality, degree 5)"]


def test_stats_exports_open_in_networkx(graph, tmp_path):
    written = export(graph, graphml=tmp_path / "g.graphml", gexf=tmp_path / "g.gexf")
    assert [p.name for p in written] == ["g.graphml", "g.gexf"]
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == 7 and back.nodes["https://w3id.org/cn-gov-kg/id/locality/330726"]["aliases"] == "浦江"
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == 8


def test_stats_cli_prints_tables_and_exports(tmp_path):
    (tmp_path / "graph.ttl").write_text(TTL, encoding="utf-8")
    result = CliRunner().invoke(main, ["stats", "--graph", str(tmp_path), "--top", "2", "--gexf", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0, result.output
    assert "浦江县" in result.output and f"Wrote: {tmp_path / 'g.gexf'}" in result.output


def test_stats_cli_missing_graph_is_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--graph", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "run `kg build` first" in result.output


def test_stats_load_quads_reads_a_build_folder(tmp_path):
    (tmp_path / "graph.ttl").write_text(TTL, encoding="utf-8")
    assert len(load_quads(tmp_path)) == len(load_quads(tmp_path / "graph.ttl")) > 0
