"""Broadcasters named for what they are (issue 13, fourteenth session), in invented
sentences: capitalised words ending in "Television", "Radio", "Broadcasting Corporation" or
"Channel", "Channel <number>"; not a regulator named after what it regulates, nor a lone
"Television"."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.named_actors import _named


def _outlets(sentence: str) -> list[str]:
    return sorted({name for _, _, name, kind in _named(sentence) if kind == "media"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Slovak Television aired three debates.", ["Slovak Television"]),
        ("Coverage by Danube Public Radio was balanced.", ["Danube Public Radio"]),
        (
            "the Adriatic Broadcasting Corporation (ABC) refused",
            ["Adriatic Broadcasting Corporation"],
        ),
        (
            "Channel Four and Zora devoted half of their news to him.",
            ["Channel Four"],
        ),
        ("the Second Channel organised a debate", ["Second Channel"]),
    ],
)
def test_a_broadcaster_named_for_what_it_is(sentence: str, expected: list[str]) -> None:
    assert _outlets(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "the State Television and Radio Council fined two outlets.",
        "In Television coverage, the incumbent dominated.",
        "The Radio Act was amended in 2020.",
    ],
)
def test_a_regulator_or_a_lone_word_is_no_broadcaster(sentence: str) -> None:
    assert _outlets(sentence) == []
