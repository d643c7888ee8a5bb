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
from ..text.document import Document, Element, ElementKind, Sentence
from ..text.source import Span
from .assessment_counts import acted_on_asks, named_asks, states_no_study_verdict, tally_verdicts
from .assessment_items import bare_status, items_under_review, verb_verdict, verdict_lead_ins
from .status_keys import is_key
from .status_tables import status_tables
from .verdict_clause import statement_verdict
from .verdict_cues import VERDICT_BEFORE_LIST, assessment_status, cue_text, stated_verdict

# A heading of a section that reviews earlier recommendations rather than making new ones.
REVIEW = re.compile(
    r"\b(?:status|implementation|previous|earlier|prior|past|follow(?:ing)?[\s-]?up|progress"
    r"|track(?:er|ing)?|scorecard|uptake|fate|became|happened"
    # "Our 2015 recommendations", "Recommendations of 2015": dated, so earlier ones
    r"|(?:19|20)\d{2}(?=\s+recommendations)|(?<=recommendations of )(?:19|20)\d{2})\b",
    re.I,
)
_REVIEW = REVIEW
_READ_TOGETHER = re.compile(
    r"\b(?:read|considered|seen)\s+(?:together|in\s+conjunction)\s+with\b", re.I
)
"""A list's preamble asking that its recommendations be read with earlier ones "which
remain to be addressed": it restricts which earlier ones, and states no verdict."""


_BREAK = re.compile(r",\s+(?:and\s+|but\s+|while\s+)?(?=\S)|;\s+")
"""Where a sentence with two verdicts may be split."""


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """A sentence with two verdicts ("some were incorporated, key ones not addressed";
    "fully implemented the one on X, and partially implemented those on Y") is split at
    the comma, "and" or semicolon between them when each side states a status."""
    text = sentence.text
    if _BREAK.search(text) is None:
        return [(0, len(text))]
    cues = cue_text(text)
    if tally_verdicts(cues, reviewing=True):
        return [(0, len(text))]  # a tally's counts stay one sentence
    if assessment_status(cues) is None and "a number of key recommendations" not in text:
        return [(0, len(text))]  # a side before a break states no status the whole lacks
    return _split(text, 0)


def _split(text: str, offset: int) -> list[tuple[int, int]]:
    """``text`` (at ``offset`` in its sentence) cut at the first break whose sides each
    state a verdict (``_split_verdicts``), the rest cut again: three verdicts in a list of
    examples are three clauses."""
    for split in _BREAK.finditer(text):
        before, after = text[: split.start()], text[split.end() :]
        if _RELATIVE_OPEN.search(before):
            continue  # the comma closes a relative clause: what follows is its subject's verb
        if _split_verdicts(before, after):
            return [(offset, offset + split.start()), *_split(after, offset + split.end())]
    return [(offset, offset + len(text))]


_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*$", re.I)
"""A relative clause still open before a comma ("The requirement ..., which X previously
recommended be reconsidered, remains unchanged"): not a break between two verdicts."""
_OTHERS = re.compile(r"(?:the\s+)?(?:others|rest|remaining)\b", re.I)
"""The rest of a set set against the part acted on ("..., but others ... remain
unaddressed"): the clause before it spoke of that part, in full, and the contrasted clause
is about the same earlier recommendations."""
_CONTRAST_WORD = r"(?:but|while|whereas)"
"""The word that sets a clause against the one before it, read on either side of a
clause: opening the clause after it (``_CONTRAST_NEXT``), closing the text before it
(``_CONTRAST``)."""
_CONTRAST_NEXT = re.compile(rf"[,;]?\s*{_CONTRAST_WORD}\s+", re.I)
_CONTRAST = re.compile(rf"\b{_CONTRAST_WORD}\s*$", re.I)
_SAME_ONE_NEXT = re.compile(
    r"\W*(?:and\s+)?(?:(?:this|that|the|such)\s+(?:recommendation|proposal|suggestion|advice)"
    r"|it)\s+(?:has|had|have|was|were|is|remains)\b",
    re.I,
)
"""A clause that opens on the recommendation the clause before it spoke of ("..., as the
Commission had recommended; this recommendation has been fully implemented"): when it states
a verdict itself, the two clauses are one assessment, the explicit one's."""
_NAMES_ONE = re.compile(r"\brecommend(?:ed|ation)\b|\b(?:asked|requested)\b", re.I)
"""A side of a break that speaks of a recommendation of its own."""


