"""What ``normgraph build`` after editing one file costs in a new process, step by step.

Run: ``.venv/bin/python bench/new_process_build.py STORE CORPUS [--edit FILE] [--profile F]``.
STORE is a linked store built from CORPUS (pass copies: both are changed). ``--edit``
appends a sentence to that file of CORPUS first (a changed report). Runs the real command
(``normgraph build --corpus CORPUS --store STORE``, through its Typer app) in this process
and prints the wall and CPU seconds of its start-up (imports) and of each step: the files
hashed, the build records read, the reference graphs checked, the file extracted and
written, and the link's steps (as ``bench/one_added.py --detail`` names them, plus the
saved blocks read back). Files are extracted in this process (``NORMGRAPH_BUILD_WORKERS=1``,
as the command does for one changed file anyway), so that step is timed. ``--profile``
writes a cProfile with a CPU timer (it inflates pure-Python code: read the timers for
figures, the profile for where).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter(), time.process_time()

import argparse  # noqa: E402
import cProfile  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.process_cpu import cpu  # noqa: E402  (imports no part of normgraph)

spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
EDIT = "\nThe mission thanks its hosts for their co-operation during the visit.\n"


def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def step(*args: Any, **kwargs: Any) -> Any:
        wall, started = time.perf_counter(), cpu()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label][0] += time.perf_counter() - wall
            spent[label][1] += cpu() - started

    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--edit", type=Path, help="A file of CORPUS to append a sentence to.")
    parser.add_argument("--profile", type=Path, help="Write a cProfile (CPU timer) here.")
    args = parser.parse_args()
    if args.edit is not None:
        with (args.corpus / args.edit.name).open("a", encoding="utf-8") as text:
            text.write(EDIT)
    os.environ["NORMGRAPH_BUILD_WORKERS"] = "1"  # extraction timed here, not in a pool
    wall, started = time.perf_counter(), cpu()
    from normgraph import build, cli, group_cache, recurrence, recurrence_delta  # its imports
    from normgraph.grouping import Grouping

    spent["start-up: imports"] = [time.perf_counter() - wall, cpu() - started]
    wraps: list[tuple[Any, str, str]] = [
        (build, "corpus_files", "files listed"),
        (build, "build_key", "files hashed (build keys)"),
        (build, "read_records", "build records read"),
        (build, "load_reference_graphs", "reference graphs checked"),
        (build, "_extract_for_pool", "file extracted (text to N-Triples)"),
        (build, "forget", "old graph taken out"),
        (build, "_duplicate_of", "duplicate check"),
        (build, "write_records", "records written"),
        (build, "link", "link in all"),
        (recurrence, "kept", "link: saved blocks read back"),
        (recurrence, "report_versions", "link: report versions"),
        (recurrence, "updated_grouping", "link: grouping index (read + grouped)"),
        (recurrence, "attached_findings", "link: findings attached"),
        (recurrence, "resolved_statements", "link: statements resolved"),
        (recurrence, "changed_states", "link: changed states"),
        (recurrence, "read_evidence", "link: evidence read"),
        (recurrence, "read_creators", "link: creators read"),
        (recurrence, "link_blocks", "link: blocks rendered"),
        (recurrence, "block_delta", "link: blocks compared"),
        (recurrence, "validate_graph", "link: SHACL"),
        (recurrence, "validation_context", "link: validation context"),
        (recurrence, "write", "link: written"),
        (recurrence_delta, "_save", "link: blocks saved"),
        (group_cache, "groups", "link: issues (kept, or groups() grouped)"),
    ]
    for module, name, label in wraps:  # a renamed function fails here, not silently
        setattr(module, name, timed(label, getattr(module, name)))
    Grouping.groups = timed("link: groups() grouped", Grouping.groups)  # type: ignore[method-assign]
    command = ["build", "--corpus", str(args.corpus), "--store", str(args.store)]
    profile = cProfile.Profile(time.process_time) if args.profile else None
    wall, started = time.perf_counter(), cpu()
    if profile is not None:
        profile.enable()
    try:
        cli.app(command, standalone_mode=False)
    finally:
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)
    spent["command in all (after imports)"] = [
        time.perf_counter() - wall,
        cpu() - started,
    ]
    total = time.perf_counter() - STARTED[0], cpu() - STARTED[1]
    print(f"  {'step':<42} {'wall s':>8} {'CPU s':>8}")
    for label, (seconds, cpu_seconds) in spent.items():
        print(f"  {label:<42} {seconds:8.2f} {cpu_seconds:8.2f}")
    print(f"  {'process in all':<42} {total[0]:8.2f} {total[1]:8.2f}")


if __name__ == "__main__":
    main()
