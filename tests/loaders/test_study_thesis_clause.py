"""The study's own thesis in a later clause of a sentence ("I ask whether ..., and I argue
that ...") is a finding of that clause (issue 13, gen18d); a question alone stays none. The
texts are invented: other states and layouts than the fixture's."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.scholarship.findings import add_study_findings
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

_STUDY = """\
Observers and the Law in Croatia

Analysis

    I ask whether each vote changed the next, and I argue that the 2031 reform weakened
the commission's independence.

    This paper looks at whether the 2029 law on campaign finance was unclear.

Conclusions

    We trace the courts; but we show that the courts failed to protect candidates in
most election disputes.
"""


def _texts(text: str) -> list[str]:
    source = SourceText("tc", "tc.txt", text)
    report = Fact(iri=mint("report", "tc"), kind=NG.Report)
    found = add_study_findings(Extraction(), parse_document(source), report, "tc")
    return [" ".join(str(v).split()) for f in found for p, v in f.values if p == NG.text]


def test_a_thesis_in_a_later_clause_is_a_finding_of_that_clause() -> None:
    texts = _texts(_STUDY)
    assert "I argue that the 2031 reform weakened the commission's independence." in texts
    assert "we show that the courts failed to protect candidates in most election disputes." in (
        texts
    )
    assert not any("whether" in text for text in texts)
