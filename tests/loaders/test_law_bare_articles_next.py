"""A bare article in the passage after the one that named its law ("The amendments to the
Election Law ... The amended Article 5.30 still allows ..."): the one law of the report's
state that passage named, on passages written for these tests (names invented); none when
that passage named two laws or an instrument, or this one names a law of its own."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.legal import LawMemory, find_references


def _cited(passages: list[str], country: str) -> list[list[tuple[str, str]]]:
    memory = LawMemory()
    read = []
    for text in passages:
        read.append([(r.kind, r.label) for r in find_references(text, country, memory)])
        memory.read(text, country)
    return read


@pytest.mark.parametrize(
    ("passages", "country", "article"),
    [
        (
            [
                "The amendments to the Election Code adopted in May 2018 shortened the "
                "deadline for registering candidates.",
                "The amended Article 41.2 still allows parties to replace candidates.",
            ],
            "md",
            "Election Code, article 41.2",
        ),
        (  # another state, a law named with its date, the article after a comma
            [
                "Parliament adopted the Law on Local Elections of 12 March 2019.",
                "Under Art. 17, councils are elected for four years.",
            ],
            "al",
            "Law on Local Elections, article 17",
        ),
        (  # "its" and a word before the article, wrapped onto the next line
            [
                "The Constitution was last amended in 2021.",
                "Its new\nArticle 9a sets a threshold of five per cent.",
            ],
            "ro",
            "Constitution, article 9a",
        ),
    ],
)
def test_a_bare_article_belongs_to_the_law_the_passage_before_named(
    passages: list[str], country: str, article: str
) -> None:
    assert ("article", article) in _cited(passages, country)[-1]


@pytest.mark.parametrize(
    "before",
    [
        # two laws: which one is not said
        "The Election Code and the Law on Political Parties were amended in 2018.",
        # an instrument besides the law: the article may be the instrument's
        "The Election Code was amended in 2018 to reflect the International Covenant on "
        "Civil and Political Rights.",
        # no law at all
        "Candidates were registered in May.",
    ],
)
def test_no_law_when_the_passage_before_is_not_clear(before: str) -> None:
    after = "Article 41 still allows parties to replace candidates."
    assert _cited([before, after], "md")[-1] == []


def test_a_law_the_passage_names_itself_comes_first() -> None:
    read = _cited(
        [
            "The Election Code was amended in 2018.",
            "The Law on Political Parties, in its Article 5, sets the membership threshold.",
        ],
        "md",
    )
    assert ("article", "Law on Political Parties, article 5") in read[-1]
    assert all("Election Code" not in label for _, label in read[-1])
