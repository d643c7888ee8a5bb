"""Reading what the link stage groups and resolves from the store, with SPARQL.

Recommendations and findings (text, report, issuer, election, dates, topics, norms,
laws), observers' statements on earlier recommendations, the findings the recurrence graph
attaches to issues, and the evidence of recommendations: every read the recurrence stage
makes (:mod:`normgraph.recurrence`), in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import URIRef
from rdflib.term import Node

from normgraph.graph import GraphStore

from .grouping import Item
from .namespaces import NG, RECURRENCE_GRAPH, VOCAB
from .report_election import Election, own_election

FULLY_IMPLEMENTED = VOCAB["implementation-status/fully-implemented"]

_PREFIXES = """
PREFIX ng: <https://w3id.org/normgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

RECOMMENDATIONS = (
    _PREFIXES
    + """
SELECT ?item ?class ?text ?report (MIN(?issuer0) AS ?issuer) (MIN(?election0) AS ?election)
       (MIN(?electionDate0) AS ?electionDate) (MIN(?issued0) AS ?issued)
       (MIN(?country0) AS ?country)
       (GROUP_CONCAT(DISTINCT STR(?topic); separator=" ") AS ?topics)
       (GROUP_CONCAT(DISTINCT STR(?norm); separator=" ") AS ?norms)
       (GROUP_CONCAT(DISTINCT STR(?law); separator=" ") AS ?laws)
WHERE {
  ?item a ?class ; ng:text ?text ; ng:sourceReport ?report .
  OPTIONAL { ?report dcterms:creator|dcterms:publisher ?issuer0 }
  OPTIONAL { ?item ng:election ?election0 }
  OPTIONAL { ?item ng:election/ng:electionDate ?electionDate0 }
  OPTIONAL { ?item ng:election/ng:country ?country0 }
  OPTIONAL { ?report dcterms:issued ?issued0 }
  OPTIONAL { ?item ng:topic ?topic }
  OPTIONAL { ?item ng:invokesNorm ?norm }
  OPTIONAL { ?item ng:concernsLaw ?law }
}
GROUP BY ?item ?class ?text ?report
ORDER BY ?item
"""
)
"""Every recommendation (or finding) with the election it names itself, if any; the
report's own election is chosen in Python (:data:`REPORT_ELECTIONS`)."""

REPORT_ELECTIONS = (
    _PREFIXES
    + """
SELECT DISTINCT ?class ?report ?election ?electionDate ?country ?issued ?observed
WHERE {
  { SELECT DISTINCT ?class ?report WHERE { ?item a ?class ; ng:sourceReport ?report } }
  ?report ng:election ?election .
  OPTIONAL { ?election ng:electionDate ?electionDate }
  OPTIONAL { ?election ng:country ?country }
  OPTIONAL { ?report dcterms:issued ?issued }
  BIND(EXISTS { ?mission ng:observes ?election ; ng:sourceReport ?report } AS ?observed)
}
"""
)
"""Every election named by a report holding items of a class, with what picks its own
(:func:`normgraph.report_election.own_election`): a report also names the elections it
recalls, and the smallest of their IRIs is not the one its recommendations were made after."""


CONCERNS = f"""
SELECT ?finding ?issue ?report WHERE {{
  GRAPH {RECURRENCE_GRAPH.n3()} {{ ?finding <{NG.concerns}> ?issue }}
  ?finding <{NG.sourceReport}> ?report
}}
"""
"""The findings the recurrence graph attaches to issues, with their reports."""
FINDING_REPORTS = (
    _PREFIXES + "SELECT DISTINCT ?report WHERE { ?f a ng:Finding ; ng:sourceReport ?report }"
)

ASSESSMENTS = (
    _PREFIXES
    + """
SELECT ?item ?report (MIN(?asked0) AS ?asked) (MIN(?quote0) AS ?quote) (MIN(?issued0) AS ?issued)
       (MIN(?country0) AS ?country) (MIN(?issuer0) AS ?issuer) (MIN(?status0) AS ?status)
WHERE {
  ?item a ng:ImplementationAssessment ; ng:sourceReport ?report ; ng:evidence ?annotation .
  ?annotation oa:hasTarget/oa:hasSelector/oa:exact ?quote0 .
  FILTER NOT EXISTS { ?item a ng:InferredAssessment }
  FILTER NOT EXISTS { ?item ng:assessor/a prov:SoftwareAgent }
  OPTIONAL { ?item ng:text ?asked0 }
  OPTIONAL { ?report dcterms:issued ?issued0 }
  OPTIONAL { ?report ng:election/ng:country ?country0 }
  OPTIONAL { ?report dcterms:creator|dcterms:publisher ?issuer0 }
  OPTIONAL { ?item ng:status ?status0 }
}
GROUP BY ?item ?report
ORDER BY ?item
"""
)


def _text(row: dict[str, Node], name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value)


def _words(row: dict[str, Node], name: str) -> frozenset[str]:
    return frozenset(_text(row, name).split())