def _split_verdicts(before: str, after: str) -> bool:
    """Does each side of a break state a status of its own, and do they differ (or, the
    same, does each side speak of a recommendation of its own)?"""
    if re.match(r"a number of key recommendations", after):
        return True
    first = assessment_status(cue_text(before))
    if first is None:
        return False
    second = assessment_status(cue_text(after))
    if second is None:
        return False
    return first != second or bool(_NAMES_ONE.search(before) and _NAMES_ONE.search(after))


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


def judge_of(extraction: Extraction, report: Fact, assessor: URIRef) -> URIRef:
    """Who states the report's verdicts (``assessor_of``), else its unnamed authors."""
    return assessor_of(report, assessor) or _unnamed_authors(extraction, report)


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
    judge = judge_of(extraction, report, assessor)
    key = local_name(report.iri)
    found: list[Fact] = []
    tables = {id(e) for e in status_tables(document)}
    listed = items_under_review(document, _reviews_recommendations)
    led, lead_ins = verdict_lead_ins(document, _lead_in_verdict, _lists_recommendations)
    itemised_done: set[int] = set()
    before: Sentence | None = None
    for sentence in document.sentences():
        # "The report offered 11 recommendations. ..., 3 have been implemented, 4 ...":
        # a tally may leave the recommendations it counts to the sentence before
        named_before = _names_recommendations(before, sentence)
        before = sentence
        if id(sentence.owner) in tables:
            continue  # a table with a status column: its rows are ``extract.tracker``'s
        if is_key(sentence.text):
            continue  # a key says what each status symbol stands for: no verdict
        if sentence.text.rstrip(" \"'\u201d)").endswith("?"):
            continue  # a question ("Which ... had been implemented?") asks, it judges nothing
        titles = " ".join(s.title for s in sentence.section.path) if sentence.section else ""
        if _lists_recommendations(titles) and (
            not VERDICT_BEFORE_LIST.search(sentence.text) or _READ_TOGETHER.search(sentence.text)
        ):
            continue
        # a review section's prose (not its tracker table, ``extract.tracker``'s to read)
        reviewing = (
            _reviews_recommendations(titles)
            and bool(_PROSE.search(sentence.text))
            and not _TRACKED.search(sentence.text)
        )
        # an item of a list of earlier recommendations: "<ask>:  <status>"
        itemised = isinstance(sentence.owner, Element) and (
            id(sentence.owner) in listed
            or (sentence.owner.kind is ElementKind.ITEM and _reviews_recommendations(titles))
        )
        if id(sentence.owner) in lead_ins:
            continue  # its verdict is its items'
        if id(sentence.owner) in led:
            if id(sentence.owner) not in itemised_done:
                itemised_done.add(id(sentence.owner))
                given = _led_item(extraction, key, found, sentence, led[id(sentence.owner)])
                _state(found[-1], judge, given, report, issued)
            continue
        concluded = _conclusion(sentence.text)
        # "...; it is therefore partially implemented": one verdict, the one concluded
        clauses = [(0, len(sentence.text))] if concluded else _clauses(sentence)
        # "X addressed some earlier recommendations, but others ... remain unaddressed"
        about = len(clauses) > 1 and stated_verdict(sentence.text, reviewing) is not None
        for index, (start, end) in enumerate(clauses):
            clause = sentence.text[start:end]
            if index + 1 < len(clauses) and _restated_next(sentence.text, clauses[index + 1]):
                continue  # the next clause judges the same recommendation in so many words
            contrast = _CONTRAST_NEXT.match(sentence.text, end)
            others = about and contrast and _OTHERS.match(sentence.text, contrast.end())
            rest = (
                about
                and _OTHERS.match(sentence.text, start)
                and _CONTRAST.search(sentence.text[:start])
            )
            spans = sentence.spans(start, end)
            tally = tally_verdicts(cue_text(clause), reviewing or named_before)
            method = study and states_no_study_verdict(cue_text(sentence.text))
            if not tally and study and (method or states_no_study_verdict(cue_text(clause))):
                continue  # a study's generalisation or method is a finding of its own
            for counted, count in tally:  # one assessment per status of a tally
                label = f"{count} {counted.replace('-', ' ')} (assessed in {key})"
                found.append(_assessment(extraction, key, len(found) + 1, label, spans))
                _state(found[-1], judge, counted, report, issued)
            if tally:
                continue
            acted = acted_on_asks(clause)
            for ask_start, ask_end in acted:  # one assessment per earlier one named
                label = f"fully implemented (assessed in {key})"
                found.append(_assessment(extraction, key, len(found) + 1, label, spans))
                _state(found[-1], judge, "fully-implemented", report, issued)
                found[-1].add(NG.text, Literal(clause[ask_start:ask_end]))
            if acted:
                continue
            verdict = statement_verdict(clause, reviewing or bool(rest))
            # a verdict another clause states is that one's, unless this clause speaks of a
            # recommendation of its own ("..., and X, which ODIHR has long recommended be
            # lowered, remains unchanged")
            if verdict is None and (not about or _NAMES_ONE.search(clause)):
                verdict = verb_verdict(clause)
            if verdict == "partially-implemented" and others:
                verdict = "fully-implemented"  # the part acted on, in full
            bare = bare_status(clause) if itemised and verdict is None else None
            if bare is not None:
                label = f"{bare[1].replace('-', ' ')} (assessed in {key})"
                found.append(_assessment(extraction, key, len(found) + 1, label, spans))
                _state(found[-1], judge, bare[1], report, issued)
                found[-1].add(NG.text, Literal(clause[: bare[0]].strip(" -\u2013*>")))
                continue
            if verdict is None:
                continue
            verdict = concluded or verdict
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


