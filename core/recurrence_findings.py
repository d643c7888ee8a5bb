"""Each report's findings, kept per report version between links beside the store.

A relink matches again every finding of the states an added or changed report regroups
(their weights and clusters moved), so it read them all from the store: about 500 a
report, 3 s of CPU for a state of 17 reports at 1,000 reports. A report's findings come
from its own document graphs (the assumption the grouping index makes of its
recommendations, :mod:`normgraph.recurrence_index`), so they change only with its version:
they are read from the store only for reports whose version is new, changed or unknown
(""), and saved a report to a file (``<store>.recurrence-findings/``, the file named after
the report and holding the version it was read at). A file that does not read, or of
another version, is read from the store again; other stores read from the store always.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from normgraph.graph import GraphStore

from .grouping import Item
from .namespaces import NG
from .recurrence_files import load_json, save_json
from .recurrence_index import _item, _item_row, beside
from .recurrence_read import read_items_of

FINDINGS_SUFFIX = ".recurrence-findings"


def findings_of(
    store: GraphStore, reports: Sequence[str], versions: Mapping[str, str]
) -> list[Item]:
    """The findings of ``reports`` (at ``versions``), in key order, as
    :func:`.recurrence_read.read_items_of` reads them: the kept ones of reports whose
    version they were read at, the others read from the store (and kept)."""
    folder = beside(store, FINDINGS_SUFFIX)
    found: list[Item] = []
    missing: list[str] = []
    for report in reports:
        kept = _kept(folder, report, versions.get(report, ""))
        if kept is None:
            missing.append(report)
        else:
            found += kept
    read = read_items_of(store, missing, NG.Finding) if missing else []
    if folder is not None and missing:
        _save(folder, missing, read, versions)
    return sorted(found + read, key=lambda item: item.key)


def _file(folder: Path, report: str) -> Path:
    return folder / (hashlib.blake2b(report.encode(), digest_size=16).hexdigest() + ".json.gz")


def _kept(folder: Path | None, report: str, version: str) -> list[Item] | None:
    """The findings kept for ``report`` at ``version``, or None (none kept, another
    version's, an unknown version, or a file that does not read)."""
    if folder is None or not version:
        return None
    data = load_json(_file(folder, report))
    if not isinstance(data, dict) or data.get("report") != report:
        return None
    if data.get("version") != version:
        return None
    try:
        return [_item(row) for row in data["items"]]
    except (KeyError, ValueError, TypeError):
        return None


def _save(
    folder: Path, reports: Sequence[str], read: Sequence[Item], versions: Mapping[str, str]
) -> None:
    """Keep the findings just read, a report to a file (reports of an unknown version are
    not kept: they are read again on every link)."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return
    by_report: dict[str, list[Item]] = {report: [] for report in reports}
    for item in read:
        by_report.setdefault(item.document, []).append(item)
    for report in reports:
        version = versions.get(report, "")
        if version:
            items = [_item_row(item) for item in by_report[report]]
            save_json(_file(folder, report), {"report": report, "version": version, "items": items})
