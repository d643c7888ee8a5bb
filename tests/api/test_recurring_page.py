"""/recurring over HTTP, as a policy officer reads it: each recommendation in the column of
the election it was made after (not of every election its report recalls), cells that name
who judged only when someone did, observers by their short names."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from normgraph.api.app import create_app
from normgraph.api.report_elections import Election, own_election
from normgraph.config import Settings
from normgraph.graph import EmbeddedStore
from normgraph.namespaces import ID, NG
from tests.conftest import load_facts
from tests.documents import CORPUS

ASSEMBLY = ID["issue/assembly"]
ELECTION_2004 = ID["election/xx/presidential/2004-05-06"]
ELECTION_2009 = ID["election/xx/presidential/2009-05-06"]
LATER = ID["report/c"]


def _later_report() -> Graph:
    """An invented later report whose text recalls the 2004 election besides its own (2009):
    its one recommendation names no election of its own, so the report's decides."""
    graph = Graph()
    org, recommendation = ID["org/later"], ID["recommendation/c1"]
    graph.add((org, RDF.type, NG.ObserverGroup))
    graph.add((org, NG.shortName, Literal("LM")))
    graph.add((org, RDFS.label, Literal("Later Monitors")))
    graph.add((LATER, RDF.type, NG.Report))
    graph.add((LATER, DCTERMS.creator, org))
    graph.add((LATER, DCTERMS.issued, Literal("2009-06-20", datatype=XSD.date)))
    graph.add((LATER, NG.election, ELECTION_2004))  # recalled in passing
    graph.add((LATER, NG.election, ELECTION_2009))  # its own
    graph.add((recommendation, RDF.type, NG.Recommendation))
    graph.add((recommendation, NG.text, Literal("Abolish the permits for assemblies.")))
    graph.add((recommendation, NG.sourceReport, LATER))
    membership = ID["membership/c1"]
    graph.add((membership, RDF.type, NG.IssueMembership))
    graph.add((membership, NG.recommendation, recommendation))
    graph.add((membership, NG.issue, ASSEMBLY))
    return graph


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    store = EmbeddedStore(None)
    load_facts(store)
    store.replace_graph(URIRef("https://w3id.org/normgraph/graph/test/report-c"), _later_report())
    with TestClient(create_app(Settings(corpus=CORPUS.resolve()), store)) as test_client:
        yield test_client


def _cells(page: str) -> dict[str, str]:
    """The chart's cells: election IRI -> the cell's spoken label."""
    svg = page[page.index("<svg") : page.index("</svg>")]
    found = re.findall(r'<a href="/recurring/evidence\?([^"]+)" aria-label="([^"]+)"', svg)
    cells = {}
    for query, label in found:
        election = re.search(r"election=([^&]+)", html.unescape(query))
        assert election is not None
        cells[election.group(1).replace("%3A", ":").replace("%2F", "/")] = html.unescape(label)
    return cells


def _cell_texts(page: str) -> list[list[str]]:
    """The words written inside each cell's box, cell by cell."""
    svg = page[page.index("<svg") : page.index("</svg>")]
    return [
        re.findall(r"<tspan[^>]*>([^<]*)</tspan>", block)
        for block in re.findall(r"<a href=\"/recurring/evidence.*?</a>", svg)
    ]


def test_a_recommendation_stands_only_at_its_reports_own_election(client: TestClient) -> None:
    cells = _cells(client.get("/recurring").text)
    assert set(cells) == {str(ELECTION_2004), str(ELECTION_2009)}
    assert "raised by Test Watchers;" in cells[str(ELECTION_2004)]  # not by the later report
    raised = re.search(r"raised by ([^;]*);", cells[str(ELECTION_2009)])
    assert raised is not None and set(raised.group(1).split(", ")) == {"Test Watchers", "LM"}
    earlier = client.get(
        "/recurring/evidence", params={"issue": str(ASSEMBLY), "election": str(ELECTION_2004)}
    ).text
    later = client.get(
        "/recurring/evidence", params={"issue": str(ASSEMBLY), "election": str(ELECTION_2009)}
    ).text
    assert "/id/recommendation/c1" not in earlier
    assert "/id/recommendation/c1" in later and "/id/recommendation/b1" in later


def test_a_cell_nobody_assessed_names_no_judge(client: TestClient) -> None:
    page = client.get("/recurring").text
    texts = _cell_texts(page)
    unjudged = [words for words in texts if "not yet assessed" in words]
    assert unjudged, texts
    for words in unjudged:
        assert not any("stated by" in w or "inferred by" in w for w in words), words
    assert "unnamed assessor" not in page
    judged = [words for words in texts if "not yet assessed" not in words]
    assert judged and all(any(" by " in w for w in words[1:]) for words in judged), texts


def test_every_judge_is_named_in_full_inside_the_cell(client: TestClient) -> None:
    page = client.get("/recurring").text
    svg = page[page.index("<svg") : page.index("</svg>")]
    first = re.search(r'<a href="/recurring/evidence[^"]*2004-05-06.*?</a>', svg)
    assert first is not None
    words = " ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", first.group(0)))
    assert "stated by Test Watchers" in words and "Central Test Commission" in words
    height = float(re.findall(r'<rect class="cell"[^>]* height="([\d.]+)"', first.group(0))[0])
    top = float(re.findall(r'<rect class="cell"[^>]* y="([\d.]+)"', first.group(0))[0])
    baselines = [
        float(y) + 15 * (len(re.findall(r"<tspan", spans)) - 1)
        for y, spans in re.findall(r'<text x="[^"]+" y="([\d.]+)"[^>]*>(.*?)</text>', svg)
        if top <= float(y) <= top + height
    ]
    assert baselines and max(baselines) < top + height - 9  # above the status bar


def test_who_judged_is_said_on_the_evidence_page(client: TestClient) -> None:
    page = client.get(
        "/recurring/evidence", params={"issue": str(ASSEMBLY), "election": str(ELECTION_2004)}
    ).text
    headings = re.findall(r"<h3>(.*?)</h3>", page)
    assert len(headings) == 2
    assert all(": stated by " in h for h in headings), headings


def test_the_observed_election_is_chosen_among_those_a_report_names() -> None:
    recalled = Election("id:e/2003", "2003 local", "2003-09-20")
    own = Election("id:e/2004", "2004 parliamentary", "2004-09-19")
    later = Election("id:e/2012", "2012 parliamentary", "2012")
    # A pre-election statement, issued before its election: the nearest, not the latest past.
    assert own_election([recalled, own, later], "2004-07-23") == own
    # A final report weeks after its election, recalling one and announcing the next.
    assert own_election([recalled, own, later], "2004-11-30") == own
    # The election its own mission observed wins over dates.
    observed = Election("id:e/2003", "2003 local", "2003-09-20", observed=True)
    assert own_election([observed, own], "2004-09-20") == observed
    # Undated report: the latest election it names; none named: none.
    assert own_election([recalled, own], None) == own
    assert own_election([], "2004-01-01") is None
