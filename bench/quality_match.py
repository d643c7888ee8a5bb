"""Match the facts a build put in a document's graph against a gold reading.

A graph fact matches a gold fact when it is of the same class, one of its evidence spans
overlaps one of the gold quotes' positions, and its key values agree (number and priority
for a recommendation, votes and percentage for a result, status for an assessment, ...).
Document-level classes (the report and its elections) match on values alone.

How matches add up to precision and recall is bench/quality_score.py's job.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS
from rdflib.term import Literal, Node

from bench.quality_gold import DOCUMENT_LEVEL, GoldFact, Span
from normgraph import namespaces

NG = "https://w3id.org/normgraph/ontology#"
OA = "http://www.w3.org/ns/oa#"

CLASS_KINDS: Mapping[str, str] = {
    "Report": "document",
    "Programme": "programme",
    "Recommendation": "recommendation",
    "Finding": "finding",
    "Complaint": "complaint",
    "Appeal": "complaint",
    "ComplaintFigure": "complaint",
    "ImplementationAssessment": "assessment",
    "Law": "law",
    "LawArticle": "law",
    "TreatyAction": "treaty_action",
    "ProgrammeActivity": "activity",
    "NormStageEvent": "norm_stage",
    "Event": "event",
    "ContestationStatement": "statement",
    "PoliticalParty": "actor",
    "ElectionCommission": "actor",
    "Court": "actor",
    "Parliament": "actor",
    "StateBody": "actor",
    "CivilSocietyOrganisation": "actor",
    "InternationalOrganisation": "actor",
    "ObserverGroup": "actor",
    "MediaOutlet": "actor",
    "Donor": "actor",
    "Person": "actor",
}
"""Graph classes (by local name) and the gold class their instances are compared with; any
node with a vote count is a result. A norm-stage event (a stage of the contestation
framework a study assigns, from its stage headings or the curation) is an interpretation,
not a dated event a reader marks: its class ``norm_stage`` has no gold and is not scored."""

GENERIC = frozenset({"Event"})
"""Superclasses that count only for a node with no other type: a dated event read from
scholarship is a bare ``schema:Event``, while an election is typed ``schema:Event`` as well
as ``ng:Election`` (it is matched as an election, not as an event)."""

NOT_EXHAUSTIVE = frozenset({"finding", "actor"})
LABELS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, DCTERMS.title, FOAF.name)


def local_name(node: Node) -> str:
    """The last segment of an IRI (after '#' or '/'), or a literal's text."""
    text = str(node)
    if not isinstance(node, URIRef):
        return text
    return namespaces.local_name(text)


def fold(text: str) -> str:
    """Lower case, no diacritics, words separated by single spaces (for name comparison)."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def names_match(wanted: Iterable[str], labels: Iterable[str]) -> bool:
    """True when a wanted name is a whole-word part of some label, or a label of it."""
    folded = [f" {fold(label)} " for label in labels if fold(label)]
    for name in wanted:
        target = f" {fold(name)} "
        if target.strip() and any(target in label or label in target for label in folded):
            return True
    return False


@dataclass(frozen=True)
class GraphFact:
    """One fact of a built graph, reduced to what matching needs."""

    kind: str
    iri: str
    spans: tuple[Span, ...]
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, name: str) -> tuple[str, ...]:
        return self.values.get(name, ())


def _spans(graph: Graph, node: Node) -> tuple[Span, ...]:
    spans = []
    for annotation in graph.subjects(URIRef(OA + "hasBody"), node):
        for target in graph.objects(annotation, URIRef(OA + "hasTarget")):
            for selector in graph.objects(target, URIRef(OA + "hasSelector")):
                start = graph.value(selector, URIRef(OA + "start"))
                end = graph.value(selector, URIRef(OA + "end"))
                if isinstance(start, Literal) and isinstance(end, Literal):
                    spans.append(Span(int(start), int(end)))
    return tuple(sorted(set(spans), key=lambda span: (span.start, span.end)))


def _labels(graphs: Iterable[Graph], node: Node) -> list[str]:
    labels = [local_name(node).replace("-", " ")] if isinstance(node, URIRef) else [str(node)]
    for graph in graphs:
        for predicate in LABELS:
            labels.extend(str(value) for value in graph.objects(node, predicate))
    return labels


def _values(graph: Graph, node: Node, context: Graph) -> dict[str, tuple[str, ...]]:
    values: dict[str, list[str]] = {"types": [], "labels": _labels((graph, context), node)}
    for predicate, value in graph.predicate_objects(node):
        name = "types" if predicate == RDF.type else local_name(predicate)
        values.setdefault(name, []).append(local_name(value))
        if name in ("speaker", "creator", "implementer", "donor"):
            values.setdefault(f"{name}_labels", []).extend(_labels((graph, context), value))
    return {name: tuple(items) for name, items in values.items()}


def _election_facts(graph: Graph, report: Node, context: Graph) -> list[GraphFact]:
    facts = []
    for election in graph.objects(report, URIRef(NG + "election")):
        values = _values(graph, election, context)
        state = [code.upper() for code in values.get("country", ())]
        facts.append(GraphFact("election", str(election), (), {**values, "state": tuple(state)}))
    return facts


def graph_facts(graph: Graph, context: Graph | None = None) -> list[GraphFact]:
    """The facts of one document's graph, by gold class (``context`` supplies labels)."""
    context = context if context is not None else Graph()
    facts: list[GraphFact] = []
    seen: set[tuple[str, Node]] = set()
    for node, cls in graph.subject_objects(RDF.type):
        kind = CLASS_KINDS.get(local_name(cls))
        if kind is None or (kind, node) in seen:
            continue
        if local_name(cls) in GENERIC and len(set(graph.objects(node, RDF.type))) > 1:
            continue
        seen.add((kind, node))
        facts.append(GraphFact(kind, str(node), _spans(graph, node), _values(graph, node, context)))
        if kind == "document":
            facts.extend(_election_facts(graph, node, context))
    for node in set(graph.subjects(URIRef(NG + "votes"), None)):
        values = _values(graph, node, context)
        facts.append(GraphFact("result", str(node), _spans(graph, node), values))
    return [fact for fact in facts if not _only_a_parent(graph, fact)]


