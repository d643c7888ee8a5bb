"""Time the flagship question through GraphQL against the equivalent direct SPARQL.

Both run in this process over the same in-memory store, filled with the scaled test
dataset (``--issues`` recurring issues, each recommended by two observers at two
elections, with evidence). GraphQL goes through the whole HTTP app (FastAPI TestClient:
parsing, validation, limits, DataLoaders, JSON); SPARQL is one query serialised as SPARQL
JSON by the store, with no HTTP around it, so the ratio flatters SPARQL a little.

    .venv/bin/python bench/graphql_vs_sparql.py [--issues 200] [--repeat 15]

Prints the median and spread of each and their ratio (target: GraphQL within 1.5x).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.api.graphql_loaders import PREFIX_BLOCK
from normgraph.config import Settings
from normgraph.graph import EmbeddedStore, ResultFormat
from tests.api.graphql_fixtures import scaled_fixture

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


def measure(run: Callable[[], object], repeat: int) -> list[float]:
    run()  # warm caches and code paths
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    store = EmbeddedStore(None)
    scaled_fixture(store, args.issues)
    with TestClient(create_app(Settings(), store=store)) as client:

        def graphql() -> object:
            response = client.post("/graphql", json={"query": GRAPHQL, "variables": {"first": 100}})
            body = response.json()
            assert "errors" not in body, body
            return body

        def sparql() -> object:
            return store.query(PREFIX_BLOCK + SPARQL, result_format=ResultFormat.JSON).body

        page = min(args.issues, 100)
        rows = len(store.select(PREFIX_BLOCK + SPARQL)[1])
        g = measure(graphql, args.repeat)
        s = measure(sparql, args.repeat)
    print(
        f"dataset: {args.issues} recurring issues; GraphQL page of {page} issues; "
        f"SPARQL answers all {rows} rows (issue x election x recommendation x evidence)"
    )
    for name, times in (("GraphQL", g), ("SPARQL", s)):
        print(
            f"{name:8} median {statistics.median(times) * 1000:8.1f} ms   "
            f"min {min(times) * 1000:8.1f} ms   max {max(times) * 1000:8.1f} ms"
        )
    print(
        f"ratio GraphQL/SPARQL (medians): {statistics.median(g) / statistics.median(s):.2f}x "
        "(target <= 1.5x)"
    )


if __name__ == "__main__":
    main()
