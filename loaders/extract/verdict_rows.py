"""The status a follow-up table's row or a list's bullet states in a field of its own, read
wherever the field stands: a label that dates the item ("Training of staff (2021)", "ODIHR
2015, recommendation 10 (...)"), then a short field that is nothing but a status
("implemented", "Status: not implemented", "Partially implemented", "partly done"), then,
often, a sentence that explains it. The clause grammar reads a row's last field only, so a
status in the middle went unread. A row without a dated label is read only as a table's
row ("Title | partially implemented | ..."): the status in the cell right after the title.
"""

from __future__ import annotations

import re

from .bare_status import bare_status

_NESTED = re.compile(r"\([^()]*\)")
"""A parenthesis in the label, whose own colons and semicolons do not end a field."""
_FIELD = re.compile(r"\s*(?:\||:\s|;\s|\.\s+(?=[A-Z])|\s[\u2013\u2014-]\s)\s*")
"""Where a row's field ends: a bar, a colon, a semicolon, a sentence end, a spaced dash."""
_LABEL = re.compile(r"\b(?:19|20)\d\d\b|\brec(?:ommendation|\.)\s*\d+\b", re.I)
"""A label that dates its item or numbers an earlier recommendation."""
_NAME = re.compile(
    r"^(?:(?:our|the|its|their|[\w/'-]+'s?)\s+(?:[\w/'-]+\s+)?)?"
    r"(?:status|level|rating|assessment|follow-?up)(?:\s+\w+){0,2}$",
    re.I,
)
"""A field that only names the status column ("Status", "Level of implementation"), its
owner's too ("Our assessment", "The mission's rating")."""
_HEAD = re.compile(r"^([^,]+),\s")
"""A field's head before a comma: a status that opens an explanation ("fully implemented,
every chair having attended")."""


def row_status(text: str) -> str | None:
    """The status a row's own field states, or None where the row has no dated label (its
    first field, or its second after a title: "Title | recommended 2019 | not implemented";
    a table row's title alone when the next cell is the status) or no field after the label
    that is a status alone (the first two short fields after it are read: "(2018 report):
    no change seen; not implemented"; or a graded status that closes the row: "(2016):
    the law was amended for local elections only; partially implemented")."""
    masked = _NESTED.sub(lambda found: found[0].replace(":", ",").replace(";", ","), text)
    fields = [field.strip(" .-\u2022*") for field in _FIELD.split(masked.strip(" -\u2022*"))]
    label = next((at for at, field in enumerate(fields[:2]) if _LABEL.search(field)), None)
    if label is None:
        # an undated table row: only the cell right after its title
        cells = [cell.strip(" .") for cell in text.split("|")]
        return _status(cells[1]) if len(cells) > 2 and len(cells[1].split()) <= 4 else None
    for field in [field for field in fields[label + 1 : label + 4] if not _NAME.match(field)][:2]:
        status = _status(field)
        if status is not None:
            return status
        if len(field.split()) > 4:
            return _closing(fields[label + 2 :])
    return None


def _status(field: str) -> str | None:
    """The status a field states alone, or at its head before an explanation."""
    if len(field.split()) <= 4:
        return bare_status(field)
    head = _HEAD.match(field)
    return bare_status(head[1]) if head and len(head[1].split()) <= 4 else None


def _closing(fields: list[str]) -> str | None:
    """A graded status that closes a row after its explanation ("...; partially
    implemented"): a grade and a participle, not a lone word ("...; done"), which may end
    the explanation."""
    last = fields[-1] if fields else ""
    return bare_status(last) if 2 <= len(last.split()) <= 3 else None
