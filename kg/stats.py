"""Analytics of the entity graph: rankings, centrality, communities, and Gephi exports.

The entity graph is a networkx ``MultiDiGraph`` made from the quads: one node
per typed entity (attributes ``type``, ``label``, ``aliases``, ``code``,
``level``), one edge per relation, keyed by the relation name, carrying its
evidence (quote, report title, year). ``kg.view`` draws the same graph.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import networkx as nx
import pyoxigraph
from pyoxigraph import Quad

from kg.errors import InputError
from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.rdf.vocab import DCTERMS, KG, PROV, RDF, RDFS, SKOS

SEED = 7
_KG = str(KG._NS)
_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_CODE, _LEVEL_TYPES = str(KG.divisionCode), ("Province", "City", "County", "Township", "Village")
_SUBJ, _PRED, _OBJ = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_QUOTE, _YEAR, _FROM = str(KG.quote), str(KG.year), str(PROV.wasDerivedFrom)
_TITLE, _REPORT_YEAR = str(DCTERMS.title), str(KG.yearUnderReview)
_GRAPH_FILES = ("graph.trig", "graph.nq", "graph.ttl", "graph.nt", "graph.jsonld")


@dataclass(frozen=True, order=True)
class Quote:
    """One evidence sentence of a relation, with the report it was read in."""

    year: int  # 0 when unknown
    report: str  # report title
    text: str


def load_quads(path: Path) -> list[Quad]:
    """Give the quads of a graph file, or of the graph file a build folder holds."""
    path = Path(path)
    if path.is_dir():
        found = [path / name for name in _GRAPH_FILES if (path / name).is_file()]
        if not found:
            raise InputError(f"{path}: no graph file ({', '.join(_GRAPH_FILES)}); run `kg build` first")
        path = found[0]
    if not path.is_file():
        raise InputError(f"{path}: no such file; run `kg build` first")
    try:
        return list(pyoxigraph.parse(path=str(path)))
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: cannot read the graph: {e}") from e


def entity_graph(quads: Iterable[Quad]) -> nx.MultiDiGraph:
    """Give the entity graph of ``quads`` (nodes and edges in sorted, reproducible order)."""
    types: dict[str, str] = {}
    levels: dict[str, str] = {}
    labels: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    edges: set[tuple[str, str, str]] = set()
    evidence: dict[str, dict[str, str]] = {}
    reports: dict[str, dict[str, str]] = {}
    for q in quads:
        s, p, o = q.subject.value, q.predicate.value, q.object.value
        if p == _TYPE and o.startswith(_KG):
            name = o[len(_KG):]
            if name in ENTITY_TYPES:
                types[s] = name
            elif name in _LEVEL_TYPES:
                levels[s] = name
        elif p == _LABEL:
            labels[s] = o
        elif p == _ALT:
            aliases.setdefault(s, set()).add(o)
        elif p == _CODE:
            codes[s] = o
        elif p in (_SUBJ, _PRED, _OBJ, _QUOTE, _YEAR, _FROM):
            evidence.setdefault(s, {})[p] = o
        elif p in (_TITLE, _REPORT_YEAR):
            reports.setdefault(s, {})[p] = o
        elif p.startswith(_KG) and p[len(_KG):] in RELATION_TYPES:
            edges.add((s, p[len(_KG):], o))
    quotes: dict[tuple[str, str, str], set[Quote]] = {}
    for record in evidence.values():
        if _QUOTE not in record or _PRED not in record:
            continue
        report = reports.get(record.get(_FROM, ""), {})
        year = record.get(_YEAR) or report.get(_REPORT_YEAR) or "0"
        key = (record.get(_SUBJ, ""), record[_PRED][len(_KG):], record.get(_OBJ, ""))
        quotes.setdefault(key, set()).add(Quote(int(year), report.get(_TITLE, ""), record[_QUOTE]))
    graph = nx.MultiDiGraph()
    for iri in sorted(types):
        graph.add_node(iri, type=types[iri], label=labels.get(iri, iri), aliases=sorted(aliases.get(iri, ())),
                       code=codes.get(iri, ""), level=levels.get(iri, ""))
    for s, p, o in sorted(edges):
        if s in types and o in types:
            found = sorted(quotes.get((s, p, o), ()))
            graph.add_edge(s, o, key=p, relation=p, evidence=found, years=sorted({x.year for x in found if x.year}))
    return graph


def as_graph(source) -> nx.MultiDiGraph:
    """Give ``source`` as an entity graph: it is one already, or quads."""
    return source if isinstance(source, nx.Graph) else entity_graph(source)


def _labelled(graph: nx.MultiDiGraph, counts: dict[str, float], n: int) -> list[tuple[str, str, float]]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], graph.nodes[kv[0]]["label"], kv[0]))
    return [(graph.nodes[iri]["label"], graph.nodes[iri]["type"], value) for iri, value in ranked[:n]]


def localities_by_awards(graph: nx.MultiDiGraph, n: int = 10) -> list[tuple[str, str, float]]:
    """Give the ``n`` localities that received most awards: (label, type, count)."""
    counts: dict[str, float] = {}
    for s, _, p in graph.edges(keys=True):
        if p == "receivedAward" and graph.nodes[s]["type"] == "Locality":
            counts[s] = counts.get(s, 0) + 1
    return _labelled(graph, counts, n)


def programs_by_localities(graph: nx.MultiDiGraph, n: int = 10) -> list[tuple[str, str, float]]:
    """Give the ``n`` programs implemented by most distinct localities: (label, type, count)."""
    implementers: dict[str, set[str]] = {}
    for s, o, p in graph.edges(keys=True):
        if p == "implements" and graph.nodes[o]["type"] == "Program" and graph.nodes[s]["type"] == "Locality":
            implementers.setdefault(o, set()).add(s)
    return _labelled(graph, {k: len(v) for k, v in implementers.items()}, n)


def central_entities(graph: nx.MultiDiGraph, n: int = 10) -> list[tuple[str, str, int, float]]:
    """Give the ``n`` entities of highest PageRank (undirected, so awards and programs count too): (label, type, degree, rank)."""
    if graph.number_of_nodes() == 0:
        return []
    rank = nx.pagerank(nx.Graph(graph))
    iris = sorted(rank, key=lambda k: (-rank[k], graph.nodes[k]["label"], k))[:n]
    return [(graph.nodes[k]["label"], graph.nodes[k]["type"], graph.degree(k), rank[k]) for k in iris]


def communities(graph: nx.MultiDiGraph, n: int = 10, members: int = 5) -> list[tuple[int, list[str]]]:
    """Give the ``n`` largest Louvain communities (fixed seed): (size, labels of their best-connected members)."""
    simple = nx.Graph(graph)
    simple.remove_nodes_from([v for v in list(simple) if simple.degree(v) == 0])
    if simple.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(simple, seed=SEED)
    found = sorted(found, key=lambda c: (-len(c), min(c)))[:n]
    out = []
    for group in found:
        best = sorted(group, key=lambda v: (-simple.degree(v), graph.nodes[v]["label"], v))[:members]
        out.append((len(group), [graph.nodes[v]["label"] for v in best]))
    return out


def display_width(text: str) -> int:
    """Give the number of terminal columns ``text`` takes (wide CJK characters count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def table(headers: list[str], rows: list[list], title: str = "") -> list[str]:
    """Give ``rows`` as aligned text lines (numbers right-aligned), columns sized by display width."""
    cells = [[_cell(v) for v in row] for row in rows]
    numeric = [all(isinstance(r[i], (int, float)) for r in rows) and rows != [] for i in range(len(headers))]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = [title] if title else []
    lines.append("  ".join(_pad(h, w, num) for h, w, num in zip(headers, widths, numeric)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(_pad(v, w, num) for v, w, num in zip(row, widths, numeric)).rstrip())
    if not rows:
        lines.append("(none)")
    return lines


def _cell(value) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.4f}"
    if isinstance(value, float):
        return str(int(value))
    return str(value)


def report_lines(source, n: int = 10) -> list[str]:
    """Give every ranking of ``source`` (quads or entity graph) as printable tables."""
    graph = as_graph(source)
    lines: list[str] = []
    lines += table(["#", "地区 Locality", "荣誉 awards"], _numbered(localities_by_awards(graph, n), 0, 2),
                   "Localities by awards received")
    lines.append("")
    lines += table(["#", "政策 Program", "地区 localities"], _numbered(programs_by_localities(graph, n), 0, 2),
                   "Programs by implementing localities")
    lines.append("")
    rows = [[i, label, kind, degree, rank] for i, (label, kind, degree, rank) in enumerate(central_entities(graph, n), 1)]
    lines += table(["#", "实体 Entity", "type", "degree", "PageRank"], rows, "Most central entities")
    lines.append("")
    rows = [[i, size, "、".join(names)] for i, (size, names) in enumerate(communities(graph, n), 1)]
    lines += table(["#", "size", "best-connected members"], rows, "Communities (Louvain)")
    return lines


def _numbered(rows: list[tuple], *columns: int) -> list[list]:
    return [[i, *(row[c] for c in columns)] for i, row in enumerate(rows, 1)]


def top_lines(source, n: int = 3) -> list[str]:
    """Give a few one-line highlights of ``source`` (quads or entity graph) for a build summary."""
    graph = as_graph(source)
    lines = []
    for name, rows in (("Top localities by awards", localities_by_awards(graph, n)),
                       ("Top programs by localities", programs_by_localities(graph, n))):
        if rows:
            lines.append(f"{name}: " + ", ".join(f"{label} {int(count)}" for label, _, count in rows))
    central = central_entities(graph, n)
    if central:
        lines.append("Most central: " + ", ".join(f"{label} ({kind}, degree {degree})" for label, kind, degree, _ in central))
    return lines


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Give a copy of ``graph`` with only scalar attributes, as GraphML and GEXF need."""
    flat = nx.MultiDiGraph()
    for iri, d in graph.nodes(data=True):
        flat.add_node(iri, label=d["label"], type=d["type"], aliases="|".join(d["aliases"]), code=d["code"],
                      level=d["level"], degree=graph.degree(iri))
    for s, o, p, d in graph.edges(keys=True, data=True):
        flat.add_edge(s, o, key=p, relation=p, evidence=len(d["evidence"]), years="|".join(map(str, d["years"])))
    return flat


def export(graph: nx.MultiDiGraph, graphml: Path | None = None, gexf: Path | None = None) -> list[Path]:
    """Write the entity graph as GraphML and/or GEXF (for Gephi) and give the paths written."""
    flat, written = flat_graph(graph), []
    if graphml:
        nx.write_graphml(flat, graphml, encoding="utf-8")
        written.append(Path(graphml))
    if gexf:
        nx.write_gexf(flat, gexf, encoding="utf-8")
        written.append(Path(gexf))
    return written
