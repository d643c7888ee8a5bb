"""Complaint counts tabulated by outcome (invented tables on other states): each outcome's
count and the total are aggregate complaints of the body the caption names; tables of
other things, or rows that are no outcome, are not."""

from __future__ import annotations

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_figure_facts import add_document_figures
from normgraph.loaders.extract.complaint_tally_tables import tally_tables
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

REPORT = """VI. COMPLAINTS AND APPEALS

The commission decided every complaint within three days.

Complaints lodged with the Central Election Board, by decision

Decision                                 Number
Granted                                  6
Dismissed as unfounded                   21
Not within its jurisdiction              4
Total                                    31

Most complaints concerned campaign posters.
"""


def test_each_outcome_row_and_the_total_are_counts_of_the_captioned_body() -> None:
    (table,) = tally_tables(REPORT)
    assert [(row.count, row.outcome) for row in table.rows] == [
        (6, "upheld"),
        (21, "rejected"),
        (4, "not-considered"),
        (31, None),
    ]
    assert {row.body for row in table.rows} == {"Central Election Board"}
    assert REPORT[table.rows[0].start : table.rows[0].end].startswith("Granted")


def test_tables_of_other_things_are_no_tallies() -> None:
    registrations = "Candidate lists, by decision\n\nRegistered\t14\nRejected\t3\nTotal\t17\n"
    assert tally_tables(registrations) == []
    staffing = "Complaints unit staff\n\nLawyers\t4\nClerks\t6\n"
    assert tally_tables(staffing) == []
    one_outcome = "Appeals to the Supreme Court\n\nUpheld\t2\nTotal\t2\n"
    assert tally_tables(one_outcome) == []


def test_a_statement_reads_the_tally_as_complaint_figures_with_outcomes() -> None:
    extraction = Extraction()
    document = parse_document(SourceText("tally", "tally.txt", REPORT))
    figures = add_document_figures(extraction, document, "xx-2020", Actors(extraction, "xx"))
    read = {
        (
            next(int(str(v)) for p, v in fact.values if p == NG.complaintCount),
            next((str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == NG.outcome), None),
        )
        for fact in figures
    }
    assert {(6, "upheld"), (21, "rejected"), (4, "not-considered"), (31, None)} <= read
