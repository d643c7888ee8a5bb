"""A programme report whose delegation statement is an appendix (no attachments list):
the statement is read as a document of its own, up to the next appendix. Invented text."""

from __future__ import annotations

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

TEXT = """\
CIVIC ACTION CENTRE

FINAL PROGRAM REPORT

I. SUMMARY

The program supported parties and citizen observers in Moldova.

APPENDIX A

CIVIC ACTION CENTRE

STATEMENT OF THE PRE-ELECTION DELEGATION TO MOLDOVA

Chisinau, May 2, 2030

The delegation visited Moldova before the May 20, 2030 parliamentary elections.

RECOMMENDATIONS

1. The CEC should publish its decisions promptly.

2. Parliament should adopt rules on the use of public resources.

APPENDIX B

SELECTED INDICATORS

1. Number of party members trained should reach 400.
"""


def test_an_appendix_statement_is_read_up_to_the_next_appendix() -> None:
    extraction = ProgrammeLoader().extract(SourceText("p", "programme.txt", TEXT))
    reports = [f for f in extraction.facts if f.kind == NG.Report]
    assert len(reports) == 2
    texts = sorted(
        str(v)
        for f in extraction.facts
        if f.kind == NG.Recommendation
        for p, v in f.values
        if p == NG.text
    )
    assert texts == [
        "Parliament should adopt rules on the use of public resources.",
        "The CEC should publish its decisions promptly.",
    ]
