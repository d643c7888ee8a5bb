"""From curated entries to facts: one builder per kind of curated fact, for any genre.

``curation.py`` reads and checks a curation file against the models of ``curated_kinds.py``
(the kinds and their fields); this module says what each kind of entry means in the graph.
Entries refer to each other by key (an actor's ``id``, a treaty's ``id``, an election as
``{type}-{year}``); a key that nothing defines is an error naming the entry. Every fact
built here is ``Method.CURATED`` and attributed to the curation file's agent; its evidence
is the entry's quote(s).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from normgraph.namespaces import DCTERMS, FOAF, NG, ORG, PROV, RDFS, SCHEMA, SKOS, VOCAB, XSD

from ..extract.elections import election_iri
from ..rdf.facts import Extraction, Fact, Method
from ..rdf.iris import mint, slug
from ..text.dates import When
from .curated_kinds import KINDS
from .curation import Curation, Entry

__all__ = ["BUILDERS", "KINDS", "Context", "add_election", "apply_curation", "election_key"]

ACTOR_TYPES: dict[str, tuple[URIRef, ...]] = {
    "person": (FOAF.Person,),
    "state": (NG.State,),
    "state-body": (NG.StateBody,),
    "election-commission": (NG.ElectionCommission,),
    "parliament": (NG.Parliament,),
    "political-party": (NG.PoliticalParty,),
    "civil-society-organisation": (NG.CivilSocietyOrganisation,),
    "international-organisation": (NG.InternationalOrganisation,),
    "organisation": (ORG.FormalOrganization,),
    "university": (ORG.FormalOrganization,),
}
STAGE_SCHEMES = ("contestation-stage", "spiral-phase")
TREATY_ACTIONS = ("signature", "ratification", "accession", "entry-into-force", "succession")


@dataclass
class Context:
    """What builders share: the report, the curation agent and the keys defined so far."""

    extraction: Extraction
    report: URIRef
    report_key: str
    curation: Curation
    keys: dict[str, URIRef] = field(default_factory=dict)
    """Actors, treaties, elections, laws and institutions by key."""

    def ref(self, entry: Entry, key: str, what: str) -> URIRef:
        if key not in self.keys:
            raise entry.error(
                f"unknown {what} {key!r}; define it first (known: {sorted(self.keys)})"
            )
        return self.keys[key]

    def fact(self, entry: Entry, iri: URIRef, kind: URIRef, label: str) -> Fact:
        fact = Fact(
            iri=iri,
            kind=kind,
            label=label,
            evidence=entry.spans,
            method=Method.CURATED,
            agent=self.curation.agent_iri,
        )
        return self.extraction.add(fact)


def concept(entry: Entry, scheme: str, value: str, allowed: tuple[str, ...] = ()) -> URIRef:
    """``vocab:{scheme}/{value}``; the scheme's membership is checked again by SHACL."""
    if allowed and value not in allowed:
        raise entry.error(f"{value!r} is not one of {list(allowed)} ({scheme})")
    return VOCAB[f"{scheme}/{value}"]


def stage_concept(entry: Entry, value: str) -> URIRef:
    scheme, _, name = value.partition("/")
    if scheme not in STAGE_SCHEMES or not name:
        raise entry.error(
            f"stage must be 'contestation-stage/…' or 'spiral-phase/…', not {value!r}"
        )
    return VOCAB[value]


def _add_dates(fact: Fact, entry: Entry, **predicates: URIRef) -> None:
    """Each date field the entry gives, as a typed literal under its predicate."""
    for name, predicate in predicates.items():
        if entry.get(name):
            fact.add(predicate, entry.get(name).literal())


def election_key(type_slug: str, when: When) -> str:
    """How entries refer to an election: ``presidential-2011``."""
    return f"{type_slug}-{when.year}"


def _actor(ctx: Context, entry: Entry) -> None:
    kind = entry.get("type")
    if kind not in ACTOR_TYPES:
        raise entry.error(f"actor type {kind!r} is not one of {sorted(ACTOR_TYPES)}")
    name = entry.get("name")
    if entry.key is None:
        raise entry.error("an actor needs an 'id' for other entries to refer to it")
    if kind == "person":
        iri = mint("person", name)
    elif kind == "state":
        code = entry.get("country_code") or entry.key
        iri = mint("state", code)
    else:
        iri = mint("organisation", entry.get("short_name") or name)
    types = ACTOR_TYPES[kind]
    fact = ctx.fact(entry, iri, types[0], name)
    fact.add(FOAF.name, name)
    if entry.get("short_name") and kind == "person":  # the spelling this text uses
        fact.add(SKOS.altLabel, entry.get("short_name"))
    elif entry.get("short_name"):
        fact.add(NG.shortName, entry.get("short_name"))
    if kind == "state" and entry.get("country_code"):
        fact.add(NG.countryCode, entry.get("country_code"))
    ctx.keys[entry.key] = iri


