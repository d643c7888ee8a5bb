"""A list's seats beside its votes (issue 13, gen20c): a results list one item a line whose
items end in the seats won ("Unity List: 5 321 votes (35.9%), 10 seats"), names set off by
dot leaders, a sentence giving the seats before or after the votes ("won 10 seats with
5,321 votes"), and a table whose votes and bracketed share share one cell ("5 321 (35.9 %)"):
the share in brackets is one figure, never a seat count read as a share. The texts are
invented: other states and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.namespaces import NG

from .results_support import results_of, value_of

LISTED = [
    "Results:\n- Lake Shore Union: 5 321 votes (35.9%), 10 seats\n"
    "- Mountain Farmers: 4 102 votes (27.7%), 7 seats\n",
    "Results of the election\n\nLake Shore Union ........ 5 321 votes (35.9 %) ...... "
    "10 seats\nMountain Farmers ........ 4 102 votes (27.7 %) ...... 7 seats\n",
    "The commission announced:\n\u2022 Lake Shore Union \u2013 5,321 votes (35.9 per cent)"
    " and 10 mandates\n\u2022 Mountain Farmers \u2013 4,102 votes (27.7 per cent) and 7 mandates\n",
]

PROSE = [
    "The Lake Shore Union won 10 seats with 5,321 votes (35.9 per cent), the Mountain "
    "Farmers 7 seats with 4,102 votes (27.7 per cent).\n",
    "The Lake Shore Union received 5 321 votes (35.9 %) and 10 seats; the Mountain Farmers "
    "received 4 102 votes (27.7 %) and 7 seats.\n",
    "The Lake Shore Union took 10 seats (5,321 votes, 35.9 per cent) and the Mountain "
    "Farmers 7 seats (4,102 votes, 27.7 per cent).\n",
]

BRACKETED = [
    "Results\n\nParty                   Votes (%)             Seats\n"
    "Lake Shore Union     5 321 (35.9 %)          10\n"
    "Mountain Farmers        4 102 (27.7 %)           7\n",
    "Results\n\nList                    Votes (share)         Mandates\n"
    "Lake Shore Union     5.321 (35,9%)           10\n"
    "Mountain Farmers        4.102 (27,7%)            7\n",
    "Results\n\nParty\tVotes (%)\tSeats\nLake Shore Union\t5321 (35.9)\t10\n"
    "Mountain Farmers\t4102 (27.7)\t7\n",
]


def _figures(text: str) -> dict[str, tuple[object, object, object]]:
    _, facts = results_of(text, ("parliamentary", "2023-03-05"))
    return {
        name: (
            value_of(found[0], NG.votes),
            value_of(found[0], NG.voteShare),
            value_of(found[0], NG.seats),
        )
        for name, found in facts.items()
    }


@pytest.mark.parametrize("text", [*LISTED, *PROSE, *BRACKETED])
def test_each_list_gets_its_votes_share_and_seats(text: str) -> None:
    figures = _figures(text)
    assert {
        name: (votes, str(share), seats) for name, (votes, share, seats) in figures.items()
    } == {
        "Lake Shore Union": (5321, "35.9", 10),
        "Mountain Farmers": (4102, "27.7", 7),
    }
