"""RDF stage: the written graph parses everywhere, is tidy (no blank nodes, ASCII IRIs) and carries its evidence."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store

from conftest import seed_text

KGR = "https://w3id.org/cn-gov-kg/id/"
KG = "https://w3id.org/cn-gov-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = f"PREFIX kg: <{KG}>\nPREFIX rdf: <{RDF}>\nPREFIX rdfs: <{RDFS}>\nPREFIX prov: <{PROV}>\n"
RELATIONS = ("receivedAward", "implements", "locatedIn", "partOf", "pursuesAward", "holdsPosition")

UNION_FORMATS = {"graph.ttl": (RdfFormat.TURTLE, "turtle"), "graph.nt": (RdfFormat.N_TRIPLES, "nt"),
                 "graph.jsonld": (RdfFormat.JSON_LD, "json-ld")}
QUAD_FORMATS = {"graph.trig": (RdfFormat.TRIG, "trig"), "graph.nq": (RdfFormat.N_QUADS, "nquads")}


@pytest.fixture(scope="module")
def union_count(output_dir) -> int:
    """The number of triples in graph.nt, counted by its lines (one triple a line)."""
    lines = [line for line in (output_dir / "graph.nt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(set(lines)) == len(lines)
    return len(lines)


@pytest.fixture(scope="module")
def store(output_dir) -> Store:
    """The sample graph (graph.nq) in a pyoxigraph store; query with the union default graph."""
    s = Store()
    s.load(path=str(output_dir / "graph.nq"), format=RdfFormat.N_QUADS)
    return s


def _select(store: Store, query: str) -> list[dict[str, object]]:
    result = store.query(PREFIXES + query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: row[n] for n in names} for row in result]


# --- 7. every format parses in rdflib, pyoxigraph and rapper, with the same number of triples ---

@pytest.mark.parametrize("name", sorted(UNION_FORMATS))
def test_rdf_union_format_parses_in_pyoxigraph(output_dir, union_count, name):
    fmt, _ = UNION_FORMATS[name]
    triples = set(pyoxigraph.parse(path=str(output_dir / name), format=fmt))
    assert len(triples) == union_count


@pytest.mark.parametrize("name", sorted(UNION_FORMATS))
def test_rdf_union_format_parses_in_rdflib(output_dir, union_count, name):
    _, fmt = UNION_FORMATS[name]
    graph = rdflib.Graph().parse(output_dir / name, format=fmt)
    assert len(graph) == union_count


@pytest.mark.parametrize("name", sorted(QUAD_FORMATS))
def test_rdf_quad_format_parses_in_pyoxigraph_with_a_graph_per_report(output_dir, union_count, sample_build, name):
    fmt, _ = QUAD_FORMATS[name]
    quads = list(pyoxigraph.parse(path=str(output_dir / name), format=fmt))
    graphs = {q.graph_name for q in quads}
    reports = {r.id for r in sample_build.extraction.reports}
    assert len(reports) == 14
    assert {g.value for g in graphs} == {f"{KGR}graph/report/{r}" for r in reports}
    assert len({(q.subject, q.predicate, q.object) for q in quads}) == union_count
    # Each report's graph holds its own report node.
    report_type = NamedNode(f"{KG}Report")
    for g in graphs:
        typed = {q.subject.value for q in quads if q.graph_name == g and q.object == report_type}
        assert typed == {g.value.replace("/graph/report/", "/report/")}


@pytest.mark.parametrize("name", sorted(QUAD_FORMATS))
def test_rdf_quad_format_parses_in_rdflib(output_dir, union_count, name):
    _, fmt = QUAD_FORMATS[name]
    dataset = rdflib.Dataset()
    dataset.parse(output_dir / name, format=fmt)
    contexts = {c for _, _, _, c in dataset.quads((None, None, None, None))}
    assert len(contexts) == 14
    assert len({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}) == union_count


@pytest.mark.parametrize("name,syntax", [("graph.ttl", "turtle"), ("graph.nt", "ntriples")])
def test_rdf_rapper_parses_turtle_and_ntriples(output_dir, union_count, name, syntax):
    assert shutil.which("rapper"), "rapper not installed: apt-get install raptor2-utils (tests/run.sh does)"
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(output_dir / name)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    count = re.search(r"returned (\d+) triples", done.stderr)
    assert count, done.stderr
    assert int(count.group(1)) == union_count


# --- 7. tidy terms: no blank nodes, ASCII IRIs, localities by code ---

@pytest.mark.parametrize("name,fmt", [("graph.nq", RdfFormat.N_QUADS), ("graph.jsonld", RdfFormat.JSON_LD), ("graph.ttl", RdfFormat.TURTLE)])
def test_rdf_no_blank_nodes_and_ascii_iris(output_dir, name, fmt):
    blank, non_ascii = [], set()
    for q in pyoxigraph.parse(path=str(output_dir / name), format=fmt):
        terms = [q.subject, q.predicate, q.object] + ([q.graph_name] if hasattr(q, "graph_name") else [])
        for t in terms:
            if isinstance(t, BlankNode):
                blank.append(q)
            elif isinstance(t, NamedNode) and not t.value.isascii():
                non_ascii.add(t.value)
            elif isinstance(t, Literal) and not t.datatype.value.isascii():
                non_ascii.add(t.datatype.value)
    assert not blank
    assert not non_ascii


def test_rdf_coded_localities_have_code_iris(store, sample_build):
    rows = _select(store, "SELECT DISTINCT ?s ?code WHERE { ?s kg:divisionCode ?code }")
    assert rows
    for row in rows:
        assert row["s"].value == f"{KGR}locality/{row['code'].value}"
    # Every coded locality of the graph is one the build linked with that code.
    coded = {e.code for e in sample_build.extraction.entities.values() if e.type == "Locality" and e.code}
    assert {row["code"].value for row in rows} <= coded


@pytest.mark.parametrize("label,code", [
    ("大田村", "331123105231"),
    ("坦洪乡", "330723203"),
    ("遂昌县", "331123"),
    ("金华市", "3307"),
    ("浙江省", "33"),
])
def test_rdf_locality_iri_by_division_code(store, label, code):
    rows = _select(store, f'SELECT DISTINCT ?label WHERE {{ <{KGR}locality/{code}> rdfs:label ?label }}')
    assert [r["label"].value for r in rows] == [label]


@pytest.mark.parametrize("code", ["331123105231", "330723203", "331123", "330784"])
def test_rdf_locality_part_of_reaches_the_province(store, code):
    assert store.query(PREFIXES + f"ASK {{ <{KGR}locality/{code}> kg:partOf+ <{KGR}locality/33> }}",
                       use_default_graph_as_union=True)


# --- 7. entities: one Chinese label, a type from the ontology ---

@pytest.fixture(scope="module")
def ontology_classes() -> set[str]:
    from kg.rdf.vocab import ontology_path

    g = rdflib.Graph().parse(ontology_path(), format="turtle")
    return {str(c) for c in g.subjects(rdflib.RDF.type, rdflib.OWL.Class) if isinstance(c, rdflib.URIRef)}


def test_rdf_every_entity_has_one_zh_label_and_an_ontology_type(store, ontology_classes):
    relation_values = " ".join(f"kg:{r}" for r in RELATIONS)
    entities = {row["e"].value for row in _select(store, f"""
        SELECT DISTINCT ?e WHERE {{
          {{ ?e ?p ?x VALUES ?p {{ {relation_values} }} }} UNION {{ ?x ?p ?e VALUES ?p {{ {relation_values} }} }}
          UNION {{ ?r kg:homeLocality ?e }} UNION {{ ?r kg:speaker ?e }}
          UNION {{ ?e a ?t VALUES ?t {{ kg:Locality kg:Project kg:Program kg:Award kg:Place kg:Organization kg:Person }} }}
        }}""")}
    assert len(entities) > 100
    labels, types = defaultdict(list), defaultdict(set)
    for row in _select(store, "SELECT DISTINCT ?e ?l WHERE { ?e rdfs:label ?l }"):
        labels[row["e"].value].append(row["l"])
    for row in _select(store, "SELECT DISTINCT ?e ?t WHERE { ?e a ?t }"):
        types[row["e"].value].add(row["t"].value)
    bad_labels = {e: [(l.value, l.language) for l in labels[e]] for e in entities
                  if len(labels[e]) != 1 or labels[e][0].language != "zh"}
    assert not bad_labels
    untyped = {e for e in entities if not types[e] & ontology_classes}
    assert not untyped


def test_rdf_report_types_are_from_the_ontology(store, ontology_classes):
    rows = _select(store, "SELECT DISTINCT ?t WHERE { ?s a ?t FILTER(STRSTARTS(STR(?t), STR(kg:))) }")
    assert {r["t"].value for r in rows} <= ontology_classes


# --- 7. every relation has evidence that points into its report's source ---

@pytest.fixture(scope="module")
def evidence(store):
    """Evidence records by the (s, p, o) they support."""
    rows = _select(store, """
        SELECT ?e ?s ?p ?o ?quote ?start ?end ?year ?method ?report ?file WHERE {
          ?e a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          OPTIONAL { ?e kg:quote ?quote } OPTIONAL { ?e kg:startOffset ?start } OPTIONAL { ?e kg:endOffset ?end }
          OPTIONAL { ?e kg:year ?year } OPTIONAL { ?e kg:extractionMethod ?method }
          OPTIONAL { ?e prov:wasDerivedFrom ?report . ?report a kg:Report ; kg:sourceFile ?file }
        }""")
    by_triple = defaultdict(list)
    for row in rows:
        by_triple[(row["s"], row["p"], row["o"])].append(row)
    return by_triple


def _complete(row) -> bool:
    return all(row[k] is not None for k in ("quote", "start", "end", "year", "method", "report", "file"))


def test_rdf_every_relation_has_complete_evidence(store, evidence):
    missing = []
    count = 0
    for predicate in RELATIONS:
        for row in _select(store, f"SELECT DISTINCT ?s ?o WHERE {{ ?s kg:{predicate} ?o }}"):
            count += 1
            records = evidence.get((row["s"], NamedNode(KG + predicate), row["o"]), [])
            if not any(_complete(r) for r in records):
                missing.append((row["s"].value, predicate, row["o"].value, len(records)))
    assert count > 1000
    assert not missing, missing[:10]


def test_rdf_every_relation_type_occurs(store):
    for predicate in RELATIONS:
        assert store.query(PREFIXES + f"ASK {{ ?s kg:{predicate} ?o }}", use_default_graph_as_union=True), predicate


def test_rdf_evidence_quotes_are_the_source_text_at_their_offsets(evidence):
    sources = {f"{prefix}": seed_text(prefix) for prefix in ("000", "001", "002", "003", "004")}
    wrong = []
    for records in evidence.values():
        for r in records:
            if not _complete(r):
                continue
            text = sources[r["file"].value[:3]]
            start, end = int(r["start"].value), int(r["end"].value)
            if not (0 <= start < end) or text[start:end] != r["quote"].value:
                wrong.append((r["file"].value, start, end, r["quote"].value[:30]))
    assert not wrong, wrong[:10]


def test_rdf_evidence_exists_only_for_asserted_triples(store, evidence):
    dangling = [k for k in evidence
                if not store.query(PREFIXES + f"ASK {{ {k[0]} {k[1]} {k[2]} }}", use_default_graph_as_union=True)]
    assert not dangling


def test_rdf_same_fact_in_several_sentences_is_one_triple_with_several_evidence(store, output_dir):
    rows = _select(store, """
        SELECT ?s ?p ?o (COUNT(DISTINCT ?e) AS ?n) (COUNT(DISTINCT ?start) AS ?places) WHERE {
          ?e a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:startOffset ?start .
        } GROUP BY ?s ?p ?o HAVING (COUNT(DISTINCT ?e) > 1) ORDER BY DESC(?n) LIMIT 1""")
    assert rows, "no triple has more than one evidence record"
    row = rows[0]
    assert int(row["n"].value) > 1
    assert int(row["places"].value) > 1
    line = f"{row['s']} {row['p']} {row['o']} .\n"
    assert (output_dir / "graph.nt").read_text(encoding="utf-8").count(line) == 1


# --- 10. the SPARQL examples of the README run and give rows ---

def _readme_queries() -> list[str]:
    readme = Path(__file__).resolve().parents[1] / "README.md"
    assert readme.exists(), f"{readme} does not exist: the README must show SPARQL examples in ```sparql blocks"
    blocks = re.findall(r"^```sparql[ \t]*\n(.*?)^```", readme.read_text(encoding="utf-8"), re.S | re.M)
    assert blocks, f"{readme} has no ```sparql fenced block"
    return blocks


def test_rdf_readme_sparql_examples_return_rows(store):
    failures = []
    for number, query in enumerate(_readme_queries(), 1):
        try:
            result = store.query(query, use_default_graph_as_union=True)
        except Exception as e:  # report every broken example, not only the first
            failures.append(f"example {number}: does not run: {e}")
            continue
        if isinstance(result, bool):
            ok = result
        else:
            ok = next(iter(result), None) is not None
        if not ok:
            failures.append(f"example {number}: no rows:\n{query}")
    assert not failures, "\n".join(failures)
