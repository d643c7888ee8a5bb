"""A law named in the quoted title of a work a note or a reference cites is that work's
subject, not a law the text cites; a law's own quoted name stays a law (corp17). The texts
are invented for these tests."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.cited_titles import blank_cited_titles
from normgraph.loaders.extract.law_facts import add_document_laws
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText


def _laws(text: str, country: str) -> list[str]:
    extraction = Extraction()
    document = parse_document(SourceText("probe", "probe.txt", text))
    return [str(i).split("/id/")[1] for i in add_document_laws(extraction, document, country)]


@pytest.mark.parametrize(
    "note",
    [
        "12 Jane Roe, 'Arland: NGO Law Passed Amid Protests' (*Daily Post*, 2 May 2016) "
        "<https://example.org/ngo-law>.",
        "7 M. Varga, \u2018Why the Media Law Failed\u2019 (Press Studies Quarterly, March 2019).",
        '31 "The Election Code Explained" <https://example.org/code>.',
        "44 Roe, \u2018Arland: NGO Law Passed Amid Protests\u2019 (n 12).",
    ],
)
def test_a_law_in_a_cited_works_title_is_no_law_cited(note: str) -> None:
    text = f"Civil society in Arland shrank after 2015.\n\n{note}\n"
    assert _laws(text, "xa") == []
    assert len(blank_cited_titles(note)) == len(note)


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ('The Law "On Assemblies" (2004) requires notice.', "assemblies"),
        ('The "Law on Assemblies" (Law No. 12 of 2004) requires notice.', "assemblies"),
        ("Parties cited the 'Law on Political Parties' in their appeal.", "political-parties"),
        ("The Law on Media, adopted in 2011, was amended twice.", "media"),
    ],
)
def test_a_laws_own_quoted_name_stays_a_law(text: str, law: str) -> None:
    laws = _laws(text + "\n", "xa")
    assert any(law in iri for iri in laws), laws
