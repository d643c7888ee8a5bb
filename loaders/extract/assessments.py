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
from .assessment_counts import (
    SHARE,
    named_asks,
    share_status,
    states_no_study_verdict,
    tally_verdicts,
)

_REPEATS = (
    r"\brepeat(?:s|ed|ing)? (?:the )?(?:\w+ ){0,2}?recommendations? (?:of|made|from|issued"
    r"|offered|in)\b[^.]{0,60}?\b(?:earlier|previous|prior|past|after|(?:19|20)\d{2})\b"
)
"""Recommendations repeated from earlier reports ("11 of which repeated recommendations of
earlier reports"): earlier ones not acted on."""
_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier|past|prior)\b[^.]{0,60}?\brecommend"
    r"|\brecommend\w*\b[^.]{0,160}?\b(?:previous(?:ly)?|earlier|in previous reports)\b"
    r"|\bincorporate some [^.]{0,20}recommendations"
    r"|\bkey recommendations\b[^.]{0,40}?\b(?:have|has|were|was) not\b"
    # "which were recommended by X after the 2011 elections", "recommended reducing in 2017"
    r"|\b(?:was|were|had been|has been|have been) (?:previously |repeatedly )?recommended by\b"
    r"|\brecommended\b[^.]{0,60}?\b(?:in|after|since|following) (?:the )?(?:19|20)\d{2}\b"
    # "this recommendation has not been implemented": one the text has just described
    r"|\b(?:this|that|these|those) recommendations?\b"
    r"|\brecommended reforms\b"
    # "the recommendation to ... remains unaddressed / was (partially) addressed"
    r"|\brecommendations?\b(?:(?!\b(?:show|shows|showed|suggests?|indicates?) that\b)[^.]){0,200}?"
    r"\b(?:remain\w*(?: \w+ly)? unaddressed|left unaddressed|remain\w* without (?:a |any )?"
    r"(?:response|reply|action|follow-?up)"
    r"|(?:was|were|has been|have been) (?:also |since |now |already |subsequently |eventually )?"
    r"(?:not |(?:only )?(?:partially|partly|largely|mostly|"
    r"fully) |in part )?(?:addressed|implemented|taken into account|incorporated|reflected|"
    r"followed up|taken up|acted (?:up)?on)|remain\w* pending"
    r"|(?:has|have) yet to be (?:addressed|implemented)|remain\w* (?:outstanding|unimplemented"
    r"|to be (?:addressed|implemented))"
    r"|(?:has|have) not (?:yet )?been (?:addressed|implemented|followed up|taken into account"
    r"|acted (?:up)?on))"
    # "the final law did not address a number of key concerns raised by <observers>"
    r"|\b(?:did|does|do|has|have) not (?:address(?:ed)?|reflect(?:ed)?|take(?:n)? into account"
    r"|incorporate(?:d)?)\b[^.]{0,80}?"
    r"\b(?:recommendations\b|(?:concerns|comments) (?:previously |earlier )?(?:raised|expressed|"
    r"made|offered) by (?:the )?(?:(?-i:[A-Z]{2,})|[\w ]{0,20}(?:observers?|mission|experts)\b))"
    # "Many of them were already made in the report on the 1995 elections and remain unaddressed"
    r"|\balready (?:made|raised|offered|issued|put forward)\b[^.]{0,160}?"
    r"\b(?:remain\w*(?: \w+ly)? unaddressed|not (?:yet )?(?:been )?(?:addressed|implemented))"
    r"|\bleft unaddressed the recommendations?\b"
    r"|\baddress(?:es|ed)? (?:a|the|an) (?:[\w'/-]+ ){0,3}?recommendation"
    # "A long-standing recommendation to ... has yet to be addressed"
    r"|\blong-?\s?standing\b[^.]{0,40}?\brecommend"
    r"|\b(?:as|was|were) (?:previously|earlier|repeatedly) recommended\b"
    # a concern or shortcoming an earlier report raised, still there: "criticised in the
    # report on the 1997 elections, remains in force", "pointed out for a decade, remain"
    r"|\b(?:critici[sz]ed|identified|raised|pointed out|expressed|noted|voiced)\b[^.;]{0,100}?"
    r"\b(?:previous|earlier|prior|past|(?:19|20)\d{2}|for (?:almost |nearly |over |more than )?"
    r"(?:a decade|\w+ years))\b[^.;]{0,100}?\bremain"
    r"|\b(?:concerns?|criticism|shortcomings?)\s+(?:previously |earlier )?(?:raised|expressed|"
    r"voiced|identified|noted|pointed out)\b[^.;]{0,60}?\b(?:in|after|since) (?:the |its |their )?"
    r"(?:(?:19|20)\d{2}|previous|earlier|past|prior)\b"
    r"|\b(?:a )?(?:step(?:s|ped)? back|backward step|reversal)\b[^.;]{0,40}?\brecommendation"
    r"|\brecommendations?\b[^.]{0,60}?\b(?:first |originally )?(?:made|issued|offered"
    r"|put forward)\b[^.]{0,30}?\b(?:in|after|since|following) (?:the )?"
    r"(?:(?:19|20)\d{2}|previous|earlier|last)\b"
    # "X recommended that ...; this has been partially addressed"
    r"|\brecommended\b[^.]{0,160}?;\s*(?:this|that|it)\s+(?:has|have|was|were|is)\b"
    r"|\b(?:previously|earlier) recommended \w+"
    r"|\bas recommended (?:in|by) (?:the |an? )?(?:[\w/]+ )?(?:previous|earlier|prior|last)\b"
    r"|" + _REPEATS,
    re.I,
)
_WHETHER = re.compile(r"\bwhether\b[^.;]{0,120}?\b(?:has|have|was|were|had) been\b", re.I)
"""An indirect question ("rarely state whether a previous recommendation has been
implemented") states no verdict."""
_SCALE = re.compile(
    r"\b(?:fully|partially|partly|not)\b[\w ]{0,20},\s*(?:fully|partially|partly|not)\b[\w ]{0,20}"
    r"\s+(?:or|and)\s+(?:fully|partially|partly|not)\b",
    re.I,
)
"""The statuses listed as a scale ("assessed as fully, partially or not implemented"): a
method, not a verdict."""
_BROKEN_WORD = re.compile(r"(?<=[a-z])- (?=[a-z])")
"""A word hyphenated at a line end ("recom- mendation"), joined before the cues are read."""
_ASIDE = re.compile(
    r",\s*(?:in (?:our|my|their|its) (?:view|coding|assessment|judge?ment|opinion|reading)"
    r"|so far|to date|as yet|however|regrettably|unfortunately)\s*,",
    re.I,
)
"""An aside inside a verdict ("has, in our coding, not been implemented"): it changes
nothing the verdict says."""


