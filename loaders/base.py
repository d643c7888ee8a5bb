"""What a genre loader is, and the registry the build pipeline picks loaders from.

A loader turns one source text of its genre into an ``Extraction`` (facts with evidence).
Loaders never write RDF or touch the store: later stages do that.
"""

from __future__ import annotations

from typing import Protocol

from .rdf.facts import Extraction
from .text.genres import Genre
from .text.source import SourceText


class ExtractionError(ValueError):
    """The text is of a known genre but cannot be read (truncated, malformed...)."""


class Loader(Protocol):
    """One genre's extractor."""

    name: str
    """Short stable name, e.g. ``odihr-final-report``; facts are attributed to it."""
    genre: Genre

    def extract(self, source: SourceText) -> Extraction:
        """Every fact the text states, each with evidence; ExtractionError if unreadable."""
        ...
