"""What the web pages read from the store, each in one worker call.

Like :mod:`normgraph.api.resource_view`, every function here takes the store and returns
plain picklable data, so it runs in a query worker, bounded by the query timeout. Saved
queries are run through their own :class:`~normgraph.graph.QueryRequest`; the SPARQL
here only gathers what a page needs around them (counts, labels, the chart's cells).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib.term import Node

from normgraph.graph import GraphStore, QueryRequest
from normgraph.namespaces import sparql_prefixes

PREFIXES = sparql_prefixes("ng", "rdfs", "skos", "dcterms", "foaf")
LABEL = "skos:prefLabel|rdfs:label|dcterms:title|foaf:name"


def preferred_label(subject: str, name: str, short: bool = False) -> str:
    """SPARQL binding ``?name`` to ``subject``'s label of the first kind it has, in
    :data:`LABEL`'s order (its ``ng:shortName`` first when ``short``), so that a resource
    with labels of several kinds shows the same one on every row, in one row."""
    paths = (["ng:shortName"] if short else []) + LABEL.split("|")
    parts = []
    for i, path in enumerate(paths):
        earlier = f" FILTER NOT EXISTS {{ {subject} {'|'.join(paths[:i])} [] }}" if i else ""
        parts.append(f"OPTIONAL {{ {subject} {path} ?{name}{i}{earlier} }}")
    found = ", ".join(f"?{name}{i}" for i in range(len(paths)))
    return f"{' '.join(parts)} BIND(COALESCE({found}) AS ?{name})"


COUNTED = {
    "Report": "documents",
    "Election": "elections",
    "Recommendation": "recommendations",
    "RecurringIssue": "recurring issues",
    "Complaint": "complaints and appeals",
    "TreatyAction": "treaty actions",
}
"""Classes the home page counts, by local name (appeals are counted with complaints)."""

COUNTS = (
    PREFIXES
    + """
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?class { ng:Report ng:Election ng:Recommendation ng:RecurringIssue ng:Complaint
                  ng:TreatyAction ng:Appeal }
  ?x a ?class .
} GROUP BY ?class
"""
)
DOCUMENTS = (
    PREFIXES
    + f"""
SELECT ?report (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?creator) (SAMPLE(?d) AS ?issued) WHERE {{
  ?report a ng:Report .
  OPTIONAL {{ ?report {LABEL} ?l }}
  OPTIONAL {{ ?report dcterms:creator/({LABEL}) ?c }}
  OPTIONAL {{ ?report dcterms:issued ?d }}
}} GROUP BY ?report ORDER BY ?issued ?report
"""
)
ELECTIONS = (
    PREFIXES
    + f"""
SELECT ?election (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?date)
       (COUNT(DISTINCT ?report) AS ?reports) WHERE {{
  ?election a ng:Election .
  OPTIONAL {{ ?election {LABEL} ?l }}
  OPTIONAL {{ ?election ng:electionDate ?d }}
  OPTIONAL {{ ?report ng:election ?election ; a ng:Report }}
}} GROUP BY ?election ORDER BY ?date ?election
"""
)
SUGGESTED_CLASSES = {
    "election": "ng:Election",
    "issue": "ng:RecurringIssue",
    "norm": "ng:Norm",
    "state": "ng:State",
    "country": "ng:State",
    "law": "ng:Law",
    "body": "ng:ElectionCommission",
    "report": "ng:Report",
}
"""IRI parameters whose form field offers the resources of a class to choose from."""


@dataclass(frozen=True)
class Choice:
    iri: str
    label: str


@dataclass
class Overview:
    """What the home page shows."""

    counts: dict[str, int] = field(default_factory=dict)
    documents: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    """(report, title, creator, issued)"""
    elections: list[tuple[str, str, str | None, int]] = field(default_factory=list)
    """(election, label, date, reports)"""


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def read_overview(store: GraphStore) -> Overview:
    overview = Overview(counts=dict.fromkeys(COUNTED, 0))
    _, rows = store.select(COUNTS)
    for row in rows:
        name = str(row["class"]).rsplit("#", 1)[-1]
        key = "Complaint" if name == "Appeal" else name
        overview.counts[key] += int(str(row["n"]))
    _, rows = store.select(DOCUMENTS)
    overview.documents = [
        (
            str(r["report"]),
            _text(r.get("label")) or str(r["report"]),
            _text(r.get("creator")),
            _text(r.get("issued")),
        )
        for r in rows
    ]
    _, rows = store.select(ELECTIONS)
    overview.elections = [
        (
            str(r["election"]),
            _text(r.get("label")) or str(r["election"]),
            _text(r.get("date")),
            int(str(r["reports"])),
        )
        for r in rows
    ]
    return overview


def read_choices(store: GraphStore, parameters: tuple[str, ...]) -> dict[str, list[Choice]]:
    """Resources to offer for each IRI parameter that names a known class, by label."""
    choices: dict[str, list[Choice]] = {}
    for name in parameters:
        kind = SUGGESTED_CLASSES.get(name)
        if kind is None:
            continue
        sparql = PREFIXES + (
            f"SELECT ?x (SAMPLE(?l) AS ?label) WHERE {{ ?x a {kind} . "
            f"OPTIONAL {{ ?x {LABEL} ?l }} }} GROUP BY ?x ORDER BY ?label ?x LIMIT 500"
        )
        _, rows = store.select(sparql)
        choices[name] = [Choice(str(r["x"]), _text(r.get("label")) or str(r["x"])) for r in rows]
    return choices


def read_answer_and_choices(
    store: GraphStore, request: QueryRequest | None, parameters: tuple[str, ...]
) -> tuple[bytes | None, bool, dict[str, list[Choice]]]:
    """A saved query's answer (if asked) and its form's choices, in one worker call."""
    answer = request(store) if request is not None else None
    choices = read_choices(store, parameters)
    if answer is None:
        return None, False, choices
    return answer.body, answer.truncated, choices
