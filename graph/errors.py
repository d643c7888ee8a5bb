"""What the store seam raises: every store maps its library's or server's failures onto
these, so callers (the API's error table, the CLI) handle one set of exceptions."""

from __future__ import annotations


class StoreError(Exception):
    """The store could not be opened, read or written."""


class QueryError(StoreError):
    """The store refused a query or update as written (the client's mistake, not the store's)."""


class QuerySyntaxError(QueryError):
    """A SPARQL query or update does not parse; the message says where."""


class NotAcceptableError(ValueError):
    """The answer's form (solutions or triples) has no format the client accepts."""


class GraphNotFoundError(LookupError):
    """A named graph addressed by the Graph Store Protocol does not exist."""
