"""Push a build to a SPARQL 1.1 Graph Store HTTP Protocol endpoint, then check every graph arrived whole.

One named graph per report (``kgr:graph/report/<id>``) plus the ontology
graph. ``replace`` PUTs each graph (replacing what the endpoint held under
that name); ``append`` POSTs (adding to it). Credentials come only from the
environment (``KG_STORE_USER``, ``KG_STORE_PASSWORD``) and are offered as
HTTP Basic or Digest, whichever the server asks for (Virtuoso wants Digest).

Only the standard library speaks HTTP here, so loading needs no extra package.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat, Triple

from kg.errors import StoreError

USER_ENV, PASSWORD_ENV = "KG_STORE_USER", "KG_STORE_PASSWORD"
ONTOLOGY_GRAPH = "https://w3id.org/cn-gov-kg/ontology"
TIMEOUT = 60.0


@dataclass
class LoadReport:
    """What a load did: triples sent per graph, triples the endpoint then held, and the graphs that differ."""

    endpoint: str
    query_endpoint: str
    sent: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)

    @property
    def mismatches(self) -> list[str]:
        """Give one line per graph whose count at the endpoint is not what was sent."""
        return [f"<{g}>: sent {n} triples, endpoint holds {self.found.get(g)}"
                for g, n in self.sent.items() if self.found.get(g) != n]


def graphs_of(out_dir: Path, reports: tuple[str, ...] = (), ontology: bool = True) -> dict[str, list[Triple]]:
    """Give the triples of each graph to load, by graph IRI: a graph per report (only ``reports`` if given), then the ontology."""
    from kg.store import open_store

    store = open_store(out_dir)
    graphs: dict[str, list[Triple]] = {}
    for name in sorted(store.named_graphs(), key=str):
        if reports and name.value.rsplit("/", 1)[-1] not in reports:
            continue
        quads = store.quads_for_pattern(None, None, None, name)
        graphs[name.value] = sorted((Triple(q.subject, q.predicate, q.object) for q in quads), key=str)
    missing = set(reports) - {g.rsplit("/", 1)[-1] for g in graphs}
    if missing:
        raise StoreError(f"{out_dir}: no report {', '.join(sorted(missing))} in the build")
    if not graphs:
        raise StoreError(f"{out_dir}: the build has no report graph to load")
    if ontology:
        from kg.rdf.vocab import ontology_path

        graphs[ONTOLOGY_GRAPH] = list(pyoxigraph.parse(path=str(ontology_path()), format=RdfFormat.TURTLE))
    return graphs


def default_query_endpoint(endpoint: str) -> str:
    """Give the SPARQL query endpoint that goes with a Graph Store endpoint (Oxigraph /store → /query, Virtuoso → /sparql)."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    for suffix, query in (("/store", "/query"), ("/sparql-graph-crud-auth", "/sparql"), ("/sparql-graph-crud", "/sparql"),
                          ("/data", "/sparql")):
        if path.endswith(suffix):
            return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path[: -len(suffix)] + query, "", ""))
    raise StoreError(f"{endpoint}: cannot tell its SPARQL query endpoint; pass --query-endpoint")


def load(endpoint: str, out_dir: Path, *, replace: bool = True, ontology: bool = True,
         query_endpoint: str | None = None, reports: tuple[str, ...] = (), timeout: float = TIMEOUT) -> LoadReport:
    """Give the report of pushing the build in ``out_dir`` to Graph Store ``endpoint`` and counting what arrived.

    Raises ``StoreError`` with a one-line message when the endpoint cannot be
    reached, refuses the login, or rejects a graph.
    """
    graphs = graphs_of(out_dir, reports, ontology)
    query_endpoint = query_endpoint or default_query_endpoint(endpoint)
    client = Client(timeout)
    report = LoadReport(endpoint, query_endpoint)
    from kg.rdf.export import serialization_prefixes

    prefixes = serialization_prefixes()
    for graph, triples in graphs.items():
        body = pyoxigraph.serialize(triples, format=RdfFormat.TURTLE, prefixes=prefixes)
        client.request("PUT" if replace else "POST", graph_url(endpoint, graph), body,
                       {"Content-Type": "text/turtle; charset=utf-8"}, what=f"graph <{graph}>")
        report.sent[graph] = len(set(triples))
    for graph in graphs:
        report.found[graph] = count_triples(client, query_endpoint, graph)
    if not replace:
        # Appending to a graph that held other triples leaves more than was sent.
        report.found = {g: (report.sent[g] if n >= report.sent[g] else n) for g, n in report.found.items()}
    return report


