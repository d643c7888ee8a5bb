"""``/queries``: listing, OpenAPI operations, validation, injection, each saved query."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient

from normgraph.queries.catalogue import catalogue
from tests.documents import ISAACS_ARTICLE_KEY

ID = "https://w3id.org/normgraph/id/"
VOCAB = "https://w3id.org/normgraph/vocab/"
NG = "https://w3id.org/normgraph/ontology#"


def rows(client: TestClient, name: str, **params: str) -> list[dict[str, str]]:
    """The answer's rows as {variable: value} (values as plain strings)."""
    response = client.get(f"/queries/{name}", params={**params, "format": "json"})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_listing_is_json_with_every_query_and_its_parameters(corpus_client: TestClient) -> None:
    response = corpus_client.get("/queries")
    assert response.status_code == 200
    listing = {q["name"]: q for q in response.json()}
    assert set(listing) == set(catalogue())
    assert len(listing) >= 12
    complaints = {p["name"]: p for p in listing["complaints"]["parameters"]}
    assert complaints["outcome"]["allowed"][:2] == ["upheld", "partially-upheld"]
    assert complaints["body"] == {
        "name": "body",
        "type": "iri",
        "description": "Only complaints filed with this body.",
        "required": False,
        "default": None,
        "allowed": [],
    }


