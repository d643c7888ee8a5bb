"""Complaints read from a programme report: an invented text with the forms the rule reads."""

from __future__ import annotations

from rdflib import Literal, URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.elections import Mention
from normgraph.loaders.programme.complaints import add_complaints
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import Element, parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, XSD

TEXT = """\
I. ACTIVITIES

The Testland Watch (TW) monitored the May 2030 parliamentary elections in every region.
TW observers filed some 1,200 complaints over ballot stuffing on election day. TW's lawyer
then submitted petitions to the Supreme Court seeking the annulment of results in two
districts. Observers also informed the precinct commissions of delays.
"""

ELECTION = mint("election", "tl", "parliamentary", "2030")


def _run() -> list[Fact]:
    source = SourceText("invented", "invented.txt", TEXT)
    document = parse_document(source)
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented"), kind=NG.Report, label="invented")
    watch = mint("organisation", "tw")

    def filers(element: Element, start: int, end: int) -> list[URIRef]:
        return [watch] if "TW" in element.text[start:end] else []

    def election_of(found: list[Mention]) -> URIRef | None:
        return ELECTION if any(m.year == 2030 for m in found) else None

    return add_complaints(
        extraction, document, report, filers, election_of, lambda _: 2030, Actors(extraction, "TL")
    )


def test_a_count_of_filed_complaints_is_a_figure_and_a_named_body_makes_a_complaint() -> None:
    figure, complaint = _run()
    assert figure.kind == NG.ComplaintFigure
    assert (NG.complaintCount, Literal(1200, datatype=XSD.integer)) in figure.values
    assert (NG.election, ELECTION) in figure.values  # named earlier in its paragraph
    assert complaint.kind == NG.Complaint
    assert (NG.filedWith, mint("organisation", "tl", "Supreme Court")) in complaint.values
    assert (NG.complainant, mint("organisation", "tw")) in complaint.values
    subject = [str(v) for p, v in complaint.values if p == NG.subjectMatter]
    assert subject == ["annulment of results in two districts"]


def test_informing_a_body_is_not_a_complaint() -> None:
    assert not any("informed" in str(v) for fact in _run() for p, v in fact.values)
