"""Assessments of earlier recommendations: each statement that previous recommendations
were, or were not, addressed.

The assessor is the mission, the date the report's date, the status a concept of the
implementation-status scale, the evidence the sentence. What was assessed is an earlier
recommendation the report describes but rarely identifies ("the recommendation to publish
... made in the previous final report"): the recurrence stage resolves the statement to
that recommendation (``Grouping.resolve``) when the earlier report is in the store. No
placeholder issue is minted here.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from ...namespaces import NG, XSD
from ..extract.concepts import status
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Sentence

_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier|past|prior)\b[^.]{0,60}?\brecommend"
    r"|\brecommend\w*\b[^.]{0,160}?\b(?:previous(?:ly)?|earlier|in previous reports)\b"
    r"|\bincorporate some [^.]{0,20}recommendations"
    r"|\bkey recommendations have not"
    r"|\brecommended reforms\b"
    # "the recommendation to ... remains unaddressed / was (partially) addressed"
    r"|\brecommendations?\b[^.]{0,200}?\b(?:remain\w* unaddressed|left unaddressed"
    r"|(?:was|were|has been|have been) (?:partially |fully )?(?:addressed|implemented)"
    r"|(?:has|have) not (?:yet )?been (?:addressed|implemented))"
    r"|\bleft unaddressed the recommendations?\b"
    r"|\baddress(?:es|ed)? (?:a|the) recommendation",
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
            r"|\bremain\w* unaddressed\b|\bleft unaddressed\b|\bdespite previous\b"
            r"|\bignored\b|\bnot followed\b"
            r"|\bnot (?:been )?(?:amended|introduced|adopted|changed|removed|repealed)\b",
            re.I,
        ),
    ),
    (
        "fully-implemented",
        re.compile(
            r"\bin line with (?:an? )?(?:previous|earlier)\b|\b(?:was|were|has been|have been) "
            r"(?:fully )?(?:addressed|implemented|followed)\b"
            r"|\bfollowing (?:an? |the )?(?:previous|earlier)\b[^.]{0,80}?\brecommend\w*\b[^.]*?"
            r"\b(?:was|were|has been|have been) "
            r"(?:amended|introduced|adopted|removed|repealed|abolished)\b",
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


def stated_verdict(text: str) -> str | None:
    """The status a sentence states about earlier recommendations, or None if it is not
    about earlier recommendations or states no status."""
    return assessment_status(text) if _EARLIER.search(text) else None


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
            verdict = stated_verdict(clause)
            if verdict is None:
                continue
            number = str(len(found) + 1)
            spans = sentence.spans(start, end)
            assessment = Fact(
                iri=mint("assessment", key, number),
                kind=NG.ImplementationAssessment,
                label=f"{verdict.replace('-', ' ')} (assessed in {key})",
                evidence=spans,
            )
            assessment.add(NG.assessor, assessor)
            assessment.add(NG.status, status(verdict)).add(NG.sourceReport, report.iri)
            if issued:
                assessment.add(NG.date, Literal(issued, datatype=XSD.date))
            extraction.add(assessment)
            found.append(assessment)
    return found
