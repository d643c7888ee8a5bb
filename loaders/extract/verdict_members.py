"""The fate of one member of a tally of earlier recommendations ("Of the nine
recommendations of the 2019 report, five were implemented; the rest, among them the one on
X, were not"): a statement about X is the part of the tally that names it, not the tally's
other grades, which the extraction reader reads as a mix.
"""

from __future__ import annotations

import re

from ..text.words import any_word
from .verdict_grammar import CLAUSE_CUT, clause_polarity

_TALLY = re.compile(
    r"\W*(?:of|among|out of)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w/'-]+\s+){0,5}?"
    r"recommendations\b",
    re.I,
)
"""A sentence that opens by counting earlier recommendations."""
_MEMBER = any_word("including, among them, among which, notably, in particular, such as, not least")
"""An apposition that names one member of a counted share."""
PARTS = re.compile(r";\s|,\s+(?=(?:so|and|but|yet|while|whereas)\s)", re.I)
"""Where a sentence's parts end: a semicolon, or a comma before a coordinated clause (a
tally's shares; "... was never implemented, so the sick can still vote only ...": the
modal of another part is not the fate's)."""


def member_fate(text: str) -> str | None:
    """The status of the one member a tally names: the polarity of the part that names it,
    its apposition left out; None unless exactly one part of a tally names a member."""
    if not _TALLY.match(text):
        return None
    named = [part for part in PARTS.split(text) if _MEMBER.search(part)]
    if len(named) != 1:
        return None
    clauses = [c for c in CLAUSE_CUT.split(named[0]) if c.strip() and not _MEMBER.match(c)]
    read = [status for status in map(clause_polarity, clauses) if status is not None]
    return read[-1] if read else None
