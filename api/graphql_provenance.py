"""The GraphQL type of a fact's evidence: one Web Annotation, read from the evidence loader.

Evidence is the one domain type not made from the mapping table by :mod:`.graphql_types`:
its fields come from an :class:`.EvidenceRecord` (annotation, selectors, source) rather
than from the triples of one resource. :func:`evidence_field` is the one way a type shows
its ``ng:evidence`` annotations.
"""

from __future__ import annotations

from typing import Any

import strawberry

from .evidence_record import EvidenceRecord
from .graphql_fields import Info, Resource, build_many, mapped_field
from .graphql_mapping import SCALARS, TYPES
from .graphql_terms import STRUCTURAL_FIELDS, type_description

_RECORD_NAMES = {"document": "source"}
"""The evidence fields named otherwise on the record (the others share their names)."""


def record_field(field_name: str) -> Any:
    """One field of the mapping's Evidence type, read from the record: a value as it is, a
    resource built as the field's type."""
    mapped = TYPES["Evidence"].fields[field_name]
    attribute = _RECORD_NAMES.get(field_name, field_name)

    def read(root: Any) -> Any:
        return getattr(root.record, attribute)

    async def build(root: Any, info: Info) -> Any:
        found = read(root)
        built = await build_many(info, mapped.target, [found] if found else [])
        return built[0] if built else None

    return mapped_field("Evidence", field_name, read if mapped.target in SCALARS else build)


def _annotation_iri(root: Any) -> strawberry.ID:
    return strawberry.ID(str(root.record.annotation))


Evidence: Any = strawberry.type(
    type(
        "Evidence",
        (),
        {
            "__annotations__": {"record": strawberry.Private[EvidenceRecord]},
            "iri": strawberry.field(resolver=_annotation_iri, description=STRUCTURAL_FIELDS["iri"]),
            **{name: record_field(name) for name in TYPES["Evidence"].fields},
        },
    ),
    description=type_description("Evidence"),
)
"""A W3C Web Annotation quoting the passage a fact was read from."""


def evidence_field(type_name: str) -> Any:
    """A fact's evidence annotations (the factory sits beside the type it builds)."""

    async def resolve(root: Resource, info: Info) -> list[Any]:
        records = await info.context.store.evidence.load(root.iri_)
        return [Evidence(record=record) for record in records]

    return mapped_field(type_name, "evidence", resolve)