def _only_a_parent(graph: Graph, fact: GraphFact) -> bool:
    """A law the text names only in its articles' citations ("Article 301 of the Criminal
    Code"): the graph holds it as the article's parent, but a reader marks the article alone
    (docs/quality.md, "Laws cited through an article"), so it is no law fact of its own. A
    law cited with its date of adoption ("Article 1 of the Law of 30 May 2005 'On ...'") is
    named by its title there: a law fact."""
    if fact.kind != "law" or "LawArticle" in fact.get("types") or not fact.spans:
        return False
    if fact.get("date_document"):
        return False
    covered: set[Span] = set()
    for article in graph.subjects(namespaces.ELI.is_part_of, URIRef(fact.iri)):
        covered.update(_spans(graph, article))
    return bool(covered) and set(fact.spans) <= covered


def _dated(wanted: object, dates: tuple[str, ...]) -> bool:
    """Whether a graph date falls within the date the reader noted: a year or a month as
    the text gives it ("2005") is matched by the day the graph knows ("2005-12-04")."""
    return any(date == str(wanted) or date.startswith(f"{wanted}-") for date in dates)


def _number(value: object) -> str:
    return str(value).strip()


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(label: str) -> int | None:
    """The value of a lower-case roman numeral up to lxxxix, None for anything else."""
    if not label or any(c not in _ROMAN for c in label):
        return None
    values = [_ROMAN[c] for c in label]
    total = sum(-v if v < values[i + 1] else v for i, v in enumerate(values[:-1]))
    return total + values[-1]


def _ordinals(label: str) -> set[str]:
    """What a list label may stand for as a whole number: a reader noting "(c)", "iv" or
    "R3" as 3, 4 and 3 and a graph keeping the label as written both read the same item;
    "i" and "v" are tried as letters and as roman numerals."""
    bare = label.strip().strip("().").lower()
    found = {label.strip(), bare}
    if len(bare) == 1 and bare.isalpha():
        found.add(str(ord(bare) - ord("a") + 1))
    if (value := _roman(bare)) is not None:
        found.add(str(value))
    prefix = bare.rstrip("0123456789")
    if prefix and prefix.isalpha() and len(prefix) <= 2 and bare[len(prefix) :]:
        found.add(str(int(bare[len(prefix) :])))
    return found


def _numbered(wanted: object, labels: tuple[str, ...]) -> bool:
    """Whether a gold number names one of a fact's labels (see :func:`_ordinals`)."""
    return any(_number(wanted) in _ordinals(label) for label in labels)


def _percent_ok(gold: GoldFact, fact: GraphFact) -> bool:
    wanted = gold.value("percent")
    if wanted is None:
        return True
    return any(abs(float(share) - float(str(wanted))) < 0.006 for share in fact.get("voteShare"))


def _seats_ok(gold: GoldFact, fact: GraphFact) -> bool:
    wanted, seats = gold.value("seats"), fact.get("seats")
    return wanted is None or not seats or _number(wanted) in seats


