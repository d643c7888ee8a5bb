"""Reading an invented passage through the complaint readers the loaders run, and naming what
a case read says by its IRIs' last parts: the one setup the complaint tests share."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG


@dataclass(frozen=True)
class PassageRead:
    """What the reader of final reports and statements made of a passage: every fact it
    added, the passage's text (for evidence spans), the single cases and the figures."""

    extraction: Extraction
    source: SourceText
    cases: list[Fact]
    figures: list[Fact]


def report_cases(text: str, state: str, election: URIRef, year: int) -> PassageRead:
    """``text`` read by the final reports' and statements' reader (``add_complaints``), as
    a report on ``election`` in ``state`` written in ``year``."""
    extraction = Extraction()
    source = SourceText("disputes", "disputes.txt", text)
    document = parse_document(source)
    cases, figures = add_complaints(extraction, document, election, Actors(extraction, state), year)
    return PassageRead(extraction, source, cases, figures)


def shared_cases(text: str, state: str) -> list[Fact]:
    """The cases the reader every other genre shares (``add_document_cases``) finds in
    ``text``, a document on ``state``."""
    extraction = Extraction()
    document = parse_document(SourceText("disputes", "disputes.txt", text))
    return add_document_cases(extraction, document, "disputes", Actors(extraction, state))


def slugs(fact: Fact, prop: URIRef) -> list[str]:
    """The last parts of the IRIs ``fact`` gives for ``prop``, in order."""
    return [str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == prop]


def outcomes(facts: list[Fact]) -> list[str]:
    """The outcomes of ``facts`` in order, by their slug in the outcome scheme."""
    return [outcome for fact in facts for outcome in slugs(fact, NG.outcome)]
