"""The recurrence stage and its saved queries on an invented three-observer, three-election set."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, XSD

from normgraph.graph import GraphStore
from normgraph.namespaces import ID, NG, OA, PROV, RDF, RDFS, RECURRENCE_GRAPH, VOCAB
from normgraph.recurrence import GROUPING_RULE, RAISED_AGAIN_RULE, link
from normgraph.recurrence_read import read_assessments
from tests.core.recurrence_store import TRANSPARENCY, rows
from tests.documents import CORPUS, ENEMO_2005_KEY, NDI_STATEMENT_KEY, ODIHR_2011_KEY

FULLY = VOCAB["implementation-status/fully-implemented"]


def test_one_issue_groups_the_results_recommendations_of_three_elections(store: GraphStore) -> None:
    outcome = link(store)
    assert outcome.written and not outcome.violations
    assert outcome.issues == 1 and outcome.memberships == 3
    graph = store.read_graph(RECURRENCE_GRAPH)
    [issue] = graph.subjects(RDF.type, NG.RecurringIssue)
    members = {
        str(graph.value(m, NG.recommendation)): graph.value(m, NG.reason)
        for m in graph.subjects(NG.issue, issue)
        if (m, RDF.type, NG.IssueMembership) in graph
    }
    assert set(members) == {
        str(ID["recommendation/ndi-2004/results"]),
        str(ID["recommendation/enemo-2005/results"]),
        str(ID["recommendation/odihr-2011/11"]),
    }
    assert all(
        "text similarity" in str(reason) and "shared topic" in str(reason)
        for reason in members.values()
    )
    assert (issue, PROV.wasAttributedTo, GROUPING_RULE) in graph
    assert (issue, NG.invokesNorm, TRANSPARENCY) in graph


def test_raising_again_infers_not_implemented_attributed_to_the_rule(store: GraphStore) -> None:
    link(store)
    graph = store.read_graph(RECURRENCE_GRAPH)
    inferred = list(graph.subjects(NG.assessor, RAISED_AGAIN_RULE))
    # NDI's ask raised again in 2005 and 2011, ENEMO's in 2011: one inference per earlier
    # member, derived from the latest recommendation raising it again (ODIHR 2011's).
    assert len(inferred) == 2
    latest = ID["recommendation/odihr-2011/11"]
    for assessment in inferred:
        assert (assessment, PROV.wasAttributedTo, RAISED_AGAIN_RULE) in graph
        assert graph.value(assessment, PROV.wasDerivedFrom) == latest
        assert graph.value(assessment, NG.evidence) is not None
        assert str(graph.value(assessment, NG.date)) == "2011-04-03"
    labels = {
        str(graph.value(a, NG.recommendation)): str(graph.value(a, RDFS.label)) for a in inferred
    }
    assert labels[str(ID["recommendation/ndi-2004/results"])].endswith(
        "raised again at 2 later elections)"
    )
    assert labels[str(ID["recommendation/enemo-2005/results"])].endswith(
        "raised again at 1 later election)"
    )
    assert (RAISED_AGAIN_RULE, RDF.type, PROV.SoftwareAgent) in graph
    assert (RAISED_AGAIN_RULE, RDF.type, FOAF.Agent) in graph


def test_flagship_query_lists_each_election_with_observer_text_and_quote(store: GraphStore) -> None:
    link(store)
    found = rows(store, "recurring-unaddressed", {})
    assert {r["electionDate"] for r in found} == {"2004-09-19", "2005-12-04", "2011-04-03"}
    assert {r["observer"] for r in found} == {"NDI", "ENEMO", "OSCE-ODIHR"}
    assert all(r["quote"] == r["text"] and r["file"].endswith(".txt") for r in found)
    assert [r["order"] for r in found] == ["1", "2", "3"]
    assert rows(store, "recurring-unaddressed", {"minElections": "4"}) == []
    assert rows(store, "recurring-unaddressed", {"topic": "vocab:topic/media"}) == []
    assert (
        len(rows(store, "recurring-unaddressed", {"topic": "vocab:topic/tabulation-and-results"}))
        == 3
    )


def test_an_observer_assessment_of_full_implementation_removes_the_issue_at_the_next_link(
    store: GraphStore,
) -> None:
    """The link stage counts it on the issue (``ng:fullyImplementedCount``), which the
    flagship reads: written into a document graph by hand, it counts once linked."""
    link(store)
    [issue] = [r["issue"] for r in rows(store, "recurring-issues", {})]
    assessment = ID["assessment/odihr-2011/1"]
    store.update(
        f"""PREFIX ng: <{NG}>
        INSERT DATA {{ GRAPH <https://w3id.org/normgraph/graph/doc/odihr-2011> {{
          <{assessment}> a ng:ImplementationAssessment ; ng:issue <{issue}> ;
            ng:assessor <{ID["organisation/osce-odihr"]}> ; ng:status <{FULLY}> ;
            ng:date "2011-06-16"^^<{XSD.date}> .
        }} }}"""
    )
    assert link(store).written
    assert rows(store, "recurring-unaddressed", {}) == []
    [latest] = rows(store, "latest-assessment", {"issue": issue})
    assert latest["assessment"] == str(assessment) and latest["date"] == "2011-06-16"


def test_recurring_issues_gives_first_and_last_election_and_counts(store: GraphStore) -> None:
    link(store)
    [issue] = rows(store, "recurring-issues", {"minElections": "2"})
    assert (issue["firstElection"], issue["lastElection"]) == ("2004-09-19", "2011-04-03")
    assert (issue["elections"], issue["organisations"], issue["recommendations"]) == ("3", "3", "3")
    assert issue["members"].startswith("1. " + str(ID["recommendation/ndi-2004/results"]))


def test_a_report_naming_an_earlier_election_counts_only_its_own(store: GraphStore) -> None:
    """ODIHR's 2011 report also names the 1999 elections it recalls (an IRI that sorts
    before its own): its member stands at 2011 in the saved queries, GraphQL's counts and
    the inferred statuses' dates, not at the recalled election."""
    recalled = ID["election/kz/parliamentary/1999-10-10"]
    store.update(
        f"""PREFIX ng: <{NG}>
        INSERT DATA {{ GRAPH <https://w3id.org/normgraph/graph/doc/odihr-2011> {{
          <{ID["report/odihr-2011"]}> ng:election <{recalled}> .
          <{recalled}> a ng:Election ; ng:country <{ID["state/kz"]}> ;
            ng:electionDate "1999-10-10"^^<{XSD.date}> .
        }} }}"""
    )
    link(store)
    [issue] = rows(store, "recurring-issues", {"minElections": "2"})
    assert (issue["firstElection"], issue["lastElection"]) == ("2004-09-19", "2011-04-03")
    assert issue["elections"] == "3"
    found = rows(store, "recurring-unaddressed", {})
    assert {r["electionDate"] for r in found} == {"2004-09-19", "2005-12-04", "2011-04-03"}
    graph = store.read_graph(RECURRENCE_GRAPH)
    dates = {str(graph.value(a, NG.date)) for a in graph.subjects(NG.assessor, RAISED_AGAIN_RULE)}
    assert dates == {"2011-04-03"}  # the latest election raising each member again
    assert not list(graph.subjects(NG.election, recalled))


