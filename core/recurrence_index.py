"""The grouping index kept between builds, so adding a report scores only its own asks.

Grouping a collection scores every ask unit against its candidates; that is the cost of a
build (bench/recurrence_scale.py). The index (:class:`normgraph.grouping.Grouping`: the
units read from each recommendation, the clusters they formed) is therefore saved after
each link and read back before the next one:

- beside an on-disk embedded store, as ``<store>.recurrence-index.json.gz`` (plain JSON,
  written to a temporary file and renamed, so a crash never leaves half an index);
- for any store, in this process too, so a long-running process (the API, the tests)
  relinks a remote or in-memory store without reading its index again.

The saved index is a cache of what the store holds, never a source: it carries a
fingerprint of the grouping code and data, and is compared with the store's
recommendations on every link. New recommendations are added to it (their candidates
only); when a recommendation was removed or changed, or the code changed, or the file does
not read, the index is rebuilt from the store and the reason is told.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import weakref
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from normgraph.graph import GraphStore
from normgraph.ontology import read_text

from .asks import AskUnit
from .grouping import Grouping, Item
from .recurrence_read import stale_reports
from .textsim import PARAPHRASES_FILE

INDEX_SUFFIX = ".recurrence-index.json.gz"
_CODE = ("asks.py", "grouping.py", "grouping_model.py", "textsim.py", "recurrence_index.py")
_MEMORY: weakref.WeakKeyDictionary[GraphStore, tuple[Grouping, dict[str, str]]] = (
    weakref.WeakKeyDictionary()
)
ReadItems = Callable[[Collection[str] | None], list[Item]]
"""Reads the recommendations of the named reports (None: of every report)."""


@dataclass(frozen=True)
class IndexUse:
    """How a link got its index: ``kept`` (new items added to a saved index) or
    ``rebuilt``, why, and how many recommendations were added to it."""

    how: str
    reason: str
    added: int
    unsaved: str = ""
    """Why the index could not be saved for the next link (it is a cache: linking goes on)."""
    known: frozenset[str] = frozenset()
    """The reports whose recommendations the kept index held before this link, in states
    it left as they were (none when it was rebuilt): their findings and statements were
    matched by an earlier link at the weights and clusters they still have; a regrouped
    state's are matched again, as a link from scratch matches them."""
    touched: frozenset[str] = frozenset()
    """The states of the recommendations read again for this link (their reports are new
    or their version changed) when it added any: statements of those states may now match
    otherwise."""


@cache
def fingerprint() -> str:
    """A hash of the code and data that decide how recommendations group."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _CODE:
        digest.update((here / name).read_bytes())
    digest.update(read_text(PARAPHRASES_FILE).encode())
    return digest.hexdigest()


def beside(store: GraphStore, suffix: str) -> Path | None:
    """A file kept next to an on-disk embedded store (None for other stores)."""
    location = getattr(store, "path", None)
    if not isinstance(location, Path):
        return None
    return location.with_name(location.name + suffix)


def index_path(store: GraphStore) -> Path | None:
    """Where an on-disk embedded store's index lives (None for other stores)."""
    return beside(store, INDEX_SUFFIX)


def _item_row(item: Item) -> list[Any]:
    return [
        item.key,
        item.text,
        item.document,
        item.organisation,
        item.election,
        item.date,
        sorted(item.topics),
        sorted(item.norms),
        sorted(item.laws),
        item.country,
    ]


def _item(row: list[Any]) -> Item:
    key, text, document, organisation, election, date, topics, norms, laws, country = row
    return Item(
        key,
        text,
        document,
        organisation,
        election,
        date,
        frozenset(topics),
        frozenset(norms),
        frozenset(laws),
        country,
    )


