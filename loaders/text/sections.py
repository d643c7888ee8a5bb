"""A report's sections as ``ng:Section`` nodes, and each fact linked to the section it lies in.

Every loader calls ``add_sections`` once its facts are extracted, so every genre gets the
same sections from the same code: one ``ng:Section`` per heading of the document model
(``document.py``), with its heading (``ng:heading``), its number where the report numbers
it (``ng:number``: ``IX``, ``B``, ``3.1.3``), its position among its siblings
(``ng:order``), its parent (``dcterms:isPartOf``: the enclosing section, or the report)
and, as evidence, the heading's exact quote and offsets. Then each fact of the report's
own (stated by it, ``ng:sourceReport``, and minted under its key: a finding, a
recommendation, an assessment, a statement, an event) gets ``ng:reportPart``, the
innermost section holding all its quotes. Things many reports mention (a law, a
provision, a treaty action) get none: in the union of all graphs, one report's section
for them could not be told from another's.

A section runs from its heading to the next heading, so the innermost section holding an
offset is the one whose heading is the last before it. Section IRIs follow the numbering,
``id/section/{report key}/ix/b`` (unnumbered sections count by position among their
siblings; decimal numbers already spell the path: ``.../3-1-3``).

>>> from normgraph.loaders.text.document import parse_document
>>> from normgraph.loaders.rdf.facts import Extraction, Fact
>>> from normgraph.loaders.text.source import SourceText
>>> from normgraph.namespaces import ID, NG
>>> text = "I. THE MEDIA\\n\\nA. MONITORING\\n\\nCoverage was biased.\\n\\nII. ELECTION DAY\\n"
>>> source = SourceText("d", "d.txt", text)
>>> report = Fact(ID["report/r"], NG.Report)
>>> finding = Fact(ID["finding/r/1"], NG.Finding, evidence=[source.span(30, 50)])
>>> extraction = Extraction([report, finding.add(NG.sourceReport, report.iri)])
>>> sections = add_sections(extraction, report, parse_document(source))
>>> [(f.label, str(f.iri).rsplit("/section/", 1)[1]) for f in sections.facts]
[('I. THE MEDIA', 'r/i'), ('A. MONITORING', 'r/i/a'), ('II. ELECTION DAY', 'r/ii')]
>>> [str(v).rsplit("/", 1)[1] for p, v in finding.values if p == NG.reportPart]
['a']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from normgraph.namespaces import DCTERMS, NG, XSD, local_name

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, minted
from .document import Document, Section
from .lines import HeadingStyle
from .source import Span


@dataclass(frozen=True)
class Heading:
    """A heading the document model does not see as one (a lost heading a loader found),
    to be made a section inside the section that holds it."""

    title: str
    spans: list[Span]
    number: str | None = None


@dataclass(eq=False)
class _Part:
    title: str
    number: str | None
    spans: list[Span]
    decimal: bool = False
    children: list[_Part] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.spans[0].start


def _parts(section: Section) -> _Part | None:
    if section.heading is None or not section.heading.pieces:
        return None
    part = _Part(
        section.title,
        section.label,
        section.heading.spans() or section.heading.pieces,
        section.style is HeadingStyle.DECIMAL,
    )
    for child in section.children:
        found = _parts(child)
        if found is not None:
            part.children.append(found)
    return part


def _walk(parts: Iterable[_Part]) -> Iterable[_Part]:
    for part in parts:
        yield part
        yield from _walk(part.children)


def _insert(top: list[_Part], heading: Heading) -> None:
    """Put a lost heading among the children of the innermost part holding it."""
    part = _Part(heading.title, heading.number, heading.spans)
    holders = [p for p in _walk(top) if p.start <= part.start]
    siblings = max(holders, key=lambda p: p.start).children if holders else top
    siblings.append(part)
    siblings.sort(key=lambda p: p.start)


@dataclass
class Sections:
    """The ``ng:Section`` facts of one report, in reading order."""

    report: Fact
    facts: list[Fact]
    starts: list[int]
    """Where each section's heading starts (ascending, parallel to ``facts``)."""
    parents: dict[URIRef, URIRef]

    def holding(self, offset: int) -> Fact | None:
        """The innermost section holding ``offset``; None before the first heading."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.facts[index] if index >= 0 else None

    def chain(self, section: Fact) -> list[URIRef]:
        """``section`` and the sections enclosing it, innermost first."""
        found = [section.iri]
        while found[-1] in self.parents:
            found.append(self.parents[found[-1]])
        return found

    def holding_all(self, spans: Sequence[Span]) -> URIRef | None:
        """The innermost section holding every span; None if no section holds them all."""
        common: list[URIRef] | None = None
        for span in spans:
            holder = self.holding(span.start)
            if holder is None:
                return None
            chain = self.chain(holder)
            common = chain if common is None else [iri for iri in chain if iri in common]
        return common[0] if common else None


def add_sections(
    extraction: Extraction,
    report: Fact,
    document: Document,
    lost: Sequence[Heading] = (),
) -> Sections:
    """Add ``report``'s sections to ``extraction`` and link the report's facts to them.

    Call it when the report's facts are all extracted: a fact gets ``ng:reportPart`` only
    if it is the report's own (see ``_own``) and has none yet.
    """
    top = [p for p in (_parts(s) for s in document.root.children) if p is not None]
    for heading in lost:
        _insert(top, heading)
    key = local_name(report.iri)
    made: list[tuple[int, Fact]] = []
    parents: dict[URIRef, URIRef] = {}
    used: set[URIRef] = set()

    def add(parts: list[_Part], parent: Fact | None, path: list[str]) -> None:
        for order, part in enumerate(parts, start=1):
            segment = part.number or str(order)
            own = [segment] if part.decimal and part.number else [*path, segment]
            iri, suffix = mint("section", key, *own), 1
            while iri in used:
                suffix += 1
                iri = mint("section", key, *own[:-1], f"{own[-1]}-{suffix}")
            used.add(iri)
            fact = _section_fact(iri, part, order, parent.iri if parent else report.iri)
            if parent is not None:
                parents[iri] = parent.iri
            made.append((part.start, extraction.add(fact)))
            add(part.children, fact, own)

    add(top, None, [])
    made.sort(key=lambda pair: pair[0])
    sections = Sections(report, [f for _, f in made], [s for s, _ in made], parents)
    _link(extraction, sections)
    return sections


def _section_fact(iri: URIRef, part: _Part, order: int, parent: URIRef) -> Fact:
    if part.number:
        label = f"{part.number}{' ' if part.decimal else '. '}{part.title}"
    else:
        label = part.title
    fact = Fact(iri=iri, kind=NG.Section, label=label, evidence=list(part.spans))
    fact.add(NG.heading, part.title)
    fact.add(NG.number, part.number)
    fact.add(NG.order, Literal(order, datatype=XSD.integer))
    fact.add(DCTERMS.isPartOf, parent)
    return fact


def _own(fact: Fact, report: URIRef) -> bool:
    """Whether ``fact`` belongs to ``report`` alone: stated by it, IRI minted under its key."""
    key = local_name(report)
    return (NG.sourceReport, report) in fact.values and minted(fact.iri)[1:2] == (key,)


def _link(extraction: Extraction, sections: Sections) -> None:
    part = NG.reportPart  # rdflib makes a new term per attribute read: once, not per value
    for fact in extraction.facts:
        linked = any(p == part for p, _ in fact.values)
        if linked or not _own(fact, sections.report.iri):
            continue
        holder = sections.holding_all(fact.evidence)
        fact.add(part, holder)


__all__ = ["Heading", "Sections", "add_sections"]
