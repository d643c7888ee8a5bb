"""A statement's later passages cite a law by the short form or cut-short name an earlier
passage defined ("the Law on Referendums and Local Initiatives (LRLI)", then "the LRLI"):
the later finding or recommendation links to the same law. Invented text."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

from .fact_lookup import facts, value

STATEMENT = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Slovenia - Local Elections, 14 November 2032

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

PRELIMINARY CONCLUSIONS

The Law on Referendums and Local Initiatives (LRLI) was amended in June 2032 without public
consultation, which undermined confidence in the reform.

RECOMMENDATIONS

1. The LRLI should be amended to allow citizen observers at every stage of the process.
"""


def _laws(extraction: Extraction, kind: URIRef, starts: str) -> list[str]:
    """The laws the fact of ``kind`` whose text begins ``starts`` concerns."""
    (fact,) = [f for f in facts(extraction, kind) if str(value(f, NG.text)).startswith(starts)]
    return [str(v) for p, v in fact.values if p == NG.concernsLaw]


def test_later_passages_resolve_the_short_form_an_earlier_one_defined() -> None:
    extraction = StatementLoader().extract(SourceText("si", "si.txt", STATEMENT))
    first = _laws(extraction, NG.Finding, "The Law on Referendums")
    assert len(first) == 1 and "referendums" in first[0]
    assert _laws(extraction, NG.Recommendation, "The LRLI should") == first
