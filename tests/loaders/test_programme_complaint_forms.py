"""A programme report's complaints as such reports tell them (invented text): a count of
complaints the partner's lawyers helped file is a figure; requests for information are no
complaint."""

from __future__ import annotations

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.programme.complaints import add_complaints
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

TEXT = """\
RESULT 2: CITIZEN OVERSIGHT OF ELECTIONS STRENGTHENED

During the reporting period, the network deployed 1,500 observers to monitor the 2020
parliamentary elections. The network's lawyers assisted in filing 14 complaints with
election commissions and courts, of which 5 were upheld. The network also submitted 22
requests for information to the CEC and received responses to 17 of them. The network
submitted its findings to the Supreme Court, which had received numerous complaints.

The network trained 240 lawyers on electoral dispute resolution. Its hotline received 312
calls, and 48 reports of violations were forwarded to the police.
"""


def _facts() -> list[Fact]:
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented"), kind=NG.Report, label="invented")
    return add_complaints(
        extraction,
        parse_document(SourceText("invented", "invented.txt", TEXT)),
        report,
        lambda *_: [],
        lambda _: None,
        lambda _: 2020,
        Actors(extraction, "XX"),
    )


def test_complaints_the_lawyers_helped_file_are_a_figure_and_its_upheld_part_another() -> None:
    facts = _facts()
    counts = [int(str(v)) for f in facts for p, v in f.values if p == NG.complaintCount]
    assert counts == [14, 5]
    upheld = [str(v) for p, v in facts[1].values if p == NG.outcome]
    assert len(upheld) == 1 and upheld[0].endswith("/upheld")


def test_requests_for_information_calls_and_reports_are_no_complaints() -> None:
    assert not [f for f in _facts() if f.kind == NG.Complaint]


def test_a_possessive_filer_and_a_helping_verb_still_read_as_a_count() -> None:
    found = read_figures("The party's observers helped voters file 9 complaints with the CEC.")
    assert [(f.count, f.body) for f in found] == [(9, "the CEC")]
