"""The build report: each document's outcome of the last build (violations, quarantined
facts, counts, genre) saved as JSON beside the store, for `normgraph validate` and the
report pages, and kept in step when single files are added or removed. Beside the store, not
under the folder a command is run from: a store built from elsewhere keeps its report, and
two stores do not share one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from normgraph.graph.endpoint_url import is_endpoint_url

from .validation import Violation

if TYPE_CHECKING:
    from .build import DocumentOutcome


REPORT_NAME = "build-report.json"
ENDPOINT_REPORTS = Path("data/reports")
"""Where a remote endpoint's build report goes when the settings name no folder."""


def report_file(store: str, reports_dir: Path | None = None) -> Path:
    """The build report of ``store`` (a folder or an endpoint URL): in ``reports_dir`` when
    the settings name one, else beside an embedded store.

    >>> report_file("/srv/graphs/store")
    PosixPath('/srv/graphs/store.build-report.json')
    >>> report_file("/srv/graphs/store", Path("/var/reports"))
    PosixPath('/var/reports/build-report.json')
    >>> report_file("http://localhost:7878/query")
    PosixPath('data/reports/build-report.json')
    """
    if reports_dir is not None:
        return reports_dir / REPORT_NAME
    if is_endpoint_url(store):
        return ENDPOINT_REPORTS / REPORT_NAME
    folder = Path(store).absolute()  # "." has no name to put the report's beside
    return folder.with_name(f"{folder.name}.{REPORT_NAME}")


def write_report(outcomes: list[DocumentOutcome], path: Path, *, keep_others: bool = False) -> Path:
    """Save the build's outcomes, violations and quarantine included, as JSON.

    A document skipped as unchanged keeps its entry from the previous report (its
    quarantine, counts and genre), marked ``unchanged``; with ``keep_others`` (adding or
    removing single files) the entries of the other documents stay too.
    """
    previous = {entry["file"]: entry for entry in _read_entries(path)}
    entries: dict[str, dict[str, object]] = dict(previous) if keep_others else {}
    for outcome in outcomes:
        entry = outcome.as_dict()
        if outcome.unchanged and outcome.file in previous:
            entry = {**previous[outcome.file], "unchanged": True, "triples": outcome.triples}
        entries[outcome.file] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            [entries[name] for name in sorted(entries)], indent=2, default=str, sort_keys=False
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def forget_in_report(names: list[str], path: Path) -> None:
    """Drop removed files' entries from the build report."""
    kept = [entry for entry in _read_entries(path) if entry.get("file") not in set(names)]
    if path.exists():
        path.write_text(json.dumps(kept, indent=2, default=str) + "\n", encoding="utf-8")


def _read_entries(path: Path) -> list[dict[str, Any]]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [entry for entry in entries if isinstance(entry, dict)]


def quarantined_facts(report: Path, document_id: str) -> list[Violation]:
    """The facts of one document left out of the store at its last build (for its page).

    Read from the build report ``report`` (see :func:`write_report`); empty when the file
    or the document is not there.
    """
    for entry in _read_entries(report):
        if entry.get("document_id") == document_id:
            return [Violation(**item) for item in entry.get("quarantined", [])]
    return []
