"""Curated annotations: facts a person read from a text, each pinned to a verbatim quote.

Some facts need a human reading (which stage an author places an event in, who said a
quoted sentence and in what role). Such facts live in one TOML file per source document,
``loaders/curated/{file stem}.toml``, shipped as package data. TOML is read with the
standard library's ``tomllib`` (no dependency), and its native dates, integers and
booleans keep values typed. A file looks like this::

    [curation]
    source = "001_0c620be955dcd040.txt"   # the file it annotates
    sha256 = "…"                          # of that file's text: a changed text is refused
    curator = "normgraph scholarship team"

    [[entry]]
    kind = "treaty-action"                # one of the kinds the genre loader accepts
    id = "iccpr-ratification"             # optional; names the entry in errors and IRIs
    quote = "Testland ratified both"      # verbatim; white space may differ in runs only
    occurrence = 1                        # needed when the quote occurs more than once
    also = ["in 2006"]                    # optional further quotes (each must be unique)
    treaty = "iccpr"                      # the kind's typed values
    date = "2006"

The file's tables are pydantic models: ``CurationHeader`` for ``[curation]``,
``EntryFields`` for what every entry carries, and one subclass of it per kind of fact,
made from the table of each kind's fields (``curated_kinds.py``).
Everything is checked strictly before any fact is built: unknown keys or kinds, missing
fields, wrong types, impossible dates, a quote that is absent or ambiguous, a hash that
does not match the text. Each problem raises ``CurationError`` naming the curation file,
the entry, the field and the quote. Curated facts are attributed to the curation file's
own agent (``id/curation/{stem}``), never to the loader, and their evidence says ``ng:method
vocab:method/curated``.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, PlainValidator, ValidationError
from pydantic import Field as Constraint
from pydantic_core import ErrorDetails
from rdflib import Literal, URIRef

from normgraph.namespaces import ID, NG, PROV, RDFS

from ..base import ExtractionError
from ..rdf.facts import Agent
from ..text.dates import When
from ..text.source import SourceText, Span

MAX_QUOTE = 320
"""Longest quote accepted: evidence is a short verbatim quote, not a copy of the report."""
_SLUG = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*$")


class CurationError(ExtractionError):
    """A curation file is malformed or does not fit its source text."""


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("expected a non-empty string")
    return value


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(f"expected a slug (e.g. 'iccpr'), got {value!r}")
    return value


def _when(value: object) -> When:
    """A TOML date or ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` as a ``When``."""
    if isinstance(value, datetime.datetime):
        raise ValueError(f"bad date {value!r}: a date has no time of day")
    if isinstance(value, datetime.date):
        return When.from_date(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date, month or year, got {value!r}")
    try:
        return When.from_iso(value)
    except ValueError as error:
        raise ValueError(f"bad date {value!r}: {error}") from error


Quote = Annotated[str, AfterValidator(_non_blank)]
"""A non-empty string, kept as written (a verbatim quote, a hash)."""
Text = Annotated[str, AfterValidator(_non_blank), AfterValidator(str.strip)]
"""A non-empty string, stripped."""
Texts = list[Text]
Slug = Annotated[str, AfterValidator(_slug)]
"""A key or concept slug: lower-case words joined by ``-`` (or ``/`` for a scheme)."""
Slugs = Annotated[list[Slug], Constraint(min_length=1)]
"""A non-empty list of slugs."""
Date = Annotated[When, PlainValidator(_when)]
"""A day, month or year: TOML date or ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``."""


class _Table(BaseModel):
    """A TOML table: strict types (no coercion), no keys but the declared ones."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class CurationHeader(_Table):
    """The ``[curation]`` table: which text the file was written for, and by whom."""

    source: Quote
    sha256: Quote
    curator: Text
    note: str | None = None


class EntryFields(_Table):
    """The keys every ``[[entry]]`` may carry; a kind of fact subclasses it with its fields."""

    kind: str
    id: Slug | None = None
    quote: Quote
    occurrence: Annotated[int, Constraint(ge=1)] | None = None
    also: list[str] = []
    note: str | None = None


RESERVED = frozenset(EntryFields.model_fields)
"""Keys every entry may carry besides its kind's fields."""
T = TypeVar("T", bound=_Table)
Kind = type[EntryFields]
"""A kind of curated fact: the model of its entries (the docstring says what it states)."""


def _problem(error: ErrorDetails) -> str:
    """One pydantic error in the words of a curation file: the field, then what is wrong."""
    name = str(error["loc"][0]) if error["loc"] else "table"
    if error["type"] == "missing":
        return f"missing field {name!r}"
    if error["type"] == "value_error":  # our own validators name the value
        return f"field {name!r}: {error['msg'].removeprefix('Value error, ')}"
    return f"field {name!r}: {error['msg'].lower()}, got {error['input']!r}"


def validated(model: type[T], table: Mapping[str, Any], where: str) -> T:
    """``table`` as a ``model``; CurationError naming ``where``, each field and its problem."""
    try:
        return model.model_validate(table)
    except ValidationError as error:
        allowed = sorted(model.model_fields)
        details = error.errors()
        unknown = sorted(str(d["loc"][0]) for d in details if d["type"] == "extra_forbidden")
        problems = [_problem(d) for d in details if d["type"] != "extra_forbidden"]
        if unknown:
            problems.insert(0, f"unknown keys {unknown}; allowed: {allowed}")
        raise CurationError(f"{where}: {'; '.join(problems)}") from None


@dataclass(frozen=True)
class Entry:
    """One curated fact: its kind, the located quote(s) and its typed values."""

    file: str
    number: int
    kind: str
    key: str | None
    quote: Span
    also: tuple[Span, ...]
    values: Mapping[str, Any]

    @property
    def spans(self) -> list[Span]:
        """Every located quote, the main one first."""
        return [self.quote, *self.also]

    def where(self) -> str:
        """``file, entry 3 (treaty-action 'iccpr')``: for error messages."""
        key = f" {self.key!r}" if self.key else ""
        return f"{self.file}, entry {self.number} ({self.kind}{key})"

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def error(self, message: str) -> CurationError:
        return CurationError(f"{self.where()}: {message} (quote: {self.quote.quote[:60]!r})")


@dataclass
class Curation:
    """A document's curation file, validated against its source text."""

    path: Path
    source: SourceText
    curator: str
    digest: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def agent_iri(self) -> URIRef:
        return ID["curation/" + self.source.document_id]

    def agent(self) -> Agent:
        """The agent curated facts are attributed to: the curation file and its curator."""
        return Agent(
            iri=self.agent_iri,
            label=f"curated annotations for {self.source.file_name} ({self.curator})",
            types=(PROV.Agent,),
            values=(
                (NG.fileName, Literal(f"loaders/curated/{self.path.name}")),
                (NG.sha256, Literal(self.digest)),
                (RDFS.comment, Literal(f"curated by {self.curator}")),
            ),
        )

    def of_kind(self, kind: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.kind == kind]


def curated_folder() -> Path:
    """The package-data folder of curation files."""
    return Path(str(resources.files("normgraph.loaders.resolve").joinpath("curated")))


def curation_path(source: SourceText, folder: Path | None = None) -> Path:
    """Where the curation file of ``source`` lives (whether or not it exists)."""
    return (folder or curated_folder()) / f"{source.document_id}.toml"


def load_curation(
    source: SourceText, kinds: Mapping[str, Kind], folder: Path | None = None
) -> Curation | None:
    """The validated curation of ``source``, or None if it has no curation file."""
    path = curation_path(source, folder)
    if not path.is_file():
        return None
    return parse_curation(path, source, kinds)


def parse_curation(path: Path, source: SourceText, kinds: Mapping[str, Kind]) -> Curation:
    """Read and validate one curation file against ``source``; CurationError if anything fails."""
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CurationError(f"{path.name}: not valid TOML: {error}") from error
    unknown = set(data) - {"curation", "entry"}
    if unknown:
        raise CurationError(f"{path.name}: unknown top-level keys {sorted(unknown)}")
    if not isinstance(data.get("curation"), dict):
        raise CurationError(f"{path.name}: missing [curation] table (source, sha256, curator)")
    header = validated(CurationHeader, data["curation"], f"{path.name} [curation]")
    if header.source != source.file_name:
        raise CurationError(
            f"{path.name}: written for {header.source!r}, not for {source.file_name!r}"
        )
    if header.sha256 != source.sha256:
        raise CurationError(
            f"{path.name}: written for another version of {source.file_name} "
            f"(sha256 {header.sha256[:12]}…, the text has {source.sha256[:12]}…); "
            "re-check every quote and update the hash"
        )
    curation = Curation(path, source, header.curator, hashlib.sha256(raw).hexdigest())
    entries = data.get("entry", [])
    if not isinstance(entries, list):
        raise CurationError(f"{path.name}: 'entry' must be an array of tables ([[entry]])")
    seen: set[tuple[str, str]] = set()
    for number, item in enumerate(entries, start=1):
        entry = _entry(path.name, number, item, source, kinds)
        if entry.key is not None:
            if (entry.kind, entry.key) in seen:
                raise entry.error("duplicate id for this kind")
            seen.add((entry.kind, entry.key))
        curation.entries.append(entry)
    return curation


def _entry(
    file: str, number: int, item: Any, source: SourceText, kinds: Mapping[str, Kind]
) -> Entry:
    where = f"{file}, entry {number}"
    if not isinstance(item, dict):
        raise CurationError(f"{where}: an entry must be a table")
    kind_name = item.get("kind")
    if not isinstance(kind_name, str) or kind_name not in kinds:
        raise CurationError(f"{where}: unknown kind {kind_name!r}; known: {sorted(kinds)}")
    key = item.get("id")
    where = f"{file}, entry {number} ({kind_name}{' ' + repr(key) if key else ''})"
    fields = validated(kinds[kind_name], item, where)
    main = locate(source, fields.quote, fields.occurrence, where)
    also = tuple(locate(source, extra, None, where) for extra in fields.also)
    values = {name: getattr(fields, name) for name in fields.model_fields_set - RESERVED}
    return Entry(file, number, kind_name, fields.id, main, also, values)


def locate(source: SourceText, quote: str, occurrence: int | None, where: str) -> Span:
    """The span of ``quote`` in ``source``: verbatim, except that a run of white space in
    the quote matches any run of white space in the text (line breaks, double spaces).

    Absent, ambiguous without ``occurrence``, or too long: CurationError naming ``where``.
    """
    if len(quote) > MAX_QUOTE:
        raise CurationError(
            f"{where}: quote is {len(quote)} characters; keep it under {MAX_QUOTE}: {quote[:60]!r}"
        )
    words = quote.split()
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    matches = list(pattern.finditer(source.text))
    if not matches:
        raise CurationError(f"{where}: quote not found in {source.file_name}: {quote[:80]!r}")
    if occurrence is None:
        if len(matches) > 1:
            raise CurationError(
                f"{where}: quote occurs {len(matches)} times in {source.file_name}; "
                f"give 'occurrence' or a longer quote: {quote[:80]!r}"
            )
        match = matches[0]
    else:
        if occurrence > len(matches):
            raise CurationError(
                f"{where}: occurrence {occurrence} asked but the quote occurs "
                f"{len(matches)} time(s) in {source.file_name}: {quote[:80]!r}"
            )
        match = matches[occurrence - 1]
    return Span(match.start(), match.end(), match.group())
