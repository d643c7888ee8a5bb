"""A complainant described first and named in an appositive ("A candidate in <place>, Mr.
<Name>, complained to ...", "Two days before the vote, a student, <Name>, complained")
is the person named, not the description or the opening clause; a complainant that is a
name itself keeps its name whatever appositive follows."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.elections import election_iri
from normgraph.namespaces import NG
from tests.loaders.complaint_reading import report_cases, shared_cases

ELECTION = election_iri("nz", "parliamentary", "2031")


def _complainants(text: str) -> tuple[list[str], list[str]]:
    read = report_cases(text, "nz", ELECTION, 2031)
    labels = {str(f.iri): str(f.label) for f in read.extraction.facts}
    shared = shared_cases(text, "nz")
    named = [
        [
            labels.get(str(v), str(v))
            for case in cases
            for p, v in case.values
            if p == NG.complainant
        ]
        for cases in (read.cases, shared)
    ]
    return named[0], named[1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two days before the vote of 6 May 2031, a student, Jane Roe, complained to the "
            "Electoral Commission that the scanners could alter the count. The Commission "
            "dismissed the complaint on 10 May as unfounded.",
            "Jane Roe",
        ),
        (
            "A candidate in Lakeside, Mr. John\nDoe, complained to the Electoral Commission "
            "on 20 May 2031 that leaflets had been forged.",
            "John Doe",
        ),
        (
            "During the count, a party agent, Ms. Aroha Te Rangi, lodged a complaint with the "
            "district court about the sorting of votes.",
            "Aroha Te Rangi",
        ),
    ],
)
def test_the_person_an_appositive_names_filed(text: str, name: str) -> None:
    in_reports, shared = _complainants(text)
    assert in_reports and shared
    assert all(" ".join(label.split()) == name for label in in_reports + shared)
    filers = [
        str(v)
        for case in report_cases(text, "nz", ELECTION, 2031).cases
        for p, v in case.values
        if p == NG.complainant
    ]
    assert filers and all("/person/" in iri for iri in filers)  # a person, not a body


def test_a_named_complainant_keeps_its_name() -> None:
    text = (
        "The Green League, a small party, complained to the Electoral Commission that the "
        "scanners could alter the count."
    )
    in_reports, shared = _complainants(text)
    assert in_reports and shared
    assert all(label == "Green League" for label in in_reports + shared)


@pytest.mark.parametrize(
    ("decision", "wanted"),
    [
        (
            "The Commission dismissed the complaint on 10 May as unfounded; the High Court "
            "declined to consider her appeal.",
            "rejected",
        ),
        (
            "The Commission upheld the complaint; the High Court later refused to hear the "
            "candidate's appeal against that decision.",
            "upheld",
        ),
        (
            "The Commission heard the complaint on 4 May; it rejected it as unfounded.",
            "rejected",
        ),
    ],
)
def test_the_next_sentence_s_first_clause_is_the_body_s_decision(
    decision: str, wanted: str
) -> None:
    text = (
        "On 2 May, Jane Roe, a voter in Lakeside, complained to the Electoral Commission that "
        "the scanners could alter the count. " + decision
    )
    cases = report_cases(text, "nz", ELECTION, 2031).cases + shared_cases(text, "nz")
    to_the_board = [
        case
        for case in cases
        if any(p == NG.filedWith and "electoral-commission" in str(v) for p, v in case.values)
    ]
    assert to_the_board
    assert all(
        [str(v).rsplit("/", 1)[-1] for p, v in case.values if p == NG.outcome] == [wanted]
        for case in to_the_board
    )
