"""Benchmark: the flagship saved query against another version of it, on one store.

Run: ``.venv/bin/python bench/flagship_compare.py STORE [--before FILE.rq]
[--values '{"country": "id:state/al"}'] [--repeat 20]``. STORE is a store folder (opened
read-only) or an ``http(s)://`` SPARQL endpoint (e.g. an ``oxigraph serve-read-only``).
Without ``--values`` the parameters are the state with the most linked recommendations,
as ``bench/scale.py`` times it. For the saved ``recurring-unaddressed`` and for each
``--before`` file (a saved query's text, header and all: the version to compare with,
e.g. ``git show main:queries/recurring-unaddressed.rq > /tmp/before.rq``) it prints the
answer's rows, the p50 of this process's CPU time and of wall time per run, and whether
the answer is byte-identical to the saved query's: same rows, same order.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import FLAGSHIP, flagship_values
from normgraph.graph import GraphStore, open_store
from normgraph.graph.endpoint_url import is_endpoint_url
from normgraph.queries.catalogue import SavedQuery, parse_saved_query, saved_query


def timed(
    store: GraphStore, query: SavedQuery, values: dict[str, str], repeat: int
) -> tuple[bytes, list[float], list[float]]:
    """The answer's body and the CPU and wall seconds of each run."""
    request = query.request(values)
    body, cpu, wall = b"", list[float](), list[float]()
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        body = request(store).body
        cpu.append(time.process_time() - used)
        wall.append(time.perf_counter() - started)
    return body, cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", help="A store folder or a SPARQL endpoint URL.")
    parser.add_argument("--before", type=Path, action="append", default=[])
    parser.add_argument("--values", type=json.loads, default=None)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    location = args.store if is_endpoint_url(args.store) else Path(args.store)
    with open_store(location, read_only=True) as store:
        values = flagship_values(store) if args.values is None else args.values
        print(f"store {args.store}, parameters {values}, {args.repeat} runs each")
        versions = [("saved", saved_query(FLAGSHIP))]
        versions += [(str(f), parse_saved_query(FLAGSHIP, f.read_text())) for f in args.before]
        reference = b""
        for name, query in versions:
            body, cpu, wall = timed(store, query, values, args.repeat)
            rows = len(json.loads(body)["results"]["bindings"])
            same = "" if not reference else ("identical" if body == reference else "DIFFERENT")
            reference = reference or body
            print(
                f"  {name:<40} {rows:6d} rows  CPU p50 {statistics.median(cpu) * 1000:8.1f} ms"
                f"  wall p50 {statistics.median(wall) * 1000:8.1f} ms  {same}",
                flush=True,
            )


if __name__ == "__main__":
    main()
