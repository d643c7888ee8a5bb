"""The store seam: everything outside this package reaches triples through ``GraphStore``."""

from pathlib import Path

from .base import (
    DATASET_FORMATS,
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    Dataset,
    FormatChoice,
    GraphNotFoundError,
    GraphStore,
    NotAcceptableError,
    QueryAnswer,
    QueryRequest,
    QuerySyntaxError,
    ResultFormat,
    Row,
    StoreError,
    Term,
    Triple,
)
from .embedded import EmbeddedStore
from .pool import (
    BusyError,
    InlineRunner,
    ProcessRunner,
    QueryTimeoutError,
    Runner,
    StoreOpener,
)


def open_store(path: Path | None, *, read_only: bool = False) -> GraphStore:
    """Open the configured store: the embedded on-disk store at ``path`` (memory if None)."""
    return EmbeddedStore(path, read_only=read_only)


__all__ = [
    "DATASET_FORMATS",
    "GRAPH_FORMATS",
    "SOLUTION_FORMATS",
    "BusyError",
    "Dataset",
    "EmbeddedStore",
    "FormatChoice",
    "GraphNotFoundError",
    "GraphStore",
    "InlineRunner",
    "NotAcceptableError",
    "ProcessRunner",
    "QueryAnswer",
    "QueryRequest",
    "QuerySyntaxError",
    "QueryTimeoutError",
    "ResultFormat",
    "Row",
    "Runner",
    "StoreError",
    "StoreOpener",
    "Term",
    "Triple",
    "open_store",
]
