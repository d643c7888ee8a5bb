"""Who a recommendation asks to act, read from its text: the actors it names as subjects
of "should/could...", agents of a passive, or subjects of what is to be ensured.

Every genre's recommendation reader calls it (final reports, statements, programme
reports, scholarship), so it lives among the shared extractors, not in one genre.
"""

from __future__ import annotations

import re

from .actors import Institution, find_institutions

_NOT_ADDRESSEE_VERB = re.compile(r"\s*(?:not\s+)?(?:be|face|have|receive|enjoy|benefit)\b")
_MODAL = re.compile(r"\s+(?:should|could|must|shall|need)\b")
_PASSIVE_BY = re.compile(r"\b\w+(?:ed|en|ne) by (?:the )?$")
_ENSURED_THAT = re.compile(r"\b(?:ensur|guarantee)\w* that (?:the )?$", re.I)
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_VERB = re.compile(r"\s+(?!and\b|or\b|to\b|of\b|in\b)[a-z]+\b")
"""Before the subject of a clause the recommendation asks to be made true ("It should be
ensured that the CEC and lower-level commissions decide complaints")."""


def addressees(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """Actors a recommendation names as the ones to act: subjects of "should/could...",
    agents of a passive ("adopted by the CEC") and subjects of what is to be ensured
    ("ensured that the CEC and lower-level commissions decide"). Returns (start, end,
    name, kind, level)."""
    found = find_institutions(text)
    ensured = _ensured_subjects(text, found)
    named = []
    for index, (start, end, institution, name) in enumerate(found):
        after = text[end:]
        modal = _MODAL.match(re.sub(r"^\s+and\s+[^,.;]*?(?=\s+(?:should|could|must))", "", after))
        subject = modal is not None and not _NOT_ADDRESSEE_VERB.match(after[modal.end() :])
        agent = _PASSIVE_BY.search(text[max(0, start - 40) : start]) is not None
        if subject or agent or index in ensured:
            named.append((start, end, name, institution.kind, institution.level))
    return named


def _ensured_subjects(text: str, found: list[tuple[int, int, Institution, str]]) -> set[int]:
    """Indexes of the institutions that are the subject of an "ensure that" clause, the
    coordinated ones included, when a verb follows them."""
    chosen: set[int] = set()
    for first, (start, _, _, _) in enumerate(found):
        if not _ENSURED_THAT.search(text[max(0, start - 40) : start]):
            continue
        last = first
        while last + 1 < len(found) and _AND.fullmatch(text[found[last][1] : found[last + 1][0]]):
            last += 1
        if _VERB.match(text[found[last][1] :]):
            chosen.update(range(first, last + 1))
    return chosen
