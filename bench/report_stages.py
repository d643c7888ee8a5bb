"""Benchmark: CPU per pipeline stage for one report, from its text to the store.

Run: ``.venv/bin/python bench/report_stages.py [FILE | --synthetic SEED] [--runs N]
[--profile STAGE | --sample]``. Without a file it times the corpus's ODIHR final report
(``002_78719f45d59fee38.txt``). Each run goes through the stages a worker and the writing
process take for one document (``normgraph.build``): read, genre, extract, resolve, RDF,
SHACL with quarantine, N-Triples hand-over, write into a fresh store, build record. The
machine is shared, so the figures are this process's CPU seconds (``time.process_time``),
the minimum and median over the runs, and the load average at the start is printed.
``--profile STAGE`` runs cProfile (timed by this process's CPU clock) over that stage (or
``all``) in the last run and prints the functions with the most cumulative and own time.
cProfile inflates code that makes many small calls several-fold; ``--sample`` instead
samples the stack every half millisecond of CPU (``SIGPROF``) over all runs and prints each
function's share of the samples (inclusive) and the lines most often on top: the shares
py-spy gives, without it.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_reports import synthetic_report
from normgraph.build import extract_document, settle_heap, validate_document
from normgraph.build_state import (
    Record,
    build_key,
    normalised_text_hash,
    report_identity,
    write_record,
)
from normgraph.document_triples import DocumentTriples
from normgraph.graph import open_store
from normgraph.graph.embedded import to_ntriples
from normgraph.loaders.rdf.triples import extraction_triples, source_iri
from normgraph.loaders.registry import loader_for
from normgraph.loaders.resolve.resolution import resolve
from normgraph.loaders.text.genres import read_genre
from normgraph.loaders.text.sentences import forget_sentences
from normgraph.loaders.text.source import read_source
from normgraph.namespaces import document_graph

STAGES = ("read", "genre", "extract", "resolve", "rdf", "shacl", "ntriples", "write", "record")
ODIHR_REPORT = Path("../shared/corpus/002_78719f45d59fee38.txt")


class Stopwatch:
    """Runs each stage, noting its CPU seconds, under cProfile when it is the one asked."""

    def __init__(self, profiled: str | None) -> None:
        self.seconds: dict[str, float] = {}
        self.profiled = profiled
        self.profile = cProfile.Profile(time.process_time)  # CPU, not wall: the machine is shared

    def run(self, stage: str, work: Callable[[], Any]) -> Any:
        watched = self.profiled in (stage, "all")
        cpu = time.process_time()
        if watched:
            self.profile.enable()
        value = work()
        if watched:
            self.profile.disable()
        self.seconds[stage] = time.process_time() - cpu
        return value


class Sampler:
    """A statistical profile: the stack every ``interval`` s of this process's CPU time."""

    def __init__(self, interval: float = 0.0005) -> None:
        self.interval = interval
        self.samples = 0
        self.inclusive: Counter[str] = Counter()
        self.on_top: Counter[str] = Counter()

    def _sample(self, _signal: int, frame: FrameType | None) -> None:
        self.samples += 1
        seen: set[str] = set()
        if frame is not None:
            self.on_top[f"{_where(frame)}:{frame.f_lineno}"] += 1
        while frame is not None:
            where = _where(frame)
            if where not in seen:
                seen.add(where)
                self.inclusive[where] += 1
            frame = frame.f_back

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def print(self, top: int) -> None:
        print(f"{self.samples} samples; share of samples in each function (inclusive)")
        for where, count in self.inclusive.most_common(top):
            print(f"{100 * count / max(self.samples, 1):5.1f}% {where}")
        print("lines most often on top of the stack")
        for where, count in self.on_top.most_common(top):
            print(f"{100 * count / max(self.samples, 1):5.1f}% {where}")


def _where(frame: FrameType) -> str:
    code = frame.f_code
    return f"{Path(code.co_filename).name}:{code.co_name}"


def one_run(path: Path, folder: Path, watch: Stopwatch) -> int:
    """Every stage once for ``path``, writing into a new store under ``folder``; the triples."""
    forget_sentences()  # a build meets each text once: no sentences remembered from the last run
    source = watch.run("read", lambda: read_source(path))
    reading = watch.run(
        "genre", lambda: (normalised_text_hash(source.text), read_genre(source.text))[1]
    )
    loader = loader_for(reading.genre)
    raw = watch.run("extract", lambda: loader.extract(source))
    extraction = watch.run("resolve", lambda: resolve(raw))
    written = watch.run(
        "rdf", lambda: DocumentTriples(extraction_triples(source, extraction, loader.name))
    )
    _, kept = watch.run("shacl", lambda: validate_document(written))
    ntriples = watch.run(
        "ntriples", lambda: (report_identity(kept, source_iri(source)), to_ntriples(kept))[1]
    )
    with open_store(folder / "store") as store:
        watch.run("write", lambda: store.replace_graph_ntriples(document_graph("r"), ntriples))

        def record() -> None:
            key = build_key(path)
            text_hash = normalised_text_hash(source.text)
            write_record(store, Record("r", path.name, key, text_hash, len(kept)))

        watch.run("record", record)
    return len(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path, nargs="?", default=ODIHR_REPORT)
    parser.add_argument("--synthetic", type=int, metavar="SEED", help="a synthetic report")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=(*STAGES, "all"), help="cProfile one stage")
    parser.add_argument("--sample", action="store_true", help="a sampled profile of all runs")
    parser.add_argument("--top", type=int, default=30, help="functions the profile lists")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} / {os.getloadavg()[1]:.1f} (1 / 5 min)")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = args.file
        if args.synthetic is not None:
            path = folder / f"{args.synthetic:05d}_synthetic.txt"
            path.write_text(synthetic_report(args.synthetic), encoding="utf-8")
        extract_document(path)  # imports, parsed shapes and vocabularies: once per process
        settle_heap()  # as a build's worker does after its first document
        runs: list[dict[str, float]] = []
        triples = 0
        sampler = Sampler()
        for number in range(args.runs):
            last = number == args.runs - 1
            watch = Stopwatch(args.profile if last else None)
            if args.sample:
                with sampler:
                    triples = one_run(path, folder / str(number), watch)
            else:
                triples = one_run(path, folder / str(number), watch)
            runs.append(watch.seconds)
    print(f"{path.name}: {triples} triples, {args.runs} runs, CPU seconds")
    print(f"{'stage':<10} {'min':>7} {'median':>7}")
    for stage in (*STAGES, "total"):
        values = [sum(r.values()) if stage == "total" else r[stage] for r in runs]
        print(f"{stage:<10} {min(values):>7.3f} {statistics.median(values):>7.3f}")
    if args.sample:
        sampler.print(args.top)
    if args.profile:
        stats = pstats.Stats(watch.profile)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