def _treaty(ctx: Context, entry: Entry) -> None:
    if entry.key is None:
        raise entry.error("a treaty needs an 'id'")
    iri = mint("instrument", entry.key)
    fact = ctx.fact(entry, iri, NG.Treaty, entry.get("name"))
    fact.add(DCTERMS.title, entry.get("name"))
    fact.add(NG.instrumentKind, VOCAB["instrument-kind/treaty"])
    if entry.get("short_name"):
        fact.add(SKOS.altLabel, entry.get("short_name"))
    ctx.keys[entry.key] = iri


def _treaty_action(ctx: Context, entry: Entry) -> None:
    treaty_key, action, when = entry.get("treaty"), entry.get("action"), entry.get("date")
    treaty = ctx.keys.get(treaty_key) or mint("instrument", treaty_key)
    actor = ctx.ref(entry, entry.get("actor"), "actor")
    label = entry.get("label") or f"{action.replace('-', ' ')} of {treaty_key} ({when.iso()})"
    iri = mint("treaty-action", entry.get("actor"), treaty_key, action, when.iso())
    fact = ctx.fact(entry, iri, NG.TreatyAction, label)
    fact.add(NG.actionKind, concept(entry, "treaty-action", action, TREATY_ACTIONS))
    fact.add(NG.treaty, treaty)
    fact.add(NG.date, when.literal())
    fact.add(NG.actor, actor)
    fact.add(NG.sourceReport, ctx.report)


def _membership(ctx: Context, entry: Entry) -> None:
    member, organisation = entry.get("member"), entry.get("organisation")
    iri = mint("membership", member, organisation, entry.get("role") or "member")
    fact = ctx.fact(entry, iri, ORG.Membership, f"{member} in {organisation}")
    fact.add(ORG.member, ctx.ref(entry, member, "actor"))
    fact.add(ORG.organization, ctx.ref(entry, organisation, "actor"))
    if entry.get("role"):
        fact.add(RDFS.comment, f"role: {entry.get('role')}")
    if entry.get("start"):
        fact.add(SCHEMA.startDate, entry.get("start").literal())
    fact.add(NG.sourceReport, ctx.report)


def _post(ctx: Context, entry: Entry) -> None:
    title = entry.get("title")
    iri = mint("post", entry.get("organisation"), title)
    fact = ctx.fact(entry, iri, ORG.Post, title)
    fact.add(ORG.postIn, ctx.ref(entry, entry.get("organisation"), "actor"))
    if entry.get("holder"):
        fact.add(ORG.heldBy, ctx.ref(entry, entry.get("holder"), "actor"))
    _add_dates(fact, entry, start=SCHEMA.startDate, end=SCHEMA.endDate)
    fact.add(NG.sourceReport, ctx.report)


def add_election(
    country: URIRef,
    code: str,
    type_slug: str,
    when: When,
    make: Callable[[URIRef, str], Fact],
    early: bool | None = None,
) -> Fact:
    """The election fact ``id/election/{code}/{type}/{date}`` (shared with extractors)."""
    iri = election_iri(code, type_slug, when.iso())
    label = f"{code.upper()} {'early ' if early else ''}{type_slug} election {when.iso()}"
    fact = make(iri, label)
    fact.add(NG.country, country)
    fact.add(NG.electionType, VOCAB[f"election-type/{type_slug}"])
    fact.add(NG.electionDate, when.literal())
    if early is not None:
        fact.add(NG.early, Literal(early))
    return fact


def _election(ctx: Context, entry: Entry) -> None:
    country_key, type_slug, when = entry.get("country"), entry.get("type"), entry.get("date")
    concept(
        entry,
        "election-type",
        type_slug,
        ("presidential", "parliamentary", "local", "referendum", "by-election"),
    )
    fact = add_election(
        ctx.ref(entry, country_key, "state"),
        country_key,
        type_slug,
        when,
        lambda iri, label: ctx.fact(entry, iri, NG.Election, entry.get("label") or label),
        entry.get("early"),
    )
    if entry.get("rounds"):
        fact.add(NG.roundCount, Literal(entry.get("rounds"), datatype=XSD.integer))
    ctx.keys[election_key(type_slug, when)] = fact.iri


def _verdict(ctx: Context, entry: Entry) -> None:
    keys = entry.get("elections", [])
    iri = mint("finding", ctx.report_key, entry.key or slug(entry.get("text"))[:40])
    fact = ctx.fact(entry, iri, NG.Finding, entry.get("text"))
    fact.add(NG.text, entry.get("text"))
    fact.add(NG.sourceReport, ctx.report)
    fact.add(NG.topic, concept(entry, "topic", entry.get("topic", "political-context")))
    polarity = entry.get("polarity", "problem")
    fact.add(
        NG.polarity, concept(entry, "finding-polarity", polarity, ("positive", "problem", "mixed"))
    )
    for key in keys:
        fact.add(NG.election, ctx.ref(entry, key, "election"))
    if entry.get("observer"):  # who reached the finding (not what it is about)
        fact.add(PROV.wasAttributedTo, ctx.ref(entry, entry.get("observer"), "actor"))
    if entry.get("date"):
        fact.add(NG.date, entry.get("date").literal())
    for norm in entry.get("norms", []):
        fact.add(NG.invokesNorm, concept(entry, "norm", norm))


