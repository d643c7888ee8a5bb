"""A statement's findings degrade gently (issue 13, gen14c): a paragraph of sentences of
different verdicts is one finding per run of one verdict (a mixed sentence after a positive
one is a point of its own); a dateline opening the first paragraph, with the title-block
lines a conversion glued before it, is not part of the finding; a section headed "N /
TITLE" is read like any other. Invented statements, on states and layouts no fixture
report uses."""

from __future__ import annotations

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from tests.loaders.fact_lookup import finding_polarities
from tests.loaders.odihr_heads import final_report_head

GLUED_HEAD = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Latvia - Parliamentary Elections, 4 October 2031

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Baltic Observers Network (BON)
Nordic Parliamentary Forum (NPF)
Riga, 5 October 2031 - The parliamentary elections were competitive and well run. The
campaign was calm but marred by the misuse of administrative resources.

PRELIMINARY FINDINGS

Election Day

Voting was calm and orderly in the polling stations observed. The count was transparent
but slow, and procedures were not always followed.
"""

SLASHED = """\
Alpine Vote Watch

PRELIMINARY STATEMENT on the cantonal elections in Switzerland of 9 March 2031

Bern, 10 March 2031

1 / SUMMARY

The elections were well administered, but the campaign was marred by intimidation of
candidates in two communes.

2 / ABOUT OUR OBSERVATION

We deployed 120 observers to a sample of polling stations.

3 / ELECTION DAY

Voting was calm and orderly. Observers reported serious irregularities in 3 per cent of
the polling stations visited.
"""


def _findings(text: str) -> dict[str, str]:
    return finding_polarities(StatementLoader().extract(SourceText("s", "s.txt", text)))


def _verdict(found: dict[str, str], opening: str) -> str | None:
    """The polarity of the one finding that opens with ``opening``."""
    (verdict,) = [polarity for text, polarity in found.items() if text.startswith(opening)]
    return verdict


def test_a_dateline_and_the_head_glued_before_it_are_no_part_of_the_finding() -> None:
    found = _findings(GLUED_HEAD)
    assert _verdict(found, "The parliamentary elections were compet") == "positive"
    assert not any(text.startswith(("Baltic", "Riga")) for text in found)


def test_a_mixed_sentence_after_a_positive_one_is_a_finding_of_its_own() -> None:
    found = _findings(GLUED_HEAD)
    assert _verdict(found, "Voting was calm and orderly in the polli") == "positive"
    assert _verdict(found, "The count was transparent but slow, and ") == "mixed"
    assert _verdict(found, "The campaign was calm but marred") == "mixed"


def test_sections_headed_number_slash_title_hold_findings_and_not_the_method() -> None:
    found = _findings(SLASHED)
    assert _verdict(found, "The elections were well administered, b") == "mixed"
    assert _verdict(found, "Voting was calm and orderly.") == "positive"
    assert _verdict(found, "Observers reported serious irregulariti") == "problem"
    assert not any(text.startswith("We deployed") for text in found)


ASKS_AMONG_FINDINGS = """\
Ruritanian Vote Monitors

PRELIMINARY STATEMENT on the parliamentary elections in Croatia of 2 June 2031

Zagreb, 3 June 2031

FINDINGS

The State Election Commission worked transparently and met all legal deadlines.

The commission should end the misuse of administrative resources by local officials.

The exclusion of voters under guardianship is at odds with international standards, and
the law should be amended.
"""


def test_a_sentence_that_opens_with_an_ask_is_no_finding_but_one_that_judges_first_is() -> None:
    found = _findings(ASKS_AMONG_FINDINGS)
    assert _verdict(found, "The State Election Commission worked") == "positive"
    assert _verdict(found, "The exclusion of voters under guardian") == "problem"
    assert not any(text.startswith("The commission should") for text in found)


FINAL_ASKS = (
    final_report_head(
        "REPUBLIC OF SLOVENIA",
        "PARLIAMENTARY ELECTIONS",
        "5 May 2033",
        "Election Assessment Mission",
        "1 August 2033",
    )
    + """IV. ELECTION ADMINISTRATION

The National Electoral Commission worked professionally and met all legal deadlines. The
commission should end the misuse of administrative resources by local officials.
"""
)


def test_a_final_reports_ask_in_a_body_section_is_no_finding() -> None:
    found = finding_polarities(OdihrLoader().extract(SourceText("si", "si.txt", FINAL_ASKS)))
    assert _verdict(found, "The National Electoral Commission worked") == "positive"
    assert not any(text.startswith("The\ncommission should") for text in found)
    assert not any("should end" in text for text in found)


CODED = """\
ALPINE CIVIC FUND
FINAL NARRATIVE REPORT

GRANTEE
    Vote Watch Liechtenstein, Vaduz
REPORT DATE
    2031-06-30

P1  SUMMARY OF THE PROJECT

The grantee observed the parliamentary elections of 2 February 2031 in Liechtenstein.

P2  MAIN FINDINGS OF THE OBSERVATION

The election administration worked efficiently and transparently. Observers reported the
misuse of administrative resources by two municipalities.

P3  FINANCIAL SUMMARY

The grant was spent as planned.
"""


def test_a_coded_number_set_off_by_a_gap_opens_a_section_whose_findings_are_read() -> None:
    document = parse_document(SourceText("li", "li.txt", CODED))
    titles = [section.title for section in document.sections()]
    assert titles == [
        "SUMMARY OF THE PROJECT",
        "MAIN FINDINGS OF THE OBSERVATION",
        "FINANCIAL SUMMARY",
    ]
    found = finding_polarities(ProgrammeLoader().extract(SourceText("li", "li.txt", CODED)))
    assert _verdict(found, "The election administration worked") == "positive"
    assert _verdict(found, "Observers reported the misuse") == "problem"
