"""Benchmark: build N synthetic ODIHR-size reports and measure what issue 15 targets.

Run: ``.venv/bin/python bench/scale.py --sizes 10,100 [--workers 2] [--repeat 20]
[--states 12]``. For each N it writes N varied reports (``bench/synthetic_reports.py``:
over the 57 participating States, or the first ``--states``; 12 is the earlier benches'
draw, N/12 reports a State, the worst case for the link) into a temporary folder, builds
them into a fresh store, and prints: per-stage seconds (reference graphs, extraction pool
with writes, linking) with this process's resident set at each stage's end and its peak
so far, triples per second, store size on disk, peak RSS (this process
and the extraction workers), the time to rebuild after one report changed,
and the flagship query's (``recurring-unaddressed``) p50 embedded and through an
``oxigraph serve-read-only`` server the bench starts and stops. Where the link runs, it
also rebuilds after one more changed report in a new process (what ``normgraph build``
pays: nothing in memory).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_reports import STATES, synthetic_report
from normgraph.build import DocumentOutcome, build_corpus
from normgraph.config import Settings
from normgraph.graph import GraphStore, StoreError, open_store
from normgraph.lookup_pool import workers_cpu
from normgraph.queries.catalogue import run_saved_query
from normgraph.recurrence import LinkOutcome

FLAGSHIP = "recurring-unaddressed"


@dataclass
class StageClock:
    """Build progress that notes when each stage ends."""

    started: tuple[float, float] = field(default_factory=lambda: _now())
    first_document: tuple[float, float] | None = None
    last_document: tuple[float, float] | None = None
    linked_at: tuple[float, float] | None = None
    link: LinkOutcome | None = None
    link_workers_cpu: float = 0.0
    """CPU seconds of the link's matching workers (:mod:`normgraph.lookup_pool`)."""
    _workers_cpu_at_start: float = field(default_factory=workers_cpu)
    outcomes: list[DocumentOutcome] = field(default_factory=list)
    memory: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Per stage, as it ends: (peak RSS so far, RSS now) of this process, in MB."""
    store_threads: dict[str, float] = field(default_factory=dict)
    """Per stage, as it ends: CPU seconds of the store's background threads so far."""

    def starting(self, path: Path) -> None:
        if self.first_document is None:
            self.first_document = _now()
            self.memory["reference"] = rss_mb()
            self.store_threads["reference"] = store_threads_cpu()

    def finished(self, outcome: DocumentOutcome) -> None:
        self.last_document = _now()
        self.outcomes.append(outcome)
        self.memory["extract+write"] = rss_mb()
        self.store_threads["extract+write"] = store_threads_cpu()

    def linked(self, outcome: LinkOutcome) -> None:
        self.linked_at = _now()
        self.link = outcome
        self.link_workers_cpu = workers_cpu() - self._workers_cpu_at_start
        self.memory["link"] = rss_mb()

    def stages(self) -> list[tuple[str, float, float]]:
        """(stage, wall seconds, CPU seconds of this process) for each stage."""
        first = self.first_document or self.started
        last = self.last_document or first
        linked = self.linked_at or last
        marks = [("reference", self.started, first), ("extract+write", first, last)]
        marks.append(("link", last, linked))
        return [(name, b[0] - a[0], b[1] - a[1]) for name, a, b in marks]


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def write_corpus(folder: Path, count: int, states: int = len(STATES)) -> None:
    """N synthetic reports drawn from the first ``states`` States of the vocabulary."""
    folder.mkdir(parents=True)
    for seed in range(count):
        text = synthetic_report(seed, states=states)
        (folder / f"{seed:05d}_synthetic.txt").write_text(text, encoding="utf-8")


def timed_build(
    store: GraphStore, corpus: Path, settings: Settings, relink: bool
) -> tuple[float, StageClock]:
    clock = StageClock()
    build_corpus(store, corpus, progress=clock, settings=settings, relink=relink)
    return time.perf_counter() - clock.started[0], clock


_BUSIEST_COUNTRY = """
PREFIX ng: <https://w3id.org/normgraph/ontology#>
SELECT ?country (COUNT(*) AS ?members) WHERE {
  ?membership ng:issue ?issue ; ng:recommendation ?recommendation .
  ?recommendation ng:sourceReport ?report . ?report ng:election ?election .
  ?election ng:country ?country
} GROUP BY ?country ORDER BY DESC(?members) ?country LIMIT 1
"""


def flagship_values(store: GraphStore) -> dict[str, str]:
    """The flagship's parameters: the state with the most linked recommendations (the
    query's default state may hold no synthetic report, which times an empty answer)."""
    _, rows = store.select(_BUSIEST_COUNTRY)
    return {"country": str(rows[0]["country"])} if rows else {}


