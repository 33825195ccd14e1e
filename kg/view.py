"""The interactive HTML view: one self-contained, offline page drawing the entity graph.

pyvis builds the network (``build_network``), positions are computed here
ahead of time so the browser does no physics, and ``render_html`` writes the
page from our own template with vis-network inlined from the pyvis package:
no CDN, no Bootstrap, no request at all. Report text travels as JSON in a
``<script type="application/json">`` block and is put on screen as text only.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import networkx as nx

from kg.errors import InputError
from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.resources import data_dir
from kg.stats import SEED, as_graph, entity_graph

FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'
# type → (Chinese name, colour, vis shape, legend symbol)
TYPE_STYLES = {
    "Locality": ("地区", "#4e79a7", "dot", "●"),
    "Project": ("项目", "#f28e2b", "square", "■"),
    "Program": ("政策", "#59a14f", "triangle", "▲"),
    "Award": ("荣誉", "#e15759", "star", "★"),
    "Place": ("地点", "#76b7b2", "diamond", "◆"),
    "Organization": ("机构", "#b8860b", "triangleDown", "▼"),
    "Person": ("人物", "#b07aa1", "hexagon", "⬢"),
}
RELATION_LABELS = {
    "receivedAward": "获得荣誉", "pursuesAward": "争创", "implements": "实施",
    "locatedIn": "位于", "partOf": "隶属", "holdsPosition": "任职",
}
MAX_DRAWN = 3000  # the page draws at most this many nodes until asked for all (vis-network builds ~3000 nodes/s)
SPRING_LIMIT = 1000  # above this many nodes, springs only place the hubs
SPACING = 70.0  # mean distance between nodes, in screen pixels at zoom 1
GRAVITY = 1.5  # pull to the centre, against a total repulsion of 1 (k² per pair, k = 1/√n)

assert set(TYPE_STYLES) == set(ENTITY_TYPES) and set(RELATION_LABELS) == set(RELATION_TYPES)

to_networkx = entity_graph


def filter_graph(graph: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, types: Iterable[str] | None = None,
                 year: int | None = None, min_degree: int = 0) -> nx.MultiDiGraph:
    """Give the part of ``graph`` the view should draw: filtered by year, then type, then focus, then degree.

    ``year`` keeps relations with evidence from that year and the entities they
    join; ``focus`` keeps the entities within ``depth`` relations of the entity
    named (label or alias) ``focus``; ``min_degree`` drops entities with fewer
    relations (counted in what is left).
    """
    g = graph.copy()
    if year is not None:
        g.remove_edges_from([(s, o, k) for s, o, k, d in graph.edges(keys=True, data=True) if year not in d["years"]])
        g.remove_nodes_from([v for v in graph if g.degree(v) == 0])
    if types:
        wanted = set(types)
        unknown = wanted - set(TYPE_STYLES)
        if unknown:
            raise InputError(f"unknown entity type(s) {', '.join(sorted(unknown))}; known: {', '.join(TYPE_STYLES)}")
        g.remove_nodes_from([v for v, d in graph.nodes(data=True) if d["type"] not in wanted])
    if focus:
        centres = find_nodes(g, focus)
        if not centres:
            raise InputError(f"no entity named {focus!r} in the graph" + (" (after the other filters)" if year or types else ""))
        undirected = nx.Graph(g)
        keep = set()
        for c in centres:
            keep |= set(nx.single_source_shortest_path_length(undirected, c, cutoff=depth))
        g = g.subgraph(sorted(keep)).copy()
    if min_degree > 0:
        g.remove_nodes_from([v for v in list(g) if g.degree(v) < min_degree])
    return g


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Give the IRIs of the entities labelled ``name``, or failing that, having it as an alias."""
    exact = [v for v, d in graph.nodes(data=True) if d["label"] == name]
    return exact or [v for v, d in graph.nodes(data=True) if name in d["aliases"]]


def layout(graph: nx.MultiDiGraph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Give screen positions for every node, the same for the same graph.

    Small graphs get a spring layout. Big ones get a spring layout of their
    ``SPRING_LIMIT`` best-connected nodes, and every other node is set around
    its nearest placed neighbour (phyllotaxis), which is linear time.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph))
    simple.add_edges_from(sorted((min(s, o), max(s, o)) for s, o in graph.edges() if s != o))
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    scale = SPACING * math.sqrt(n) / 2
    if n <= SPRING_LIMIT:
        pos = _spring(simple, seed, 60, scale)
        return {v: (round(x, 1), round(y, 1)) for v, (x, y) in sorted(pos.items())}
    ranked = sorted(simple, key=lambda v: (-simple.degree(v), v))
    hubs = ranked[:SPRING_LIMIT]
    pos = _spring(simple.subgraph(hubs), seed, 40, scale * 0.8)
    children: dict[str, int] = {}
    queue = deque(sorted(hubs))
    rng = random.Random(seed)
    orphans = 0
    for root in ranked:  # components without a hub start from their best-connected node, on an outer ring
        if root not in pos:
            angle, radius = orphans * 2.399963, scale * 1.05 + SPACING * math.sqrt(orphans) * 0.6
            pos[root] = (radius * math.cos(angle), radius * math.sin(angle))
            orphans += 1
            queue.append(root)
        while queue:
            parent = queue.popleft()
            px, py = pos[parent]
            for child in sorted(simple[parent]):
                if child in pos:
                    continue
                k = children[parent] = children.get(parent, 0) + 1
                angle, radius = k * 2.399963 + rng.random() * 0.2, SPACING * (0.6 + 0.35 * math.sqrt(k))
                pos[child] = (px + radius * math.cos(angle), py + radius * math.sin(angle))
                queue.append(child)
    return {v: (round(x, 1), round(y, 1)) for v, (x, y) in sorted(pos.items())}


