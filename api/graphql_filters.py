"""Filtered lists for GraphQL: which SPARQL path each list argument follows, per type.

A list field's arguments (country, issuer, topic, years, text ...) become fixed graph
patterns over ``?s`` with the argument's value bound as a typed term, never written into
the query text; a filter a type does not have is a :class:`~.graphql_store.PublicError`.
The ``*_PATHS`` tables say, per GraphQL type, how to reach the filtered value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from strawberry.utils.str_converters import to_camel_case

from normgraph.graph import Term

from .graphql_store import PublicError, check_iri, values
from .graphql_terms import subclasses

if TYPE_CHECKING:
    from .graphql_loaders import RequestStore

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
COUNTRY_PATHS: dict[str, str] = {
    "Election": "ng:country",
    "Report": "ng:election/ng:country",
    "Recommendation": f"{REC_ELECTION}/ng:country",
    "Finding": f"{REC_ELECTION}/ng:country",
    "Complaint": "ng:election/ng:country",
    "ObservationMission": "ng:observes/ng:country",
    "Law": "ng:country",
    "TreatyAction": "ng:actor",
}
ELECTION_TYPE_PATHS: dict[str, str] = {
    "Election": "ng:electionType",
    "Report": "ng:election/ng:electionType",
    "Recommendation": f"{REC_ELECTION}/ng:electionType",
    "Finding": f"{REC_ELECTION}/ng:electionType",
    "Complaint": "ng:election/ng:electionType",
    "ObservationMission": "ng:observes/ng:electionType",
}
ISSUER_PATHS: dict[str, str] = {
    "Report": ISSUER,
    "Recommendation": f"ng:sourceReport/{ISSUER}",
    "Finding": f"ng:sourceReport/{ISSUER}",
    "ImplementationAssessment": "(ng:assessor|ng:sourceReport/dcterms:creator)",
    "ContestationStatement": f"ng:sourceReport/{ISSUER}",
    "ObservationMission": "ng:deployedBy",
}
NORM_PATHS: dict[str, str] = {
    "Recommendation": "ng:invokesNorm",
    "Finding": "ng:invokesNorm",
    "ContestationStatement": "ng:norm",
    "NormStageEvent": "ng:norm",
    "Instrument": "(ng:states|^ng:provisionOf/ng:states)",
}
TOPIC_PATHS: dict[str, str] = {
    "Recommendation": "ng:topic",
    "Finding": "ng:topic",
    "Complaint": "ng:topic",
}
STATUS_PATHS: dict[str, str] = {
    "Recommendation": "^ng:recommendation/ng:status",
    "ImplementationAssessment": "ng:status",
}
ADDRESSEE_PATHS: dict[str, str] = {"Recommendation": "ng:addressee"}
ACTOR_PATHS: dict[str, str] = {"NormStageEvent": "ng:actor"}
IRI_FILTERS: dict[str, dict[str, str]] = {
    "country": COUNTRY_PATHS,
    "election_type": ELECTION_TYPE_PATHS,
    "issuer": ISSUER_PATHS,
    "topic": TOPIC_PATHS,
    "norm": NORM_PATHS,
    "status": STATUS_PATHS,
    "addressee": ADDRESSEE_PATHS,
    "actor": ACTOR_PATHS,
}
"""List arguments that take an IRI (Python names), each with its paths per type."""
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

    def apply(self, filters: Sequence[str], arguments: Mapping[str, object]) -> None:
        """Add each named filter (an ``IRI_FILTERS`` name, ``years`` or ``text``) with the
        value of its argument; IRIs come already expanded."""
        for name in filters:
            if name == "years":
                self.filter_years(_int(arguments["year_from"]), _int(arguments["year_to"]))
            elif name == "text":
                self.filter_text(_str(arguments["text"]))
            else:
                self.filter_iri(IRI_FILTERS[name], to_camel_case(name), _str(arguments[name]))

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


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


__all__ = [
    "ACTOR_PATHS",
    "ADDRESSEE_PATHS",
    "COUNTRY_PATHS",
    "ELECTION_TYPE_PATHS",
    "IRI_FILTERS",
    "ISSUER_PATHS",
    "NORM_PATHS",
    "REC_ELECTION",
    "STATUS_PATHS",
    "TOPIC_PATHS",
    "ListQuery",
]
