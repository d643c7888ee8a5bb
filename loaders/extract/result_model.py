"""What a results table holds once read (``result_rows``): cells with their exact spans,
rows (contestants, totals, sub-rows, lumped rows) and the table with its national
figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..text.source import Span


@dataclass(frozen=True)
class Cell:
    """A figure read from a row: value, exact span, and what was wrong with it, if anything."""

    value: Decimal
    span: Span
    problem: str | None = None


@dataclass
class ResultRow:
    """One contestant's (or one national figure's, or a total's) row."""

    name: str
    name_spans: list[Span]
    votes: Cell | None = None
    shares: list[tuple[str, Cell]] = field(default_factory=list)
    """Each percentage with its base ("valid", "cast", "" when the table does not say)."""
    seats: Cell | None = None
    parent: str | None = None
    """For a sub-row (a bloc's member list, an "of which" line): the row it belongs to."""
    group: str | None = None
    """The group heading a contestant is listed under ("Independent candidates:")."""
    acronym: str | None = None
    """The short name printed after the name ("Party of Action and Renewal (PAR)")."""
    second: ResultRow | None = None
    """The figures of a second column group (the second round printed beside the first,
    under a header naming the votes column twice)."""

    @property
    def share(self) -> Cell | None:
        """The first percentage: of valid votes when the table gives that base."""
        for base, cell in self.shares:
            if base == "valid":
                return cell
        return self.shares[0][1] if self.shares else None

    @property
    def spans(self) -> list[Span]:
        cells = [self.votes, self.seats, *(cell for _, cell in self.shares)]
        return [*self.name_spans, *(cell.span for cell in cells if cell is not None)]


@dataclass
class ResultTable:
    """Every row of a results stretch, sorted out."""

    rows: list[ResultRow] = field(default_factory=list)
    totals: list[ResultRow] = field(default_factory=list)
    sub_rows: list[ResultRow] = field(default_factory=list)
    others: list[ResultRow] = field(default_factory=list)
    """Rows lumping contestants together ("Other parties (7)"): not contestants."""
    national: dict[str, Cell] = field(default_factory=dict)
    heading: str = ""
    """The header's first column ("Candidate", "Party / bloc"): what the rows are."""

    def shares_read_as_votes(self) -> None:
        """A column of whole numbers that are all at most 100 and add up to 100 (within
        rounding) is the shares, not the votes ("Party  %  Seats" printed without decimals):
        the figure read as votes becomes the share, and a whole number read as a share after
        it becomes the seats."""
        rows = [row for row in self.rows if row.second is None]
        votes = [row.votes for row in rows]
        if len(rows) < 2 or len(rows) != len(self.rows) or any(cell is None for cell in votes):
            return
        values = [cell.value for cell in votes if cell is not None]
        values += [row.votes.value for row in self.others if row.votes is not None]
        if max(values) > 100 or not 98 <= sum(values) <= 102:
            return
        for row in rows:
            assert row.votes is not None
            later = [cell for _, cell in row.shares]
            if row.seats is None and len(later) == 1 and later[0].value == int(later[0].value):
                row.seats = later[0]
            row.shares, row.votes = [("", row.votes)], None


__all__ = ["Cell", "ResultRow", "ResultTable"]
