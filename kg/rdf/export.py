"""Serializations of the graph: Turtle, N-Triples, JSON-LD (union), TriG, N-Quads (a graph per report)."""

from __future__ import annotations

import pyoxigraph
from pyoxigraph import Quad, RdfFormat, Triple

from kg.rdf.build import TYPE_PATHS, default_graph_triples
from kg.rdf.vocab import KGR, PREFIXES

# name → (file name, pyoxigraph format, keeps named graphs)
FORMATS = {
    "ttl": ("graph.ttl", RdfFormat.TURTLE, False),
    "nt": ("graph.nt", RdfFormat.N_TRIPLES, False),
    "jsonld": ("graph.jsonld", RdfFormat.JSON_LD, False),
    "trig": ("graph.trig", RdfFormat.TRIG, True),
    "nq": ("graph.nq", RdfFormat.N_QUADS, True),
}


def serialize(quads: list[Quad], fmt: str) -> bytes:
    """Give the bytes of ``quads`` in format ``fmt`` (one of FORMATS)."""
    _, rdf_format, named = FORMATS[fmt]
    prefixes = serialization_prefixes()
    if named:
        return pyoxigraph.serialize(quads, format=rdf_format, prefixes=prefixes if rdf_format is RdfFormat.TRIG else None)
    triples = [Triple(q.subject, q.predicate, q.object) for q in default_graph_triples(quads)]
    if rdf_format is RdfFormat.TURTLE:
        return pyoxigraph.serialize(triples, format=rdf_format, prefixes=prefixes)
    return pyoxigraph.serialize(triples, format=rdf_format, prefixes=prefixes if rdf_format is RdfFormat.JSON_LD else None)


def serialization_prefixes() -> dict[str, str]:
    """Give the vocabulary prefixes plus one per instance path (locality:331123), so no local name needs escaping."""
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    for path in (*TYPE_PATHS.values(), "report", "evidence"):
        prefixes[path] = f"{KGR}{path}/"
    return prefixes
