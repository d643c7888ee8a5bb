"""A tally after a complaint figure splits it by outcome in any order and in any form, on
passages written for these tests (every name and figure invented): its first item a count
("Five were upheld and ..."), a count stressed as small ("Only 41 of them were considered:
..."), the rest passed on to other bodies ("forwarded the other 43 to other state bodies")
or never answered, and the sentences of a paragraph read together."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG


def _read(sentence: str, body: str | None) -> list[tuple[int, str | None]]:
    return [(f.count, f.outcome) for f in read_figures(sentence, body, 60)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the count first, the next item's verb left out, a "never" for no answer
            "Five were upheld and fourteen rejected; four were never answered.",
            [(5, "upheld"), (14, "rejected"), (4, "not-considered")],
        ),
        (  # the same items in another order, in digits, wrapped over two lines
            "12 were dismissed,\n3 were never examined and 2 were granted in full.",
            [(12, "rejected"), (3, "not-considered"), (2, "upheld")],
        ),
        (  # a count stressed as small and a colon opening the split
            "Only 41 of them were considered in open session: 3 were upheld, and 38 were rejected.",
            [(3, "upheld"), (38, "rejected")],
        ),
        (
            "Just two were granted; the remaining 30 were dismissed as untimely.",
            [(2, "upheld"), (30, "not-considered")],
        ),
        (  # the rest passed on to other bodies, with words between the verb and the count
            "The Board upheld 11, rejected 40 and forwarded the other 9 to other state "
            "bodies for consideration.",
            [(11, "upheld"), (40, "rejected"), (9, "not-considered")],
        ),
        (
            "The remaining 17 were referred to the competent regional authorities without a "
            "decision of its own.",
            [(17, "not-considered")],
        ),
    ],
)
def test_a_tally_in_any_order(sentence: str, expected: list[tuple[int, str | None]]) -> None:
    assert _read(sentence, "the Board") == expected


def test_a_count_stressed_as_small_is_no_tally_of_a_figure_of_its_own() -> None:
    """ "granted only one of the 19 appeals" repeats a figure; it opens no tally."""
    assert _read("The district courts thus granted only one of the 19 appeals.", None) == []


PARAGRAPH = """DISPUTES

According to the Electoral Board, it received 120 complaints before polling day, most of
them on the registration of observers. Only 30 of them were examined in open session: 4 were
upheld, and 26 were rejected. The remaining 90 were forwarded to other state bodies or
answered by letter, without a formal decision.
"""


def test_the_sentences_of_a_paragraph_split_the_figure_before() -> None:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", PARAGRAPH))
    _, figures = add_complaints(
        extraction, document, None, Actors(extraction, "md"), 2021, URIRef("https://x/t")
    )
    read = sorted(
        (
            int(next(str(v) for p, v in f.values if p == NG.complaintCount)),
            next((str(v).rsplit("/", 1)[-1] for p, v in f.values if p == NG.outcome), None),
        )
        for f in figures
    )
    assert read == [(4, "upheld"), (26, "rejected"), (90, "not-considered"), (120, None)]
