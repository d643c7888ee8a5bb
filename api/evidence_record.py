"""One evidence annotation as every reader of the API sees it: one SPARQL pattern, one record.

The linked-data pages and the GraphQL loader both read an annotation's target, its quote
and position selectors, and how it was obtained. They share the pattern and the record
here, so a change to how evidence is stored is made once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from rdflib import Literal, URIRef
from rdflib.term import Node

from normgraph.graph import Row

ANNOTATION_PATTERN = """
  ?annotation oa:hasTarget ?target .
  ?target oa:hasSource ?source ; oa:hasSelector ?quoteSelector, ?positionSelector .
  ?quoteSelector oa:exact ?quote .
  ?positionSelector oa:start ?start ; oa:end ?end .
  OPTIONAL { ?quoteSelector oa:prefix ?prefix }
  OPTIONAL { ?quoteSelector oa:suffix ?suffix }
  OPTIONAL { ?annotation ng:method ?method }
  OPTIONAL { ?annotation prov:wasAttributedTo ?loader }
"""
"""Binds ``?annotation``'s ``?source ?quote ?start ?end ?prefix ?suffix ?method ?loader``
(prefixes ``oa:``, ``ng:`` and ``prov:`` are the caller's)."""

ANNOTATION_VARIABLES = "?annotation ?source ?quote ?start ?end ?prefix ?suffix ?method ?loader"


@dataclass(frozen=True)
class EvidenceRecord:
    """One evidence annotation of a fact, flattened from its target and selectors."""

    annotation: URIRef
    quote: str
    start: int
    end: int
    source: URIRef
    method: URIRef | None
    loader: URIRef | None
    prefix: str | None = None
    suffix: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> Self:
        """The record of one solution of :data:`ANNOTATION_PATTERN`."""
        return cls(
            annotation=URIRef(str(row["annotation"])),
            quote=str(row["quote"]),
            start=int(str(row["start"])),
            end=int(str(row["end"])),
            source=URIRef(str(row["source"])),
            method=_iri_or_none(row.get("method")),
            loader=_iri_or_none(row.get("loader")),
            prefix=_text_or_none(row.get("prefix")),
            suffix=_text_or_none(row.get("suffix")),
        )


def _iri_or_none(term: Node | None) -> URIRef | None:
    return URIRef(term) if isinstance(term, URIRef) else None


def _text_or_none(term: Node | None) -> str | None:
    return str(term) if isinstance(term, Literal) else None


__all__ = ["ANNOTATION_PATTERN", "ANNOTATION_VARIABLES", "EvidenceRecord"]
