"""GraphQL tells a stated status from an inferred one, with the inference's confidence and
the same "judged by" wording as the saved queries."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import EmbeddedStore
from normgraph.namespaces import ID, NG, PROV, VOCAB
from normgraph.queries.catalogue import run_saved_query
from normgraph.recurrence import RAISED_AGAIN_RULE
from tests.api.graphql_fixtures import load_fixture
from tests.api.test_graphql import run

INFERRED = ID["assessment/inferred-fixture-1"]


@pytest.fixture(scope="module")
def store() -> EmbeddedStore:
    """The invented dataset plus one assessment inferred by the raised-again rule."""
    store = EmbeddedStore(None)
    load_fixture(store)
    store.replace_graph(
        ID["graph/inferred-fixture"],
        [
            (RAISED_AGAIN_RULE, RDF.type, PROV.SoftwareAgent),
            (RAISED_AGAIN_RULE, RDFS.label, Literal("raised-again rule")),
            (INFERRED, RDF.type, NG.ImplementationAssessment),
            (INFERRED, RDF.type, NG.InferredAssessment),
            (INFERRED, NG.recommendation, ID["recommendation/one-2019-2"]),
            (INFERRED, NG.assessor, RAISED_AGAIN_RULE),
            (INFERRED, NG.confidence, Literal("0.62", datatype=XSD.decimal)),
            (INFERRED, NG.date, Literal("2021-03-01", datatype=XSD.date)),
            (INFERRED, NG.status, VOCAB["implementation-status/not-implemented"]),
        ],
    )
    return store


@pytest.fixture()
def client(store: EmbeddedStore) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(), store=store)) as client:
        yield client


def test_assessments_say_who_judged_and_how_sure_an_inference_is(
    client: TestClient, store: EmbeddedStore
) -> None:
    query = """query($iri: ID!) {
      recommendation(iri: $iri) { assessments { iri inferred confidence judgedBy } }
    }"""
    found = {}
    for rec in ("id:recommendation/one-2019-1", "id:recommendation/one-2019-2"):
        body = run(client, query, iri=rec)
        assert "errors" not in body, body
        for a in body["data"]["recommendation"]["assessments"]:
            found[a["iri"]] = a
    stated = found[str(ID["assessment/two-2021-1"])]
    inferred = found[str(INFERRED)]
    assert stated["inferred"] is False and stated["confidence"] is None
    assert stated["judgedBy"].startswith("stated by ")
    assert inferred == {
        "iri": str(INFERRED),
        "inferred": True,
        "confidence": 0.62,
        "judgedBy": "inferred by normgraph",
    }
    # The wording is the saved query's, assessment by assessment.
    data = json.loads(run_saved_query(store, "implementation-status", {}).body)
    by_query = {
        row["assessment"]["value"]: row["judgedBy"]["value"] for row in data["results"]["bindings"]
    }
    for iri, assessment in found.items():
        assert by_query[iri] == assessment["judgedBy"]
