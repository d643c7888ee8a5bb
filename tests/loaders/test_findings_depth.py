"""Overall and key conclusions as findings, on invented sentences and an invented programme
report: a concession and its main clause are two findings; a programme report's context and
assessment sections are read, its own results are not."""

from __future__ import annotations

from normgraph.loaders.odihr.findings import conclusions
from normgraph.loaders.programme.findings import add_context_findings
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG


def _read(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[a:b], verdict) for a, b, verdict in conclusions(sentence)]


def test_a_concession_and_its_main_clause_are_two_findings() -> None:
    assert _read(
        "While the count was well organised in most districts, the tabulation lacked transparency."
    ) == [
        ("While the count was well organised in most districts,", "positive"),
        ("the tabulation lacked transparency.", "problem"),
    ]
    assert _read(
        "The commission worked efficiently, although the late adoption of rules reduced legal "
        "certainty."
    ) == [
        ("The commission worked efficiently,", "positive"),
        ("although the late adoption of rules reduced legal certainty.", "problem"),
    ]


def test_a_coordinated_or_one_sided_judgement_stays_one_finding() -> None:
    sentence = "Voting was orderly, but observers noted ballot stuffing in several precincts."
    assert _read(sentence) == [(sentence, "mixed")]
    sentence = "Although the law was amended in 2019, the CEC failed to publish its decisions."
    assert _read(sentence) == [(sentence, "problem")]
    assert _read("The campaign started on 3 May.") == []


REPORT = """\
1. EXECUTIVE SUMMARY

The Civic Forum implemented the programme with partners. The 2024 elections were competitive
and fundamental freedoms were respected.

2. CONTEXT

The election law has been amended frequently, often shortly before elections.

5. RESULTS AND IMPACT

The programme trainings strengthened civil society in all regions. The space for civil society
narrowed after the adoption of the law on foreign agents.
"""


def test_programme_context_and_assessment_sections_give_findings_not_its_own_results() -> None:
    document = parse_document(SourceText("p", "p.txt", REPORT))
    extraction = Extraction()
    report = Fact(iri=mint("report", "p"), kind=NG.Report, label="Report")
    found = add_context_findings(extraction, document, report, [])
    read = {
        str(next(v for p, v in f.values if p == NG.text)): str(
            next(v for p, v in f.values if p == NG.polarity)
        ).rsplit("/", 1)[-1]
        for f in found
    }
    assert read == {
        "The 2024 elections were competitive and fundamental freedoms were respected.": "positive",
        "The election law has been amended frequently, often shortly before elections.": "problem",
        "The space for civil society narrowed after the adoption of the law on foreign agents.": (
            "problem"
        ),
    }
