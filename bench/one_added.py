"""What one added or changed report costs in a new process, as ``normgraph add FILE`` pays it.

Run: ``.venv/bin/python bench/one_added.py STORE FILE...``. STORE is a linked store (pass a
copy: it is changed); each FILE is loaded (extracted in this process, written), then the
store is relinked, with the CPU seconds of each step of the link as
``bench/link_steps.py`` prints them, plus reading the saved blocks back; ``--detail`` also
prints parts of those steps (nested in them, so not added to "other"). Nothing is kept in
memory from an earlier link: the grouping index and the blocks are read from beside the
store, which is what a new process has. Compare CPU seconds: wall time on a shared machine
says more about the others.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import link_steps
from normgraph import recurrence, recurrence_delta
from normgraph.build import add_files
from normgraph.graph import open_store
from normgraph.recurrence_versions import report_versions

link_steps.STEPS["kept"] = "saved blocks read back"
DETAIL = {
    recurrence: {
        "statement_keys": "statement keys (kept per version)",
        "stored_links": "stored links (from the kept blocks)",
        "current_statements": "statements read (stale reports)",
        "resolve_all": "statements matched",
        "read_items_of": "recommendations/findings read",
        "findings_of": "findings read (kept per version)",
        "attached_findings": "findings matched",
        "read_evidence": "evidence read",
        "read_creators": "creators read",
        "validation_context": "validation context",
        "validate_graph": "SHACL",
    },
    recurrence_delta: {"_save": "blocks saved"},
}
"""Parts of the steps (``--detail``): by module, each function's label."""
detail: dict[str, float] = {}


def timed_part(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def part(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            detail[label] = detail.get(label, 0.0) + time.process_time() - started

    return part


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--detail", action="store_true", help="Also time parts of the steps.")
    args = parser.parse_args()
    if args.detail:
        for module, parts in DETAIL.items():
            for name, label in parts.items():  # a renamed function fails here, not silently
                setattr(module, name, timed_part(label, getattr(module, name)))
    for name in link_steps.STEPS:
        setattr(recurrence, name, link_steps.timed(name, getattr(recurrence, name)))
    wall, cpu = time.perf_counter(), time.process_time()
    with open_store(args.store) as store:
        outcomes = add_files(store, list(args.files), relink=False)
        loaded = time.process_time() - cpu
        linked = time.process_time()
        outcome = recurrence.link(store)
        link_cpu = time.process_time() - linked
        reports = len(report_versions(store))
    total_wall, total_cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {len(outcomes)} file(s) loaded: {loaded:.1f} s CPU; store of {reports} reports")
    link_steps.print_steps(None, link_cpu)
    print(f"  {'relink in all':<38} {link_cpu:8.2f} s CPU")
    print(f"  {'in all (load + relink)':<38} {total_cpu:8.2f} s CPU, {total_wall:.1f} s wall")
    print(f"  peak RSS {link_steps.rss_mb()[0]:,.0f} MB")
    for label, seconds in detail.items():
        print(f"    part: {label:<36} {seconds:8.2f} s CPU")
    how = outcome.index.how if outcome.index else "?"
    print(
        f"  index {how}; {outcome.changed} nodes changed, "
        f"{'written' if outcome.written else 'NOT written'}, {len(outcome.violations)} violations"
    )


if __name__ == "__main__":
    main()
