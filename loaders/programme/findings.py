"""Findings of a programme report: its verdicts on elections and on the political context.

A programme report judges elections in passing ("parliamentary elections in 1999, 2002 and
2004 ..., none of which were free or fair"): each sentence that judges elections it names
is a finding linked to them. It also describes the country the programme worked in: every
evaluative sentence of its summary, background and findings or observations sections, and
every one its evaluation states about the political environment or freedoms ("Freedom of
speech, press, assembly and association are all curtailed"), is a finding about the
political context; a sentence the report repeats is one finding with each place as
evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import URIRef

from normgraph.namespaces import NG, local_name

from ..extract.concepts import polarity, topic
from ..extract.election_mentions import find_mentions
from ..extract.polarity import polarity_of
from ..extract.sentence_findings import sentence_finding
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind
from ..text.source import Span
from ..text.words import any_word

_ASSESSMENT = re.compile(
    r"free (?:or|and) fair|international standards|OSCE commitments|irregularities|fraud",
    re.I,
)
_CONTEXT_SECTIONS = (
    r"^(?:(?:EXECUTIVE )?SUMMARY|(?:POLITICAL |COUNTRY |PROGRAMM?E? )?(?:BACKGROUND|CONTEXT)|"
    r"(?:ASSESSMENT|OVERVIEW) OF THE (?:ELECTORAL PROCESS|ELECTIONS?)|ELECTORAL ENVIRONMENT)$"
)
"""Where a programme report describes and judges the country and its elections."""
_FINDINGS_SECTIONS = (
    r"^(?:[\w-]+ ){0,3}(?:FINDINGS|OBSERVATIONS)\b|[:\u2013\u2014-]\s*(?:MAIN |KEY )?FINDINGS$|"
    r"^(?:ASSESSMENT|OVERVIEW) OF THE (?:[\w-]+ )?(?:ELECTORAL|POLITICAL|PRE-ELECTION|"
    r"POST-ELECTION|CAMPAIGN|MEDIA) (?:PROCESS|ENVIRONMENT|CONTEXT|PERIOD)|"
    r"^(?:PRE-ELECTION|POST-ELECTION|ELECTORAL|POLITICAL|CAMPAIGN|MEDIA) ENVIRONMENT$"
)
"""Where a monitoring network reports what its observers found ("Key Findings", "Main
Observations", "Findings of Long-term Observation", "Observation of the 2016 Elections:
Main Findings", "Assessment of the Electoral Environment"): every evaluative sentence
there, in paragraphs and in bullets, is a finding."""
_ADVICE = any_word(r"should, must, recommend\w*, urged?, calls? on")
"""A sentence that advises is a recommendation, not a finding."""
_EVALUATION_SECTIONS = (
    r"^(?:EVALUATION(?: AND CONCLUSIONS)?|RESULTS AND IMPACT|IMPACT|"
    r"CHALLENGES(?: AND LESSONS LEARNED)?|LESSONS LEARNED|CONCLUSIONS?)$"
)
"""Where it judges its own work, and in passing the country: only sentences about the
country (``_ABOUT_THE_COUNTRY``) are findings there."""
_ABOUT_THE_COUNTRY = re.compile(
    r"\bpolitical environment\b|\b[Ff]reedom of\b|\bcivil society\b|\b(?:most|political|the) "
    r"parties\b|\bcitizen observer|\bcredible\b|\bchilling\b"
)
"""What an evaluation sentence must be about to count as a finding."""
_ABOUT_THE_PROGRAMME = any_word("program(?:me)?s?, programming, activities, trainings?")
"""An evaluation sentence on the programme's own work ("<implementer> programming strengthened
civil society") judges the programme, not the country."""


def _spans_from(element: Element, offset: int) -> Callable[[int, int], list[Span]]:
    """Spans of a stretch of a sentence that starts at ``offset`` in ``element.text``."""
    return lambda a, b: element.spans(offset + a, offset + b)


def add_election_findings(
    extraction: Extraction,
    document: Document,
    report: Fact,
    resolved: dict[tuple[str, str, int], object],
    country: str,
) -> list[Fact]:
    """Sentences that judge elections they name become findings linked to those elections
    (``country``: ISO code of the report's state)."""
    found: list[Fact] = []
    for element, start, end, sentence in document.body_sentences():
        if not _ASSESSMENT.search(sentence):
            continue
        mentions = find_mentions(sentence, _spans_from(element, start), country)
        elections: list[URIRef] = []
        for key in dict.fromkeys((m.country, m.kind, m.year) for m in mentions):
            if key not in resolved and (key[0], "by-election", key[2]) in resolved:
                key = (key[0], "by-election", key[2])
            if key in resolved:
                elections.append(resolved[key].fact.iri)  # type: ignore[attr-defined]
        if not elections:
            continue
        fact = Fact(
            iri=mint("finding", local_name(report.iri), "election", str(len(found) + 1)),
            kind=NG.Finding,
            label=f"Assessment: {sentence[:70]}",
            evidence=element.spans(start, end),
        )
        fact.add(NG.text, sentence)
        fact.add(NG.sourceReport, report.iri)
        fact.add(NG.topic, topic("political-context"))
        fact.add(NG.polarity, polarity(polarity_of(sentence) or "problem"))
        for iri in dict.fromkeys(elections):
            fact.add(NG.election, iri)
        extraction.add(fact)
        found.append(fact)
    return found


def add_context_findings(
    extraction: Extraction, document: Document, report: Fact, judged: list[Fact]
) -> list[Fact]:
    """Evaluative sentences about the country: the summary's and background's, and the
    evaluation's about the political environment or freedoms. Sentences already read as
    election assessments (``judged``) are not read again."""
    taken = {str(v) for fact in judged for p, v in fact.values if p == NG.text}
    by_text: dict[str, Fact] = {}
    sections = [
        *((s, None, False) for s in document.find_sections(_CONTEXT_SECTIONS)),
        *((s, None, True) for s in document.find_sections(_FINDINGS_SECTIONS)),
        *((s, _ABOUT_THE_COUNTRY, False) for s in document.find_sections(_EVALUATION_SECTIONS)),
    ]
    key = local_name(report.iri)
    seen: set[int] = set()
    for section, about, bullets in sections:
        kinds = (ElementKind.PARAGRAPH, ElementKind.ITEM) if bullets else (ElementKind.PARAGRAPH,)
        for element, start, end in section.unread_sentences(kinds, seen):
            sentence = element.text[start:end]
            found = polarity_of(sentence)
            if found is None or sentence in taken or (bullets and _ADVICE.search(sentence)):
                continue
            if about is not None and (
                not about.search(sentence) or _ABOUT_THE_PROGRAMME.search(sentence)
            ):
                continue
            if sentence in by_text:
                by_text[sentence].evidence.extend(element.spans(start, end))
                continue
            fact = sentence_finding(
                mint("finding", key, "context", str(len(by_text) + 1)),
                "Context",
                sentence,
                element.spans(start, end),
                report.iri,
                found,
            )
            extraction.add(fact)
            by_text[sentence] = fact
    return list(by_text.values())


__all__ = ["add_context_findings", "add_election_findings"]
