"""Maintenance tools run by developers, never on the build path (e.g. regenerating package data)."""
