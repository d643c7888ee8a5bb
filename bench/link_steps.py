"""Where a full link spends its CPU, step by step, on a copy of an unlinked store.

Run: ``.venv/bin/python bench/link_steps.py STORE [--drop] [--profile FILE] [--graph FILE]``.
STORE is linked in place (pass a copy: ``cp -a`` of a store ``bench/scale.py --keep``
left unlinked, with ``--link-up-to 0``, or of a linked one with ``--drop``). Prints the
CPU seconds of this process and of its workers in each step of
:func:`normgraph.recurrence.link` (the groups
read and formed, findings attached, statements resolved, evidence and creators read, blocks
rendered, the graph compared, validated and written), the link in all and per report, and
what it wrote. ``--graph`` writes the recurrence graph as sorted N-Triples, to compare two
versions' output; ``--profile`` a cProfile of the link. Compare CPU seconds of runs side by
side: on a shared machine wall time says more about the others than about the link.
"""

from __future__ import annotations

import argparse
import cProfile
import resource
import shutil
import sys
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.process_cpu import cpu
from normgraph import recurrence
from normgraph.graph import open_store
from normgraph.namespaces import RECURRENCE_GRAPH
from normgraph.recurrence_versions import report_versions

STEPS = {
    "report_versions": "report versions read",
    "updated_grouping": "grouping index (read + grouped)",
    "attached_findings": "findings attached (read + matched)",
    "resolved_statements": "statements resolved",
    "read_evidence": "evidence + creators read",
    "read_creators": "evidence + creators read",
    "link_blocks": "blocks rendered",
    "previous": "graph compared (read + delta)",
    "delta": "graph compared (read + delta)",
    "validated_in_batches": "validation context + SHACL",
    "write": "written",
}
spent: dict[str, float] = defaultdict(float)
memory: dict[str, tuple[float, float]] = {}
"""Per step, at its last end: (this process's peak RSS so far, its RSS then), in MB."""


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def step(*args: Any, **kwargs: Any) -> Any:
        started = cpu()
        try:
            return function(*args, **kwargs)
        finally:
            spent[STEPS[name]] += cpu() - started
            memory[STEPS[name]] = rss_mb()
            if tracemalloc.is_tracing():
                _held(STEPS[name])

    return step


def _held(label: str, top: int = 8) -> None:
    """What Python holds at a step's end (``--trace``): the lines that allocated most."""
    current, peak = tracemalloc.get_traced_memory()
    print(f"  after {label}: {current / 2**20:,.0f} MB held, peak {peak / 2**20:,.0f} MB")
    for stat in tracemalloc.take_snapshot().statistics("lineno")[:top]:
        print(f"      {stat.size / 2**20:8.1f} MB  {stat.traceback}")


def rss_mb() -> tuple[float, float]:
    """This process's peak resident set so far and its resident set now, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    now = pages * resource.getpagesize() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, now


def print_steps(reports: int | None, total: float) -> None:
    """Each step's CPU (and per report, given their number), with the peak RSS reached by
    its end."""
    for label in dict.fromkeys(STEPS.values()):
        peak, now = memory.get(label, (0.0, 0.0))
        each = f" ({spent[label] / reports:.3f} per report)" if reports else ""
        print(
            f"  {label:<38} {spent[label]:8.2f} s CPU{each}"
            f"; peak RSS {peak:,.0f} MB, {now:,.0f} MB at its end"
        )
    print(f"  {'other':<38} {total - sum(spent.values()):8.2f} s CPU")


def drop_links(path: Path) -> None:
    """Leave a linked store as an unlinked one: no recurrence graph, nothing kept beside."""
    with open_store(path) as store:
        if store.graph_exists(RECURRENCE_GRAPH):
            store.drop_graph(RECURRENCE_GRAPH)
    for kept in path.parent.glob(f"{path.name}.*.json.gz"):
        kept.unlink()
    for folder in path.parent.glob(f"{path.name}.recurrence-*"):  # blocks and findings kept
        if folder.is_dir():
            shutil.rmtree(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--profile", type=Path, help="Write a cProfile of the link here.")
    parser.add_argument(
        "--trace", action="store_true", help="Print what Python holds after each step (slow)."
    )
    parser.add_argument("--graph", type=Path, help="Write the recurrence graph here (sorted).")
    parser.add_argument(
        "--drop",
        action="store_true",
        help="First drop the recurrence graph and every cache beside the store (a first link).",
    )
    args = parser.parse_args()
    if args.drop:
        drop_links(args.store)
    for name in STEPS:
        setattr(recurrence, name, timed(name, getattr(recurrence, name)))
    if args.trace:
        tracemalloc.start()
    with open_store(args.store) as store:
        profile = cProfile.Profile() if args.profile else None
        started = cpu()
        if profile is not None:
            profile.enable()
        outcome = recurrence.link(store)
        if profile is not None:
            profile.disable()
            profile.dump_stats(str(args.profile))
        total = cpu() - started
        reports = len(report_versions(store))
        print_steps(reports, total)
        per = total / reports
        print(f"  {'link in all':<38} {total:8.1f} s CPU ({per:.3f} per report), {reports} reports")
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"  peak RSS {rss_mb()[0]:,.0f} MB (the largest worker's: {workers:,.0f} MB)")
        print(
            f"  wrote: {outcome.issues} issues, {outcome.memberships} memberships, "
            f"{outcome.findings} findings attached, {outcome.observed_assessments} statements "
            f"resolved, {outcome.inferred_assessments} inferred, {outcome.triples} triples, "
            f"{len(outcome.violations)} violations"
        )
        if args.graph is not None:
            lines = store.read_graph(RECURRENCE_GRAPH).serialize(format="nt").splitlines()
            args.graph.write_text("\n".join(sorted(set(lines))) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
