"""The results annex: national figures, each candidate's votes and share, votes per region.

Figures are read cell by cell, so each keeps its exact span. The table is then checked
against itself (columns sum to the total row, the total row to the valid votes, shares
match votes, turnout matches participation) and against the body text (a figure the
annex states that the body gives differently). Every inconsistency or malformed figure
("1,6970", a decimal comma) becomes a ``DataQualityNote`` with its evidence; the best
reading is still loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD

from ..extract.elections import election_key
from ..extract.result_facts import ResultNotes
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element, ElementKind
from ..text.source import Span

_WELL_FORMED_INT = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_NATIONAL = {
    NG.registeredVoters: r"registered voters|voters (?:on|in) the (?:voter )?lists?",
    NG.mobileVotes: r"mobile",
    NG.invalidVotes: r"invalid",
    NG.validVotes: r"valid votes|valid ballots",
    NG.votersParticipated: r"voters (?:who )?(?:participated|took part|voted)|ballots cast",
    NG.turnout: r"turnout",
}


@dataclass
class Figure:
    """A number read from a cell: its value, whether it was malformed and why."""

    value: Decimal
    span: Span
    problem: str | None = None


def read_figure(span: Span) -> Figure | None:
    """The best reading of a cell; a malformed one is read and its problem named."""
    raw = span.quote.strip().rstrip("%").strip()
    if not re.fullmatch(r"[\d.,]+", raw):
        return None
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        return Figure(Decimal(raw.replace(",", ".")), span, "decimal comma instead of a point")
    if "." in raw and re.fullmatch(r"\d+\.\d+", raw):
        return Figure(Decimal(raw), span)
    if _WELL_FORMED_INT.match(raw):
        return Figure(Decimal(raw.replace(",", "")), span)
    digits = raw.replace(",", "").replace(".", "")
    return Figure(Decimal(digits), span, "misplaced thousands separator")


@dataclass
class Annex:
    national: dict[URIRef, Figure] = field(default_factory=dict)
    candidates: list[str] = field(default_factory=list)
    header: list[Span] = field(default_factory=list)
    regions: list[tuple[Span, list[tuple[Figure, Figure | None]]]] = field(default_factory=list)
    total: list[tuple[Figure, Figure | None]] = field(default_factory=list)
    total_span: Span | None = None


def read_annex(document: Document) -> Annex | None:
    """The results tables of the report's results annex, if it has one."""
    sections = [s for s in document.find_sections(r"\bresults\b") if "ANNEX" in s.title.upper()]
    tables = [e for s in sections for e in s.all_elements() if e.kind is ElementKind.TABLE]
    if not tables:
        return None
    annex = Annex()
    for table in tables:
        _read_table(table, annex)
    # national figures alone ("Invalid ballots   21,354" under a list of contestants) make
    # no region-by-candidate matrix: such an annex is read as a list (``result_list``)
    return annex if annex.regions else None


