"""What an issue's block rests on besides its members, read from the store: the evidence
annotations of the recommendations an inference rests on, the reports' creators (an issue's
organisation count), and the statements an earlier link resolved (kept across relinks)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rdflib import URIRef

from normgraph.graph import GraphStore

from .namespaces import NG, RECURRENCE_GRAPH
from .recurrence_read import _PREFIXES, _of_reports, _pages, _text


def read_evidence(store: GraphStore, keys: Sequence[str]) -> dict[str, list[URIRef]]:
    """The evidence annotations of the recommendations an inference can rest on."""
    found: dict[str, list[URIRef]] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), 400):
        values = " ".join(URIRef(key).n3() for key in wanted[start : start + 400])
        _, rows = store.select(
            _PREFIXES + f"SELECT ?item ?annotation WHERE {{ VALUES ?item {{ {values} }} "
            "?item ng:evidence ?annotation } ORDER BY ?item ?annotation"
        )
        for row in rows:
            annotation = row["annotation"]
            if isinstance(annotation, URIRef):
                found.setdefault(str(row["item"]), []).append(annotation)
    return found


CREATORS = _PREFIXES + "SELECT DISTINCT ?report ?creator WHERE { ?report dcterms:creator ?creator }"
"""Every report's creators (one row per report and creator: a few per report)."""


def read_creators(
    store: GraphStore, reports: Collection[str] | None = None
) -> dict[str, frozenset[str]]:
    """Each report's ``dcterms:creator`` values, which an issue's organisation count counts
    (of every report, or of ``reports``, a page of them at a time)."""
    pages = [None] if reports is None else list(_pages(sorted(reports)))
    found: dict[str, set[str]] = {}
    for page in pages:
        for row in store.select(_of_reports(CREATORS, page))[1]:
            found.setdefault(_text(row, "report"), set()).add(_text(row, "creator"))
    return {report: frozenset(creators) for report, creators in found.items()}


RESOLVED = f"""
SELECT ?assessment ?recommendation WHERE {{
  GRAPH {RECURRENCE_GRAPH.n3()} {{
    ?assessment <{NG.recommendation}> ?recommendation
    FILTER NOT EXISTS {{ ?assessment a <{NG.InferredAssessment}> }}
  }}
}}
"""
"""Observers' statements an earlier link resolved to the recommendation they judge."""
RESTATED = f"""
SELECT ?assessment ?issue WHERE {{
  GRAPH {RECURRENCE_GRAPH.n3()} {{
    ?assessment <{NG.issue}> ?issue
    FILTER NOT EXISTS {{ ?assessment <{NG.recommendation}> ?recommendation }}
  }}
}}
"""
"""Statements an earlier link tied to an issue only (their own report re-states the ask),
with those issues."""
