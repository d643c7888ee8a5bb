"""Item labels and headings read by their shape, by one grammar (``loaders/text/labels.py``,
``lines.py``): each invented line of ``tests/cases/line_shapes.toml`` is an item with its
label, a heading with its number, running text or a table row. Numbered sentences, dates,
figures, table rows and page numbers stay what they are. A label alone on its line takes
the text of the next line, and numbered lines under "Notes" are no list items."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.lines import Line, LineKind, classify
from normgraph.loaders.text.model import ElementKind
from normgraph.loaders.text.source import SourceText
from tests.case_tables import case_params


@pytest.mark.parametrize(
    ("line", "kind", "label", "alone"),
    case_params(
        "line_shapes", "line", "kind", "label", "alone", defaults={"label": None, "alone": True}
    ),
)
def test_a_line_is_read_by_its_shape(line: str, kind: str, label: str | None, alone: bool) -> None:
    shape = classify(Line(0, len(line), line, 0, alone))
    kinds = {"text-or-item": {"text", "item"}}.get(kind, {kind})
    assert shape.kind.value in kinds
    if shape.kind in (LineKind.ITEM, LineKind.HEADING):
        assert shape.label == label


LAID_OUT = """\
IV. RECOMMENDATIONS

1.
The assembly of Moldavia should publish the minutes of its sessions.

2.    The courts should decide complaints within three days and
      publish their decisions online.

[3] The commission should train polling staff before each vote.

Notes
1   Signed in Lisbon on 4 May 1981.
2   The text was published in the official gazette with three annexes.
"""


def test_a_label_alone_takes_the_next_line_and_numbered_notes_are_no_items() -> None:
    document = parse_document(SourceText("d", "d.txt", LAID_OUT))
    items = [(e.label, e.text) for e in document.elements if e.kind is ElementKind.ITEM]
    assert items == [
        ("1", "The assembly of Moldavia should publish the minutes of its sessions."),
        (
            "2",
            "The courts should decide complaints within three days and publish their"
            " decisions online.",
        ),
        ("3", "The commission should train polling staff before each vote."),
    ]
    assert not [e for e in document.elements if e.kind is ElementKind.ITEM and "gazette" in e.text]
