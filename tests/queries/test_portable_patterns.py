"""Saved queries avoid the SPARQL pattern whose answers Virtuoso 7.2 varies from run to run.

Under ``SELECT DISTINCT``, an ``OPTIONAL`` nested inside another ``OPTIONAL`` made Virtuoso
drop a binding in some runs and not others (docs/store.md, "Virtuoso in CI"). The same
answer is written with flat ``OPTIONAL`` groups, each repeating the pattern that binds
what it hangs off; the Virtuoso target (``make test-virtuoso``) then gates CI.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from normgraph.queries.catalogue import catalogue


def _parts(node: object) -> Iterator[object]:
    if isinstance(node, CompValue):
        yield from node.values()
    elif isinstance(node, (list, tuple)):
        yield from node


def _has_left_join(node: object) -> bool:
    if isinstance(node, CompValue) and node.name == "LeftJoin":
        return True
    return any(_has_left_join(part) for part in _parts(node))


def nested_optionals(node: object) -> int:
    """How many OPTIONAL groups of the algebra hold another OPTIONAL."""
    own = 0
    if isinstance(node, CompValue) and node.name == "LeftJoin":
        own = int(_has_left_join(node.p2))
    return own + sum(nested_optionals(part) for part in _parts(node))


def test_the_check_finds_a_nested_optional() -> None:
    nested = prepareQuery(
        "SELECT DISTINCT * { ?s ?p ?o OPTIONAL { ?o ?q ?r OPTIONAL { ?r ?x ?y } } }"
    )
    flat = prepareQuery(
        "SELECT DISTINCT * { ?s ?p ?o OPTIONAL { ?o ?q ?r } OPTIONAL { ?o ?q ?r . ?r ?x ?y } }"
    )
    assert nested_optionals(nested.algebra) == 1
    assert nested_optionals(flat.algebra) == 0


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_no_saved_query_nests_an_optional(name: str) -> None:
    assert nested_optionals(prepareQuery(catalogue()[name].sparql).algebra) == 0
