"""Laws of another state named by its adjective or possessive are left out of a report's
graph (issue 13, twelfth session): texts invented for the test, read by both law readers
(``legal.find_laws`` for statements and other genres, ``legal_patterns.add_legal`` for
final reports)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.law_states import foreign_law
from normgraph.loaders.extract.legal import find_laws, find_references
from normgraph.loaders.extract.legal_patterns import add_legal
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ID, NG


def _laws(text: str, country: str) -> list[str]:
    return [str(law.iri).split("/id/")[1] for law in find_laws(text, country)]


@pytest.mark.parametrize(
    "text",
    [
        "Unlike the Austrian Constitution, the Constitution provides for popular initiatives.",
        "Unlike Austria's Constitution, the Constitution provides for popular initiatives.",
        "Unlike the Swiss Federal Act on Political Rights, the Constitution provides for "
        "popular initiatives.",
    ],
)
def test_a_law_of_another_state_by_its_adjective_is_left_out(text: str) -> None:
    assert _laws(text, "li") == ["law/li/constitution"]


def test_the_report_s_own_adjective_keeps_its_law() -> None:
    (law,) = _laws("The Armenian Electoral Code was amended in 2021.", "am")
    assert law.startswith("law/am/") and law.endswith("electoral-code")


def test_words_between_a_state_and_a_law_are_no_adjective() -> None:
    """ "... of Georgia and the Law on ...": the state before "and the" owns nothing."""
    text = "the Electoral Code of Georgia and the Law on Political Parties"
    assert foreign_law(text, text.index("Law on"), "Law on Political Parties", "am") is False


def test_an_article_of_another_state_s_law_is_left_out() -> None:
    text = "Article 12 of the Italian Constitution and Article 3 of the Constitution apply."
    cited = [str(ref.iri).split("/id/")[1] for ref in find_references(text, "sm")]
    assert all(iri.startswith("law/sm/") for iri in cited)
    assert "law/sm/constitution/article/3" in cited


def test_the_final_report_reader_leaves_another_state_s_law_out_too() -> None:
    text = (
        "LEGAL FRAMEWORK\n\nThe Law on Elections was modelled on the French Electoral Code. "
        "Article 12 of the Spanish Constitution was cited by the court; Article 8 of the Law "
        "on Elections was not.\n"
    )
    extraction = Extraction()
    source = SourceText("framework", "framework.txt", text)
    add_legal(extraction, parse_document(source), ID["report/x"], "ad")
    laws = [str(f.iri) for f in extraction.facts if f.kind in (NG.Law, NG.LawArticle)]
    assert laws and all("/law/ad/" in iri for iri in laws), laws
