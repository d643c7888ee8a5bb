"""Complaint readers that degrade gently, on passages written for these tests (every name
and figure invented, layouts no fixture uses): a table by subject whose header cell wraps
onto a line of its own, a table by body with a Total row (no count twice), a tally in
prose after an opening clause or a colon, a part whose clause's words decide its outcome,
"decided on the merits, none in favour of ...", a body upheld "in all of them", and
outcome words a body's silence or a missing review states."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases
from normgraph.loaders.extract.complaint_cross_tables import cross_tables
from normgraph.loaders.extract.complaint_figure_facts import add_document_figures
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import outcome_in
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

BY_SUBJECT = """6.3 Disputes

Table 4 - Appeals received by the Electoral Council, 3 March to 30 April 2024

Type of appeal                    Received   Granted   Turned down   Not
                                                                     examined
Nomination of candidates              12         3          7          2
Use of public premises and
municipal vehicles                     8         -          5          3
Polling and counting                  15         4          9          2
Total                                 35         7         21          7

The Council published every decision on its website.
"""

BY_BODY = """Appeals known to the Citizens' Watch, 1-20 May 2023

Instance\t\tLodged\tGranted\tRejected\tPending
Ward boards\t\t40\t6\t30\t4
Regional Court\t\t11\t2\t8\t1
Total\t\t51\t8\t38\t5
"""


def _rows(text: str) -> list[tuple[int, str | None, str | None, str | None]]:
    return [(r.count, r.outcome, r.body, r.subject) for t in cross_tables(text) for r in t.rows]


def test_a_table_by_subject_reads_a_wrapped_header_cell_and_a_wrapped_label() -> None:
    assert _rows(BY_SUBJECT) == [
        (12, None, "Electoral Council", "Nomination of candidates"),
        (8, None, "Electoral Council", "Use of public premises and municipal vehicles"),
        (15, None, "Electoral Council", "Polling and counting"),
        (35, None, "Electoral Council", None),
        (7, "upheld", "Electoral Council", None),
        (21, "rejected", "Electoral Council", None),
        (7, "not-considered", "Electoral Council", None),
    ]


def test_a_total_row_carries_the_outcomes_and_the_rows_their_bodies() -> None:
    assert _rows(BY_BODY) == [
        (40, None, "Ward boards", None),
        (11, None, "Regional Court", None),
        (51, None, None, None),
        (8, "upheld", None, None),
        (38, "rejected", None, None),
        (5, "pending", None, None),
    ]


def test_without_a_total_row_each_outcome_cell_is_a_figure() -> None:
    text = BY_BODY.replace("Total\t\t51\t8\t38\t5\n", "")
    assert (6, "upheld", "Ward boards", None) in _rows(text)


def test_the_table_and_the_prose_that_repeats_it_count_once() -> None:
    text = BY_SUBJECT + (
        "\nThe Electoral Council received 35 appeals. In its register, it granted seven, "
        "turned down 21 and left 7 without examination.\n"
    )
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", text))
    figures = add_document_figures(extraction, document, "t", Actors(extraction, "LT"))
    counts = sorted(
        (int(str(v)), len([1 for q, _ in fact.values if q == NG.outcome]))
        for fact in figures
        for p, v in fact.values
        if p == NG.complaintCount
    )
    assert counts == [(7, 1), (7, 1), (8, 0), (12, 0), (15, 0), (21, 1), (35, 0)]


def _read(sentence: str, body: str | None = None) -> list[tuple[int, str | None]]:
    return [(f.count, f.outcome) for f in read_figures(sentence, body)]


@pytest.mark.parametrize(
    ("sentence", "body", "expected"),
    [
        (  # a tally after an opening clause, the body the sentence before's
            "As the register shows, it granted nine, turned down 14 and left three without "
            "examination.",
            "the Tribunal",
            [(9, "upheld"), (14, "rejected"), (3, "not-considered")],
        ),
        (  # a tally after a colon; the words after a count decide its outcome
            "The Tribunal heard 30 appeals in 2022: it granted 7, dismissed 18 as unfounded "
            "and dismissed 5 on procedural grounds.",
            None,
            [(30, None), (7, "upheld"), (18, "rejected"), (5, "not-considered")],
        ),
        (
            "Of these, 6 were dismissed as filed out of time and 4 were decided on the "
            "merits, none in favour of the appellants.",
            "the Tribunal",
            [(6, "not-considered"), (4, "rejected")],
        ),
        (
            "The High Court received 5 appeals against Board decisions and upheld the Board "
            "in all of them.",
            None,
            [(5, "rejected")],
        ),
    ],
)
def test_tallies_in_prose(
    sentence: str, body: str | None, expected: list[tuple[int, str | None]]
) -> None:
    assert _read(sentence, body) == expected


def test_a_part_decided_without_a_verdict_has_no_outcome() -> None:
    found = _read("Of these, 4 were decided on the merits in May.", "the Tribunal")
    assert all(outcome is None for _, outcome in found)


def test_upheld_in_some_of_them_is_not_the_whole() -> None:
    assert _read("The court received 12 appeals and upheld the mayor in two of them.") == [
        (12, None)
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("At the time of writing, the Ombudsman had not decided.", "pending"),
        ("The board has not ruled; the hearing is set for June.", "pending"),
        ("The tribunal left the appeal without review.", "not-considered"),
        ("It was decided on the merits, not in favour of the applicant.", "rejected"),
        ("The board had not decided whether to hold a hearing in public.", None),
    ],
)
def test_outcome_words(words: str, expected: str | None) -> None:
    assert outcome_in(words) == expected


def test_counts_listed_by_subject_after_a_colon() -> None:
    found = read_figures(
        "The League lodged 40 complaints with the courts: 25 about voter lists, 10 over "
        "campaign finance and 5 on media coverage."
    )
    assert [(f.count, f.subject, f.complainant) for f in found] == [
        (40, None, "The League"),
        (25, "voter lists", "The League"),
        (10, "campaign finance", "The League"),
        (5, "media coverage", "The League"),
    ]


CASES_DATED_WITHOUT_COMMA = """5.  OUR COMPLAINTS

On 3 May 2024 VOTA complained to the Regional Election Commission about the closure of a
polling station in Kirke. The Commission rejected the complaint two days later.

On 20.05.2024 the Greens Alliance filed a complaint with the Supreme Court against the
results in Lille Vik. At the time of writing, the Court had not decided.
"""


def test_a_case_opening_on_a_date_without_a_comma_names_its_complainant() -> None:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", CASES_DATED_WITHOUT_COMMA))
    actors = Actors(extraction, "DK")
    cases = add_document_cases(extraction, document, "t", actors)
    filers = [
        v for case in cases for p, v in case.values if p == NG.complainant and isinstance(v, URIRef)
    ]
    assert len(cases) == 2
    labels = [fact.label for iri in filers if (fact := extraction.get(iri)) is not None]
    assert labels == ["VOTA", "Greens Alliance"]
    outcomes = [str(v).rsplit("/", 1)[-1] for c in cases for p, v in c.values if p == NG.outcome]
    assert outcomes == ["rejected", "pending"]


def test_parts_without_an_outcome_are_no_figures_of_their_own() -> None:
    found = read_figures(
        "Of these, 9 were resolved by instructions and the remaining 14 were not examined.",
        "the Returning Officer",
        23,
    )
    assert [(f.count, f.outcome, f.part) for f in found] == [
        (9, None, True),
        (14, "not-considered", True),
    ]