def _recommendation(gold: GoldFact, fact: GraphFact) -> bool:
    number = gold.value("number")
    if (not _numbered(number, fact.get("number"))) if number is not None else fact.get("number"):
        return False
    priority = gold.value("priority")
    return priority is None or (("true" in fact.get("priority")) == bool(priority))


def _complaint(gold: GoldFact, fact: GraphFact) -> bool:
    outcome, count = gold.value("outcome"), gold.value("count")
    return (outcome is None or outcome in fact.get("outcome")) and (
        count is None or _number(count) in fact.get("complaintCount")
    )


def _law(gold: GoldFact, fact: GraphFact) -> bool:
    article = gold.value("article")
    is_article = "LawArticle" in fact.get("types")
    if article is not None and not (is_article and _number(article) in fact.get("number")):
        return False
    if article is None and is_article:
        return False
    aliases = gold.value("aliases")
    names = [str(gold.value("name"))] + (list(aliases) if isinstance(aliases, list) else [])
    return names_match(names, fact.get("labels"))


def _treaty(gold: GoldFact, fact: GraphFact) -> bool:
    date = gold.value("date")
    return gold.value("action") in fact.get("actionKind") and (
        date is None or _dated(date, fact.get("date"))
    )


def _statement(gold: GoldFact, fact: GraphFact) -> bool:
    speaker = gold.value("speaker_name")
    return speaker is None or names_match([str(speaker)], fact.get("speaker_labels"))


def _activity(gold: GoldFact, fact: GraphFact) -> bool:
    number = gold.value("number")
    return number is None or not fact.get("number") or _number(number) in fact.get("number")


def _election(gold: GoldFact, fact: GraphFact) -> bool:
    return (
        gold.value("state") in fact.get("state")
        and gold.value("type") in fact.get("electionType")
        and _dated(gold.value("date"), fact.get("electionDate"))
    )


def _document(gold: GoldFact, fact: GraphFact) -> bool:
    creators = gold.value("creator")
    names = list(creators) if isinstance(creators, list) else [str(creators)]
    return gold.value("genre") in fact.get("genre") and names_match(
        names, fact.get("creator_labels")
    )


def _programme(gold: GoldFact, fact: GraphFact) -> bool:
    state = gold.value("state")
    return (
        names_match([str(gold.value("implementer"))], fact.get("implementer_labels"))
        and names_match([str(gold.value("donor"))], fact.get("donor_labels"))
        and (state is None or str(state).lower() in fact.get("country"))
    )


KEYS: Mapping[str, Callable[[GoldFact, GraphFact], bool]] = {
    "document": _document,
    "election": _election,
    "programme": _programme,
    "recommendation": _recommendation,
    "finding": lambda gold, fact: gold.value("polarity") in fact.get("polarity"),
    "complaint": _complaint,
    "assessment": lambda gold, fact: gold.value("status") in fact.get("status"),
    "law": _law,
    "treaty_action": _treaty,
    "result": lambda gold, fact: (
        _number(gold.value("votes")) in fact.get("votes")
        and _percent_ok(gold, fact)
        and _seats_ok(gold, fact)
    ),
    "actor": lambda gold, fact: any(kind in fact.get("types") for kind in _types(gold)),
    "activity": _activity,
    "event": lambda gold, fact: _dated(gold.value("date"), fact.get("startDate")),
    "statement": _statement,
}
"""Per class: do the key values of a graph fact agree with the gold fact's?"""


def _types(gold: GoldFact) -> list[str]:
    kinds = gold.value("type")
    return [str(kind) for kind in kinds] if isinstance(kinds, list) else [str(kinds)]


def overlaps(gold: GoldFact, fact: GraphFact) -> bool:
    """True when some evidence span of the fact overlaps some quote of the gold fact."""
    return any(span.overlaps(quote) for span in fact.spans for quote in gold.spans)


def touches(gold: GoldFact, fact: GraphFact) -> bool:
    """Is the fact about the gold fact's passage? An actor may be evidenced by any of its
    mentions, so an actor of the same name counts as well as an overlapping one."""
    if overlaps(gold, fact):
        return True
    return gold.kind == "actor" and names_match([str(gold.value("name"))], fact.get("labels"))


def matches(gold: GoldFact, fact: GraphFact) -> bool:
    """Same class, overlapping evidence (unless document-level) and agreeing key values."""
    if gold.kind != fact.kind:
        return False
    if gold.kind not in DOCUMENT_LEVEL and not touches(gold, fact):
        return False
    return KEYS[gold.kind](gold, fact)
