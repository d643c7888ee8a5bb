"""The GraphQL schema mirrors the ontology, and the SDL served is the schema itself."""

from __future__ import annotations

import graphql
import pytest
from fastapi.testclient import TestClient
from graphql import (
    GraphQLInterfaceType,
    GraphQLObjectType,
    build_client_schema,
    get_introspection_query,
    lexicographic_sort_schema,
    print_schema,
)
from rdflib import URIRef
from strawberry.utils.str_converters import to_camel_case

from normgraph.api.graphql_mapping import TYPES, read_mapping
from normgraph.api.graphql_roots import ROOT_FIELDS
from normgraph.api.graphql_schema import build_schema, sdl
from normgraph.api.graphql_terms import (
    REUSED_TERMS,
    STRUCTURAL_FIELDS,
    STRUCTURAL_TYPE_SUFFIXES,
    definition,
)
from normgraph.namespaces import NG
from normgraph.ontology import reference_graph


def _domain_types() -> dict[str, GraphQLObjectType | GraphQLInterfaceType]:
    schema = build_schema()._schema
    return {
        name: t
        for name, t in schema.type_map.items()
        if isinstance(t, GraphQLObjectType | GraphQLInterfaceType)
        and not name.startswith("__")
        and name != "Query"
        and not name.endswith(STRUCTURAL_TYPE_SUFFIXES)
    }


def _known(iri: URIRef) -> bool:
    graph = reference_graph()
    used = (iri, None, None) in graph or (None, iri, None) in graph or (None, None, iri) in graph
    return used or iri in REUSED_TERMS


def test_every_type_and_field_has_an_ontology_counterpart() -> None:
    missing = []
    for name, gql_type in _domain_types().items():
        if name not in TYPES:
            missing.append(name)
            continue
        mapped = {to_camel_case(f): m for f, m in TYPES[name].fields.items()}
        for field_name in gql_type.fields:
            if to_camel_case(field_name) in {to_camel_case(s) for s in STRUCTURAL_FIELDS}:
                continue
            if field_name == "evidence":
                continue  # ng:evidence, on every fact type
            if field_name not in mapped:
                missing.append(f"{name}.{field_name}")
    assert missing == []
    for name, type_map in TYPES.items():
        terms = [type_map.iri, *(f.iri for f in type_map.fields.values())]
        terms += [f.inverse for f in type_map.fields.values() if f.inverse is not None]
        assert [t for t in terms if not _known(t)] == [], name
    query = build_schema()._schema.query_type
    assert query is not None
    roots = {to_camel_case(name) for name in ROOT_FIELDS}
    assert set(query.fields) == roots


def test_descriptions_come_from_the_ontology_definitions() -> None:
    types = _domain_types()
    election = types["Election"]
    assert election.description == definition(NG.Election)
    assert election.fields["country"].description == definition(NG.country)
    undocumented = [
        f"{name}.{field}"
        for name, t in types.items()
        for field, spec in t.fields.items()
        if not spec.description
    ]
    assert undocumented == []
    # Every term of our own namespace is described by the ontology, not by this code.
    ours = {
        t
        for m in TYPES.values()
        for t in (m.iri, *(f.iri for f in m.fields.values()))
        if str(t).startswith(str(NG))
    }
    assert [t for t in ours if t in REUSED_TERMS or definition(t) is None] == []


def test_the_served_sdl_is_the_schema_clients_introspect(fixture_client: TestClient) -> None:
    served = fixture_client.get("/graphql/schema.graphql")
    assert served.status_code == 200
    assert served.headers["content-type"].startswith("text/plain")
    assert served.text == sdl()
    answer = fixture_client.post("/graphql", json={"query": get_introspection_query()})
    read = [graphql.build_schema(served.text), build_client_schema(answer.json()["data"])]
    printed = [print_schema(lexicographic_sort_schema(schema)) for schema in read]
    assert printed[0] == printed[1]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            '[A]\nclass = "ng:Report"\nfields.x = "ng:title : Nowhere"',
            r"A\.x: unknown type 'Nowhere'",
        ),
        ('[A]\nclass = "ng:Report"\nfields.x = "title"', r"A\.x: cannot read 'title'"),
        ('[A]\nclass = "nope:Report"', r"A: 'nope:Report' is not an absolute"),
        ('[A]\nclass = "ng:Report"\nimplements = "B"', r"A: 'B' is not an interface above"),
        (
            '[A]\nclass = "ng:Report"\nfields.x = { path = "ng:title", sort = "ng:order" }',
            "A.x: unknown keys",
        ),
    ],
)
def test_a_bad_mapping_entry_names_its_type_and_field(entry: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_mapping(entry)
