"""GraphQL types for where a fact comes from: its evidence, the source text, the loader,
and the SKOS concepts (method, topic, status...) every other type links to.

:func:`evidence_field` is the one way a type shows its ``ng:evidence`` annotations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from normgraph.namespaces import NG

from .evidence_record import EvidenceRecord
from .graphql_fields import Info, LabelledResource, Resource, build_many, iri_field, register, value
from .graphql_terms import STRUCTURAL_FIELDS, field_description, type_description

if TYPE_CHECKING:
    from .graphql_types import Report

ReportRef = Annotated["Report", strawberry.lazy("normgraph.api.graphql_types")]


@register("Loader")
@strawberry.type(description=type_description("Loader"))
class Loader(LabelledResource):
    """The software agent an annotation is attributed to: nothing but its IRI and label."""


@register("Concept")
@strawberry.type(description=type_description("Concept"))
class Concept(Resource):
    iri: strawberry.ID = iri_field()
    pref_label: str | None = value("Concept", "pref_label")
    definition: str | None = value("Concept", "definition")
    notation: str | None = value("Concept", "notation")
    scheme: strawberry.ID | None = value("Concept", "scheme")


@register("SourceText")
@strawberry.type(description=type_description("SourceText"))
class SourceText(LabelledResource):
    file_name: str | None = value("SourceText", "file_name")
    sha256: str | None = value("SourceText", "sha256")
    character_count: int | None = value("SourceText", "character_count", int)

    @strawberry.field(description=field_description("SourceText", "report"))
    async def report(self, info: Info) -> ReportRef | None:
        found = await info.context.store.inverse.load((NG.sourceText, NG.Report, self.iri_))
        built = await build_many(info, "Report", found[:1])
        return built[0] if built else None


@strawberry.type(description=type_description("Evidence"))
class Evidence:
    record: strawberry.Private[EvidenceRecord]

    @strawberry.field(description=STRUCTURAL_FIELDS["iri"])
    def iri(self) -> strawberry.ID:
        return strawberry.ID(str(self.record.annotation))

    @strawberry.field(description=field_description("Evidence", "quote"))
    def quote(self) -> str:
        return self.record.quote

    @strawberry.field(description=field_description("Evidence", "prefix"))
    def prefix(self) -> str | None:
        return self.record.prefix

    @strawberry.field(description=field_description("Evidence", "suffix"))
    def suffix(self) -> str | None:
        return self.record.suffix

    @strawberry.field(description=field_description("Evidence", "start"))
    def start(self) -> int:
        return self.record.start

    @strawberry.field(description=field_description("Evidence", "end"))
    def end(self) -> int:
        return self.record.end

    @strawberry.field(description=field_description("Evidence", "document"))
    async def document(self, info: Info) -> SourceText | None:
        built = await build_many(info, "SourceText", [self.record.source])
        return built[0] if built else None

    @strawberry.field(description=field_description("Evidence", "method"))
    async def method(self, info: Info) -> Concept | None:
        found = [self.record.method] if self.record.method else []
        built = await build_many(info, "Concept", found)
        return built[0] if built else None

    @strawberry.field(description=field_description("Evidence", "loader"))
    async def loader(self, info: Info) -> Loader | None:
        found = [self.record.loader] if self.record.loader else []
        built = await build_many(info, "Loader", found)
        return built[0] if built else None


def evidence_field(type_name: str) -> Any:
    """A fact's evidence annotations (the factory sits beside the type it builds)."""

    async def resolve(root: Resource, info: Info) -> list[Evidence]:
        records = await info.context.store.evidence.load(root.iri_)
        return [Evidence(record=record) for record in records]

    return strawberry.field(resolver=resolve, description=field_description(type_name, "evidence"))
