"""The KG namespace matches ontology/kg.ttl, and the ontology and shapes are well formed."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.rdf.vocab import GEO, KG, KGR, ONTOLOGY_IRI, ontology_path, shapes_path

NS = str(KG._NS)
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def _defined(ontology: Graph) -> set[URIRef]:
    return {
        s
        for t in TERM_TYPES
        for s in ontology.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def _used(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(NS)}


def _namespace_terms() -> set[URIRef]:
    return {KG._NS[name] for name in KG.__annotations__ if not name.startswith("_")}


def test_vocab_namespace_matches_ontology(ontology):
    assert _defined(ontology) == _namespace_terms()


def test_vocab_ontology_uses_only_defined_terms(ontology):
    assert _used(ontology) <= _defined(ontology)


def test_vocab_shapes_use_only_defined_terms(ontology, shapes):
    assert _used(shapes) <= _defined(ontology)


def test_vocab_unknown_term_fails():
    with pytest.raises(AttributeError):
        KG.implement  # noqa: B018


@pytest.mark.parametrize("predicate", [RDFS.label, RDFS.comment])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_vocab_every_term_has_label_and_comment(ontology, predicate, language):
    missing = [
        term
        for term in sorted(_defined(ontology))
        if not any(
            isinstance(o, Literal) and o.language == language and str(o).strip()
            for o in ontology.objects(term, predicate)
        )
    ]
    assert missing == []


def test_vocab_every_term_has_one_label_per_language(ontology):
    for term in _defined(ontology):
        languages = [o.language for o in ontology.objects(term, RDFS.label)]
        assert sorted(languages) == ["en", "zh"], term


def test_vocab_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")


def test_vocab_locality_levels_are_subclasses(ontology):
    for level in (KG.Province, KG.City, KG.County, KG.Township, KG.Village):
        assert (level, RDFS.subClassOf, KG.Locality) in ontology


def test_vocab_part_of_is_not_transitive(ontology):
    assert (KG.partOf, RDF.type, OWL.TransitiveProperty) not in ontology


def test_vocab_shapes_parse_and_have_messages(shapes):
    shapes_with_constraints = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property))
    assert shapes_with_constraints
    for shape in shapes_with_constraints:
        assert shapes.value(shape, SH.message) is not None, shape


def test_vocab_reused_namespaces():
    assert str(GEO.lat) == "http://www.w3.org/2003/01/geo/wgs84_pos#lat"
    assert str(KGR) == "https://w3id.org/cn-gov-kg/id/"
