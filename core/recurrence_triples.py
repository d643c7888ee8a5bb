"""The recurrence graph's triples, rendered from computed groups (pure: no store).

An ``ng:RecurringIssue`` per group with its memberships (reason, confidence, order) and
the ``ng:InferredAssessment`` of each earlier member raised again; ``ng:concerns`` from
each attached finding; ``ng:recommendation``/``ng:issue`` for each resolved statement
(what each means: :mod:`normgraph.recurrence`). Rendered as blocks with the signature of
their inputs (:mod:`normgraph.recurrence_blocks`), so a relink renders only what changed.
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from normgraph.loaders.rdf.iris import slug

from .grouping import Group, Item, Member
from .issue_names import issue_name, reason
from .namespaces import FOAF, ID, NG, PROV, RDF, RDFS, VOCAB, XSD, local_name
from .recurrence_blocks import Blocks, Triple, shared_parts
from .recurrence_changes import as_kept
from .recurrence_index import IndexUse
from .recurrence_judged import judged_triple
from .recurrence_statements import Resolved
from .validation import Violation

GROUPING_RULE = ID["rule/recurrence-grouping"]
RAISED_AGAIN_RULE = ID["rule/raised-again"]
NOT_IMPLEMENTED = VOCAB["implementation-status/not-implemented"]
INFERENCE_THRESHOLD = 0.35
"""Least group confidence (its weakest member's score) from which "raised again" infers a
status: the least at which the tune half of bench/recurrence_pairs.json has no false
merge (17 pairs; bench/recurrence_quality.py --sweep)."""


@dataclass
class LinkOutcome:
    """What the linking stage computed and whether it was written."""

    issues: int = 0
    memberships: int = 0
    findings: int = 0
    observed_assessments: int = 0
    unresolved_assessments: int = 0
    inferred_assessments: int = 0
    triples: int = 0
    changed: int = 0
    """Nodes of the recurrence graph whose description this link changed (validated and
    written; the rest was left as it was)."""
    violations: list[Violation] = field(default_factory=list)
    quarantined: list[Violation] = field(default_factory=list)
    """Blocking results whose blocks were left out; the rest of the graph was written."""
    index: IndexUse | None = None
    """Whether the grouping index was kept from the last link or rebuilt, and why."""

    @property
    def written(self) -> bool:
        return not any(v.blocks for v in self.violations)


def issue_iri(first: Member) -> URIRef:
    """Stable: the issue is named after its earliest member and that member's ask (one
    recommendation can make several asks, each its own issue)."""
    tail = first.item.key.removeprefix(str(ID)).strip("/")
    ask = first.unit.text if first.unit else first.item.text
    digest = f"{zlib.crc32(' '.join(ask.split()).encode()):08x}"
    return ID["issue/" + "/".join(slug(part) for part in tail.split("/") if part) + "/" + digest]


def _confidence(score: float) -> Literal:
    return Literal(Decimal(f"{min(1.0, max(0.0, score)):.2f}"), datatype=XSD.decimal)


def _who(item: Item) -> str:
    """A short label for an item's issuer and election: "enemo, 2005-12-04"."""
    organisation = local_name(item.organisation) or item.document
    return f"{organisation} ({item.date})" if item.date else organisation


def _agents() -> list[Triple]:
    triples: list[Triple] = []
    for agent, label in (
        (GROUPING_RULE, "normgraph recurrence grouping (asks: remedy, object, article; TF-IDF)"),
        (RAISED_AGAIN_RULE, "normgraph rule: a recommendation raised again is not yet implemented"),
    ):
        triples.append((agent, RDF.type, PROV.SoftwareAgent))
        triples.append((agent, RDF.type, FOAF.Agent))
        triples.append((agent, RDFS.label, Literal(label)))
    return triples


@dataclass(frozen=True)
class RaisedAgain:
    """An earlier member raised again: the latest later member that raised it (which
    implies the earlier ones) and how many later elections raised it."""

    earlier: Item
    later: Item
    elections: int


