"""Attributed statements as facts: one ``ng:ContestationStatement`` per statement
``attributed.read_attributed`` finds, with its speaker (a person when the text says so, else an
agent described), the words, the role and the date stated."""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import FOAF, NG

from ..extract.subjects import NAME
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..text.dates import find_when
from ..text.document import Document, Element
from ..text.words import any_word
from .attributed import Attributed, read_attributed

_PERSONAL = any_word("he, she, his, her, him", flags=0)
"""A personal pronoun between a speaker's name and the words: the text speaks of a person
("Name, ... when he remarked"). A name alone does not say so ("European Union", "The
Commission" have the shape of one)."""


def add_attributed(
    extraction: Extraction, document: Document, report: Fact, key: str
) -> list[Fact]:
    """One ``ng:ContestationStatement`` per attributed statement in the paragraphs, with its
    speaker (a person, or an agent described), the words, the role and the date stated."""
    facts: list[Fact] = []
    for element in document.elements:
        for statement in read_attributed(element.text):
            facts.append(_statement_fact(extraction, element, statement, report.iri, key))
    return facts


def _speaker_fact(extraction: Extraction, element: Element, statement: Attributed) -> URIRef:
    spans = element.spans(*statement.speaker_at)
    person = mint("person", statement.speaker)
    if NAME.fullmatch(statement.speaker) and (
        statement.role is not None
        or _PERSONAL.search(element.text[statement.speaker_at[1] : statement.words_at[0]])
        or extraction.get(person) is not None
    ):
        fact = Fact(iri=person, kind=FOAF.Person, evidence=spans)
        fact.label = statement.speaker
        fact.add(FOAF.name, statement.speaker)
    else:
        label = re.sub(r"^(?:the|a|an)\s+", "", statement.speaker, flags=re.I)
        iri = mint("agent", slug(label)[:60])
        fact = Fact(iri=iri, kind=FOAF.Agent, label=statement.speaker, evidence=spans)
    return extraction.merge(fact).iri


def _statement_fact(
    extraction: Extraction, element: Element, statement: Attributed, report: URIRef, key: str
) -> Fact:
    speaker = _speaker_fact(extraction, element, statement)
    words = statement.words.strip("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e* ")
    fact = Fact(
        iri=mint("statement", key, slug(words)[:40]),
        kind=NG.ContestationStatement,
        label=words[:80],
        # one passage: who says it through what is said ("Halloran (2019) argued that ...")
        evidence=element.spans(
            min(statement.speaker_at[0], statement.words_at[0]),
            max(statement.speaker_at[1], statement.words_at[1]),
        ),
    )
    fact.add(NG.speaker, speaker)
    fact.add(NG.quote, words)
    if statement.role:
        fact.add(NG.speakerRole, statement.role)
    if statement.when_at is not None:
        found = find_when(element.text[statement.when_at[0] : statement.when_at[1]])
        if found is not None:
            fact.add(NG.date, found[0].literal())
            fact.evidence.extend(element.spans(*statement.when_at))
    fact.add(NG.sourceReport, report)
    return extraction.merge(fact)


__all__ = ["add_attributed"]
