"""The web pages over HTTP: home, saved questions with forms, the recurring-issues chart,
evidence in context. The browser-level journey is in ``tests/e2e/test_browser.py``."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from fastapi.testclient import TestClient

from normgraph.api.recurrence_chart import RECURRENCE_QUERY
from normgraph.api.resource_view import Layout, read_evidence
from normgraph.graph import GraphStore
from normgraph.loaders.programme.loader import attachment_start
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import read_source
from normgraph.namespaces import ID
from tests.api.helpers import missing_from
from tests.documents import NDI_PROGRAMME, ODIHR_2011_KEY

ASSEMBLY = "https://w3id.org/normgraph/id/issue/assembly"
ELECTION_2004 = "https://w3id.org/normgraph/id/election/xx/presidential/2004-05-06"


def counts(page: str) -> dict[str, int]:
    found = re.findall(r'<span class="count">(\d+)</span>([^<]+)</a>', page)
    return {label: int(number) for number, label in found}


def test_home_says_what_the_graph_holds(facts_client: TestClient) -> None:
    page = facts_client.get("/").text
    assert counts(page) == {
        "documents": 2,
        "elections": 2,
        "recommendations": 3,
        "recurring issues": 2,
        "complaints and appeals": 2,
        "treaty actions": 3,
    }
    # Elections on a timeline, in date order, each linked to its record and its questions.
    assert page.index("2004-05-06") < page.index("2009-05-06")
    assert '<a href="/id/election/xx/presidential/2004-05-06"' in page
    assert "/questions/election-overview?election=id:election/xx/presidential/2004-05-06" in page
    assert '<a href="/id/report/a"' in page
    assert 'href="/recurring"' in page


def test_pages_share_one_layout_with_the_stylesheet(facts_client: TestClient) -> None:
    for path in ("/", "/questions", "/recurring", "/id/report/a", "/sparql", "/ontology"):
        page = facts_client.get(path, headers={"Accept": "text/html"}).text
        assert '<link rel="stylesheet" href="/static/normgraph.css">' in page, path
        assert '<meta name="viewport"' in page, path
    css = facts_client.get("/static/normgraph.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")


def test_catalogue_searches_by_tag_and_text(facts_client: TestClient) -> None:
    def names(**params: str) -> list[str]:
        page = facts_client.get("/questions", params=params).text
        return re.findall(r'<a href="/questions/([\w-]+)"><strong>', page)

    assert len(names()) >= 15
    assert names(tag="treaties") == ["norm-trajectory", "treaties-in-force", "treaty-actions"]
    assert "complaints" in names(q="appeals")
    assert names(q="appeals", tag="treaties") == []
    assert names(q="no such words anywhere") == []


def test_search_text_is_escaped(facts_client: TestClient) -> None:
    page = facts_client.get("/questions", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_question_with_defaults_runs_at_once(facts_client: TestClient) -> None:
    page = facts_client.get("/questions/recurring-by-reports").text
    assert (
        missing_from(
            page,
            '<input id="p-minReports" name="minReports" value="2"',
            'type="number"',
            "1 row(s)",
            # The issue links to its record page, with its label as the text.
            '<a href="/id/issue/assembly" title="' + ASSEMBLY + '">Restrictions on assembly</a>',
            'id="permalink" href="/questions/recurring-by-reports?minReports=2"',
            'href="/queries/recurring-by-reports?minReports=2&amp;format=csv"',
            'href="/queries/recurring-by-reports?minReports=2&amp;format=json"',
        )
        == []
    )


def test_required_iri_parameter_is_a_dropdown_of_the_graphs_resources(
    facts_client: TestClient,
) -> None:
    page = facts_client.get("/questions/election-recommendations").text
    assert '<select id="p-election" name="election"' in page
    assert (
        '<option value="id:election/xx/presidential/2004-05-06">'
        "Testland presidential election 2004</option>"
    ) in page
    assert "row(s)" not in page  # nothing runs until the election is chosen


def test_allowed_values_are_a_dropdown(facts_client: TestClient) -> None:
    page = facts_client.get("/questions/complaints").text
    assert '<select id="p-outcome" name="outcome"' in page
    assert '<option value="">any</option>' in page
    assert '<option value="partially-upheld">partially upheld</option>' in page


def test_permalink_reproduces_the_answer(facts_client: TestClient) -> None:
    first = facts_client.get(
        "/questions/election-recommendations", params={"election": ELECTION_2004}
    ).text
    permalink = re.search(r'id="permalink" href="([^"]+)"', first)
    assert permalink is not None
    assert permalink.group(1) == (
        "/questions/election-recommendations?election=id:election/xx/presidential/2004-05-06"
    )
    again = facts_client.get(permalink.group(1).replace("&amp;", "&")).text
    table = re.compile(r'<table class="sortable" id="answer">.*?</table>', re.S)
    assert table.search(first) is not None
    assert table.findall(first) == table.findall(again)
    assert "Lift the limits on peaceful assembly." in again


def test_csv_download_holds_the_rows(facts_client: TestClient) -> None:
    page = facts_client.get("/questions/recurring-by-reports").text
    href = re.search(r'id="download-csv" href="([^"]+)"', page)
    assert href is not None
    answer = facts_client.get(href.group(1).replace("&amp;", "&"))
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [(r["issue"], r["reports"]) for r in rows] == [(ASSEMBLY, "2")]


def test_bad_value_is_shown_on_the_form_as_a_400(facts_client: TestClient) -> None:
    response = facts_client.get("/questions/recurring-by-reports", params={"minReports": "<b>two"})
    assert response.status_code == 400
    assert 'class="error" role="alert"' in response.text
    assert "minReports" in response.text
    assert "<b>two" not in response.text


def test_unknown_question_is_404(facts_client: TestClient) -> None:
    assert facts_client.get("/questions/no-such-question").status_code == 404


def test_recurring_chart_has_a_linked_cell_per_issue_and_election(
    facts_client: TestClient,
) -> None:
    page = facts_client.get("/recurring").text
    assert RECURRENCE_QUERY in page  # the question behind the chart is named and linked
    svg = page[page.index("<svg") : page.index("</svg>")]
    cells = re.findall(r'<a href="(/recurring/evidence\?[^"]+)" aria-label="([^"]+)"', svg)
    assert len(cells) == 2
    labels = [label for _, label in cells]
    assert labels[0].startswith("Restrictions on assembly at Testland presidential election 2004")
    assert "raised by Test Watchers" in labels[0]
    # Disagreeing assessments coexist: one band each.
    assert "not implemented (stated by Test Watchers, 2009-06-01)" in labels[0]
    assert "mostly implemented (stated by Central Test Commission, 2009-07-01)" in labels[0]
    assert "not yet assessed" in labels[1]
    assert "2004-05-06" in svg and "2009-05-06" in svg
    assert 'fill="#c62828"' in svg and 'fill="#7cb342"' in svg


def test_chart_cell_shows_the_quotes(facts_client: TestClient) -> None:
    page = facts_client.get(
        "/recurring/evidence", params={"issue": ASSEMBLY, "election": ELECTION_2004}
    ).text
    assert (
        missing_from(
            page,
            "<mark>Lift the limits on peaceful assembly.</mark>",
            '<a href="/id/recommendation/a1"',
            "a.txt, characters 10 to 47",
            # who judged the recommendation since, in words
            "How it was judged since",
            "stated by Test Watchers, 2009-06-01",
        )
        == []
    )


def test_record_page_shows_properties_as_links_not_escaped_markup(
    corpus_client: TestClient,
) -> None:
    page = corpus_client.get("/id/organisation/ndi", headers={"Accept": "text/html"}).text
    assert "&lt;span" not in page and "&lt;a href" not in page
    assert "<span class='meta'>in <a href=\"/graph/doc/" in page


def test_record_page_names_the_report_whose_span_holds_each_quote(
    corpus_client: TestClient, corpus: Path
) -> None:
    """The NDI file holds a programme report and, attached, a statement: each quote on NDI's
    page is named with the report it lies in, and with its section there."""
    source = read_source(corpus / NDI_PROGRAMME)
    cut = attachment_start(source, parse_document(source))
    assert cut is not None
    page = corpus_client.get("/id/organisation/ndi", headers={"Accept": "text/html"}).text
    figures = re.findall(
        r"<figcaption class='meta'>In <cite>([^<]*)</cite>, section <strong class='section'>"
        r"([^<]*)</strong> — " + re.escape(NDI_PROGRAMME) + r", characters (\d+) to",
        page,
    )
    placed = {int(start) < cut for _, _, start in figures}
    assert placed == {True, False}  # quotes in both reports
    assert min(figures, key=lambda f: int(f[2]))[1] == "I. SUMMARY"
    for document, section, start in figures:
        if int(start) < cut:
            assert document.endswith("International Affairs: programme report")
            assert section != "title page"
        else:
            assert document.endswith("September 19, 2004, Parliamentary Elections")
            assert section == "title page"  # the statement's title block, before its sections


def test_a_quote_is_named_by_its_section_heading_path(built_store: GraphStore) -> None:
    (evidence,) = read_evidence(built_store, str(ID[f"recommendation/{ODIHR_2011_KEY}/1"]))
    assert evidence.document and evidence.document.startswith("REPUBLIC OF KAZAKHSTAN")
    assert evidence.section == "XVII. RECOMMENDATIONS / A. PRIORITY RECOMMENDATIONS"


def test_layout_places_offsets_in_reports_and_sections() -> None:
    layout = Layout(
        reports={"r1": "Programme", "r2": "Statement"},
        sections={
            "s1": ("I. SUMMARY", "r1"),
            "s1a": ("A. MORE", "s1"),
            "t1": ("I. FINDINGS", "r2"),
        },
        starts={"r1": 40, "s1": 1, "s1a": 50, "r2": 100, "t1": 120},
    )
    assert layout.place(0) == ("Programme", "title page")
    assert layout.place(10) == ("Programme", "I. SUMMARY")
    assert layout.place(60) == ("Programme", "I. SUMMARY / A. MORE")
    assert layout.place(105) == ("Statement", "title page")
    assert layout.place(500) == ("Statement", "I. FINDINGS")
    assert Layout().place(5) == (None, None)
