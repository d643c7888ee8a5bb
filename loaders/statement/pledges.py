"""Pledges an observer statement reports: each sentence in which an authority pledges or
publicly commits itself ("The Minister of Information, Mr. X has publicly pledged to end
intimidation against the news media") is a contestation statement endorsing a norm, with
its speaker (a named minister, the CEC or its chair, the government) and role.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import NG, local_name

from ..extract.actors import Actors, find_institutions
from ..extract.concepts import norm, norms_in, stance
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element

_PLEDGE = re.compile(r"\bpledge[sd]?\b|\bpublic commitment\b", re.I)


def add_pledges(
    extraction: Extraction, document: Document, report: Fact, actors: Actors
) -> list[Fact]:
    """One statement per pledge: a report that comes back to a pledge (the summary, the
    context, the recommendations) adds a quote to it as evidence, not a second pledge."""
    seen: dict[tuple[URIRef, frozenset[str]], Fact] = {}
    key = local_name(report.iri)
    for element, start, end, sentence in document.body_sentences():
        if not _PLEDGE.search(sentence):
            continue
        speaker = _speaker(actors, element, start, sentence)
        if speaker is None:
            continue
        agent, role = speaker
        slugs = norms_in(sentence) or [_pledge_norm(sentence)]
        again = seen.get((agent, frozenset(slugs)))
        if again is not None:
            again.evidence.extend(element.spans(start, end))
            continue
        fact = Fact(
            iri=mint("statement", key, "pledge", str(len(seen) + 1)),
            kind=NG.ContestationStatement,
            label=f"Pledge: {sentence[:70]}",
            evidence=element.spans(start, end),
        )
        fact.add(NG.speaker, agent)
        fact.add(NG.speakerRole, role)
        fact.add(NG.stance, stance("endorses"))
        fact.add(NG.quote, sentence)
        fact.add(NG.sourceReport, report.iri)
        for slug in slugs:
            fact.add(NG.norm, norm(slug))
        extraction.add(fact)
        seen[(agent, frozenset(slugs))] = fact
    return list(seen.values())


def _pledge_norm(sentence: str) -> str:
    if re.search(r"media|press|journalis", sentence, re.I):
        return "freedom-of-the-media"
    if re.search(r"results|publish", sentence, re.I):
        return "transparency"
    return "rule-of-law"


def _speaker(
    actors: Actors, element: Element, start: int, sentence: str
) -> tuple[URIRef, str | None] | None:
    """Who made the pledge: a named minister, the CEC (its chair) or the government."""
    named = re.search(r"Minister of Information,? Mr\. (?P<name>[A-Z]\w+ [A-Z]\w+)", sentence)
    if named:
        spans = element.spans(start + named.start("name"), start + named.end("name"))
        return actors.person(named.group("name"), spans), "Minister of Information"
    minister = re.search(r"Minister of Information", sentence)
    if minister:
        spans = element.spans(start + minister.start(), start + minister.end())
        return actors.get("Ministry of Information", "state-body", spans), "Minister of Information"
    cec = re.search(r"\bCEC(?: Chairperson| chair)?\b", sentence)
    if cec:
        spans = element.spans(start + cec.start(), start + cec.end())
        body = actors.get("Central Election Commission", "commission", spans, "central")
        role = (
            "Chairperson of the Central Election Commission"
            if " ch" in cec.group().lower()
            else None
        )
        return body, role or "Central Election Commission"
    for at, end, institution, name in find_institutions(sentence):
        if name == "Government":
            spans = element.spans(start + at, start + end)
            return actors.get(name, institution.kind, spans), "Government"
    return None


__all__ = ["add_pledges"]