def _spring(graph: nx.Graph, seed: int, iterations: int, scale: float) -> dict[str, tuple[float, float]]:
    """Give a Fruchterman-Reingold layout scaled to ``scale`` (dense numpy: networkx's sparse variant is a Python loop per node)."""
    import numpy as np

    nodes = sorted(graph)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array(sorted((index[a], index[b]) for a, b in graph.edges()), dtype=np.int64).reshape(-1, 2)
    n = len(nodes)
    pos = np.random.RandomState(seed).rand(n, 2)
    k, step = 1 / math.sqrt(n), 0.1
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        w = (k * k) / np.maximum(dx * dx + dy * dy, 1e-4)
        disp = np.stack([(dx * w).sum(axis=1), (dy * w).sum(axis=1)], axis=1)  # repulsion between all pairs
        d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        pull = d * (np.sqrt((d ** 2).sum(axis=1)) / k)[:, None]  # attraction along edges
        np.add.at(disp, pairs[:, 0], -pull)
        np.add.at(disp, pairs[:, 1], pull)
        disp -= (pos - pos.mean(axis=0)) * GRAVITY  # strong gravity: small components sit at the rim, not far away
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step -= 0.1 / (iterations + 1)
    pos -= pos.mean(axis=0)
    pos *= scale / max(float(np.abs(pos).max()), 1e-9)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def node_size(degree: int) -> float:
    """Give a node's drawn size: grows with the square root of its degree, capped."""
    return round(min(8 + 3.2 * math.sqrt(degree), 48), 1)


def network_options(n_nodes: int) -> dict:
    """Give the vis-network options: no physics (positions are precomputed), type groups, quiet edges."""
    big = n_nodes > 3000
    groups = {t: {"shape": shape, "color": {"background": colour, "border": colour,
                                             "highlight": {"background": colour, "border": "#222"},
                                             "hover": {"background": colour, "border": "#222"}}}
              for t, (_, colour, shape, _) in TYPE_STYLES.items()}
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": SEED},
        "groups": groups,
        "nodes": {"borderWidth": 1, "font": {"face": FONT, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 9}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "smooth": False, "width": 1,
                  "color": {"color": "#b5b5b5", "highlight": "#333333", "hover": "#666666", "inherit": False},
                  "font": {"face": FONT, "size": 13, "align": "middle", "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "keyboard": False, "multiselect": False},
    }


def build_network(graph: nx.MultiDiGraph, positions: dict[str, tuple[float, float]] | None = None):
    """Give the pyvis ``Network`` of an entity graph, positioned, physics off (the caller decides where it goes).

    Node ids are integers (the IRI is kept as an attribute); nodes and edges
    carry what the page shows: aliases, division code, and evidence quotes.
    """
    from pyvis.edge import Edge  # pyvis imports IPython: slow, so only when drawing
    from pyvis.network import Network
    from pyvis.node import Node

    positions = layout(graph) if positions is None else positions
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.options = network_options(graph.number_of_nodes())
    ids = {}
    # Straight into net.nodes/net.edges: add_node and add_edge scan every existing node per call (quadratic).
    for i, (iri, d) in enumerate(sorted(graph.nodes(data=True))):
        ids[iri] = i
        x, y = positions[iri]
        node = Node(i, TYPE_STYLES[d["type"]][2], label=d["label"], group=d["type"], x=x, y=y,
                    size=node_size(graph.degree(iri)), iri=iri, aliases=list(d["aliases"]), code=d["code"], level=d["level"])
        net.nodes.append(node.options)
        net.node_ids.append(i)
        net.node_map[i] = node.options
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))
    for j, (s, o, p, d) in enumerate(edges):
        quotes = [[q.text, q.report, q.year or None] for q in d["evidence"]]
        net.edges.append(Edge(ids[s], ids[o], True, id=j, relation=p, years=list(d["years"]), evidence=quotes).options)
    return net


