"""A law keeps the name a report writes it by as another label, where its label is the
usual name ("Law on Elections" for the "Election Law"), and its articles do too: a reader
who searches for the report's words finds the law. The passages are invented for the test
(other states than any fixture's)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.law_facts import add_document_laws
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SKOS


def _labels(text: str, country: str) -> dict[str, set[str]]:
    """Last IRI parts -> label and other labels of every law and article ``text`` cites."""
    extraction = Extraction()
    document = parse_document(SourceText("probe", "probe.txt", text))
    add_document_laws(extraction, document, country)
    return {
        "/".join(str(fact.iri).split("/")[-3:]): {str(fact.label)}
        | {str(value) for prop, value in fact.values if prop == SKOS.altLabel}
        for fact in extraction.facts
        if fact.kind in (NG.Law, NG.LawArticle)
    }


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The vote was held under the 2029 Law on Elections, as amended in 2030.",
            "Law on Elections",
        ),
        (
            "A new Constitutional Law on Elections, adopted on 4 May 2030, lowered the threshold.",
            "Constitutional Law on Elections",
        ),
        ("Elections are governed by the Law on Elections of 12 June 2028.", "Law on Elections"),
    ],
)
def test_the_law_keeps_the_name_the_report_writes(text: str, written: str) -> None:
    labels = _labels(text, "is")
    law = next(names for key, names in labels.items() if key.endswith("election-law"))
    assert "Election Law" in law and written in law


def test_an_article_keeps_its_law_s_written_name_and_a_law_named_as_usual_adds_nothing() -> None:
    labels = _labels(
        "Article 14 of the Law on Elections bars early campaigning. The Media Act applies too.",
        "is",
    )
    article = next(names for key, names in labels.items() if key.endswith("article/14"))
    assert "Law on Elections, article 14" in article
    media = next(names for key, names in labels.items() if key.endswith("media-act"))
    assert media == {"Media Act"} or all("Media Act" in name for name in media)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Candidates may withdraw under Article 8-a of the Electoral Code.", "8-a"),
        ("Article 35-b of the Election Law, added in 2029, bars it.", "35-b"),
        ("The deadline in Article 112-c of the Electoral Code is short.", "112-c"),
    ],
)
def test_an_article_inserted_with_a_dash_and_a_letter(text: str, number: str) -> None:
    assert any(key.endswith(f"article/{number}") for key in _labels(text, "is"))
