"""Single complaints told loosely (issue 13, twelfth session), in passages invented for the
test: an objection, two complainants at once, a filing whose body decides it in the next
sentence, a pending case with no filing verb, a case whose body the paragraph named before.
Read through the real reader of final reports and statements (``add_complaints``); the
cases of one complaint each are in ``tests/cases/complaint_loose_cases.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_joint import joint_complainant
from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.namespaces import NG
from tests.case_tables import case_params
from tests.loaders.complaint_reading import report_cases, slugs

ELECTION = election_iri("hr", "local", "2025-05-18")
_COMPLAINT_KINDS = {NG.Complaint, NG.Appeal, NG.ComplaintFigure}


def _cases(text: str) -> tuple[Extraction, list[Fact]]:
    read = report_cases(text, "hr", ELECTION, 2025)
    return read.extraction, read.cases


def _read(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    _, cases = _cases(text)
    return [(slugs(c, NG.complainant), slugs(c, NG.filedWith), slugs(c, NG.outcome)) for c in cases]


@pytest.mark.parametrize(("text", "found"), case_params("complaint_loose_cases", "text", "found"))
def test_a_complaint_told_loosely_is_read_with_its_body_and_outcome(
    text: str, found: list[list[str]]
) -> None:
    assert _read(text) == [([who], [body], [outcome]) for who, body, outcome in found]


def test_two_complainants_at_once_are_two_complaints() -> None:
    text = (
        "Appeals\n\nThe Coastal Movement and the Istrian Forum applied to the High Administrative "
        "Court against the results in Pula. On 2 June the court dismissed both applications as "
        "unfounded.\n"
    )
    read = _read(text)
    assert sorted(complainant for complainant, _, _ in read) == [
        ["coastal-movement"],
        ["istrian-forum"],
    ]
    assert {(tuple(body), tuple(said)) for _, body, said in read} == {
        (("high-administrative-court",), ("rejected",))
    }


def test_a_request_decided_in_the_first_clause_of_the_next_sentence() -> None:
    """The request is rejected by the body the next sentence opens on; the appeal its
    second clause tells is a complaint of its own, not the request's outcome."""
    text = (
        "After the vote, the Unity Party requested a recount in four polling stations.\n"
        "The PEC rejected the request at once; the party's appeal to the county court was "
        "dismissed on procedural grounds.\n"
    )
    read = _read(text)
    assert read[0] == (["unity-party"], ["pec"], ["rejected"])
    assert ["not-considered"] in [said for _, _, said in read[1:]]


def test_a_joint_complainant_is_read_only_before_and() -> None:
    assert joint_complainant("On 3 June, the Coastal Movement and the ") == "Coastal Movement"
    assert joint_complainant("The Coastal Movement later ") is None


@pytest.mark.parametrize(
    "text",
    [
        # a complaint must say which body it was filed with: none named, none in the
        # paragraph before, none deciding it next, and the case is left out
        pytest.param(
            "Disputes\n\nThe Unity Party requested a recount in four polling stations. "
            "Observers noted long queues.\n",
            id="a case no body can be found for",
        ),
        # precision: a recount conducted, criminal cases opened and incidents reported to
        # the police are no complaints, though they sit among them
        pytest.param(
            "Complaints and Appeals\n\nRecounts were conducted in 17 polling stations, and in 4 "
            "of them the results were changed. Five criminal cases concerning vote buying were "
            "opened by the State Prosecutor; one case, against a PEC chairperson in Osijek, was "
            "still pending. Police registered 40 incidents on election day and opened 6 "
            "investigations.\n",
            id="criminal cases, recounts and police reports",
        ),
        pytest.param(
            "Disputes\n\nA complaint by a voter about the ballot design was still pending.\n",
            id="a dropped case whose complainant is unnamed",
        ),
    ],
)
def test_a_passage_of_no_complaint_leaves_no_case_figure_or_stand_in(text: str) -> None:
    """Nothing half-written: no complaint, appeal or figure, and no stand-in agent for a
    complainant the text does not name."""
    extraction, cases = _cases(text)
    assert cases == []
    assert not [f for f in extraction.facts if f.kind in _COMPLAINT_KINDS]
    assert not [f for f in extraction.facts if "/agent/" in str(f.iri)]