def test_norm_trajectory_orders_what_invokes_the_norm_by_date(store: GraphStore) -> None:
    found = rows(store, "norm-trajectory", {"norm": "vocab:norm/transparency"})
    recommendations = [r for r in found if r["kind"] == "recommendation"]
    assert [r["date"] for r in recommendations] == ["2004-09-19", "2005-12-04", "2011-04-03"]


def test_link_replaces_the_recurrence_graph_on_each_run(store: GraphStore) -> None:
    first = link(store)
    before = store.count_triples(RECURRENCE_GRAPH)
    second = link(store)
    assert before == store.count_triples(RECURRENCE_GRAPH) == second.triples == first.triples


def test_flagship_query_on_the_corpus_finds_the_issues_a_careful_reader_lists(
    built_store: GraphStore,
) -> None:
    """On the five reports, asks a careful reader marks as recurring between the NDI
    statement (2004), ENEMO (2005) and ODIHR (2011) share an issue (the legal framework in
    line with OSCE standards, precinct results published, balanced commissions), asks that
    only share a theme do not (NDI's end to intimidation, ENEMO's Article 44(6), ODIHR's
    party-registration time limit), issues carry a short name, and each row's quote
    resolves in its source."""
    found = rows(built_store, "recurring-unaddressed", {})
    issues: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for row in found:
        recommendation = row["recommendation"].split("/id/recommendation/")[1]
        issues.setdefault(row["issue"], set()).add(recommendation)
        names[row["issue"]] = row["issueLabel"]
    ndi, enemo, odihr = NDI_STATEMENT_KEY, ENEMO_2005_KEY, ODIHR_2011_KEY

    def together(*keys: str) -> bool:
        return any(set(keys) <= members for members in issues.values())

    assert together(f"{enemo}/p1", f"{odihr}/1")
    assert together(f"{ndi}/p12", f"{odihr}/11")
    assert together(f"{ndi}/p6", f"{odihr}/2")
    assert not together(f"{ndi}/p4", f"{enemo}/1")
    assert not together(f"{enemo}/1", f"{odihr}/4")
    assert not together(f"{ndi}/p1", f"{odihr}/20")
    for name in names.values():
        assert 0 < len(name) <= 80 and not name.startswith("Recurring issue")
    texts = " ".join(r["text"] for r in found)
    assert "polling station" in texts and "PEC results protocols" in texts
    for row in found:
        source = (CORPUS / row["file"]).read_text(encoding="utf-8")
        assert source[int(row["start"]) : int(row["end"])] == row["quote"]
    assert len({tuple(sorted(r.items())) for r in found}) == len(found)  # no duplicate rows


