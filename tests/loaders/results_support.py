"""Builders shared by the results-reader tests: a report fact with its elections, the
results read from a text, a results table and its rows' figures, one value of a fact."""

from __future__ import annotations

from rdflib import Literal, URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.elections import date_value, election_fact
from normgraph.loaders.extract.report_results import add_report_results
from normgraph.loaders.extract.result_blocks import national_blocks, result_blocks
from normgraph.loaders.extract.result_rows import ResultTable, read_result_rows
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG


def report_fact(extraction: Extraction, *elections: tuple[str, str]) -> Fact:
    report = Fact(iri=mint("report", "test"), kind=NG.Report, label="test")
    for kind, when in elections:
        year, month, day = (int(part) for part in when.split("-"))
        fact = election_fact("XX", "Testland", kind, date_value(year, month, day))
        extraction.add(fact)
        report.add(NG.election, fact.iri)
    extraction.add(report)
    return report


def results_of(text: str, *elections: tuple[str, str]) -> tuple[Extraction, dict[str, list[Fact]]]:
    extraction = Extraction()
    report = report_fact(extraction, *elections)
    source = SourceText("t", "t.txt", text)
    facts = add_report_results(extraction, source, report, Actors(extraction, "xx"))
    by_name: dict[str, list[Fact]] = {}
    for fact in facts:
        by_name.setdefault(str(fact.label), []).append(fact)
    return extraction, by_name


def read_table(text: str) -> ResultTable:
    """The results table read from the whole of ``text``."""
    return read_result_rows(SourceText("t", "t.txt", text), 0, len(text))


def row_figures(table: ResultTable) -> dict[str, tuple[object, object, object]]:
    """Each row's votes, share and seats by its name (None where one is missing)."""
    return {
        row.name: (
            row.votes.value if row.votes else None,
            row.share.value if row.share else None,
            row.seats.value if row.seats else None,
        )
        for row in table.rows
    }


def block_rows(text: str) -> dict[str, tuple[object, object, object]]:
    """Each row's votes, share and seats by its name, over the national results tables
    ``result_blocks`` finds in ``text``."""
    blocks = national_blocks(result_blocks(SourceText("t", "t.txt", text)))
    rows: dict[str, tuple[object, object, object]] = {}
    for block in blocks:
        rows.update(row_figures(block.table))
    return rows


def value_of(fact: Fact, prop: URIRef) -> object:
    found = [v for p, v in fact.values if p == prop]
    return (
        found[0].toPython()
        if found and isinstance(found[0], Literal)
        else found[0]
        if found
        else None
    )
