"""The status a follow-up table's row or a list's bullet states in a field of its own, read
wherever the field stands: a label that dates the item ("Training of staff (2021)", "ODIHR
2015, recommendation 10 (...)"), then a short field that is nothing but a status
("implemented", "Status: not implemented", "Partially implemented", "partly done"), then,
often, a sentence that explains it. The clause grammar reads a row's last field only, so a
status in the middle went unread; a row without a dated label is not a statement on an
earlier recommendation and gets none.
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
_NAME = re.compile(r"^(?:status|level|rating|assessment|follow-?up)(?:\s+\w+){0,2}$", re.I)
"""A field that only names the status column ("Status", "Level of implementation")."""


def row_status(text: str) -> str | None:
    """The status a row's own field states, or None where the row has no dated label (its
    first field, or its second after a title: "Title | recommended 2019 | not implemented")
    or no field after the label that is a status alone (the first two short fields after
    it are read: "(2018 report): no change seen; not implemented")."""
    masked = _NESTED.sub(lambda found: found[0].replace(":", ",").replace(";", ","), text)
    fields = [field.strip(" .-\u2022*") for field in _FIELD.split(masked.strip(" -\u2022*"))]
    label = next((at for at, field in enumerate(fields[:2]) if _LABEL.search(field)), None)
    if label is None:
        return None
    for field in [field for field in fields[label + 1 : label + 4] if not _NAME.match(field)][:2]:
        if len(field.split()) > 4:
            return None
        status = bare_status(field)
        if status is not None:
            return status
    return None
