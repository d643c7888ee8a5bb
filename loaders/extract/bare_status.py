"""One reader of a bare status: a table's cell, a follow-up row's status field or a key's words
that is a status and nothing else ("implemented", "partly", "not started", "no progress",
"yes", "pending"). Tracker cells (``status_keys.cell_status``) and follow-up rows
(``verdict_rows.row_status``) read it alike: until the seventeenth session each had a word
set of its own, and a row's "in progress" or a cell's "pending" went unread in one of them.
"""

from __future__ import annotations

import re

from .verdict_grades import FULLY, NOT, PARTIALLY

_PARTLY = re.compile(
    r"(?:only\s+)?(?:partly|partially|partial|in\s+part|largely|mostly|half|in\s+progress"
    r"|ongoing)\b",
    re.I,
)
"""A degree short of full, opening the field ("partly met", "largely", "in progress")."""
_NOT = re.compile(
    r"(?:not\b(?!\s+(?:applicable|assessed|known|rated|relevant|due|yet\s+due)\b)|none\b"
    r"|no(?:\s+(?:action|progress|follow-?up|change|movement|improvement)\b|\s*$)"
    r"|un\w+ed\b|outstanding\b|pending\b)",
    re.I,
)
"""A denial opening the field ("not implemented", "none", "no progress", "unaddressed",
"pending"), not a field that is no status ("not applicable", "not assessed")."""
_DONE = re.compile(
    r"(?:fully\s+)?(?:implemented|done|achieved|met|delivered|completed|fulfill?ed|addressed"
    r"|acted\s+(?:up)?on|in\s+place|in\s+force)(?:\s+in\s+full)?|yes|fully",
    re.I,
)
"""A deed done, the whole field ("implemented", "fully addressed", "done", "yes")."""
_DONE_IN_PART = re.compile(
    r"(?:implemented|done|achieved|met|addressed|acted\s+(?:up)?on|fulfill?ed)\s+"
    r"(?:in\s+part|partly|partially)",
    re.I,
)
"""A deed done with its degree after it ("implemented in part", "addressed partly")."""

ANSWERS = (
    r"yes|no|partly|partially|(?:(?:not|partly|partially)\s+)?done|completed"
    r"|no\s+action|not\s+started"
    r"|(?:(?:not|partly|partially|largely)\s+)?met"
)
"""The words a table's status column answers in, a cell of its own ("Implemented?  Yes",
"Partly", "No"; "Done", "Partly done", "Not done", "No action"; "Met", "Partly met", "Not
met" as a compliance table rates): the tracker takes a row's last cell that is one of them
(``tracker._ANSWER_CELL``), and :func:`bare_status` reads each of them."""


def bare_status(field: str) -> str | None:
    """The status a field states by itself, or None."""
    field = " ".join(field.split()).strip(" .;:")
    if _PARTLY.match(field) or _DONE_IN_PART.fullmatch(field):
        return PARTIALLY
    if _NOT.match(field):
        return NOT
    if _DONE.fullmatch(field):
        return FULLY
    return None
