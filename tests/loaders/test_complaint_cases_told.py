"""One case told over sentences is one fact, and complaints told in the plural without a
count are read, in an invented disputes section (every name and figure invented)."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

ELECTION = election_iri("xx", "parliamentary", "2016")

DISPUTES = """\
ELECTION DISPUTES

The CEC received 118 complaints and adopted 312 decisions during the electoral period, and
12 criminal cases were opened by the prosecutor's office. Lower-level commissions received
numerous requests for information.

On 14 August, the Freedom Party submitted complaints to the CEC about the misuse of
administrative resources by the governing party. The CEC rejected these complaints as
unsubstantiated.

The Democratic Alliance filed a complaint with the CEC challenging the refusal to register
its candidate in constituency 23. The CEC dismissed the complaint as unfounded. The
Democratic Alliance appealed the CEC decision to the Supreme Court. The Supreme Court
overturned the CEC decision and ordered the registration of the candidate.
"""


def _read(text: str) -> tuple[list[Fact], list[Fact]]:
    extraction = Extraction()
    source = SourceText("disputes", "disputes.txt", text)
    return add_complaints(
        extraction, parse_document(source), ELECTION, Actors(extraction, "xx"), 2016
    )


def _cases() -> tuple[list[Fact], list[Fact]]:
    return _read(DISPUTES)


def _slugs(fact: Fact, prop: URIRef) -> list[str]:
    return [str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == prop]


def _told(cases: list[Fact], words: str) -> list[Fact]:
    return [c for c in cases if any(p == NG.text and words in str(v) for p, v in c.values)]


def test_an_appeal_decided_by_the_court_it_was_filed_with_is_one_appeal() -> None:
    cases, _ = _cases()
    appealed = _told(cases, "appealed the CEC decision")
    assert len(appealed) == 1
    assert _slugs(appealed[0], NG.outcome) == ["upheld"]
    assert not _told(cases, "overturned")  # no second fact for the decision


def test_plural_complaints_without_a_count_are_one_case_with_their_outcome() -> None:
    cases, figures = _cases()
    (plural,) = _told(cases, "submitted complaints")
    assert _slugs(plural, NG.outcome) == ["rejected"]
    assert _slugs(plural, NG.complainant) == ["freedom-party"]
    assert not any("submitted complaints" in str(f.label) for f in figures)


def test_decisions_criminal_cases_and_requests_are_no_complaints() -> None:
    cases, figures = _cases()
    counts = [int(str(v)) for f in figures for p, v in f.values if p == NG.complaintCount]
    assert counts == [118]
    assert len(cases) == 3


COURT = """\
ELECTION DISPUTES

In total, the SEC received 47 complaints, most of them on election day. The SEC rejected
29 complaints as unfounded, upheld 6 and did not consider 12 on procedural grounds.

The Constitutional Court received 18 appeals against SEC decisions, all of which were
rejected. In one case, the Social Alliance appealed the SEC decision not to annul the
voting results at a polling station. The Constitutional Court rejected the appeal, stating
that the irregularities could not have affected the results.
"""


def _court() -> tuple[list[Fact], list[Fact]]:
    return _read(COURT)


def test_a_tally_by_outcome_in_the_next_sentence_gives_a_figure_per_outcome() -> None:
    _, figures = _court()
    read = sorted(
        (int(str(v)), _slugs(f, NG.outcome))
        for f in figures
        for p, v in f.values
        if p == NG.complaintCount
    )
    assert read == [
        (6, ["upheld"]),
        (12, ["not-considered"]),
        (18, ["rejected"]),
        (29, ["rejected"]),
        (47, []),
    ]


def test_a_court_deciding_the_appeal_just_told_is_the_same_case() -> None:
    cases, _ = _court()
    assert len(cases) == 1
    assert _slugs(cases[0], NG.outcome) == ["rejected"]


def test_decisions_appealed_in_the_plural_are_no_single_case() -> None:
    text = (
        "ELECTION DISPUTES\n\nThe MECs received a total of 34 complaints on election day, all "
        "of which were rejected. Of these, 9 were appealed to the SEC, which rejected all 9.\n"
    )
    cases, figures = _read(text)
    assert cases == []
    assert [str(f.label) for f in figures] == ["34 complaints to MECs"]


def test_complaints_filed_in_the_plural_with_lower_commissions() -> None:
    text = (
        "Election Disputes\n\nSeveral contestants filed complaints with DECs alleging misuse "
        "of administrative resources; the DECs rejected most of them.\n"
    )
    cases, _ = _read(text)
    (case,) = cases
    assert _slugs(case, NG.outcome) == ["rejected"]
    assert _slugs(case, NG.filedWith) == ["dec"]  # one body kind, not an actor "DECs"


REQUESTS = """\
COMPLAINTS AND APPEALS

On 2 May, the Open Ballot Initiative complained to the CEC about the use of official cars
at campaign events. The CEC declared it was not competent and forwarded the complaint.

On 9 May, the campaign staff of Ms. Varga requested the CEC to annul the results in 12
polling stations, alleging ballot stuffing. The CEC upheld the complaint in part, ordering a
recount in four polling stations, and rejected it for the rest.
"""


def test_a_remedy_asked_of_a_body_is_its_own_case_decided_by_the_next_sentence() -> None:
    """The decision in the second paragraph answers the request made there, not the
    complaint of the paragraph before (which the body declared itself not competent for)."""
    cases, _ = _read(REQUESTS)
    outcomes = [
        next(str(v).rsplit("/", 1)[-1] for p, v in case.values if p == NG.outcome) for case in cases
    ]
    assert outcomes == ["not-considered", "partially-upheld"]
