"""GraphQL over the real corpus build: the report nodes and their evidence resolve."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import GraphStore
from tests.documents import REPORTS_IN_CORPUS

REPORTS = """{ reports(first: 100) { totalCount nodes {
  iri title genre { prefLabel } creators { label } issued language sourceText { fileName }
  evidence { quote start end document { fileName } method { prefLabel } loader { label } }
} } }"""


def test_reports_and_their_evidence_resolve_in_the_source(
    built_store: GraphStore, corpus: Path
) -> None:
    with TestClient(create_app(Settings(), store=built_store)) as client:
        body = client.post("/graphql", json={"query": REPORTS}).json()
    assert "errors" not in body, body
    reports = body["data"]["reports"]
    assert reports["totalCount"] == len(reports["nodes"]) == REPORTS_IN_CORPUS
    for report in reports["nodes"]:
        assert report["genre"]["prefLabel"]
        assert report["evidence"], report["iri"]
        for evidence in report["evidence"]:
            text = (corpus / evidence["document"]["fileName"]).read_text(encoding="utf-8")
            assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
            assert evidence["method"]["prefLabel"] in ("extracted", "curated")
            assert evidence["loader"]["label"]
