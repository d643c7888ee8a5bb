"""The issues kept beside the store (:mod:`normgraph.group_cache`): a relink in a new process
whose index gained nothing groups no state again, one that gained a recommendation groups
its state only, and a cache file that does not fit is ignored and written again; in every
case the issues are those ``Grouping.groups()`` finds on the same index."""

from __future__ import annotations

import gzip
import json
from collections.abc import Collection, Mapping
from dataclasses import fields
from pathlib import Path

import pytest

from normgraph import group_cache, recurrence_index
from normgraph.graph import GraphStore, open_store
from normgraph.group_cache import _PAIR_KINDS, GROUPS_SUFFIX, _pair, _pair_row, grouped_states
from normgraph.grouping import Group, Grouping, Item, PairScore
from tests.core.test_grouping_states import _items

STATES = ["xx", "yyy", "zzzz"]
ITEMS = [i for state in STATES for i in _items(state)]


def _link(store: GraphStore, items: list[Item]) -> tuple[list[Group], list[Group]]:
    """The issues as a link gets them (the cache's) and as ``groups()`` finds them."""
    versions = {i.document: "v-" + i.document for i in items}

    def read(reports: Collection[str] | None) -> list[Item]:
        return [i for i in items if reports is None or i.document in reports]

    kept = group_cache.before_link(store)
    grouping, use = recurrence_index.updated_grouping(store, versions, read)
    return group_cache.groups(store, grouping, use, kept), grouping.groups()


def _new_process(path: Path, items: list[Item]) -> tuple[list[Group], list[Group]]:
    store = open_store(path)  # a new store object: nothing of this process's is kept for it
    try:
        return _link(store, items)
    finally:
        store.close()


def _spied(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    grouped: list[set[str]] = []

    def spied(grouping: Grouping, clusters: Mapping[str, dict[int, list[int]]]) -> object:
        grouped.append(set(clusters))
        return grouped_states(grouping, clusters)

    monkeypatch.setattr(group_cache, "grouped_states", spied)
    return grouped


def _first(path: Path) -> None:
    cached, expected = _new_process(path, ITEMS)
    assert expected and cached == expected
    assert {g.items[0].country for g in expected} == set(STATES)  # every state recurs


def test_an_unchanged_index_groups_no_state_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first(tmp_path / "store")
    assert (tmp_path / ("store" + GROUPS_SUFFIX)).exists()
    grouped = _spied(monkeypatch)
    cached, expected = _new_process(tmp_path / "store", ITEMS)
    assert grouped == [set()]
    assert cached == expected


def test_a_new_recommendation_groups_its_state_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first(tmp_path / "store")
    grouped = _spied(monkeypatch)
    later = Item(
        "yyy9-0",
        "Detailed results of each polling station should be published by the CEC at once.",
        "yyy-report-9",
        "2019-01-01",
        country="yyy",
    )
    cached, expected = _new_process(tmp_path / "store", [*ITEMS, later])
    assert grouped == [{"yyy"}]
    assert cached == expected
    assert any(later in g.items for g in cached)  # the new ask joined its state's issue
    grouped.clear()
    again, expected = _new_process(tmp_path / "store", [*ITEMS, later])  # kept for the next
    assert grouped == [set()] and again == expected


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: b"not gzip at all",
        lambda data: _gz({**data, "index": "0" * 64}),  # made from another index file
        lambda data: _gz({**data, "fingerprint": "other code"}),
        lambda data: _gz({**data, "states": {"xx": data["states"]["yyy"]}}),  # units of yyy
        lambda data: _gz({**data, "states": {"xx": [[-1, []]]}}),
    ],
)
def test_a_cache_that_does_not_fit_is_ignored_and_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: object
) -> None:
    _first(tmp_path / "store")
    cache = tmp_path / ("store" + GROUPS_SUFFIX)
    with gzip.open(cache, "rt", encoding="utf-8") as source:
        data = json.load(source)
    cache.write_bytes(spoil(data))  # type: ignore[operator]
    grouped = _spied(monkeypatch)
    cached, expected = _new_process(tmp_path / "store", ITEMS)
    assert grouped == [set(STATES)]  # every state grouped again
    assert cached == expected
    grouped.clear()
    again, _ = _new_process(tmp_path / "store", ITEMS)  # and the file written again
    assert grouped == [set()] and again == expected


def test_in_one_process_the_issues_are_kept_with_the_index_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store")
    try:
        _link(store, ITEMS)
        grouped = _spied(monkeypatch)
        (tmp_path / ("store" + GROUPS_SUFFIX)).unlink()  # not read again in this process
        cached, expected = _link(store, ITEMS)
        assert grouped == [set()] and cached == expected
    finally:
        store.close()


def _gz(data: object) -> bytes:
    return gzip.compress(json.dumps(data).encode())


def test_every_field_of_a_pair_is_read_back() -> None:
    pair = PairScore(0.5, 0.25, "a", "b", frozenset({"t"}), frozenset(), frozenset({"l"}))
    assert len(_PAIR_KINDS) == len(fields(PairScore))  # a new field needs its reader
    assert _pair(json.loads(json.dumps(_pair_row(pair)))) == pair
