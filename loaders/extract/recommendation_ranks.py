"""The rank a "Priority recommendations" / "Other recommendations" heading gives the items
that follow it in reading order, across the topical sub-headings under it.

A report that heads its priorities "PRIORITY RECOMMENDATIONS" and then groups them under
"Legal Framework", "Election Administration" often prints all these headings alike, so the
document model makes the topics siblings of the ranking heading, not its children: read by
the section path, the items under the topics have no rank. Read in order, they keep the
rank of the last ranking heading until the next numbered or lettered heading that ranks
nothing (a new part of the report) or the next ranking heading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..text.model import Element, ElementKind


def heading_ranks(
    elements: Sequence[Element], ranks: Callable[[str, bool | None], bool | None]
) -> dict[int, bool]:
    """The rank (True: priority, False: other) that the last ranking heading above gives
    each element (by ``id``), where one does; ``ranks`` reads a heading's rank as the
    loader's headings do."""
    found: dict[int, bool] = {}
    rank: bool | None = None
    for element in elements:
        if element.kind is ElementKind.HEADING:
            said = ranks(element.text, None)
            if said is not None:
                rank = said
            elif element.label:
                rank = None  # "B. MEDIA": a numbered part of its own
            continue
        if rank is not None:
            found[id(element)] = rank
    return found


__all__ = ["heading_ranks"]
