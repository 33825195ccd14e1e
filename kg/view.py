"""The interactive HTML view: a pyvis network, self-contained and offline."""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyoxigraph import Quad
from pyvis.network import Network

from kg.rdf.vocab import KG, RDF, RDFS

_COLOURS = {
    "Locality": "#4e79a7", "Project": "#f28e2b", "Program": "#59a14f", "Award": "#e15759",
    "Place": "#76b7b2", "Organization": "#edc948", "Person": "#b07aa1",
}
_EDGE_LABELS = {"receivedAward": "获得荣誉", "pursuesAward": "争创", "implements": "实施", "locatedIn": "位于", "partOf": "隶属", "holdsPosition": "任职"}


def to_networkx(quads: list[Quad]) -> nx.MultiDiGraph:
    """Give the entity graph: nodes with type and label, edges with the relation name."""
    graph = nx.MultiDiGraph()
    kg_ns = str(KG._NS)
    types: dict[str, str] = {}
    labels: dict[str, str] = {}
    edges = set()
    for q in quads:
        s, p, o = q.subject.value, q.predicate.value, q.object
        if p == str(RDF.type) and o.value.startswith(kg_ns) and o.value[len(kg_ns):] in _COLOURS:
            types[s] = o.value[len(kg_ns):]
        elif p == str(RDFS.label):
            labels[s] = o.value
        elif p.startswith(kg_ns) and p[len(kg_ns):] in _EDGE_LABELS:
            edges.add((s, p[len(kg_ns):], o.value))
    for iri in sorted(types):
        graph.add_node(iri, type=types[iri], label=labels.get(iri, iri))
    for s, p, o in sorted(edges):
        if s in types and o in types:
            graph.add_edge(s, o, key=p, relation=p)
    return graph


def build_network(graph: nx.MultiDiGraph) -> Network:
    """Give the pyvis network of an entity graph (the caller decides where it goes)."""
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="local")
    for iri, data in graph.nodes(data=True):
        net.add_node(iri, label=data["label"], title=f"{data['type']}: {data['label']}",
                     color=_COLOURS[data["type"]], size=8 + 2 * min(graph.degree(iri), 20))
    for s, o, data in graph.edges(data=True):
        net.add_edge(s, o, title=_EDGE_LABELS[data["relation"]])
    net.toggle_physics(True)
    return net


def render_html(quads: list[Quad]) -> str:
    """Give the view as one HTML page with every script and style inlined."""
    page = build_network(to_networkx(quads)).generate_html(notebook=False)
    return inline_assets(page)


def inline_assets(page: str) -> str:
    """Give ``page`` with its local script and stylesheet references replaced by their content and remote ones removed."""
    lib = Path(__import__("pyvis").__file__).parent / "lib"

    def script(m: re.Match[str]) -> str:
        src = m.group(1)
        local = lib / src.split("lib/", 1)[-1] if "lib/" in src else None
        if local and local.exists() and not src.startswith("http"):
            return "<script>" + local.read_text(encoding="utf-8").replace("</script", "<\\/script") + "</script>"
        return ""

    def style(m: re.Match[str]) -> str:
        href = m.group(1)
        local = lib / href.split("lib/", 1)[-1] if "lib/" in href else None
        if local and local.exists() and not href.startswith("http"):
            return "<style>" + local.read_text(encoding="utf-8") + "</style>"
        return ""

    page = re.sub(r'<script[^>]*src="([^"]+)"[^>]*>\s*</script>', script, page)
    page = re.sub(r'<link[^>]*href="([^"]+)"[^>]*>', style, page)
    return page.replace("<head>", '<head>\n<meta charset="utf-8">', 1) if "charset" not in page[:500] else page


def escape(text: str) -> str:
    return html.escape(text, quote=True)
