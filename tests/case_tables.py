"""Tables of invented test cases kept as data (``tests/cases/*.toml``), so a test
over many texts is one function and its cases read as a list, not as copies of a test.
Each ``[[case]]`` has an ``id``, which names it in pytest's output (a table of single
sentences may leave it out: the case's first field names it)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def case_params(name: str, *fields: str, defaults: Mapping[str, Any] | None = None) -> list[Any]:
    """The cases of ``cases/{name}.toml`` as pytest parameters: each case's ``fields`` in
    order, named by its ``id``; a field in ``defaults`` may be left out of a case, another
    field lacking is an error naming the case and the field."""
    with (CASES / f"{name}.toml").open("rb") as file:
        table = tomllib.load(file)
    params = []
    for stated in table["case"]:
        case = {**(defaults or {}), **stated}
        missing = [field for field in fields if field not in case]
        if missing:
            raise KeyError(f"{name}.toml: case {case.get('id')!r} lacks {', '.join(missing)}")
        name = case.get("id", case[fields[0]])
        params.append(pytest.param(*(case[field] for field in fields), id=name))
    return params