def _read_table(table: Element, annex: Annex) -> None:
    for row in table.rows:
        cells = row.cells
        label = cells[0].quote
        if len(cells) == 2:
            for prop, pattern in _NATIONAL.items():
                if re.search(pattern, label, re.I) and prop not in annex.national:
                    figure = read_figure(cells[1])
                    if figure is not None:
                        annex.national[prop] = figure
                    break
            continue
        if not annex.candidates and re.search(r"region|oblast|district|constituency", label, re.I):
            annex.candidates = [re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.\s*", "", c.quote) for c in cells[1:]]
            annex.header = cells[1:]
            continue
        figures = [read_figure(cell) for cell in cells[1:]]
        if not annex.candidates or any(f is None for f in figures):
            continue
        readings = [f for f in figures if f is not None]
        pairs: list[tuple[Figure, Figure | None]]
        if len(readings) == 2 * len(annex.candidates):
            pairs = [(readings[i], readings[i + 1]) for i in range(0, len(readings), 2)]
        elif len(readings) == len(annex.candidates):
            pairs = [(f, None) for f in readings]
        else:
            continue
        if re.fullmatch(r"total", label.strip(), re.I):
            annex.total, annex.total_span = pairs, row.span
        else:
            annex.regions.append((cells[0], pairs))


def _number(value: Decimal, percent: bool = False) -> Literal:
    if percent:
        return Literal(str(value), datatype=XSD.decimal)
    return Literal(int(value), datatype=XSD.integer)


def add_results(
    extraction: Extraction,
    document: Document,
    election: URIRef,
    candidate_iri: dict[str, URIRef],
) -> Fact | None:
    """Result facts for the annex (if any) and a note for every inconsistency found."""
    minted = election_key(election)
    country = minted.state
    annex = read_annex(document)
    if annex is None:
        return None
    key = minted.path
    notes = ResultNotes(extraction, key)
    result = Fact(iri=mint("result", key), kind=NG.ElectionTotals, label=f"Results {key}")
    result.add(NG.election, election)
    for prop, figure in annex.national.items():
        result.add(prop, _number(figure.value, prop == NG.turnout))
        result.evidence.append(figure.span)
        if figure.problem:
            notes.add(
                result.iri,
                "malformed-number",
                f"malformed figure: {figure.problem}",
                [figure.span],
            )
    if not result.evidence and annex.total_span:
        result.evidence.append(annex.total_span)
    if not result.evidence:
        return None
    extraction.add(result)
    shares_base = annex.national.get(NG.validVotes)
    _regions(extraction, annex, country)
    for index, name in enumerate(annex.candidates):
        iri = candidate_iri.get(name.split()[-1]) or mint("person", name)
        if annex.total:
            votes, share = annex.total[index]
            fact = Fact(iri=mint("result", key, name), kind=NG.CandidateResult, label=name)
            fact.evidence += [annex.header[index], votes.span] + ([share.span] if share else [])
            fact.add(NG.election, election).add(NG.candidate, iri)
            fact.add(NG.votes, _number(votes.value))
            if share:
                fact.add(NG.voteShare, _number(share.value, percent=True))
            extraction.add(fact)
            _check_column(notes, fact.iri, annex, index, votes)
        for region, pairs in annex.regions:
            votes, share = pairs[index]
            fact = Fact(iri=mint("result", key, region.quote, name), kind=NG.CandidateResult)
            fact.label = f"{name}, {region.quote}"
            fact.evidence += [region, votes.span] + ([share.span] if share else [])
            fact.add(NG.election, election).add(NG.candidate, iri)
            fact.add(NG.region, region_iri(country, region.quote)).add(
                NG.votes, _number(votes.value)
            )
            if share:
                fact.add(NG.voteShare, _number(share.value, percent=True))
            extraction.add(fact)
            for cell in (votes, share):
                if cell is not None and cell.problem:
                    notes.add(
                        fact.iri,
                        "malformed-number",
                        f"malformed figure: {cell.problem}",
                        [cell.span],
                    )
            if share and shares_base:
                _check_share(notes, fact.iri, votes, share, shares_base)
        if annex.total and annex.total[index][1] and shares_base:
            votes, share = annex.total[index]
            assert share is not None
            _check_share(notes, mint("result", key, name), votes, share, shares_base)
    _check_totals(notes, result.iri, annex)
    _check_body(notes, result.iri, annex, document)
    return result


def region_iri(country: str, name: str) -> URIRef:
    return mint("region", country, name)


def _regions(extraction: Extraction, annex: Annex, country: str) -> None:
    for cell, _ in annex.regions:
        fact = Fact(iri=region_iri(country, cell.quote), kind=NG.Region, label=cell.quote)
        fact.evidence.append(cell)
        extraction.add(fact.add(NG.country, mint("state", country)))


def _check_column(
    notes: ResultNotes, about: URIRef, annex: Annex, index: int, total: Figure
) -> None:
    if not annex.regions:
        return
    column = sum(pairs[index][0].value for _, pairs in annex.regions)
    if column != total.value:
        notes.add(
            about,
            "sum-mismatch",
            f"regional votes sum to {column}, the total row says {total.value}",
            [total.span, *(pairs[index][0].span for _, pairs in annex.regions)],
        )


def _check_share(
    notes: ResultNotes, about: URIRef, votes: Figure, share: Figure, base: Figure
) -> None:
    computed = votes.value * 100 / base.value if base.value else Decimal(0)
    if abs(computed - share.value) > Decimal("0.01"):
        notes.add(
            about,
            "share-mismatch",
            f"share {share.value}% does not match {votes.value} of {base.value} "
            f"valid votes ({computed:.2f}%)",
            [votes.span, share.span, base.span],
        )


def _check_totals(notes: ResultNotes, about: URIRef, annex: Annex) -> None:
    valid = annex.national.get(NG.validVotes)
    if annex.total and valid:
        summed = sum(votes.value for votes, _ in annex.total)
        if summed != valid.value:
            notes.add(
                about,
                "sum-mismatch",
                f"candidates' votes sum to {summed}, valid votes are {valid.value}",
                [valid.span, *(v.span for v, _ in annex.total)],
            )
    registered = annex.national.get(NG.registeredVoters)
    voted = annex.national.get(NG.votersParticipated)
    turnout = annex.national.get(NG.turnout)
    if registered and voted and turnout and registered.value:
        computed = voted.value * 100 / registered.value
        if abs(computed - turnout.value) > Decimal("0.01"):
            notes.add(
                about,
                "share-mismatch",
                f"turnout {turnout.value}% does not match {voted.value} of "
                f"{registered.value} ({computed:.2f}%)",
                [registered.span, voted.span, turnout.span],
            )
    for part in (NG.validVotes, NG.mobileVotes, NG.invalidVotes):
        figure = annex.national.get(part)
        if figure and voted and figure.value > voted.value:
            notes.add(
                about,
                "sum-mismatch",
                f"{figure.span.quote} exceeds the number who voted",
                [figure.span, voted.span],
            )


def _check_body(notes: ResultNotes, about: URIRef, annex: Annex, document: Document) -> None:
    """A national figure the body states differently: the same magnitude, other digits."""
    for prop in (NG.registeredVoters, NG.votersParticipated, NG.validVotes):
        figure = annex.national.get(prop)
        if figure is None or figure.value < 1000:
            continue
        for element in document.elements:
            if element.kind is ElementKind.TABLE:
                continue
            for match in re.finditer(r"\b\d{1,3}(?:,\d{3}){2,}\b", element.text):
                value = Decimal(match.group().replace(",", ""))
                close = abs(value - figure.value) <= figure.value / 2000
                if close and value != figure.value and _same_measure(element.text, match, prop):
                    notes.add(
                        about,
                        "source-discrepancy",
                        f"the annex gives {figure.span.quote}, the body {match.group()}",
                        [figure.span, *element.spans(*match.span())],
                    )


def _same_measure(text: str, match: re.Match[str], prop: URIRef) -> bool:
    window = text[max(0, match.start() - 200) : match.end() + 60]
    if prop == NG.registeredVoters:
        return bool(re.search(r"registered|voter lists?|eligible voters", window))
    return bool(re.search(r"voted|valid|turnout|took part", window))
