"""Time the flagship question through GraphQL against the equivalent direct SPARQL.

The scaled test dataset (``--issues`` recurring issues, each recommended by two observers
at two elections, with evidence) is written to an on-disk store in a temporary folder and
served by the real app in a uvicorn process, as ``normgraph serve`` runs it (store work in
the killable worker processes). From this process, over loopback HTTP:

- GraphQL: ``POST /graphql`` with the flagship query (a page of up to 100 issues with
  their memberships, elections, observers, recommendation texts and evidence);
- SPARQL: ``POST /sparql`` with one SELECT that answers the same question with the same
  fields (issue x election x recommendation x evidence rows), as SPARQL JSON.

The runs alternate request by request, so a busy machine slows all alike. Also printed,
for reference: the same SELECT run in this process on the same store folder (opened
read-only, as the server's workers open it), with no HTTP or worker around it.

    .venv/bin/python bench/graphql_vs_sparql.py [--issues 100] [--repeat 20]

Prints the median and spread of each and the ratio of medians (target: GraphQL within
1.5x of SPARQL over HTTP).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from normgraph.api.graphql_store import PREFIX_BLOCK
from normgraph.graph import EmbeddedStore, ResultFormat
from tests.api.graphql_fixtures import scaled_fixture
from tests.net import serve_app

GRAPHQL = """query($first: Int!) {
  recurringIssues(minElections: 2, unaddressedOnly: true, first: $first) {
    totalCount
    nodes {
      iri label
      memberships {
        elections { iri date }
        observers { iri label }
        recommendation { text evidence { quote start end document { fileName } } }
      }
    }
  }
}"""

SPARQL = """SELECT ?issue ?label ?election ?date ?observer ?observerLabel ?text
  ?quote ?start ?end ?file
WHERE {
  {
    SELECT ?issue WHERE {
      ?issue a ng:RecurringIssue .
      ?m ng:issue ?issue ; ng:recommendation ?r .
      ?r (ng:election|ng:sourceReport/ng:election) ?e .
      FILTER NOT EXISTS {
        { ?a ng:issue ?issue } UNION
        { ?m3 ng:issue ?issue ; ng:recommendation/^ng:recommendation ?a }
        ?a ng:status ?status . ?status skos:notation ?n . FILTER(?n IN ("1", "2"))
      }
    } GROUP BY ?issue HAVING (COUNT(DISTINCT ?e) >= 2)
  }
  ?issue rdfs:label ?label .
  ?membership ng:issue ?issue ; ng:recommendation ?rec .
  ?rec ng:text ?text ; ng:sourceReport ?report .
  ?report dcterms:creator ?observer .
  OPTIONAL { ?observer rdfs:label ?observerLabel }
  ?rec (ng:election|ng:sourceReport/ng:election) ?election .
  OPTIONAL { ?election ng:electionDate ?date }
  ?rec ng:evidence ?annotation .
  ?annotation oa:hasTarget ?target .
  ?target oa:hasSource ?source ; oa:hasSelector ?q, ?p .
  ?q oa:exact ?quote . ?p oa:start ?start ; oa:end ?end .
  ?source ng:fileName ?file .
}
ORDER BY ?issue ?date ?observer"""


def measure(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Seconds per call of each run, alternating them so that load falls on all alike."""
    for run in runs.values():
        run()  # warm caches, worker processes and code paths
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store"
        store = EmbeddedStore(path)
        scaled_fixture(store, args.issues)
        rows = len(store.select(PREFIX_BLOCK + SPARQL)[1])
        store.close()
        in_process = EmbeddedStore(path, read_only=True)

        with (
            serve_app({"NORMGRAPH_STORE": str(path)}) as url,
            httpx.Client(base_url=url, timeout=60) as client,
        ):

            def graphql() -> object:
                variables = {"first": min(args.issues, 100)}
                response = client.post("/graphql", json={"query": GRAPHQL, "variables": variables})
                body = response.json()
                assert "errors" not in body, body
                return body

            def sparql() -> object:
                response = client.post(
                    "/sparql",
                    data={"query": PREFIX_BLOCK + SPARQL},
                    headers={"Accept": ResultFormat.JSON.value},
                )
                response.raise_for_status()
                return response.json()

            def store_only() -> object:
                query = PREFIX_BLOCK + SPARQL
                return in_process.query(query, result_format=ResultFormat.JSON).body

            times = measure(
                {"GraphQL": graphql, "SPARQL": sparql, "store only": store_only}, args.repeat
            )

    print(
        f"dataset: {args.issues} recurring issues; GraphQL page of {min(args.issues, 100)} "
        f"issues; SPARQL answers all {rows} rows (issue x election x recommendation x evidence)"
    )
    for name, found in times.items():
        print(
            f"{name:10} median {statistics.median(found) * 1000:8.1f} ms   "
            f"min {min(found) * 1000:8.1f} ms   max {max(found) * 1000:8.1f} ms"
        )
    median = {name: statistics.median(found) for name, found in times.items()}
    print(
        f"ratio GraphQL/SPARQL over HTTP (medians): {median['GraphQL'] / median['SPARQL']:.2f}x "
        "(target <= 1.5x)"
    )
    print(
        "ratio GraphQL over HTTP / SPARQL in process, no HTTP (medians): "
        f"{median['GraphQL'] / median['store only']:.2f}x"
    )


if __name__ == "__main__":
    main()
