"""The many ways a report states the status of earlier recommendations: tallies by status
(one assessment per status), per-recommendation statements in body text ("Contrary to a
prior recommendation, ...", "As previously recommended, ..."), long-standing
recommendations, and a share of earlier recommendations addressed.

The sentences are invented for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.assessment_counts import tally_verdicts
from normgraph.loaders.extract.assessments import add_assessments
from normgraph.loaders.extract.verdict_cues import stated_verdict
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA
from tests.case_tables import case_params

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"


@pytest.mark.parametrize(
    ("sentence", "expected"), case_params("status_tallies", "sentence", "tally")
)
def test_a_tally_by_status_gives_one_verdict_per_status(
    sentence: str, expected: list[list[str]]
) -> None:
    assert [list(verdict) for verdict in tally_verdicts(sentence)] == expected


def test_a_count_without_statuses_or_recommendations_is_no_tally() -> None:
    assert tally_verdicts("Of the 12 candidates, 4 were women and 8 were men.") == []
    assert tally_verdicts(
        "Of the 9 earlier recommendations, four were implemented and five not."
    ) == [(FULLY, "four"), (NOT, "five")]
    assert tally_verdicts("In 2019, 7 of the 11 recommendations were implemented.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Contrary to a prior recommendation, the code still bars independent candidates.", NOT),
        ("Contrary to earlier OSCE recommendations, the residence rule was kept.", NOT),
        ("Despite earlier recommendations, the law still lacks rules on campaign loans.", NOT),
        ("As previously recommended, the law now provides for citizen observers.", FULLY),
        ("In line with a prior recommendation, the law now permits independent lists.", FULLY),
        ("A long-standing recommendation to decriminalise libel has yet to be addressed.", NOT),
        ("A long-standing recommendation to redraw the districts has not been acted upon.", NOT),
        (
            "Previous recommendations on the funding of parties have largely not been taken "
            "into account.",
            NOT,
        ),
        (
            "The code still does not allow a court appeal against results, as previously "
            "recommended.",
            NOT,
        ),
        ("Some previous recommendations were addressed, including the complaints log.", PARTIALLY),
        ("The amendments address a number of prior recommendations on voting abroad.", PARTIALLY),
        ("Many recommendations of previous reports on this country remain valid.", NOT),
        ("Earlier recommendations on the media were largely disregarded.", NOT),
        ("Parliament did not act upon earlier recommendations to cap donations.", NOT),
        ("The amendments failed to address key prior recommendations.", NOT),
        ("None of the previous recommendations on the media were implemented.", NOT),
        ("The amendments took into account several earlier recommendations.", PARTIALLY),
        ("The commission followed a previous recommendation and now posts its minutes.", FULLY),
        ("The law was amended following earlier recommendations on voting abroad.", FULLY),
        ("Key recommendations on the make-up of commissions were not taken up.", NOT),
        ("The recommendation to set up a media council remains pending.", NOT),
        ("No progress was made on earlier recommendations on party finance.", NOT),
        ("Implementation of previous recommendations remains limited.", PARTIALLY),
        ("Little progress has been made in implementing prior recommendations.", PARTIALLY),
        ("These amendments responded to several earlier recommendations.", PARTIALLY),
        ("The previously recommended abolition of the threshold was adopted.", FULLY),
        ("The commission acted on a previous recommendation and posts its minutes.", FULLY),
        ("The reform aimed at addressing some previous recommendations.", None),
        ("The code now sets recount deadlines, addressing prior ODIHR recommendations.", FULLY),
        ("Results are now posted by precinct, which addresses a previous recommendation.", FULLY),
        ("The recommendation to lower the deposit was also addressed.", FULLY),
        ("Most key recommendations of the mission have not been acted upon.", NOT),
        (
            "The report made 20 recommendations, 9 of which repeated recommendations of earlier "
            "reports.",
            NOT,
        ),
        ("Many of them repeat recommendations made after the 2011 elections.", NOT),
        (
            "The quorum rule, which the mission recommended lowering in 2019, is unchanged and has "
            "not been amended.",
            NOT,
        ),
        (
            "The law did not address the residence rule, which was recommended by the mission "
            "after the 2012 elections.",
            NOT,
        ),
        ("We code this recommendation as not implemented.", NOT),
        ("The recom- mendation to publish minutes was fully implemented in 2028.", FULLY),
        (
            "The mission rates prior recommendations as fully implemented, partially implemented "
            "or not implemented.",
            None,
        ),
        ("The commission recommended that polling stations be accessible.", None),
        ("The electoral code was amended in 2015.", None),
    ],
)
def test_a_statement_on_an_earlier_recommendation_states_its_status(
    sentence: str, expected: str | None
) -> None:
    assert stated_verdict(sentence) == expected


TEXT = """\
FOLLOW-UP OF EARLIER RECOMMENDATIONS

