"""Findings of a monitoring network's programme report, on an invented report: what its
observers found, in a "Key Findings" section (bullets too) or an "Assessment of the
Electoral Environment", is a finding when it judges; its own activities, method and
advice are not."""

from __future__ import annotations

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.text.source import SourceText

from .fact_lookup import finding_polarities

REPORT = """\
CITIZENS FOR FAIR ELECTIONS

REPUBLIC OF SLOVENIA: CITIZEN ELECTION MONITORING PROJECT

NARRATIVE REPORT TO THE DONOR

1. PROJECT SUMMARY

From April 1, 2033 to March 31, 2034, Citizens for Fair Elections (CFE) implemented a
citizen monitoring project in the Republic of Slovenia, with funding from the Northern
Democracy Trust (NDT) under Grant Agreement No. NDT-33-04.

2. PROJECT ACTIVITIES

A1.1 CFE trained 120 long-term observers in May 2033.

3. KEY FINDINGS

CFE deployed 60 long-term observers to all districts from June to October 2033.
• The misuse of administrative resources by incumbents was widespread in rural districts.
• Candidates were able to campaign freely in most municipalities.
• Election day was calm and orderly in the polling stations observed.
• The election administration should publish its decisions within 24 hours.

4. ASSESSMENT OF THE ELECTORAL ENVIRONMENT

Public broadcasters provided balanced coverage of the main contestants. Private channels
showed a clear bias towards the ruling party.

5. RECOMMENDATIONS

• The parliament should adopt the draft law on campaign finance.
"""


def _findings() -> dict[str, str]:
    return finding_polarities(ProgrammeLoader().extract(SourceText("p", "narrative.txt", REPORT)))


def test_key_findings_and_the_environments_assessment_are_findings() -> None:
    found = _findings()
    assert found["The misuse of administrative resources b"] == "problem"
    # approval "in most municipalities" implies the rest fell short (extract/polarity.py)
    assert found["Candidates were able to campaign freely "] == "mixed"
    assert found["Election day was calm and orderly in the"] == "positive"
    assert found["Public broadcasters provided balanced co"] == "positive"
    assert found["Private channels showed a clear bias tow"] == "problem"


def test_method_activities_and_advice_are_not_findings() -> None:
    found = _findings()
    assert not any(
        text.startswith(("CFE deployed", "CFE trained", "The election administration should"))
        for text in found
    )
    assert not any(text.startswith("The parliament should") for text in found)
