"""Laws as older and newer ODIHR reports cite them, in a passage written for these tests
(invented provisions): a short form defined after the state the name carries ("the
Electoral Code of Armenia (EC)"), "Art." for article with the short form after the number,
"The Code of ..." opening a sentence and ending where the next law begins, and a paragraph
of an article ("subparagraph 4 of Article 45 of the EC") citing the article."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.legal_patterns import add_legal
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

TEXT = """\
LEGAL FRAMEWORK

Elections are governed by the Electoral Code of Armenia (EC) of 26 May 2011 and the Law on
Political Parties. The Code of Criminal Procedure and the Judicial Code set out how courts
review election disputes.

Under Art. 12.3 EC, commissions meet in public. Arts. 40 and 41 EC regulate campaign
finance, and the EC was amended twice in 2016.

Under subparagraph 4 of Article 45 of the EC, a recount may be requested within one day.
"""


def _read() -> dict[str, str]:
    extraction = Extraction()
    document = parse_document(SourceText("laws", "laws.txt", TEXT))
    add_legal(extraction, document, URIRef("https://normgraph.example/id/report/x"), "am")
    return {str(fact.iri).split("/id/law/am/")[1]: str(fact.label) for fact in extraction.facts}


def test_a_short_form_defined_after_the_state_the_name_carries() -> None:
    laws = _read()
    assert laws["electoral-code/article/12-3"] == "Electoral Code, Article 12.3"
    assert {"electoral-code/article/40", "electoral-code/article/41"} <= set(laws)


def test_a_code_opening_a_sentence_ends_where_the_next_law_begins() -> None:
    laws = _read()
    assert laws["code-criminal-procedure"] == "Code of Criminal Procedure"
    assert laws["judicial-code"] == "Judicial Code"
    assert not any(key.startswith("code-criminal-procedure-") for key in laws)


def test_a_paragraph_of_an_article_cites_the_article() -> None:
    assert _read()["electoral-code/article/45"] == "Electoral Code, Article 45"
