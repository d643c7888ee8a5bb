"""Assessments of earlier recommendations: each statement that previous recommendations
were, or were not, addressed.

The assessor is the mission, or, when the report does not describe its mission, the
organisation that issued the report (its ``dcterms:creator``): a report is the evidence of
a judgement, never its judge. The date is the report's date, the status a concept of the
implementation-status scale, the evidence the sentence. What was assessed is an earlier
recommendation the report describes but rarely identifies ("the recommendation to publish
... made in the previous final report"): the recurrence stage resolves the statement to
that recommendation (``Grouping.resolve``) when the earlier report is in the store. No
placeholder issue is minted here.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from normgraph.namespaces import DCTERMS, FOAF, NG, XSD, local_name

from ..extract.concepts import status
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Sentence
from ..text.source import Span
from .assessment_counts import states_no_study_verdict, tally_verdicts

_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier|past|prior)\b[^.]{0,60}?\brecommend"
    r"|\brecommend\w*\b[^.]{0,160}?\b(?:previous(?:ly)?|earlier|in previous reports)\b"
    r"|\bincorporate some [^.]{0,20}recommendations"
    r"|\bkey recommendations have not"
    r"|\brecommended reforms\b"
    # "the recommendation to ... remains unaddressed / was (partially) addressed"
    r"|\brecommendations?\b(?:(?!\b(?:show|shows|showed|suggests?|indicates?) that\b)[^.]){0,200}?"
    r"\b(?:remain\w*(?: \w+ly)? unaddressed|left unaddressed"
    r"|(?:was|were|has been|have been) (?:not |(?:only )?(?:partially|partly|largely|mostly|"
    r"fully) |in part )?(?:addressed|implemented|taken into account|incorporated|reflected|"
    r"followed up|taken up|acted (?:up)?on)|remain\w* pending"
    r"|(?:has|have) yet to be (?:addressed|implemented)|remain\w* (?:outstanding|unimplemented"
    r"|to be (?:addressed|implemented))"
    r"|(?:has|have) not (?:yet )?been (?:addressed|implemented|followed up|taken into account))"
    # "the final law did not address a number of key concerns raised by <observers>"
    r"|\b(?:did|does|do) not (?:address|reflect|take into account|incorporate)\b[^.]{0,80}?"
    r"\b(?:recommendations\b|(?:concerns|comments) (?:previously |earlier )?(?:raised|expressed|"
    r"made|offered) by (?:the )?(?:(?-i:[A-Z]{2,})|[\w ]{0,20}(?:observers?|mission|experts)\b))"
    # "Many of them were already made in the report on the 1995 elections and remain unaddressed"
    r"|\balready (?:made|raised|offered|issued|put forward)\b[^.]{0,160}?"
    r"\b(?:remain\w*(?: \w+ly)? unaddressed|not (?:yet )?(?:been )?(?:addressed|implemented))"
    r"|\bleft unaddressed the recommendations?\b"
    r"|\baddress(?:es|ed)? (?:a|the|an) (?:[\w'-]+ ){0,3}?recommendation"
    # "A long-standing recommendation to ... has yet to be addressed"
    r"|\blong-?\s?standing\b[^.]{0,40}?\brecommend"
    r"|\b(?:as|was|were) (?:previously|earlier|repeatedly) recommended\b"
    r"|\b(?:previously|earlier) recommended \w+"
    r"|\bas recommended (?:in|by) (?:the |an? )?(?:[\w/]+ )?(?:previous|earlier|prior|last)\b",
    re.I,
)
# "adopted 9 of the 14 recommendations made by ..., including A and B": a share of an
# earlier report's recommendations, and the asks it names.
_SHARE = re.compile(
    r"\b(?:adopted|implemented|addressed|followed|accepted|took up|acted on)"
    r"\s+(?P<done>\d+|all|none|some|most|several|few)\s+of\s+(?:(?:the|its|their)\s+)?"
    r"(?P<total>\d+\s+)?(?:\w+\s+){0,2}?recommendations\b"
    r"(?:[^.;:]*?(?:,\s*|\s+)(?:including|among them|such as|notably)\s+(?P<named>[^.;:]+))?",
    re.I,
)
_WHETHER = re.compile(r"\bwhether\b[^.;]{0,120}?\b(?:has|have|was|were|had) been\b", re.I)
"""An indirect question ("rarely state whether a previous recommendation has been
implemented") states no verdict."""
_ALREADY = re.compile(
    r"\b(?:already|previously) (?:made|raised|offered|issued|put forward)\b[^.]*\b(?:remain"
    r"|not (?:yet )?(?:been )?(?:addressed|implemented))"
    # "Many recommendations of previous reports remain valid / have not been addressed"
    r"|(?:\b(?:previous|earlier|prior|past|long-?\s?standing)\b[^.]{0,60}?\brecommendations?\b"
    r"|\brecommendations?\b[^.]{0,40}?\b(?:previous|earlier|prior|past)\b)"
    r"[^.]{0,80}?\b(?:remain\w*(?: \w+ly)? (?:unaddressed|valid|relevant|outstanding|pending)"
    r"|(?:have|has|were|was) not (?:yet )?(?:been )?(?:addressed|implemented|acted upon))",
    re.I,
)
"""A verdict on earlier recommendations that may open a list of new ones."""
# A heading of a section that reviews earlier recommendations rather than making new ones.
_REVIEW = re.compile(
    r"\b(?:status|implementation|previous|earlier|prior|past|follow-?up|progress)\b", re.I
)
# Items of a named list: split at commas and at an "and" that opens a new noun phrase.
_ITEM_BREAK = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=(?:the|a|an)\b)", re.I)
# (status, cue) in the order they are tried: the first cue found decides.
_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "partially-implemented",
        re.compile(
            r"\bsufficiently address|\bpartially\b|\bpartly\b|\bin part\b|\bto some extent\b|"
            r"\b(?:largely|mostly) (?:addressed|implemented)\b|"
            r"\bincorporate some\b|"
            # "Some of its recommendations were taken into account", "several have been addressed"
            r"\b(?:some|several|a few|many|most)\b"
            r"(?: of (?:them|these|its|their|the)\b[^.]{0,60}?)?"
            r"\s+(?:were|have been|has been|had been) (?:taken into account|addressed|implemented|"
            r"incorporated|adopted|followed)"
            r"|\b(?:some|several|a few|a number of|certain)\b(?: of)?(?: the)?"
            r"(?: (?:previous|prior|earlier|past|long-?\s?standing)\b)[^.]{0,40}?"
            r"\brecommendations\b[^.]{0,80}?\b(?:were|have been|has been|had been) "
            r"(?:taken into account|addressed|implemented|incorporated|adopted|followed)"
            r"|\b(?:(?:limited|little|some|(?:made|making)(?: some)?) progress"
            r"|(?:implementation|progress)\b[^.]{0,60}?\b(?:has been|have been|was|remains?"
            r"|remained) limited)\b"
            # a finite verb only: "aimed at addressing some previous ..." looks ahead
            r"|\b(?:address(?:es|ed)?|implement(?:s|ed)?|reflect(?:s|ed)?"
            r"|incorporat(?:es|ed)|follow(?:s|ed)?|respond(?:s|ed)? to"
            r"|t(?:ook|akes?) into account) "
            r"(?:some|several|a few|a number of|certain) (?:of (?:the )?)?"
            r"(?:previous|prior|earlier|past|long-?\s?standing)\b",
            re.I,
        ),
    ),
    (
        "not-implemented",
        re.compile(
            r"\bnot (?:yet )?(?:been )?(?:substantively |fully )?(?:addressed|implemented)\b"
            r"|\bremain\w*(?: \w+ly)? unaddressed\b|\bleft unaddressed\b"
            r"|\b(?:despite|contrary to|notwithstanding) (?:an? |the )?(?:\w+ )?"
            r"(?:previous|prior|earlier|past|long-?\s?standing)\b"
            # "remain valid": still to be acted on; "disregarded", "not heeded", "none of"
            r"|\bremain(?:s|ed)? (?:fully |largely |still )?(?:valid|relevant|pertinent)\b"
            r"|\bno progress\b|\bnot (?:been )?taken up\b|\bremain\w* pending\b"
            r"|\bdisregarded\b|\bnot (?:been )?heeded\b|\bfail(?:s|ed)? to (?:address|implement"
            r"|take into account|reflect|incorporate)\b|\bnone of\b"
            r"|\b(?:did|does|do|has|have) not (?:yet )?(?:been )?act(?:ed)? (?:up)?on\b"
            r"|\b(?:largely |mostly )?not (?:yet )?(?:been )?"
            r"(?:acted (?:up)?on|taken into account)\b"
            r"|\b(?:still|continues? to|no longer)\b[^.]{0,120}?\bas (?:previously|earlier) "
            r"recommended\b"
            r"|\byet to be (?:addressed|implemented)\b|\bremain\w* (?:outstanding|unimplemented"
            r"|to be (?:addressed|implemented))\b"
            r"|\bignored\b|\bnot (?:yet )?(?:been )?followed(?: up)?\b"
            r"|\b(?:did|does|do) not (?:address|reflect|take into account|incorporate)\b"
            r"|\bstep(?:s|ped)? back from\b"
            r"|\bnot (?:been )?(?:amended|introduced|adopted|changed|removed|repealed)\b",
            re.I,
        ),
    ),
    (
        "fully-implemented",
        re.compile(
            r"\bin line with (?:an? |the )?(?:[\w/]+ )?"
            r"(?:previous|earlier|prior|long-?\s?standing)\b"
            r"|\b(?:was|were|has been|have been) (?:amended|improved|revised|changed) "
            r"(?:following|in response to|in line with) (?:an? |the )?(?:[\w/]+ )?"
            r"(?:previous|earlier|prior|long-?\s?standing)\b"
            r"|\bfollowed (?:an? |the )?(?:[\w/]+ )?(?:previous|earlier|prior|long-?\s?standing)"
            r"\b[^.]{0,40}?\brecommendation"
            r"|\bas (?:previously|earlier) recommended\b|\b(?:previously|earlier) recommended \w+"
            r"|\bas recommended (?:in|by) (?:the |an? )?(?:[\w/]+ )?"
            r"(?:previous|earlier|prior|last)\b"
            r"|\bacted (?:up)?on (?:an? |the )?(?:[\w/]+ )?(?:previous|earlier|prior)\b"
            r"|\b(?:addressed|implemented|fulfilled) (?:a|the|an) (?:[\w'-]+ ){0,3}?recommendation"
            r"|\b(?:was|were|has been|have been) "
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
    share = _SHARE.search(text)
    if share is not None:
        return _share_status(share)
    if _WHETHER.search(text):
        return None
    return assessment_status(text) if _EARLIER.search(text) else None


def _share_status(share: re.Match[str]) -> str:
    """All of them: fully; none: not; a number below the total or "some": partially."""
    done = share["done"].lower()
    total = (share["total"] or "").strip()
    if done == "all" or (total and done == total):
        return "fully-implemented"
    return "not-implemented" if done == "none" else "partially-implemented"


def named_asks(text: str) -> list[tuple[int, int]]:
    """Offsets of the asks a share statement names ("..., including A and B"): each was
    among those adopted. Empty when the sentence names none."""
    share = _SHARE.search(text)
    if share is None or share["named"] is None or share["done"].lower() == "none":
        return []
    start, end = share.span("named")
    found: list[tuple[int, int]] = []
    for piece in _ITEM_BREAK.split(text[start:end]):
        at = text.find(piece, start)
        if len(piece.split()) >= 2:
            found.append((at, at + len(piece.rstrip())))
        start = at + len(piece)
    return found


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """A sentence with two verdicts ("some were incorporated, key ones not addressed")
    is split at the comma between them."""
    text = sentence.text
    split = re.search(r",\s+(?=a number of key recommendations)", text)
    if split:
        return [(0, split.start()), (split.end(), len(text))]
    return [(0, len(text))]


def assessor_of(report: Fact, assessor: URIRef) -> URIRef | None:
    """Who states the report's verdicts: ``assessor`` (the mission) unless it is the report
    itself, else the report's first issuing organisation; None if the report names none."""
    if assessor != report.iri:
        return assessor
    return next(
        (v for p, v in report.values if p == DCTERMS.creator and isinstance(v, URIRef)), None
    )


def _lists_recommendations(titles: str) -> bool:
    """A section that makes recommendations (its asks are not verdicts), not one that
    reviews earlier ones ("Status of previous recommendations")."""
    return bool(re.search(r"recommendation", titles, re.I)) and not _REVIEW.search(titles)


def _unnamed_authors(extraction: Extraction, report: Fact) -> URIRef:
    """The report's authors when it names no issuing organisation: an agent of its own, so
    its verdicts are kept, attributed to whoever wrote it."""
    key = local_name(report.iri)
    iri = mint("agent", key, "authors")
    if extraction.get(iri) is None:
        label = f"the authors of {report.label or key} (not named in the report)"
        extraction.add(Fact(iri=iri, kind=FOAF.Agent, label=label, evidence=report.evidence[:1]))
    return iri


def add_assessments(
    extraction: Extraction,
    document: Document,
    report: Fact,
    assessor: URIRef,
    issued: str | None,
    study: bool = False,
) -> list[Fact]:
    """One ``ng:ImplementationAssessment`` per verdict on earlier recommendations, judged
    by the mission or the issuing organisation (``assessor_of``), else by the report's
    unnamed authors. In a section that makes recommendations only an explicit verdict on
    earlier ones is read ("Many of them were already made in ... and remain unaddressed").
    A ``study`` (scholarship) states verdicts on particular recommendations; its tallies
    and generalisations are not read as assessments."""
    judge = assessor_of(report, assessor) or _unnamed_authors(extraction, report)
    key = local_name(report.iri)
    found: list[Fact] = []
    for sentence in document.sentences():
        if (
            sentence.section is not None
            and _lists_recommendations(" ".join(s.title for s in sentence.section.path))
            and not _ALREADY.search(sentence.text)
        ):
            continue
        for start, end in _clauses(sentence):
            clause = sentence.text[start:end]
            spans = sentence.spans(start, end)
            if study and states_no_study_verdict(clause):
                continue  # a study's tally or a generalisation is a finding of its own
            tally = tally_verdicts(clause)
            for counted, count in tally:  # one assessment per status of a tally
                label = f"{count} {counted.replace('-', ' ')} (assessed in {key})"
                found.append(_assessment(extraction, key, len(found) + 1, label, spans))
                _state(found[-1], judge, counted, report, issued)
            if tally:
                continue
            verdict = stated_verdict(clause)
            if verdict is None:
                continue
            label = f"{verdict.replace('-', ' ')} (assessed in {key})"
            assessment = _assessment(extraction, key, len(found) + 1, label, spans)
            _state(assessment, judge, verdict, report, issued)
            found.append(assessment)
            for ask_start, ask_end in named_asks(clause):
                asked = _named_assessment(
                    assessment, clause[ask_start:ask_end], key, len(found) + 1
                )
                extraction.add(asked)
                found.append(asked)
    return found


def _assessment(
    extraction: Extraction, key: str, number: int, label: str, spans: list[Span]
) -> Fact:
    """A new assessment of the report ``key``, evidenced by ``spans``, added to the
    extraction (its values are added by ``_state``)."""
    fact = Fact(
        iri=mint("assessment", key, str(number)),
        kind=NG.ImplementationAssessment,
        label=label,
        evidence=spans,
    )
    extraction.add(fact)
    return fact


def _state(assessment: Fact, judge: URIRef, verdict: str, report: Fact, issued: str | None) -> None:
    """Who judged, what status, in which report and when."""
    assessment.add(NG.assessor, judge)
    assessment.add(NG.status, status(verdict)).add(NG.sourceReport, report.iri)
    if issued and re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued):
        assessment.add(NG.date, Literal(issued, datatype=XSD.date))


def _named_assessment(share: Fact, ask: str, key: str, number: int) -> Fact:
    """A named ask of a share statement: adopted, so fully implemented; same assessor,
    report, date and sentence as the share, and the ask as its text (what the recurrence
    stage resolves)."""
    named = Fact(
        iri=mint("assessment", key, str(number)),
        kind=NG.ImplementationAssessment,
        label=f"fully implemented (assessed in {key})",
        evidence=list(share.evidence),
    )
    for prop, value in share.values:
        if prop != NG.status:
            named.add(prop, value)
    named.add(NG.status, status("fully-implemented")).add(NG.text, Literal(ask))
    return named
