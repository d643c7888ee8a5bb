"""The store seam: everything outside this package reaches triples through ``GraphStore``."""

from pathlib import Path

from .base import (
    DATASET_FORMATS,
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    Dataset,
    GraphStore,
    QueryAnswer,
    QueryError,
    QuerySyntaxError,
    ResultFormat,
    Row,
    StoreError,
    Term,
    Triple,
)
from .embedded import EmbeddedStore


def open_store(path: Path | None, *, read_only: bool = False) -> GraphStore:
    """Open the configured store: the embedded on-disk store at ``path`` (memory if None)."""
    return EmbeddedStore(path, read_only=read_only)


__all__ = [
    "DATASET_FORMATS",
    "GRAPH_FORMATS",
    "SOLUTION_FORMATS",
    "Dataset",
    "EmbeddedStore",
    "GraphStore",
    "QueryAnswer",
    "QueryError",
    "QuerySyntaxError",
    "ResultFormat",
    "Row",
    "StoreError",
    "Term",
    "Triple",
    "open_store",
]
