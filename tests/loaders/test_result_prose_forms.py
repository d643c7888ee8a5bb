"""Results told in prose in any order of the figures (issue 13, gen17a): the share first
with the votes in brackets ("X received 35.6 per cent (4,213,118 votes)") and the further
contestants of the same sentence ("those of Y ...", "; the Y League, ...", "ahead of Y
with ..."), a share "of the vote" (singular), a verb phrase with a hyphenated word ("was
re-elected with"), and a further contestant's share after "or". Invented texts: other
states and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.text_results import text_results
from normgraph.loaders.text.source import SourceText


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Lupu obtained 48.2 per cent of the vote (1,204,331 votes), ahead of Ion Rusu "
            "with 43.9 per cent (1,096,000 votes).",
            [("Ana Lupu", 1204331, "48.2"), ("Ion Rusu", 1096000, "43.9")],
        ),
        (
            "According to the board, Ana Lupu received 1 204 331 votes, or 48.2 per cent, and "
            "Ion Rusu 1 096 000 votes, or 43.9 per cent.",
            [("Ana Lupu", 1204331, "48.2"), ("Ion Rusu", 1096000, "43.9")],
        ),
        (
            "Ana Lupu was re-elected with 61.3% of the votes (2,044,118 votes), while Ion Rusu "
            "received 30.2% (1,007,311 votes).",
            [("Ana Lupu", 2044118, "61.3"), ("Ion Rusu", 1007311, "30.2")],
        ),
        (
            "The lists of the Coastal Alliance received 35.6 per cent (4.213.118 votes); the "
            "Mountain League, 20,9 per cent (2.468.405 votes), and those of the Lake Party "
            "10.0 per cent (1.185.936 votes).",
            [
                ("Coastal Alliance", 4213118, "35.6"),
                ("Mountain League", 2468405, "20.9"),
                ("Lake Party", 1185936, "10.0"),
            ],
        ),
    ],
)
def test_results_in_prose_in_any_order_of_the_figures(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    found = text_results(SourceText("x", "x.txt", text))
    assert [(r.name, r.votes, str(r.share)) for r in found] == expected


def test_a_share_without_its_votes_is_no_further_result() -> None:
    text = "Ana Lupu received 48.2 per cent (1,204,331 votes), and Ion Rusu 43.9 per cent."
    found = text_results(SourceText("x", "x.txt", text))
    assert [(r.name, r.votes) for r in found] == [("Ana Lupu", 1204331)]
