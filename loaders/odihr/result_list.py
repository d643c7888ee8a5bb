"""Result facts from an ODIHR results annex laid out as a list of contestants: the
annex's stretches of the report (from an "ANNEX ... RESULTS" heading to the next heading
outside it), one table per round or per national table, each made into facts by
``extract.result_facts``.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ..extract.actors import Actors
from ..extract.result_blocks import national_blocks, result_blocks, round_named
from ..extract.result_facts import Contest, Note, add_table_results
from ..extract.result_rows import ResultTable, read_result_rows
from ..extract.result_stacked import read_stacked
from ..rdf.facts import Extraction, Fact
from ..text.document import Document, ElementKind, Section


def results_stretches(document: Document) -> list[tuple[int, int]]:
    """Source offsets of each results annex: from its heading to the next heading that is
    not inside it. A region-by-candidate matrix (tab rows under a "Region" header) is read
    by ``odihr_results`` and left out here."""
    stretches = []
    headings = [e for e in document.elements if e.kind is ElementKind.HEADING]
    for section in document.sections():
        if not _is_results_annex(section) or section.heading is None:
            continue
        inside = {id(s) for s in section.walk()}
        start = section.heading.pieces[-1].end
        later = [
            h.pieces[0].start
            for h in headings
            if h.pieces[0].start > start and id(h.section) not in inside
        ]
        stretches.append((start, min(later, default=len(document.source.text))))
    return stretches


def _is_results_annex(section: Section) -> bool:
    titles = [s.title for s in section.path]
    return (
        bool(re.search(r"\bresults?(?![a-z])", titles[-1], re.I))
        and any(re.match(r"\s*(?:ANNEX|APPENDIX)", title, re.I) for title in titles)
    ) or bool(re.match(r"\s*(?:ANNEX|APPENDIX)\b.*\bRESULTS?(?![a-z])", titles[0], re.I))


def add_list_results(
    extraction: Extraction,
    document: Document,
    election: URIRef,
    actors: Actors,
    note: Note,
    known: dict[str, URIRef] | None = None,
) -> list[Fact]:
    """Facts for every results annex laid out as a list (else for every results table in
    the report, see ``result_blocks``); ``known`` maps a candidate's surname to the actor
    the body introduced."""
    source = document.source
    tables: list[tuple[ResultTable, int | None]] = []
    for start, end in results_stretches(document):
        blocks = result_blocks(source, start, end)
        kept = national_blocks(blocks)
        heading = source.text[:start].rsplit("\n", 1)[-1]
        rounds = any(block.round for block in kept)
        if len(blocks) > 1 and (rounds or len(kept) < len(blocks)):
            # one table per round, or national tables beside a constituency's or a tier's:
            # national figures from the whole annex, rows per national table
            national = read_result_rows(source, start, end).national
            tables.append((ResultTable(national=national), None))
            tables += [(block.table, (block.round or 1) if rounds else None) for block in kept]
        else:
            # an annex per round: its heading names the round (national figures stay the
            # election's, as above); a table left one cell per line is read as such
            stacked = read_stacked(source, start, end)
            table = stacked.table if stacked else read_result_rows(source, start, end)
            number = round_named(heading)
            if number and table.national:
                tables.append((ResultTable(national=table.national), None))
            tables.append((table, number))
    if not tables:
        blocks = national_blocks(result_blocks(source))
        tables = [(block.table, block.round) for block in blocks]
    facts: list[Fact] = []
    seen: set[URIRef] = set()
    for table, number in tables:
        contest = Contest(election, number)
        facts += add_table_results(extraction, table, contest, actors, note, known or {}, seen)
    return facts


__all__ = ["Contest", "add_list_results", "results_stretches"]