def to_json(grouping: Grouping, versions: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The index as plain data: items, each unit's reading, the clusters' parents, and the
    version of each report it was read at."""
    number: dict[str, int] = {}
    items: list[list[Any]] = []
    units: list[list[Any]] = []
    for unit in grouping.units:
        if unit.item.key not in number:
            number[unit.item.key] = len(items)
            items.append(_item_row(unit.item))
        ask = unit.ask
        units.append(
            [
                number[unit.item.key],
                ask.text,
                sorted(ask.actions),
                sorted(ask.vehicles),
                list(ask.object_terms),
                sorted(ask.addressee),
                sorted(ask.articles),
            ]
        )
    return {
        "fingerprint": fingerprint(),
        "threshold": grouping.threshold,
        "items": items,
        "units": units,
        "parent": grouping.roots(),
        "reports": dict(versions or {}),
    }


def from_json(data: dict[str, Any]) -> Grouping:
    """An index read back; a KeyError/ValueError/TypeError if the data is not one (its
    reports' versions: :func:`versions_of`)."""
    if data.get("fingerprint") != fingerprint():
        raise ValueError("the grouping code or paraphrases changed since it was saved")
    grouping = Grouping(float(data["threshold"]))
    items = [_item(row) for row in data["items"]]
    restored = []
    for index, text, actions, vehicles, terms, addressee, cited in data["units"]:
        ask = AskUnit(
            text,
            frozenset(actions),
            frozenset(vehicles),
            tuple(terms),
            frozenset(addressee),
            frozenset(cited),
        )
        restored.append((items[index], ask))
    grouping.restore(restored, [int(p) for p in data["parent"]])
    return grouping


def versions_of(data: dict[str, Any]) -> dict[str, str]:
    """The report versions an index was read at (none in an index saved before they were)."""
    reports = data.get("reports", {})
    if not isinstance(reports, dict):
        raise ValueError("the saved report versions are not a mapping")
    return {str(report): str(version) for report, version in reports.items()}


def save(grouping: Grouping, path: Path, versions: Mapping[str, str] | None = None) -> None:
    """Write the index atomically (a temporary file renamed over the old one)."""
    temporary = path.with_name(path.name + ".tmp")
    with gzip.open(temporary, "wt", encoding="utf-8", compresslevel=1) as out:
        # One string from the C encoder (json.dump to a file runs the pure-Python one).
        out.write(json.dumps(to_json(grouping, versions), separators=(",", ":")))
    os.replace(temporary, path)


def load(path: Path) -> Grouping:
    """Read a saved index (OSError, ValueError, KeyError or TypeError if it does not read)."""
    return _load(path)[0]


def _load(path: Path) -> tuple[Grouping, dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as source:
        data = json.load(source)
    if not isinstance(data, dict):
        raise ValueError("not an index")
    return from_json(data), _newer_versions(path, versions_of(data))


VERSIONS_SUFFIX = ".recurrence-index-versions.json.gz"


def _versions_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(INDEX_SUFFIX) + VERSIONS_SUFFIX)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _newer_versions(path: Path, seen: dict[str, str]) -> dict[str, str]:
    """The report versions saved beside the index file after it (:func:`_save_versions`)
    if they were saved for this very file, else those it holds (``seen``)."""
    from .recurrence_files import load_json  # (it imports this module)

    data = load_json(_versions_path(path))
    try:
        if isinstance(data, dict) and data.get("index") == _digest(path):
            return versions_of(data)
    except (OSError, ValueError):
        pass
    return seen


def _save_versions(path: Path, versions: Mapping[str, str]) -> None:
    """Save the versions a link read the index's reports at, when it read some again and
    found the very recommendations the index holds (nothing added: the index file is not
    written). Without them those reports stayed stale for every later link until an added
    recommendation saved the index: read and their findings and statements matched again
    each time (0.15-0.25 s of CPU a report at 1,000 reports). A small file beside the index,
    naming the index file's digest, so it is never read with another index."""
    from .recurrence_files import save_json  # (it imports this module)

    try:
        digest = _digest(path)
    except OSError:
        return
    save_json(_versions_path(path), {"index": digest, "reports": dict(versions)})


def _saved(
    store: GraphStore, path: Path | None
) -> tuple[tuple[Grouping, dict[str, str]] | None, str]:
    """The index kept for this store with its reports' versions, and why there is none."""
    kept = _MEMORY.get(store)
    if kept is not None:
        return kept, ""
    if path is None:
        return None, "no index kept for this store yet"
    if not path.exists():
        return None, f"no saved index at {path}"
    try:
        return _load(path), ""
    except (OSError, ValueError, KeyError, TypeError, EOFError) as error:
        return None, f"the saved index at {path} does not read: {error}"


def held_in_memory(store: GraphStore) -> bool:
    """Does this process hold the store's index (the object the next link starts from,
    whatever the file beside the store holds)?"""
    return store in _MEMORY


def forget(store: GraphStore) -> None:
    """Drop the index kept for a store (in this process and on disk): the next link
    rebuilds it from the store."""
    _MEMORY.pop(store, None)
    path = index_path(store)
    if path is not None:
        path.unlink(missing_ok=True)
        _versions_path(path).unlink(missing_ok=True)


def updated_grouping(
    store: GraphStore, versions: Mapping[str, str], read: ReadItems
) -> tuple[Grouping, IndexUse]:
    """The grouping of the store's recommendations now (its reports at ``versions``): the
    kept index with the new ones added, reading only the reports whose version changed,
    or a rebuilt one when the kept index holds what the store no longer does. Saves the
    result for the next link."""
    path = index_path(store)
    from_file = not held_in_memory(store)  # else this process's index (the file may be older)
    saved, reason = _saved(store, path)
    grouping: Grouping | None = None
    stale: list[str] = []
    if saved is not None:
        grouping, seen = saved
        stale = stale_reports(versions, seen)
        fresh = read(stale)
        indexed = {unit.item.key: unit.item for unit in grouping.units}
        current = {item.key: item for item in fresh}
        reread = set(stale)
        gone = [
            key
            for key, item in indexed.items()
            if item.document not in versions
            or (item.document in reread and current.get(key) != item)
        ]
        if gone:
            grouping = None
            reason = f"{len(gone)} indexed recommendations were removed or changed"
    if grouping is None:
        items = read(None)
        grouping = Grouping()
        grouping.add(items)
        use = IndexUse("rebuilt", reason, len(items))
    else:
        new = [item for item in fresh if item.key not in indexed]
        grouping.add(new)
        moved = {r for r in stale if versions[r]}
        # A state is touched only when it gained recommendations: reports read again that
        # hold the very ones the index had (a report edited outside them) leave every state
        # grouped, weighed and ranked as at the last link, so only their own findings and
        # statements are matched again (at 1,000 reports, not their state's 3,900).
        touched = frozenset(item.country for item in fresh) if new else frozenset()
        known = frozenset(i.document for i in indexed.values() if i.country not in touched) - moved
        use = IndexUse("kept", "", len(new), known=known, touched=touched)
    _MEMORY[store] = (grouping, dict(versions))
    # Saved when the grouping changed only (at 100,000 recommendations a save costs about
    # 5 s): versions saved earlier than the store's only make the next process read those
    # reports again.
    if path is not None and (use.how == "rebuilt" or use.added):
        try:
            save(grouping, path, versions)
        except OSError as error:
            use = replace(use, unsaved=f"cannot write {path}: {error}")
    elif path is not None and stale and from_file:
        _save_versions(path, versions)
    return grouping, use
