"""kg: knowledge graphs from Chinese local-government reports.

    >>> import kg
    >>> graph = kg.build_graph([Path("reports/")])   # an rdflib.Dataset, one named graph per report

Nothing heavy happens at import: the pipeline is built by the call.
"""

from __future__ import annotations

__version__ = "0.1.0"


def build_graph(paths, settings=None):
    """Give the rdflib Dataset of the reports under ``paths`` (see kg.build.build_graph)."""
    from kg.build import Settings, build_graph as _build_graph

    return _build_graph(list(paths), settings or Settings())
