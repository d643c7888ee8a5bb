"""Complaints, complaint figures, statements on earlier recommendations and treaty actions
as any genre writes them, whatever the state. The sentences are invented for these tests
(states and bodies other than the corpus's) and read by the shared readers."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases
from normgraph.loaders.extract.complaint_figure_facts import add_document_figures
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import outcome_in
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.case_tables import case_params
from tests.loaders.assessment_reading import assessments_in, statuses


def _values(fact: Fact, prop: URIRef) -> list[str]:
    return [str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == prop]


def _cases(text: str) -> list[Fact]:
    document = parse_document(SourceText("invented", "invented.txt", text))
    extraction = Extraction()
    return add_document_cases(extraction, document, "invented", Actors(extraction, "me"))


# --- complaint figures ---------------------------------------------------------------


def test_a_second_count_sharing_the_verb_of_the_first() -> None:
    found = read_figures(
        "The State Election Commission received 41 complaints before polling day and "
        "19 complaints after it, and the basic courts 12 appeals."
    )
    assert [(f.count, f.body) for f in found] == [
        (41, "The State Election Commission"),
        (19, "The State Election Commission"),
        (12, "the basic courts"),
    ]


def test_a_contestant_filing_a_count_and_what_became_of_all_of_them() -> None:
    (found,) = read_figures(
        "In June 2019, the Green Union filed 23 complaints with the Municipal Election "
        "Commission alleging vote buying; all were rejected."
    )
    assert (found.count, found.complainant, found.outcome) == (23, "Green Union", "rejected")
    (every,) = read_figures("The Supreme Court rejected all 7 appeals lodged after the vote.")
    assert (every.count, every.outcome) == (7, "rejected")


FIGURE_TWICE = """\
Summary

Of the 88 complaints lodged with election commissions and courts, most were dismissed.

Disputes

In total, 88 complaints were lodged with courts during the campaign. No complaints were \
filed with the State Election Commission on election day.
"""


def test_a_figure_stated_twice_is_one_fact_and_no_complaints_is_no_figure() -> None:
    document = parse_document(SourceText("invented", "invented.txt", FIGURE_TWICE))
    extraction = Extraction()
    figures = add_document_figures(extraction, document, "invented", Actors(extraction, "me"))
    assert [_values(f, NG.complaintCount) for f in figures] == [["88"]]
    assert len(figures[0].evidence) == 2  # the summary's and the body's words
    assert [f for f in extraction.facts if f.kind == NG.ComplaintFigure] == figures


def test_counts_without_a_body_and_with_spaced_thousands() -> None:
    (total,) = read_figures("In total, 214 complaints were filed during the campaign.")
    assert (total.count, total.body) == (214, None)
    (spaced,) = read_figures("The State Electoral Office received some 1 200 complaints.")
    assert (spaced.count, spaced.body) == (1200, "The State Electoral Office")


# --- single complaints and appeals ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), case_params("complaint_cases", "text", "found"))
def test_single_complaints_and_appeals_with_what_their_text_says(
    text: str, expected: list[dict[str, str | int]]
) -> None:
    cases = _cases(text)
    assert len(cases) == len(expected)
    for case, said in zip(cases, expected, strict=True):
        for name, value in said.items():
            if name == "appeal_of":
                assert case.kind == NG.Appeal
                assert (NG.appealOf, cases[int(value)].iri) in case.values
            else:
                assert _values(case, NG[name]) == [value], (case.iri, name)


def test_a_refusal_a_complaint_is_about_is_not_its_outcome() -> None:
    assert outcome_in("against the refusal to register its list of candidates") is None
    assert outcome_in("The commission refused to consider the complaint") == "not-considered"
    assert outcome_in("The court ruled against the party") is None


# --- statements on earlier recommendations (single sentences: stated_verdicts.toml) ---


STUDY_TALLY = """\
Compliance

Of the 90 recommendations I traced, 30 were fully addressed and 60 remained unaddressed. \
The previous recommendation to publish protocols remained unaddressed in 2022.
"""


def test_a_study_tallies_recommendations_by_status_and_judges_one() -> None:
    verdicts = assessments_in(STUDY_TALLY, "study", study=True)
    assert statuses(verdicts) == [
        ["fully-implemented"],
        ["not-implemented"],
        ["not-implemented"],
    ]
    assert "previous recommendation" in verdicts[2].evidence[0].quote
    judges = [v for p, v in verdicts[2].values if p == NG.assessor]
    assert [str(j).rsplit("/", 1)[-1] for j in judges] == ["authors"]  # no issuer named
