"""GraphQL over the real corpus build: the report nodes and their evidence resolve."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from normgraph.api.app import create_app
from normgraph.config import Settings
from normgraph.graph import GraphStore
from tests.documents import ODIHR_2011, REPORTS_IN_CORPUS

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


SECTIONS = """{ reports(first: 100) { nodes {
  sourceText { fileName } genre { prefLabel }
  sections { number heading order evidence { quote start }
    subsections { number heading order } }
} } }"""


def test_report_sections_come_in_order_with_their_subsections(built_store: GraphStore) -> None:
    with TestClient(create_app(Settings(), store=built_store)) as client:
        body = client.post("/graphql", json={"query": SECTIONS}).json()
    assert "errors" not in body, body
    reports = body["data"]["reports"]["nodes"]
    assert all(report["sections"] for report in reports)
    (odihr,) = [r for r in reports if r["sourceText"]["fileName"] == ODIHR_2011]
    sections = odihr["sections"]
    assert [s["order"] for s in sections] == list(range(1, len(sections) + 1))
    starts = [s["evidence"][0]["start"] for s in sections]
    assert starts == sorted(starts)
    media = next(s for s in sections if s["number"] == "IX")
    assert media["heading"] == "THE MEDIA"
    assert "THE MEDIA" in media["evidence"][0]["quote"]
    assert [(s["number"], s["order"]) for s in media["subsections"]] == [("A", 1), ("B", 2)]


PLACED = """{ reports(first: 100) { nodes {
  sourceText { fileName } recommendations { number section { number heading } }
} } }"""


def test_each_recommendation_names_the_section_that_states_it(built_store: GraphStore) -> None:
    with TestClient(create_app(Settings(), store=built_store)) as client:
        body = client.post("/graphql", json={"query": PLACED}).json()
    assert "errors" not in body, body
    (odihr,) = [
        r for r in body["data"]["reports"]["nodes"] if r["sourceText"]["fileName"] == ODIHR_2011
    ]
    sections = {r["number"]: r["section"] for r in odihr["recommendations"]}
    assert all(sections.values())
    assert sections["1"] == {"number": "A", "heading": "PRIORITY RECOMMENDATIONS"}
