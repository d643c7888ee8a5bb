"""The recurring issues (:meth:`Grouping.groups`) kept between links, so a relink that
regrouped no state does not score every issue's members again.

``groups()`` scores each member against every other of its cluster to pick its partner:
2.2 s of CPU at 1,000 reports on every relink in a new process, though a state's issues
depend on that state's units and clusters alone and change only when the state is
regrouped. The issues are therefore kept per state:

- in this process, with the very index object they were made from;
- beside an on-disk embedded store, as ``<store>.recurrence-groups.json.gz``, keyed by the
  grouping code's fingerprint and a digest of the saved index file they were made from.

A relink reuses the kept issues of every state its index left as it was (an index kept
with nothing added: all of them) and groups again the states it regrouped (the states of
the recommendations added), all of them when the index was rebuilt. Like the index, the
file is a cache: one that does not read, was made from another index file or by other
code is ignored, and the issues are grouped again and saved.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from normgraph.graph import GraphStore

from .grouping import Group, Grouping
from .grouping_model import Member, PairScore, _Unit, issue_order
from .recurrence_files import load_json, save_json
from .recurrence_index import IndexUse, beside, fingerprint, held_in_memory, index_path

GROUPS_SUFFIX = ".recurrence-groups.json.gz"
FORMAT = 1
"""The file's layout: a file of another layout is not read."""
States = dict[str, list[Group]]


@dataclass
class Kept:
    """The issues a link may start from, taken before its index is read: those of this
    process's index object, or the rows saved beside the store with the digest of the index
    file the link is about to read."""

    grouping: Grouping | None = None
    states: States = field(default_factory=dict)
    rows: dict[str, Any] = field(default_factory=dict)
    index: str = ""
    """A digest of the index file before the link ("" : none)."""
    ours: bool = True
    """The index file holds the index the link starts from (not so when this process's
    index object is used and another process has written the file since)."""
    saved: bool = False
    """The groups file beside the store holds ``states`` for that index file."""


_MEMORY: weakref.WeakKeyDictionary[GraphStore, Kept] = weakref.WeakKeyDictionary()


def file_digest(store: GraphStore) -> str:
    """A digest of the index file saved beside the store ("" when there is none)."""
    path = index_path(store)
    if path is None:
        return ""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def before_link(store: GraphStore) -> Kept:
    """What is kept of the issues of the index this link will start from; called before
    :func:`.recurrence_index.updated_grouping` reads (and may rewrite) it."""
    digest = file_digest(store)
    if held_in_memory(store):  # the link's index is this process's object
        last = _MEMORY.get(store)
        if last is None:
            return Kept(index=digest, ours=False)
        return replace(last, ours=last.ours and last.index == digest)
    path = beside(store, GROUPS_SUFFIX)
    data = load_json(path) if digest and path is not None else None
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or data.get("fingerprint") != fingerprint()
        or data.get("index") != digest
        or not isinstance(data.get("states"), dict)
    ):
        return Kept(index=digest)
    return Kept(rows=data["states"], index=digest, saved=True)


def groups(store: GraphStore, grouping: Grouping, index: IndexUse, kept: Kept) -> list[Group]:
    """``grouping.groups()``: the kept issues of the states this link's index left as they
    were, the others grouped again (and kept for the next link)."""
    clusters = _clusters_by_state(grouping)
    reusable: States = {}
    regrouped = set(index.touched) if index.added else set()
    if index.how == "kept":
        if kept.grouping is grouping:
            reusable = kept.states
        elif kept.grouping is None and kept.rows:
            reusable = _decoded(kept.rows, grouping, regrouped)
    states: States = {
        state: reusable[state] for state in clusters if state in reusable and state not in regrouped
    }
    missing = {state: clusters[state] for state in clusters if state not in states}
    for state, found in grouped_states(grouping, missing).items():
        states[state] = found
    _MEMORY[store] = _save(store, grouping, index, kept, states, bool(missing))
    return sorted((g for found in states.values() for g in found), key=issue_order)


