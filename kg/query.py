"""SPARQL over a build: saved queries, safe parameters, execution, and results as tables or standard formats.

Saved queries are ``kg/data/queries/*.rq`` files whose header comments say
what they are::

    # name: awards-by-year
    # purpose: Awards a locality received or pursues, by evidence year.
    # param: locality = 遂昌县

A parameter is written ``$locality`` in the query body and replaced by a
string literal, escaped, so a value can never change the query's shape::

    >>> substitute('SELECT * { ?x ?p $name }', {"name": 'a"} DROP ALL #'})
    'SELECT * { ?x ?p "a\\\\"} DROP ALL #" }'
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.errors import QueryError

TABLE_FORMATS = ("table", "csv", "tsv", "json")
_RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV, "json": QueryResultsFormat.JSON}
_HEADER = re.compile(r"^#\s*(name|purpose|param)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(.*))?$")
_SYNTAX = re.compile(r"^error at (\d+):(\d+): (.*)", re.S)


@dataclass(frozen=True)
class SavedQuery:
    """A query shipped under ``kg/data/queries``: its name, purpose, parameters (name → default) and text."""

    name: str
    purpose: str
    params: tuple[tuple[str, str | None], ...]
    text: str
    path: Path

    def bind(self, values: dict[str, str] | None = None) -> str:
        """Give the query text with every parameter replaced by ``values`` or its default."""
        values = dict(values or {})
        declared = dict(self.params)
        unknown = sorted(set(values) - set(declared))
        if unknown:
            raise QueryError(f"{self.name}: unknown parameter {', '.join(unknown)} (it takes: {', '.join(declared) or 'none'})")
        bound = {}
        for name, default in self.params:
            value = values.get(name, default)
            if value is None:
                raise QueryError(f"{self.name}: parameter {name} needs a value (--param {name}=…)")
            bound[name] = value
        return substitute(self.text, bound)


@dataclass
class Result:
    """What a query gave: variables and rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    json: bytes = b""  # SELECT results in the standard JSON format, to re-serialize from


def parse_saved(path: Path) -> SavedQuery:
    """Give the saved query in ``path``, read from its header comments."""
    text = path.read_text(encoding="utf-8")
    name, purpose, params = path.stem, "", []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key == "name":
            name = value
        elif key == "purpose":
            purpose = value
        else:
            p = _PARAM.match(value)
            if not p:
                raise QueryError(f"{path}: line {number}: malformed parameter {value!r}; write `# param: name = default`")
            params.append((p.group(1), p.group(2) if p.group(2) else None))
    return SavedQuery(name, purpose, tuple(params), text, path)


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    """Give the saved queries (of ``folder``, default the shipped ones) by name, sorted."""
    if folder is None:
        from kg.resources import queries_dir

        folder = queries_dir()
    queries = [parse_saved(p) for p in sorted(Path(folder).glob("*.rq"))]
    return {q.name: q for q in sorted(queries, key=lambda q: q.name)}


def saved(name: str) -> SavedQuery:
    """Give the saved query called ``name``."""
    queries = saved_queries()
    if name not in queries:
        raise QueryError(f"no saved query {name!r}; `kg query --list` shows them: {', '.join(queries)}")
    return queries[name]


