"""The PREFIX lines code-written queries start with come from ``namespaces.PREFIXES``: a real
store expands each rendered prefix to its namespace, and a prefix not asked for is undeclared."""

from __future__ import annotations

import pytest

from normgraph.graph import open_store
from normgraph.graph.errors import QuerySyntaxError
from normgraph.namespaces import PREFIXES, sparql_prefixes


def test_every_rendered_prefix_expands_to_its_namespace_in_a_real_store() -> None:
    names = list(PREFIXES)
    projection = " ".join(f"(STR({name}:term) AS ?{name})" for name in names)
    with open_store(None) as store:
        variables, rows = store.select(f"{sparql_prefixes()}SELECT {projection} WHERE {{}}")
    assert variables == names
    assert [str(rows[0][name]) for name in names] == [PREFIXES[name] + "term" for name in names]


def test_only_the_named_prefixes_are_declared() -> None:
    block = sparql_prefixes("ng", "dcterms")
    assert block.splitlines() == [
        f"PREFIX ng: <{PREFIXES['ng']}>",
        f"PREFIX dcterms: <{PREFIXES['dcterms']}>",
    ]
    with open_store(None) as store, pytest.raises(QuerySyntaxError, match="3:"):
        store.select(block + "SELECT (STR(prov:x) AS ?x) WHERE {}")
