"""The remedy classes are data (``ontology/paraphrases.toml``'s ``[remedies]``,
``[vehicles]`` and ``[one_change]`` tables): read and checked when ``asks`` is imported, and a
malformed entry is an error naming it, not a silently weaker reading."""

from __future__ import annotations

import pytest

from normgraph import asks

GOOD = """
[remedies]
publish = ["publish", "make public"]
access = ["allow"]
introduce = ["introduc"]
[vehicles]
stems = ["amend"]
[one_change]
classes = [["introduce", "access"]]
"""


def test_the_table_is_read_as_classes_vehicles_and_one_change_sets() -> None:
    classes, vehicles = asks._read_remedies(GOOD)
    assert classes["publish"] == ("publish", "make public")
    assert vehicles == ("amend",)
    assert asks._read_one_change(GOOD, classes) == (frozenset({"introduce", "access"}),)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[vehicles]\nstems = ['amend']\n", "[remedies]"),
        (GOOD.replace('"allow"', '"Al"'), "access: 'Al'"),
        (GOOD.replace('access = ["allow"]', "access = []"), "access needs a list"),
        (GOOD.replace('stems = ["amend"]', "stems = 3"), "vehicles needs a list"),
    ],
)
def test_a_malformed_table_is_an_error_naming_the_entry(text: str, named: str) -> None:
    with pytest.raises(ValueError, match=named.replace("[", r"\[").replace("]", r"\]")):
        asks._read_remedies(text)


def test_a_one_change_set_must_name_known_classes() -> None:
    classes, _ = asks._read_remedies(GOOD)
    with pytest.raises(ValueError, match="one_change"):
        asks._read_one_change(GOOD.replace('"access"]', '"acces"]'), classes)


def test_the_shipped_vocabulary_reads_a_remedy_of_each_kind() -> None:
    """The shipped table is the one the readings use: a stem of the data names its class."""
    assert asks.actions("Results should be made public.")[0] == {"publish"}
    assert asks.actions("The deposit should be abolished.")[0] == {"remove"}
    assert asks.actions("The law should be amended.") == (frozenset(), frozenset({"amend"}))
