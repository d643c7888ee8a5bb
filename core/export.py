"""Whole-store exports. N-Quads are sorted line by line so equal stores give equal bytes."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from normgraph.graph import GraphStore, ResultFormat

UNION_GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
EXPORT_FORMATS = ("nquads", "trig", "turtle", "jsonld")


def export_dataset(store: GraphStore, name: str) -> bytes:
    """The store in one of EXPORT_FORMATS. Turtle holds one graph: the union of all."""
    if name == "nquads":
        buffer = io.BytesIO()
        store.dump(buffer, ResultFormat.NQUADS)
        lines = sorted(set(buffer.getvalue().splitlines()))
        return b"".join(line + b"\n" for line in lines)
    if name in ("trig", "jsonld"):
        buffer = io.BytesIO()
        store.dump(buffer, ResultFormat.TRIG if name == "trig" else ResultFormat.JSONLD)
        return buffer.getvalue()
    if name == "turtle":
        return store.query(UNION_GRAPH, result_format=ResultFormat.TURTLE).body
    raise ValueError(f"unknown export format {name!r}; choose from {', '.join(EXPORT_FORMATS)}")


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to exactly ``path`` (relative to the working folder), creating its
    folder; written beside it and renamed, so an interrupted export leaves no partial file.
    The file gets the permissions any new file gets (the temporary one is private)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's file-creation mask (read by setting it, then put back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
