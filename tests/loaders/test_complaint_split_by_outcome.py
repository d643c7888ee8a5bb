"""Complaint figures split by outcome in the sentences after them, as reports word it
(passages written for these tests; every body, state and figure invented): a split after a
clause naming its source that names the complaints again ("According to the board, 15
complaints were granted and the remaining 25 ..."), the decision appealed against left in
force, an uncounted rest told in the passive, a regulator's violations "in N cases",
requests for judicial review, applications counted under a heading about disputes, and a
complaint not decided by a day the sentence names. The sentences read alone are in
tests/cases/complaint_splits.toml."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_figure_facts import add_document_figures
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import outcome_in
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.case_tables import case_params

_NONE = {"body": "", "total": 0}
"""A sentence read with no figure before it."""


@pytest.mark.parametrize(
    ("text", "body", "total", "expected"),
    case_params("complaint_splits", "text", "body", "total", "expected", defaults=_NONE),
)
def test_figures_and_their_splits_by_outcome(
    text: str, body: str, total: int, expected: list[list[object]]
) -> None:
    found = read_figures(text, body or None, total or None)
    assert [[f.count, f.outcome or ""] for f in found] == expected


def _figures(text: str) -> list[tuple[int, str | None]]:
    extraction = Extraction()
    document = parse_document(SourceText("r", "r.txt", text))
    figures = add_document_figures(extraction, document, "r", Actors(extraction, "xx"))
    found = []
    for fact in figures:
        count = next(int(str(v)) for p, v in fact.values if p == NG.complaintCount)
        said = [str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == NG.outcome]
        found.append((count, said[0] if said else None))
    return found


def test_applications_under_a_heading_about_disputes_are_complaints() -> None:
    """Under "Electoral Disputes" the applications an ombudsman received are complaints; the
    same sentence under another heading, or applications "for" something, are not."""
    disputes = (
        "4. ELECTORAL DISPUTES\n\n"
        "The Human Rights Defender received 9 election-related applications and passed all "
        "of them on to the commission without a decision of his own.\n\n"
        "5. MEDIA\n\n"
        "The Human Rights Defender received 9 election-related applications and passed all "
        "of them on to the commission without a decision of his own.\n"
    )
    assert _figures(disputes) == [(9, "not-considered")]
    registration = (
        "4. ELECTORAL DISPUTES\n\n"
        "The commission received 120 applications for registration of candidates.\n"
    )
    assert _figures(registration) == []


@pytest.mark.parametrize(
    "text",
    [
        "The district board had not decided the appeal by polling day.",
        "the court had not ruled on the complaint before election day",
    ],
)
def test_not_decided_by_a_day_named_is_pending(text: str) -> None:
    assert outcome_in(text) == "pending"
