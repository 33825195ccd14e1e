"""SHACL validation: a hand-written graph conforms, and each hand-broken variant is caught."""

from __future__ import annotations

from decimal import Decimal
from typing import Callable

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace
from rdflib.namespace import RDF, RDFS

from kg.errors import InputError
from kg.rdf.validate import ValidationReport, Violation, format_violation, validate
from kg.rdf.vocab import DCTERMS, GEO, KG, KGR, PROV

GOOD = """
@base <https://w3id.org/cn-gov-kg/id/> .
@prefix kg:      <https://w3id.org/cn-gov-kg/ontology#> .
@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix geo:     <http://www.w3.org/2003/01/geo/wgs84_pos#> .

<locality/331123> a kg:Locality , kg:County ;
    rdfs:label "遂昌县"@zh ;
    skos:altLabel "遂昌"@zh ;
    kg:divisionCode "331123" ;
    geo:lat 28.59 ;
    geo:long 119.27 ;
    kg:implements <program/dabankuaiju> .

<locality/331123105201> a kg:Locality , kg:Village ;
    rdfs:label "红星坪村"@zh ;
    kg:divisionCode "331123105201" ;
    kg:partOf <locality/331123> ;
    kg:receivedAward <award/rural-tourism-village> .

<program/dabankuaiju> a kg:Program ;
    rdfs:label "大搬快聚"@zh ;
    skos:altLabel "大搬快聚富民安居"@zh .

<award/rural-tourism-village> a kg:Award ;
    rdfs:label "全国乡村旅游重点村"@zh .

<project/quning-railway> a kg:Project ;
    rdfs:label "衢宁铁路(遂昌段)"@zh ;
    kg:locatedIn <locality/331123> .

<person/wang-yongming> a kg:Person ;
    rdfs:label "王永明"@zh ;
    kg:holdsPosition <locality/331123> .

<report/f142abb5> a kg:Report ;
    dcterms:title "2019年遂昌县人民政府工作报告"@zh ;
    kg:homeLocality <locality/331123> ;
    kg:yearUnderReview "2018"^^xsd:gYear ;
    dcterms:date "2019-01-20"^^xsd:date ;
    kg:sourceFile "000_f142abb5550239f3.txt" ;
    kg:reportIndex 0 ;
    kg:speaker <person/wang-yongming> ;
    kg:speakerRole "县长"@zh ;
    kg:meeting "遂昌县第九届人民代表大会第三次会议"@zh .

<evidence/e1> a kg:Evidence ;
    rdf:subject <locality/331123> ;
    rdf:predicate kg:implements ;
    rdf:object <program/dabankuaiju> ;
    kg:quote "全力打响大搬快聚攻坚战。"@zh ;
    kg:startOffset 1012 ;
    kg:endOffset 1024 ;
    kg:year "2018"^^xsd:gYear ;
    prov:wasDerivedFrom <report/f142abb5> ;
    kg:extractionMethod "rule:implements-verb" .

<evidence/e2> a kg:Evidence ;
    rdf:subject <locality/331123105201> ;
    rdf:predicate kg:receivedAward ;
    rdf:object <award/rural-tourism-village> ;
    kg:quote "红星坪村入选首批全国乡村旅游重点村。"@zh ;
    kg:startOffset 1100 ;
    kg:endOffset 1118 ;
    prov:wasDerivedFrom <report/f142abb5> ;
    kg:extractionMethod "rule:award-verb" .

<evidence/e3> a kg:Evidence ;
    rdf:subject <person/wang-yongming> ;
    rdf:predicate kg:holdsPosition ;
    rdf:object <locality/331123> ;
    kg:quote "县长 王永明"@zh ;
    kg:startOffset 10 ;
    kg:endOffset 16 ;
    kg:role "县长"@zh ;
    prov:wasDerivedFrom <report/f142abb5> ;
    kg:extractionMethod "report-header" .
"""

COUNTY = KGR["locality/331123"]
VILLAGE = KGR["locality/331123105201"]
PROGRAM = KGR["program/dabankuaiju"]
AWARD = KGR["award/rural-tourism-village"]
PROJECT = KGR["project/quning-railway"]
REPORT = KGR["report/f142abb5"]
EVIDENCE = KGR["evidence/e1"]


def good_graph() -> Graph:
    return Graph().parse(data=GOOD, format="turtle")


def _set(s: URIRef, p: URIRef, o) -> Callable[[Graph], None]:
    return lambda g: g.set((s, p, o))


def _add(s: URIRef, p: URIRef, o) -> Callable[[Graph], None]:
    return lambda g: g.add((s, p, o))


def _remove(s: URIRef, p: URIRef, o=None) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, o))


