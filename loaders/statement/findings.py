"""A statement's findings: the passages of its findings and conclusions sections, one
finding per point, each with its topic, polarity, citations, polling stations and the
institutions it concerns. A run-in heading opens a finding's topic.
"""

from __future__ import annotations

import re

from normgraph.namespaces import NG

from ..extract.actors import find_institutions
from ..extract.concepts import polarity, topic
from ..extract.finding_shapes import only_asks
from ..extract.polarity import polarity_of
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import MONTH_NAME
from ..text.document import Document, Element, ElementKind, Section
from ..text.sentences import sentences
from . import parts
from .stations import polling_stations

_FINDINGS = re.compile(
    r"FINDINGS|OBSERVATIONS|ELECTION CONTEXT|EXECUTIVE SUMMARY|CONCLUSIONS|ASSESSMENT", re.I
)
"""A findings section: "Preliminary Findings", "Conclusions", "Executive Summary", ..."""
_SUMMARY = re.compile(r"^\s*SUMMARY\b", re.I)
"""A short statement's only findings section."""
_LETTERED = re.compile(r"^[A-Z]\.\s")
_OTHER_PART = re.compile(
    r"RESULTS|ABOUT|MISSION|DEVELOPMENTS|ANNEX|APPENDIX|CONTACT|RECOMMENDATION", re.I
)
_PREAMBLE = re.compile(r"ACKNOWLEDGE?MENTS?|METHODOLOGY", re.I)
"""The mission's own account of itself: never findings. An introduction is read for the
paragraphs that judge (a delegation's "The committee concluded that ... were pluralistic")."""
_DATELINE = re.compile(
    rf"^[^.]{{0,400}}?\b[A-Z][\w\u00c0-\u024f'-]*(?:\s[A-Z][\w\u00c0-\u024f'-]*){{0,2}},\s+"
    rf"(?:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}},?)\s+\d{{4}}\s*[\u2013\u2014-]{{1,2}}\s+"
)
"""A dateline opening a statement's first paragraph ("<Place>, 4 May 2031 - The elections
..."), and the title-block lines a conversion glued before it: the finding starts after."""
_DEBRIS = re.compile(r"^(?:Page \d+(?: of \d+)?|_{3,}|\d{1,2} [A-Z].*)$")
"""Page furniture and footnote text left in the body: never a finding."""


def _finding_sections(document: Document) -> list[tuple[Section, bool]]:
    """The sections that hold findings, each with whether a neutral numbered point there
    still counts. A top-level section titled as findings or conclusions, and the
    title-case sections that follow it (a converted statement often loses the nesting:
    "PRELIMINARY FINDINGS" then "Media", "Election Day" at one level), up to the next
    capitalised part that holds something else (results, recommendations, the mission's
    description). A statement with no such section (a pre-election mission's statement,
    an interim report) states its findings under "SUMMARY" and judges in passing in the
    topical sections that follow it ("Election Administration", "Campaign"): there only
    the paragraphs and sentences that judge are findings."""
    titled = _sections_titled(document, _FINDINGS) or _sections_titled(document, _SUMMARY)
    chosen = [(section, True) for section in titled]
    for section in document.sections():
        title = section.title.strip()
        if not _top(section) or section in titled:
            continue
        if parts.RECOMMENDATIONS_HEADING.match(title) or _OTHER_PART.search(title):
            continue
        if not _PREAMBLE.search(title):
            chosen.append((section, False))
    if not chosen:  # a layout whose topical headings were not told apart: judge everything
        chosen = [(s, False) for s in document.sections() if _top(s)] or [(document.root, False)]
    return chosen


def _top(section: Section) -> bool:
    """A top-level section, whatever level its numbering gives it ("1.0 SUMMARY" is read as
    level 2, a document's outer parts may all be level 2 or 3): its parent is the root."""
    parent = section.parent
    return parent is not None and parent.parent is None


def _sections_titled(document: Document, titles: re.Pattern[str]) -> list[Section]:
    chosen: list[Section] = []
    current = False
    for section in document.sections():
        if not _top(section):
            continue
        title = section.title.strip()
        if (
            title.upper() == title
            or titles.search(title)
            or parts.RECOMMENDATIONS_HEADING.match(title)
        ):
            current = bool(titles.search(title)) and not (
                parts.RECOMMENDATIONS_HEADING.match(title) or _OTHER_PART.search(title)
            )
        if current:
            chosen.append(section)
    return chosen


