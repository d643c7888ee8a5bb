"""Benchmark: what relinking costs after one report is added, against linking from scratch.

Run: ``.venv/bin/python bench/recurrence_relink.py --sizes 10,100 [--workers 2]``.
For each N it writes N synthetic reports (``bench/synthetic_reports.py``), builds them
without linking, links once (the first link: every issue is new), then adds one more
synthetic report (loaded without linking) and links again, timing that link alone: it
should cost in proportion to the added report, not to the N already linked. For
comparison it then links the same store once more with the grouping index forgotten
(a link that rebuilds everything), and says whether that wrote the same triples.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import write_corpus
from bench.synthetic_reports import synthetic_report
from normgraph.build import build_corpus, link
from normgraph.config import Settings
from normgraph.graph import GraphStore, open_store
from normgraph.namespaces import RECURRENCE_GRAPH
from normgraph.recurrence import LinkOutcome
from normgraph.recurrence_blocks import triple_key
from normgraph.recurrence_index import forget


def timed_link(store: GraphStore) -> tuple[float, float, LinkOutcome]:
    wall, cpu = time.perf_counter(), time.process_time()
    outcome = link(store)
    return time.perf_counter() - wall, time.process_time() - cpu, outcome


def line(label: str, wall: float, cpu: float, outcome: LinkOutcome) -> str:
    how = outcome.index.how if outcome.index else "?"
    return (
        f"  {label:<34} {wall:7.2f} s wall {cpu:7.2f} s CPU; {outcome.issues} issues, "
        f"{outcome.changed} nodes changed, index {how}, "
        f"{'written' if outcome.written else 'NOT written'}"
    )


def run(count: int, workers: int, root: Path) -> None:
    corpus, location = root / f"corpus-{count}", root / f"store-{count}"
    write_corpus(corpus, count)
    settings = Settings(build_workers=workers)
    with open_store(location) as store:
        build_corpus(store, corpus, settings=settings, relink=False)
        print(f"N={count}", flush=True)
        print(line("first link", *timed_link(store)), flush=True)
        added = corpus / f"{count:05d}_synthetic.txt"
        added.write_text(synthetic_report(count), encoding="utf-8")
        build_corpus(store, corpus, settings=settings, relink=False)
        print(line("link after one report added", *timed_link(store)), flush=True)
        relinked = {triple_key(t) for t in store.read_graph(RECURRENCE_GRAPH)}
        forget(store)
        store.drop_graph(RECURRENCE_GRAPH)
        print(line("link from scratch (index forgotten)", *timed_link(store)), flush=True)
        scratch = {triple_key(t) for t in store.read_graph(RECURRENCE_GRAPH)}
        same = (
            "the same"
            if relinked == scratch
            else f"NOT the same ({len(relinked ^ scratch)} differ)"
        )
        print(f"  recurrence graph: {len(scratch)} triples, {same} after the relink", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10,100", help="Comma-separated N, e.g. 10,100.")
    parser.add_argument("--workers", type=int, default=Settings().build_workers)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="normgraph-relink-") as folder:
        for size in args.sizes.split(","):
            run(int(size), args.workers, Path(folder) / size)


if __name__ == "__main__":
    main()
