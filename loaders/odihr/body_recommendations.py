"""Recommendations a report makes in its body, before its final numbered list.

Recent ODIHR reports end a section's paragraphs with what should change ("The CEC should
publish all its decisions ...") and repeat the most important of these in the final
list. A body recommendation is either

- a sentence that restates a recommendation of the final list: its content words mostly
  recur there (``restates``), so it is linked to that recommendation; or
- a paragraph that only asks for something (every sentence recommends, none reports
  what a law provides), standing alone when the final list does not repeat it; or
- a paragraph's closing sentence whose subject "should" act, after sentences that tell
  the problem (``CLOSING_ASK``).

A sentence that reports what a law or body requires ("Under the law, complaints should
be decided within five days") describes, and is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rdflib import URIRef

from normgraph.namespaces import NG, local_name

from ..extract.concepts import ODIHR_TOPIC_WORDS, topic, topic_for
from ..extract.paragraph_numbering import numbered_paragraphs
from ..extract.passing_recommendations import issuer_names, recommends_in_passing
from ..extract.priority_lists import priority_items
from ..extract.restatements import RESTATES, asked_overlap, content_words, overlap
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind, Section
from ..text.sentences import sentences

ASKS = re.compile(
    r"\b(?:should|must|need(?:s)? to|could consider|consideration (?:could|should) be given|"
    r"(?:is|are) recommended|recommends?|it would be advisable|may (?:also )?wish to)\b",
    re.I,
)
"""Words of a recommendation: one place for them (the final list and the body)."""
_REPORTS = re.compile(
    r"\b(?:according to|under (?:the )?(?:law|code|article|constitution)|provides? that|"
    r"stipulates?|requires? that|states? that|prescribes?|in line with (?:the )?law|"
    r"were (?:told|informed)|informed (?:the|ODIHR)|claimed|alleged|reportedly|by law|"
    r"(?:argued|said|told\s+(?:\w+\s+){0,3}?|suggested|believed|felt|maintained|insisted|"
    r"complained|asserted|expressed\s+(?:\w+\s+){0,3}?(?:view|concern|opinion))\s+that)\b",
    re.I,
)
"""What a sentence reports: a law's or a body's requirement, and what others said should
happen ("several interlocutors argued that the limits should apply ...", "told the
mission that ..."): their view, which the observers relay and do not make their own."""


@dataclass(frozen=True)
class BodyRecommendation:
    """A recommendation in the body: its element, offsets into the element's clean text,
    and the final-list recommendation (key into ``final``) it restates, if any."""

    element: Element
    start: int
    end: int
    text: str
    restates: str | None


_EARLIER = re.compile(
    r"(?<!is )(?<!are )\brecommended\b|\b(?:previous|earlier|prior)\b[^.]{0,40}\brecommend",
    re.I,
)
"""A sentence that quotes an earlier recommendation ("In 2024, ODIHR recommended that the law
should ..."): context for a statement on its status, not a new recommendation."""


def asks_in_body(sentence: str) -> bool:
    """Does a body sentence ask, as the observers (no law's requirement, no one else's view,
    no earlier recommendation quoted)?"""
    return (
        ASKS.search(sentence) is not None
        and _REPORTS.search(sentence) is None
        and _EARLIER.search(sentence) is None
    )


_RUN_IN_LABEL = re.compile(r"\s*Recommendations?\s*[:\u2013\u2014]\s*", re.I)
"""A sentence that labels itself a recommendation ("Recommendation: The law should ..."),
set at the end of the numbered paragraph that states the problem: a recommendation of
the body whatever element carries it; its label is no part of its text."""


def _asking_clause(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A sentence's offsets and text, narrowed to its one clause that asks when a
    semicolon joins it to a clause that only states the problem ("An automatic exclusion
    is not in line with the principle; the exclusion should be reviewed ...")."""
    label = _RUN_IN_LABEL.match(text, start, end)
    start = label.end() if label else start
    sentence = text[start:end]
    clauses = [match.span() for match in re.finditer(r"[^;]+(?:;|$)", sentence)]
    asking = [(a, b) for a, b in clauses if asks_in_body(sentence[a:b])]
    if len(clauses) > 1 and len(asking) == 1:
        a, b = asking[0]
        a += len(sentence[a:b]) - len(sentence[a:b].lstrip())
        b -= 1 if sentence[a:b].endswith(";") else 0
        start, end = start + a, start + b
    return start, end, text[start:end]


def _labelled(element: Element, start: int) -> bool:
    """Did a run-in label ("Recommendation:") stand right before ``start``? In a numbered
    paragraph of the body only such a sentence is a recommendation."""
    head = element.text[:start]
    line = head[max(head.rfind("\n"), head.rfind(". "), head.rfind(".\n")) + 1 :]
    return _RUN_IN_LABEL.fullmatch(line) is not None


def find_body_recommendations(
    document: Document,
    final: dict[str, str],
    skip: Iterable[Section],
    issuers: AbstractSet[str] = frozenset(),
) -> list[BodyRecommendation]:
    """Recommendations outside the sections in ``skip`` (the final list, the summary).

    ``final`` maps each final-list recommendation's key to its text."""
    skipped = {id(element) for section in skip for element in section.all_elements()}
    words = {key: content_words(text) for key, text in final.items()}
    found: list[BodyRecommendation] = []
    paragraphs = numbered_paragraphs(document)  # "[12] ...": the report's, not a list's
    for element in document.elements:
        if element.kind is ElementKind.TABLE or id(element) in skipped:
            continue
        parts = [_asking_clause(element.text, start, end) for start, end in sentences(element.text)]
        asking = [
            asks_in_body(text) or recommends_in_passing(text, issuers) for _, _, text in parts
        ]
        standalone = bool(parts) and all(asking) and element.kind is ElementKind.PARAGRAPH
        for (start, end, text), asks in zip(parts, asking, strict=True):
            if not asks or (
                element.kind is ElementKind.ITEM
                and not _labelled(element, start)
                and not (id(element) in paragraphs and recommends_in_passing(text, issuers))
            ):
                continue  # in a list only a labelled sentence; in a numbered paragraph also
                # the observers' own "X recommends that ..."
            best = max(words, key=lambda key: asked_overlap(text, words[key]), default=None)
            near = best is not None and asked_overlap(text, words[best]) >= RESTATES
            restated = best if near else None
            closing = len(parts) > 1 and (start, end, text) == parts[-1] and CLOSING_ASK.match(text)
            if (
                restated is not None
                or standalone
                or closing
                or recommends_in_passing(text, issuers)
            ):
                found.append(BodyRecommendation(element, start, end, text, restated))
    return found


CLOSING_ASK = re.compile(r"^(?:[A-Z][^,;:]{0,80}?\s)should\s+(?!have\b)(?:not\s+)?\w+")
"""A paragraph's closing sentence whose subject is asked to act after the problem is told
("The law should specify ...", "Contestants should refrain ..."), not a regret ("should
have been"): a recommendation of the body, in a final report as in a statement."""


def _inside(element: Element, quoted: list[tuple[int, int]]) -> bool:
    """Does ``element`` overlap what the final list's recommendations quote? A list that
    the numbered-block reader read under sub-sections the model made of its topics
    ("1. Legal Framework" over "1.1 ...") is the list, not the body."""
    return any(
        piece.start < end and start < piece.end for piece in element.pieces for start, end in quoted
    )


def add_body_recommendations(
    extraction: Extraction, document: Document, report: Fact, final: list[Fact]
) -> list[Fact]:
    """A fact per body recommendation, ``ng:restatedAs`` the final-list fact it repeats.
    The final list, annexes and the issuer's self-description are not read."""
    texts = {
        str(fact.iri): str(value) for fact in final for p, value in fact.values if p == NG.text
    }
    skip = document.find_sections(r"RECOMMENDATIONS|^ANNEX|^APPENDIX|^ABOUT")
    report_key = local_name(report.iri)
    facts = []
    quoted = [(span.start, span.end) for fact in final for span in fact.evidence]
    body = [
        found
        for found in find_body_recommendations(document, texts, skip, issuer_names(report))
        if not _inside(found.element, quoted)
    ]
    for number, found in enumerate(body, start=1):
        fact = Fact(
            iri=mint("recommendation", report_key, "body", str(number)),
            kind=NG.Recommendation,
            label=f"Recommendation in the body: {found.text[:60]}",
            evidence=found.element.spans(found.start, found.end),
        )
        fact.add(NG.text, found.text).add(NG.sourceReport, report.iri)
        if found.restates is not None:
            fact.add(NG.restatedAs, URIRef(found.restates))
        titles = [section.title for section in reversed(found.element.section.path)]
        slug = topic_for(ODIHR_TOPIC_WORDS, *titles, found.text)
        if slug:
            fact.add(NG.topic, topic(slug))
        extraction.add(fact)
        facts.append(fact)
    listed = {id(element) for section in skip for element in section.all_elements()}
    for number, item in enumerate(priority_items(document.elements, texts, listed), start=1):
        fact = Fact(
            iri=mint("recommendation", report_key, "priority", str(number)),
            kind=NG.Recommendation,
            label=f"Priority recommendation repeated: {item.item.text[:60]}",
            evidence=item.item.spans(),
        )
        fact.add(NG.text, item.item.text).add(NG.sourceReport, report.iri)
        fact.add(NG.restatedAs, URIRef(item.restates))
        extraction.add(fact)
        facts.append(fact)
    return facts


__all__ = [
    "ASKS",
    "CLOSING_ASK",
    "BodyRecommendation",
    "add_body_recommendations",
    "asks_in_body",
    "content_words",
    "find_body_recommendations",
    "overlap",
]
