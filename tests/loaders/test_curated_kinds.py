"""The table of curated kinds: the models made from it, and the docs' table of the same kinds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from normgraph.loaders.resolve.curated_kinds import FIELD_TYPES, KIND_FIELDS, KINDS
from normgraph.loaders.resolve.curation import RESERVED, CurationError, validated

DOCS = Path(__file__).resolve().parents[2] / "docs" / "curation.md"
_ROW = re.compile(r"^\| `(?P<kind>[a-z-]+)` \| (?P<fields>[^|]+) \|", re.M)


def _fields(kind: str) -> tuple[set[str], set[str]]:
    """A kind's required and optional fields, read from its model."""
    fields = {n: f for n, f in KINDS[kind].model_fields.items() if n not in RESERVED}
    required = {n for n, f in fields.items() if f.is_required()}
    return required, set(fields) - required


def test_every_field_type_is_used_by_some_kind() -> None:
    used = {name.removesuffix("?") for fields in KIND_FIELDS.values() for name in fields.split()}
    assert used == set(FIELD_TYPES)


def test_docs_list_each_kind_with_its_fields() -> None:
    """docs/curation.md's table of kinds says what the models take: required, [optional]."""
    documented = {}
    for row in _ROW.finditer(DOCS.read_text(encoding="utf-8")):
        names = row["fields"].replace("[", " [ ").replace("]", " ] ").replace(",", " ").split()
        optional = {n for i, n in enumerate(names) if "[" in names[:i] and n not in "[]"}
        required = {n for n in names if n not in "[]" and n not in optional} - {"id"}
        documented[row["kind"]] = (required, optional)
    assert documented == {kind: _fields(kind) for kind in KINDS}


def test_a_kind_requires_its_fields_and_refuses_another_kinds() -> None:
    base = {"kind": "post", "quote": "the chair"}
    with pytest.raises(CurationError, match=r"missing field 'title'.*missing field 'organisation'"):
        validated(KINDS["post"], base, "doc.toml, entry 1")
    entry = validated(KINDS["post"], base | {"title": "Chair", "organisation": "osce"}, "here")
    assert (entry.title, entry.holder) == ("Chair", None)  # type: ignore[attr-defined]
    with pytest.raises(CurationError, match=r"unknown keys \['stance'\]"):
        validated(
            KINDS["post"], base | {"title": "Chair", "organisation": "osce", "stance": "x"}, ""
        )


def test_a_field_has_its_one_type_in_every_kind() -> None:
    """``rounds`` is an integer wherever it is allowed: no coercion of a string."""
    entry = {"kind": "election", "quote": "q", "country": "kz", "type": "presidential"}
    with pytest.raises(CurationError, match="field 'rounds'"):
        validated(KINDS["election"], entry | {"date": "2011", "rounds": "2"}, "")