# id, how to break the good graph, focus node and path of the expected violation
BROKEN = [
    ("missing-label", _remove(PROGRAM, RDFS.label), PROGRAM, RDFS.label),
    ("two-labels", _add(PROGRAM, RDFS.label, Literal("大搬快聚富民安居", lang="zh")), PROGRAM, RDFS.label),
    ("label-not-zh", _set(AWARD, RDFS.label, Literal("Key rural tourism village", lang="en")), AWARD, RDFS.label),
    ("label-untagged", _set(COUNTY, RDFS.label, Literal("遂昌县")), COUNTY, RDFS.label),
    ("bad-division-code", _set(VILLAGE, KG.divisionCode, Literal("33112x")), VILLAGE, KG.divisionCode),
    ("division-code-7-digits", _set(VILLAGE, KG.divisionCode, Literal("3311231")), VILLAGE, KG.divisionCode),
    ("two-division-codes", _add(COUNTY, KG.divisionCode, Literal("331100")), COUNTY, KG.divisionCode),
    ("lat-not-decimal", _set(COUNTY, GEO.lat, Literal("28.59")), COUNTY, GEO.lat),
    ("long-out-of-range", _set(COUNTY, GEO.long, Literal(Decimal("219.27"))), COUNTY, GEO.long),
    ("two-parents", _add(VILLAGE, KG.partOf, KGR["locality/331100"]), VILLAGE, KG.partOf),
    ("parent-not-locality", _set(VILLAGE, KG.partOf, PROGRAM), VILLAGE, KG.partOf),
    ("level-without-locality-type", _remove(VILLAGE, RDF.type, KG.Locality), VILLAGE, RDF.type),
    ("locality-without-level", _remove(COUNTY, RDF.type, KG.County), COUNTY, None),
    ("locality-with-two-levels", _add(COUNTY, RDF.type, KG.City), COUNTY, None),
    ("evidence-without-report", _remove(EVIDENCE, PROV.wasDerivedFrom), EVIDENCE, PROV.wasDerivedFrom),
    ("evidence-from-non-report", _set(EVIDENCE, PROV.wasDerivedFrom, COUNTY), EVIDENCE, PROV.wasDerivedFrom),
    ("evidence-without-quote", _remove(EVIDENCE, KG.quote), EVIDENCE, KG.quote),
    ("quote-too-long", _set(EVIDENCE, KG.quote, Literal("好" * 201, lang="zh")), EVIDENCE, KG.quote),
    ("negative-offset", _set(EVIDENCE, KG.startOffset, Literal(-1)), EVIDENCE, KG.startOffset),
    ("start-after-end", _set(EVIDENCE, KG.startOffset, Literal(2000)), EVIDENCE, KG.startOffset),
    ("year-not-gyear", _set(EVIDENCE, KG.year, Literal(2018)), EVIDENCE, KG.year),
    ("no-extraction-method", _remove(EVIDENCE, KG.extractionMethod), EVIDENCE, KG.extractionMethod),
    ("predicate-not-relation", _set(EVIDENCE, RDF.predicate, KG.speaker), EVIDENCE, RDF.predicate),
    ("evidence-statement-not-asserted", _remove(COUNTY, KG.implements, PROGRAM), EVIDENCE, None),
    ("implements-award", _add(COUNTY, KG.implements, AWARD), COUNTY, KG.implements),
    ("program-implements", _add(PROGRAM, KG.implements, PROGRAM), PROGRAM, None),
    ("program-receives-award", _add(PROGRAM, KG.receivedAward, AWARD), PROGRAM, None),
    ("pursues-program", _add(COUNTY, KG.pursuesAward, PROGRAM), COUNTY, KG.pursuesAward),
    ("located-in-award", _set(PROJECT, KG.locatedIn, AWARD), PROJECT, KG.locatedIn),
    ("award-located-in", _add(AWARD, KG.locatedIn, COUNTY), AWARD, None),
    ("holds-position-in-program", _set(KGR["person/wang-yongming"], KG.holdsPosition, PROGRAM),
     KGR["person/wang-yongming"], KG.holdsPosition),
    ("literal-home-locality", _set(REPORT, KG.homeLocality, Literal("遂昌县", lang="zh")), REPORT, KG.homeLocality),
    ("literal-evidence-subject", _set(EVIDENCE, RDF.subject, Literal("遂昌县", lang="zh")), EVIDENCE, RDF.subject),
    ("literal-award", _set(VILLAGE, KG.receivedAward, Literal("全国乡村旅游重点村", lang="zh")), VILLAGE,
     KG.receivedAward),
    ("report-without-home", _remove(REPORT, KG.homeLocality), REPORT, KG.homeLocality),
    ("report-without-title", _remove(REPORT, DCTERMS.title), REPORT, DCTERMS.title),
    ("report-without-source-file", _remove(REPORT, KG.sourceFile), REPORT, KG.sourceFile),
    ("report-date-not-date", _set(REPORT, DCTERMS.date, Literal("2019年1月20日")), REPORT, DCTERMS.date),
    ("two-speakers", _add(REPORT, KG.speaker, KGR["person/zhu-zhijie"]), REPORT, KG.speaker),
    ("home-locality-on-non-report", _add(COUNTY, KG.homeLocality, COUNTY), COUNTY, None),
]


