"""Store access for GraphQL: one seam, per-request DataLoaders, and the SPARQL they run.

No N+1: every look-up a resolver makes goes through a DataLoader created for the request,
so all the look-ups of one level of the answer become one SPARQL query per loader (the
node loader fetches every outgoing triple of every resource of that level at once).

Store work never runs on the event loop. It goes through :class:`StoreAccess`, the one
seam between GraphQL and the store: :class:`ThreadedStoreAccess` runs each query in a
worker thread (``anyio.to_thread``) under a concurrency cap and the request's deadline;
:class:`RunnerStoreAccess` sends it to a runner with ``async read(task)`` (the /sparql
router's timeout-enforcing executor), so both surfaces share one timeout and one pool.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Generic, Protocol, TypeVar

import anyio
import anyio.to_thread
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node
from strawberry.dataloader import DataLoader

from ..graph import GraphStore, Row, StoreError, Term
from ..namespaces import PREFIXES
from .graphql_mapping import subclasses

T = TypeVar("T")

PREFIX_BLOCK = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_IRI_FORBIDDEN = re.compile(r'[\s<>"{}|\\^`]')


class PublicError(Exception):
    """An error whose message is safe to show to any client (bad argument, limit, timeout)."""


class GraphQLTimeoutError(PublicError):
    """The request ran past its time budget."""


class GraphQLBusyError(PublicError):
    """Every query slot stayed busy for the whole wait."""


class StoreAccess(Protocol):
    """The seam: run one SELECT off the event loop within ``timeout`` seconds."""

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None, timeout: float
    ) -> list[Row]: ...


class ReadRunner(Protocol):
    """What :class:`RunnerStoreAccess` needs of the /sparql executor (``Runner.select``)."""

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None = None
    ) -> list[Row]: ...


@dataclass
class ThreadedStoreAccess:
    """Each query in a worker thread, at most ``max_concurrent`` at once.

    The timeout answers the client; like any thread, the query itself runs to its end (the
    /sparql executor's worker processes can stop it; route through it with
    :class:`RunnerStoreAccess` where it is available).
    """

    store: GraphStore
    max_concurrent: int = 4
    queue_wait: float = 5.0
    _limiter: anyio.CapacityLimiter | None = field(default=None, init=False, repr=False)

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None, timeout: float
    ) -> list[Row]:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.max_concurrent)
        limiter = self._limiter
        try:
            with anyio.fail_after(min(self.queue_wait, timeout)):
                await limiter.acquire()
        except TimeoutError:
            raise GraphQLBusyError(
                f"all {self.max_concurrent} query slots stayed busy; try again shortly"
            ) from None
        try:
            call = partial(self.store.select, sparql, bindings=dict(bindings or {}))
            with anyio.fail_after(timeout):
                _, rows = await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
        except TimeoutError:
            raise GraphQLTimeoutError("the query ran longer than its time limit") from None
        finally:
            limiter.release()
        return rows


@dataclass
class RunnerStoreAccess:
    """Queries sent to the /sparql executor, which enforces its timeout and concurrency."""

    runner: ReadRunner

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None, timeout: float
    ) -> list[Row]:
        return await self.runner.select(sparql, bindings)


def check_iri(value: str) -> URIRef:
    """An IRI safe to write into a ``VALUES`` block, or PublicError."""
    if not re.match(r"^(https?://|urn:)", value) or _IRI_FORBIDDEN.search(value):
        raise PublicError(f"{value!r} is not an absolute http(s) or urn IRI")
    return URIRef(value)


def values(variable: str, iris: Iterable[URIRef]) -> str:
    """A ``VALUES`` block of IRIs (checked, so nothing but an IRI can be written)."""
    body = " ".join(f"<{check_iri(str(iri))}>" for iri in iris)
    return f"VALUES ?{variable} {{ {body} }}"


Description = dict[URIRef, list[Node]]
"""A resource's outgoing triples: predicate -> values, deduplicated and sorted."""


