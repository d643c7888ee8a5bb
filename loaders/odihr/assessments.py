"""Assessments of earlier recommendations: each statement that previous recommendations
were, or were not, addressed.

The assessor is the mission, the date the report's date, the status a concept of the
implementation-status scale, the evidence the sentence. What was assessed is an earlier
recommendation the report rarely identifies ("previous recommendations on candidate
registration"), so each assessment judges an ``ng:RecurringIssue`` of its own, described
by the sentence and the topic of its section; tying it to the earlier reports'
recommendations is the recurrence stage's job.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from ...namespaces import NG, PROV, XSD
from ..extract.concepts import ODIHR_TOPIC_WORDS, status, topic, topic_for
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Sentence

_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier|past|prior)\b[^.]{0,60}?\brecommend"
    r"|\brecommend\w*\b[^.]{0,80}?\b(?:previous(?:ly)?|earlier|in previous reports)\b"
    r"|\bincorporate some [^.]{0,20}recommendations"
    r"|\bkey recommendations have not"
    r"|\brecommended reforms\b",
    re.I,
)
# (status, cue) in the order they are tried: the first cue found decides.
_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "partially-implemented",
        re.compile(
            r"\bsufficiently address|\bpartially\b|"
            r"\bincorporate some\b",
            re.I,
        ),
    ),
    (
        "not-implemented",
        re.compile(
            r"\bnot (?:yet )?(?:been )?(?:substantively |fully )?(?:addressed|implemented)\b"
            r"|\bremains? unaddressed\b|\bdespite previous\b|\bignored\b|\bnot followed\b",
            re.I,
        ),
    ),
    (
        "fully-implemented",
        re.compile(
            r"\bin line with (?:previous|earlier)\b|\b(?:was|were|has been|have been) "
            r"(?:fully )?(?:addressed|implemented)\b",
            re.I,
        ),
    ),
)


def assessment_status(text: str) -> str | None:
    """The implementation status a sentence states, or None if it states none."""
    for slug, cue in _STATUS:
        if cue.search(text):
            return slug
    return None


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """A sentence with two verdicts ("some were incorporated, key ones not addressed")
    is split at the comma between them."""
    text = sentence.text
    split = re.search(r",\s+(?=a number of key recommendations)", text)
    if split:
        return [(0, split.start()), (split.end(), len(text))]
    return [(0, len(text))]


def add_assessments(
    extraction: Extraction, document: Document, report: Fact, assessor: URIRef, issued: str | None
) -> list[Fact]:
    """One ``ng:ImplementationAssessment`` per verdict on earlier recommendations."""
    key = str(report.iri).rsplit("/", 1)[-1]
    found: list[Fact] = []
    for sentence in document.sentences():
        if sentence.section is not None and re.search(
            r"recommendation", " ".join(s.title for s in sentence.section.path), re.I
        ):
            continue
        for start, end in _clauses(sentence):
            clause = sentence.text[start:end]
            if not _EARLIER.search(clause):
                continue
            verdict = assessment_status(clause)
            if verdict is None:
                continue
            number = str(len(found) + 1)
            spans = sentence.spans(start, end)
            earlier = Fact(
                iri=mint("issue", key, number),
                kind=NG.RecurringIssue,
                label=f"Earlier recommendations assessed in {key}: {clause[:80]}",
                evidence=spans,
            )
            earlier.add(NG.text, clause).add(PROV.wasAttributedTo, assessor)
            if sentence.section is not None:
                heading = sentence.section.path[0].title if sentence.section.path else ""
                slug = topic_for(ODIHR_TOPIC_WORDS, heading, clause)
                if slug:
                    earlier.add(NG.topic, topic(slug))
            assessment = Fact(
                iri=mint("assessment", key, number),
                kind=NG.ImplementationAssessment,
                label=f"{verdict.replace('-', ' ')} (assessed in {key})",
                evidence=spans,
            )
            assessment.add(NG.issue, earlier.iri).add(NG.assessor, assessor)
            assessment.add(NG.status, status(verdict)).add(NG.sourceReport, report.iri)
            if issued:
                assessment.add(NG.date, Literal(issued, datatype=XSD.date))
            extraction.add(earlier)
            extraction.add(assessment)
            found.append(assessment)
    return found
