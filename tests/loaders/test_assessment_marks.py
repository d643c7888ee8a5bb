"""Statements on earlier recommendations written in ways no single cue names: a status that
only names the set a sentence describes, a follow-up list "acted upon" and a table rated "met"
or "not met", a verdict concluded in a later clause, a statement's verdicts when its mission
observes no election the reader finds, and a coder's verdict on a recommendation named as
such. The texts are invented (other states and bodies than the fixtures')."""

from __future__ import annotations

from normgraph.loaders.extract.tracker import add_tracker_assessments
from normgraph.loaders.extract.verdict_cues import stated_verdict
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.assessment_reading import assessments_in, statuses
from tests.loaders.fact_lookup import first_text, one_line


def test_a_status_that_only_names_the_set_a_sentence_describes_is_no_verdict() -> None:
    assert (
        stated_verdict(
            "The proposals of 2026 that have not been taken up are, in our view, the ones "
            "that count most for rural voters.",
            reviewing=True,
        )
        is None
    )
    assert (
        stated_verdict(
            "The recommendations which had not yet been implemented were set out again.",
            reviewing=True,
        )
        is None
    )
    assert (
        stated_verdict("The recommendation to publish the minutes has not been implemented.")
        == "not-implemented"
    )


FOLLOW_UP = """\
Office for Democratic Institutions and Human Rights

REPUBLIC OF SLOVENIA

PARLIAMENTARY ELECTIONS
5 June 2033

ODIHR Election Expert Team Final Report

Warsaw
1 September 2033

I. EXECUTIVE SUMMARY

The elections were well run and enjoyed the trust of all contestants.

II. FOLLOW-UP OF EARLIER RECOMMENDATIONS

  2029/1  Publication of the minutes of the electoral commission.  Partly acted upon:
          the minutes are published, but weeks later.

  2029/2  A complaints deadline for the registration of lists.  Fully acted upon;
          the 2031 amendments set three days.

 2029 recommendation                          Status, May 2033
 --------------------------------------------------------------
 Allow observers at the tabulation of         MET
 results in every district
 Give voters abroad a choice of voting        NOT MET
 methods
 Audit the accounts of all candidates         PARTLY MET
 --------------------------------------------------------------

III. RECOMMENDATIONS

1. The National Assembly should regulate campaigning by third parties.
"""


def test_a_follow_up_list_acted_upon_and_a_table_rated_met_or_not_met() -> None:
    source = SourceText("si", "si.txt", FOLLOW_UP)
    extraction = Extraction()
    report = Fact(iri=mint("report", "invented-si"), kind=NG.Report, label="Report")
    found = add_tracker_assessments(
        extraction, parse_document(source), report, report.iri, None, []
    )
    read = sorted(
        (
            one_line(f)[:20],
            str(first_text(f, NG.status)).split("/")[-1],
        )
        for f in found
    )
    assert read == [
        ("A complaints deadlin", "fully-implemented"),
        ("Allow observers at t", "fully-implemented"),
        ("Audit the accounts o", "partially-implemented"),
        ("Give voters abroad a", "not-implemented"),
        ("Publication of the m", "partially-implemented"),
    ]


def test_a_verdict_concluded_in_a_later_clause_is_the_sentences_verdict() -> None:
    text = (
        "I. FINDINGS\n\nPrevious recommendations. The recommendation to allow observers at the"
        " count has been addressed in the new Electoral Code, which provides for their"
        " accreditation from 2036; it is therefore partially implemented, as it did not apply"
        " to these elections. The recommendation to publish the minutes has been fully"
        " implemented.\n"
    )
    assert statuses(assessments_in(text, "lt")) == [
        ["partially-implemented"],
        ["fully-implemented"],
    ]


UNDATED = """\
Baltic Election Watch (BEW)

International Election Observation Mission to Lithuania

PRELIMINARY STATEMENT

The mission deployed 12 long-term observers from 1 September.

FINDINGS

Previous recommendations. The recommendation to publish the minutes of the
Central Electoral Commission has not been implemented.
"""


def test_a_statements_verdicts_keep_an_assessor_when_its_mission_observes_nothing_read() -> None:
    extraction = StatementLoader().extract(SourceText("lt", "lt.txt", UNDATED))
    found = [f for f in extraction.facts if f.kind == NG.ImplementationAssessment]
    assert statuses(found) == [["not-implemented"]]
    judge = first_text(found[0], NG.assessor)
    missions = [f for f in extraction.facts if f.kind == NG.ObservationMission]
    assert judge is not None and judge not in {str(m.iri) for m in missions}


def test_a_coders_verdict_on_a_recommendation_named_as_such() -> None:
    assert stated_verdict("We code the recommendation as partly implemented.") == (
        "partially-implemented"
    )
    assert stated_verdict("I rate both as not implemented: nothing changed.") == ("not-implemented")
    assert stated_verdict("The commission rated the lists as fully registered.") is None
