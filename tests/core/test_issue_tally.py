"""Each issue's state and counts, written at link time, are what its memberships count.

The flagship query (``recurring-unaddressed``) reads an issue's ``ng:country``,
``ng:electionCount`` and ``ng:organisationCount`` instead of counting every membership of
the store on each run. These tests count them the way the query did before (an aggregate
over the memberships, their elections and their reports' creators) and compare, and run
the query both ways on the corpus.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS

from normgraph.graph import GraphStore
from normgraph.namespaces import ID, NG
from normgraph.queries.catalogue import parse_saved_query, saved_query
from normgraph.recurrence import link
from tests.core.recurrence_store import rows

COUNTED_AT_QUERY_TIME = """
  {
    SELECT ?issue ?country (COUNT(DISTINCT ?e) AS ?elections)
           (COUNT(DISTINCT ?org) AS ?organisations)
    WHERE {
      ?m a ng:IssueMembership ; ng:issue ?issue ; ng:recommendation ?r .
      ?r ng:sourceReport ?rep .
      OPTIONAL { ?m ng:election ?ownElection }
      OPTIONAL { ?r ng:election ?recElection }
      OPTIONAL { ?rep ng:election ?repElection }
      BIND(COALESCE(?ownElection, ?recElection, ?repElection) AS ?e)
      ?e ng:country ?country .
      OPTIONAL { ?rep dcterms:creator ?org }
    }
    GROUP BY ?issue ?country
  }
"""
"""The flagship's per-issue counts as it made them before the link stage wrote them."""

MATERIALISED = (
    "  ?issue ng:country ?country ; ng:electionCount ?elections ; "
    "ng:organisationCount ?organisations .\n"
)
PREFIXES = """PREFIX ng: <https://w3id.org/normgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def counted(store: GraphStore) -> dict[tuple[str, str], tuple[int, int]]:
    _, found = store.select(
        PREFIXES + "SELECT * WHERE {" + COUNTED_AT_QUERY_TIME + "FILTER(?elections > 0) }"
    )
    return {
        (str(r["issue"]), str(r["country"])): (int(r["elections"]), int(r["organisations"]))  # type: ignore[call-overload]
        for r in found
    }


def written(store: GraphStore) -> dict[tuple[str, str], tuple[int, int]]:
    _, found = store.select(PREFIXES + "SELECT * WHERE {" + MATERIALISED + "}")
    return {
        (str(r["issue"]), str(r["country"])): (int(r["elections"]), int(r["organisations"]))  # type: ignore[call-overload]
        for r in found
    }


def test_the_link_writes_the_counts_the_memberships_give(store: GraphStore) -> None:
    link(store)
    assert written(store) == counted(store)
    assert list(written(store).values()) == [(3, 3)]


def test_a_report_with_two_creators_counts_both(store: GraphStore) -> None:
    """A joint report (several observer organisations) counts each of them, as counting
    the memberships' reports' creators does; a relink in the same process sees it."""
    link(store)
    report = ID["report/odihr-2011"]
    store.update(
        f"INSERT DATA {{ GRAPH <https://w3id.org/normgraph/graph/doc/odihr-2011> {{ "
        f"<{report}> <{DCTERMS.creator}> <{ID['organisation/osce-pa']}> }} }}"
    )
    link(store)
    assert list(written(store).values()) == [(3, 4)] == list(counted(store).values())


def test_the_tally_is_in_the_issue_shape(store: GraphStore) -> None:
    link(store)
    _, found = store.select(
        PREFIXES + "SELECT ?p WHERE { ?issue a ng:RecurringIssue ; ?p ?o }",
    )
    predicates = {URIRef(str(r["p"])) for r in found}
    assert {NG.country, NG.electionCount, NG.organisationCount} <= predicates


def test_the_flagship_answers_on_the_corpus_as_counting_every_membership_did(
    built_store: GraphStore,
) -> None:
    assert written(built_store) == counted(built_store)
    current = saved_query("recurring-unaddressed")
    assert MATERIALISED in current.sparql
    before = parse_saved_query(
        "before", current.sparql.replace(MATERIALISED, COUNTED_AT_QUERY_TIME, 1)
    )
    assert rows(built_store, "recurring-unaddressed", {})
    for values in ({}, {"minElections": "3"}, {"topic": "vocab:topic/tabulation-and-results"}):
        body = before.request(values)(built_store).body
        assert body == current.request(values)(built_store).body, values
