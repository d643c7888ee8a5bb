"""Cross-document stage: recurring issues, their members and implementation assessments.

Runs after every document is written. Reads all recommendations (text, report, issuer,
election, dates, topics, norms, laws), findings and observer assessments from the store,
groups recommendations that ask for the same change (:mod:`normgraph.grouping`), and
writes into its own named graph (``graph/recurrence``), after SHACL validation, in one
atomic replacement:

- an ``ng:RecurringIssue`` per group, attributed to the grouping rule (a
  ``prov:SoftwareAgent``), with its topics and norms;
- an ``ng:IssueMembership`` per recommendation: issue, recommendation, the reason it
  joined (text similarity and the matching sentences, shared topic, norm or law) and a
  confidence, ordered by date;
- ``ng:concerns`` from each finding that documents the issue's problem to the issue, and
  ``ng:issue`` from each observer assessment of earlier recommendations to the issue it
  is about (both by the same similarity);
- an inferred ``ng:ImplementationAssessment`` for each earlier member of an issue that an
  observer raised again at a later election: status not implemented, attributed to the
  "raised again" rule (never to an observer), derived from and evidenced by the later
  recommendation. Observed and inferred assessments coexist and are told apart by their
  ``prov:wasAttributedTo``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .graph import GraphStore
from .grouping import Group, Item, PairScore, attach, group
from .loaders.rdf.iris import slug
from .loaders.rdf.triples import new_graph
from .namespaces import FOAF, ID, NG, PROV, RDF, RDFS, RECURRENCE_GRAPH, VOCAB, XSD
from .validation import Violation, validate_graph

GROUPING_RULE = ID["rule/recurrence-grouping"]
RAISED_AGAIN_RULE = ID["rule/raised-again"]
NOT_IMPLEMENTED = VOCAB["implementation-status/not-implemented"]
ASSESSMENT_THRESHOLD = 0.30
"""Least score at which an observer's assessment of earlier recommendations joins an issue."""

_PREFIXES = """
PREFIX ng: <https://w3id.org/normgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

RECOMMENDATIONS = (
    _PREFIXES
    + """
SELECT ?item ?class ?text ?report (MIN(?issuer0) AS ?issuer) (MIN(?election0) AS ?election)
       (MIN(?electionDate0) AS ?electionDate) (MIN(?issued0) AS ?issued)
       (GROUP_CONCAT(DISTINCT STR(?topic); separator=" ") AS ?topics)
       (GROUP_CONCAT(DISTINCT STR(?norm); separator=" ") AS ?norms)
       (GROUP_CONCAT(DISTINCT STR(?law); separator=" ") AS ?laws)
WHERE {
  ?item a ?class ; ng:text ?text ; ng:sourceReport ?report .
  OPTIONAL { ?report dcterms:creator|dcterms:publisher ?issuer0 }
  OPTIONAL { ?item ng:election ?itemElection }
  OPTIONAL { ?report ng:election ?reportElection }
  BIND(COALESCE(?itemElection, ?reportElection) AS ?election0)
  OPTIONAL { ?election0 ng:electionDate ?electionDate0 }
  OPTIONAL { ?report dcterms:issued ?issued0 }
  OPTIONAL { ?item ng:topic ?topic }
  OPTIONAL { ?item ng:invokesNorm ?norm }
  OPTIONAL { ?item ng:concernsLaw ?law }
}
GROUP BY ?item ?class ?text ?report
ORDER BY ?item
"""
)

ASSESSMENTS = (
    _PREFIXES
    + """
