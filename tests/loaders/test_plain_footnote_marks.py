"""Footnote numbers in plain digits, as PDF text extraction leaves a superscript (issue 13,
pdf24): glued to a word ("Assemblies4", "them12,") or after its punctuation ("elections.5"),
they are the report's markers when it has notes of those numbers, so the document model
drops them from the clean text (a law's name, a count's clause read whole) and cites the
notes, while evidence spans still quote the source exactly. A number no note has stays.
Invented texts, in two note layouts."""

from __future__ import annotations

import pytest

from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

PASSAGE = """\
I. LEGAL FRAMEWORK

The Law on Public Assemblies{a} was amended twice before the elections.{b} Observers noted
that the Electoral Code,{c} adopted in 2029, stays in force;{d} the 40 km2 district and
Article 5 of the code were not changed.

{notes}
II. ELECTION DAY

Voting was orderly.
"""
RULE = "__________\n4 See the annex.\n5 Ibid.\n6 As published in the gazette.\n7 Ibid.\n\f"
BRACKETED = "_______________\n[4] See the annex.\n[5] Ibid.\n[6] As published.\n[7] Ibid.\n\f"


def _passage(notes: str) -> str:
    return PASSAGE.format(a="4", b="5", c="6", d="7", notes=notes)


@pytest.mark.parametrize("notes", [RULE, BRACKETED], ids=["numbered", "bracketed"])
def test_plain_digit_markers_of_the_notes_are_dropped_and_cite_them(notes: str) -> None:
    text = _passage(notes)
    unmarked = PASSAGE.format(a="", b="", c="", d="", notes="")
    document = parse_document(SourceText("d", "d.txt", text))
    paragraph = document.elements[1]
    assert paragraph.text == " ".join(unmarked.split("\n\n")[1].split())
    assert [marker.label for marker in paragraph.markers] == ["4", "5", "6", "7"]
    assert [len(document.citing(label)) for label in "4567"] == [1, 1, 1, 1]
    spans = paragraph.locate("Law on Public Assemblies was amended")
    assert [span.quote for span in spans] == ["Law on Public Assemblies4 was amended"]
    assert all(text[s.start : s.end] == s.quote for s in paragraph.spans())


def test_digits_without_a_note_of_their_number_stay() -> None:
    text = PASSAGE.format(a="4", b="5", c="6", d="7", notes="")
    paragraph = parse_document(SourceText("d", "d.txt", text)).elements[1]
    assert "Assemblies4" in paragraph.text and "elections.5" in paragraph.text
    assert paragraph.markers == []


STATEMENT = """\
Moldovan Civic Observers

PRELIMINARY STATEMENT

Chisinau, 14 March 2033

1 / LEGAL FRAMEWORK

The elections were held under the Law on Local Elections{a} of Moldova, amended in 2032.

2 / ELECTION DISPUTES

The Central Electoral Commission received 58 complaints,{b} and 9 of them{c} were upheld.

{notes}
"""


def test_a_law_and_a_complaint_count_read_as_without_the_markers() -> None:
    def read(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
        source = SourceText("n", "n.txt", text)
        facts = StatementLoader().extract(source).facts
        for fact in facts:
            assert all(text[s.start : s.end] == s.quote for s in fact.evidence)
        kinds = (NG.Law, NG.ComplaintFigure)
        return [
            (str(f.iri), sorted((str(p), str(v)) for p, v in f.values if p != NG.text))
            for f in facts
            if f.kind in kinds
        ]

    notes = "__________\n1 See the annex.\n2 Ibid.\n3 As published.\n"
    marked = read(STATEMENT.format(a="1", b="2", c="3", notes=notes))
    plain = read(STATEMENT.format(a="", b="", c="", notes=""))
    assert marked == plain
    assert any("/law/md/" in iri for iri, _ in plain)
    counts = [v for _, values in plain for p, v in values if p == str(NG.complaintCount)]
    assert counts == ["58", "9"]
