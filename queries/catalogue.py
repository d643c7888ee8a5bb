"""Saved queries: ``.rq`` files that stay valid SPARQL, described by a comment header.

Header lines (before the query) read::

    # summary: Recommendations per report, priority ones counted apart.
    # tags: recommendations, counts
    # param report: iri, optional -- Only this report.
    # param minElections: integer = 2 -- Fewest elections an issue is raised at.
    # param status: string in {fully, partially, not} = not -- Status to keep.

A parameter named ``x`` binds the query variable ``?x`` to a typed RDF term (through the
store's bindings, never by editing the query text); in a SELECT query ``?x`` must be
projected (SPARQL SEP-0007), so answers show the values they were asked for.
Types: string, integer, decimal, boolean, date, year, iri. A parameter with no default
is required unless marked optional.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources

from rdflib import Literal, URIRef

from normgraph.graph import FormatChoice, GraphStore, QueryAnswer, QueryRequest, ResultFormat
from normgraph.namespaces import PREFIXES, XSD

PARAM_TYPES = ("string", "integer", "decimal", "boolean", "date", "year", "iri")
_HEADER = re.compile(r"^#\s*(?P<key>summary|tags|param|title)\s*:?\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"\s*(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<type>\w+)"
    r"(?:\s+in\s+\{(?P<allowed>[^}]*)\})?"
    r"(?P<optional>\s*,\s*optional)?"
    r"(?:\s*=\s*(?P<default>.+?))?\s*"
)
_IRI_FORBIDDEN = re.compile(r'[\s<>"{}|\\^`]')
_MAX_VALUE_LENGTH = 2000


class QueryNotFoundError(LookupError):
    """No saved query has that name."""


class ParameterError(ValueError):
    """A parameter value is missing, unknown, of the wrong type or not allowed."""


@dataclass(frozen=True)
class Parameter:
    """One declared parameter of a saved query."""

    name: str
    type: str
    description: str = ""
    default: str | None = None
    optional: bool = False
    allowed: tuple[str, ...] = ()

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional

    def to_term(self, raw: str) -> URIRef | Literal:
        """The RDF term for a value given as text; ParameterError naming what is wrong."""
        if len(raw) > _MAX_VALUE_LENGTH:
            raise ParameterError(f"parameter {self.name!r}: value longer than {_MAX_VALUE_LENGTH}")
        if self.allowed and raw not in self.allowed:
            raise ParameterError(
                f"parameter {self.name!r}: {raw!r} is not one of {', '.join(self.allowed)}"
            )
        try:
            return _convert(self.type, raw)
        except ValueError as error:
            raise ParameterError(f"parameter {self.name!r}: {error}") from None


def _convert(kind: str, raw: str) -> URIRef | Literal:
    value = raw.strip()
    if kind == "string":
        return Literal(raw)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d{1,18}", value):
            raise ValueError(f"{raw!r} is not a whole number")
        return Literal(int(value), datatype=XSD.integer)
    if kind == "decimal":
        try:
            return Literal(Decimal(value), datatype=XSD.decimal)
        except InvalidOperation:
            raise ValueError(f"{raw!r} is not a decimal number") from None
    if kind == "boolean":
        if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"{raw!r} is not true or false")
        return Literal(value.lower() in ("true", "1", "yes"), datatype=XSD.boolean)
    if kind == "date":
        try:
            return Literal(datetime.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            raise ValueError(f"{raw!r} is not a date (YYYY-MM-DD)") from None
    if kind == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise ValueError(f"{raw!r} is not a year (YYYY)")
        return Literal(value, datatype=XSD.gYear)
    if kind == "iri":
        return URIRef(expand_iri(value))
    raise ValueError(f"unknown parameter type {kind!r}")


def expand_iri(value: str) -> str:
    """An absolute IRI from an absolute one or a prefixed name (``vocab:topic/media``).

    >>> expand_iri("ng:Report")
    'https://w3id.org/normgraph/ontology#Report'
    """
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        value = PREFIXES[prefix] + local
    if not re.match(r"^(https?://|urn:)", value) or _IRI_FORBIDDEN.search(value):
        raise ValueError(
            f"{value!r} is not an absolute http(s) or urn IRI, nor a known prefixed name"
        )
    return value


@dataclass(frozen=True)
class SavedQuery:
    """A saved query: its name (file stem), description, parameters and SPARQL text."""

    name: str
    summary: str
    sparql: str
    tags: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)

    def bind(self, values: dict[str, str]) -> dict[str, URIRef | Literal]:
        """Typed terms for the given values plus defaults; ParameterError on any problem."""
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            raise ParameterError(
                f"unknown parameter(s) {', '.join(unknown)} for query {self.name!r}; "
                f"it takes: {', '.join(declared) or 'none'}"
            )
        bindings: dict[str, URIRef | Literal] = {}
        for parameter in self.parameters:
            raw = values.get(parameter.name, parameter.default)
            if raw is None or raw == "":
                if parameter.required:
                    raise ParameterError(f"parameter {parameter.name!r} is required")
                continue
            bindings[parameter.name] = parameter.to_term(raw)
        return bindings

    def request(
        self,
        values: dict[str, str],
        result_format: ResultFormat | FormatChoice = ResultFormat.JSON,
        max_rows: int | None = None,
    ) -> QueryRequest:
        """The query with its parameters bound, ready to run anywhere (ParameterError first).

        >>> saved = parse_saved_query("demo", "# summary: Demo.\\n# param n: integer\\nASK {}")
        >>> saved.request({"n": "7"}).bindings["n"].n3()
        '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'
        >>> saved.request({"n": "7 } ; DROP ALL"})
        Traceback (most recent call last):
        ...
        normgraph.queries.catalogue.ParameterError: parameter 'n': ... is not a whole number
        """
        return QueryRequest(
            self.sparql,
            bindings=self.bind(values),
            result_format=result_format,
            max_rows=max_rows,
        )


def parse_saved_query(name: str, text: str) -> SavedQuery:
    """Read a saved query's header; ValueError naming the line that does not parse."""
    summary, tags, parameters = "", tuple[str, ...](), []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.group("key"), match.group("value").strip()
        if key == "summary":
            summary = value
        elif key == "tags":
            tags = tuple(t.strip() for t in value.split(",") if t.strip())
        elif key == "param":
            parameters.append(_parse_parameter(name, number, value))
    if not summary:
        raise ValueError(f"saved query {name}: no '# summary:' line")
    return SavedQuery(name, summary, text, tags, tuple(parameters))


