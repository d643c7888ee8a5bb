"""The GraphQL fields a plain read of the mapping cannot answer, written out by hand.

A recommendation's elections fall back to its report's; a membership's elections and
observers come through its recommendation; a recurring issue lists its memberships in
election order and takes its status from the latest assessment; an assessment says who
judged it. Each resolver is keyed ``"Type.field"`` in :data:`RESOLVERS`; the field's
GraphQL type and description still come from the mapping (:mod:`.graphql_mapping`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from normgraph.namespaces import NG

from .graphql_fields import Info, Resource, build_many, first, iris
from .graphql_loaders import Description

Resolver = Callable[[Resource, Info], Awaitable[Any]]


async def recommendation_elections(info: Info, recommendation: Resource) -> list[URIRef]:
    """A recommendation's elections: its own, else its source report's."""
    # The report is loaded even when not needed, so that every branch of the answer awaits
    # the same loaders in the same order and their look-ups share one batch per level.
    reports = iris(recommendation.desc, NG.sourceReport)
    descs = await info.context.store.nodes.load_many(reports)
    found = iris(recommendation.desc, NG.election)
    return found or sorted({e for desc in descs for e in iris(desc, NG.election)})


async def _recommendation_elections_field(root: Resource, info: Info) -> list[Any]:
    return await build_many(info, "Election", await recommendation_elections(info, root))


async def _membership_recommendation(root: Resource, info: Info) -> Resource | None:
    built = await build_many(info, "Recommendation", iris(root.desc, NG.recommendation)[:1])
    return built[0] if built else None


async def _membership_elections(root: Resource, info: Info) -> list[Any]:
    recommendation = await _membership_recommendation(root, info)
    if recommendation is None:
        return []
    return await build_many(info, "Election", await recommendation_elections(info, recommendation))


async def _membership_observers(root: Resource, info: Info) -> list[Any]:
    recommendation = await _membership_recommendation(root, info)
    if recommendation is None:
        return []
    reports = await info.context.store.nodes.load_many(iris(recommendation.desc, NG.sourceReport))
    creators = sorted({c for desc in reports for c in iris(desc, DCTERMS.creator)})
    return await build_many(info, "Actor", creators)


async def _membership_sort_key(membership: Resource, info: Info) -> tuple[str, str]:
    elections: list[Resource] = await _membership_elections(membership, info)
    dates = sorted(str(first(e.desc, NG.electionDate) or "") for e in elections)
    return (dates[0] if dates else "~", str(membership.iri_))


async def _issue_memberships(root: Resource, info: Info) -> list[Any]:
    found = await info.context.store.inverse.load((NG.issue, NG.IssueMembership, root.iri_))
    built: list[Resource] = await build_many(info, "IssueMembership", found)
    keys = await asyncio.gather(*(_membership_sort_key(m, info) for m in built))
    return [m for _, m in sorted(zip(keys, built, strict=True), key=lambda p: p[0])]


async def _issue_elections(root: Resource, info: Info) -> list[Any]:
    memberships = await _issue_memberships(root, info)
    lists = await asyncio.gather(*(_membership_elections(m, info) for m in memberships))
    unique: dict[URIRef, Resource] = {e.iri_: e for found in lists for e in found}
    return sorted(unique.values(), key=lambda e: (str(first(e.desc, NG.electionDate)), e.iri_))


async def _issue_election_count(root: Resource, info: Info) -> int:
    return len(await _issue_elections(root, info))


async def _issue_status(root: Resource, info: Info) -> Any:
    latest = await info.context.store.statuses.load(root.iri_)
    if latest is None:
        return None
    built = await build_many(info, "Concept", [latest[0]])
    return built[0] if built else None


async def _assessors(root: Resource, info: Info) -> list[tuple[URIRef, Description]]:
    found = iris(root.desc, NG.assessor)
    return list(zip(found, await info.context.store.nodes.load_many(found), strict=True))


async def _assessment_inferred(root: Resource, info: Info) -> bool:
    """Typed ng:InferredAssessment, or (stores built before the type) judged by software:
    the same test as the saved queries'."""
    if NG.InferredAssessment in root.desc.get(RDF.type, []):
        return True
    return any(PROV.SoftwareAgent in d.get(RDF.type, []) for _, d in await _assessors(root, info))


async def _assessment_judged_by(root: Resource, info: Info) -> str:
    if await _assessment_inferred(root, info):
        return "inferred by normgraph"
    names = [
        str(first(d, SKOS.prefLabel) or first(d, RDFS.label) or iri)
        for iri, d in await _assessors(root, info)
    ]
    return "stated by " + (", ".join(names) or "an unnamed assessor")


RESOLVERS: dict[str, Resolver] = {
    "Recommendation.elections": _recommendation_elections_field,
    "IssueMembership.elections": _membership_elections,
    "IssueMembership.observers": _membership_observers,
    "RecurringIssue.memberships": _issue_memberships,
    "RecurringIssue.elections": _issue_elections,
    "RecurringIssue.election_count": _issue_election_count,
    "RecurringIssue.status": _issue_status,
    "ImplementationAssessment.inferred": _assessment_inferred,
    "ImplementationAssessment.judged_by": _assessment_judged_by,
}
"""``"Type.field"`` -> its hand-written resolver."""
