"""Facts for the laws a report cites: ``add_references`` turns what
:func:`.legal.find_references` reads in a passage into ``ng:Law`` and ``ng:LawArticle``
facts (linked up with ``eli:is_part_of``, each under its state) and returns the IRIs a
finding or recommendation links to (``ng:concernsLaw``, ``ng:invokesProvision``);
``add_document_laws`` does so for every sentence of a document."""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import URIRef
from rdflib.namespace import SKOS

from normgraph.namespaces import ELI, NG

from ..rdf.facts import Extraction, Fact
from ..text.document import Document
from ..text.source import Span
from .cited_titles import blank_cited_titles
from .elections import date_value, state_fact
from .law_shapes import name_its_state
from .legal import LawMemory, find_references


def add_references(
    extraction: Extraction,
    text: str,
    spans_of: Callable[[int, int], list[Span]],
    country: str,
    memory: LawMemory | None = None,
) -> tuple[list[URIRef], list[URIRef], list[URIRef]]:
    """Facts for the laws and articles ``text`` cites; returns (laws and articles,
    provisions, instruments) as IRIs for the citing fact to link to."""
    laws: list[URIRef] = []
    provisions: list[URIRef] = []
    instruments: list[URIRef] = []
    for ref in find_references(text, country, memory):
        spans = spans_of(ref.start, ref.end)
        if ref.kind == "provision":
            provisions.append(ref.iri)
            continue
        if ref.kind == "instrument":
            instruments.append(ref.iri)
            continue
        assert ref.law is not None
        state = extraction.merge(state_fact(ref.law.country, spans))
        law = Fact(iri=ref.law.iri, kind=NG.Law, label=ref.law.label, evidence=list(spans))
        law.add(NG.country, state.iri)
        written = _as_written(ref.law.as_written or ref.law.written, ref.law.label)
        if written:  # "Law on Elections" for the state's "Election Law": a reader's name too
            law.add(SKOS.altLabel, written)
        extraction.merge(name_its_state(law, ref.law.country))
        if ref.law.adopted is not None:
            date = ref.law.adopted
            law_fact = extraction.get(law.iri)
            assert law_fact is not None
            value = date_value(date.year, date.month, date.day)
            if (ELI.date_document, value) not in law_fact.values:
                law_fact.add(ELI.date_document, value)
        if ref.kind == "law":
            laws.append(law.iri)
            continue
        article_iri = URIRef(f"{law.iri}/article/{ref.article}")
        article = Fact(
            iri=article_iri,
            kind=NG.LawArticle,
            label=f"{ref.law.label}, article {ref.article}",
            evidence=list(spans),
        )
        article.add(ELI.is_part_of, law.iri)
        article.add(NG.number, ref.article)
        if written:
            article.add(SKOS.altLabel, f"{written}, article {ref.article}")
        extraction.merge(name_its_state(article, ref.law.country))
        if ref.paragraph:
            paragraph = Fact(iri=ref.iri, kind=NG.LawArticle, label=ref.label, evidence=list(spans))
            paragraph.add(ELI.is_part_of, article_iri)
            paragraph.add(NG.number, ref.paragraph)
            extraction.merge(paragraph)
        laws.append(ref.iri)
    return (
        list(dict.fromkeys(laws)),
        list(dict.fromkeys(provisions)),
        list(dict.fromkeys(instruments)),
    )


def _as_written(written: str, label: str) -> str | None:
    """The name a report writes a law by, when the law's label is another (the name its
    state's data gives it), without a leading article: None when they agree."""
    name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(written.split()), flags=re.I)
    return name if name and name.lower() != label.lower() else None


_WORKS_CITED = re.compile(
    r"\W*(?:[\dIVX]+\.?\s+)?(?:References|Bibliography|Works Cited|Literature|Sources)\W*$", re.I
)
"""The heading of a list of the works a text cites."""


def add_document_laws(extraction: Extraction, document: Document, country: str) -> list[URIRef]:
    """Facts for every law and article any sentence of ``document`` cites, wherever it
    stands (a statement's legal-framework paragraph, a programme report's context), not
    only in the findings that link to them; returns their IRIs in reading order."""
    cited: list[URIRef] = []
    memory = LawMemory()
    for sentence in document.sentences():
        if sentence.section and any(_WORKS_CITED.match(s.title) for s in sentence.section.path):
            continue  # "Opinion on the Draft Law on ...": a cited work's title, not a law cited
        text = blank_cited_titles(sentence.text)
        laws, _, _ = add_references(extraction, text, sentence.spans, country, memory)
        memory.read(text, country)
        cited.extend(laws)
    return list(dict.fromkeys(cited))


__all__ = ["add_document_laws", "add_references"]
