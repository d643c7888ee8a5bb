"""A study's own verdicts on what became of recommendations: change that did not happen
("did not change the law", "cannot be verified"), scarcity and form without substance
("thin", "selectively", "on paper"), success ("a success story", "decisive"); its own
thesis ("This article argues that ...") is its finding, the views it reports are not. An
invented article (another state, another layout than any fixture)."""

from __future__ import annotations

import doctest

from normgraph.loaders.extract import study_verdicts
from normgraph.loaders.registry import loader_for
from normgraph.loaders.text.genres import Genre
from normgraph.loaders.text.source import SourceText

from .fact_lookup import finding_polarities

ARTICLE = """\
Baltic Electoral Review · Vol. 3 (2032), No. 2 · pp. 41-58

Promises on Paper: Observer Recommendations in Lithuania, 2016-2028

Rasa Vaitkute
Institute of International Relations, Vilnius


ANALYSIS

This article argues that the recommendations on party finance were adopted on paper only.
The 2024 amendment to the election law did not change the composition of the district
commissions. The record of implementation on media regulation is thin. Online voter
registration was a success story for the electoral commission. The chair of the commission
said that the reforms were complete. The law was amended in 2022.


REFERENCES

Vaitkute, R. 2030. Elections in Lithuania. Vilnius.
"""


def test_the_study_verdict_shapes() -> None:
    assert doctest.testmod(study_verdicts).failed == 0


def test_a_studys_verdicts_on_change_are_its_findings() -> None:
    source = SourceText("t", "t.txt", ARTICLE)
    found = finding_polarities(loader_for(Genre.JOURNAL_ARTICLE).extract(source))
    assert found.get("This article argues that the recommendat") == "problem"
    assert found.get("The 2024 amendment to the election law d") == "problem"
    assert found.get("The record of implementation on media re") == "problem"
    assert found.get("Online voter registration was a success ") == "positive"
    assert not any(text.startswith(("The chair of", "The law was amended")) for text in found)
