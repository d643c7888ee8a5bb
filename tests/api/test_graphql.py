"""GraphQL over HTTP on the invented dataset: exact answers, batching, limits, errors."""

from __future__ import annotations

import warnings
from typing import Any

from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import GraphStore
from tests.api.graphql_fixtures import CountingStore, scaled_fixture

FLAGSHIP = """
query Flagship($country: ID, $min: Int!, $unaddressed: Boolean!) {
  recurringIssues(country: $country, minElections: $min, unaddressedOnly: $unaddressed) {
    totalCount
    nodes {
      iri label electionCount status { prefLabel }
      memberships {
        elections { date }
        observers { label __typename }
        recommendation {
          text
          evidence { quote start end document { fileName } method { prefLabel } loader { label } }
        }
      }
    }
  }
}
"""


def run(client: TestClient, query: str, **variables: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_flagship_lists_the_unaddressed_issue_with_each_observer_text_and_evidence(
    fixture_client: TestClient,
) -> None:
    body = run(fixture_client, FLAGSHIP, country="id:state/kz", min=2, unaddressed=True)
    assert "errors" not in body
    issues = body["data"]["recurringIssues"]
    assert issues["totalCount"] == 1
    (issue,) = issues["nodes"]
    assert issue["iri"] == "https://w3id.org/normgraph/id/issue/candidate-eligibility"
    assert issue["status"] == {"prefLabel": "not implemented"}
    rows = [
        (
            m["elections"][0]["date"],
            m["observers"][0]["label"],
            m["observers"][0]["__typename"],
            m["recommendation"]["text"],
            m["recommendation"]["evidence"][0]["quote"],
            m["recommendation"]["evidence"][0]["document"]["fileName"],
        )
        for m in issue["memberships"]
    ]
    assert rows == [
        (
            "2019-06-09",
            "Observer One",
            "InternationalOrganisation",
            "Candidate requirements should be eased so that more citizens can stand.",
            "quote 3000-3072 of one-2019",
            "one-2019.txt",
        ),
        (
            "2020-05-01",
            "Observer One",
            "InternationalOrganisation",
            "Eligibility conditions for candidates should be reviewed.",
            "quote 800-858 of one-2020-xy",
            "one-2020-xy.txt",
        ),
        (
            "2021-01-10",
            "Observer Two",
            "ObserverGroup",
            "The rules on who may be a candidate remain too strict and should be relaxed.",
            "quote 2000-2077 of two-2021",
            "two-2021.txt",
        ),
    ]
    evidence = issue["memberships"][0]["recommendation"]["evidence"][0]
    assert (evidence["start"], evidence["end"]) == (3000, 3072)
    assert evidence["method"] == {"prefLabel": "extracted"}
    assert evidence["loader"] == {"label": "normgraph fixture loader"}


def test_flagship_filters_by_country_recurrence_and_status(fixture_client: TestClient) -> None:
    def issues(**variables: Any) -> list[str]:
        body = run(fixture_client, FLAGSHIP, **variables)
        return [n["label"] for n in body["data"]["recurringIssues"]["nodes"]]

    # The results issue was judged fully implemented, so only unaddressedOnly=false shows it.
    assert issues(min=2, unaddressed=False) == [
        "Candidate eligibility restrictions",
        "Publication of detailed results",
    ]
    assert issues(min=3, unaddressed=False) == ["Candidate eligibility restrictions"]
    assert issues(country="id:state/kz", min=3, unaddressed=False) == []
    assert issues(country="id:state/xy", min=1, unaddressed=True) == [
        "Candidate eligibility restrictions"
    ]
    assert issues(country="id:state/xy", min=2, unaddressed=True) == []


def test_store_queries_do_not_grow_with_the_number_of_results() -> None:
    """One issue or forty, the flagship takes the same few queries (one per loader level).

    Batches of two adjacent levels may share an event-loop tick and merge, so the count
    may differ by one or two with timing, never by the number of results.
    """
    counts = {}
    for issues in (1, 40):
        store = CountingStore()
        scaled_fixture(store, issues)
        with TestClient(create_app(Settings(), store=store)) as client:
            store.selects = 0
            body = run(client, FLAGSHIP, min=2, unaddressed=False)
        assert len(body["data"]["recurringIssues"]["nodes"]) == min(issues, 20)
        counts[issues] = store.selects
    assert counts[40] <= counts[1] + 2, counts
    assert counts[40] < 20, counts


def test_page_size_does_not_change_the_query_count(
    fixture_store: CountingStore, fixture_client: TestClient
) -> None:
    page = (
        "query($n: Int!) { recommendations(first: $n) {"
        " nodes { text topics { prefLabel } evidence { quote } } } }"
    )
    per_page = {}
    for size in (1, 5):
        fixture_store.selects = 0
        body = run(fixture_client, page, n=size)
        assert len(body["data"]["recommendations"]["nodes"]) == size
        per_page[size] = fixture_store.selects
    assert per_page[1] == per_page[5]


def test_lists_filter_and_paginate_with_cursors(fixture_client: TestClient) -> None:
    query = """query($after: String, $topic: ID, $text: String) {
      recommendations(first: 2, after: $after, topic: $topic, text: $text) {
        totalCount pageInfo { hasNextPage endCursor } nodes { number sourceReport { label } }
      } }"""
    first = run(fixture_client, query)["data"]["recommendations"]
    assert first["totalCount"] == 5
    assert first["pageInfo"]["hasNextPage"] is True
    rest = run(fixture_client, query, after=first["pageInfo"]["endCursor"])["data"]
    assert len(rest["recommendations"]["nodes"]) == 2
    topic = run(fixture_client, query, topic="vocab:topic/tabulation-and-results")["data"]
    assert sorted(n["number"] for n in topic["recommendations"]["nodes"]) == ["2", "7"]
    text = run(fixture_client, query, text="POLLING STATION")["data"]
    assert [n["number"] for n in text["recommendations"]["nodes"]] == ["2"]
    elections = run(
        fixture_client,
        """{ elections(country: "id:state/kz", yearFrom: 2020) {
              totalCount nodes { label date electionType { prefLabel }
                                 country { countryCode } } } }""",
    )["data"]["elections"]
    # The fixture's own election, plus those the reference vocabulary lists since 2020.
    nodes = elections["nodes"]
    assert elections["totalCount"] == len(nodes) >= 1
    assert "Parliamentary election, 10 January 2021" in {n["label"] for n in nodes}
    assert all(n["country"] == {"countryCode": "KZ"} for n in nodes)
    assert all(n["date"] >= "2020" for n in nodes)


def test_lookups_sections_assessments_and_norm_trajectory(fixture_client: TestClient) -> None:
    body = run(
        fixture_client,
        """{
          report(iri: "id:report/one-2019") {
            title genre { prefLabel } creators { label } sourceText { fileName report { label } }
            sections { heading order evidence { start } }
          }
          recommendation(iri: "id:recommendation/one-2019-1") {
            priority addressees { label __typename } norms { prefLabel }
            elections { label } assessments { status { prefLabel } assessors { label } date }
          }
          notAReport: report(iri: "id:recommendation/one-2019-1") { title }
          normTrajectory(norm: "vocab:norm/right-to-be-elected") {
            label stage { prefLabel } startDate
          }
        }""",
    )
    assert "errors" not in body, body
    data = body["data"]
    assert data["report"]["genre"] == {"prefLabel": "election observation final report"}
    assert data["report"]["sourceText"]["report"]["label"] == "Observer One final report 2019"
    assert [s["heading"] for s in data["report"]["sections"]] == [
        "Political context",
        "Legal framework",
    ]
    assert data["recommendation"]["addressees"] == [
        {"label": "Parliament", "__typename": "Parliament"}
    ]
    assert data["recommendation"]["elections"] == [{"label": "Presidential election, 9 June 2019"}]
    assert data["recommendation"]["assessments"][0]["status"]["prefLabel"] == "not implemented"
    assert data["notAReport"] is None
    assert [(e["stage"]["prefLabel"], e["startDate"]) for e in data["normTrajectory"]] == [
        ("acceptance", "1995"),
        ("moment of contestation", "2011"),
    ]


def test_limits_reject_deep_wide_and_aliased_queries(fixture_client: TestClient) -> None:
    deep = (
        '{ report(iri: "id:report/one-2019") { '
        + "sourceText { report { " * 7
        + "label"
        + " } }" * 7
        + " } }"
    )
    assert "depth" in run(fixture_client, deep)["errors"][0]["message"]
    aliases = "{ " + " ".join(f"a{i}: norms {{ totalCount }}" for i in range(20)) + " }"
    assert "aliases" in run(fixture_client, aliases)["errors"][0]["message"].lower()
    tokens = "{ " + "norms { totalCount } " * 700 + "}"
    assert "token" in run(fixture_client, tokens)["errors"][0]["message"].lower()
    too_big = run(fixture_client, "{ norms(first: 1000) { totalCount } }")
    assert too_big["errors"][0]["message"] == "first: between 0 and 100"


def test_limits_and_masking_are_given_to_strawberry_as_factories_not_shared_instances() -> None:
    """A fresh extension per request: an instance would be shared by concurrent requests
    (its execution context with them), which strawberry deprecates with a warning."""
    for debug in (False, True):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            create_app(Settings(graphql_debug=debug), store=CountingStore())
        assert not [w for w in caught if "extension instance" in str(w.message)]


def test_client_mistakes_are_told_and_internal_errors_masked(fixture_client: TestClient) -> None:
    bad_iri = run(fixture_client, '{ election(iri: "not an iri") { label } }')
    assert "not an absolute" in bad_iri["errors"][0]["message"]

    class BrokenStore(CountingStore):
        def select(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("secret internal detail")

    broken: GraphStore = BrokenStore()
    with TestClient(create_app(Settings(), store=broken)) as client:
        body = run(client, "{ norms { totalCount } }")
    assert body["errors"][0]["message"] == "Unexpected error."
    with TestClient(create_app(Settings(graphql_debug=True), store=broken)) as client:
        body = run(client, "{ norms { totalCount } }")
    assert "secret internal detail" in body["errors"][0]["message"]
