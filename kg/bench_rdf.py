"""Benchmark of RDF at scale: rdflib against pyoxigraph on a graph of a million triples.

The big graph is the sample build's triples repeated with distinct IRIs per
copy: reports, evidence and non-locality entities get a ``c<N>/`` path per
copy, while localities (gazetteer codes) stay shared, as they would in a real
corpus of more reports about the same places. Copy 0 keeps the original IRIs,
so query parameters picked on the sample graph exist in every size.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

KGR = "https://w3id.org/cn-gov-kg/id/"
PREFIXES = """PREFIX kg: <https://w3id.org/cn-gov-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

# name → (what it answers, SPARQL with {placeholders} filled from the sample graph)
QUERIES = {
    "awards-by-year": ("awards of one locality by year", """
SELECT ?award ?label ?year WHERE {{
  VALUES ?loc {{ <{locality}> }}
  ?loc kg:receivedAward ?award .
  ?award rdfs:label ?label .
  ?ev rdf:subject ?loc ; rdf:predicate kg:receivedAward ; rdf:object ?award ; kg:year ?year .
}} ORDER BY ?year ?label"""),
    "program-implementers": ("localities implementing one program", """
SELECT DISTINCT ?loc ?label WHERE {{
  ?loc kg:implements <{program}> ; a kg:Locality ; rdfs:label ?label .
}}"""),
    "projects-in-county": ("projects in one county (kg:partOf*)", """
SELECT DISTINCT ?project WHERE {{
  ?project a kg:Project ; kg:locatedIn ?place .
  ?place kg:partOf* <{county}> .
}}"""),
    "evidence-of-relation": ("evidence for one relation", """
SELECT ?ev ?quote ?report WHERE {{
  ?ev rdf:subject <{s}> ; rdf:predicate <{p}> ; rdf:object <{o}> ;
      kg:quote ?quote ; prov:wasDerivedFrom ?report .
}}"""),
    "reports-by-year": ("reports by year", """
SELECT ?year (COUNT(?r) AS ?n) WHERE {{
  ?r a kg:Report ; kg:yearUnderReview ?year .
}} GROUP BY ?year ORDER BY ?year"""),
}

_PICKS = {
    "locality": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?x kg:receivedAward ?a } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
    "program": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?l kg:implements ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
    "county": """SELECT ?x (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Project ; kg:locatedIn ?l . ?l kg:partOf* ?x . ?x a kg:County }
                 GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1""",
}


def replicated_ntriples(base_nt: str, target: int) -> list[str]:
    """Give N-Triples lines, whole copies of ``base_nt`` in order, until there are at least ``target`` distinct."""
    lines = [line for line in base_nt.splitlines() if line.strip()]
    out: dict[str, None] = dict.fromkeys(lines)
    copy = 1
    while len(out) < target:
        prefix = f"<{KGR}c{copy}/"
        for line in lines:
            out.setdefault(line.replace(f"<{KGR}", prefix).replace(f"{prefix}locality/", f"<{KGR}locality/"))
        copy += 1
    return list(out)


def queries_for(base_nt: str) -> dict[str, str]:
    """Give the SPARQL of QUERIES with parameters picked on the sample graph (the busiest locality, program …)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(base_nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    picks = {}
    for key, sparql in _PICKS.items():
        rows = list(store.query(PREFIXES + sparql))
        picks[key] = rows[0]["x"].value if rows else f"{KGR}none"
    rel = list(store.query(PREFIXES + """SELECT ?s ?p ?o (COUNT(?ev) AS ?n) WHERE { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
                                        GROUP BY ?s ?p ?o ORDER BY DESC(?n) ?s LIMIT 1"""))
    picks.update(s=rel[0]["s"].value, p=rel[0]["p"].value, o=rel[0]["o"].value)
    return {name: PREFIXES + sparql.format(**picks) for name, (_, sparql) in QUERIES.items()}


def time_oxigraph(nt_lines: list[str], queries: dict[str, str], prefixes: dict[str, str]) -> tuple[dict, bytes]:
    """Give pyoxigraph's load/serialise/parse/query times on ``nt_lines``, and the Turtle it wrote."""
    import pyoxigraph as ox

    nt = ("\n".join(nt_lines) + "\n").encode("utf-8")
    out: dict = {"triples": len(nt_lines)}
    t = time.perf_counter()
    store = ox.Store()
    store.load(nt, format=ox.RdfFormat.N_TRIPLES)
    out["load_nt"] = time.perf_counter() - t
    t = time.perf_counter()
    turtle = store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=prefixes)
    out["serialize"] = time.perf_counter() - t
    out["turtle_bytes"] = len(turtle)
    t = time.perf_counter()
    parsed = ox.Store()
    parsed.load(turtle, format=ox.RdfFormat.TURTLE)
    out["parse"] = time.perf_counter() - t
    out["queries"] = {}
    for name, sparql in queries.items():
        t = time.perf_counter()
        rows = len(list(parsed.query(sparql)))
        out["queries"][name] = (time.perf_counter() - t, rows)
    return out, turtle


def child_rdflib(turtle_file: str, queries_file: str) -> None:
    """Parse, serialise and query a Turtle file with rdflib, printing one JSON line per finished step."""
    import rdflib

    def emit(**row) -> None:
        print(json.dumps(row), flush=True)

    data = Path(turtle_file).read_bytes()
    t = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(data=data, format="turtle")
    emit(step="parse", seconds=time.perf_counter() - t, triples=len(graph))
    for name, sparql in json.loads(Path(queries_file).read_text(encoding="utf-8")).items():
        t = time.perf_counter()
        rows = len(list(graph.query(sparql)))
        emit(step="query", name=name, seconds=time.perf_counter() - t, rows=rows)
    t = time.perf_counter()
    size = len(graph.serialize(format="turtle", encoding="utf-8"))
    emit(step="serialize", seconds=time.perf_counter() - t, bytes=size)
    from kg.bench_nlp import peak_rss_kb

    emit(step="done", maxrss_kb=peak_rss_kb())
