"""People named beside a role, after a role noun or before a verb of saying (issue 13,
fourteenth session), in invented sentences: "<Name>, Programme Manager", "<Name>, the
network's press officer", "the candidate <Name>", "A voter, <Name>,", "<Name> argues";
not an organisation a verb of saying follows ("The <Adjective> Bar Association wrote")."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.named_actors import _named


def _people(sentence: str) -> list[str]:
    return sorted({name for _, _, name, kind in _named(sentence) if kind == "candidate"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Questions go to Maja Kranjc-Horvat, Programme Manager, in Ljubljana.",
            ["Maja Kranjc-Horvat"],
        ),
        ("Luka Novak, the network's press officer, confirmed it.", ["Luka Novak"]),
        ("On 3 May the candidate Peter Zupan withdrew.", ["Peter Zupan"]),
        ("A voter, Nina Kos, complained to the district board.", ["Nina Kos"]),
        ("The opposition deputy Tina Vidmar replied in writing.", ["Tina Vidmar"]),
        ("Marko Golob argues that the threshold is too high.", ["Marko Golob"]),
        ("said Eva Rupnik, Special Co-ordinator, on arrival.", ["Eva Rupnik"]),
    ],
)
def test_a_person_beside_a_role_or_a_verb_of_saying(sentence: str, expected: list[str]) -> None:
    assert _people(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Slovene Bar Association wrote to the minister.",
        "The citizen observer organisation Fair Count said the count was orderly.",
        "The Supreme Court said it would rule within a week.",
    ],
)
def test_an_organisation_before_a_verb_of_saying_is_no_person(sentence: str) -> None:
    assert _people(sentence) == []
