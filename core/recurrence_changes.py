"""Which states' issues a relink must render again, and which issue blocks it takes as kept.

An added or changed report moves only its own state's groups (:mod:`normgraph.grouping`
groups within a state), so the other states' issue blocks are the kept ones
(:mod:`normgraph.recurrence_triples` renders the rest)."""

from __future__ import annotations

from collections.abc import Mapping

from .grouping import Group, Grouping
from .recurrence_blocks import Blocks
from .recurrence_index import IndexUse
from .recurrence_read import stale_reports


def changed_states(
    grouping: Grouping,
    versions: Mapping[str, str],
    kept: Blocks | None,
    index: IndexUse,
) -> frozenset[str] | None:
    """The states whose issues may differ from the ``kept`` blocks: those of the
    recommendations of every report whose version is not the one the blocks were computed
    at. A state's clusters, scores and order depend on its own recommendations alone
    (:mod:`normgraph.grouping`), and an issue's other inputs (its members' evidence and
    reports' creators) are facts of its members' reports, so another state's issue renders
    as kept. None (every state may differ): no blocks, or none with their versions, or an
    index rebuilt (a recommendation removed or changed, or other grouping code)."""
    if kept is None or not kept.versions or index.how != "kept":
        return None
    stale = set(stale_reports(versions, kept.versions))
    return frozenset(unit.item.country for unit in grouping.units if unit.item.document in stale)


def as_kept(g: Group, key: str, kept: Blocks | None, changed: frozenset[str] | None) -> bool:
    """Whether an issue's block is the kept one (:func:`changed_states`). An issue named
    twice (two groups' blocks held together) is signed."""
    return (
        changed is not None
        and kept is not None
        and key in kept.signatures
        and not any(item.country in changed for item in g.items)
    )