def read_report_elections(
    store: GraphStore, cls: URIRef = NG.Recommendation, report: Node | None = None
) -> dict[str, Election]:
    """The own election of every report holding items of ``cls`` (or of ``report``)."""
    bindings: dict[str, Node] = {"class": cls}
    if report is not None:
        bindings["report"] = report
    _, rows = store.select(REPORT_ELECTIONS, bindings=bindings)  # type: ignore[arg-type]
    named: dict[str, dict[str, Election]] = {}
    issued: dict[str, str] = {}
    for row in rows:
        key = _text(row, "report")
        if row.get("issued") is not None:
            issued.setdefault(key, _text(row, "issued"))
        elections = named.setdefault(key, {})
        iri = _text(row, "election")
        if iri not in elections:
            elections[iri] = Election(
                iri,
                iri,
                _text(row, "electionDate") or None,
                _text(row, "observed").lower() == "true",
                _text(row, "country"),
            )
    chosen = {key: own_election(list(e.values()), issued.get(key)) for key, e in named.items()}
    return {key: election for key, election in chosen.items() if election is not None}


def read_items(
    store: GraphStore, cls: URIRef = NG.Recommendation, report: Node | None = None
) -> list[Item]:
    """Every recommendation (or finding) in the store, or in one report, as grouping sees it:
    at the election it names itself, else at its report's own election."""
    bindings: dict[str, Node] = {"class": cls}
    if report is not None:
        bindings["report"] = report
    _, rows = store.select(RECOMMENDATIONS, bindings=bindings)  # type: ignore[arg-type]
    own = read_report_elections(store, cls, report)
    items = []
    for row in rows:
        election = _text(row, "election")
        date, country = _text(row, "electionDate"), _text(row, "country")
        if not election and _text(row, "report") in own:
            chosen = own[_text(row, "report")]
            election, date, country = chosen.iri, chosen.date or "", chosen.country
        items.append(
            Item(
                key=_text(row, "item"),
                text=_text(row, "text"),
                document=_text(row, "report"),
                organisation=_text(row, "issuer"),
                election=election,
                date=(date or _text(row, "issued"))[:10],
                topics=_words(row, "topics"),
                norms=_words(row, "norms"),
                laws=_words(row, "laws"),
                country=country,
            )
        )
    return items


def read_assessments(store: GraphStore) -> list[Item]:
    """Observer assessments of earlier recommendations, with the ask they describe (their
    ``ng:text``, for one ask named in a list) or else the sentence that states them."""
    return read_statements(store)[0]


def read_statements(store: GraphStore) -> tuple[list[Item], set[str]]:
    """The assessments as :func:`read_assessments` reads them, and the keys of those that
    state full implementation."""
    _, rows = store.select(ASSESSMENTS)
    own = read_report_elections(store, NG.ImplementationAssessment)
    done = {_text(row, "item") for row in rows if _text(row, "status") == str(FULLY_IMPLEMENTED)}
    return [
        Item(
            key=_text(row, "item"),
            # What the statement describes, else its quote (picked here: Virtuoso 7.2 cannot
            # compile a COALESCE of two aggregates).
            text=_text(row, "asked") or _text(row, "quote"),
            document=_text(row, "report"),
            organisation=_text(row, "issuer"),
            date=_text(row, "issued")[:10],
            country=own[report].country
            if (report := _text(row, "report")) in own
            else _text(row, "country"),
        )
        for row in rows
    ], done


def read_evidence(store: GraphStore, keys: Sequence[str]) -> dict[str, list[URIRef]]:
    """The evidence annotations of the recommendations an inference can rest on."""
    found: dict[str, list[URIRef]] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), 400):
        values = " ".join(URIRef(key).n3() for key in wanted[start : start + 400])
        _, rows = store.select(
            _PREFIXES + f"SELECT ?item ?annotation WHERE {{ VALUES ?item {{ {values} }} "
            "?item ng:evidence ?annotation } ORDER BY ?item ?annotation"
        )
        for row in rows:
            annotation = row["annotation"]
            if isinstance(annotation, URIRef):
                found.setdefault(str(row["item"]), []).append(annotation)
    return found


RESOLVED = f"""
SELECT ?assessment ?recommendation WHERE {{
  GRAPH {RECURRENCE_GRAPH.n3()} {{
    ?assessment <{NG.recommendation}> ?recommendation
    FILTER NOT EXISTS {{ ?assessment a <{NG.InferredAssessment}> }}
  }}
}}
"""
"""Observers' statements an earlier link resolved to the recommendation they judge."""
RESTATED = f"""
SELECT DISTINCT ?assessment WHERE {{
  GRAPH {RECURRENCE_GRAPH.n3()} {{
    ?assessment <{NG.issue}> ?issue
    FILTER NOT EXISTS {{ ?assessment <{NG.recommendation}> ?recommendation }}
  }}
}}
"""
"""Statements an earlier link tied to an issue only (their own report re-states the ask)."""