SELECT ?item ?report (MIN(?quote0) AS ?text) (MIN(?issued0) AS ?issued)
WHERE {
  ?item a ng:ImplementationAssessment ; ng:sourceReport ?report ; ng:evidence ?annotation .
  ?annotation oa:hasTarget/oa:hasSelector/oa:exact ?quote0 .
  OPTIONAL { ?report dcterms:issued ?issued0 }
}
GROUP BY ?item ?report
ORDER BY ?item
"""
)

CONTEXT = """
SELECT DISTINCT ?exclude ?s ?type WHERE { GRAPH ?g { ?s a ?type } FILTER(?g != ?exclude) }
"""


@dataclass
class LinkOutcome:
    """What the linking stage computed and whether it was written."""

    issues: int = 0
    memberships: int = 0
    findings: int = 0
    observed_assessments: int = 0
    inferred_assessments: int = 0
    triples: int = 0
    violations: list[Violation] = field(default_factory=list)

    @property
    def written(self) -> bool:
        return not any(v.blocks for v in self.violations)


def _text(row: dict[str, Node], name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value)


def _words(row: dict[str, Node], name: str) -> frozenset[str]:
    return frozenset(_text(row, name).split())


def read_items(store: GraphStore, cls: URIRef = NG.Recommendation) -> list[Item]:
    """Every recommendation (or finding) in the store, as grouping sees it."""
    _, rows = store.select(RECOMMENDATIONS, bindings={"class": cls})
    return [
        Item(
            key=_text(row, "item"),
            text=_text(row, "text"),
            document=_text(row, "report"),
            organisation=_text(row, "issuer"),
            election=_text(row, "election"),
            date=(_text(row, "electionDate") or _text(row, "issued"))[:10],
            topics=_words(row, "topics"),
            norms=_words(row, "norms"),
            laws=_words(row, "laws"),
        )
        for row in rows
    ]


def read_assessments(store: GraphStore) -> list[Item]:
    """Observer assessments of earlier recommendations, with the sentence that states them."""
    _, rows = store.select(ASSESSMENTS)
    return [
        Item(
            key=_text(row, "item"),
            text=_text(row, "text"),
            document=_text(row, "report"),
            date=_text(row, "issued")[:10],
        )
        for row in rows
    ]


def issue_iri(first: Item) -> URIRef:
    """Stable: the issue is named after its earliest member."""
    tail = first.key.removeprefix(str(ID)).strip("/")
    return ID["issue/" + "/".join(slug(part) for part in tail.split("/") if part)]


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _reason(pair: PairScore, partner: Item) -> str:
    mine, theirs = _quote(pair.sentence, 120), _quote(pair.other_sentence, 120)
    parts = [
        f"asks for the same change as {partner.key} (text similarity {pair.text:.2f}: "
        f"\u201c{mine}\u201d ~ \u201c{theirs}\u201d)"
    ]
    names = {"topic": pair.topics, "norm": pair.norms, "law": pair.laws}
    for name, shared in names.items():
        if shared:
            labels = ", ".join(sorted(s.rsplit("/", 1)[-1] for s in shared))
            parts.append(f"shared {name}: {labels}")
    return "; ".join(parts)


def _confidence(score: float) -> Literal:
    return Literal(Decimal(f"{min(1.0, max(0.0, score)):.2f}"), datatype=XSD.decimal)


def _agents(graph: Graph) -> None:
    for agent, label in (
        (GROUPING_RULE, "normgraph recurrence grouping (TF-IDF text similarity, topic, norm)"),
        (RAISED_AGAIN_RULE, "normgraph rule: a recommendation raised again is not yet implemented"),
    ):
        graph.add((agent, RDF.type, PROV.SoftwareAgent))
        graph.add((agent, RDF.type, FOAF.Agent))
        graph.add((agent, RDFS.label, Literal(label)))


def issues_graph(
    groups: Sequence[Group],
    findings: Sequence[tuple[Item, Group, PairScore]] = (),
    assessments: Sequence[tuple[Item, Group, PairScore]] = (),
    evidence: dict[str, list[URIRef]] | None = None,
) -> tuple[Graph, LinkOutcome]:
    """The recurrence graph for computed groups (pure: no store)."""
    graph = new_graph()
    _agents(graph)
    outcome = LinkOutcome(issues=len(groups))
    issue_of: dict[int, URIRef] = {}
    for g in groups:
        members = g.members
        issue = issue_iri(members[0].item)
        issue_of[id(g)] = issue
        graph.add((issue, RDF.type, NG.RecurringIssue))
        graph.add((issue, RDFS.label, Literal("Recurring issue: " + _quote(members[0].item.text))))
        elections = sorted(g.elections)
        organisations = sorted({m.item.organisation for m in members if m.item.organisation})
        graph.add(
            (
                issue,
                NG.text,
                Literal(
                    f"Raised in {len(members)} recommendations at {len(elections)} elections "
                    f"by {len(organisations)} organisations."
                ),
            )
        )
        graph.add((issue, PROV.wasAttributedTo, GROUPING_RULE))
        for item in g.items:
            for topic in item.topics:
                graph.add((issue, NG.topic, URIRef(topic)))
            for norm in item.norms:
                graph.add((issue, NG.invokesNorm, URIRef(norm)))
        for order, member in enumerate(members, start=1):
            recommendation = URIRef(member.item.key)
            membership = URIRef(f"{issue}/member/{order}")
            graph.add((membership, RDF.type, NG.IssueMembership))
            graph.add((membership, NG.issue, issue))
            graph.add((membership, NG.recommendation, recommendation))
            graph.add((membership, NG.order, Literal(order, datatype=XSD.integer)))
            graph.add((membership, PROV.wasAttributedTo, GROUPING_RULE))
            assert member.pair is not None and member.partner is not None
            graph.add((membership, NG.reason, Literal(_reason(member.pair, member.partner))))
            graph.add((membership, NG.confidence, _confidence(member.pair.score)))
            graph.add((issue, PROV.wasDerivedFrom, recommendation))
            outcome.memberships += 1
        outcome.inferred_assessments += _inferred(graph, g, issue, evidence or {})
    for finding, g, _pair in findings:
        graph.add((URIRef(finding.key), NG.concerns, issue_of[id(g)]))
        outcome.findings += 1
    for assessment, g, _pair in assessments:
        graph.add((URIRef(assessment.key), NG.issue, issue_of[id(g)]))
        outcome.observed_assessments += 1
    outcome.triples = len(graph)
    return graph, outcome


def _inferred(graph: Graph, g: Group, issue: URIRef, evidence: dict[str, list[URIRef]]) -> int:
    """Each earlier member, raised again at a later election: not implemented by then."""
    count = 0
    for earlier in g.items:
        for later in g.items:
            if not (earlier.election and later.election and earlier.date < later.date):
                continue
            if earlier.election == later.election:
                continue
            tail = slug(later.key.removeprefix(str(ID)))
            assessment = URIRef(f"{earlier.key}/raised-again/{tail}")
            graph.add((assessment, RDF.type, NG.ImplementationAssessment))
            graph.add((assessment, RDFS.label, Literal(f"not implemented by {later.date}")))
            graph.add((assessment, NG.recommendation, URIRef(earlier.key)))
            graph.add((assessment, NG.issue, issue))
            graph.add((assessment, NG.assessor, RAISED_AGAIN_RULE))
            graph.add((assessment, PROV.wasAttributedTo, RAISED_AGAIN_RULE))
            graph.add((assessment, NG.status, NOT_IMPLEMENTED))
            graph.add((assessment, NG.sourceReport, URIRef(later.document)))
            graph.add((assessment, PROV.wasDerivedFrom, URIRef(later.key)))
            if len(later.date) == 10:
                graph.add((assessment, NG.date, Literal(later.date, datatype=XSD.date)))
            for annotation in evidence.get(later.key, []):
                graph.add((assessment, NG.evidence, annotation))
            count += 1
    return count


def _evidence(store: GraphStore) -> dict[str, list[URIRef]]:
    _, rows = store.select(
        _PREFIXES + "SELECT ?item ?annotation WHERE { ?item a ng:Recommendation ; "
        "ng:evidence ?annotation } ORDER BY ?item ?annotation"
    )
    found: dict[str, list[URIRef]] = {}
    for row in rows:
        annotation = row["annotation"]
        if isinstance(annotation, URIRef):
            found.setdefault(str(row["item"]), []).append(annotation)
    return found


def _validation_context(store: GraphStore, graph: Graph) -> Graph:
    """The recurrence graph plus what its shapes must see of other graphs: the type of every
    node, and the full description of the nodes it adds links to (findings, assessments)."""
    context = Graph()
    for triple in graph:
        context.add(triple)
    _, rows = store.select(CONTEXT, bindings={"exclude": RECURRENCE_GRAPH})
    for row in rows:
        context.add((row["s"], RDF.type, row["type"]))
    own = set(graph.subjects(RDF.type, None))
    for subject in set(graph.subjects()) - own:
        if isinstance(subject, URIRef):
            _, described = store.select(
                "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", bindings={"s": subject}
            )
            for row in described:
                context.add((subject, row["p"], row["o"]))
    return context


def compute(store: GraphStore) -> tuple[Graph, LinkOutcome, Graph]:
    """The recurrence graph for what the store holds now, its outcome and validation data."""
    groups = group(read_items(store))
    findings = attach(groups, read_items(store, NG.Finding))
    assessments = attach(groups, read_assessments(store), ASSESSMENT_THRESHOLD)
    graph, outcome = issues_graph(groups, findings, assessments, _evidence(store))
    return graph, outcome, _validation_context(store, graph)


def link(store: GraphStore) -> LinkOutcome:
    """Recompute the recurrence graph and, if it validates, replace it atomically."""
    graph, outcome, context = compute(store)
    focus = {str(s) for s in graph.subjects()}
    outcome.violations = [v for v in validate_graph(context) if v.focus_node in focus]
    if outcome.written:
        store.replace_graph(RECURRENCE_GRAPH, graph)
    return outcome
