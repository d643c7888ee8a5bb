"""Laws cited by a quoted title after their kind, with a short name the report gives them
in a parenthesis and cites them by later, and two laws joined by "and of the" (issue 13,
fourteenth session), in a passage invented for the test (another state and other laws than
the fixture that showed it): each law once, under its full title, its short name another
label of the law and of the articles cited by it; and laws and a treaty action dated in
numbers ("the Act of 14.03.2002 on ...", seventeenth session)."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.legal_patterns import add_legal
from normgraph.loaders.extract.states import state_by_code
from normgraph.loaders.extract.treaties import add_treaty_actions
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SKOS

TEXT = """\
2.  LEGAL FRAMEWORK

Elections are held under the Constitution, the Organic Law "On the Election of Members
of the Saeima and the Status of their Mandates" of 25 May 1995 (the Saeima Election
Law), the Organic Law "On Pre-election Campaigning and Its Funding" of 4 March 2004
(the Law on Campaign Funding), and the Federal Law "On Political Organisations" of 9
June 2006. Provisions of the Law on Broadcasting and of the Code of Administrative
Violations also apply.

Under Article 12 of the Saeima Election Law, lists are registered by the commission.
Article 30 of the Law on Campaign Funding caps spending.
"""


def _laws() -> dict[str, Fact]:
    extraction = Extraction()
    document = parse_document(SourceText("laws", "laws.txt", TEXT))
    add_legal(extraction, document, URIRef("https://normgraph.example/id/report/x"), "lv")
    return {str(fact.label): fact for fact in extraction.facts if fact.kind == NG.Law}


def _other_names(fact: Fact) -> set[str]:
    return {str(value) for prop, value in fact.values if prop == SKOS.altLabel}


def test_a_quoted_title_after_its_kind_is_the_law_s_name() -> None:
    laws = _laws()
    assert "Federal Law On Political Organisations" in laws
    assert "Federal Law" not in laws and "Organic Law" not in laws


def test_a_short_name_in_a_parenthesis_names_the_same_law() -> None:
    laws = _laws()
    title = "Organic Law On the Election of Members of the Saeima and the Status of their Mandates"
    assert "Saeima Election Law" in _other_names(laws[title])
    funding = laws["Organic Law On Pre-election Campaigning and Its Funding"]
    assert "Law on Campaign Funding" in _other_names(funding)
    assert "Saeima Election Law" not in laws and "Law on Campaign Funding" not in laws


def test_an_article_cited_by_the_short_name_is_the_full_law_s() -> None:
    extraction = Extraction()
    document = parse_document(SourceText("laws", "laws.txt", TEXT))
    add_legal(extraction, document, URIRef("https://normgraph.example/id/report/x"), "lv")
    articles = {
        str(fact.label): _other_names(fact)
        for fact in extraction.facts
        if fact.kind == NG.LawArticle
    }
    title = "Organic Law On the Election of Members of the Saeima and the Status of their Mandates"
    assert "Saeima Election Law, Article 12" in articles[f"{title}, Article 12"]
    funding = "Organic Law On Pre-election Campaigning and Its Funding, Article 30"
    assert "Law on Campaign Funding, Article 30" in articles[funding]


def test_two_laws_joined_by_and_of_the_are_two() -> None:
    laws = _laws()
    assert {"Law on Broadcasting", "Code of Administrative Violations"} <= set(laws)


NUMERIC = """\
3  Legal framework

The Act of 14.03.2002 on Local Referendums and the Media Act of 2.11.1999 apply, as does the
Act of 9.05.2019, which moved the count to the precincts. The Law of 3.11.2004 on Public
Assemblies was not amended. Estonia ratified the Convention on the Rights of Persons with
Disabilities on 30.05.2012.
"""


def test_laws_and_treaty_actions_dated_in_numbers() -> None:
    """A law cited by its day of adoption written in numbers keeps that name and is also
    known by its kind and subject ("Act on Local Referendums"); a treaty action dated
    "30.05.2012" has that day (passage invented for the test, another state than the
    fixture that showed the shape)."""
    extraction = Extraction()
    document = parse_document(SourceText("laws", "laws.txt", NUMERIC))
    report = URIRef("https://normgraph.example/id/report/x")
    add_legal(extraction, document, report, "ee")
    laws = {str(f.label): _other_names(f) for f in extraction.facts if f.kind == NG.Law}
    assert laws["Act of 14.03.2002 on Local Referendums"] == {"Act on Local Referendums"}
    assert laws["Law of 3.11.2004 on Public Assemblies"] == {"Law on Public Assemblies"}
    assert "Act of 9.05.2019" in laws
    assert not any("Media Act of" in label for label in laws)
    actions = add_treaty_actions(extraction, document, report, state_by_code("EE"))
    assert [str(a.label) for a in actions] == ["ratification of the CRPD (2012-05-30)"]