def _parse_parameter(name: str, number: int, text: str) -> Parameter:
    spec, _, description = text.partition("--")
    match = _PARAM.fullmatch(spec)
    if not match or match.group("type") not in PARAM_TYPES:
        raise ValueError(f"saved query {name}, line {number}: cannot read parameter {text!r}")
    allowed = tuple(a.strip() for a in (match.group("allowed") or "").split(",") if a.strip())
    return Parameter(
        name=match.group("name"),
        type=match.group("type"),
        description=description.strip(),
        default=match.group("default"),
        optional=bool(match.group("optional")),
        allowed=allowed,
    )


@cache
def catalogue() -> dict[str, SavedQuery]:
    """Every saved query shipped in this package, by name."""
    queries = {}
    for entry in sorted(resources.files(__name__.rsplit(".", 1)[0]).iterdir(), key=str):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            queries[name] = parse_saved_query(name, entry.read_text(encoding="utf-8"))
    return queries


def run_saved_query(
    store: GraphStore,
    name: str,
    values: dict[str, str],
    result_format: ResultFormat = ResultFormat.JSON,
) -> QueryAnswer:
    """Run a saved query with its parameters bound as typed terms."""
    return saved_query(name).request(values, result_format)(store)


def saved_query(name: str) -> SavedQuery:
    """The saved query called ``name``; QueryNotFoundError listing the names otherwise."""
    queries = catalogue()
    if name not in queries:
        raise QueryNotFoundError(
            f"no saved query {name!r}; available: {', '.join(sorted(queries)) or 'none'}"
        )
    return queries[name]