def _passages(text: str) -> list[tuple[int, int, str | None]]:
    """Where ``text`` makes one point: the whole of it when its evaluative sentences agree,
    else each run of sentences of one verdict (positive, problem or mixed; a neutral
    sentence stays with the run before it): "Election day was calm. The count was orderly
    but slow." gives a positive and a mixed finding, as "The CEC worked well. However,
    observers noted ..." gives a positive and a problem. (Read as one mixed point, the
    contrast lost ten marked findings of the tune half for the few it won.)"""
    bounds = sentences(text)
    polarities = [polarity_of(text[start:end]) for start, end in bounds]
    if len({found for found in polarities if found is not None}) < 2:
        return [(0, len(text), polarity_of(text))]
    runs: list[tuple[int, int, str | None]] = []
    for (start, end), found in zip(bounds, polarities, strict=True):
        if runs and (found is None or runs[-1][2] is None or found == runs[-1][2]):
            runs[-1] = (runs[-1][0], end, runs[-1][2] or found)
        else:
            runs.append((start, end, found))
    return runs


def add_findings(extraction: Extraction, document: Document, statement: parts.Statement) -> None:
    count = 0
    for section, neutral_counts in _finding_sections(document):
        run_in: str | None = None
        lettered: tuple[Section, str] | None = None
        for element in section.all_elements():
            if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                continue
            if _DEBRIS.match(element.text.strip()):
                continue
            heading, body = parts.strip_run_in(element)
            if heading:
                run_in = heading
            dateline = _DATELINE.match(element.text[body:])
            if dateline is not None:
                body += dateline.end()
            in_subsection = element.section.parent is not None and not _top(element.section)
            numbered = element.kind is ElementKind.ITEM and bool(element.label) and neutral_counts
            sub = element.section.title if in_subsection else None
            if _LETTERED.match(element.text[body:]):
                # "B. Unequal ..." written as a paragraph: a lettered point of its own.
                lettered = (element.section, element.text[body:])
            if lettered is not None and lettered[0] is element.section:
                sub = lettered[1]
            if element.kind is ElementKind.ITEM and element.label:
                sub = None
            for start, end, found in _passages(element.text[body:]):
                if found is None and not (in_subsection and neutral_counts) and not numbered:
                    continue  # a neutral passage (method, background) at the top level
                if only_asks(element.text[body + start : body + end]):
                    continue  # a recommendation, not a finding
                if found is None:
                    # An item under "VIOLATION OF VOTING PROCEDURES" reports a violation.
                    found = polarity_of(heading or run_in or sub or "")
                count += 1
                _add_finding(
                    extraction,
                    statement,
                    element,
                    (body + start, body + end),
                    found,
                    count,
                    heading or run_in or sub,
                )


def _add_finding(
    extraction: Extraction,
    statement: parts.Statement,
    element: Element,
    where: tuple[int, int],
    found: str | None,
    count: int,
    heading: str | None,
) -> None:
    """One finding: a passage of ``element`` (``where``: offsets into its text)."""
    begin, finish = where
    text = element.text[begin:finish]
    whole = begin == parts.strip_run_in(element)[1] and finish >= len(element.text.rstrip())
    fact = Fact(
        iri=mint("finding", parts.report_key(statement.report), str(count)),
        kind=NG.Finding,
        label=f"Finding {count}: {text[:60]}",
        evidence=element.spans() if whole else element.spans(begin, finish),
    )
    fact.add(NG.text, text)
    fact.add(NG.sourceReport, statement.report.iri)
    fact.add(NG.topic, topic(parts.topic_of(element, heading)))
    if found is not None:
        fact.add(NG.polarity, polarity(found))
    parts.link_citations(extraction, fact, element, begin, statement)
    for station in polling_stations(extraction, element, statement.main):
        fact.add(NG.concerns, station)
    for start, end, institution, name in find_institutions(text):
        spans = element.spans(begin + start, begin + end)
        actor = statement.actors.get(name, institution.kind, spans, institution.level)
        if (NG.concerns, actor) not in fact.values:
            fact.add(NG.concerns, actor)
    extraction.add(fact)
    statement.findings.append(fact)
    statement.about.append(fact)
