"""What one added or changed report costs in a new process, as ``normgraph add FILE`` pays it.

Run: ``.venv/bin/python bench/one_added.py STORE FILE...``. STORE is a linked store (pass a
copy: it is changed); each FILE is loaded (extracted in this process, written), then the
store is relinked, with the CPU seconds of each step of the link as
``bench/link_steps.py`` prints them, plus reading the saved blocks back. Nothing is kept in
memory from an earlier link: the grouping index and the blocks are read from beside the
store, which is what a new process has. Compare CPU seconds: wall time on a shared machine
says more about the others.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import link_steps
from normgraph import recurrence
from normgraph.build import add_files
from normgraph.graph import open_store
from normgraph.recurrence_versions import report_versions

link_steps.STEPS["kept"] = "saved blocks read back"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
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
    how = outcome.index.how if outcome.index else "?"
    print(
        f"  index {how}; {outcome.changed} nodes changed, "
        f"{'written' if outcome.written else 'NOT written'}, {len(outcome.violations)} violations"
    )


if __name__ == "__main__":
    main()
