"""Counted filers ("Three initiative groups ... appealed to the Supreme Court. The Supreme
Court dismissed all three appeals"): the figure of that count states their complaints, and
no single case is told besides it; one named filer stays a case. Passages written for these
tests (every name and figure invented)."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG


def _read(text: str) -> tuple[int, list[str]]:
    """How many single cases, and the counts of the figures, ``text`` gives."""
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", f"APPEALS\n\n{text}\n"))
    cases, figures = add_complaints(
        extraction, document, None, Actors(extraction, "am"), 2021, URIRef("https://x/t")
    )
    counts = [str(v) for f in figures for p, v in f.values if p == NG.complaintCount]
    return len(cases), counts


@pytest.mark.parametrize(
    "text",
    [
        "Three initiative groups whose candidates were refused registration appealed to the "
        "Supreme Court. The Supreme Court dismissed all three appeals on 4 May.",
        # digits, an opening clause, wrapped
        "After the count, 4 opposition candidates appealed to the Court of Appeal.\nThe Court "
        "of Appeal rejected all 4 appeals on 9 June.",
        "Twelve voters left off the lists complained to the district commission. The "
        "commission upheld all twelve complaints the next day.",
    ],
)
def test_counted_filers_are_the_figure_not_a_single_case(text: str) -> None:
    cases, counts = _read(text)
    assert cases == 0
    assert counts[-1:] in (["3"], ["4"], ["12"])


def test_one_named_filer_stays_a_case() -> None:
    cases, _ = _read(
        "Anna Petrosyan appealed to the Supreme Court. The Supreme Court dismissed the appeal "
        "on 4 May."
    )
    assert cases == 1


def test_counted_filers_without_a_figure_stay_a_case() -> None:
    """No figure states them ("rejected the appeals"): the case is what is read."""
    cases, counts = _read(
        "Three initiative groups appealed to the Supreme Court. The Supreme Court dismissed "
        "the appeals on 4 May."
    )
    assert (cases, counts) == (1, [])
