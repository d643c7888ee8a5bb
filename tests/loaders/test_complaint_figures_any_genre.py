"""Complaint figures ("The commission received 64 complaints, of which 12 were upheld")
are read in a programme report as in a final report, by the one shared reader."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.test_assessments_any_genre import PROGRAMME as ASSESSED

PROGRAMME = (
    ASSESSED
    + """
Election disputes. The Central Electoral Commission received 64 complaints during the
campaign, of which 12 were upheld. The commission met weekly.
"""
)


def test_a_programme_report_reads_complaint_figures_without_filed() -> None:
    extraction = ProgrammeLoader().extract(SourceText("icd", "icd.txt", PROGRAMME))
    figures = [f for f in extraction.facts if f.kind == NG.ComplaintFigure]
    counts = [next(int(str(v)) for p, v in f.values if p == NG.complaintCount) for f in figures]
    assert counts == [64, 12]  # "of which 12 were upheld": a part, and a figure of its own
    figure, part = figures
    assert [str(v).rsplit("/", 1)[-1] for p, v in part.values if p == NG.outcome] == ["upheld"]
    quoted = [PROGRAMME[s.start : s.end] for s in figure.evidence]
    assert any("12 were upheld" in q for q in quoted)
    assert not any(p == NG.outcome for p, _ in figure.values)  # a part's outcome is not all's
    assert all(any(p == NG.sourceReport for p, _ in f.values) for f in figures)


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "The Central Board received 58 complaints, county boards 190 and ward boards 41.",
            [(58, "The Central Board"), (190, "county boards"), (41, "ward boards")],
        ),
        (
            "Altogether 289 complaints were lodged: 58 with the Central Board, 190 with "
            "county boards and 41 with courts.",
            [(289, None), (58, "the Central Board"), (190, "county boards"), (41, "courts")],
        ),
        (
            "The Central Board received 58 complaints, up from 44 in 2016.",
            [(58, "The Central Board")],
        ),
        (
            "In all, 2,310 complaints were received by ward boards, most about the lists.",
            [(2310, "ward boards")],
        ),
    ],
)
def test_counts_listed_per_body_and_received_by_a_body(
    sentence: str, wanted: list[tuple[int, str | None]]
) -> None:
    assert [(f.count, f.body) for f in read_figures(sentence)] == wanted
