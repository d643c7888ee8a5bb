"""The generic institutions are data (``ontology/institutions.toml``): the shipped file
reads in order with the states' chambers in their place, and a malformed entry is an error
naming it."""

from __future__ import annotations

import re

import pytest

from normgraph.loaders.extract.actors import (
    INSTITUTIONS,
    INSTITUTIONS_FILE,
    KINDS,
    find_institutions,
    read_institutions,
)
from normgraph.ontology import read_text


def test_the_shipped_institutions_read_with_the_chambers_in_their_place() -> None:
    text = read_text(INSTITUTIONS_FILE)
    assert read_institutions(text) == INSTITUTIONS
    without = read_institutions(text.replace("[[institution]]\nchambers = true\n", ""))
    assert len(without) < len(INSTITUTIONS)  # the states' data give at least one chamber
    assert {institution.kind for institution in INSTITUTIONS} <= set(KINDS)
    ((_, _, cec, name),) = find_institutions("The CEC met on Monday.")
    assert (cec.name, cec.kind, cec.level, name) == (
        "Central Election Commission",
        "commission",
        "central",
        "Central Election Commission",
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('pattern = "x"\nname = "X"\nkind = "planet"', "institution 1 needs a pattern"),
        ('name = "X"\nkind = "court"', "institution 1 needs a pattern"),
        ('pattern = "(x"\nname = "X"\nkind = "court"', "institution 1 (X): missing )"),
    ],
    ids=["an unknown kind", "no pattern", "a pattern that is no regular expression"],
)
def test_a_malformed_institution_is_an_error_naming_it(entry: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"{INSTITUTIONS_FILE}: {message}")):
        read_institutions(f"[[institution]]\n{entry}\n")
