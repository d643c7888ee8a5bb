"""Property-based tests: any text gives a document whose every span resolves, and the
ODIHR loader gives facts or a clear error, never another exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from normgraph.loaders.base import ExtractionError
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from tests.loaders.odihr_fixtures import PARLIAMENTARY, REFERENDUM

# Text made of the pieces reports are made of: words, markers, headings, tabs, blank lines.
PIECES = st.sampled_from(
    [
        "word",
        "Word",
        " ",
        "\n",
        "\n\n",
        "\t",
        ".",
        ",",
        "¹²",
        "<sup>3</sup>",
        "*",
        "\\(",
        "I. ",
        "A. ",
        "IV. HEADING",
        "1. ",
        "- ",
        "TABLE OF CONTENTS",
        "\u201c",
        "\u2019",
        "9,725",
        "%",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=120).map("".join))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_any_text_parses_and_every_span_resolves(text: str) -> None:
    source = SourceText("p", "p.txt", text)
    doc = parse_document(source)
    for element in doc.elements:
        for span in [*element.pieces, *element.spans()]:
            assert text[span.start : span.end] == span.quote
    for note in doc.footnotes.values():
        for span in note.spans():
            assert text[span.start : span.end] == span.quote
    for sentence in doc.sentences():
        for span in sentence.spans():
            assert text[span.start : span.end] == span.quote


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([PARLIAMENTARY, REFERENDUM]), st.integers(0, 3000), st.integers(0, 200))
def test_truncated_or_cut_reports_load_or_fail_clearly(base: str, cut: int, drop: int) -> None:
    text = base[:cut] + base[cut + drop :]
    source = SourceText("p", "p.txt", text)
    try:
        extraction = OdihrLoader().extract(source)
    except ExtractionError:
        return
    for fact in extraction.facts:
        assert fact.evidence
        for span in fact.evidence:
            assert text[span.start : span.end] == span.quote
