"""One evaluative sentence as a finding: the fact every genre that judges sentence by
sentence (a programme report's context, a study's own judgements) mints the same way."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Fact
from ..text.source import Span
from .concepts import STATEMENT_TOPIC_WORDS, polarity, topic, topic_for


def sentence_finding(
    iri: URIRef, label: str, sentence: str, evidence: list[Span], report: URIRef, judged: str
) -> Fact:
    """A finding of ``report`` over ``sentence`` with polarity ``judged``; its topic from
    its words, else the political context."""
    fact = Fact(iri=iri, kind=NG.Finding, label=f"{label}: {sentence[:70]}", evidence=evidence)
    fact.add(NG.text, sentence)
    fact.add(NG.sourceReport, report)
    fact.add(NG.topic, topic(topic_for(STATEMENT_TOPIC_WORDS, sentence) or "political-context"))
    fact.add(NG.polarity, polarity(judged))
    return fact


__all__ = ["sentence_finding"]
