"""Complaint figures as facts: what ``complaint_figures`` reads in a sentence ("The CEC
received 64 complaints, of which 12 were upheld") becomes ``ng:ComplaintFigure`` facts,
the same for every genre (final reports, statements, programme reports). A part count
with its outcome ("of which 12 were upheld") is a figure of its own as well, and its words
join the evidence of the figure it breaks down (``_fold_part``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import Literal

from normgraph.namespaces import NG, XSD

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Sentence
from ..text.source import SourceText, Span
from .actors import Actors, find_institutions
from .complaint_cross_tables import cross_tables
from .complaint_figure_words import DISPUTE
from .complaint_figures import FigureReading, read_figures
from .complaint_tally_tables import tally_tables
from .concepts import outcome


def add_figures(
    extraction: Extraction,
    text: str,
    spans_of: Callable[[int, int], list[Span]],
    key: str,
    count: int,
    actors: Actors,
    carried: str | None,
    total: int | None = None,
    *,
    disputed: bool = False,
) -> tuple[list[Fact], str | None]:
    """Complaint figures of one sentence ``text`` (``spans_of`` gives the source spans of a
    stretch of it); ``carried`` is the body of the previous sentence's last figure, and
    ``total`` the count of its first (``figure_total``), for an "Of these, ..." or tally
    sentence; ``disputed``: the sentence stands under a heading about disputes
    (``add_sentence_figures``). Returns the facts and the body of the sentence's last figure."""
    found: list[Fact] = []
    whole: Fact | None = None
    readings = read_figures(text, carried, total, disputed=disputed)
    for reading in readings:
        if reading.part:
            _fold_part(whole, reading, spans_of)
            # "Of these, 14 were not examined": a part of the sentence before's figure, with
            # an outcome, is a figure of its own as one in the figure's sentence is
            before = whole is None and total is not None and reading.count < total
            if not before and (whole is None or _is_whole(whole, reading)):
                continue
            if not reading.outcome:
                continue
        if reading.count == 0:  # "No complaints were filed with ...": nothing to count
            continue
        fact = figure_fact(
            key, count + len(found) + 1, reading, text, spans_of(reading.start, reading.end), actors
        )
        extraction.add(fact)
        found.append(fact)
        whole = whole if reading.part else fact
    return found, readings[-1].body if readings else None


def figure_fact(
    key: str, number: int, reading: FigureReading, text: str, evidence: list[Span], actors: Actors
) -> Fact:
    """The ``ng:ComplaintFigure`` a reading states: its count, outcome, subject and the body
    it was filed with, evidenced by ``evidence``; ``text`` is the passage it was read from."""
    body = re.sub(r"^[Tt]he ", "", reading.body) if reading.body else None
    fact = Fact(
        iri=mint("complaint-figure", key, str(number)),
        kind=NG.ComplaintFigure,
        label=f"{reading.count} complaints" + (f" to {body}" if body else ""),
        evidence=evidence,
    )
    fact.add(NG.complaintCount, Literal(reading.count, datatype=XSD.integer))
    fact.add(NG.text, text)
    if reading.outcome:
        fact.add(NG.outcome, outcome(reading.outcome))
    if reading.subject:
        fact.add(NG.subjectMatter, reading.subject)
    for _, _, institution, name in find_institutions(body or ""):
        spans = fact.evidence[:1]
        if institution.name in ("Courts", "Lower courts"):
            name = "Lower courts" if re.search(r"district|city|regional", body or "") else "Courts"
        fact.add(NG.filedWith, actors.get(name, institution.kind, spans, institution.level))
    return fact


def add_tally_figures(
    extraction: Extraction, source: SourceText, key: str, count: int, actors: Actors
) -> list[Fact]:
    """A complaint figure per row of every table of complaints by outcome in ``source``
    (``complaint_tally_tables``) or by row and outcome column (``complaint_cross_tables``):
    each outcome's count, and the total."""
    found: list[Fact] = []
    for table in (*tally_tables(source.text), *cross_tables(source.text)):
        for row in table.rows:
            if row.count == 0:
                continue
            reading = FigureReading(
                row.count, 0, 0, row.body, None, row.outcome, subject=row.subject
            )
            span = source.span(row.start, row.end)
            fact = figure_fact(key, count + len(found) + 1, reading, span.quote, [span], actors)
            extraction.add(fact)
            found.append(fact)
    return found


