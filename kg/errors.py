"""Exceptions of kg. Every error kg raises on purpose is a ``KgError``."""

from __future__ import annotations


class KgError(Exception):
    """Base class of the errors kg raises on purpose."""


class ResourceError(KgError):
    """A data file shipped with kg (or named by the user) is missing, unreadable or corrupt."""


class InputError(KgError):
    """An input file or argument cannot be used as given."""


class LexiconError(KgError):
    """A lexicon (user dictionary, alias list …) is malformed or inconsistent."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot run."""


class StoreError(KgError):
    """A triple store or SPARQL endpoint refused or failed a request."""
