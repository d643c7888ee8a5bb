"""Complaints whose outcome, body or count a report gives in words the readers did not know
(issue 13, fourteenth session), in passages invented for the test (other states, other
layouts than the fixtures that showed each cause): an appeal whose court only the next
sentence names; "asked <court> on <date> to", a remedy ordered in the next sentence, a
body's role set apart; a body's count "reported" and a part after "while"; a body's name
wrapped below its row of a table; the scholarship reader's application and dated request.
Cases of one kind are rows of a table: the outcome words alone in
``tests/cases/outcome_words.toml``, sentences that are no figure (observers' "cases",
criminal cases) in ``complaint_figure_readings.toml``, and the sentences a case name ("v.")
or a footnote number glued after a year would run together in ``sentence_ends.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_cross_tables import cross_tables
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.rdf.facts import Fact
from normgraph.namespaces import NG
from tests.loaders.complaint_reading import report_cases, shared_cases, slugs

ELECTION = election_iri("lv", "parliamentary", "2026-10-03")


def _bodies_and_outcomes(cases: list[Fact]) -> list[tuple[list[str], list[str]]]:
    return [(slugs(case, NG.filedWith), slugs(case, NG.outcome)) for case in cases]


def test_an_appeal_takes_the_court_that_decides_it_next() -> None:
    text = (
        "Disputes\n\nThe Amber Coast Union appealed the refusal to register its list. On 8 "
        "September the Administrative Court upheld the commission's decision.\n"
    )
    read = report_cases(text, "lv", ELECTION, 2026)
    assert _bodies_and_outcomes(read.cases) == [(["administrative-court"], ["rejected"])]
    (case,) = read.cases
    assert case.kind == NG.Complaint  # the appeal told, not a second one of a case dropped
    told = [read.source.text[span.start : span.end] for span in case.evidence]
    assert told[0].startswith("The Amber Coast Union appealed")


@pytest.mark.parametrize(
    ("text", "body", "outcome"),
    [
        pytest.param(
            "Disputes\n\nAfter the count, the Daugava Forum asked the Supreme Court on 9 October "
            "to annul the results in Ludza. The case was still pending at the time of writing.\n",
            "supreme-court",
            "pending",
            id="a request to a court with its date before what it asks",
        ),
        pytest.param(
            "Disputes\n\nOn 2 September, the Green Alliance complained to the CEC that a regional "
            "channel had aired an unlabelled campaign spot. The CEC found the spot to be paid "
            "campaigning and ordered the channel to broadcast a correction.\n",
            "cec",
            "upheld",
            id="a remedy ordered in the next sentence upholds the complaint",
        ),
        pytest.param(
            "Disputes\n\nThe Free Press Union asked the Electoral Tribunal, as the body of "
            "appeal, to annul the fine on 11 May. The tribunal declared the request outside its "
            "competence.\n",
            "electoral-tribunal",
            "not-considered",
            id="a request with the body's role set apart before what it asks",
        ),
    ],
)
def test_a_request_or_a_complaint_is_read_with_its_body_and_outcome(
    text: str, body: str, outcome: str
) -> None:
    cases = report_cases(text, "lv", ELECTION, 2026).cases
    assert _bodies_and_outcomes(cases) == [([body], [outcome])]


def _figures(sentence: str) -> list[tuple[int, str | None]]:
    return [(figure.count, figure.outcome) for figure in read_figures(sentence, None)]


def test_a_body_reporting_its_count_and_a_part_after_a_semicolon() -> None:
    sentence = (
        "For 2024 the Electoral Tribunal reported 412 complaints; on its own account, 58 "
        "were granted in full or in part."
    )
    assert _figures(sentence) == [(412, None), (58, "upheld")]


TABLE = """Table 3. Appeals on candidate lists, 1 July - 2 October 2026

Body                        Lodged   Granted   Dismissed
Central Electoral            52        9         43
Commission
Administrative               14        2         12
District Court
High Court                    5        -          5
"""


def test_a_body_name_wrapped_below_its_row_belongs_to_that_row() -> None:
    bodies = {row.body for table in cross_tables(TABLE) for row in table.rows}
    assert bodies == {"Central Electoral Commission", "Administrative District Court", "High Court"}


def test_a_tally_part_after_while_is_a_figure_of_its_own() -> None:
    sentence = (
        "The county board said it had received 33 complaints, of which it granted 5 and "
        "turned down 20, while 8 were referred to other bodies."
    )
    assert _figures(sentence) == [
        (33, None),
        (5, "upheld"),
        (20, "rejected"),
        (8, "not-considered"),
    ]


def test_the_scholarship_reader_reads_an_application_and_a_dated_request() -> None:
    text = (
        "Disputes\n\nOzols applied to the European Court of Human Rights, which found a "
        "violation of his right to stand in a judgment of 4 March 2019.\n\nThe Voters' League "
        "asked the CEC on 20 November 2022 to suspend the lottery until after the vote. The "
        "CEC declared the request outside its competence.\n"
    )
    assert _bodies_and_outcomes(shared_cases(text, "lv")) == [
        (["european-court-of-human-rights"], ["upheld"]),
        (["cec"], ["not-considered"]),
    ]