@dataclass(frozen=True)
class EvidenceRecord:
    """One evidence annotation of a fact, flattened from its target and selectors."""

    annotation: URIRef
    quote: str
    start: int
    end: int
    source: URIRef
    method: URIRef | None
    loader: URIRef | None
    prefix: str | None = None
    suffix: str | None = None


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Batched(Generic[K, V]):
    """A DataLoader that keeps its answers, so a resolver can take one it has at once.

    Awaiting costs graphql-core a coroutine, a future and a task per field; most fields of a
    large answer ask again for resources an earlier level loaded, and return them without.
    """

    def __init__(self, load: Callable[[Sequence[K]], Awaitable[list[V]]]) -> None:
        self.known: dict[K, V] = {}

        async def load_and_keep(keys: Sequence[K]) -> list[V]:
            found = await load(keys)
            self.known.update(zip(keys, found, strict=True))
            return found

        self._loader: DataLoader[K, V] = DataLoader(load_fn=load_and_keep)

    def known_many(self, keys: Sequence[K]) -> list[V] | None:
        """The answers for ``keys`` if every one is in already, else None."""
        known = self.known
        if all(key in known for key in keys):
            return [known[key] for key in keys]
        return None

    async def load_many(self, keys: Sequence[K]) -> list[V]:
        """The answers for ``keys``; those not in yet join the level's batch."""
        known = self.known_many(keys)
        return known if known is not None else await self._loader.load_many(keys)

    async def load(self, key: K) -> V:
        return (await self.load_many([key]))[0]


class RequestStore:
    """One request's view of the store: its deadline, a query counter and its loaders."""

    def __init__(self, access: StoreAccess, timeout: float) -> None:
        self.access = access
        self.deadline = time.monotonic() + timeout
        self.queries = 0
        self.nodes: Batched[URIRef, Description] = Batched(self._load_nodes)
        self.inverse: Batched[tuple[URIRef, URIRef, URIRef], list[URIRef]] = Batched(
            self._load_inverse
        )
        self.evidence: Batched[URIRef, list[EvidenceRecord]] = Batched(self._load_evidence)
        self.statuses: Batched[URIRef, tuple[URIRef, str] | None] = Batched(self._load_statuses)
        self.built: dict[tuple[str, URIRef], Any] = {}

    async def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Row]:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise GraphQLTimeoutError("the request ran longer than its time limit")
        self.queries += 1
        try:
            return await self.access.select(PREFIX_BLOCK + sparql, bindings, remaining)
        except (GraphQLTimeoutError, GraphQLBusyError):
            raise
        except StoreError as error:
            if type(error).__name__ == "QueryTimeoutError":
                raise GraphQLTimeoutError(str(error)) from None
            if type(error).__name__ == "BusyError":
                raise GraphQLBusyError(str(error)) from None
            raise

    async def _load_nodes(self, keys: Sequence[URIRef]) -> list[Description]:
        rows = await self.select(f"SELECT ?s ?p ?o WHERE {{ {values('s', keys)} ?s ?p ?o }}")
        found: dict[URIRef, dict[URIRef, set[Node]]] = defaultdict(lambda: defaultdict(set))
        for row in rows:
            predicate = row["p"]
            if isinstance(predicate, URIRef) and not isinstance(row["o"], BNode):
                found[URIRef(str(row["s"]))][predicate].add(row["o"])
        return [
            {p: sorted(objects, key=_sort_term) for p, objects in found.get(key, {}).items()}
            for key in keys
        ]

    async def _load_inverse(
        self, keys: Sequence[tuple[URIRef, URIRef, URIRef]]
    ) -> list[list[URIRef]]:
        groups: dict[tuple[URIRef, URIRef], list[URIRef]] = defaultdict(list)
        for predicate, cls, target in keys:
            groups[(predicate, cls)].append(target)
        found: dict[tuple[URIRef, URIRef, URIRef], set[URIRef]] = defaultdict(set)
        for (predicate, cls), targets in groups.items():
            rows = await self.select(
                "SELECT DISTINCT ?o ?s WHERE { "
                f"{values('o', dict.fromkeys(targets))} {values('c', subclasses(cls))} "
                f"?s <{check_iri(str(predicate))}> ?o . ?s a ?c }}"
            )
            for row in rows:
                found[(predicate, cls, URIRef(str(row["o"])))].add(URIRef(str(row["s"])))
        return [sorted(found.get(key, set())) for key in keys]

    async def _load_statuses(self, keys: Sequence[URIRef]) -> list[tuple[URIRef, str] | None]:
        found = await latest_statuses(self, keys)
        return [found.get(key) for key in keys]

    async def _load_evidence(self, keys: Sequence[URIRef]) -> list[list[EvidenceRecord]]:
        rows = await self.select(
            "SELECT ?fact ?annotation ?source ?quote ?prefix ?suffix ?start ?end ?method ?loader "
            f"WHERE {{ {values('fact', keys)} "
            "?fact ng:evidence ?annotation . ?annotation oa:hasTarget ?target . "
            "?target oa:hasSource ?source ; oa:hasSelector ?q, ?p . "
            "?q oa:exact ?quote . ?p oa:start ?start ; oa:end ?end . "
            "OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix } "
            "OPTIONAL { ?annotation ng:method ?method } "
            "OPTIONAL { ?annotation prov:wasAttributedTo ?loader } }"
        )
        found: dict[URIRef, dict[URIRef, EvidenceRecord]] = defaultdict(dict)
        for row in rows:
            record = EvidenceRecord(
                annotation=URIRef(str(row["annotation"])),
                quote=str(row["quote"]),
                start=int(str(row["start"])),
                end=int(str(row["end"])),
                source=URIRef(str(row["source"])),
                method=_iri_or_none(row.get("method")),
                loader=_iri_or_none(row.get("loader")),
                prefix=_text_or_none(row.get("prefix")),
                suffix=_text_or_none(row.get("suffix")),
            )
            found[URIRef(str(row["fact"]))].setdefault(record.annotation, record)
        return [
            sorted(found.get(key, {}).values(), key=lambda r: (str(r.source), r.start, r.end))
            for key in keys
        ]


