"""Parliaments named in a sentence that says what they are, or by the own names the
reference data gives national parliaments (issue 13, fourteenth session), in invented
sentences: a chamber by its English kind, a body counted by its members or seats, a
parliament set beside its name, and an own name, unless an adjective says it is another
state's."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.named_actors import _named, parliament_names


def _parliaments(sentence: str) -> list[str]:
    return [name for _, _, name, kind in _named(sentence) if kind == "parliament"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chamber of Deputies adopted the budget in March.", ["Chamber of Deputies"]),
        ("A select committee of the House of Lords heard the minister.", ["House of Lords"]),
        ("The Grand Hural has 90 members elected for four years.", ["Grand Hural"]),
        ("The 120 members of the Volkskammer are elected by lists.", ["Volkskammer"]),
        ("The republic's parliament, the Zhogorku Sobor, met twice.", ["Zhogorku Sobor"]),
    ],
)
def test_a_sentence_that_says_it_is_a_parliament(sentence: str, expected: list[str]) -> None:
    assert _parliaments(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The 15 members of the Central Commission are appointed for five years.",
        "The Board has 12 members.",
        "The CEC has 15 members.",
    ],
)
def test_other_bodies_counted_by_their_members_are_no_parliament(sentence: str) -> None:
    assert _parliaments(sentence) == []


def test_an_own_name_from_the_reference_data() -> None:
    own = parliament_names().search("deputies of the Saeima voted")
    assert own is not None and own.group() == "Saeima"
    assert _parliaments("On 3 May the Saeima amended the law.") == ["Saeima"]


def test_an_own_name_qualified_by_another_state_s_adjective_is_left() -> None:
    assert _parliaments("She is a former member of the Latvian Saeima.") == []