def _clusters_by_state(grouping: Grouping) -> dict[str, dict[int, list[int]]]:
    """The index's clusters by state (a cluster's units are all of one state)."""
    found: dict[str, dict[int, list[int]]] = {}
    for root, members in grouping.cluster.items():
        found.setdefault(grouping.units[root].item.country, {})[root] = members
    return found


def grouped_states(grouping: Grouping, clusters: Mapping[str, dict[int, list[int]]]) -> States:
    """Each named state's issues, by :meth:`Grouping.groups` itself run over that state's
    clusters alone (a state's issues depend on its own units and clusters only)."""
    return {state: grouping.groups(own) for state, own in clusters.items()}


def _save(
    store: GraphStore,
    grouping: Grouping,
    index: IndexUse,
    kept: Kept,
    states: States,
    grouped: bool,
) -> Kept:
    """Keep the issues beside the store, keyed by the index file they now belong to (none
    when that file was not written: it names an older index), and what is kept now."""
    path = beside(store, GROUPS_SUFFIX)
    written = index.how == "rebuilt" or index.added > 0
    now = Kept(grouping, states, ours=not index.unsaved and (written or kept.ours))
    if path is None:
        return now
    if index.unsaved:
        path.unlink(missing_ok=True)
        return now
    if not now.ours:  # the file is another process's index: its issues are left alone
        return now
    now.index = file_digest(store) if written else kept.index
    if not now.index:
        path.unlink(missing_ok=True)
        return now
    if not grouped and not written and kept.saved:
        now.saved = True
        return now
    data = {
        "format": FORMAT,
        "fingerprint": fingerprint(),
        "index": now.index,
        "states": {state: _rows(found, grouping) for state, found in states.items()},
    }
    now.saved = save_json(path, data)
    if not now.saved:
        path.unlink(missing_ok=True)
    return now


def _rows(found: Iterable[Group], grouping: Grouping) -> list[list[Any]]:
    """A state's issues as plain data: each issue's root and its members, a member as its
    unit's number in the index, its partner's key and the pair's score and reasons."""
    number = {id(unit.ask): n for n, unit in enumerate(grouping.units)}
    rows: list[list[Any]] = []
    for g in found:
        members = []
        for m in g.members:
            assert m.unit is not None and m.partner is not None and m.pair is not None
            members.append([number[id(m.unit)], m.partner.key, _pair_row(m.pair)])
        rows.append([g.root, members])
    return rows


_PAIR_KINDS = (float, float, str, str, frozenset, frozenset, frozenset, frozenset, frozenset, tuple)
"""How each field of a :class:`PairScore` is read back, in field order."""


def _pair_row(pair: PairScore) -> list[Any]:
    """A pair's fields in order, sets sorted (the same file in every process)."""
    values = (getattr(pair, f.name) for f in fields(pair))
    return [sorted(v) if isinstance(v, frozenset) else v for v in values]


def _pair(row: list[Any]) -> PairScore:
    return PairScore(*(kind(value) for kind, value in zip(_PAIR_KINDS, row, strict=True)))


def _decoded(rows: Mapping[str, Any], grouping: Grouping, regrouped: Collection[str]) -> States:
    """The saved issues of the states not ``regrouped`` on the index read back; {} if they
    do not fit it (all grouped again)."""
    items = {unit.item.key: unit.item for unit in grouping.units}
    states: States = {}
    try:
        for state, saved in rows.items():
            if state in regrouped:
                continue
            found = []
            for root, members in saved:
                if _unit(grouping, root).item.country != state or grouping.parent[root] != root:
                    raise ValueError(f"issue {root} is not a cluster of {state}")
                group = Group(root=int(root))
                for unit, partner, pair in members:
                    one = _unit(grouping, unit)
                    if one.item.country != state:
                        raise ValueError(f"unit {unit} is not of {state}")
                    group.members.append(Member(one.item, items[partner], _pair(pair), one.ask))
                found.append(group)
            states[str(state)] = found
    except (ValueError, KeyError, TypeError, IndexError):
        return {}
    return states


def _unit(grouping: Grouping, number: Any) -> _Unit:
    if not isinstance(number, int) or not 0 <= number < len(grouping.units):
        raise IndexError(f"no unit {number!r} in the index")
    return grouping.units[number]
