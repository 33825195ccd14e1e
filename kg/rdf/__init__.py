"""The RDF stage: vocabulary, graph building, validation and export."""
