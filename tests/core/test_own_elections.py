"""The link stage and the pages read a report's own election from their query rows with one
reader (``own_elections``): each report's named elections, the first row of each its reading,
then the one the report observed or was issued nearest."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from normgraph.report_election import Election, own_elections

REPORT_A = URIRef("https://example.org/id/report/a")
REPORT_B = URIRef("https://example.org/id/report/b")
RECALLED = URIRef("https://example.org/id/election/x-2019-local")
OWN = URIRef("https://example.org/id/election/x-2023-parliamentary")
OTHER = URIRef("https://example.org/id/election/y-2021-presidential")


def _row(report: URIRef, election: URIRef, **values: object) -> dict[str, object]:
    return {"report": report, "election": election, **values}


def test_each_report_gets_the_election_it_observed_or_was_issued_nearest() -> None:
    issued = Literal("2023-11-02", datatype=XSD.date)
    rows = [
        _row(REPORT_A, RECALLED, electionDate=Literal("2019-05-12"), issued=issued),
        _row(REPORT_A, OWN, electionDate=Literal("2023-09-24"), issued=issued),
        _row(REPORT_B, RECALLED, electionDate=Literal("2019-05-12"), observed=Literal(False)),
        _row(REPORT_B, OTHER, electionLabel=Literal("2021 presidential"), observed=Literal(True)),
    ]
    chosen = own_elections(rows)
    assert chosen[str(REPORT_A)] == Election(str(OWN), str(OWN), "2023-09-24")
    # observed beats dates; a label the query asked for is the election's, else its IRI
    assert chosen[str(REPORT_B)] == Election(str(OTHER), "2021 presidential", None, True)


def test_an_elections_first_row_is_its_reading_and_its_country_is_kept() -> None:
    rows = [
        _row(REPORT_A, OWN, electionDate=Literal("2023-09-24"), country=Literal("xx")),
        _row(REPORT_A, OWN, electionDate=Literal("2024-01-01"), country=Literal("yy")),
    ]
    assert own_elections(rows) == {
        str(REPORT_A): Election(str(OWN), str(OWN), "2023-09-24", False, "xx")
    }
    assert own_elections([]) == {}
