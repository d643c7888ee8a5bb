"""A law named back by "the same law" or "the said Code" (issue 13, twelfth session): the
last law of that kind the text named, in a passage invented for the test."""

from __future__ import annotations

from normgraph.loaders.extract.legal import find_references


def test_an_article_of_the_same_law_is_an_article_of_the_last_law_named() -> None:
    text = (
        "Seats are allocated under Article 41 of the Law on Municipal Elections. Article 44 of "
        "the same law sets a threshold of 4 per cent."
    )
    cited = [str(ref.iri).split("/id/")[1] for ref in find_references(text, "mk")]
    assert "law/mk/law-municipal-elections/article/44" in cited


def test_the_said_code_is_the_last_code_named() -> None:
    text = (
        "The Law on Political Parties and the Electoral Code were amended. Article 9 of the "
        "said Code now bans anonymous donations."
    )
    cited = [str(ref.iri).split("/id/")[1] for ref in find_references(text, "mk")]
    assert any(iri.endswith("electoral-code/article/9") for iri in cited), cited
