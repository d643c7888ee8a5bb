"""Constraints that need a particular bad value, values the shapes must accept, and facts
written by the loaders' own RDF stage.

The mutations of ``test_shapes.py`` break each constraint generically (a missing, extra or
wrong-kind value); the cases here need a value only a person would pick: offsets that do
not span their quote, a mission that ends before it starts, a stage from another scheme.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.triples import extraction_to_graph, source_iri
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, ID, NG, OA, RDF, SCHEMA, SKOS, VOCAB, XSD
from normgraph.validation import validate_graph

from .instance_graph import EVIDENCE_QUOTE, NGSH, TEXT, concept, reported
from .instances import Instances, build

Spoil = Callable[[Instances, URIRef], None]


def _set(predicate: URIRef, value: Node) -> Spoil:
    """Replace every value of ``predicate`` on the focus node with ``value``."""

    def spoil(made: Instances, focus: URIRef) -> None:
        made.graph.remove((focus, predicate, None))
        made.graph.add((focus, predicate, value))

    return spoil


def _neither(*predicates: URIRef) -> Spoil:
    def spoil(made: Instances, focus: URIRef) -> None:
        for predicate in predicates:
            made.graph.remove((focus, predicate, None))

    return spoil


def _offsets(start: int, end: int) -> Spoil:
    def spoil(made: Instances, focus: URIRef) -> None:
        _set(OA.start, Literal(start, datatype=XSD.integer))(made, focus)
        _set(OA.end, Literal(end, datatype=XSD.integer))(made, focus)

    return spoil


SPECIAL: list[tuple[str, str, str, Spoil]] = [
    (
        "start-after-end",
        "TextPositionSelectorShape",
        "TextPositionSelectorShape-start",
        _offsets(60, 50),
    ),
    (
        "offsets-do-not-span-the-quote",
        "TextPositionSelectorShape",
        "TextPositionSelectorShape-resolves",
        _offsets(50, 60),
    ),
    (
        "end-beyond-the-text",
        "TextPositionSelectorShape",
        "TextPositionSelectorShape-resolves",
        _offsets(1000, 1041),
    ),
    (
        "sha256-not-hex",
        "SourceTextShape",
        "SourceTextShape-sha256",
        _set(NG.sha256, Literal("not-a-hash")),
    ),
    (
        "country-code-lower-case",
        "StateShape",
        "StateShape-countryCode",
        _set(NG.countryCode, Literal("tl")),
    ),
    (
        "empty-recommendation-text",
        "RecommendationShape",
        "RecommendationShape-text",
        _set(NG.text, Literal("")),
    ),
    (
        "confidence-above-one",
        "IssueMembershipShape",
        "IssueMembershipShape-confidence",
        _set(NG.confidence, Literal(Decimal("1.5"))),
    ),
    (
        "negative-vote-share",
        "CandidateResultShape",
        "CandidateResultShape-voteShare",
        _set(NG.voteShare, Literal(Decimal("-1"))),
    ),
    (
        "mission-ends-before-it-starts",
        "ObservationMissionShape",
        "ObservationMissionShape-startDate",
        _set(SCHEMA.startDate, Literal(date(2001, 2, 1))),
    ),
    (
        "programme-ends-before-it-starts",
        "ProgrammeShape",
        "ProgrammeShape-startDate",
        _set(SCHEMA.startDate, Literal(date(2001, 2, 1))),
    ),
    (
        "complaint-decided-before-filed",
        "ComplaintShape",
        "ComplaintShape-date",
        _set(NG.date, Literal(date(2001, 1, 9))),
    ),
    (
        "result-of-nobody",
        "CandidateResultShape",
        "CandidateResultShape",
        _neither(NG.candidate, NG.party),
    ),
    (
        "assessment-of-nothing",
        "ImplementationAssessmentShape",
        "ImplementationAssessmentShape",
        _neither(NG.recommendation, NG.issue),
    ),
    (
        "stage-from-another-scheme",
        "NormStageEventShape",
        "NormStageEventShape-stage",
        _set(NG.stage, concept("stance", "contests")),
    ),
]


@pytest.mark.parametrize(
    ("node_shape", "shape", "spoil"),
    [case[1:] for case in SPECIAL],
    ids=[case[0] for case in SPECIAL],
)
def test_a_hand_picked_bad_value_is_reported_by_its_shape(
    node_shape: str, shape: str, spoil: Spoil
) -> None:
    made, focus = build(node_shape)
    spoil(made, focus)
    assert reported(validate_graph(made.graph), NGSH + shape, focus)


def test_offsets_that_resolve_are_accepted_when_the_quote_moves_with_them() -> None:
    made, focus = build("TextPositionSelectorShape")
    quote = made.quote_selector()
    start = made.source.text.index("synthetic")
    _offsets(start, start + len("synthetic"))(made, focus)
    _set(OA.exact, Literal("synthetic"))(made, quote)
    assert validate_graph(made.graph) == []


@pytest.mark.parametrize(
    "value",
    [
        Literal(date(2004, 9, 19)),
        Literal("2004-09", datatype=XSD.gYearMonth),
        Literal("2004", datatype=XSD.gYear),
    ],
)
def test_election_date_may_be_a_day_a_month_or_a_year(value: Literal) -> None:
    made, focus = build("ElectionShape")
    _set(NG.electionDate, value)(made, focus)
    assert validate_graph(made.graph) == []


def test_a_programme_report_without_title_or_date_conforms() -> None:
    made, focus = build("ReportShape")
    _set(NG.genre, concept("genre", "programme-report"))(made, focus)
    _neither(DCTERMS.title, DCTERMS.issued)(made, focus)
    assert validate_graph(made.graph) == []


def test_the_spiral_model_phases_are_accepted_as_stages() -> None:
    made, focus = build("NormStageEventShape")
    _set(NG.stage, concept("spiral-phase", "tactical-concessions"))(made, focus)
    assert validate_graph(made.graph) == []


def test_reference_data_alone_conforms() -> None:
    """The vocabularies are validated with every document: they must conform on their own."""
    assert validate_graph(Graph()) == []


def test_a_concept_check_reads_the_scheme_not_the_iri() -> None:
    made, focus = build("FindingShape")
    made.graph.remove((focus, NG.topic, None))
    impostor = VOCAB["topic/not-a-topic"]
    made.graph.add((impostor, RDF.type, SKOS.Concept))
    made.graph.add((focus, NG.topic, impostor))
    assert reported(validate_graph(made.graph), NGSH + "FindingShape-topic", focus)


# -- through the loaders' own pipeline ------------------------------------------------


def _extraction_with_recommendation(text: str | None) -> Graph:
    """A report and one recommendation as a loader writes them (Fact -> extraction_to_graph)."""
    source = SourceText(document_id="pipeline", file_name="pipeline.txt", text=TEXT)
    span = source.find(EVIDENCE_QUOTE)
    report = Fact(ID["report/pipeline"], NG.Report, evidence=[span])
    report.add(NG.genre, concept("genre", "final-report")).add(NG.sourceText, source_iri(source))
    recommendation = Fact(ID["report/pipeline/recommendation/1"], NG.Recommendation, [span])
    recommendation.add(NG.sourceReport, report.iri).add(NG.text, text).add(NG.number, "1")
    return extraction_to_graph(source, Extraction([report, recommendation]), "test")


def test_facts_written_by_the_rdf_stage_conform() -> None:
    # a final report with no election only gets the warning that it names none
    results = validate_graph(_extraction_with_recommendation("A synthetic recommendation."))
    assert [(v.severity, v.shape) for v in results] == [
        ("Warning", NGSH + "ObservationReportElectionShape")
    ]


def test_a_recommendation_without_text_is_reported_with_its_evidence_quote() -> None:
    violations = validate_graph(_extraction_with_recommendation(None))
    found = reported(
        violations, NGSH + "RecommendationShape-text", ID["report/pipeline/recommendation/1"]
    )
    assert [v.evidence_quote for v in found] == [EVIDENCE_QUOTE]