def cue_text(text: str) -> str:
    """The text the cues read: words broken at a line end joined again, asides left out
    (offsets are not used, the evidence is the clause)."""
    return _ASIDE.sub("", _BROKEN_WORD.sub("", text))


_ALREADY = re.compile(
    r"\b(?:already|previously) (?:made|raised|offered|issued|put forward)\b[^.]*\b(?:remain"
    r"|not (?:yet )?(?:been )?(?:addressed|implemented))"
    # "Many recommendations of previous reports remain valid / have not been addressed"
    r"|(?:\b(?:previous|earlier|prior|past|long-?\s?standing)\b[^.]{0,60}?\brecommendations?\b"
    r"|\brecommendations?\b[^.]{0,40}?\b(?:previous|earlier|prior|past)\b)"
    r"[^.]{0,80}?\b(?:remain\w*(?: \w+ly)? (?:unaddressed|valid|relevant|outstanding|pending"
    r"|to be (?:addressed|implemented))"
    r"|(?:have|has|were|was) not (?:yet )?(?:been )?(?:addressed|implemented|acted upon))"
    r"|" + _REPEATS,
    re.I,
)
"""A verdict on earlier recommendations that may open a list of new ones."""
# A heading of a section that reviews earlier recommendations rather than making new ones.
_REVIEW = re.compile(
    r"\b(?:status|implementation|previous|earlier|prior|past|follow-?up|progress"
    r"|track(?:er|ing)?|scorecard|uptake|fate)\b",
    re.I,
)
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
            r"|\bremain\w* (?:in force|unchanged|in place|without (?:a |any )?(?:response|reply"
            r"|action|follow-?up))\b|\b(?:a )?(?:step(?:s|ped)? back|backward step|reversal)\b"
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
            r"|\bnot (?:been )?(?:amended|introduced|adopted|changed|removed|repealed)\b"
            # a new report repeating earlier recommendations: they were not acted on
            r"|" + _REPEATS,
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
            r"|\b(?:addressed|implemented|fulfilled) (?:a|the|an) (?:[\w'/-]+ ){0,3}?recommendation"
            # "which addresses a previous recommendation", "..., addressing prior recommendations"
            # (not an aim: "aimed at addressing", "to address")
            r"|\b(?:implement(?:ed|ing|s)|address(?:ed|ing|es)) in full\b"
            r"|\bfully (?:implement|address)(?:ed|s|ing)? (?:an? |the )\w*\s*recommendation"
            r"|(?<!at )(?<!to )\b(?:address(?:es|ing)|implement(?:s|ing)) (?:an? |the )?"
            r"(?:previous|prior|earlier|long-?\s?standing)\b[^.]{0,40}?\brecommendation"
            r"|\b(?:was|were|has been|have been) (?:also |since |now |already |subsequently )?"
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


