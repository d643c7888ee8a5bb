"""A tracker's cell (``cell_status``) and a follow-up row's status field (``row_status``) read
a bare status with one word set (``bare_status``): the fields each call site was tested on
before the fold, and the ones only the other read, give the same answer at both."""

from __future__ import annotations

import re

import pytest

from normgraph.loaders.extract.bare_status import ANSWERS, bare_status
from normgraph.loaders.extract.status_keys import cell_status
from normgraph.loaders.extract.verdict_rows import row_status
from tests.loaders.assessment_reading import FULLY, NOT, PARTIALLY

FIELDS = [
    # the rows' fields
    ("done", FULLY),
    ("implemented", FULLY),
    ("Partially implemented", PARTIALLY),
    ("Largely", PARTIALLY),
    ("partly done", PARTIALLY),
    ("Not implemented", NOT),
    ("none", NOT),
    ("no improvement seen", NOT),
    ("no change", NOT),
    # the cells' words
    ("yes", FULLY),
    ("completed", FULLY),
    ("met", FULLY),
    ("fully", FULLY),
    ("acted upon", FULLY),
    ("implemented in full", FULLY),
    ("partly met", PARTIALLY),
    ("in progress", PARTIALLY),
    ("ongoing", PARTIALLY),
    ("no", NOT),
    ("no action", NOT),
    ("not started", NOT),
    ("no progress", NOT),
    ("unaddressed", NOT),
    ("outstanding", NOT),
    ("pending", NOT),
    # no status at all
    ("not applicable", None),
    ("not assessed", None),
    ("see annex", None),
    ("the commission", None),
]


@pytest.mark.parametrize(("field", "status"), FIELDS, ids=[field for field, _ in FIELDS])
def test_a_cell_and_a_rows_field_read_a_bare_status_alike(field: str, status: str | None) -> None:
    assert cell_status(field) == status
    assert row_status(f"Training of staff (2019) | {field} | as the annex explains.") == status


ANSWERED = [
    ("Yes", FULLY),
    ("No", NOT),
    ("Partly", PARTIALLY),
    ("partially", PARTIALLY),
    ("Done", FULLY),
    ("Not done", NOT),
    ("Partly done", PARTIALLY),
    ("partially  done", PARTIALLY),
    ("Completed", FULLY),
    ("No action", NOT),
    ("Not started", NOT),
    ("Met", FULLY),
    ("Not met", NOT),
    ("Partly met", PARTIALLY),
    ("Partially met", PARTIALLY),
    ("Largely met", PARTIALLY),
]


@pytest.mark.parametrize(("answer", "status"), ANSWERED, ids=[answer for answer, _ in ANSWERED])
def test_a_status_columns_answer_words_are_read_by_the_bare_status_reader(
    answer: str, status: str
) -> None:
    """Every way a status column answers that the tracker takes as a cell (``ANSWERS``) is
    a status ``bare_status`` reads, so a cell taken is never one left unread."""
    assert re.fullmatch(ANSWERS, answer, re.I)
    assert bare_status(answer) == status
