"""Where a report's own recommendations stand: the section titled as recommendations
("XVII. RECOMMENDATIONS", "Conclusions and Recommendations", "Annex I: Recommendations",
"PART FOUR: RECOMMENDATIONS"), or, in a study with none, its "Proposals" section; never a
section of priority or other ones alone, nor one that reviews earlier recommendations."""

from __future__ import annotations

import re

from ..extract.assessments import REVIEW
from ..text.document import Document, ElementKind, Section

PRIORITY = re.compile(r"\bpriority\b", re.I)
OTHER = re.compile(r"\bother recommendations\b|\bfurther recommendations\b", re.I)
_PART = (
    r"(?:(?:ANNEX|APPENDIX)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?\s*[:.\u2013\u2014-]?\s*"
    r"|(?:PART|CHAPTER|SECTION)\s+[\w.]{1,8}\s*[:.\u2013\u2014-]\s*)?"
)
_SECTION_TITLE = re.compile(
    _PART + r"(?:[\w'\u2019-]+\s+){0,3}RECOMMENDATIONS?"
    r"(?:\s+(?:TO|FOR)\s+[^\n]{3,60}|\s+AND\s+CONCLUSIONS)?",
    re.I,
)
"""The recommendations section's title: "Recommendations", "Conclusions and
Recommendations", "Recommendations and Conclusions", "Summary of Recommendations", "The
Mission's Recommendations", "Recommendations to the Authorities", "Annex I:
Recommendations" (a report that gathers them in an annex), "Part Four: Recommendations"."""
_PROPOSALS_TITLE = re.compile(
    _PART + r"(?:[\w'\u2019-]+\s+){0,2}PROPOSALS(?:\s+(?:TO|FOR)\s+[^\n]{3,60})?", re.I
)
"""A study's section of its own proposals ("Proposals", "Policy proposals", "Proposals
for reform"): its recommendations section where no section is titled as recommendations."""


_ANY_TITLE = re.compile(
    _PART + r"(?:[\w'\u2019-]+,?\s+){0,4}RECOMMENDATIONS?"
    r"(?:\s*:|\s+(?:OF|BY|ON|AND)\s+[^\n]{3,60})?",
    re.I,
)
"""Any other title whose head is "recommendations" ("Recommendations and next steps",
"Recommendations of the mission", "Conclusions, lessons learned and recommendations"):
the recommendations section of a report with none titled the usual way."""


def ranks(line: str, current: bool | None) -> bool | None:
    """The priority a line heading a list's items gives them: True under "Priority
    recommendations", False under "Other" or "Further recommendations", else ``current``."""
    if PRIORITY.search(line):
        return True
    return False if OTHER.search(line) else current


def recommendations_section(document: Document) -> Section | None:
    """The report's recommendations section: the first section titled as recommendations
    (not as priority or other ones, and not as a review of earlier recommendations)."""
    return next(iter(recommendations_sections(document)), None)


def recommendations_sections(document: Document) -> list[Section]:
    """The sections whose recommendations are the report's own: the first one titled as
    recommendations (``recommendations_section``), or, where every such section closes a
    chapter ("III. MEDIA ... Recommendations 4. ..." and no final list), each of them."""
    titled = (
        _titled(document, _SECTION_TITLE)
        or _titled(document, _PROPOSALS_TITLE)
        or _titled(document, _ANY_TITLE)
    )
    closing = [s for s in titled if s.parent is not None and s.parent.parent is not None]
    if len(titled) > 1 and closing == titled and len({id(s.parent) for s in titled}) > 1:
        return titled
    return [*titled[:1], *_continued(document, titled[0])] if titled else []


def _continued(document: Document, section: Section) -> list[Section]:
    """The sections right after a recommendations section titled in capitals that are
    its sub-headings, which the document model set beside it: unnumbered, titled in
    sentence or title case ("Media", "Complaints and appeals"), and opening with a
    numbered item ("9.  The media regulator should ..."). A section titled in capitals
    again ("ANNEX: OFFICIAL RESULTS") or numbered ends them."""
    if not section.title.isupper():
        return []
    siblings = [s for s in document.sections() if s.level == section.level]
    found: list[Section] = []
    for after in siblings[siblings.index(section) + 1 :]:
        title = after.title.strip()
        if after.label or title.isupper() or not _opens_with_item(after):
            break
        found.append(after)
    return found


def _opens_with_item(section: Section) -> bool:
    """Does the section's first element after its heading be a numbered item?"""
    first = next((e for e in section.elements if e is not section.heading), None)
    return first is not None and first.kind is ElementKind.ITEM and first.label is not None


def _titled(document: Document, title: re.Pattern[str]) -> list[Section]:
    """The sections whose whole title ``title`` matches, but for priority, other and
    review sections."""
    return [
        section
        for section in document.sections()
        if title.fullmatch(text := section.title.strip())
        and not (PRIORITY.search(text) or OTHER.search(text) or REVIEW.search(text))
    ]


__all__ = ["OTHER", "PRIORITY", "recommendations_section", "recommendations_sections"]