_STATUSES = """PREFIX ng: <https://w3id.org/normgraph/ontology#>
SELECT ?status (COUNT(*) AS ?n) WHERE { ?assessment a ng:ImplementationAssessment ;
  ng:status ?status FILTER NOT EXISTS { ?assessment a ng:InferredAssessment } } GROUP BY ?status"""
_JUDGED = """PREFIX ng: <https://w3id.org/normgraph/ontology#>
SELECT (SUM(IF(?done > 0, 1, 0)) AS ?judged) (COUNT(*) AS ?issues)
WHERE { ?issue ng:fullyImplementedCount ?done }"""


def judged(store: GraphStore) -> str:
    """The statements per status and the issues judged done, so that a figure of the
    flagship says what its "not done" had to leave out (a store with no statement of full
    implementation times none of it)."""
    _, rows = store.select(_STATUSES)
    statuses = ", ".join(f"{str(r['status']).rsplit('/', 1)[-1]} {r['n']}" for r in rows)
    _, counted = store.select(_JUDGED)
    issues = f"{counted[0]['judged']} of {counted[0]['issues']}" if counted else "none"
    return f"statements: {statuses or 'none'}; issues judged done: {issues}"


def p50(store: GraphStore, repeat: int, values: dict[str, str]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run_saved_query(store, FLAGSHIP, values)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


_REBUILD = """
import sys, time
from pathlib import Path
from normgraph.build import build_corpus
from normgraph.config import Settings
from normgraph.graph import open_store
started, cpu = time.perf_counter(), time.process_time()
with open_store(Path(sys.argv[1])) as store:
    build_corpus(store, Path(sys.argv[2]), settings=Settings(build_workers=1))
print(time.perf_counter() - started, time.process_time() - cpu)
"""


def rebuild_in_new_process(location: Path, changed: Path) -> tuple[float, float]:
    """Edit one report and rebuild in a new process, as a user does: nothing kept in
    memory, the grouping index and the link's blocks read from beside the store. Wall and
    CPU seconds of that process."""
    with changed.open("a", encoding="utf-8") as text:
        text.write("\nThe mission thanks the authorities for their invitation.\n")
    done = subprocess.run(
        [sys.executable, "-c", _REBUILD, str(location), str(changed.parent)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    wall, cpu = (float(part) for part in done.stdout.split()[-2:])
    return wall, cpu


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def remote_p50(location: Path, repeat: int, values: dict[str, str]) -> float:
    """The flagship p50 through a real Oxigraph server over the built store folder."""
    port = free_port()
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    server = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        url = f"http://127.0.0.1:{port}/query"
        with open_store(url, settings=Settings(endpoint=url)) as store:
            return p50(store, repeat, values)
    finally:
        server.terminate()
        server.wait(timeout=30)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def rss_mb() -> tuple[float, float]:
    """This process's peak resident set so far and its resident set now, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    now = pages * resource.getpagesize() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, now


def store_threads_cpu() -> float:
    """CPU seconds of this process's RocksDB threads (compactions and flushes of what the
    store ingested: part of the writing process's CPU that no Python profile shows)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for task in Path("/proc/self/task").iterdir():
        try:
            if not (task / "comm").read_text(encoding="ascii").startswith("rocksdb"):
                continue
            fields = (task / "stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except OSError:
            continue  # the thread ended meanwhile
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident set of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def say(line: str) -> None:
    """Print a figure as soon as it is measured (a large N runs for a long time)."""
    print(line, flush=True)


def run(
    count: int, workers: int, repeat: int, root: Path, relink: bool, server: bool, states: int
) -> None:
    corpus, location = root / f"corpus-{count}", root / f"store-{count}"
    write_corpus(corpus, count, states)
    settings = Settings(build_workers=workers)
    with open_store(location) as store:
        total, clock = timed_build(store, corpus, settings, relink)
        triples = sum(o.triples for o in clock.outcomes)
        loaded = sum(o.written for o in clock.outcomes)
        quarantined = sum(len(o.quarantined) for o in clock.outcomes)
        cpu = sum(o.cpu_seconds for o in clock.outcomes)
        say(
            f"N={count}: {loaded}/{count} reports loaded, {triples:,} document triples "
            f"({states} States)"
        )
        if not relink:
            say("  (link stage not run: N is over --link-up-to)")
        say(f"  build wall        {total:8.1f} s  ({total / count:.2f} s per report)")
        for name, wall, main_cpu in clock.stages():
            peak, now = clock.memory.get(name, (0.0, 0.0))
            say(
                f"    {name:<15} {wall:8.1f} s wall, {main_cpu:6.1f} s CPU in the main process"
                f" (RSS at its end {now:,.0f} MB, peak so far {peak:,.0f} MB)"
            )
            if name == "extract+write":
                threads = clock.store_threads
                background = threads.get(name, 0.0) - threads.get("reference", 0.0)
                say(f"      of which the store's background threads {background:6.1f} s CPU")
        say(
            f"  extraction CPU    {cpu:8.1f} s in {workers} worker(s) "
            f"({cpu / count:.2f} s per report)"
        )
        say(f"  link workers CPU  {clock.link_workers_cpu:8.1f} s (findings matched)")
        say(f"  triples/s         {triples / total:10,.0f}")
        say(f"  quarantined facts {quarantined:8d}")
        say_link(clock.link)
        say(f"  store on disk     {folder_size(location) / 1e6:8.1f} MB")
        changed = corpus / f"{count // 2:05d}_synthetic.txt"
        with changed.open("a", encoding="utf-8") as text:
            text.write("\nThe mission thanks its interlocutors for their co-operation.\n")
        cpu_before = time.process_time()
        incremental, again = timed_build(store, corpus, settings, relink)
        redone = sum(not o.unchanged for o in again.outcomes)
        say(
            f"  one changed report rebuilt in {incremental:.1f} s wall, "
            f"{time.process_time() - cpu_before:.1f} s CPU ({redone} extracted again)"
        )
        say_link(again.link)
        values = flagship_values(store)
        say(f"  judged            {judged(store)}")
        embedded = p50(store, repeat, values)
        say(f"  flagship p50      {embedded * 1000:8.1f} ms embedded ({repeat} runs, {values})")
    if relink:
        wall, cpu = rebuild_in_new_process(location, corpus / f"{count // 3:05d}_synthetic.txt")
        say(
            f"  one changed report rebuilt in a new process in {wall:.1f} s wall, "
            f"{cpu:.1f} s CPU (build_corpus after its imports; the whole `normgraph build` "
            "command: bench/new_process_build.py)"
        )
    with open_store(location, read_only=True) as reopened:  # closed (compacted) by the build
        embedded = p50(reopened, repeat, values)
    say(f"  flagship p50      {embedded * 1000:8.1f} ms embedded, reopened as `serve` opens it")
    if server:
        try:
            remote = remote_p50(location, repeat, values)
            say(f"  flagship p50      {remote * 1000:8.1f} ms server")
        except StoreError as error:  # over the remote store's query timeout: say so, go on
            say(f"  flagship p50      not measured through the server: {error}")
    own, children = peak_rss_mb()
    say(f"  peak RSS          {own:8.0f} MB (bench), {children:.0f} MB (largest worker)")


def say_link(outcome: LinkOutcome | None) -> None:
    """What a link wrote and what it left out: a link that writes nothing is a defect the
    figures beside it would hide."""
    if outcome is None:
        return
    blocking = sum(v.blocks for v in outcome.violations)
    say(
        f"  link              {outcome.issues} issues, {outcome.memberships} memberships, "
        f"{outcome.findings} findings, {outcome.changed} nodes changed; "
        f"{'written' if outcome.written else 'NOT WRITTEN'}, "
        f"{len(outcome.quarantined)} left out, {blocking} blocking result(s)"
    )
    for violation in [*outcome.quarantined, *outcome.violations][:5]:
        say("    " + violation.describe().replace("\n", "\n    "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10,100", help="Comma-separated N, e.g. 2,8,1000.")
    parser.add_argument("--workers", type=int, default=Settings().build_workers)
    parser.add_argument("--repeat", type=int, default=20, help="Flagship runs per median.")
    parser.add_argument(
        "--no-server", action="store_true", help="Skip the flagship p50 through a server."
    )
    parser.add_argument(
        "--link-up-to",
        type=int,
        default=10,
        help="Run the link stage only up to this N (its grouping grows faster than N).",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="Write the corpora and stores into this new folder and keep them (else a "
        "temporary folder, removed at the end).",
    )
    parser.add_argument(
        "--states",
        type=int,
        default=len(STATES),
        help="Draw the reports from this many States (default all 57; 12: the earlier "
        "benches' distribution, N/12 reports a State, the worst case for the link).",
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    if args.keep is not None:
        args.keep.mkdir(parents=True)
        for count in sizes:
            run(
                count,
                args.workers,
                args.repeat,
                args.keep,
                count <= args.link_up_to,
                not args.no_server,
                args.states,
            )
        return
    with tempfile.TemporaryDirectory() as folder:
        for count in sizes:
            relink = count <= args.link_up_to
            server = not args.no_server
            run(count, args.workers, args.repeat, Path(folder), relink, server, args.states)


if __name__ == "__main__":
    main()
