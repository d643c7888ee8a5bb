"""Complaint figures ("The commission received 64 complaints, of which 12 were upheld")
are read in a programme report as in a final report, by the one shared reader."""

from __future__ import annotations

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
    assert counts == [64]  # "of which 12 were upheld" breaks the figure down: no figure
    (figure,) = figures
    quoted = [PROGRAMME[s.start : s.end] for s in figure.evidence]
    assert any("12 were upheld" in q for q in quoted)
    assert not any(p == NG.outcome for p, _ in figure.values)  # a part's outcome is not all's
    assert all(any(p == NG.sourceReport for p, _ in f.values) for f in figures)