def _sort_term(term: Node) -> tuple[int, str]:
    return (0 if isinstance(term, URIRef) else 1, str(term))


def _iri_or_none(term: Node | None) -> URIRef | None:
    return URIRef(term) if isinstance(term, URIRef) else None


def _text_or_none(term: Node | None) -> str | None:
    return str(term) if isinstance(term, Literal) else None


# --- Lists: filters per type, as SPARQL patterns over ?s with the argument pre-bound ------

YEAR = "xsd:integer(SUBSTR(STR({date}), 1, 4))"
REC_ELECTION = "(ng:election|ng:sourceReport/ng:election)"
ISSUER = "(dcterms:creator|dcterms:publisher)"
TEXT_PATHS = (
    "(rdfs:label|ng:text|dcterms:title|skos:prefLabel|ng:quote|ng:subjectMatter|foaf:name"
    "|ng:heading|ng:categoryHeading|ng:speakerRole)"
)

_DATE_PATHS: dict[str, str] = {
    "Election": "ng:electionDate",
    "Report": "dcterms:issued",
    "Recommendation": f"{REC_ELECTION}/ng:electionDate",
    "Finding": f"{REC_ELECTION}/ng:electionDate",
    "Complaint": "(ng:date|ng:election/ng:electionDate)",
    "ObservationMission": "ng:observes/ng:electionDate",
    "ImplementationAssessment": "ng:date",
    "TreatyAction": "ng:date",
    "ContestationStatement": "ng:date",
    "Law": "eli:date_document",
}
_COUNTRY_PATHS: dict[str, str] = {
    "Election": "ng:country",
    "Report": "ng:election/ng:country",
    "Recommendation": f"{REC_ELECTION}/ng:country",
    "Finding": f"{REC_ELECTION}/ng:country",
    "Complaint": "ng:election/ng:country",
    "ObservationMission": "ng:observes/ng:country",
    "Law": "ng:country",
    "TreatyAction": "ng:actor",
}
_ELECTION_TYPE_PATHS: dict[str, str] = {
    "Election": "ng:electionType",
    "Report": "ng:election/ng:electionType",
    "Recommendation": f"{REC_ELECTION}/ng:electionType",
    "Finding": f"{REC_ELECTION}/ng:electionType",
    "Complaint": "ng:election/ng:electionType",
    "ObservationMission": "ng:observes/ng:electionType",
}
_ISSUER_PATHS: dict[str, str] = {
    "Report": ISSUER,
    "Recommendation": f"ng:sourceReport/{ISSUER}",
    "Finding": f"ng:sourceReport/{ISSUER}",
    "ImplementationAssessment": "(ng:assessor|ng:sourceReport/dcterms:creator)",
    "ContestationStatement": f"ng:sourceReport/{ISSUER}",
    "ObservationMission": "ng:deployedBy",
}
_NORM_PATHS: dict[str, str] = {
    "Recommendation": "ng:invokesNorm",
    "Finding": "ng:invokesNorm",
    "ContestationStatement": "ng:norm",
    "NormStageEvent": "ng:norm",
    "Instrument": "(ng:states|^ng:provisionOf/ng:states)",
}
_TOPIC_PATHS: dict[str, str] = {
    "Recommendation": "ng:topic",
    "Finding": "ng:topic",
    "Complaint": "ng:topic",
}
_SORT_PATHS: dict[str, str] = _DATE_PATHS | {"NormStageEvent": "schema:startDate"}


