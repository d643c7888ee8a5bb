"""The facts of a numbered block of recommendations read from its structure alone
(:mod:`.recommendation_blocks`), the same in every genre that falls back on it: number,
whole text, order, the heading above (its category, and its addressees when it says "For
..." or "To ..."), priority where a heading ranks the items below it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD, local_name

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.furniture import without_note_markers
from ..text.model import Document
from .actors import Actors, find_institutions
from .concepts import topic, topic_for
from .priority_lists import referenced_priorities
from .recommendation_blocks import BlockItem, addressed, recommendation_block

_PROPER_NAME = re.compile(
    r"^\s*(?:(?:(?:addressed|directed|recommendations)\s+)?(?:to|for)\b|addressees?)\s*:?\s*"
    r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,8})\s*$",
    re.I,
)
"""An addressing heading's proper name ("Addressed to: the Prosecutor General")."""
_BOOLS = (Literal(True), Literal(False))
Asks = Callable[[str], list[tuple[int, int, str, str, str | None]]]
"""Who a text asks to act: start, end, name, kind and level of each addressee."""
Ranks = Callable[[str, bool | None], bool | None]
"""The priority a heading line gives the items below it, given the one before."""


def block_facts(
    extraction: Extraction,
    document: Document,
    report: tuple[URIRef, str],
    actors: Actors,
    block: list[BlockItem],
    readers: tuple[Asks, Ranks, Mapping[str, str]],
) -> list[Fact]:
    """A recommendation fact per item of ``block``, added to ``extraction``. ``report`` is
    the report's IRI and key; ``readers`` who a text asks to act, how a heading ranks, and
    the genre's topic words."""
    asks, ranks, words = readers
    facts: list[Fact] = []
    rank: bool | None = None
    for ordinal, item in enumerate((item for item in block if item.text), start=1):
        key = item.number
        if any(str(f.iri).endswith(f"/{key}") for f in facts):
            key = f"{item.number}-{ordinal}"  # numbered afresh under each heading
        text = without_note_markers(item.text, document.footnotes)
        fact = Fact(
            iri=mint("recommendation", report[1], key),
            kind=NG.Recommendation,
            label=f"Recommendation {key}",
            evidence=item.spans(document.source),
        )
        fact.add(NG.text, text).add(NG.sourceReport, report[0])
        fact.add(NG.order, Literal(ordinal, datatype=XSD.integer))
        fact.add(NG.number, item.number)
        for line in item.above:
            rank = ranks(line, rank)
        marked = item.priority if item.priority is not None else rank
        if marked is not None:
            fact.add(NG.priority, Literal(marked))
        heading = item.heading_text
        if heading:
            fact.add(NG.categoryHeading, heading)
        slug = topic_for(words, heading or "", text)
        if slug:
            fact.add(NG.topic, topic(slug))
        if addressed(heading):  # "For the Parliament": whom the items below address
            _address_heading(fact, document, item, actors)
        for start, end, name, kind, level in asks(text):
            spans = item.spans(document.source, start, end)
            addressee = actors.get(name, kind, spans, level)
            if (NG.addressee, addressee) not in fact.values:
                fact.add(NG.addressee, addressee)
        extraction.add(fact)
        facts.append(fact)
    _referenced_ranks(document, block, facts)
    return facts


def _referenced_ranks(document: Document, block: list[BlockItem], facts: list[Fact]) -> None:
    """Where nothing in the block ranks its items, a sentence outside it that names its
    priorities by number ("The network considers Rec. 01, Rec. 05 and Rec. 10 the most pressing")
    ranks them: the named ones are priorities, the others not."""
    items = [item for item in block if item.text]
    if not items or any((NG.priority, value) in fact.values for fact in facts for value in _BOOLS):
        return
    begin, end = items[0].lines[0][0], items[-1].lines[-1][1]
    inside = {id(e) for e in document.elements if e.pieces and begin <= e.pieces[0].start < end}
    chosen = referenced_priorities(document.elements, [item.number for item in items], inside)
    for item, fact in zip(items, facts, strict=True) if chosen else ():
        fact.add(NG.priority, Literal(item.number in chosen))


def _address_heading(fact: Fact, document: Document, item: BlockItem, actors: Actors) -> None:
    """The addressees a heading over the item names ("For the Parliament"): the institutions
    it names, else the proper name it gives ("Addressed to: the Prosecutor General"), a body
    the heading itself says is addressed, whatever its kind."""
    heading = item.heading_text or ""
    named = find_institutions(heading)
    for start, end, institution, name in named:
        spans = item.heading_spans(document.source, start, end)
        fact.add(NG.addressee, actors.get(name, institution.kind, spans, institution.level))
    proper = None if named else _PROPER_NAME.search(heading)
    if proper is not None:
        spans = item.heading_spans(document.source, proper.start("name"), proper.end("name"))
        fact.add(NG.addressee, actors.get(proper["name"], "state-body", spans))


def block_recommendations(
    extraction: Extraction,
    document: Document,
    report: Fact,
    actors: Actors,
    readers: tuple[Asks, Ranks, Mapping[str, str]],
    block: list[BlockItem] | None = None,
) -> list[Fact]:
    """The recommendations of the numbered block of the report's text, if it has one
    (``recommendation_block``, or ``block`` when given): a genre reader's fallback when it
    finds no section, or reads less of it than the block does (``better_block``)."""
    block = recommendation_block(document) if block is None else block
    key = local_name(report.iri)
    return block_facts(extraction, document, (report.iri, key), actors, block, readers)


def better_block(
    document: Document, numbers: Sequence[str | None], asks: Callable[[str], object]
) -> list[BlockItem] | None:
    """The numbered block, where it reads the list better than a section reader that found
    recommendations numbered ``numbers`` (None: unnumbered): more numbered items than the
    reader numbered, and no fewer items than it found. A reader that missed the list's
    label style ("Rec. 1", "1.1 (priority) ...") keeps a few items as unnumbered paragraphs
    or reads none of them; the block, which knows labels of any style, then reads them all.
    Every item of the block must ask something (``asks``): numbered conclusions the reader
    rightly left out are no better reading. None where the reader did as well."""
    if not numbers or all(numbers):
        return None  # the reader numbered every item it found
    block = recommendation_block(document)
    numbered = sum(1 for number in numbers if number)
    if len(block) <= numbered or len(block) < len(numbers):
        return None
    return block if all(asks(item.text) for item in block) else None


__all__ = ["better_block", "block_facts", "block_recommendations"]