def sparql_string(value: str) -> str:
    """Give ``value`` as a SPARQL string literal, with quotes, backslashes and line ends escaped."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f"))
    return f'"{escaped}"'


def substitute(text: str, values: dict[str, str]) -> str:
    """Give ``text`` with each ``$name`` of ``values`` replaced by the value as an escaped string literal."""
    for name, value in values.items():
        text = re.sub(rf"\${re.escape(name)}(?![A-Za-z0-9_])", lambda _m, v=value: sparql_string(v), text)
    return text


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Give ``key=value`` strings as a dict."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: write key=value")
        out[key.strip()] = value
    return out


def execute(store: pyoxigraph.Store, text: str, source: str = "query") -> Result:
    """Give the result of SPARQL ``text`` over ``store``, its named graphs seen as one default graph.

    ``source`` (a file name, or 'query') names the query in syntax errors.
    """
    try:
        answer = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as e:
        raise QueryError(syntax_message(source, e)) from e
    except OSError as e:
        raise QueryError(f"{source}: {e}") from e
    if isinstance(answer, QueryBoolean):
        return Result("ask", boolean=bool(answer))
    if isinstance(answer, QuerySolutions):
        return select_result(answer.serialize(format=QueryResultsFormat.JSON))
    return Result("graph", triples=list(answer))


def syntax_message(source: str, error: SyntaxError) -> str:
    """Give ``source: line L, column C: message`` for a pyoxigraph syntax error ('error at L:C: …')."""
    message = str(error)
    m = _SYNTAX.match(message)
    if not m:
        return f"{source}: {message}"
    detail = " ".join(m.group(3).split())
    if len(detail) > 200:
        detail = detail[:197] + "…"
    return f"{source}: line {m.group(1)}, column {m.group(2)}: {detail}"


def select_result(data: bytes) -> Result:
    """Give a SELECT result from SPARQL 1.1 JSON results ``data`` (from pyoxigraph or any endpoint)."""
    solutions = pyoxigraph.parse_query_results(data, format=QueryResultsFormat.JSON)
    if isinstance(solutions, QueryBoolean):
        return Result("ask", boolean=bool(solutions))
    variables = [v.value for v in solutions.variables]
    rows = [tuple(s[i] for i in range(len(variables))) for s in solutions]
    return Result("select", variables, rows, json=data)


def format_result(result: Result, fmt: str = "table") -> str:
    """Give ``result`` as text: SELECT as a table or SPARQL 1.1 csv/tsv/json, ASK as true/false, graphs as Turtle."""
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        from kg.rdf.export import serialization_prefixes

        return pyoxigraph.serialize(result.triples, format=RdfFormat.TURTLE, prefixes=serialization_prefixes()).decode("utf-8")
    if fmt == "table":
        return table(result.variables, [[display(t) for t in row] for row in result.rows])
    if fmt not in _RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(TABLE_FORMATS)}")
    solutions = pyoxigraph.parse_query_results(result.json, format=QueryResultsFormat.JSON)
    return solutions.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")


def display(term) -> str:
    """Give a short human form of an RDF term: a literal's text, an IRI as prefix:name, '' for unbound."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, NamedNode):
        from kg.rdf.export import serialization_prefixes

        best = max(((p, ns) for p, ns in serialization_prefixes().items() if term.value.startswith(ns)),
                   key=lambda pn: len(pn[1]), default=None)
        return f"{best[0]}:{term.value[len(best[1]):]}" if best else f"<{term.value}>"
    return str(term)


def width(text: str) -> int:
    """Give the columns ``text`` takes in a terminal: wide and full-width characters (CJK) take two."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def table(header: list[str], rows: list[list[str]]) -> str:
    """Give ``rows`` under ``header`` as columns aligned by display width, with a rule and a row count."""
    clean = [[" ".join(cell.split()) for cell in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in clean]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(r) for r in clean)
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(out)


def resolve(sparql: str | None = None, file: Path | None = None, saved_name: str | None = None,
            params: dict[str, str] | None = None) -> tuple[str, str]:
    """Give the query text and the name to report errors under, from exactly one of a string, a file or a saved name."""
    given = [x for x in (sparql, file, saved_name) if x is not None]
    if len(given) != 1:
        raise QueryError("give exactly one of a query string, -f FILE or --saved NAME")
    if saved_name is not None:
        q = saved(saved_name)
        return q.bind(params), str(q.path.name)
    if file is not None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except OSError as e:
            raise QueryError(f"{file}: cannot read: {e.strerror or e}") from e
        return (substitute(text, params) if params else text), str(file)
    return (substitute(sparql, params) if params else sparql), "query"


def time_queries(quads: list, queries: dict[str, str] | None = None, repeat: int = 3) -> dict:
    """Give load and per-query times (best of ``repeat``, seconds) of a pyoxigraph store and an rdflib Dataset on ``quads``.

    ``queries`` maps names to SPARQL (default: every saved query with its
    default parameters). Both engines see the union of the named graphs as
    the default graph; ``rows`` counts the rows each gave.
    """
    import rdflib

    from kg.rdf.export import serialize

    if queries is None:
        queries = {q.name: q.bind() for q in saved_queries().values()}
    out: dict = {"quads": len(quads), "load": {}, "queries": {}}
    t = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_extend(quads)
    out["load"]["pyoxigraph"] = time.perf_counter() - t
    nquads = serialize(quads, "nq")
    t = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    out["load"]["rdflib"] = time.perf_counter() - t
    for name, text in queries.items():
        times = {"pyoxigraph": float("inf"), "rdflib": float("inf")}
        rows = {}
        for _ in range(repeat):
            t = time.perf_counter()
            r = store.query(text, use_default_graph_as_union=True)
            rows["pyoxigraph"] = len(list(r)) if isinstance(r, QuerySolutions) else int(bool(r))
            times["pyoxigraph"] = min(times["pyoxigraph"], time.perf_counter() - t)
            t = time.perf_counter()
            r = dataset.query(text)
            rows["rdflib"] = len(list(r)) if r.type == "SELECT" else int(bool(r.askAnswer)) if r.type == "ASK" else len(r.graph)
            times["rdflib"] = min(times["rdflib"], time.perf_counter() - t)
        out["queries"][name] = {"seconds": times, "rows": rows}
    return out