def page_data(net, title: str = "", max_drawn: int = MAX_DRAWN) -> dict:
    """Give the JSON document the page reads: the network, the legend and the filter choices."""
    reports: dict[str, int] = {}
    edges = []
    for e in net.edges:
        evidence = [[text, reports.setdefault(report, len(reports)), year] for text, report, year in e["evidence"]]
        edges.append({"id": e["id"], "from": e["from"], "to": e["to"], "relation": e["relation"], "years": e["years"],
                      "evidence": evidence})
    keys = ("id", "label", "group", "x", "y", "size", "iri", "aliases", "code", "level")
    nodes = [{k: n[k] for k in keys} for n in net.nodes]
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["group"]] = counts.get(n["group"], 0) + 1
    localities = sorted((n for n in nodes if n["group"] == "Locality"), key=lambda n: (n["label"], n["code"], n["id"]))
    return {
        "title": title,
        "maxDrawn": max_drawn,
        "types": [{"name": t, "zh": zh, "colour": c, "shape": s, "symbol": sym} for t, (zh, c, s, sym) in TYPE_STYLES.items()],
        "relations": RELATION_LABELS,
        "counts": counts,
        "years": sorted({y for e in edges for y in e["years"]}),
        "localities": [n["id"] for n in localities],
        "reports": sorted(reports, key=reports.get),
        "options": net.options,
        "nodes": nodes,
        "edges": edges,
    }


def script_json(value) -> str:
    """Give ``value`` as JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left to parse as HTML."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    import pyvis

    vis = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    folder = data_dir() / "view"
    try:
        parts = {
            "VIS_JS": (vis / "vis-network.min.js").read_text(encoding="utf-8"),
            "VIS_CSS": (vis / "vis-network.css").read_text(encoding="utf-8"),
            "JS": (folder / "view.js").read_text(encoding="utf-8"),
            "CSS": (folder / "view.css").read_text(encoding="utf-8"),
            "PAGE": (folder / "page.html").read_text(encoding="utf-8"),
        }
    except OSError as e:
        raise InputError(f"view assets missing ({e.filename}); reinstall kg and pyvis") from e
    for key in ("VIS_JS", "VIS_CSS"):  # no source-map fetch by devtools, no early end of the element
        parts[key] = re.sub(r"/[/*]# sourceMappingURL=\S+", "", parts[key])
        parts[key] = re.sub(r"</(script|style)", r"<\\/\1", parts[key], flags=re.IGNORECASE)
    return parts


def render_html(quads, *, title: str = "kg 知识图谱", focus: str | None = None, depth: int = 1,
                types: Iterable[str] | None = None, year: int | None = None, min_degree: int = 0,
                max_drawn: int = MAX_DRAWN) -> str:
    """Give the view of ``quads`` (or of an entity graph) as one self-contained HTML page."""
    graph = filter_graph(as_graph(quads), focus=focus, depth=depth, types=types, year=year, min_degree=min_degree)
    return page_html(build_network(graph), title=title, max_drawn=max_drawn)


def page_html(net, title: str = "kg 知识图谱", max_drawn: int = MAX_DRAWN) -> str:
    """Give the HTML page drawing a network made by ``build_network`` (at most ``max_drawn`` nodes until the user asks)."""
    parts = dict(_assets())
    parts["DATA"] = script_json(page_data(net, title, max_drawn))
    parts["TITLE"] = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # One pass over the template only: nothing substituted in is searched again.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], parts.pop("PAGE"))


def write_html(page: str, path: Path) -> Path:
    """Write ``page`` to ``path`` as UTF-8 (pyvis's own writer uses the locale's encoding) and give the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(page.encode("utf-8"))
    return path


def synthetic_graph(n: int, seed: int = SEED) -> nx.MultiDiGraph:
    """Give a random entity graph of ``n`` nodes shaped like ours (a locality tree, awards, programs), for benchmarks."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    kinds = ["Locality"] * 5 + ["Award"] * 2 + ["Program", "Project", "Place", "Organization"]
    localities = []
    for i in range(n):
        kind = "Locality" if i < 10 else kinds[rng.randrange(len(kinds))]
        iri = f"urn:kg:{kind.lower()}/{i:06d}"
        g.add_node(iri, type=kind, label=f"{TYPE_STYLES[kind][0]}{i}号", aliases=[], code="", level="")
        if kind == "Locality":
            if localities:
                g.add_edge(iri, localities[rng.randrange(len(localities))], key="partOf", relation="partOf", evidence=[], years=[])
            localities.append(iri)
        else:
            relation = {"Award": "receivedAward", "Program": "implements", "Project": "implements"}.get(kind)
            for _ in range(1 + rng.randrange(2)):
                other = localities[rng.randrange(len(localities))]
                if relation:
                    g.add_edge(other, iri, key=relation, relation=relation, evidence=[], years=[2015 + rng.randrange(8)])
                else:
                    g.add_edge(iri, other, key="locatedIn", relation="locatedIn", evidence=[], years=[])
    return g
