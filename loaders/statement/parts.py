"""What a statement is made of, and the readings its findings and recommendations share.

``Statement`` collects one statement's facts until its election is resolved; a passage's
topic, its run-in heading and the laws and norms it cites are read the same way for a
finding and for a recommendation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normgraph.namespaces import NG, local_name

from ..extract.actors import Actors
from ..extract.concepts import STATEMENT_TOPIC_WORDS, norm, norms_in, topic_for
from ..extract.elections import Mention
from ..extract.law_facts import add_references
from ..extract.legal import LawMemory
from ..rdf.facts import Extraction, Fact
from ..text.document import Element
from ..text.lines import run_in_heading

RECOMMENDATIONS_HEADING = re.compile(
    r"^\s*(?:(?:[IVXLC]+|\d{1,2}|[A-Z])[.)]\s+)?"
    r"(?:(?:PRELIMINARY|KEY|PRIORITY|MAIN|SUMMARY\s+OF|LIST\s+OF)\s+)?RECOMMENDATIONS"
    r"(?:\s+(?:TO|FOR)\s+[^\n]{3,60})?\s*$",
    re.I,
)
"""A recommendations section: "Recommendations", "Preliminary Recommendations", "IV.
Summary of Recommendations", "Recommendations to the Authorities", ..."""


@dataclass
class Statement:
    """What ``read_statement`` found, before the elections are resolved."""

    report: Fact
    actors: Actors
    """The actors the statement names (addressees, pledge speakers), one fact each."""
    country: str
    """ISO code (lower case) of the state the statement is about."""
    mentions: list[Mention] = field(default_factory=list)
    main: tuple[str, str, int] | None = None
    """The election the statement is about: (country, type, year) of its title mention."""
    about: list[Fact] = field(default_factory=list)
    """Facts to link to the main election once it is resolved."""
    recommendations: list[Fact] = field(default_factory=list)
    findings: list[Fact] = field(default_factory=list)
    pledges: list[Fact] = field(default_factory=list)
    laws: LawMemory = field(default_factory=LawMemory)
    """The laws its passages named so far and their short forms: a later passage's
    acronym or cut-short name resolves to them."""


def report_key(report: Fact) -> str:
    return local_name(report.iri)


_REPORTING = re.compile(
    r"^[^.]{0,60}?\b(?:observers|monitors|delegation|mission)\b,?\s+(?:have |has )?"
    r"(?:identified|identify|noted|note|observed|found|considers?)\b",
    re.I,
)
"""The reporting frame of a passage ("ENMO international observers, identify ..."): it
says who saw, not what the passage is about, so it does not decide the topic."""
_CITES_LAW = re.compile(r"\b(?:Constitution(?:al Law)?|[Ll]aws?|[Cc]ode|Article \d+)\b")


def topic_of(element: Element, heading: str | None) -> str:
    """A finding's or recommendation's topic: its run-in or sub-section heading, else its
    words (less the reporting frame); a passage about a law is about the legal framework."""
    if heading:
        found = topic_for(STATEMENT_TOPIC_WORDS, heading)
        if found:
            return found
    text = _REPORTING.sub("", element.text, count=1)
    found = topic_for(STATEMENT_TOPIC_WORDS, text)
    if found:
        return found
    return "legal-framework" if _CITES_LAW.search(text) else "political-context"


def strip_run_in(element: Element) -> tuple[str | None, int]:
    """The element's run-in heading and where its body starts after it."""
    heading = run_in_heading(element.text)
    if heading is None:
        return None, 0
    rest = element.text[len(heading) + 1 :]
    return heading, len(heading) + 1 + len(rest) - len(rest.lstrip())


def link_citations(
    extraction: Extraction, fact: Fact, element: Element, start: int, statement: Statement
) -> None:
    """Link ``fact`` to the laws, provisions, instruments and norms its passage cites; an
    acronym or short name an earlier passage of the statement defined resolves too."""
    text = element.text[start:]
    country, memory = statement.country, statement.laws
    laws, provisions, instruments = add_references(
        extraction,
        text,
        lambda a, b: element.spans(start + a, start + b),
        country,
        memory,
    )
    memory.read(text, country)
    for iri in laws:
        fact.add(NG.concernsLaw, iri)
    for iri in provisions:
        fact.add(NG.invokesProvision, iri)
    for iri in instruments:
        fact.add(NG.concerns, iri)
    for slug in norms_in(text):
        fact.add(NG.invokesNorm, norm(slug))
