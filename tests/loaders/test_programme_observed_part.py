"""A programme report's part titled by what its observers did ("What our monitors saw on
polling day"), whose heading names no findings, is read as findings when its sentences
judge; its descriptions, and a part on what the programme did, are not. Invented text
(another state and layout than any fixture)."""

from __future__ import annotations

from normgraph.loaders.programme.findings import add_context_findings
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA

TEXT = """\
WHAT THE PROGRAMME DID

The network trained 120 monitors in Tartu and Narva. Training was efficient and well
organised.

WHAT OUR MONITORS SAW ON POLLING DAY

Monitors visited 210 polling stations in 14 municipalities. Voting was calm and orderly.
The secrecy of the vote was not respected in 9 stations. The count began at 20:00.
"""


def _found(text: str) -> dict[str, str]:
    document = parse_document(SourceText("ob", "ob.txt", text))
    extraction = Extraction()
    report = Fact(iri=mint("report", "ob"), kind=SCHEMA.Report, label="a report")
    extraction.add(report)
    add_context_findings(extraction, document, report, [])
    return {
        str(v2)[:30]: str(v).rsplit("/", 1)[-1]
        for f in extraction.facts
        if f.kind == NG.Finding
        for p, v in f.values
        if p == NG.polarity
        for p2, v2 in f.values
        if p2 == NG.text
    }


def test_a_part_titled_by_what_the_monitors_saw_holds_findings() -> None:
    assert _found(TEXT) == {
        "Voting was calm and orderly.": "positive",
        "The secrecy of the vote was no": "problem",
    }