def graph_url(endpoint: str, graph: str) -> str:
    """Give the Graph Store URL of ``graph`` (indirect identification, ``?graph=``)."""
    return f"{endpoint}{'&' if '?' in endpoint else '?'}graph={urllib.parse.quote(graph, safe='')}"


def count_triples(client: "Client", query_endpoint: str, graph: str) -> int:
    """Give how many triples ``query_endpoint`` holds in ``graph``."""
    data = client.query(query_endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    try:
        return int(json.loads(data)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError) as e:
        raise StoreError(f"{query_endpoint}: unexpected answer to a triple count: {data[:200]!r}") from e


def endpoint_query(query_endpoint: str, text: str, timeout: float = TIMEOUT, union_default_graph: bool = False):
    """Give the ``kg.query.Result`` of SPARQL ``text`` at a remote endpoint (SELECT or ASK).

    ``union_default_graph`` asks Oxigraph to see all graphs as the default
    graph, as ``kg query`` does (Virtuoso does so unasked).
    """
    from kg.query import select_result

    url = query_endpoint + ("?union-default-graph" if union_default_graph else "")
    return select_result(Client(timeout).query(url, text))


class Client:
    """HTTP for one endpoint: Basic or Digest credentials from the environment, errors as one-line ``StoreError``."""

    def __init__(self, timeout: float = TIMEOUT) -> None:
        self.timeout = timeout
        self.user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
        handlers = []
        if self.user is not None:
            # The server's challenge picks the scheme: Digest (Virtuoso) or Basic.
            credentials = _Credentials(self.user, password or "")
            handlers = [urllib.request.HTTPDigestAuthHandler(credentials), urllib.request.HTTPBasicAuthHandler(credentials)]
        self.opener = urllib.request.build_opener(*handlers)

    def query(self, url: str, text: str) -> bytes:
        """Give the SPARQL JSON results of ``text`` at ``url`` (POSTed as a form)."""
        body = urllib.parse.urlencode({"query": text}).encode("utf-8")
        return self.request("POST", url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                "Accept": "application/sparql-results+json"}, what="query")

    def request(self, method: str, url: str, body: bytes, headers: dict[str, str], what: str) -> bytes:
        """Give the body of the answer to one request, or raise StoreError saying what went wrong."""
        req = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with self.opener.open(req, timeout=self.timeout) as answer:
                return answer.read()
        except urllib.error.HTTPError as e:
            message = _server_message(e)
            if e.code in (401, 403):
                hint = "" if self.user is not None else f"; set {USER_ENV} and {PASSWORD_ENV}"
                raise StoreError(f"{_origin(url)}: login refused ({e.code} {e.reason}) for {what}{hint}") from e
            raise StoreError(f"{_origin(url)}: {what} rejected ({e.code} {e.reason}){': ' + message if message else ''}") from e
        except urllib.error.URLError as e:
            reason = e.reason.strerror if isinstance(e.reason, OSError) and e.reason.strerror else e.reason
            raise StoreError(f"{_origin(url)}: cannot reach the endpoint: {reason}") from e
        except (socket.timeout, TimeoutError) as e:
            raise StoreError(f"{_origin(url)}: no answer within {self.timeout:g} s") from e
        except ConnectionError as e:
            raise StoreError(f"{_origin(url)}: connection lost: {e}") from e


class _Credentials(urllib.request.HTTPPasswordMgr):
    """The one user and password of the environment, for any realm of the endpoint."""

    def __init__(self, user: str, password: str) -> None:
        super().__init__()
        self.credentials = (user, password)

    def find_user_password(self, realm, authuri):
        return self.credentials


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _server_message(error: urllib.error.HTTPError) -> str:
    """Give the first meaningful line of an error answer, without markup, at most 300 characters."""
    try:
        text = error.read().decode("utf-8", "replace")
    except OSError:
        return ""
    import re

    text = re.sub(r"<[^>]+>", "\n", text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line and line.lower() not in ("error", "bad request")]
    message = " ".join(lines[:3])
    return message[:297] + "…" if len(message) > 300 else message