def _institution(ctx: Context, entry: Entry) -> None:
    kind = entry.get("type")
    if kind not in ACTOR_TYPES or kind == "person":
        raise entry.error(f"institution type {kind!r} must be an organisation type")
    name = entry.get("name")
    country = entry.get("country")
    iri = mint("organisation", country, name) if country else mint("organisation", name)
    fact = ctx.fact(entry, iri, ACTOR_TYPES[kind][0], name)
    fact.add(FOAF.name, name)
    if entry.get("founded"):
        fact.add(SCHEMA.foundingDate, entry.get("founded").literal())
    if country:
        fact.add(NG.country, ctx.ref(entry, country, "state"))
    if entry.get("actor"):
        fact.add(SCHEMA.founder, ctx.ref(entry, entry.get("actor"), "actor"))
    if entry.key:
        ctx.keys[entry.key] = iri


def _law(ctx: Context, entry: Entry) -> None:
    name, country = entry.get("name"), entry.get("country")
    amends = entry.get("amends")
    when = entry.get("date")
    parts = [country or "", slug(name)] + ([when.iso()] if amends and when else [])
    iri = mint("amendment" if amends else "law", *[p for p in parts if p])
    fact = ctx.fact(entry, iri, NG.Amendment if amends else NG.Law, name)
    if when:
        fact.add(URIRef("http://data.europa.eu/eli/ontology#date_document"), when.literal())
    if country:
        fact.add(NG.country, ctx.ref(entry, country, "state"))
    if amends:
        fact.add(URIRef("http://data.europa.eu/eli/ontology#amends"), ctx.ref(entry, amends, "law"))
    if entry.key:
        ctx.keys[entry.key] = iri


def _event(ctx: Context, entry: Entry) -> None:
    label, when = entry.get("label"), entry.get("date")
    iri = mint("event", ctx.report_key, entry.key or slug(label)[:40])
    fact = ctx.fact(entry, iri, SCHEMA.Event, label)
    fact.add(SCHEMA.startDate, when.literal())
    for key in entry.get("actors", []):
        fact.add(NG.actor, ctx.ref(entry, key, "actor"))
    for norm in entry.get("norms", []):
        fact.add(NG.norm, concept(entry, "norm", norm))
    fact.add(NG.sourceReport, ctx.report)


def _norm_stage_event(ctx: Context, entry: Entry) -> None:
    label = entry.get("label")
    iri = mint("norm-stage-event", ctx.report_key, entry.key or slug(label)[:40])
    fact = ctx.fact(entry, iri, NG.NormStageEvent, label)
    fact.add(NG.stage, stage_concept(entry, entry.get("stage")))
    for norm in entry.get("norms", []):
        fact.add(NG.norm, concept(entry, "norm", norm))
    if entry.get("actor"):
        fact.add(NG.actor, ctx.ref(entry, entry.get("actor"), "actor"))
    _add_dates(fact, entry, start=SCHEMA.startDate, end=SCHEMA.endDate)
    fact.add(NG.sourceReport, ctx.report)


def _statement(ctx: Context, entry: Entry) -> None:
    words = entry.get("words")
    folded = " ".join(" ".join(span.quote for span in entry.spans).split())
    if " ".join(words.split()) not in folded:
        raise entry.error(f"'words' must be part of the quote(s): {words[:60]!r}")
    iri = mint("statement", ctx.report_key, entry.key or slug(words)[:40])
    speaker = ctx.ref(entry, entry.get("speaker"), "actor")
    fact = ctx.fact(entry, iri, NG.ContestationStatement, words[:80])
    fact.add(NG.speaker, speaker)
    fact.add(NG.quote, words)
    fact.add(
        NG.stance,
        concept(
            entry,
            "stance",
            entry.get("stance"),
            ("endorses", "reinterprets", "contests", "rejects"),
        ),
    )
    for norm in entry.get("norms"):
        fact.add(NG.norm, concept(entry, "norm", norm))
    if entry.get("role"):
        fact.add(NG.speakerRole, entry.get("role"))
    if entry.get("stage"):
        fact.add(NG.stage, stage_concept(entry, entry.get("stage")))
    if entry.get("date"):
        fact.add(NG.date, entry.get("date").literal())
    fact.add(NG.sourceReport, ctx.report)


BUILDERS: dict[str, Callable[[Context, Entry], None]] = {
    "actor": _actor,
    "treaty": _treaty,
    "treaty-action": _treaty_action,
    "membership": _membership,
    "post": _post,
    "election": _election,
    "verdict": _verdict,
    "institution": _institution,
    "law": _law,
    "event": _event,
    "norm-stage-event": _norm_stage_event,
    "statement": _statement,
}


def apply_curation(ctx: Context) -> None:
    """Build every entry's facts, in file order (so keys are defined before use)."""
    ctx.extraction.agents.append(ctx.curation.agent())
    for entry in ctx.curation.entries:
        BUILDERS[entry.kind](ctx, entry)
