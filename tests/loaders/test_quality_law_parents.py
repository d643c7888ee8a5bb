"""The bench's reading of a law cited only through its articles ("Article 12 of the Media
Code"): the graph keeps the law as the article's parent, but a reader marks the article
alone, so the parent is no law fact of its own; a law the text also names apart from its
articles ("amend the Media Code"), or cites with its date of adoption, stays one
(docs/quality.md, laws cited through an article). The texts are invented."""

from __future__ import annotations

from rdflib import Literal

from bench.quality_match import graph_facts
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import ELI, ID, NG, XSD

TEXT = (
    "Under Article 12 of the Media Code, broadcasters must be balanced.\n"
    "Article 7 of the Party Act bans foreign donations. Parliament should amend the Party Act.\n"
    "Article 3 of the Law of 2 May 2030 on Assemblies requires notice.\n"
)
SOURCE = SourceText("laws", "laws.txt", TEXT)


def _span(quote: str) -> Span:
    start = TEXT.index(quote)
    return Span(start, start + len(quote), quote)


def _law(name: str, *quotes: str) -> Fact:
    return Fact(ID[f"law/xx/{name}"], NG.Law, label=name, evidence=[_span(q) for q in quotes])


def _article(law: Fact, number: str, quote: str) -> Fact:
    article = Fact(
        ID[f"{law.iri.removeprefix(str(ID))}/article/{number}"],
        NG.LawArticle,
        label=f"{law.label}, article {number}",
        evidence=[_span(quote)],
    )
    article.add(ELI.is_part_of, law.iri)
    return article.add(NG.number, Literal(number))


def test_a_law_known_only_through_its_article_is_part_of_the_article_fact() -> None:
    media = _law("media-code", "Article 12 of the Media Code")
    party = _law("party-act", "Article 7 of the Party Act", "the Party Act.")
    assemblies = _law("assemblies-law", "Article 3 of the Law of 2 May 2030 on Assemblies")
    assemblies.add(ELI.date_document, Literal("2030-05-02", datatype=XSD.date))
    facts = [
        assemblies,
        _article(assemblies, "3", "Article 3 of the Law of 2 May 2030 on Assemblies"),
        media,
        _article(media, "12", "Article 12 of the Media Code"),
        party,
        _article(party, "7", "Article 7 of the Party Act"),
    ]
    found = graph_facts(extraction_to_graph(SOURCE, Extraction(facts), "test"))
    laws = sorted(f.iri.rsplit("/", 1)[-1] for f in found if f.kind == "law")
    # the dated law is named by its title inside the citation: a law fact of its own
    assert laws == ["12", "3", "7", "assemblies-law", "party-act"]