def _fold_part(
    whole: Fact | None, part: FigureReading, spans_of: Callable[[int, int], list[Span]]
) -> None:
    """A part count ("of which 12 were upheld") breaks down the figure before it: its words
    join the figure's evidence, and a part that is the whole ("all 17 were rejected") gives
    the figure its outcome. A part with an outcome of its own is also a figure of its own
    (``add_figures``: 12 complaints upheld is a fact the report states); a part with no
    figure in its sentence ("Of these, nine were dismissed") adds nothing here."""
    if whole is None:
        return
    whole.evidence.extend(s for s in spans_of(part.start, part.end) if s not in whole.evidence)
    counts = {str(v) for p, v in whole.values if p == NG.complaintCount}
    known = any(p == NG.outcome for p, _ in whole.values)
    if part.outcome and not known and counts == {str(part.count)}:
        whole.add(NG.outcome, outcome(part.outcome))


def add_sentence_figures(
    extraction: Extraction,
    sentence: Sentence,
    key: str,
    count: int,
    actors: Actors,
    carried: str | None,
    total: int | None,
) -> tuple[list[Fact], str | None]:
    """``add_figures`` of a document's sentence, which knows the headings it stands under:
    under one about disputes ("Complaints and Appeals", "Election disputes") the
    applications a body received are complaints."""
    titles = " ".join(s.title for s in sentence.section.path) if sentence.section else ""
    disputed = DISPUTE.search(titles) is not None
    return add_figures(
        extraction,
        sentence.text,
        sentence.spans,
        key,
        count,
        actors,
        carried,
        total,
        disputed=disputed,
    )


def figure_total(figures: list[Fact]) -> int | None:
    """The count of the first figure a sentence gave: the whole a tally after it splits."""
    counts = [str(v) for p, v in figures[0].values if p == NG.complaintCount] if figures else []
    return int(counts[0]) if counts else None


def _is_whole(whole: Fact, part: FigureReading) -> bool:
    """Is the part the whole figure again ("all 17 were rejected")?"""
    return {str(v) for p, v in whole.values if p == NG.complaintCount} == {str(part.count)}


def add_document_figures(
    extraction: Extraction, document: Document, key: str, actors: Actors
) -> list[Fact]:
    """Every complaint figure of a document's sentences, in reading order."""
    figures: list[Fact] = []
    carried: str | None = None
    total: int | None = None
    for sentence in document.sentences():
        read, last_body = add_sentence_figures(
            extraction, sentence, key, len(figures), actors, carried, total
        )
        figures.extend(read)
        carried, total = (last_body, figure_total(read)) if read else (None, None)
    figures += add_tally_figures(extraction, document.source, key, len(figures), actors)
    return fold_repeats(extraction, figures)


def _values(fact: Fact, prop: object) -> set[str]:
    return {str(value) for p, value in fact.values if p == prop}


def fold_repeats(extraction: Extraction, figures: list[Fact]) -> list[Fact]:
    """One fact per figure a report states twice (the summary repeats the body's "214
    complaints"): a later figure with the same count and outcome, and bodies that overlap
    (or one names none), is folded into the first; its evidence is kept there. A tally by
    outcome told in the next sentence ("It rejected 15 as unfounded and upheld 2") is no
    repeat: each count is a figure of its own, with its outcome."""
    kept: list[Fact] = []
    dropped: set[int] = set()
    keys = {  # each figure's count, outcome and bodies, read once (not per pair)
        id(f): (_values(f, NG.complaintCount), _values(f, NG.outcome), _values(f, NG.filedWith))
        for f in figures
    }
    for figure in figures:
        count, verdict, bodies = keys[id(figure)]
        first = next(
            (
                fact
                for fact in kept
                if keys[id(fact)][0] == count
                and keys[id(fact)][1] == verdict
                and (not bodies or not keys[id(fact)][2] or bodies & keys[id(fact)][2])
            ),
            None,
        )
        if first is None or figure.kind != NG.ComplaintFigure or first.kind != figure.kind:
            kept.append(figure)
            continue
        first.evidence.extend(span for span in figure.evidence if span not in first.evidence)
        dropped.add(id(figure))
    if dropped:
        extraction.facts[:] = [fact for fact in extraction.facts if id(fact) not in dropped]
    return kept


__all__ = [
    "add_document_figures",
    "add_figures",
    "add_sentence_figures",
    "add_tally_figures",
    "figure_fact",
    "figure_total",
    "fold_repeats",
]
