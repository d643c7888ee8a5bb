"""Complaint figures split by outcome in the sentences after them, as reports word it
(passages written for these tests; every body, state and figure invented): a split after a
clause naming its source that names the complaints again ("According to the board, 15
complaints were granted and the remaining 25 ..."), the decision appealed against left in
force, an uncounted rest told in the passive, a regulator's violations "in N cases",
requests for judicial review, applications counted under a heading about disputes, and a
complaint not decided by a day the sentence names."""

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


def _read(sentence: str, body: str | None, total: int | None) -> list[tuple[int, str | None]]:
    return [(f.count, f.outcome) for f in read_figures(sentence, body, total)]


@pytest.mark.parametrize(
    ("sentence", "body", "total", "expected"),
    [
        (  # a source clause, the complaints named again, the rest counted
            "According to its chairperson, 15 complaints were granted and the remaining 25 "
            "were returned without consideration.",
            "the Central Referendum Commission",
            40,
            [(15, "upheld"), (25, "not-considered")],
        ),
        (  # another source clause, another noun, three outcomes
            "By the boards' own count, 31 objections were upheld, 52 were dismissed and 7 "
            "were not examined as belated.",
            "municipal boards",
            90,
            [(31, "upheld"), (52, "rejected"), (7, "not-considered")],
        ),
        (  # the decision appealed against left in force in the rest
            "It granted 4 of them and left the regional board's decisions in force in the "
            "remaining 19.",
            "the High Administrative Court",
            23,
            [(4, "upheld"), (19, "rejected")],
        ),
        (  # a regulator's breaches "in N cases", then the rest it turned away
            "It found breaches in 5 cases and imposed fines, and it dismissed the rest as "
            "unfounded.",
            "the Broadcasting Council",
            22,
            [(5, "upheld"), (17, "rejected")],
        ),
    ],
)
def test_a_split_of_the_figure_before_by_outcome(
    sentence: str, body: str, total: int, expected: list[tuple[int, str | None]]
) -> None:
    assert _read(sentence, body, total) == expected


def test_a_split_naming_the_complaints_again_must_fit_in_the_figure_before() -> None:
    """45 rejected complaints cannot be part of 12: the sentence is no split of that figure
    (and, with no body, no figure of its own)."""
    sentence = "According to the ombudsman, 45 complaints were rejected."
    assert _read(sentence, "the commission", 12) == []
    assert _read(sentence, "the commission", None) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2011 the county board received 48 complaints and satisfied 10 of them; the "
            "rest were dismissed.",
            [(48, None), (10, "upheld"), (38, "rejected")],
        ),
        (
            "The tribunal heard 30 appeals and granted 6 of them, while the others were "
            "rejected as unfounded.",
            [(30, None), (6, "upheld"), (24, "rejected")],
        ),
    ],
)
def test_an_uncounted_rest_told_in_the_passive(
    sentence: str, expected: list[tuple[int, str | None]]
) -> None:
    assert _read(sentence, None, None) == expected


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            "The Supreme Court received 26 requests for judicial review of commission decisions.",
            [26],
        ),
        ("The tribunal received 14 applications for review of the board's decisions.", [14]),
        ("The ministry received 300 requests for accreditation of observers.", []),
    ],
)
def test_requests_for_review_of_decisions_are_complaints(sentence: str, counts: list[int]) -> None:
    assert [count for count, _ in _read(sentence, None, None)] == counts


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
