"""Load test of the public endpoint: a mixed workload of N clients on loopback, the SPARQL
part side by side with ``oxigraph serve-read-only`` on the same store, and /health while
runaways and a GraphQL fan-out run.

The standard comparison (issue 16's targets; build the store first with
``normgraph build --corpus ../shared/corpus --store data/store``):

    .venv/bin/python bench/load.py --store data/store --clients 50 --seconds 60

Starts the normgraph server (uvicorn with uvloop and httptools, default limits, a 10 s
query timeout) and ``oxigraph serve-read-only --union-default-graph`` on free loopback
ports, checks that both give the same answer, runs three phases and prints, per request
kind, requests, req/s, p50 / p95 latency and errors by status:

1. ``sparql``: point lookups and small aggregates against normgraph and the very same
   requests against Oxigraph (same clients, in alternating slices, so a change in the
   machine's load hits both alike): the ratio of answered requests is the target
   (>= 0.9x). Also each server's CPU time per answered request, its own process and its
   children (normgraph's query workers) apart, read from /proc: on a shared machine req/s
   move with everyone else's load, CPU per request much less;
2. ``mixed``: SPARQL, saved queries, GraphQL pages, linked-data pages and /health
   (target >= 50 req/s, 0 errors);
3. ``runaways``: the mixed workload while two clients send runaway queries and one a
   GraphQL fan-out, with /health probed every 50 ms (target p95 <= 100 ms);

then a summary against the targets. Run it on a quiet machine, and note ``uptime``: the
bench's own clients (Python, one process) share the cores with both servers.

The server inherits the environment, so settings can be compared run against run, e.g.
query workers as batch work (open question of 5 December, docs/api-sparql.md):
``NORMGRAPH_WORKER_BATCH_SCHEDULING=true`` before the command above, then without it.

Every client sends from its own loopback address (127.0.0.2, 127.0.0.3, ...), as distinct
clients would, so the per-client limit applies as in production. Bounded: at most 64
clients and 120 s a phase; everything runs on 127.0.0.1 and is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.load_measure import Tally, child_pid, cpu_during, cpu_line, percentile
from tests.net import free_port, running_server

MAX_CLIENTS = 64
MAX_SECONDS = 120.0
ROUNDS = 4
JSON = {"Accept": "application/sparql-results+json"}
SAMPLE = "SELECT DISTINCT ?s WHERE { ?s a ?type } LIMIT 300"
AGGREGATE = "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
GRAPHQL_PAGE = "{ elections(first: 10) { totalCount nodes { iri label date } } }"
GRAPHQL_FAN_OUT = (
    "{ a: reports(first: 100) { nodes { sourceText { fileName } sections { number heading "
    "evidence { quote start } subsections { number heading } } } } }"
)


Request = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]


def sparql_requests(base: str, path: str, subjects: list[str]) -> list[tuple[str, Request]]:
    """Point lookups (most) and an aggregate, at ``base + path``."""

    def lookup(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        iri = random.choice(subjects)
        query = f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }} LIMIT 100"
        return client.get(base + path, params={"query": query}, headers=JSON)

    def aggregate(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        return client.get(base + path, params={"query": AGGREGATE}, headers=JSON)

    requests: list[tuple[str, Request]] = [("sparql-lookup", lookup)] * 4
    return [*requests, ("sparql-agg", aggregate)]


def mixed_requests(base: str, subjects: list[str], saved: list[str]) -> list[tuple[str, Request]]:
    pages = [s for s in subjects if s.startswith("https://w3id.org/normgraph/id/")]

    def query(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        return client.get(f"{base}/queries/{random.choice(saved)}", params={"format": "json"})

    def graphql(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        return client.post(base + "/graphql", json={"query": GRAPHQL_PAGE})

    def page(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        path = random.choice(pages).removeprefix("https://w3id.org/normgraph")
        return client.get(base + path, headers={"Accept": "text/html"})

    def health(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        return client.get(base + "/health")

    return [
        *sparql_requests(base, "/sparql", subjects),
        ("saved-query", query),
        ("graphql", graphql),
        ("page", page),
        ("page", page),
        ("health", health),
    ]


def _failure(response: httpx.Response) -> str | None:
    """The status of a failed request, or "200+errors" for a GraphQL answer that carries
    errors (a GraphQL operation past its budget answers 200 with an error); None if fine."""
    if response.status_code >= 400:
        return str(response.status_code)
    graphql = response.request.url.path.endswith("/graphql")
    # b'"errors"' first: parsing every answer would load the bench's own process.
    if graphql and b'"errors"' in response.content and "errors" in response.json():
        return "200+errors"
    return None


async def drive(
    requests: list[tuple[str, Request]], clients: int, seconds: float, tally: Tally
) -> None:
    """``clients`` loops, each from its own loopback address, until the time is up."""
    deadline = time.monotonic() + seconds

    async def one(index: int) -> None:
        address = f"127.0.0.{2 + index}"
        transport = httpx.AsyncHTTPTransport(local_address=address)
        async with httpx.AsyncClient(transport=transport, timeout=60) as client:
            while time.monotonic() < deadline:
                kind, request = random.choice(requests)
                started = time.monotonic()
                try:
                    response = await request(client)
                    outcome = _failure(response)
                except httpx.HTTPError as error:
                    outcome = type(error).__name__
                tally.record(kind, time.monotonic() - started, outcome)

    await asyncio.gather(*(one(i) for i in range(clients)))


async def probe_health(base: str, seconds: float, tally: Tally) -> None:
    transport = httpx.AsyncHTTPTransport(local_address="127.0.0.200")
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(transport=transport, timeout=30) as client:
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                status = (await client.get(base + "/health")).status_code
                outcome = None if status == 200 else str(status)
            except httpx.HTTPError as error:
                outcome = type(error).__name__
            tally.record("health-probe", time.monotonic() - started, outcome)
            await asyncio.sleep(0.05)


async def troublemakers(base: str, seconds: float, tally: Tally) -> None:
    """Two runaway SPARQL clients and one GraphQL fan-out client, each its own address."""
    deadline = time.monotonic() + seconds

    async def loop(address: str, kind: str, request: Request) -> None:
        transport = httpx.AsyncHTTPTransport(local_address=address)
        async with httpx.AsyncClient(transport=transport, timeout=120) as client:
            while time.monotonic() < deadline:
                started = time.monotonic()
                try:
                    outcome = _failure(await request(client))
                except httpx.HTTPError as error:
                    outcome = type(error).__name__
                tally.record(kind, time.monotonic() - started, outcome)

    def runaway(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        return client.get(base + "/sparql", params={"query": RUNAWAY})

    def fan_out(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
        return client.post(base + "/graphql", json={"query": GRAPHQL_FAN_OUT})

    await asyncio.gather(
        loop("127.0.0.201", "runaway", runaway),
        loop("127.0.0.202", "runaway", runaway),
        loop("127.0.0.203", "graphql-fanout", fan_out),
    )


@contextmanager
def servers(
    store: Path, env: dict[str, str], oxigraph: bool, extra: list[str]
) -> Iterator[tuple[str, str | None]]:
    """The normgraph server and (if asked) ``oxigraph serve-read-only`` on the store."""
    with ExitStack() as stack:
        port = free_port()
        command = [
            sys.executable, "-m", "uvicorn", "normgraph.api.app:create_app", "--factory",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", *extra,
        ]  # fmt: skip
        environment = {"NORMGRAPH_STORE": str(store), **env}
        normgraph = stack.enter_context(running_server(command, port, environment, 120))
        oxigraph_url = None
        binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        if oxigraph and Path(binary).exists():
            oxi_port = free_port()
            oxi_command = [
                binary, "serve-read-only", "--location", str(store), "--union-default-graph",
                "--bind", f"127.0.0.1:{oxi_port}",
            ]  # fmt: skip
            oxigraph_url = stack.enter_context(_oxigraph(oxi_command, oxi_port))
        yield normgraph, oxigraph_url


@contextmanager
def _oxigraph(command: list[str], port: int) -> Iterator[str]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def same_answer(ours: str, theirs: str) -> None:
    """Stop unless both servers give the aggregate the same rows: a comparison is only
    fair if both do the same work (Oxigraph's default graph is the store's own default
    graph, empty after a build, unless it is started with ``--union-default-graph``, as
    normgraph's default graph is)."""
    answers = [
        httpx.get(url, params={"query": AGGREGATE}, headers=JSON, timeout=60).json()
        for url in (ours, theirs)
    ]
    rows = [sorted(str(row) for row in a["results"]["bindings"]) for a in answers]
    if rows[0] != rows[1] or not rows[0]:
        raise SystemExit(f"normgraph and Oxigraph answer {AGGREGATE!r} differently: not comparable")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, default=Path("data/store"))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--phases",
        default="sparql,mixed,runaways",
        help="which phases to run, comma-separated; '--phases sparql' is the /sparql vs "
        "Oxigraph comparison alone (compare its CPU per request across runs: req/s follow "
        "the machine's load)",
    )
    parser.add_argument("--no-oxigraph", action="store_true")
    parser.add_argument(
        "--uvicorn",
        default="",
        help="extra uvicorn options for the normgraph server, e.g. '--loop asyncio --http h11' "
        "to compare with the pure-Python event loop and HTTP parser",
    )
    args = parser.parse_args()
    clients = max(1, min(args.clients, MAX_CLIENTS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    phases = set(args.phases.split(","))
    env = {"NORMGRAPH_QUERY_TIMEOUT": os.environ.get("NORMGRAPH_QUERY_TIMEOUT", "10")}
    print(
        f"{clients} clients x {seconds:.0f} s a phase, on {os.cpu_count()} cores "
        f"(shared with whatever else runs on this machine: load {os.getloadavg()[0]:.1f})"
    )
    with servers(args.store, env, not args.no_oxigraph, args.uvicorn.split()) as (base, oxigraph):
        rows = httpx.get(base + "/sparql", params={"query": SAMPLE}, headers=JSON, timeout=60)
        subjects = [b["s"]["value"] for b in rows.json()["results"]["bindings"]]
        saved = [q["name"] for q in httpx.get(base + "/queries", timeout=60).json()
                 if not any(p.get("required") for p in q.get("parameters", []))]  # fmt: skip
        if oxigraph:
            same_answer(base + "/sparql", oxigraph + "/query")
        summary: list[str] = []
        if "sparql" in phases:
            # Alternating short slices, so a change in the machine's load hits both alike.
            ours, theirs = Tally(), Tally()
            our_pid, their_pid = child_pid("uvicorn"), child_pid("serve-read-only")
            our_cpu = their_cpu = (0.0, 0.0)
            for _ in range(ROUNDS):
                requests = sparql_requests(base, "/sparql", subjects)
                used = cpu_during(our_pid, drive(requests, clients, seconds / ROUNDS, ours))
                our_cpu = (our_cpu[0] + used[0], our_cpu[1] + used[1])
                if oxigraph:
                    requests = sparql_requests(oxigraph, "/query", subjects)
                    work = drive(requests, clients, seconds / ROUNDS, theirs)
                    used = cpu_during(their_pid, work)
                    their_cpu = (their_cpu[0] + used[0], their_cpu[1] + used[1])
            ours.print("SPARQL on normgraph /sparql", seconds)
            print(cpu_line(our_cpu, ours.total()))
            if oxigraph:
                theirs.print("SPARQL on oxigraph serve-read-only /query", seconds)
                print(cpu_line(their_cpu, theirs.total()))
                ratio = ours.total() / max(theirs.total(), 1)
                summary.append(f"/sparql vs Oxigraph server: {ratio:.2f}x (target >= 0.9x)")
                cost = sum(our_cpu) / max(ours.total(), 1)
                cost /= max(sum(their_cpu) / max(theirs.total(), 1), 1e-9)
                summary.append(f"server CPU per /sparql request: {cost:.1f}x Oxigraph's")
        if "mixed" in phases:
            mixed = Tally()
            asyncio.run(drive(mixed_requests(base, subjects, saved), clients, seconds, mixed))
            mixed.print("Mixed workload", seconds)
            summary.append(
                f"mixed: {mixed.total() / seconds:.1f} req/s (target >= 50), "
                f"{mixed.error_count()} errors (target 0)"
            )
        if "runaways" in phases:
            hurt = Tally()

            async def under_fire() -> None:
                await asyncio.gather(
                    drive(mixed_requests(base, subjects, saved), clients, seconds, hurt),
                    probe_health(base, seconds, hurt),
                    troublemakers(base, seconds, hurt),
                )

            asyncio.run(under_fire())
            hurt.print("Mixed workload with 2 runaways and a GraphQL fan-out", seconds)
            probe = sorted(hurt.latencies["health-probe"])
            summary.append(
                f"/health p95 under runaways: {percentile(probe, 95) * 1000:.0f} ms "
                "(target <= 100 ms)"
            )
    print("\nSummary:\n  " + "\n  ".join(summary))


if __name__ == "__main__":
    main()
