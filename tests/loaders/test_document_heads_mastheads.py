"""A report's head read whatever organisation or journal made it (gen20a): a domestic
network's masthead, its name in its own language over its English name and acronym and a
dash before what it is; an article's citation line over its received / published dates,
and a byline whose authors carry lettered affiliations "(a)". Invented heads."""

from __future__ import annotations

import pytest

from normgraph.loaders.odihr.head import head_final_report
from normgraph.loaders.scholarship.head import head_journal_article
from normgraph.loaders.text.source import SourceText


@pytest.mark.parametrize(
    ("masthead", "name", "short"),
    [
        (
            "DRUŠTVO ZA VOLILNI NADZOR\n"
            "Election Watch Society (EWS) -- an association of citizen observers\n",
            "Election Watch Society",
            "EWS",
        ),
        (
            "ASOCIACIÓN CÍVICA ELECTORAL\n"
            "Civic Electoral Association (ACE) \u2014 a network of domestic monitors\n",
            "Civic Electoral Association",
            "ACE",
        ),
        (
            "Citizens' Observer Network (CON) | established 1998\n",
            "Citizens' Observer Network",
            "CON",
        ),
    ],
)
def test_a_networks_masthead_names_it_not_the_default_issuer(
    masthead: str, name: str, short: str
) -> None:
    text = (
        masthead
        + "\nFINAL REPORT\non the observation of the parliamentary elections\nheld on 4.05.2031\n\n"
        "Ljubljana, 20.07.2031\n\nThe observation was funded by a foundation.\n"
    )
    head = head_final_report(SourceText("n", "n.txt", text))
    assert [(c.name, c.short_name) for c in head.creators] == [(name, short)]


ARTICLE = """\
Journal of Comparative Election Studies \u00b7 Vol. 4, No. 1 (2031), pp. 5\u201331
Received 2 March 2031 \u00b7 Accepted 9 July 2031 \u00b7 Published online 1 September 2031

Two Lists, One Vote: Observers and the Courts in Small States

Ana Ribeiro-Lopes (a) and Tomas Brandt (b)

(a) Department of Political Science, University of Coimbra
(b) Institute of Political Studies, University of Tartu

Abstract. We trace the recommendations of observers through the courts of small states.
"""


@pytest.mark.parametrize("marks", [("(a)", "(b)"), ("(1)", "(2)")], ids=["letters", "digits"])
def test_an_articles_citation_block_and_bracketed_byline_marks(marks: tuple[str, str]) -> None:
    text = ARTICLE.replace("(a)", marks[0]).replace("(b)", marks[1])
    head = head_journal_article(SourceText("a", "a.txt", text))
    assert head.title == "Two Lists, One Vote: Observers and the Courts in Small States"
    assert [c.name for c in head.creators] == ["Ana Ribeiro-Lopes", "Tomas Brandt"]
    assert head.issued == 2031
