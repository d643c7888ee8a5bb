"""A statement's findings degrade gently (issue 13, gen14c): a paragraph of sentences of
different verdicts is one finding per run of one verdict (a mixed sentence after a positive
one is a point of its own); a dateline opening the first paragraph, with the title-block
lines a conversion glued before it, is not part of the finding; a section headed "N /
TITLE" is read like any other. Invented statements, on states and layouts no fixture
report uses."""

from __future__ import annotations

from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from tests.loaders.fact_lookup import finding_polarities

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
