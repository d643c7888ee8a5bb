"""A study's own findings: the judgements it states on the elections, laws and institutions
it studies ("The 2019 amendments weakened the commission's independence").

A sentence of the study's analysis or conclusions is a finding when it judges (it has a
polarity, ``polarity_of``) and is about the electoral process (elections, laws, election
bodies, the campaign, the media, observers). Not the study's own: what it attributes to
others (a verb of saying or reporting, a quotation, a citation, "scholars", "studies"),
its review of the literature, its method and its framing sections; a question or a
hypothesis judges nothing. A verdict on earlier recommendations is an assessment and a
chronology's row an event, not findings; a summary before the first numbered section ("KEY
POINTS") is read too.
"""

from __future__ import annotations

import re

from ..extract.polarity import polarity_of
from ..extract.sentence_findings import sentence_finding
from ..extract.study_verdicts import study_verdict
from ..extract.verdict_cues import stated_verdict
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind, Section, parse_document
from ..text.sentences import sentences
from ..text.words import any_word
from .chronology import chronology_rows

_NOT_ANALYSIS = any_word(
    r"INTRODUCTION, LITERATURE, THEOR\w*, METHOD\w*, (?:CONCEPTUAL|ANALYTICAL) FRAMEWORK, "
    r"RESEARCH DESIGN, DATA, REFERENCES, BIBLIOGRAPHY, SOURCES, NOTES, ENDNOTES, "
    r"ACKNOWLEDGE?MENTS?, APPENDIX, ANNEX, ABSTRACT, CONTENTS, HYPOTHES[EI]S, CONCEPTS?, "
    r"ABOUT THE AUTHORS?"
)
"""Sections where a study frames, reviews or documents rather than judges."""
_ELECTORAL = any_word(
    r"elect\w*, vot\w+, ballots?, campaign\w*, candida\w+, polling, observ\w+, "
    r"(?:political )?parties, count(?:ing)?, tabulation, turnout, referend\w+, franchise, "
    r"constituenc\w+, recommend\w*, reforms?, laws?, legislat\w+, code, courts?, complaints?, "
    r"commissions?, register\w*, media, finance, mandates?, seats?, observ\w+"
)
"""What a finding of an electoral study is about: the elections, and the laws, bodies and
recommendations that govern them."""
_OTHERS = re.compile(
    r"\b(?:according to|said|stated|told|argued?s?|claim(?:ed|s)|insist\w*|declared|"
    r"announced|asserted|maintain(?:ed|s)|warned|explained|stressed|emphasi[sz]ed|"
    r"report(?:ed|s)?|conclud(?:ed|es)|recommend(?:ed|s|ing)?|not(?:ed|es?)|observed|described|"
    r"recorded|records? (?:show|suggest|indicate)|outlin(?:ed|es?)|prais\w+|critici[sz]\w*|"
    r"accus\w+|called|alluded|"
    r"claiming|regarded|considered|viewed|understood|perceived|"
    r"interviewees?|respondents?|contend\w*|(?:in|by) (?:his|her|their))\b"
    r"|[\"\u201c\u201d\u2018]|(?:^|\s)'[A-Z]"
    r"|\(\s*(?:[A-Z][\w-]+[^()]{0,60}?)?(?:19|20)\d{2}[a-z]?\s*[,:;)]"
    r"|\bet al\b|\b(?:[Oo]thers|[Ss]cholars|[Aa]uthors|[Ss]tudies|[Ll]iterature|"
    r"[Rr]esearchers)\b",
    re.I,
)
"""What marks a sentence as someone else's view: a verb of saying or reporting, a
quotation, an author-year citation (an endnote marker alone attributes nothing). The verb
"recommend" only: a sentence about recommendations is the study's own when it judges."""
_OWN_THESIS = re.compile(
    r"^\W*(?:(?:This|The|Our|My) (?:chapter|article|paper|study|brief|thesis|analysis)"
    r"|I|We)\s+(?:argues?|shows?|finds?|concludes?|contends?)\s+that\b(?![^.]*[\"\u201c])"
)
"""The study's own thesis ("This chapter argues that ..."), which a verb of argument does not
make someone else's (unless it quotes)."""
_THESIS_CLAUSE = re.compile(
    r"[,;]\s+(?:and\s+|but\s+|yet\s+)?(?=(?:I|we)\s+(?:argue|show|find|conclude|contend)\s+that\b)"
)
"""The study's thesis opening a later clause ("I ask whether ..., and I argue that ..."): the
finding is that clause, whatever the clause before it asks."""
_NOT_A_CLAIM = re.compile(
    r"\?\s*$|\b(?:if|whether|hypothes\w+|expect\w*|may|might|could|would|should|must|"
    r"need to)\b",
    re.I,
)
"""A question, a condition, a hedge or advice: not a judgement the study makes."""