@dataclass
class ListQuery:
    """A list of one class, filtered; built from fixed patterns, values bound as terms."""

    type_name: str
    cls: URIRef
    patterns: list[str] = field(default_factory=list)
    bindings: dict[str, Term] = field(default_factory=dict)

    def where(self, pattern: str, **bound: Term) -> None:
        self.patterns.append(pattern)
        self.bindings.update(bound)

    def path(self, table: Mapping[str, str], argument: str) -> str:
        try:
            return table[self.type_name]
        except KeyError:
            raise PublicError(f"{argument!r} is not a filter of {self.type_name}") from None

    def filter_iri(self, table: Mapping[str, str], argument: str, value: str | None) -> None:
        if value is not None:
            variable = "f_" + argument
            self.where(
                f"?s {self.path(table, argument)} ?{variable} .",
                **{variable: check_iri(value)},
            )

    def filter_years(self, year_from: int | None, year_to: int | None) -> None:
        if year_from is None and year_to is None:
            return
        date_path = self.path(_DATE_PATHS, "yearFrom/yearTo")
        self.where(f"?s {date_path} ?f_date .")
        year = YEAR.format(date="?f_date")
        if year_from is not None:
            self.where(f"FILTER({year} >= ?f_yearFrom)", f_yearFrom=Literal(year_from))
        if year_to is not None:
            self.where(f"FILTER({year} <= ?f_yearTo)", f_yearTo=Literal(year_to))

    def filter_text(self, text: str | None) -> None:
        if text:
            if len(text) > 200:
                raise PublicError("text: at most 200 characters")
            self.where(
                f"?s {TEXT_PATHS} ?f_label . "
                "FILTER(CONTAINS(LCASE(STR(?f_label)), LCASE(STR(?f_text))))",
                f_text=Literal(text),
            )

    def sparql(self) -> str:
        # Pre-bound variables must be projected (SPARQL SEP-0007, as the store implements it).
        bound = " ".join(f"?{name}" for name in sorted(self.bindings))
        sort = _SORT_PATHS.get(self.type_name)
        key = f"OPTIONAL {{ ?s {sort} ?sort }}" if sort else ""
        return (
            f"SELECT DISTINCT ?s ?sort {bound} WHERE {{ "
            f"{values('c', subclasses(self.cls))} ?s a ?c . "
            f"{' '.join(self.patterns)} {key} }} ORDER BY ?sort ?s"
        )

    async def run(self, store: RequestStore) -> list[URIRef]:
        rows = await store.select(self.sparql(), self.bindings)
        return list(dict.fromkeys(URIRef(str(row["s"])) for row in rows))


