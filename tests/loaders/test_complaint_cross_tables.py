"""Complaint counts tabulated by row and outcome column (invented tables): each row's total
and each outcome cell are aggregate complaints, of the body the caption names or else of
the row's label; a table whose columns are not outcomes is not read."""

from __future__ import annotations

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cross_tables import cross_tables
from normgraph.loaders.extract.complaint_figure_facts import add_document_figures
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

BY_LEVEL = """8. COMPLAINTS AND APPEALS

The provincial boards and the courts decided all appeals in time.

Table 3: Appeals concerning the municipal elections, by level
Level                       Received   Granted in      Dismissed    Left without
                                       whole or part                consideration
Provincial boards              34          5              22            7
(section 80 of the Act)
High Administrative Court       9          -               8            1

Most appeals concerned the registration of candidates.
"""

BY_YEAR = """Table 2. Petitions decided by the Electoral Tribunal, by
election year
Election     Petitions    Upheld         Rejected
year         lodged
2012            11            2             9
2016             6            -             6
"""

NOT_COMPLAINTS = """Table 1. Results of the appeals court judges' election
Candidate                Votes      Seats     Share
Anna Berg                 1 204        2       40.1
Jonas Lind                  980        1       32.6
"""


def test_rows_are_levels_and_columns_outcomes_under_a_wrapped_header() -> None:
    (table,) = cross_tables(BY_LEVEL)
    assert [(row.count, row.outcome, row.body) for row in table.rows] == [
        (34, None, "Provincial boards"),
        (5, "upheld", "Provincial boards"),
        (22, "rejected", "Provincial boards"),
        (7, "not-considered", "Provincial boards"),
        (9, None, "High Administrative Court"),
        (8, "rejected", "High Administrative Court"),
        (1, "not-considered", "High Administrative Court"),
    ]


def test_rows_by_year_take_the_body_the_caption_names() -> None:
    (table,) = cross_tables(BY_YEAR)
    assert {row.body for row in table.rows} == {"Electoral Tribunal"}
    assert [(row.count, row.outcome) for row in table.rows] == [
        (11, None),
        (2, "upheld"),
        (9, "rejected"),
        (6, None),
        (6, "rejected"),
    ]


def test_a_table_of_other_counts_is_not_read() -> None:
    assert cross_tables(NOT_COMPLAINTS) == []


def test_a_column_that_names_no_outcome_leaves_the_totals_only() -> None:
    """A heading that is no outcome ("Women"): the first column still sums the others in
    every row, so it gives each row's total (thirteenth session); the outcome columns are
    not read, their split being unsure."""
    (table,) = cross_tables(BY_LEVEL.replace("Granted in", "Women     "))
    assert [(row.count, row.outcome, row.body) for row in table.rows] == [
        (34, None, "Provincial boards"),
        (9, None, "High Administrative Court"),
    ]


def test_the_cells_become_complaint_figures_over_their_rows() -> None:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", BY_LEVEL))
    figures = add_document_figures(extraction, document, "t", Actors(extraction, "LT"))
    counts = sorted(
        int(str(v)) for fact in figures for p, v in fact.values if p == NG.complaintCount
    )
    assert counts == [1, 5, 7, 8, 9, 22, 34]
    assert all(
        BY_LEVEL[fact.evidence[0].start :].startswith(("Provincial", "High")) for fact in figures
    )
