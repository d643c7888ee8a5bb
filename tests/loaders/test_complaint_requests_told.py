"""Single complaints told as requests ("X requested recounts in 14 precincts. The commission
refused the requests ...") and remedies a body ordered ("ordered her inclusion"), on passages
written for these tests (every name and figure invented, another state than the fixtures)."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_outcomes import outcome_in
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG


def _outcomes(text: str) -> list[str]:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", f"DISPUTES\n\n{text}\n"))
    cases, _ = add_complaints(
        extraction, document, None, Actors(extraction, "ge"), 2024, URIRef("https://x/t")
    )
    return [str(v).rsplit("/", 1)[-1] for case in cases for p, v in case.values if p == NG.outcome]


@pytest.mark.parametrize(
    "text",
    [
        "After polling day, the campaign of Nino Beridze requested recounts in 14 precincts in "
        "Kutaisi. The CEC refused the requests on 3 November, stating that the law does not "
        "provide for them.",
        # one request, the refusal wrapped, a body named by its initials
        "The Unity bloc requested a recount in precinct 12.\nThe DEC refused the\nrequest two "
        "days later.",
        # annulments, the refusal of "both" requests
        "Two days after the vote, the candidate Levan Gelashvili requested annulments of the "
        "results in precincts 3 and 9. The DEC refused both requests.",
    ],
)
def test_a_request_refused_in_the_next_sentence_is_one_rejected_complaint(text: str) -> None:
    assert _outcomes(text) == ["rejected"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("the Court ordered her inclusion the next day", "upheld"),
        ("the tribunal ordered their inclusion in the voter list", "upheld"),
        ("The board refused the complaints as unfounded.", "rejected"),
    ],
)
def test_a_remedy_ordered_and_a_refusal_of_the_filing(text: str, said: str) -> None:
    assert outcome_in(text) == said


def test_a_refused_registration_is_no_refused_complaint() -> None:
    assert outcome_in("The CEC refused the registration of two candidates.") is None
