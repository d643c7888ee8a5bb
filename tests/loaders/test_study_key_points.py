"""A policy brief's KEY POINTS before its first numbered section are the study's findings;
a verdict on an earlier recommendation is an assessment, and a chronology's row an event,
not findings. The text is invented (another state, other wordings)."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.findings import add_study_findings
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA

BRIEF = """\
INSTITUTE FOR ELECTORAL STUDIES                                   POLICY BRIEF No. 3

Following up election recommendations in Ireland

KEY POINTS

• Ireland's electoral commission was adopted without a mandate to answer observers'
  recommendations.
• The electoral register remains largely unregulated.

1. INTRODUCTION

This brief reviews the follow-up of recommendations since 2012.

2. THE REGISTER

The recommendation to publish the register has not been implemented. The voter register
was inaccurate in 2019.

  2012  Mission recommends a national register.
  2016  Recommendation repeated after the general election.
  2022  Register law adopted without consultation.
"""


def test_key_points_are_findings_and_verdicts_and_chronology_rows_are_not() -> None:
    document = parse_document(SourceText("brief", "brief.txt", BRIEF))
    extraction = Extraction()
    report = Fact(iri=mint("report", "brief"), kind=SCHEMA.Report, label="a brief")
    found = add_study_findings(extraction, document, report, "brief")
    texts = [" ".join(str(v).split()) for f in found for p, v in f.values if p == NG.text]
    assert texts == [
        "Ireland's electoral commission was adopted without a mandate to answer observers' "
        "recommendations.",
        "The electoral register remains largely unregulated.",
        "The voter register was inaccurate in 2019.",
    ]
