"""The formats a query answer or a dump is written in, and choosing one for an answer's form
(solutions, boolean or triples): the same rules for every store."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Literal

from .errors import NotAcceptableError


class ResultFormat(Enum):
    """Serialisations a query answer can be returned in, with their media types."""

    JSON = "application/sparql-results+json"
    XML = "application/sparql-results+xml"
    CSV = "text/csv"
    TSV = "text/tab-separated-values"
    TURTLE = "text/turtle"
    NTRIPLES = "application/n-triples"
    RDFXML = "application/rdf+xml"
    JSONLD = "application/ld+json"
    NQUADS = "application/n-quads"
    TRIG = "application/trig"

    @property
    def media_type(self) -> str:
        return self.value

    @property
    def rdflib_format(self) -> str:
        """rdflib's parser/serialiser name for an RDF format (KeyError for result formats)."""
        return _RDFLIB_NAMES[self.name]


_RDFLIB_NAMES = {
    "TURTLE": "turtle",
    "NTRIPLES": "nt",
    "RDFXML": "xml",
    "JSONLD": "json-ld",
    "NQUADS": "nquads",
    "TRIG": "trig",
}

SOLUTION_FORMATS = (ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV)
GRAPH_FORMATS = (
    ResultFormat.TURTLE,
    ResultFormat.NTRIPLES,
    ResultFormat.RDFXML,
    ResultFormat.JSONLD,
)
DATASET_FORMATS = (ResultFormat.NQUADS, ResultFormat.TRIG, ResultFormat.JSONLD)


QueryForm = Literal["select", "ask", "graph"]
"""What a query answers with: solutions, a boolean, or triples."""


@dataclass(frozen=True)
class FormatChoice:
    """The format to use for each answer form, chosen before the form is known.

    A SPARQL endpoint negotiates with the client before it runs a query, so it picks one
    format for solutions (SELECT, ASK) and one for triples (CONSTRUCT, DESCRIBE); None
    means the client accepts none, and the store raises :class:`NotAcceptableError`.
    """

    solutions: ResultFormat | None = ResultFormat.JSON
    graph: ResultFormat | None = ResultFormat.TURTLE

    def for_form(self, form: QueryForm) -> ResultFormat:
        chosen = self.graph if form == "graph" else self.solutions
        if chosen is None:
            kind = "RDF graph" if form == "graph" else f"{form.upper()} result"
            raise NotAcceptableError(f"no acceptable media type for a {kind}")
        return chosen


def choose_format(choice: ResultFormat | FormatChoice | None, form: QueryForm) -> ResultFormat:
    """The format for an answer of ``form``: the choice, or the default for the form.

    ValueError when a single format was asked for that the form cannot take.
    """
    if isinstance(choice, FormatChoice):
        return choice.for_form(form)
    if form == "graph":
        chosen = choice or ResultFormat.TURTLE
        if chosen not in GRAPH_FORMATS:
            raise ValueError(f"a CONSTRUCT or DESCRIBE answer cannot be {chosen.name}")
        return chosen
    chosen = choice or ResultFormat.JSON
    if chosen not in SOLUTION_FORMATS:
        raise ValueError(f"a SELECT or ASK answer cannot be {chosen.name}")
    return chosen


def check_dataset_format(result_format: ResultFormat) -> None:
    """ValueError unless a whole dataset (quads in named graphs) can be written as
    ``result_format``: every store's ``dump`` accepts the same formats."""
    if result_format not in DATASET_FORMATS:
        raise ValueError(f"a whole dataset cannot be written as {result_format.name}")
