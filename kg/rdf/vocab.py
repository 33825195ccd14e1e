"""The kg ontology as an rdflib namespace, the namespaces it reuses, and where its files are.

``ontology/kg.ttl`` is the single source of the vocabulary; ``KG`` mirrors it
and ``tests/test_vocab.py`` keeps the two equal. Unknown terms fail loudly::

    >>> KG.implements
    rdflib.term.URIRef('https://w3id.org/cn-gov-kg/ontology#implements')
    >>> KG.implement
    Traceback (most recent call last):
    ...
    AttributeError: term 'implement' not in namespace 'https://w3id.org/cn-gov-kg/ontology#'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.errors import ResourceError

__all__ = [
    "DCTERMS",
    "GEO",
    "KG",
    "KGR",
    "KGSH",
    "ONTOLOGY_IRI",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "ontology_path",
    "shapes_path",
]


class KG(DefinedNamespace):
    """cn-gov-kg ontology: entities and relations of Chinese local-government reports."""

    _NS = Namespace("https://w3id.org/cn-gov-kg/ontology#")
    _fail = True

    # owl:Class
    Report: URIRef
    Locality: URIRef
    Province: URIRef
    City: URIRef
    County: URIRef
    Township: URIRef
    Village: URIRef
    Project: URIRef
    Program: URIRef
    Award: URIRef
    Place: URIRef
    Organization: URIRef
    Person: URIRef
    Evidence: URIRef

    # owl:ObjectProperty
    receivedAward: URIRef
    pursuesAward: URIRef
    implements: URIRef
    locatedIn: URIRef
    partOf: URIRef
    holdsPosition: URIRef
    homeLocality: URIRef
    speaker: URIRef

    # owl:DatatypeProperty
    yearUnderReview: URIRef
    speakerRole: URIRef
    meeting: URIRef
    sourceFile: URIRef
    reportIndex: URIRef
    divisionCode: URIRef
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    year: URIRef
    extractionMethod: URIRef
    role: URIRef


ONTOLOGY_IRI = URIRef("https://w3id.org/cn-gov-kg/ontology")

# Instances: localities, reports, evidence … all live under this namespace.
KGR = Namespace("https://w3id.org/cn-gov-kg/id/")

# Shapes of ontology/shapes.ttl; kept apart so KG holds only ontology terms.
KGSH = Namespace("https://w3id.org/cn-gov-kg/shapes#")

# WGS84 Basic Geo. Not rdflib.namespace.GEO (that is GeoSPARQL) nor
# rdflib.namespace.WGS (that spells the namespace with https://, which is
# not the IRI the vocabulary and everyone's data use).
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

# Prefixes to bind on graphs we build and to use when printing terms.
PREFIXES: dict[str, Namespace | str] = {
    "kg": KG._NS,
    "kgr": KGR,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "xsd": XSD._NS,
    "skos": SKOS._NS,
    "dcterms": DCTERMS._NS,
    "prov": PROV._NS,
    "geo": GEO,
}


def _ontology_dir() -> Path:
    """Give the directory holding kg.ttl and shapes.ttl."""
    try:
        root = resources.files("kg.ontology")
    except ModuleNotFoundError:
        # A source checkout that is not installed has no kg.ontology package:
        # pyproject maps it onto the top-level ontology/ directory, which is
        # where the files are.
        return Path(__file__).resolve().parents[2] / "ontology"
    if not isinstance(root, Path):
        raise ResourceError(f"kg.ontology is not a directory on disk ({root!r}); install kg unzipped")
    return root


def _resource(name: str) -> Path:
    path = _ontology_dir() / name
    if not path.is_file():
        raise ResourceError(f"{path}: ontology file missing from the kg installation")
    return path


def ontology_path() -> Path:
    """Give the path of the ontology, ``kg.ttl`` (Turtle)."""
    return _resource("kg.ttl")


def shapes_path() -> Path:
    """Give the path of the SHACL shapes, ``shapes.ttl`` (Turtle)."""
    return _resource("shapes.ttl")
