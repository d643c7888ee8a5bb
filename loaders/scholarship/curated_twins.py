"""An extracted statement or event whose passage a curated fact of its kind also quotes: the
curated one carries the reading (norm, stance, stage), so the graph keeps one."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact, Method


def drop_curated_twins(extraction: Extraction, kinds: tuple[URIRef, ...]) -> None:
    """Leave out an extracted fact of ``kinds`` whose passage a curated fact of its kind
    also quotes (and a speaker nothing else refers to any more): the curated one carries
    the reading (norm, stance, stage), so the graph keeps one statement or event."""
    curated: dict[URIRef, list[tuple[int, int]]] = {}
    for fact in extraction.facts:
        if fact.kind in kinds and fact.method is not Method.EXTRACTED:
            curated.setdefault(fact.kind, []).extend((s.start, s.end) for s in fact.evidence)

    def twin(fact: Fact) -> bool:
        return (
            fact.kind in curated
            and fact.method is Method.EXTRACTED
            and any(
                a.start < end and start < a.end
                for a in fact.evidence
                for start, end in curated[fact.kind]
            )
        )

    dropped = [fact for fact in extraction.facts if twin(fact)]
    if not dropped:
        return
    kept = [fact for fact in extraction.facts if not twin(fact)]
    cited = {value for fact in kept for _, value in fact.values}
    speakers = {v for fact in dropped for p, v in fact.values if p == NG.speaker} - cited
    extraction.facts = [
        fact for fact in kept if fact.iri not in speakers or fact.method is not Method.EXTRACTED
    ]


__all__ = ["drop_curated_twins"]
