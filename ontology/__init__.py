"""The cn-gov-kg ontology (kg.ttl) and its SHACL shapes (shapes.ttl), shipped as package ``kg.ontology``."""
