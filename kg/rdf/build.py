"""RDF stage: an Extraction becomes quads, one named graph per report.

Quads are pyoxigraph terms: building and serializing millions of them in
rdflib is the bottleneck the benchmark measures, so rdflib is used only for
the Python API (``kg.build_graph``) and validation.

Each report's graph holds the report node, the relations it supports, their
evidence records, and the description (type, label, aliases, code) of every
entity it touches, so a store can replace one report's data alone. The union
of all graphs is the Turtle export.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Iterator

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from kg.extract import Extraction
from kg.model import Entity, Evidence, Relation, Report
from kg.rdf.vocab import DCTERMS, GEO, KG, KGR, PROV, RDF, RDFS, SKOS, XSD

TYPE_PATHS = {
    "Locality": "locality", "Project": "project", "Program": "program", "Award": "award",
    "Place": "place", "Organization": "organization", "Person": "person",
}


def _n(term) -> NamedNode:
    return NamedNode(str(term))


A = _n(RDF.type)
LABEL, ALT = _n(RDFS.label), _n(SKOS.altLabel)
XSD_GYEAR, XSD_DATE, XSD_INT, XSD_DEC = _n(XSD.gYear), _n(XSD.date), _n(XSD.integer), _n(XSD.decimal)


def entity_iri(entity: Entity) -> NamedNode:
    """Give the entity's IRI: by division code for localities that have one, else a hash of its key."""
    if entity.type == "Locality" and entity.code:
        return NamedNode(f"{KGR}locality/{entity.code}")
    return NamedNode(f"{KGR}{TYPE_PATHS[entity.type]}/{_digest(entity.key)}")


def report_iri(report_id: str) -> NamedNode:
    return NamedNode(f"{KGR}report/{report_id}")


def report_graph(report_id: str) -> NamedNode:
    return NamedNode(f"{KGR}graph/report/{report_id}")


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _zh(text: str) -> Literal:
    return Literal(text, language="zh")


def _year(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD_GYEAR)


def quads(extraction: Extraction) -> list[Quad]:
    """Give every quad of the build, sorted, without duplicates."""
    iris = {key: entity_iri(e) for key, e in extraction.entities.items()}
    by_report: dict[str, list[tuple[Relation, Evidence]]] = {}
    for relation in extraction.relations:
        for ev in relation.evidence:
            by_report.setdefault(ev.report, []).append((relation, ev))
    out: set[Quad] = set()
    for report in extraction.reports:
        g = report_graph(report.id)
        touched = {extraction.homes[report.id]}
        if report.id in extraction.speakers:
            touched.add(extraction.speakers[report.id])
        out.update(_report_quads(report, extraction, iris, g))
        for relation, ev in by_report.get(report.id, []):
            touched.update((relation.subject, relation.object))
            out.update(_relation_quads(relation, ev, iris, g))
        for key in sorted(touched):
            out.update(_entity_quads(extraction.entities[key], iris, g))
    return sorted(out, key=_sort_key)


def _sort_key(q: Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def _report_quads(report: Report, x: Extraction, iris: dict[str, NamedNode], g) -> Iterator[Quad]:
    r = report_iri(report.id)
    meta = report.meta
    yield Quad(r, A, _n(KG.Report), g)
    yield Quad(r, A, _n(PROV.Entity), g)
    yield Quad(r, _n(DCTERMS.title), _zh(meta.title), g)
    yield Quad(r, _n(KG.homeLocality), iris[x.homes[report.id]], g)
    yield Quad(r, _n(KG.sourceFile), Literal(_file_name(report.source)), g)
    yield Quad(r, _n(KG.reportIndex), Literal(str(report.index), datatype=XSD_INT), g)
    if meta.year:
        yield Quad(r, _n(KG.yearUnderReview), _year(meta.year), g)
    if meta.date:
        yield Quad(r, _n(DCTERMS.date), Literal(meta.date, datatype=XSD_DATE), g)
    if meta.meeting:
        yield Quad(r, _n(KG.meeting), _zh(meta.meeting), g)
    if meta.role:
        yield Quad(r, _n(KG.speakerRole), _zh(meta.role), g)
    if report.id in x.speakers:
        yield Quad(r, _n(KG.speaker), iris[x.speakers[report.id]], g)


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _entity_quads(entity: Entity, iris: dict[str, NamedNode], g) -> Iterator[Quad]:
    s = iris[entity.key]
    yield Quad(s, A, _n(KG[entity.type]), g)
    if entity.type == "Locality" and entity.level:
        yield Quad(s, A, _n(KG[entity.level]), g)
    yield Quad(s, LABEL, _zh(entity.label), g)
    for alias in sorted(entity.aliases):
        yield Quad(s, ALT, _zh(alias), g)
    if entity.code:
        yield Quad(s, _n(KG.divisionCode), Literal(entity.code), g)
    if entity.lat is not None and entity.lon is not None:
        yield Quad(s, _n(GEO.lat), Literal(str(Decimal(str(entity.lat))), datatype=XSD_DEC), g)
        yield Quad(s, _n(GEO.long), Literal(str(Decimal(str(entity.lon))), datatype=XSD_DEC), g)


def _relation_quads(relation: Relation, ev: Evidence, iris: dict[str, NamedNode], g) -> Iterator[Quad]:
    s, p, o = iris[relation.subject], _n(KG[relation.predicate]), iris[relation.object]
    yield Quad(s, p, o, g)
    e = NamedNode(f"{KGR}evidence/{_digest('|'.join((ev.report, str(s), str(p), str(o), str(ev.start), str(ev.end), ev.method)))}")
    yield Quad(e, A, _n(KG.Evidence), g)
    yield Quad(e, _n(RDF.subject), s, g)
    yield Quad(e, _n(RDF.predicate), p, g)
    yield Quad(e, _n(RDF.object), o, g)
    yield Quad(e, _n(PROV.wasDerivedFrom), report_iri(ev.report), g)
    yield Quad(e, _n(KG.quote), _zh(ev.quote), g)
    yield Quad(e, _n(KG.startOffset), Literal(str(ev.start), datatype=XSD_INT), g)
    yield Quad(e, _n(KG.endOffset), Literal(str(ev.end), datatype=XSD_INT), g)
    yield Quad(e, _n(KG.extractionMethod), Literal(ev.method), g)
    if ev.year:
        yield Quad(e, _n(KG.year), _year(ev.year), g)
    if relation.role and relation.predicate == "holdsPosition":
        yield Quad(e, _n(KG.role), _zh(relation.role), g)


def default_graph_triples(all_quads: list[Quad]) -> list[Quad]:
    """Give the union of the named graphs as default-graph quads, sorted, without duplicates."""
    return sorted({Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in all_quads}, key=_sort_key)