def _raised_again(g: Group) -> Iterator[RaisedAgain]:
    """Each earlier member raised again at a later election, once: by the latest later
    member (one inference per member, not one per member and later election, which grew
    with the square of an issue's size)."""
    dated = sorted((i for i in g.items if i.election), key=lambda i: (i.date, i.key))
    elections = sorted({(i.date, i.election) for i in dated})
    for earlier in dated:
        later = next(
            (
                other
                for other in reversed(dated)
                if earlier.date < other.date
                and earlier.election != other.election
                and earlier.key != other.key
            ),
            None,
        )
        if later is None:
            continue
        after = bisect_right(elections, (earlier.date, "\uffff"))
        count = sum(1 for _date, election in elections[after:] if election != earlier.election)
        yield RaisedAgain(earlier, later, count)


def _signature(
    g: Group,
    inferred: Sequence[RaisedAgain],
    evidence: dict[str, list[URIRef]],
    counts: Tally | None,
    judged: int = 0,
) -> Hashable:
    """Everything an issue's block is rendered from: the members with their partners,
    unit and pair (its scores as the reason and confidence show them), the order of the
    scores (the name prefers the best-scoring member), the inferred pairs and evidence,
    the issue's tally (its members' reports' creators count there) and how many
    assessments judge it done."""
    members = []
    for m in g.members:
        assert m.pair is not None
        shown = replace(m.pair, score=0.0, text=0.0)
        members.append(
            (m.item, m.partner, m.unit, shown, f"{m.pair.score:.2f}", f"{m.pair.text:.2f}")
        )
    rank = {score: n for n, score in enumerate(sorted({m.pair.score for m in g.members if m.pair}))}
    order = tuple(rank[m.pair.score] for m in g.members if m.pair)
    raised = tuple(
        (r.earlier.key, r.later.key, r.elections, tuple(evidence.get(r.later.key, ())))
        for r in inferred
    )
    return tuple(members), order, raised, f"{g.score:.2f}" if inferred else "", counts, judged


@dataclass(frozen=True)
class Tally:
    """What the flagship query reads per issue, counted here once instead of over every
    membership of the store per query: the state the issue was raised in and how many
    distinct elections and report creators its members there have."""

    countries: tuple[str, ...]
    elections: int
    organisations: int


def tally(g: Group, creators: Mapping[str, frozenset[str]]) -> Tally | None:
    """The issue's state and counts, over the members made after an election of a known
    state (the others count nowhere); None if it has none. Grouping compares only units of
    one state (:meth:`normgraph.grouping.Grouping.candidates`), so an issue has one state
    and its counts are that state's."""
    counted = [m.item for m in g.members if m.item.election and m.item.country]
    if not counted:
        return None
    organisations = {c for item in counted for c in creators.get(item.document, ())}
    return Tally(
        tuple(sorted({item.country for item in counted})),
        len({item.election for item in counted}),
        len(organisations),
    )


