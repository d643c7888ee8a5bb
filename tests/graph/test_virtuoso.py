"""The corpus built into OpenLink Virtuoso through the remote store, and every saved query
answering there as on the embedded build (run with ``pytest -m virtuoso``).

The store contract itself runs on Virtuoso too (``test_store_contract.py``, the
``virtuoso`` store); this module adds the whole pipeline and the catalogue.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, Namespace
from rdflib.term import Node

from normgraph.build import build_corpus
from normgraph.config import Settings
from normgraph.export import export_dataset
from normgraph.graph import GraphStore, RemoteStore, StoreError, open_store
from normgraph.graph.results_reader import parse_select
from normgraph.queries.catalogue import SavedQuery, catalogue, run_saved_query
from normgraph.stats import class_counts, graph_counts
from tests.graph.conftest import empty_store
from tests.virtuoso import running_virtuoso

pytestmark = pytest.mark.virtuoso
EX = Namespace("https://example.org/")

ELECTION = "id:election/kz/presidential/2011-04-03"
FIXED_VALUES = {
    "election": ELECTION,
    "norm": "vocab:norm/freedom-of-assembly",
    "date": "2011-04-03",
}
"""Values for required parameters that have no default; ``issue`` and ``resource`` are
taken from other queries' answers on the embedded build (:func:`required_values`)."""


@pytest.fixture(scope="module")
def virtuoso_corpus(virtuoso_settings: Settings, corpus: Path) -> Iterator[RemoteStore]:
    """The corpus built into Virtuoso by the real pipeline (reference graphs, every
    report, the link stage), through the remote store."""
    store = open_store(None, settings=virtuoso_settings)
    assert isinstance(store, RemoteStore)
    empty_store(store)
    started = time.perf_counter()
    build_corpus(store, corpus.resolve())
    print(f"corpus built into Virtuoso in {time.perf_counter() - started:.1f} s")
    with store:
        yield store


def rows(store: GraphStore, saved: SavedQuery, values: dict[str, str]) -> Counter[str]:
    """The answer's rows as a multiset of canonical term dictionaries (order left out:
    ORDER BY ties may fall either way)."""
    body = run_saved_query(store, saved.name, values).body
    _, solutions = parse_select(body)
    return Counter(json.dumps(_canonical(row), sort_keys=True) for row in solutions)


def _canonical(row: dict[str, Node]) -> dict[str, str]:
    return {name: term.n3() for name, term in row.items()}


def required_values(embedded: GraphStore) -> dict[str, str]:
    """A value for every required parameter of the catalogue, found in the corpus."""
    values = dict(FIXED_VALUES)
    issues = run_saved_query(embedded, "recurring-issues", {}).body
    values["issue"] = json.loads(issues)["results"]["bindings"][0]["issue"]["value"]
    values["resource"] = _first(embedded, "election-recommendations", "recommendation", values)
    return values


def _first(store: GraphStore, name: str, column: str, values: dict[str, str]) -> str:
    """The first value of ``column`` in the answer to ``name`` with its required values."""
    saved = catalogue()[name]
    given = {p.name: values[p.name] for p in saved.parameters if p.required}
    body = json.loads(run_saved_query(store, name, given).body)
    found = [row[column]["value"] for row in body["results"]["bindings"] if column in row]
    assert found, f"{name} answers no {column} to take a value from"
    return str(found[0])


def test_the_build_gives_the_same_graphs_as_the_embedded_build(
    virtuoso_corpus: RemoteStore, built_store: GraphStore
) -> None:
    assert graph_counts(virtuoso_corpus) == graph_counts(built_store)
    assert class_counts(virtuoso_corpus) == class_counts(built_store)
    assert export_dataset(virtuoso_corpus, "nquads") == export_dataset(built_store, "nquads")


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_saved_query_answers_as_on_the_embedded_store(
    virtuoso_corpus: RemoteStore, built_store: GraphStore, name: str
) -> None:
    saved = catalogue()[name]
    values = required_values(built_store)
    given = {p.name: values[p.name] for p in saved.parameters if p.required}
    expected = rows(built_store, saved, given)  # may be empty: then so must Virtuoso's be
    assert rows(virtuoso_corpus, saved, given) == expected


OPTIONAL_PARAMETERS = sorted(
    (saved.name, p.name)
    for saved in catalogue().values()
    for p in saved.parameters
    if not p.required
)


@pytest.mark.parametrize(("name", "parameter"), OPTIONAL_PARAMETERS)
def test_every_optional_parameter_narrows_alike(
    virtuoso_corpus: RemoteStore, built_store: GraphStore, name: str, parameter: str
) -> None:
    """Each allowed value of a parameter, or else the first value of the column it binds
    (saved queries project their parameters) in the unparameterised answer."""
    saved = catalogue()[name]
    values = required_values(built_store)
    given = {p.name: values[p.name] for p in saved.parameters if p.required}
    (declared,) = [p for p in saved.parameters if p.name == parameter]
    if not rows(built_store, saved, given):
        pytest.xfail(f"{name} has no answer on the corpus: {parameter} cannot narrow it")
    candidates = list(declared.allowed) or [_example(built_store, name, parameter, values)]
    answered = 0
    for value in candidates:
        expected = rows(built_store, saved, {**given, parameter: value})
        assert rows(virtuoso_corpus, saved, {**given, parameter: value}) == expected, value
        answered += bool(expected)
    assert answered, f"no value of {parameter} has an answer: the comparison proves nothing"


FOUND_THROUGH = {"topic": ("issue", "https://w3id.org/normgraph/ontology#topic")}
"""Parameters the unparameterised answer leaves unbound: a value is found by following a
property from another column's value."""


def _example(store: GraphStore, name: str, parameter: str, values: dict[str, str]) -> str:
    if parameter not in FOUND_THROUGH:
        return _first(store, name, parameter, values)
    column, predicate = FOUND_THROUGH[parameter]
    start = _first(store, name, column, values)
    _, found = store.select(f"SELECT ?v WHERE {{ <{start}> <{predicate}> ?v }}")
    assert found, f"<{start}> has no <{predicate}>"
    return str(found[0]["v"])


def test_every_required_parameter_has_a_value(built_store: GraphStore) -> None:
    values = required_values(built_store)
    missing = {
        f"{saved.name}: {p.name}"
        for saved in catalogue().values()
        for p in saved.parameters
        if p.required and p.name not in values
    }
    assert not missing, f"give these a value in FIXED_VALUES or required_values: {missing}"


def test_a_cut_answer_is_an_error_not_a_short_one(tmp_path: Path) -> None:
    """Virtuoso cuts a SELECT answer at ResultSetMaxRows, saying so only in a header (on
    any answer that reaches the cap); the store refuses such an answer."""
    with running_virtuoso(tmp_path / "capped", max_rows=3) as settings:
        store = open_store(None, settings=settings)
        store.replace_graph(EX.g, [(EX[f"s{i}"], EX.p, Literal(i)) for i in range(5)])
        _, answer = store.select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2")
        assert len(answer) == 2
        with pytest.raises(StoreError, match="cut the answer at 3 rows"):
            store.select("SELECT ?s WHERE { ?s ?p ?o }")
        store.close()