def _stated(store: GraphStore, key: str, quote: str, ask: str | None) -> None:
    """An observer assessment in the 2011 report, quoting ``quote``, naming ``ask``."""
    graph = Graph()
    item, annotation = ID[f"assessment/{key}"], ID[f"annotation/{key}"]
    target, selector = ID[f"annotation/{key}/target"], ID[f"annotation/{key}/quote"]
    graph.add((item, RDF.type, NG.ImplementationAssessment))
    graph.add((item, NG.sourceReport, ID["report/odihr-2011"]))
    graph.add((item, NG.evidence, annotation))
    graph.add((annotation, OA.hasTarget, target))
    graph.add((target, OA.hasSelector, selector))
    graph.add((selector, OA.exact, Literal(quote)))
    if ask is not None:
        graph.add((item, NG.text, Literal(ask)))
    store.replace_graph(URIRef(f"https://w3id.org/normgraph/graph/doc/{key}"), graph)


def test_an_assessment_of_one_named_ask_is_resolved_by_that_ask(store: GraphStore) -> None:
    quote = "The commission adopted 3 of the 5 recommendations, including A and B."
    _stated(store, "named", quote, "the publication of results protocols")
    _stated(store, "whole", quote, None)
    texts = {item.key.rsplit("/", 1)[-1]: item.text for item in read_assessments(store)}
    assert texts == {"named": "the publication of results protocols", "whole": quote}


def test_a_stated_status_answers_latest_assessment_as_stated_by_the_mission(
    store: GraphStore,
) -> None:
    """The 2011 report says the earlier ask to publish precinct results remains
    unaddressed: the statement is resolved to the latest earlier report holding that ask
    (ENEMO 2005), links to the issue, and latest-assessment shows it as stated."""
    quote = (
        "The recommendation to publish precinct results protocols, made in previous reports, "
        "remains unaddressed."
    )
    graph = Graph()
    item, annotation = ID["assessment/unaddressed"], ID["source/odihr-2011/extracted/0-99"]
    target, selector = URIRef(f"{annotation}#target"), URIRef(f"{annotation}#quote")
    graph.add((item, RDF.type, NG.ImplementationAssessment))
    graph.add((item, NG.sourceReport, ID["report/odihr-2011"]))
    graph.add((item, NG.assessor, ID["organisation/osce-odihr"]))
    graph.add((item, NG.status, VOCAB["implementation-status/not-implemented"]))
    graph.add((item, NG.date, Literal("2011-06-16", datatype=XSD.date)))
    graph.add((item, NG.evidence, annotation))
    graph.add((annotation, RDF.type, OA.Annotation))
    graph.add((annotation, OA.hasTarget, target))
    graph.add((target, OA.hasSource, ID["source/odihr-2011"]))
    graph.add((target, OA.hasSelector, selector))
    graph.add((selector, RDF.type, OA.TextQuoteSelector))
    graph.add((selector, OA.exact, Literal(quote)))
    store.replace_graph(URIRef("https://w3id.org/normgraph/graph/doc/unaddressed"), graph)
    outcome = link(store)
    assert outcome.written, outcome.violations
    assert outcome.observed_assessments == 1 and outcome.unresolved_assessments == 0
    linked = store.read_graph(RECURRENCE_GRAPH)
    assert linked.value(item, NG.recommendation) == ID["recommendation/enemo-2005/results"]
    [latest] = rows(store, "latest-assessment", {})
    assert latest["assessment"] == str(item) and latest["quote"] == quote
    assert latest["judgedBy"].startswith("stated by") and latest["date"] == "2011-06-16"