def _issue_triples(
    g: Group,
    issue: URIRef,
    inferred: Sequence[RaisedAgain],
    evidence: dict[str, list[URIRef]],
    counts: Tally | None = None,
    judged: int = 0,
) -> list[Triple]:
    """An issue, its memberships and the assessments inferred from it."""
    members = g.members
    name = issue_name(g)
    elections = sorted(g.elections)
    organisations = sorted({m.item.organisation for m in members if m.item.organisation})
    summary = (
        f"{name}: asked in {len(members)} recommendations at {len(elections)} "
        f"elections by {len(organisations)} organisations."
    )
    triples: list[Triple] = [
        (issue, RDF.type, NG.RecurringIssue),
        (issue, RDFS.label, Literal(name)),
        (issue, NG.text, Literal(summary)),
        (issue, PROV.wasAttributedTo, GROUPING_RULE),
        judged_triple(issue, judged),
    ]
    if counts is not None:
        triples.extend((issue, NG.country, URIRef(country)) for country in counts.countries)
        triples += [
            (issue, NG.electionCount, Literal(counts.elections, datatype=XSD.integer)),
            (issue, NG.organisationCount, Literal(counts.organisations, datatype=XSD.integer)),
        ]
    for item in g.items:
        triples.extend((issue, NG.topic, URIRef(topic)) for topic in item.topics)
        triples.extend((issue, NG.invokesNorm, URIRef(norm)) for norm in item.norms)
    for order, member in enumerate(members, start=1):
        recommendation = URIRef(member.item.key)
        membership = URIRef(f"{issue}/member/{order}")
        assert member.pair is not None and member.partner is not None
        triples += [
            (membership, RDF.type, NG.IssueMembership),
            (membership, NG.issue, issue),
            (membership, NG.recommendation, recommendation),
            (membership, NG.order, Literal(order, datatype=XSD.integer)),
        ]
        if member.item.election:  # its report's own election, not every one it names
            triples.append((membership, NG.election, URIRef(member.item.election)))
        triples += [
            (membership, PROV.wasAttributedTo, GROUPING_RULE),
            (membership, NG.reason, Literal(reason(member, name, _who(member.partner)))),
            (membership, NG.confidence, _confidence(member.pair.score)),
            (issue, PROV.wasDerivedFrom, recommendation),
        ]
    for raised in inferred:
        triples += _inferred(raised, g, issue, evidence)
    return triples


def link_blocks(
    groups: Sequence[Group],
    findings: Sequence[tuple[str, Group]] = (),
    resolved: Sequence[Resolved] = (),
    evidence: dict[str, list[URIRef]] | None = None,
    kept: Blocks | None = None,
    creators: Mapping[str, frozenset[str]] | None = None,
    changed: frozenset[str] | None = None,
    judged: Mapping[str, int] | None = None,
) -> tuple[Blocks, LinkOutcome]:
    """The recurrence graph for computed groups, as blocks (pure: no store); the blocks of
    ``kept`` whose signature is unchanged are reused, not rendered again. ``creators``:
    each report's ``dcterms:creator`` values, which an issue's tally counts. ``changed``
    (:func:`~normgraph.recurrence_changes.changed_states`): another state's issue takes
    its kept block as it is, without its signature being made (``evidence`` and
    ``creators`` need only cover the changed states' issues); None: every issue is signed.
    ``judged``: per issue IRI, the assessments judging it done
    (:func:`.recurrence_judged.judged_counts`; None: none, statuses not being known)."""
    with shared_parts():
        return _link_blocks(
            groups, findings, resolved, evidence or {}, kept, creators or {}, changed, judged
        )


