"""Complaint tables and tallies read when their shape is met only half-way (issue 13,
thirteenth session): a table whose column headings name no outcome the vocabulary knows,
read from its arithmetic (the first column sums the others in every row); a row whose
whole count stands in one outcome column; a tally told "as of" a date after a figure with
no body ("By 3 May it had rejected 9 of them, ..."); and a programme report's table,
read as in every genre. Every text is invented for the test."""

from __future__ import annotations

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cross_tables import cross_tables
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.programme.complaints import add_complaints
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

_UNKNOWN_HEADINGS = """\
Table 4. Complaints passed on, by subject
Subject                    Passed on   Settled     Too late   Outside
                                       for voter              the law
Register omissions            22          15          5          2
Polling hours                  9           4          1          4
Language of ballots            5           5          -          -
TOTAL                         36          24          6          6
"""

_SUMS_DO_NOT_HOLD = """\
Table 4. Complaints passed on, by subject
Subject                    Passed on   Settled     Too late   Outside
Register omissions            22          15          5          9
Polling hours                  9           4          1          4
"""


def _rows(text: str) -> list[tuple[int, str | None, str | None]]:
    return [(r.count, r.outcome, r.subject) for t in cross_tables(text) for r in t.rows]


def test_a_table_of_unknown_headings_gives_the_totals_its_arithmetic_proves() -> None:
    """Each row's first count sums the others: the rows' totals, by subject; the columns
    whose headings name no outcome give nothing, nor does the Total row (the rows stand
    for it)."""
    assert _rows(_UNKNOWN_HEADINGS) == [
        (22, None, "Register omissions"),
        (9, None, "Polling hours"),
        (5, None, "Language of ballots"),
    ]


def test_a_table_whose_sums_do_not_hold_is_not_read() -> None:
    assert _rows(_SUMS_DO_NOT_HOLD) == []


def test_a_row_held_by_one_outcome_column_has_that_outcome() -> None:
    """With a Total row carrying the outcome counts, each row gives its total, with the
    outcome when one column holds all of it."""
    text = (
        "Appeals lodged with the courts, by court\n"
        "Court                 Lodged   Upheld   Rejected   Pending\n"
        "District courts          6        2         3          1\n"
        "Supreme Court            2        0         2          0\n"
        "Total                    8        2         5          1\n"
    )
    rows = [(r.count, r.outcome, r.body) for t in cross_tables(text) for r in t.rows]
    assert (6, None, "District courts") in rows
    assert (2, "rejected", "Supreme Court") in rows
    assert (5, "rejected", None) in rows


def test_a_tally_as_of_a_date_after_a_figure_with_no_body() -> None:
    """ "It received 12 appeals." names no body; "By 3 May it had rejected 9 of them, ..."
    still splits that figure (its count known)."""
    sentence = (
        "By 3 May it had rejected 9 of them, dismissed 2 without examining them on the "
        "merits, and one was still pending."
    )
    found = [(f.count, f.outcome) for f in read_figures(sentence, None, 12)]
    assert found == [(9, "rejected"), (2, "not-considered"), (1, "pending")]
    assert read_figures(sentence, None, None) == []  # no figure before: nothing to split


def test_a_programme_reports_complaint_table_is_read_as_in_every_genre() -> None:
    """A grantee's report tabulating the complaints it passed on: each row's total."""
    text = (
        "3. RESULTS\n\nOur hotline took many calls in the run-up to the vote.\n\n"
        + _UNKNOWN_HEADINGS
    )
    document = parse_document(SourceText("invented", "invented.txt", text))
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented"), kind=NG.Report, label="invented")
    found = add_complaints(
        extraction,
        document,
        report,
        lambda element, start, end: [],
        lambda mentions: None,
        lambda element: None,
        Actors(extraction, "TL"),
    )
    counts = sorted(
        int(str(value)) for fact in found for p, value in fact.values if p == NG.complaintCount
    )
    assert counts == [5, 9, 22]
