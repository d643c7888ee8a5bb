"""Words a line's end broke with a hyphen, as PDF text extraction keeps a justified
paragraph's hyphenation (issue 13, pdf24): the document model reads "com-" / "plaints" as
"complaints" before any reader looks at it, so a complaint count, a recommendation, a law's
name and a date read the same as in the unbroken text, and every evidence span still quotes
the source exactly ("com-\\nplaints"). A compound's own hyphen stays, decided by the word
shapes on both sides and the report's own usage. Invented texts, in three layouts."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from normgraph.loaders.base import Loader
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from tests.case_tables import case_params


def hyphenated(text: str, breaks: list[str], margin: str = "") -> str:
    """``text`` with each word of ``breaks`` ("com-plaints": the word "complaints" and where
    the line breaks it) broken at a line's end, the next line opening with ``margin``."""
    for cut in breaks:
        head, tail = cut.split("-")
        assert head + tail in text, cut
        text = text.replace(head + tail, f"{head}-\n{margin}{tail}", 1)
    return text


STATEMENT = """\
Moldovan Civic Observers

PRELIMINARY STATEMENT

Chisinau, 14 March 2033

1 / LEGAL FRAMEWORK

The elections were held under the Electoral Code of Moldova, amended in December 2032.

2 / ELECTION DISPUTES

The Central Electoral Commission received 58 complaints before election day, of which 9 were upheld.

3 / RECOMMENDATIONS

  1. The Central Electoral Commission should publish all its decisions on complaints
     within three days.
"""
STATEMENT_BREAKS = ["Elec-toral", "Decem-ber", "com-plaints", "up-held", "pub-lish"]

INDENTED = """\
ASSOCIATION OF ROMANIAN ELECTION WATCHERS

STATEMENT ON THE LOCAL ELECTIONS

Bucharest, 2 October 2041

I. COMPLAINTS AND APPEALS

    County electoral bureaus registered 212 appeals during the campaign, and 31 of them
    were rejected as unfounded.

II. LEGISLATION

    The Law on Local Elections was last amended on 17 February 2040 by an emergency ordinance.

III. RECOMMENDATIONS

    - Parliament should regulate online campaigning by candidates well ahead of the next elections.
"""
INDENTED_BREAKS = ["regis-tered", "ap-peals", "re-jected", "Elec-tions", "Febru-ary", "regu-late"]

PROGRAMME = """\
FINAL REPORT

STRENGTHENING ELECTORAL ACCOUNTABILITY IN GEORGIA

I. SUMMARY

From March 1, 2036 to February 28, 2039, the Institute for Civic Dialogue (ICD) implemented a
program in Georgia to strengthen the handling of electoral disputes.

II. RESULTS

Electoral disputes. The Central Election Commission received 64 complaints during the
campaign, of which 12 were upheld.
"""
PROGRAMME_BREAKS = ["strength-en", "han-dling", "com-plaints", "up-held"]
"""(The programme's head, "ICD implemented", is read from the source's first lines, not the
document model: no break there.)"""

LAYOUTS = [
    pytest.param(StatementLoader, STATEMENT, STATEMENT_BREAKS, "", id="statement-flush"),
    pytest.param(StatementLoader, INDENTED, INDENTED_BREAKS, "    ", id="statement-indented"),
    pytest.param(ProgrammeLoader, PROGRAMME, PROGRAMME_BREAKS, "", id="programme"),
]

Read = list[tuple[str, str, list[tuple[str, str]]]]


def _read(loader: Callable[[], Loader], text: str) -> Read:
    """Every fact the loader makes of ``text`` (its kind, IRI and values, evidence aside),
    each of its evidence spans checked against the source."""
    source = SourceText("r", "r.txt", text)
    facts = loader().extract(source).facts

    def named(term: object) -> str:  # a programme report's IRIs end in a hash of its text
        return re.sub(r"-[0-9a-f]{8}(?=$|/)", "-<hash>", str(term))

    found: Read = []
    for fact in facts:
        for span in fact.evidence:
            assert source.text[span.start : span.end] == span.quote, span
        values = sorted((str(p), named(v)) for p, v in fact.values)
        found.append((str(fact.kind), named(fact.iri), values))
    return found


@pytest.mark.parametrize(("loader", "text", "breaks", "margin"), LAYOUTS)
def test_a_hyphenated_report_reads_as_the_unbroken_one(
    loader: Callable[[], Loader], text: str, breaks: list[str], margin: str
) -> None:
    whole = _read(loader, text)
    kinds = {kind.rsplit("#", 1)[-1] for kind, _, _ in whole}
    assert "ComplaintFigure" in kinds
    assert _read(loader, hyphenated(text, breaks, margin)) == whole


@pytest.mark.parametrize(("loader", "text", "breaks", "margin"), LAYOUTS)
def test_a_rejoined_word_quotes_the_source_across_its_break(
    loader: Callable[[], Loader], text: str, breaks: list[str], margin: str
) -> None:
    broken = hyphenated(text, breaks, margin)
    document = parse_document(SourceText("r", "r.txt", broken))
    body = " ".join(element.text for element in document.elements)
    for cut in breaks:
        word = cut.replace("-", "")
        assert re.search(rf"\b{word}\b", body), word
        element = next(e for e in document.elements if re.search(rf"\b{word}\b", e.text))
        assert [span.quote for span in element.locate(word)] == [cut.replace("-", f"-\n{margin}")]


@pytest.mark.parametrize(
    ("elsewhere", "paragraph", "read"),
    case_params("line_end_hyphens", "elsewhere", "paragraph", "read", defaults={"elsewhere": ""}),
)
def test_a_line_end_hyphen_is_kept_or_dropped_by_the_word_shapes(
    elsewhere: str, paragraph: str, read: str
) -> None:
    also = f"The report also writes {elsewhere or 'nothing'}."
    text = f"I. FINDINGS\n\n{paragraph}\n\nII. OTHER\n\n{also}\n"
    document = parse_document(SourceText("d", "d.txt", text))
    element = document.elements[1]
    assert read in element.text
    quoted = "".join(span.quote for span in element.spans())
    assert quoted == paragraph
