"""Benchmark: how long a corpus build takes, per stage and in all.

Run: ``.venv/bin/python bench/build_corpus.py [--corpus DIR] [--runs N]``. Prints the median
and spread of whole-build times into a fresh temporary store, and per-document extraction
(read, detect, extract, RDF, SHACL) wall and CPU times from the last run. Extraction runs
in ``NORMGRAPH_BUILD_WORKERS`` processes (default 2).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from normgraph.build import build_corpus
from normgraph.graph import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    totals = []
    outcomes = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            with open_store(Path(folder) / "store") as store:
                outcomes = build_corpus(store, args.corpus)
            totals.append(time.perf_counter() - started)
    print(
        f"corpus build, {args.runs} runs: median {statistics.median(totals):.2f}s "
        f"(min {min(totals):.2f}s, max {max(totals):.2f}s)"
    )
    print(f"{'document':<28} {'genre':<22} {'triples':>8} {'seconds':>8} {'CPU s':>8}")
    for outcome in outcomes:
        print(
            f"{outcome.file:<28} {outcome.genre or '?':<22} {outcome.triples:>8} "
            f"{outcome.seconds:>8.2f} {outcome.cpu_seconds:>8.2f}"
        )


if __name__ == "__main__":
    main()