def test_validate_good_graph_conforms():
    report = validate(good_graph())
    assert report == ValidationReport(conforms=True, violations=())


@pytest.mark.parametrize(
    ("breaks", "focus", "path"),
    [pytest.param(breaks, focus, path, id=name) for name, breaks, focus, path in BROKEN],
)
def test_validate_broken_graph_names_path(breaks, focus, path):
    graph = good_graph()
    breaks(graph)
    report = validate(graph)
    assert not report.conforms
    found = [(v.focus, v.path) for v in report.violations]
    assert (focus, path) in found
    assert all(v.message and v.severity == "Violation" for v in report.violations)


def test_validate_violation_carries_label_and_value():
    graph = good_graph()
    graph.set((COUNTY, KG.divisionCode, Literal("33112x")))
    (violation,) = validate(graph).violations
    assert violation == Violation(
        focus=COUNTY,
        label="遂昌县",
        path=KG.divisionCode,
        value=Literal("33112x"),
        message="division code must be 2, 4, 6, 9 or 12 digits",
        severity="Violation",
    )


def test_validate_format_violation_one_line():
    graph = good_graph()
    graph.set((COUNTY, KG.divisionCode, Literal("33112x")))
    (violation,) = validate(graph).violations
    assert format_violation(violation) == (
        '遂昌县 <https://w3id.org/cn-gov-kg/id/locality/331123>: kg:divisionCode "33112x"'
        " — division code must be 2, 4, 6, 9 or 12 digits"
    )


@pytest.mark.parametrize(
    ("violation", "line"),
    [
        (
            Violation(KGR["x"], None, None, KGR["x"], "only a locality can implement a program", "Violation"),
            "<https://w3id.org/cn-gov-kg/id/x>: only a locality can implement a program",
        ),
        (
            Violation(KGR["r"], None, KG.yearUnderReview, Literal("2018", datatype=namespace.XSD.string), "m", "Warning"),
            'warning: <https://w3id.org/cn-gov-kg/id/r>: kg:yearUnderReview "2018" — m',
        ),
        (
            Violation(KGR["r"], "报告", KG.homeLocality, Literal('say "hi"', lang="zh"), "m", "Violation"),
            '报告 <https://w3id.org/cn-gov-kg/id/r>: kg:homeLocality "say \\"hi\\""@zh — m',
        ),
        (
            Violation(KGR["e"], None, KG.year, Literal(2018), "m", "Violation"),
            '<https://w3id.org/cn-gov-kg/id/e>: kg:year "2018"^^xsd:integer — m',
        ),
        (
            Violation(KGR["c"], None, KG.implements, KGR["award/a"], "m", "Violation"),
            "<https://w3id.org/cn-gov-kg/id/c>: kg:implements <https://w3id.org/cn-gov-kg/id/award/a> — m",
        ),
    ],
)
def test_validate_format_violation_table(violation, line):
    assert format_violation(violation) == line


def test_validate_format_violation_shortens_long_values():
    v = Violation(KGR["e"], None, KG.quote, Literal("好" * 201, lang="zh"), "m", "Violation")
    line = format_violation(v)
    assert "\n" not in line
    assert len(line) < 120


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld", ".trig"])
def test_validate_reads_files(tmp_path, suffix):
    path = tmp_path / f"graph{suffix}"
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig"}[suffix]
    good_graph().serialize(path, format=fmt, encoding="utf-8")
    assert validate(path).conforms


def test_validate_parse_error_names_file(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="broken.ttl") as excinfo:
        validate(path)
    assert excinfo.value.__cause__ is not None


def test_validate_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match="absent.ttl"):
        validate(tmp_path / "absent.ttl")


def test_validate_unknown_suffix_is_input_error(tmp_path):
    path = tmp_path / "graph.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="graph.txt"):
        validate(path)


def test_validate_unasserted_statement_is_reported_on_evidence():
    graph = good_graph()
    graph.remove((COUNTY, KG.implements, PROGRAM))
    (violation,) = validate(graph).violations
    assert (violation.focus, violation.path) == (EVIDENCE, None)
    assert violation.message == "the statement this evidence supports is not asserted in the graph"


def test_validate_same_problem_reported_once():
    graph = good_graph()
    # An untagged label fails both sh:datatype and sh:languageIn of one shape.
    graph.set((COUNTY, RDFS.label, Literal("遂昌县")))
    assert len(validate(graph).violations) == 1
