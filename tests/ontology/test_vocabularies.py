"""The SKOS schemes, and the instruments and provisions that state the norms."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from normgraph.loaders.rdf.facts import Method
from normgraph.loaders.rdf.triples import method_concept
from normgraph.namespaces import DCTERMS, ID, NG, OWL, RDF, RDFS, SKOS, VOCAB
from normgraph.ontology import vocabularies_graph

EXPECTED = tomllib.loads(Path(__file__).with_name("expected_vocabularies.toml").read_text())
SCHEMES: set[str] = set(EXPECTED["schemes"])
STUB_CONCEPTS: set[str] = set(EXPECTED["stub_concepts"])
ORDERED: dict[str, list[str]] = EXPECTED["ordered"]


def concepts() -> list[URIRef]:
    graph = vocabularies_graph()
    return sorted(c for c in graph.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef))


def in_scheme(scheme: str) -> list[URIRef]:
    graph = vocabularies_graph()
    return sorted(c for c in graph.subjects(SKOS.inScheme, VOCAB[scheme]) if isinstance(c, URIRef))


def english(subject: URIRef, predicate: URIRef) -> list[str]:
    return [
        str(value)
        for value in vocabularies_graph().objects(subject, predicate)
        if isinstance(value, Literal) and value.language == "en"
    ]


def test_exactly_the_documented_concept_schemes_are_shipped() -> None:
    graph = vocabularies_graph()
    found = {str(s).removeprefix(str(VOCAB)) for s in graph.subjects(RDF.type, SKOS.ConceptScheme)}
    assert found == SCHEMES


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_every_scheme_has_a_label_a_definition_and_top_concepts(scheme: str) -> None:
    graph = vocabularies_graph()
    assert len(english(VOCAB[scheme], SKOS.prefLabel)) == 1
    assert len(english(VOCAB[scheme], SKOS.definition)) == 1
    assert in_scheme(scheme)
    assert list(graph.subjects(SKOS.topConceptOf, VOCAB[scheme]))


def test_every_concept_has_one_label_a_definition_and_a_scheme_matching_its_iri() -> None:
    graph = vocabularies_graph()
    for concept in concepts():
        assert len(english(concept, SKOS.prefLabel)) == 1, concept
        assert len(english(concept, SKOS.definition)) == 1, concept
        schemes = list(graph.objects(concept, SKOS.inScheme))
        assert len(schemes) == 1, concept
        scheme = str(schemes[0]).removeprefix(str(VOCAB))
        assert str(concept).startswith(f"{VOCAB}{scheme}/"), concept
        slug = str(concept).removeprefix(f"{VOCAB}{scheme}/")
        assert slug and slug == slug.lower() and " " not in slug, concept
        for top in graph.objects(concept, SKOS.topConceptOf):
            assert top == schemes[0], concept


def test_every_concept_is_a_named_individual_so_shapes_can_see_its_scheme() -> None:
    graph = vocabularies_graph()
    for concept in concepts():
        assert (concept, RDF.type, OWL.NamedIndividual) in graph, concept


def test_links_are_stated_in_one_direction_only() -> None:
    """Inverse links would make pySHACL's copy of the vocabularies explode (see the file)."""
    graph = vocabularies_graph()
    for predicate in (SKOS.hasTopConcept, SKOS.narrower, NG.statedBy):
        assert list(graph.subject_objects(predicate)) == [], predicate


def test_concepts_other_code_relies_on_stay_in_the_vocabularies() -> None:
    assert {VOCAB[slug] for slug in STUB_CONCEPTS} <= set(concepts())


def test_every_loader_method_is_a_concept() -> None:
    for method in Method:
        assert method_concept(method) in in_scheme("method")


def test_labels_are_unambiguous_within_a_scheme() -> None:
    """Loaders map headings and wordings to concepts by label; no label may name two."""
    graph = vocabularies_graph()
    for scheme in SCHEMES:
        seen: dict[str, URIRef] = {}
        for concept in in_scheme(scheme):
            for predicate in (SKOS.prefLabel, SKOS.altLabel):
                for label in graph.objects(concept, predicate):
                    key = str(label).casefold()
                    assert seen.setdefault(key, concept) == concept, f"{scheme}: {label}"


@pytest.mark.parametrize("scheme", sorted(ORDERED))
def test_notation_orders_the_scale(scheme: str) -> None:
    graph = vocabularies_graph()
    notated = sorted(
        (str(graph.value(c, SKOS.notation)), str(c).removeprefix(f"{VOCAB}{scheme}/"))
        for c in in_scheme(scheme)
    )
    assert [slug for _notation, slug in notated] == ORDERED[scheme]


def test_every_norm_is_typed_and_stated_by_a_provision_or_instrument() -> None:
    graph = vocabularies_graph()
    for norm in in_scheme("norm"):
        assert (norm, RDF.type, NG.Norm) in graph, norm
        assert list(graph.subjects(NG.states, norm)), f"nothing states {norm}"


def test_every_provision_belongs_to_an_instrument_and_states_norms() -> None:
    graph = vocabularies_graph()
    instruments = set(graph.subjects(RDF.type, NG.Instrument)) | set(
        graph.subjects(RDF.type, NG.Treaty)
    )
    norms = set(in_scheme("norm"))
    provisions = list(graph.subjects(RDF.type, NG.Provision))
    assert provisions
    for provision in provisions:
        instrument = graph.value(provision, NG.provisionOf)
        assert instrument in instruments, provision
        assert str(provision).startswith(f"{instrument}/"), provision
        number = graph.value(provision, NG.number)
        assert number is not None and str(provision).endswith(f"/{number}"), provision
        assert english(URIRef(str(provision)), RDFS.label), provision
        stated = set(graph.objects(provision, NG.states))
        assert stated and stated <= norms, provision


def test_instruments_live_under_the_instrument_namespace_with_a_title_and_kind() -> None:
    graph = vocabularies_graph()
    for kind in (NG.Instrument, NG.Treaty):
        for instrument in graph.subjects(RDF.type, kind):
            assert str(instrument).startswith(str(ID["instrument/"])), instrument
            assert graph.value(instrument, DCTERMS.title) is not None, instrument
            assert graph.value(instrument, NG.instrumentKind) in in_scheme("instrument-kind")


@pytest.mark.parametrize(
    ("provision", "norm"),
    [
        ("osce-copenhagen-document/paragraph/9.2", "freedom-of-assembly"),
        ("osce-copenhagen-document/paragraph/7.5", "right-to-be-elected"),
        ("iccpr/article/25", "universal-suffrage"),
        (
            "venice-commission-code-of-good-practice/guideline/II.3.1",
            "impartial-election-administration",
        ),
        ("osce-copenhagen-document/paragraph/5.10", "right-to-effective-remedy"),
    ],
)
def test_a_norm_leads_to_the_provisions_stating_it(provision: str, norm: str) -> None:
    graph = vocabularies_graph()
    assert (ID["instrument/" + provision], NG.states, VOCAB["norm/" + norm]) in graph