# --- The flagship: recurring issues --------------------------------------------------------


@dataclass(frozen=True)
class IssueCount:
    issue: URIRef
    elections: int


async def recurring_issue_counts(
    store: RequestStore, *, country: str | None, topic: str | None
) -> list[IssueCount]:
    """Every recurring issue with how many distinct elections its recommendations concern.

    Only elections in ``country`` count when it is given; ``topic`` keeps issues tagged
    with it (on the issue or on one of its recommendations).
    """
    patterns = [
        f"?s a ng:RecurringIssue . ?m ng:issue ?s ; ng:recommendation ?r . ?r {REC_ELECTION} ?e ."
    ]
    bindings: dict[str, Term] = {}
    if country is not None:
        patterns.append("?e ng:country ?country .")
        bindings["country"] = check_iri(country)
    if topic is not None:
        patterns.append(
            "FILTER EXISTS { { ?s ng:topic ?topic } UNION "
            "{ ?m2 ng:issue ?s ; ng:recommendation/ng:topic ?topic } }"
        )
        bindings["topic"] = check_iri(topic)
    bound = " ".join(f"?{name}" for name in sorted(bindings))
    group = f"GROUP BY ?s {bound}" if bound else "GROUP BY ?s"
    rows = await store.select(
        f"SELECT ?s {bound} (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {' '.join(patterns)} }} {group}",
        bindings,
    )
    counts = [IssueCount(URIRef(str(row["s"])), int(str(row["n"]))) for row in rows]
    return sorted(counts, key=lambda c: (-c.elections, str(c.issue)))


ADDRESSED_NOTATIONS = frozenset({"1", "2"})
"""Statuses that count as addressed: fully (1) and mostly (2) implemented."""


async def latest_statuses(
    store: RequestStore, issues: Sequence[URIRef]
) -> dict[URIRef, tuple[URIRef, str] | None]:
    """Per issue, the status of its latest assessment (of it or of its recommendations).

    When several assessments share the latest date (an observer and a government
    disagreeing), the least implemented one is taken: disagreement is not addressed.
    """
    if not issues:
        return {}
    rows = await store.select(
        "SELECT ?s ?status ?date ?notation WHERE { "
        f"{values('s', issues)} "
        "{ ?a ng:issue ?s } UNION "
        "{ ?m ng:issue ?s ; ng:recommendation ?r . ?a ng:recommendation ?r } "
        "?a ng:status ?status . OPTIONAL { ?a ng:date ?date } "
        "OPTIONAL { ?status skos:notation ?notation } }"
    )
    best: dict[URIRef, tuple[str, str, URIRef]] = {}
    for row in rows:
        issue = URIRef(str(row["s"]))
        candidate = (
            str(row.get("date", "")),
            str(row.get("notation", "")),
            URIRef(str(row["status"])),
        )
        if issue not in best or candidate[:2] > best[issue][:2]:
            best[issue] = candidate
    return {
        issue: ((best[issue][2], best[issue][1]) if issue in best else None) for issue in issues
    }


def is_addressed(status: tuple[URIRef, str] | None) -> bool:
    """Addressed: the latest status is fully or mostly implemented (never assessed: not)."""
    return status is not None and status[1] in ADDRESSED_NOTATIONS


__all__ = [
    "ADDRESSED_NOTATIONS",
    "PREFIX_BLOCK",
    "Batched",
    "Description",
    "EvidenceRecord",
    "GraphQLBusyError",
    "GraphQLTimeoutError",
    "IssueCount",
    "ListQuery",
    "PublicError",
    "ReadRunner",
    "RequestStore",
    "RunnerStoreAccess",
    "StoreAccess",
    "ThreadedStoreAccess",
    "check_iri",
    "is_addressed",
    "latest_statuses",
    "recurring_issue_counts",
    "values",
]