def stated_verdict(text: str, reviewing: bool = False) -> str | None:
    """The status a sentence states about earlier recommendations, or None if it is not
    about earlier recommendations or states no status. In a section that reviews earlier
    recommendations (``reviewing``) every sentence is about them ("Two have been
    implemented in part")."""
    text = cue_text(text)
    share = SHARE.search(text)
    if share is not None:
        return share_status(share)
    if _WHETHER.search(text) or _SCALE.search(text):
        return None
    return assessment_status(text) if reviewing or _EARLIER.search(text) else None


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """A sentence with two verdicts ("some were incorporated, key ones not addressed";
    "fully implemented the one on X, and partially implemented those on Y") is split at
    the comma, "and" or semicolon between them when each side states a status."""
    text = sentence.text
    if tally_verdicts(cue_text(text), reviewing=True):
        return [(0, len(text))]  # a tally's counts stay one sentence
    for split in re.finditer(r",\s+(?:and\s+|but\s+|while\s+)?(?=\S)|;\s+", text):
        before, after = text[: split.start()], text[split.end() :]
        if _split_verdicts(before, after):
            return [(0, split.start()), (split.end(), len(text))]
    return [(0, len(text))]


def _split_verdicts(before: str, after: str) -> bool:
    """Does each side of a break state a status of its own, and do they differ?"""
    if re.match(r"a number of key recommendations", after):
        return True
    first, second = assessment_status(cue_text(before)), assessment_status(cue_text(after))
    return first is not None and second is not None and first != second


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
    reviews earlier ones ("Status of previous recommendations") or says how a study coded
    them."""
    return bool(re.search(r"recommendation", titles, re.I)) and not (
        _REVIEW.search(titles) or re.search(r"\bcod(?:ed|ing)\b", titles, re.I)
    )


_PROSE = re.compile(r"[.!?;:][\"'\u201d\u2019)]*\s*$")
"""A sentence as prose ends: a table's run of cells has no closing stop."""
_TRACKED = re.compile(r"^\W*(?:\d+\.\s*)?[A-Z][\w ]{0,20}:\s|\bshould\b")
"""A tracker's labelled line ("Status: Implemented.") or the recommendation it tracks."""


def _reviews_recommendations(titles: str) -> bool:
    """A section that reviews earlier recommendations ("Follow-up of international
    recommendations", "Our earlier recommendations", "How we coded the recommendations")."""
    return bool(re.search(r"recommendation", titles, re.I)) and bool(_REVIEW.search(titles))


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
    A tally by status is one assessment per status, a study's own included; a ``study``'s
    (scholarship) generalisations and method sentences are not assessments."""
    judge = assessor_of(report, assessor) or _unnamed_authors(extraction, report)
    key = local_name(report.iri)
    found: list[Fact] = []
    for sentence in document.sentences():
        titles = " ".join(s.title for s in sentence.section.path) if sentence.section else ""
        if _lists_recommendations(titles) and not _ALREADY.search(sentence.text):
            continue
        # a review section's prose (not its tracker table, ``programme.tracker``'s to read)
        reviewing = (
            _reviews_recommendations(titles)
            and bool(_PROSE.search(sentence.text))
            and not _TRACKED.search(sentence.text)
        )
        for start, end in _clauses(sentence):
            clause = sentence.text[start:end]
            spans = sentence.spans(start, end)
            tally = tally_verdicts(cue_text(clause), reviewing)
            method = study and states_no_study_verdict(cue_text(sentence.text))
            if not tally and study and (method or states_no_study_verdict(cue_text(clause))):
                continue  # a study's generalisation or method is a finding of its own
            for counted, count in tally:  # one assessment per status of a tally
                label = f"{count} {counted.replace('-', ' ')} (assessed in {key})"
                found.append(_assessment(extraction, key, len(found) + 1, label, spans))
                _state(found[-1], judge, counted, report, issued)
            if tally:
                continue
            verdict = stated_verdict(clause, reviewing)
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