def test_a_browser_asking_for_the_listing_is_sent_to_the_questions_page(
    corpus_client: TestClient,
) -> None:
    browser = {"Accept": "text/html,*/*;q=0.8"}
    response = corpus_client.get("/queries", headers=browser, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/questions"
    page = corpus_client.get("/queries", headers=browser)
    assert page.headers["content-type"].startswith("text/html")
    assert '<a href="/questions/treaties-in-force">' in page.text


def test_each_saved_query_is_a_typed_openapi_operation(corpus_client: TestClient) -> None:
    spec = corpus_client.get("/openapi.json").json()
    for name in catalogue():
        assert f"/queries/{name}" in spec["paths"], name
    operation = spec["paths"]["/queries/treaties-in-force"]["get"]
    assert operation["operationId"] == "query_treaties_in_force"
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert parameters["date"]["required"] is True
    assert parameters["date"]["schema"] == {"type": "string", "format": "date"}
    assert parameters["state"]["schema"] == {"type": "string", "format": "iri"}
    recurring = spec["paths"]["/queries/recurring-by-reports"]["get"]["parameters"]
    assert recurring[0]["schema"] == {"type": "integer", "default": "2"}
    outcome = spec["paths"]["/queries/complaints"]["get"]["parameters"][1]
    assert outcome["schema"]["enum"][-1] == "unknown"


def test_unknown_query_is_404_listing_the_names(corpus_client: TestClient) -> None:
    response = corpus_client.get("/queries/no-such-query")
    assert response.status_code == 404
    assert "available: actors" in response.text


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/queries/treaties-in-force?date=yesterday", "parameter 'date'"),
        ("/queries/treaties-in-force", "parameter 'date' is required"),
        ("/queries/recurring-by-reports?minReports=two", "parameter 'minReports'"),
        ("/queries/complaints?outcome=lost", "'lost' is not one of upheld"),
        ("/queries/documents?colour=red", "unknown parameter(s) colour"),
        ("/queries/documents?format=pdf", "format 'pdf'"),
        ("/queries/evidence?resource=a&resource=b", "given more than once"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(
    facts_client: TestClient, url: str, message: str
) -> None:
    response = facts_client.get(url)
    assert response.status_code == 400, url
    assert message in response.text, (url, response.text)


def test_injection_through_a_parameter_is_400_and_changes_nothing(
    facts_client: TestClient,
) -> None:
    before = facts_client.get("/health").json()["triples"]
    attacks = {
        "resource": "https://x.org/a> } ; DROP ALL ; SELECT * { <https://x.org/b",
        "minReports": "1 } ; DROP ALL ; #",
    }
    assert (
        facts_client.get("/queries/evidence", params={"resource": attacks["resource"]}).status_code
        == 400
    )
    response = facts_client.get(
        "/queries/recurring-by-reports", params={"minReports": attacks["minReports"]}
    )
    assert response.status_code == 400
    # A string parameter takes any text, as a literal: nothing is executed, nothing matches.
    text = 'upheld" || true) } ; DROP ALL ; #'
    response = facts_client.get("/queries/actors", params={"type": text})
    assert response.status_code == 400  # not an allowed value
    assert facts_client.get("/health").json()["triples"] == before


def test_csv_and_tsv_answers(facts_client: TestClient) -> None:
    response = facts_client.get("/queries/treaty-actions", params={"format": "csv"})
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.text.splitlines()[0] == "state,treaty,treatyLabel,kind,date"
    assert 'filename="treaty-actions.csv"' in response.headers["content-disposition"]
    response = facts_client.get(
        "/queries/treaty-actions", headers={"Accept": "text/tab-separated-values"}
    )
    assert response.text.splitlines()[0] == "?state\t?treaty\t?treatyLabel\t?kind\t?date"


def test_html_answer_is_the_question_page_with_the_same_values(facts_client: TestClient) -> None:
    params = {"state": "id:state/xx", "format": "html"}
    response = facts_client.get("/queries/treaty-actions", params=params, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/questions/treaty-actions?state=id:state/xx"
    page = facts_client.get("/queries/treaty-actions", params=params)
    assert '<a href="/id/state/xx"' in page.text
    assert "3 row(s)" in page.text


def test_html_answer_with_a_bad_value_is_a_400_naming_it(facts_client: TestClient) -> None:
    response = facts_client.get("/queries/recurring-issues?minReports=two&format=html")
    assert response.status_code == 400
    assert "minReports" in response.text


# One test per saved query, asserting its answer -----------------------------------------


def test_recurring_by_reports_lists_an_issue_raised_in_at_least_min_reports_reports(
    facts_client: TestClient,
) -> None:
    answer = rows(facts_client, "recurring-by-reports")
    assert answer == [
        {
            "minReports": "2",
            "issue": ID + "issue/assembly",
            "issueLabel": "Restrictions on assembly",
            "reports": "2",
            "recommendations": "2",
            "organisations": "1",
        }
    ]
    assert {r["issue"] for r in rows(facts_client, "recurring-by-reports", minReports="1")} == {
        ID + "issue/assembly",
        ID + "issue/remedy",
    }


def test_issue_quotes_gives_every_recommendation_and_the_quote_where_one_is_stored(
    facts_client: TestClient,
) -> None:
    answer = rows(facts_client, "issue-quotes", issue="id:issue/assembly")
    assert [(r["recommendation"], r.get("quote"), r.get("start")) for r in answer] == [
        (ID + "recommendation/a1", "Lift the limits on peaceful assembly.", "10"),
        (ID + "recommendation/b1", None, None),
    ]
    assert answer[1]["text"] == "Remove the permit requirement for rallies."


def test_election_overview_lists_every_fact_of_the_election_by_class(
    facts_client: TestClient,
) -> None:
    answer = rows(
        facts_client, "election-overview", election="id:election/xx/presidential/2004-05-06"
    )
    assert Counter(row["class"].split("#")[-1] for row in answer) == {
        "Appeal": 1,
        "CandidateResult": 2,
        "Complaint": 1,
        "ElectionTotals": 1,
        "Finding": 1,
        "ObservationMission": 1,
        "Recommendation": 2,
        "Report": 1,
    }
    finding = next(r for r in answer if r["resource"] == ID + "finding/a1")
    assert finding["topic"] == VOCAB + "topic/media"


def test_election_recommendations_give_each_assessor_and_status(facts_client: TestClient) -> None:
    answer = rows(
        facts_client, "election-recommendations", election="id:election/xx/presidential/2004-05-06"
    )
    assert [
        (
            r["recommendation"][len(ID) :],
            r.get("assessor", "")[len(ID) :],
            r.get("status", "").rsplit("/", 1)[-1],
        )
        for r in answer
    ] == [
        ("recommendation/a1", "org/watchers", "not-implemented"),
        ("recommendation/a1", "body/cec", "mostly-implemented"),
        ("recommendation/a2", "", ""),
    ]
    assert answer[0]["addresseeLabel"] == "Test Parliament"


def test_norm_profile_lists_what_invokes_states_or_concerns_the_norm(
    facts_client: TestClient,
) -> None:
    answer = rows(facts_client, "norm-profile", norm="vocab:norm/freedom-of-assembly")
    assert [(r["relation"], r["resource"][len(ID) :]) for r in answer] == [
        ("invoked by", "recommendation/a1"),
        ("invoked by", "recommendation/b1"),
        ("law concerned", "law/xx/election-law/art-5"),
        ("stated by", "instrument/model-code"),
        ("stated by", "instrument/testland-accord/art-9"),
    ]
    assert answer[-1]["instrument"] == ID + "instrument/testland-accord"


def test_laws_criticised_gives_each_critic_and_amendment_filtered_by_law(
    facts_client: TestClient,
) -> None:
    answer = rows(facts_client, "laws-criticised")
    assert [(r["critic"][len(ID) :], r.get("amendment", "")[len(ID) :]) for r in answer] == [
        ("finding/a1", ""),
        ("recommendation/a1", "law/xx/amendment-2008"),
    ]
    assert {r["partOf"] for r in answer} == {ID + "law/xx/election-law"}
    assert rows(facts_client, "laws-criticised", law="id:law/xx/other") == []


def test_complaints_give_body_and_outcome_and_filter_by_outcome_and_body(
    facts_client: TestClient,
) -> None:
    answer = rows(facts_client, "complaints")
    assert [
        (r["complaint"][len(ID) :], r["body"][len(ID) :], r["outcomeConcept"].rsplit("/", 1)[-1])
        for r in answer
    ] == [
        ("complaint/1", "body/cec", "rejected"),
        ("complaint/2", "body/court", "upheld"),
    ]
    upheld = rows(facts_client, "complaints", outcome="upheld")
    assert [r["complaint"] for r in upheld] == [ID + "complaint/2"]
    assert upheld[0]["appealOf"] == ID + "complaint/1"
    by_cec = rows(facts_client, "complaints", body="id:body/cec")
    assert [r["subject"] for r in by_cec] == ["refused registration"]


def test_treaty_actions_are_the_states_dated_signatures_and_ratifications(
    facts_client: TestClient,
) -> None:
    answer = rows(facts_client, "treaty-actions", state="id:state/xx")
    assert [(r["treatyLabel"], r["kind"].rsplit("/", 1)[-1], r["date"]) for r in answer] == [
        ("Testland Accord", "signature", "2001-02-03"),
        ("Testland Accord", "ratification", "2005-06-07"),
        ("Other Pact", "signature", "2010-01-01"),
    ]


def test_treaties_in_force_are_those_ratified_by_the_date(facts_client: TestClient) -> None:
    assert rows(facts_client, "treaties-in-force", date="2004-05-06") == []
    answer = rows(facts_client, "treaties-in-force", date="2009-05-06")
    assert [(r["treatyLabel"], r["bindingSince"]) for r in answer] == [
        ("Testland Accord", "2005-06-07")
    ]


def test_actors_count_each_role_of_the_actors_of_a_class(facts_client: TestClient) -> None:
    answer = rows(facts_client, "actors", type="ElectionCommission")
    assert [(r["label"], r["role"], r["count"]) for r in answer] == [
        ("Central Test Commission", "assessed implementation", "1"),
        ("Central Test Commission", "received a complaint", "1"),
        ("Central Test Commission", "was asked to act by a recommendation", "1"),
    ]
    parties = rows(facts_client, "actors", type="PoliticalParty")
    assert [(r["label"], r["role"], r["count"]) for r in parties] == [
        ("Blue Party", "filed a complaint", "2")
    ]


def test_actors_on_the_corpus(corpus_client: TestClient) -> None:
    answer = rows(corpus_client, "actors", type="Person")
    authors = {r["label"] for r in answer if r["role"] == "wrote or issued a report"}
    assert authors == {"Rico Isaacs", "Jelena Sofie Hoffmann"}


def test_results_by_region_give_votes_turnout_and_anomalies_per_region(
    facts_client: TestClient,
) -> None:
    answer = rows(
        facts_client, "results-by-region", election="id:election/xx/presidential/2004-05-06"
    )
    assert [
        (
            r["regionLabel"],
            r.get("candidateLabel"),
            r.get("votes"),
            r.get("turnout"),
            r.get("anomaly", "").rsplit("/", 1)[-1],
        )
        for r in answer
    ] == [
        ("North", "Ann Candidate", "1200", None, ""),
        ("South", None, None, "101.5", "implausible-value"),
        ("South", "Ann Candidate", "800", None, ""),
    ]


def test_implementation_status_gives_each_assessor_and_filters_by_status(
    facts_client: TestClient,
) -> None:
    answer = rows(facts_client, "implementation-status")
    assert [(r["assessor"][len(ID) :], r["statusConcept"].rsplit("/", 1)[-1]) for r in answer] == [
        ("org/watchers", "not-implemented"),
        ("body/cec", "mostly-implemented"),
    ]
    only = rows(facts_client, "implementation-status", status="mostly-implemented")
    assert [r["assessor"] for r in only] == [ID + "body/cec"]


def test_evidence_on_the_corpus_resolves_in_the_source(corpus_client: TestClient) -> None:
    answer = rows(
        corpus_client,
        "evidence",
        resource=f"id:report/{ISAACS_ARTICLE_KEY}",
    )
    assert [(r["file"], r["start"], r["end"]) for r in answer] == [
        ("000_fc014c5b3f715ef5.txt", "4", "103"),
        ("000_fc014c5b3f715ef5.txt", "106", "117"),
    ]
    from tests.documents import CORPUS

    text = (CORPUS / "000_fc014c5b3f715ef5.txt").read_text(encoding="utf-8")
    for row in answer:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    assert answer[1]["quote"] == "Rico Isaacs"


def test_documents_on_the_corpus(corpus_client: TestClient) -> None:
    answer = rows(corpus_client, "documents")
    assert [r["file"] for r in answer] == [
        "000_fc014c5b3f715ef5.txt",
        "001_0c620be955dcd040.txt",
        "002_78719f45d59fee38.txt",
        "003_4ea76907e25af2d4.txt",
        "003_4ea76907e25af2d4.txt",
        "004_80bdc416520160a0.txt",
    ]
    assert answer[2]["genre"] == "election observation final report"


def test_facts_by_class_on_the_corpus(corpus_client: TestClient) -> None:
    answer = rows(corpus_client, "facts-by-class", file="002_78719f45d59fee38.txt")
    counts = {r["class"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]: r["count"] for r in answer}
    assert counts["Report"] == "1"
    assert counts["SourceText"] == "1"
    assert json.dumps(counts)  # every count is a plain number string