def _restated_next(text: str, following: tuple[int, int]) -> bool:
    """The ``following`` clause of ``text`` speaks of the same recommendation as the one
    before it and states its verdict itself."""
    clause = text[following[0] : following[1]]
    return bool(_SAME_ONE_NEXT.match(clause)) and stated_verdict(clause, True) is not None


def _lead_in_verdict(text: str) -> str | None:
    """The verdict a lead-in states on the earlier recommendations it lists (none when it
    counts them by status: a tally)."""
    if tally_verdicts(cue_text(text), reviewing=True):
        return None
    return stated_verdict(text) or verb_verdict(text)


def _led_item(
    extraction: Extraction, key: str, found: list[Fact], sentence: Sentence, told: str
) -> str:
    """One assessment of an item a verdict's lead-in lists, added to ``found``; its status
    (returned) its own bare one, else the lead-in's; the item's text (less a status after
    its colon) as what was assessed."""
    bare = bare_status(sentence.text)
    verdict = bare[1] if bare is not None else told
    ask = sentence.text[: bare[0]] if bare is not None else sentence.text
    label = f"{verdict.replace('-', ' ')} (assessed in {key})"
    found.append(_assessment(extraction, key, len(found) + 1, label, sentence.spans()))
    found[-1].add(NG.text, Literal(ask.strip().rstrip(";.,")))
    return verdict


_CONCLUDES = re.compile(
    r"[,;:]\s+(?:and\s+)?(?:it|this|they|so\s+it)\s+(?:is|are|was|were|has\s+been|have\s+been"
    r"|remains?)\s+(?:therefore|thus|accordingly|consequently|hence)\b(?P<verdict>[^,;.]*)",
    re.I,
)
"""A clause that draws the verdict from the clauses before it ("...; it is therefore
partially implemented, as it did not apply to these elections")."""


def _conclusion(text: str) -> str | None:
    """The status a later clause of a sentence concludes (``_CONCLUDES``): the sentence's
    one verdict, not what its earlier clauses state on their own; None without one."""
    match = _CONCLUDES.search(text)
    if match is None:
        return None
    return assessment_status(cue_text(match["verdict"]))


def _names_recommendations(before: Sentence | None, sentence: Sentence) -> bool:
    """Is ``before`` the sentence before ``sentence`` in its paragraph, and does it speak
    of recommendations?"""
    return (
        before is not None
        and before.owner is sentence.owner
        and re.search(r"\brecommendations\b", before.text, re.I) is not None
    )


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
