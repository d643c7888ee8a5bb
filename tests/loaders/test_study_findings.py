"""A study's own findings, on an invented working paper: the judgements its analysis and
conclusion sections state on laws, elections and the media are findings with a polarity;
its introduction, literature review, quoted interviews, description and open questions
are not."""

from __future__ import annotations

from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.text.source import SourceText

from .fact_lookup import finding_polarities

PAPER = """\
Institute for Comparative Electoral Studies
Working Paper No. 7

WHEN REFORM STALLS: ELECTORAL LAW AND OBSERVATION IN THE REPUBLIC OF ALBANIA, 2020-2032

Mara Lind

March 2033

Abstract

This paper studies how the electoral law of Albania changed after observer recommendations.

I. INTRODUCTION

Electoral reform is often described as a success story [1]. This paper asks whether the
reforms improved the conduct of elections.

II. LITERATURE REVIEW

Others have examined how observer recommendations are implemented (Smith 2019). Scholars
found that reforms were often poorly implemented [2].

III. ANALYSIS

3.1 The 2024 amendments

The 2024 amendments to the Electoral Code removed an important safeguard for the
independence of the election commission. The new rules on campaign finance were clearer
than the old ones and improved transparency. The amendments were adopted in June 2024.
A senior official told me that "the law is perfect" (interview 4, May 2031).

3.2 The media

Coverage of the campaign remained heavily biased in favour of the ruling party.

IV. CONCLUSION

Overall, the reforms failed to address the central shortcomings that observers identified.
Would further reform help? Future research could examine local elections.

Notes

[1] A first note with serious problems named.
"""


def _findings() -> dict[str, str]:
    return finding_polarities(JournalArticleLoader().extract(SourceText("w", "paper.txt", PAPER)))


def test_the_studys_own_judgements_are_findings() -> None:
    found = _findings()
    assert found["The 2024 amendments to the Electoral Cod"] == "problem"
    assert found["The new rules on campaign finance were c"] == "positive"
    assert found["Coverage of the campaign remained heavil"] == "problem"
    assert found["Overall, the reforms failed to address t"] == "problem"


def test_framing_others_views_descriptions_and_questions_are_not_findings() -> None:
    found = _findings()
    assert not any(
        text.startswith(
            (
                "Electoral reform",
                "This paper",
                "Others have",
                "Scholars found",
                "The amendments were adopted",
                "A senior official",
                "Would further",
                "Future research",
                "[1]",
                "3.1",
            )
        )
        for text in found
    )
