"""A programme report's observation chapter under a long numbered heading in capitals
("4  OBSERVATION OF THE 2030 MUNICIPAL ELECTIONS: MAIN FINDINGS"): a section of its own,
whose judging sentences are findings. The text is invented."""

from __future__ import annotations

from normgraph.loaders.programme.findings import add_context_findings
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA

TEXT = """\
3   RESULTS FRAMEWORK AND PROGRESS

Activity 1.1 Training. The network trained 300 observers in 2030.

4   OBSERVATION OF THE 2030 MUNICIPAL ELECTIONS IN THE NORTHERN REGIONS: MAIN FINDINGS

The elections were competitive and well administered. Our observers reported the use of
administrative resources by mayors in eight municipalities.
"""


def test_a_long_numbered_heading_in_capitals_opens_the_findings_chapter() -> None:
    document = parse_document(SourceText("mf", "mf.txt", TEXT))
    assert [s.title for s in document.sections()][-1].endswith("MAIN FINDINGS")
    extraction = Extraction()
    report = Fact(iri=mint("report", "mf"), kind=SCHEMA.Report, label="a report")
    extraction.add(report)
    add_context_findings(extraction, document, report, [])
    found = {
        f.evidence[0].quote.split(".")[0]: str(v).rsplit("/", 1)[-1]
        for f in extraction.facts
        if f.kind == NG.Finding
        for p, v in f.values
        if p == NG.polarity
    }
    assert found == {
        "The elections were competitive and well administered": "positive",
        "Our observers reported the use of\nadministrative resources by mayors in eight "
        "municipalities": "problem",
    }
