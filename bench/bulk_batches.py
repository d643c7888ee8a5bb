"""Benchmark: the CPU of writing N document graphs into a fresh store, by how many reports
each ``bulk_load`` takes (issue 15, the writing process's compactions).

Run: ``.venv/bin/python bench/bulk_batches.py DIR --export STORE --n 500`` once (one
N-Quads file per report in ``DIR``: the first N document graphs of a built store, e.g. a
``bench/scale.py --keep`` one, opened read-only), then
``.venv/bin/python bench/bulk_batches.py DIR --n 200 --per 1,10,50,200,0
[--between flush|optimize --every M]``; ``--per 0`` is one load of everything from one spooled
file. Each variant runs in a new process into a new store under ``--scratch``, and
prints the process's CPU (user + system, every thread: RocksDB's compactions included),
that of the store's background threads, the files on disk and the peak RSS, first when the
last load returns and again after the store is compacted (as the build does on closing)
and closed.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import store_threads_cpu

_RECORD = (
    "INSERT DATA {{ GRAPH <https://w3id.org/normgraph/graph/build> {{ "
    "<https://w3id.org/normgraph/graph/doc/{number}> <https://w3id.org/normgraph/ontology#sha256> "
    '"{number}" }} }}'
)


def process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load(files: list[Path], per: int, between: str, every: int, location: Path) -> None:
    """One variant, in this process: print its figures."""
    store = ox.Store(str(location))
    started, cpu = time.perf_counter(), process_cpu()
    if per == 0:
        spool = location.parent / f"{location.name}.nq"
        with spool.open("wb") as out:
            for path in files:
                out.write(path.read_bytes())
        store.bulk_load(path=str(spool), format=ox.RdfFormat.N_QUADS)
        spool.unlink()
    else:
        for number, first in enumerate(range(0, len(files), per), 1):
            body = b"".join(path.read_bytes() for path in files[first : first + per])
            store.bulk_load(body, format=ox.RdfFormat.N_QUADS)
            if number % every:
                continue
            if between == "record":  # a build record, as the build writes after each graph
                store.update(_RECORD.format(number=number))
            elif between == "flush":
                store.flush()
            elif between == "optimize":
                store.optimize()
    loaded, threads = process_cpu() - cpu, store_threads_cpu()
    ssts = len(list(location.glob("*.sst")))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall = time.perf_counter() - started
    store.optimize()
    store.flush()
    del store
    total = process_cpu() - cpu
    print(
        f"per={per or 'all':>4} between={between:<8} every {every:3d} loaded {loaded:7.1f} s CPU "
        f"(store threads {threads:6.1f}), {ssts:5d} files, {wall:6.1f} s wall; "
        f"compacted and closed {total:7.1f} s CPU; peak RSS {peak:6.0f} MB",
        flush=True,
    )


def export(store_path: Path, folder: Path, count: int) -> None:
    """The first ``count`` document graphs of a built store, one N-Quads file each."""
    folder.mkdir(parents=True, exist_ok=True)
    store = ox.Store.read_only(str(store_path))
    prefix = "https://w3id.org/normgraph/graph/doc/"
    names = sorted(
        g.value
        for g in store.named_graphs()
        if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
    )
    for name in names[:count]:
        quads = store.quads_for_pattern(None, None, None, ox.NamedNode(name))
        body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
        (folder / f"{name.removeprefix(prefix)}.nq").write_bytes(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--per", default="1,10,50,200,0")
    parser.add_argument(
        "--between", default="none", choices=("none", "record", "flush", "optimize")
    )
    parser.add_argument("--every", type=int, default=1, help="Loads between two of them.")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/bulk_batches"))
    parser.add_argument("--export", type=Path, help="Write DIR from this built store.")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export is not None:
        export(args.export, args.folder, args.n)
        return
    files = sorted(args.folder.glob("*.nq"))[: args.n]
    location = args.scratch / f"store-{args.n}-{args.one}-{args.between}"
    if args.one is not None:
        load(files, args.one, args.between, args.every, location)
        return
    print(f"N={len(files)} reports, {sum(f.stat().st_size for f in files) / 1e6:,.0f} MB N-Quads")
    for per in (int(p) for p in args.per.split(",")):
        location = args.scratch / f"store-{args.n}-{per}-{args.between}"
        shutil.rmtree(location, ignore_errors=True)
        location.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, __file__, str(args.folder), "--n", str(args.n)]
        command += ["--per", "1", "--one", str(per), "--between", args.between]
        command += ["--every", str(args.every)]
        command += ["--scratch", str(args.scratch)]
        subprocess.run(command, check=True)
        shutil.rmtree(location, ignore_errors=True)


if __name__ == "__main__":
    main()
