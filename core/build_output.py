"""What the build commands print: a progress bar with ETA, the summary tables, quarantined
facts, problems.

Kept apart from :mod:`normgraph.cli` so the command module stays a thin layer of options.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from .build import DocumentOutcome
from .recurrence import LinkOutcome
from .validation import Violation


class BuildBar:
    """A rich progress bar, one step per document."""

    def __init__(self, console: Console, errors: Console, total: int) -> None:
        self._console, self._errors = console, errors
        self._progress = Progress(
            TextColumn("{task.description:<28}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console,
        )
        self._task = self._progress.add_task("building", total=total)

    def __enter__(self) -> BuildBar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.update(self._task, description="done")
        self._progress.stop()

    def starting(self, path: Path) -> None:
        self._progress.update(self._task, description=path.name)

    def finished(self, outcome: DocumentOutcome) -> None:
        self._progress.advance(self._task)

    def linked(self, outcome: LinkOutcome) -> None:
        print_linked(self._console, self._errors, outcome)


def print_linked(console: Console, errors: Console, outcome: LinkOutcome) -> None:
    """One line on what the link stage computed, then its problems."""
    state = "written" if outcome.written else "[red]not written[/]"
    console.print(
        f"Recurrence: {outcome.issues} recurring issues, {outcome.memberships} memberships, "
        f"{outcome.findings} findings and {outcome.observed_assessments} observer assessments "
        f"linked, {outcome.inferred_assessments} inferred assessments ({state})"
    )
    index = outcome.index
    if index is not None:
        why = f" ({index.reason})" if index.reason else ""
        console.print(
            f"Grouping index {index.how}{why}: {index.added} recommendations added",
            highlight=False,
        )
        if index.unsaved:
            errors.print(f"[yellow]Grouping index not saved[/]: {index.unsaved}", highlight=False)
    print_quarantined(errors, "Recurrence", outcome.quarantined, "link(s)")
    print_violations(errors, outcome.violations)


def print_problems(errors: Console, outcome: DocumentOutcome) -> None:
    """A document's quarantined facts, error and SHACL results, on stderr."""
    print_quarantined(errors, outcome.file, outcome.quarantined)
    if outcome.genre_warning:
        errors.print(f"[yellow]{outcome.file}[/]: {outcome.genre_warning}", highlight=False)
    if outcome.error:
        errors.print(f"[red]{outcome.file}: not loaded[/]: {outcome.error}", highlight=False)
    if outcome.violations:
        state = "loaded with warnings" if outcome.written else "not loaded"
        errors.print(
            f"[red]{outcome.file}: {state}, {len(outcome.violations)} SHACL result(s)[/]",
            highlight=False,
        )
        print_violations(errors, outcome.violations)


def print_quarantined(
    errors: Console, name: str, quarantined: list[Violation], what: str = "fact(s)"
) -> None:
    """The facts (or links) left out, each with shape, message, focus and quote."""
    if quarantined:
        errors.print(
            f"[yellow]{name}: {len(quarantined)} {what} quarantined[/] "
            "(failed a blocking shape; left out, the rest was written)",
            highlight=False,
        )
        print_violations(errors, quarantined)


def print_violations(errors: Console, violations: list[Violation], limit: int = 20) -> None:
    """The first ``limit`` results, then how many more the report file holds."""
    for violation in violations[:limit]:
        errors.print(violation.describe(), highlight=False, markup=False)
    if len(violations) > limit:
        errors.print(f"... and {len(violations) - limit} more (see the report file)")


def summary_table(outcomes: list[DocumentOutcome]) -> Table:
    """One row per document read: its genre, triples, facts, violations and time."""
    table = Table(title="Build summary")
    table.add_column("document", no_wrap=True)
    table.add_column("genre", no_wrap=True)
    for column in ("triples", "facts", "extracted", "curated", "violations", "time"):
        table.add_column(column, justify="right")
    for o in outcomes:
        status = "[red]error[/]" if o.error else str(len(o.violations))
        table.add_row(
            o.file,
            o.genre or "?",
            str(o.triples),
            str(sum(o.facts_by_kind.values())),
            str(o.facts_by_method.get("extracted", 0)),
            str(o.facts_by_method.get("curated", 0)),
            status,
            f"{o.seconds:.1f}s",
        )
    return table


def kinds_table(outcomes: list[DocumentOutcome]) -> Table:
    """Facts by kind: one row per kind, one column per document (by its number)."""
    table = Table(title="Facts by kind")
    table.add_column("kind", no_wrap=True)
    for o in outcomes:
        table.add_column(o.document_id.split("_")[0], justify="right")
    kinds = sorted({kind for o in outcomes for kind in o.facts_by_kind})
    for kind in kinds:
        table.add_row(kind, *(str(o.facts_by_kind.get(kind, "")) for o in outcomes))
    return table
