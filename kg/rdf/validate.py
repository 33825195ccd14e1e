"""SHACL validation of a kg graph against ``ontology/shapes.ttl``, returned as plain records.

Validation runs without inference: the graph types every locality with both
``kg:Locality`` and its level class, and the shapes check that it does.
Nothing is printed; the caller decides what to do with the report, and
``format_violation`` gives one readable line per problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import BNode, Node, URIRef
from rdflib.util import guess_format

from kg.errors import InputError, ResourceError
from kg.rdf.vocab import PREFIXES, shapes_path

__all__ = ["ValidationReport", "Violation", "format_violation", "validate"]

_QUAD_FORMATS = frozenset({"trig", "nquads", "trix"})
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
_MAX_SHOWN = 60  # characters of a literal value shown in a formatted line


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result: the node at fault, what about it, and how bad."""

    focus: Node  # the node that fails a shape
    label: str | None  # its rdfs:label, if it has one
    path: Node | None  # the property at fault; None for a constraint on the node itself
    value: Node | None  # the offending value, if there is one
    message: str
    severity: str  # "Violation", "Warning" or "Info"


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms to the shapes, and every result if it does not."""

    conforms: bool
    violations: tuple[Violation, ...]


def validate(data: Graph | Path) -> ValidationReport:
    """Give the SHACL validation report of a graph, or of an RDF file, against the kg shapes.

    A file's format is told by its suffix (``.ttl``, ``.nt``, ``.trig`` …);
    a file that cannot be read or parsed raises ``InputError``.
    """
    # Imported here: pySHACL pulls in a lot, and importing kg should stay fast.
    import pyshacl

    graph = data if isinstance(data, Graph) else _parse(Path(data))
    conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=_load_shapes(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        allow_infos=False,
    )
    # A set: one bad value often fails several constraints of a property
    # shape (datatype and range, say) that share one message.
    found = {_violation(graph, results, r) for r in results.subjects(RDF.type, SH.ValidationResult)}
    violations = tuple(sorted(found, key=_sort_key))
    return ValidationReport(conforms=bool(conforms), violations=violations)


def format_violation(v: Violation) -> str:
    """Give one readable line for a violation: node, property, value and message.

    For example ``遂昌县 <https://w3id.org/cn-gov-kg/id/locality/331123>:
    kg:divisionCode "33112x" — division code must be 2, 4, 6, 9 or 12 digits``
    (on one line).
    """
    focus = f"<{v.focus}>" if isinstance(v.focus, URIRef) else v.focus.n3()
    head = f"{v.label} {focus}" if v.label else focus
    # For a constraint on the node itself pySHACL reports the node as the
    # value; repeating it would only make the line longer.
    value = None if v.value == v.focus and v.path is None else v.value
    where = " ".join(_show(t) for t in (v.path, value) if t is not None)
    line = f"{head}: {where} — {v.message}" if where else f"{head}: {v.message}"
    if v.severity != "Violation":
        line = f"{v.severity.lower()}: {line}"
    return line


def _parse(path: Path) -> Graph:
    """Give the triples of an RDF file, raising InputError if it cannot be read or parsed."""
    fmt = guess_format(path.name)
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format; use a suffix such as .ttl, .nt, .rdf, .jsonld or .trig")
    try:
        if fmt in _QUAD_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _g in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return Graph().parse(path, format=fmt)
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from e
    except Exception as e:  # rdflib's parsers raise many unrelated exception types
        raise InputError(f"{path}: not valid {fmt}: {_one_line(str(e))}") from e


def _load_shapes() -> Graph:
    path = shapes_path()
    try:
        return Graph().parse(path, format="turtle")
    except Exception as e:
        raise ResourceError(f"{path}: SHACL shapes do not parse: {_one_line(str(e))}") from e


def _violation(data: Graph, results: Graph, result: Node) -> Violation:
    focus = results.value(result, SH.focusNode)
    messages = sorted(results.objects(result, SH.resultMessage), key=_message_key)
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=focus,
        label=_label(data, focus),
        path=results.value(result, SH.resultPath),
        value=results.value(result, SH.value),
        message=str(messages[0]) if messages else "",
        severity=str(severity).rpartition("#")[2] if severity is not None else "Violation",
    )


def _label(graph: Graph, node: Node) -> str | None:
    """Give the node's rdfs:label, preferring @zh, deterministic when it has several."""
    labels = sorted(
        graph.objects(node, RDFS.label),
        key=lambda lit: (getattr(lit, "language", None) != "zh", str(lit)),
    )
    return str(labels[0]) if labels else None


def _message_key(message: Node) -> tuple[bool, str]:
    language = getattr(message, "language", None)
    return (language not in (None, "en"), str(message))


def _sort_key(v: Violation) -> tuple[int, str, str, str, str]:
    return (
        _SEVERITY_ORDER.get(v.severity, 3),
        str(v.focus),
        str(v.path or ""),
        str(v.value or ""),
        v.message,
    )


def _show(term: Node) -> str:
    """Give a short Turtle-like form of a term: prefixed name, <IRI>, _:bnode or "literal"."""
    if isinstance(term, Literal):
        text = str(term)
        if len(text) > _MAX_SHOWN:
            text = text[: _MAX_SHOWN - 1] + "…"
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{text}"^^{_show(term.datatype)}'
        return f'"{text}"'
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            local = str(term)[len(str(namespace)) :]
            if str(term).startswith(str(namespace)) and local and _is_local_name(local):
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return term.n3()
    return str(term)


def _is_local_name(text: str) -> bool:
    return text.replace("_", "a").replace("-", "a").isalnum() and not text[0].isdigit() and text.isascii()


def _one_line(text: str) -> str:
    return " ".join(text.split())
