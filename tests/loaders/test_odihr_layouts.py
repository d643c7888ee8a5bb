"""The ODIHR loader on reports in other layouts (written for the tests; see
``odihr_layouts``)."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.namespaces import DCTERMS, NG
from tests.loaders.extraction_fixtures import text_extraction
from tests.loaders.fact_lookup import facts, only_value
from tests.loaders.odihr_layouts import MODERN, OLDER

older = text_extraction(OdihrLoader, "older", OLDER)
modern = text_extraction(OdihrLoader, "modern", MODERN)


def test_an_older_title_block_with_only_the_acronym_is_a_final_report(older: Extraction) -> None:
    assert detect_genre(OLDER) is Genre.FINAL_REPORT
    (report,) = facts(older, NG.Report)
    assert str(only_value(report, DCTERMS.creator)).endswith("/organisation/osce-odihr")
    assert str(only_value(report, DCTERMS.title)).endswith("OSCE/ODIHR FINAL REPORT")
    (election,) = facts(older, NG.Election)
    assert str(election.iri).endswith("/election/az/parliamentary/2000-11-12")


def test_numbering_restarting_under_lettered_headings_keeps_every_recommendation(
    older: Extraction,
) -> None:
    recs = facts(older, NG.Recommendation)
    assert [(str(r.iri).rsplit("/", 1)[-1], only_value(r, NG.number)) for r in recs] == [
        ("a-1", "1"),
        ("a-2", "2"),
        ("b-1", "1"),
        ("c-1", "1"),
    ]
    assert [only_value(r, NG.categoryHeading) for r in recs] == [
        "Legal Framework",
        "Legal Framework",
        "Election Administration",
        "Media",
    ]
    assert only_value(recs[0], NG.text) == (
        "The Election Law should give every party an equal number of seats on election commissions."
    )


def test_results_by_party_list_with_seats(older: Extraction) -> None:
    results = {str(f.label): f for f in facts(older, NG.CandidateResult)}
    assert sorted(results) == [
        "Citizens' Movement for Justice and Equality",
        "Democratic Union",
        "Party of National Progress",
    ]
    union = results["Democratic Union"]
    assert (only_value(union, NG.votes), only_value(union, NG.seats)) == (232105, 14)
    assert str(only_value(union, NG.party)).endswith("/democratic-union")


def test_priority_and_other_recommendations_and_one_restated_in_the_body(
    modern: Extraction,
) -> None:
    recs = facts(modern, NG.Recommendation)
    numbered = {
        only_value(r, NG.number): r for r in recs if any(p == NG.number for p, _ in r.values)
    }
    assert {n: only_value(r, NG.priority) for n, r in numbered.items()} == {
        "1": True,
        "2": True,
        "3": False,
    }
    assert only_value(numbered["2"], NG.text) == (
        "Parliament should remove the restrictions on the freedoms of assembly and "
        "expression that apply during the campaign."
    )
    (body,) = [r for r in recs if r not in numbered.values()]
    assert only_value(body, NG.restatedAs) == numbered["1"].iri
    assert [span.quote for span in body.evidence] == [
        "The CEC should publish all its decisions on its website within 24 hours of adoption."
    ]


def test_a_results_annex_as_pdf_conversion_leaves_it(modern: Extraction) -> None:
    results = {str(f.label): f for f in facts(modern, NG.CandidateResult)}
    assert sorted(results) == ["Olga Marenko", "Piotr Wask", "Tamerlan Dusenov-Abaiuly"]
    winner = results["Tamerlan Dusenov-Abaiuly"]
    assert only_value(winner, NG.votes) == 1803777
    assert str(only_value(winner, NG.voteShare)) == "63.09"
    assert str(only_value(winner, NG.voteShareOfVotesCast)) == "62.20"
    (totals,) = facts(modern, NG.ElectionTotals)
    assert only_value(totals, NG.registeredVoters) == 4118902
    assert str(only_value(totals, NG.turnout)) == "70.62"
    assert facts(modern, NG.DataQualityNote) == []


def test_the_executive_summarys_conclusions_are_findings_with_polarity(
    older: Extraction, modern: Extraction
) -> None:
    def verdicts(extraction: Extraction) -> dict[str, str]:
        return {
            str(only_value(f, NG.text)): str(only_value(f, NG.polarity)).rsplit("/", 1)[-1]
            for f in facts(extraction, NG.Finding)
        }

    assert verdicts(older)[
        "The parliamentary elections fell short of international standards."
    ] == ("problem")
    assert (
        verdicts(older)[
            "Election day was calm, and polling station staff were generally knowledgeable."
        ]
        == "positive"
    )
    overall = verdicts(modern)
    assert (
        overall[
            "The presidential election was efficiently administered but took place in a political "
            "environment that lacked genuine competition."
        ]
        == "mixed"
    )
    assert (
        overall[
            "However, lower-level commissions did not always follow procedures during the count, "
            "and the tabulation was not transparent."
        ]
        == "problem"
    )


def test_complaints_counted_and_told_one_by_one(older: Extraction, modern: Extraction) -> None:
    def figures(extraction: Extraction) -> list[tuple[object, str, str]]:
        return [
            (
                only_value(f, NG.complaintCount),
                str(only_value(f, NG.filedWith)).rsplit("/", 1)[-1],
                "".join(str(v).rsplit("/", 1)[-1] for p, v in f.values if p == NG.outcome),
            )
            for f in facts(extraction, NG.ComplaintFigure)
        ]

    # "of which 31 were rejected and 9 ...": each part a figure with its outcome, beside
    # the one figure they break down (which takes none of their outcomes)
    assert figures(modern)[0] == (46, "central-election-commission", "")
    assert (31, "central-election-commission", "rejected") in figures(modern)
    assert figures(older) == [(11, "central-election-commission", "rejected")]
    (case,) = facts(modern, NG.Complaint)
    assert str(only_value(case, NG.filedWith)).endswith("/supreme-court")
    assert str(only_value(case, NG.outcome)).endswith("/rejected")
    assert only_value(case, NG.subjectMatter) == "the CEC decision to deny her registration"
    assert str(only_value(case, NG.election)).endswith("/tj/presidential/2020-10-11")
    assert only_value(case, NG.complainant) is not None


def test_a_hard_wrapped_passage_is_one_evidence_span(modern: Extraction) -> None:
    recs = {
        only_value(r, NG.number): r
        for r in facts(modern, NG.Recommendation)
        if any(p == NG.number for p, _ in r.values)
    }
    (span,) = recs["2"].evidence
    assert span.quote == (
        "Parliament should remove the restrictions on the freedoms of assembly and\n"
        "expression that apply during the campaign."
    )
    assert MODERN[span.start : span.end] == span.quote
    overall = next(
        f for f in facts(modern, NG.Finding) if str(only_value(f, NG.text)).startswith("The presid")
    )
    (sentence,) = overall.evidence
    assert "\n" in sentence.quote and sentence.quote.endswith("lacked genuine competition.")