Of the 18 recommendations of the previous final report, 5 were fully implemented, 7 partially
and 6 not at all. Contrary to a prior recommendation, the code still bars independent
candidates.
"""


def _extract(study: bool) -> list[Fact]:
    source = SourceText("tally", "tally.txt", TEXT)
    report = Fact(iri=mint("report", "tally"), kind=SCHEMA.Report, label="a report")
    extraction = Extraction()
    extraction.add(report)
    document = parse_document(source)
    return add_assessments(extraction, document, report, report.iri, "2031-05-02", study)


def test_a_report_tally_is_one_assessment_per_status_over_the_same_sentence() -> None:
    found = _extract(study=False)
    statuses = [str(v).rsplit("/", 1)[-1] for f in found for p, v in f.values if p == NG.status]
    assert statuses == [FULLY, PARTIALLY, NOT, NOT]
    assert found[0].evidence == found[1].evidence == found[2].evidence
    assert found[3].evidence != found[0].evidence


def test_a_studys_own_tally_is_one_assessment_per_status_too() -> None:
    found = _extract(study=True)
    statuses = [str(v).rsplit("/", 1)[-1] for f in found for p, v in f.values if p == NG.status]
    assert statuses == [FULLY, PARTIALLY, NOT, NOT]


STUDY_TEXT = """\
Method

I coded a recommendation as fully implemented when a later report said so, and we code them
as partially implemented when the law was not applied.
Our coding distinguishes recommendations that were fully implemented, partially implemented
and not implemented. Earlier studies found that previous recommendations were often ignored.
This section examines which earlier recommendations were implemented and why. Two thirds of
the earlier recommendations were implemented in part. Officials insisted that the previous
recommendations had all been implemented. The 2019
amendments to the Electoral Code implemented the long-standing recommendation to abolish the
turnout requirement.
"""


def test_a_study_reads_verdicts_not_its_categories_regularities_or_questions() -> None:
    source = SourceText("study", "study.txt", STUDY_TEXT)
    report = Fact(iri=mint("report", "study"), kind=SCHEMA.Report, label="a study")
    extraction = Extraction()
    extraction.add(report)
    found = add_assessments(extraction, parse_document(source), report, report.iri, None, True)
    assert len(found) == 1
    assert "turnout requirement" in found[0].evidence[0].quote


LIST_TEXT = """\
RECOMMENDATIONS

Several recommendations of previous reports have not yet been addressed and are repeated
below. The commission should publish its decisions promptly.

1. The law should allow citizen observers, as previously recommended.
"""


def test_a_recommendations_section_yields_only_its_verdict_on_earlier_ones() -> None:
    source = SourceText("list", "list.txt", LIST_TEXT)
    report = Fact(iri=mint("report", "list"), kind=SCHEMA.Report, label="a report")
    extraction = Extraction()
    extraction.add(report)
    found = add_assessments(extraction, parse_document(source), report, report.iri, None)
    assert len(found) == 1
    assert "not yet been addressed" in found[0].evidence[0].quote
