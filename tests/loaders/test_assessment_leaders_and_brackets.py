"""Statements on earlier recommendations in shapes written for these tests (states, bodies
and years invented): a status list whose rows join the recommendation to its status by a
dot leader (each row a statement of its own, "IMPLEMENTED IN PART" a partial status), a
tracker whose statuses are signs in brackets ("[+]", "[-]", "(*)") that a key wrapped over
two lines explains, under a lead-in that names the recommendations, and a tally whose
last count is named in apposition ("the rest, 15 recommendations, were not addressed")."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.assessment_counts import tally_verdicts
from normgraph.loaders.extract.bare_status import bare_status
from normgraph.loaders.extract.verdict_cues import cue_text
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.sentences import sentences
from normgraph.loaders.text.source import SourceText
from tests.loaders import assessment_reading as reading

FULLY, PARTIALLY, NOT = reading.FULLY, reading.PARTIALLY, reading.NOT

LEADER_LIST = """\
FOLLOW-UP OF OUR 1998 RECOMMENDATIONS

Our assessment of the eight we made after the 1998 municipal elections:

   Rec. 1  Publish polling-station results ............ DONE
   Rec. 2  Independent media regulator ................ NOT DONE
   Rec. 3  Shorter deadlines for appeals .............. IMPLEMENTED IN PART
   Rec. 4  Voter education in minority languages ...... IMPLEMENTED

The rest were not discussed with the authorities.
"""


def test_each_dot_leader_row_is_a_statement_of_its_own() -> None:
    document = parse_document(SourceText("l", "l.txt", LEADER_LIST))
    rows = [e.text for e in document.elements if "...." in e.text]
    assert len(rows) == 4 and rows[1].startswith("Rec. 2")  # one element per row
    assert reading.statuses(reading.assessments_in(LEADER_LIST, "leaders")) == [
        [FULLY],
        [NOT],
        [PARTIALLY],
        [FULLY],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout ............ 61.3 %", ["Turnout ............ 61.3 %"]),
        ("It was over... Then it rained.", ["It was over...", "Then it rained."]),
    ],
)
def test_a_dot_leader_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


@pytest.mark.parametrize(
    ("field", "status"),
    [("IMPLEMENTED IN PART", PARTIALLY), ("addressed partly", PARTIALLY), ("implemented", FULLY)],
)
def test_a_status_with_its_degree_after_it(field: str, status: str) -> None:
    assert bare_status(field) == status


BRACKETED = """\
Annex 2. Where the 2019 advice stands

The table follows the recommendations of the 2019 report that we discuss. Key: "[+]"
acted on, "[~]" acted on in part, "[-]"
not acted on.

  2019 no. | subject                                  | status
  ---------+------------------------------------------+-------
  3        | a single electoral code                  |  [-]
  6        | public funding for all registered lists  |  [+]
  9        | training of polling boards               |  [~]
"""

STARRED = """\
Table 4

Of the earlier recommendations, these are the ones we followed up (legend below).

  Rec.   Topic                                      Status
  12     Deadline for registering candidates          (*)
  15     Caps on campaign spending                    (-)

Legend: (*) implemented; (-) not implemented.
"""


def test_signs_in_brackets_a_key_explains() -> None:
    """Each row takes its sign's meaning: "[-]" not, "[+]" fully; "(*)" and "(-)" by the
    legend below the table."""
    assert reading.tracker_statuses(BRACKETED) == [NOT, FULLY, PARTIALLY]
    assert reading.tracker_statuses(STARRED) == [FULLY, NOT]


def test_a_count_named_in_apposition_is_a_count_of_the_tally() -> None:
    said = (
        "Of the 21, two were implemented in full, four partially, and the remaining, 15 "
        "recommendations, were not addressed."
    )
    assert tally_verdicts(cue_text(said), True) == [
        (FULLY, "two"),
        (PARTIALLY, "four"),
        (NOT, "15"),
    ]
    # "recommendations addressed to ...": no status, no tally
    assert (
        tally_verdicts(cue_text("It made 12 recommendations addressed to the board."), True) == []
    )
