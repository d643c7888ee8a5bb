"""Elections named in the body by the body or office elected and its day (issue 13, gen17a):
"<body>, elected on <day>", "<office>, last elected by popular vote on <day>", "<councils>
were last elected on <day>", voters who "elected a new Parliament on <day>", a body "last
elected in <month year>", "the elections to the <place> city council of <day>" and "the
general elections (<month year>)"; a rule ("is elected for five years", "are elected on
the first Sunday of June") or a year alone names none. Invented texts: other states and
layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.election_mentions import find_mentions


def _read(text: str) -> list[tuple[str, int, int | None, int | None]]:
    return [(m.kind, m.year, m.month, m.day) for m in find_mentions(text, lambda a, b: [], "ee")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Riigikogu has one chamber. The Chamber of Deputies, elected on 5 March 2028 in "
            "12 districts, sits for four years, and the Senate is appointed.",
            [("parliamentary", 2028, 3, 5)],
        ),
        (
            "The President, last elected by popular vote on 7 October 2029, is now chosen by "
            "parliament.",
            [("presidential", 2029, 10, 7)],
        ),
        (
            "Municipal councils were last elected on 16 October 2027; the mayors are appointed.",
            [("local", 2027, 10, 16)],
        ),
        (
            "The elections to the Tartu city council of 20 October 2025 were the first "
            "electronic ones.",
            [("local", 2025, 10, 20)],
        ),
        (
            "In 2031 the elections to the National Assembly held on 4 May 2031 passed calmly.",
            [("parliamentary", 2031, 5, 4)],
        ),
        (
            "Voters elected a new Parliament on 7 February 2027 after the coalition fell.",
            [("parliamentary", 2027, 2, 7)],
        ),
        ("The Parliament was last elected in February 2027.", [("parliamentary", 2027, 2, None)]),
        (
            "The last general elections (February 2027) were calm.",
            [("parliamentary", 2027, 2, None)],
        ),
        (
            "The presidential election which took place in March 2024 was uneventful.",
            [("presidential", 2024, 3, None)],
        ),
    ],
)
def test_a_body_elected_on_a_day_is_an_election_of_its_type(
    text: str, expected: list[tuple[str, int, int | None, int | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The President is elected for five years by popular vote.",
        "Members of the city councils are elected on the first Sunday of June.",
        "The Chamber of Deputies was elected in 2028.",
        "Its chairman, elected on 3 May 2029 by the members of the commission, resigned.",
        "The assembly elected the President on 3 May 2029.",  # no popular vote
    ],
)
def test_a_rule_a_year_alone_or_no_body_names_no_election(text: str) -> None:
    assert _read(text) == []
