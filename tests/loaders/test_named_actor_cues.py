"""Actors named with a cue that says what they are (issue 13, fourteenth session), in
invented sentences: parliaments by their kind, their members or seats, or the own names the
reference data gives national parliaments, unless an adjective says it is another state's;
people beside a role or a verb of saying, not an organisation before one; broadcasters
named for what they are, not a regulator nor a lone "Television". The sentences and the
names each gives are in ``tests/cases/named_actor_cues.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.named_actors import _named, parliament_names
from tests.case_tables import case_params


def _of_kind(sentence: str, kind: str) -> list[str]:
    """The names of the actors of ``kind`` in ``sentence``, each mention once: two cues may
    find one person at one place ("the opposition deputy <Name>"), which is one mention."""
    return [name for _, _, name, found in dict.fromkeys(_named(sentence)) if found == kind]


FOUND_ONCE = frozenset({"parliament"})
"""The kinds whose cues find a mention once only (no two cues read the same parliament)."""


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    case_params("named_actor_cues", "sentence", "kind", "expected"),
)
def test_the_actors_of_one_kind_a_sentence_names(
    sentence: str, kind: str, expected: list[str]
) -> None:
    assert _of_kind(sentence, kind) == expected
    if kind in FOUND_ONCE:
        assert [name for *_, name, found in _named(sentence) if found == kind] == expected


def test_a_parliaments_own_name_from_the_reference_data() -> None:
    own = parliament_names().search("deputies of the Saeima voted")
    assert own is not None and own.group() == "Saeima"
    assert _of_kind("On 3 May the Saeima amended the law.", "parliament") == ["Saeima"]


def test_an_own_name_qualified_by_another_state_s_adjective_is_left() -> None:
    assert _of_kind("She is a former member of the Latvian Saeima.", "parliament") == []