def _link_blocks(
    groups: Sequence[Group],
    findings: Sequence[tuple[str, Group]],
    resolved: Sequence[Resolved],
    evidence: dict[str, list[URIRef]],
    kept: Blocks | None,
    creators: Mapping[str, frozenset[str]],
    changed: frozenset[str] | None = None,
    judged: Mapping[str, int] | None = None,
) -> tuple[Blocks, LinkOutcome]:
    judged = judged or {}
    blocks = Blocks()
    blocks.put("", "agents", _agents, kept)
    outcome = LinkOutcome(issues=len(groups))
    issue_of: dict[int, URIRef] = {}
    issues_of_item: dict[str, list[URIRef]] = {}
    claimed: set[tuple[str, str]] = set()
    named = Counter(issue_iri(g.members[0]) for g in groups)
    for g in groups:
        issue = issue_iri(g.members[0])
        issue_of[id(g)] = issue
        for item in g.items:
            issues_of_item.setdefault(item.key, []).append(issue)
        inferred = []
        if g.score >= INFERENCE_THRESHOLD:
            # One node per earlier recommendation and latest later one: an issue that
            # would mint the node again (two asks of one recommendation) leaves it to the first.
            for raised in _raised_again(g):
                if (raised.earlier.key, raised.later.key) not in claimed:
                    claimed.add((raised.earlier.key, raised.later.key))
                    inferred.append(raised)
        outcome.memberships += len(g.members)
        outcome.inferred_assessments += len(inferred)
        done = judged.get(str(issue), 0)
        if as_kept(g, str(issue), kept, changed) and named[issue] == 1:
            assert kept is not None
            blocks.signatures[str(issue)] = kept.signatures[str(issue)]
            blocks.triples[str(issue)] = kept.triples[str(issue)]
            blocks.parts[str(issue)] = g.items[0].country
            continue
        counts = tally(g, creators)
        signature = _signature(g, inferred, evidence, counts, done)
        blocks.put(
            str(issue),
            signature,
            lambda g=g, issue=issue, inferred=inferred, counts=counts, done=done: _issue_triples(  # type: ignore[misc]
                g, issue, inferred, evidence, counts, done
            ),
            kept,
            g.items[0].country,
        )
    for finding, g in findings:
        triple = (URIRef(finding), NG.concerns, issue_of[id(g)])
        part = g.items[0].country
        blocks.put_rows(finding, triple, (triple,), kept, part)
        outcome.findings += 1
    stated: dict[str, list[Triple]] = {}
    state: dict[str, str] = {}
    for found in resolved:
        assessment = URIRef(found.assessment.key)
        triples = stated.setdefault(found.assessment.key, [])
        state.setdefault(found.assessment.key, found.recommendation.country)
        if found.earlier:
            triples.append((assessment, NG.recommendation, URIRef(found.recommendation.key)))
        issues = issues_of_item.get(found.recommendation.key, [])
        triples.extend((assessment, NG.issue, issue) for issue in issues)
        outcome.observed_assessments += bool(found.earlier or issues)
    for key, triples in stated.items():
        if triples:
            rows = tuple(triples)
            blocks.put_rows(key, rows, rows, kept, state[key])
    outcome.triples = len(blocks)
    return blocks, outcome


def issues_graph(
    groups: Sequence[Group],
    findings: Sequence[tuple[str, Group]] = (),
    resolved: Sequence[Resolved] = (),
    evidence: dict[str, list[URIRef]] | None = None,
    creators: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Graph, LinkOutcome]:
    """The recurrence graph for computed groups (pure: no store)."""
    blocks, outcome = link_blocks(groups, findings, resolved, evidence, creators=creators)
    return blocks.graph(), outcome


def _inferred(
    raised: RaisedAgain, g: Group, issue: URIRef, evidence: dict[str, list[URIRef]]
) -> list[Triple]:
    """An earlier member, raised again at later elections: not implemented by the latest
    of them, as normgraph infers it (typed ng:InferredAssessment, with the group's
    confidence), derived from and dated by the latest later recommendation."""
    earlier, later = raised.earlier, raised.later
    tail = slug(later.key.removeprefix(str(ID)))
    assessment = URIRef(f"{earlier.key}/raised-again/{tail}")
    times = "1 later election" if raised.elections == 1 else f"{raised.elections} later elections"
    label = (
        f"inferred by normgraph: not implemented by {later.date} (raised again by "
        f"{_who(later)}; raised again at {times})"
    )
    triples: list[Triple] = [
        (assessment, RDF.type, NG.ImplementationAssessment),
        (assessment, RDF.type, NG.InferredAssessment),
        (assessment, RDFS.label, Literal(label)),
        (assessment, NG.recommendation, URIRef(earlier.key)),
        (assessment, NG.issue, issue),
        (assessment, NG.assessor, RAISED_AGAIN_RULE),
        (assessment, PROV.wasAttributedTo, RAISED_AGAIN_RULE),
        (assessment, NG.status, NOT_IMPLEMENTED),
        (assessment, NG.confidence, _confidence(g.score)),
        (assessment, NG.sourceReport, URIRef(later.document)),
        (assessment, PROV.wasDerivedFrom, URIRef(later.key)),
    ]
    if len(later.date) == 10:
        triples.append((assessment, NG.date, Literal(later.date, datatype=XSD.date)))
    triples.extend(
        (assessment, NG.evidence, annotation) for annotation in evidence.get(later.key, [])
    )
    return triples