def _analysis_sections(document: Document) -> list[Section]:
    """The study's body sections outside its framing, review, method and apparatus; a
    sub-section of a framing section is framing too."""
    chosen: list[Section] = []
    framing_level: int | None = None
    for section in document.sections():
        if framing_level is not None and section.level > framing_level:
            continue
        framing_level = None
        if _NOT_ANALYSIS.search(section.title):
            framing_level = section.level
            continue
        chosen.append(section)
    return chosen


_NUMBERED = re.compile(r"^\d+(?:\.\d+)+\.?\s")
"""A sub-section number ("3.1 "): its title line may be run into the paragraph below."""


def _numbered_title(element: Element) -> int:
    """Where the body starts after a numbered sub-section title that the paragraph begins
    with ("3.1 The 2024 amendments" on its own line), else 0."""
    if not _NUMBERED.match(element.text):
        return 0
    spans = element.spans()
    first = spans[0].quote.split("\n", 1)[0].strip() if spans else ""
    if not first or len(first) > 90 or first.endswith(".") or not element.text.startswith(first):
        return 0
    return len(element.text) - len(element.text[len(first) :].lstrip())


_APPARATUS = re.compile(r"^(?:\d{1,3}\s+[A-Z]|See\b|Cf\.)")
"""A note left in the body ("83 Author, Title."): the apparatus, not the analysis."""


_SUMMARY_HEADING = re.compile(
    r"^[ \t#*]*(?:KEY (?:POINTS|FINDINGS|MESSAGES)|MAIN (?:POINTS|FINDINGS)|IN BRIEF|AT A GLANCE"
    r"|(?:EXECUTIVE )?SUMMARY)[ \t*:]*$",
    re.I,
)
"""A policy brief's or working paper's summary before its first numbered section ("KEY
POINTS", "In brief"): its bullets are the study's main findings."""


def _front_summary(document: Document) -> list[Section]:
    """The summary a study puts before its first numbered section (which the document
    model leaves in the title block), parsed as a stretch of its own."""
    lines = document.title_block
    start = next((line.start for line in lines if _SUMMARY_HEADING.match(line.quote)), None)
    if start is None:
        return []
    end = max(line.end for line in lines)
    return list(parse_document(document.source, start, end).sections())


def add_study_findings(
    extraction: Extraction, document: Document, report: Fact, key: str
) -> list[Fact]:
    """The study's own judgements on the electoral process, one finding per sentence
    (``key``: the report's IRI key)."""
    found: list[Fact] = []
    rows = chronology_rows(document.source)  # a chronology's rows are events
    for section in _front_summary(document) + _analysis_sections(document):
        for element in section.elements:
            if element.kind not in (ElementKind.PARAGRAPH, ElementKind.ITEM):
                continue
            if _APPARATUS.match(element.text):
                continue
            skip = _numbered_title(element)
            for start, end in sentences(element.text[skip:]):
                start, end = start + skip, end + skip
                thesis = _THESIS_CLAUSE.search(element.text, start, end)
                start = thesis.end() if thesis is not None else start
                sentence = element.text[start:end]
                judged = polarity_of(sentence) or study_verdict(sentence)
                if judged is None or not _ELECTORAL.search(sentence):
                    continue
                own = _OWN_THESIS.match(sentence)  # "This chapter argues that ...": its own
                if (_OTHERS.search(sentence) and not own) or _NOT_A_CLAIM.search(sentence):
                    continue
                if stated_verdict(sentence) is not None:
                    continue  # a verdict on earlier recommendations: an assessment
                spans = element.spans(start, end)
                if any(a < span.end and span.start < b for _, a, b in rows for span in spans):
                    continue
                fact = sentence_finding(
                    mint("finding", key, "study", str(len(found) + 1)),
                    "Finding",
                    sentence,
                    spans,
                    report.iri,
                    judged,
                )
                extraction.add(fact)
                found.append(fact)
    return found


__all__ = ["add_study_findings"]
