"""Single cases the shared reader of running text finds in an ODIHR report's sentences
that the report's own complaint reader did not read from (``told_cases``): kept as
complaints of their own, or, when they retell a case already read, merged into it."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..text.document import Document
from .actors import Actors
from .case_numbers import CaseNumbers
from .complaint_cases import read_cases
from .concepts import outcome


def is_unknown(case: Fact) -> bool:
    return not any(p == NG.outcome and not str(v).endswith("/unknown") for p, v in case.values)


def told_cases(
    extraction: Extraction,
    document: Document,
    election: URIRef | None,
    key: str,
    actors: Actors,
    cases: list[Fact],
) -> list[Fact]:
    """The cases the shared reader of running text finds ("<who> complained to <body>
    about ...", "<who> challenged ... before <court>") in sentences no case above was read
    from: reports of every genre tell single cases in these shapes, whatever the section.
    A case told over sentences already read is the same case; an appeal the shared reader
    ties to such a case is tied to the case read here instead."""
    taken = {(span.start, span.end) for case in cases for span in case.evidence}
    told = Extraction()
    scratch = Actors(told, actors.country)  # actors of cases dropped here stay out
    numbers = CaseNumbers(key, len(cases))
    for element in document.elements:
        read_cases(told, element, numbers, scratch, extraction)
    same: dict[URIRef, URIRef] = {}
    added: list[Fact] = []
    for fact in [f for f in told.facts if f.kind in (NG.Complaint, NG.Appeal)]:
        overlap = next((c for c in cases if _overlaps(fact, c)), None)
        if overlap is not None or any((s.start, s.end) in taken for s in fact.evidence):
            if overlap is not None:
                same[fact.iri] = overlap.iri
                _fill(extraction, overlap, fact)
                _adopt(actors, scratch, overlap)
            continue
        fact.values = [
            (p, same.get(v, v) if isinstance(v, URIRef) and p == NG.appealOf else v)
            for p, v in fact.values
        ]
        fact.add(NG.election, election)
        if not any(p == NG.outcome for p, _ in fact.values):
            fact.add(NG.outcome, outcome("unknown"))
        added.append(extraction.add(fact))
        _adopt(actors, scratch, fact)
    return added


def _adopt(actors: Actors, scratch: Actors, case: Fact) -> None:
    """Bring the actors a kept case names from the shared reader's scratch registry into
    the report's, merging the evidence of an actor both know."""
    for _, value in case.values:
        found = scratch.facts.get(value) if isinstance(value, URIRef) else None
        if found is None:
            continue
        known = actors.facts.get(found.iri)
        if known is None:
            actors.facts[found.iri] = found
            actors.extraction.add(found)
        else:
            known.evidence.extend(s for s in found.evidence if s not in known.evidence)


def _fill(extraction: Extraction, case: Fact, told: Fact) -> None:
    """Give a case the complainant, subject and outcome the shared reader read for the
    same sentence ("Mr. X, a candidate in constituency No. 12, lodged a complaint ...") when
    the case has none of its own (an outcome "unknown" or an unnamed complainant is none)."""
    if is_unknown(case) and any(p == NG.outcome for p, _ in told.values):
        case.values = [(p, v) for p, v in case.values if p != NG.outcome]
    unnamed = [v for p, v in case.values if p == NG.complainant and "/agent/" in str(v)]
    if unnamed and any(p == NG.complainant for p, _ in told.values):
        case.values = [(p, v) for p, v in case.values if p != NG.complainant]
        extraction.facts[:] = [f for f in extraction.facts if f.iri not in unnamed]
    # the case is told over both passages: "<who> asked the Court to ..." before "The Court
    # dismissed the appeal ..." that the report's own reader read
    case.evidence.extend(span for span in told.evidence if span not in case.evidence)
    for prop in (NG.complainant, NG.filedWith, NG.subjectMatter, NG.outcome, NG.date):
        if not any(p == prop for p, _ in case.values):
            for p, value in told.values:
                if p == prop:
                    case.add(prop, value)


def _overlaps(fact: Fact, case: Fact) -> bool:
    return any(a.start < b.end and b.start < a.end for a in fact.evidence for b in case.evidence)


__all__ = ["is_unknown", "told_cases"]
