"""Findings of statements in layouts the corpus lacks, on invented texts: an interim report
(a bulleted summary, then topical sections of numbered paragraphs) judges in passing in
its body, and only the paragraphs that judge are findings."""

from __future__ import annotations

from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

from .fact_lookup import facts, finding_polarities, value

INTERIM = """\
ODIHR Election Observation Mission
Republic of Estonia - Parliamentary Elections, 5 March 2034

INTERIM REPORT
1 - 14 February 2034

17 February 2034

I. SUMMARY

• The elections are held under a mixed system: 51 members are elected in single-mandate
districts and 50 by party lists.
• The legal framework provides an adequate basis for democratic elections, but several gaps
identified by ODIHR remain unaddressed.
• The Central Election Commission has so far worked efficiently and in an open manner.
• Several district commissions replaced their members shortly before the elections, which
undermined confidence in their impartiality.
• The campaign is visible in most regions.

II. INTRODUCTION

1. Following an invitation from the authorities, ODIHR deployed an Election Observation
Mission on 1 February. The mission is headed by a core team of 11 experts.

III. BACKGROUND

2. The parliament has 101 members elected for a four-year term.
3. Public trust in state institutions remains low, and opposition parties allege pressure on
local officials.

IV. ELECTION ADMINISTRATION

4. The elections are administered by a three-tier system of commissions.
5. The Central Election Commission held regular sessions that were open to observers and the
media, and it published its decisions in a timely manner.
6. Interlocutors raised concerns about the late appointment of precinct commission members
in several districts.

V. CANDIDATE REGISTRATION

7. In total, 412 candidates were registered in single-mandate districts.
8. The registration of candidates was inclusive, and contestants were able to campaign
freely.
"""


def test_an_interim_reports_numbered_paragraphs_that_judge_are_findings() -> None:
    found = finding_polarities(StatementLoader().extract(SourceText("i", "interim.txt", INTERIM)))
    assert found["Public trust in state institutions remai"] == "problem"
    assert found["The Central Election Commission held reg"] == "positive"
    assert found["Interlocutors raised concerns about the "] == "problem"
    assert found["The registration of candidates was inclu"] == "positive"
    # the summary's bullets that judge are findings too
    assert found["The Central Election Commission has so f"] == "positive"


def test_an_interim_reports_descriptions_and_its_introduction_are_not_findings() -> None:
    found = finding_polarities(StatementLoader().extract(SourceText("i", "interim.txt", INTERIM)))
    assert not any(
        text.startswith(("Following an invitation", "The parliament has")) for text in found
    )
    assert not any(
        text.startswith(("In total, 412", "The elections are administered")) for text in found
    )
    assert not any(text.startswith("The campaign is visible") for text in found)


def test_an_interim_report_is_filed_as_one_a_statement_as_a_statement() -> None:
    interim = StatementLoader().extract(SourceText("i", "interim.txt", INTERIM))
    (report,) = facts(interim, NG.Report)
    assert str(value(report, NG.genre)).endswith("/genre/interim-report")
    statement = INTERIM.replace("INTERIM REPORT", "STATEMENT OF PRELIMINARY FINDINGS")
    (report,) = facts(StatementLoader().extract(SourceText("s", "s.txt", statement)), NG.Report)
    assert str(value(report, NG.genre)).endswith("/genre/preliminary-statement")
