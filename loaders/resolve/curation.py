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

Everything is checked strictly before any fact is built: unknown keys or kinds, missing
fields, wrong types, impossible dates, a quote that is absent or ambiguous, a hash that
does not match the text. Each problem raises ``CurationError`` naming the curation file,
the entry and the quote. Curated facts are attributed to the curation file's own agent
(``id/curation/{stem}``), never to the loader, and their evidence says ``ng:method
vocab:method/curated``.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef

from ...namespaces import ID, NG, PROV, RDFS
from ..base import ExtractionError
from ..rdf.facts import Agent
from ..text.dates import When
from ..text.source import SourceText, Span

MAX_QUOTE = 320
"""Longest quote accepted: evidence is a short verbatim quote, not a copy of the report."""
RESERVED = frozenset({"kind", "id", "quote", "occurrence", "also", "note"})
"""Keys every entry may carry besides its kind's fields."""
_SLUG = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*$")


class CurationError(ExtractionError):
    """A curation file is malformed or does not fit its source text."""


class FieldType(Enum):
    TEXT = "text"
    """A non-empty string."""
    TEXTS = "texts"
    """A list of non-empty strings."""
    SLUG = "slug"
    """A key or concept slug: lower-case words joined by ``-`` (or ``/`` for a scheme)."""
    SLUGS = "slugs"
    """A list of slugs."""
    DATE = "date"
    """A day, month or year: TOML date or ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``; a ``When``."""
    INTEGER = "integer"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class Field:
    """One typed value an entry of some kind may (or must) carry."""

    type: FieldType
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class Kind:
    """A kind of curated fact a loader accepts, and the fields it takes."""

    name: str
    fields: Mapping[str, Field]
    help: str = ""


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
    header = data.get("curation")
    if not isinstance(header, dict):
        raise CurationError(f"{path.name}: missing [curation] table (source, sha256, curator)")
    _check_keys(header, {"source", "sha256", "curator", "note"}, f"{path.name} [curation]")
    for name in ("source", "sha256", "curator"):
        if not isinstance(header.get(name), str) or not header[name].strip():
            raise CurationError(f"{path.name} [curation]: '{name}' must be a non-empty string")
    if header["source"] != source.file_name:
        raise CurationError(
            f"{path.name}: written for {header['source']!r}, not for {source.file_name!r}"
        )
    if header["sha256"] != source.sha256:
        raise CurationError(
            f"{path.name}: written for another version of {source.file_name} "
            f"(sha256 {header['sha256'][:12]}…, the text has {source.sha256[:12]}…); "
            "re-check every quote and update the hash"
        )
    curation = Curation(path, source, header["curator"].strip(), hashlib.sha256(raw).hexdigest())
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


def _check_keys(table: Mapping[str, Any], allowed: set[str] | frozenset[str], where: str) -> None:
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise CurationError(f"{where}: unknown keys {unknown}; allowed: {sorted(allowed)}")


def _entry(
    file: str, number: int, item: Any, source: SourceText, kinds: Mapping[str, Kind]
) -> Entry:
    where = f"{file}, entry {number}"
    if not isinstance(item, dict):
        raise CurationError(f"{where}: an entry must be a table")
    kind_name = item.get("kind")
    if not isinstance(kind_name, str) or kind_name not in kinds:
        raise CurationError(f"{where}: unknown kind {kind_name!r}; known: {sorted(kinds)}")
    kind = kinds[kind_name]
    key = item.get("id")
    if key is not None and (not isinstance(key, str) or not _SLUG.match(key)):
        raise CurationError(f"{where}: 'id' must be a slug (lower-case words and -), not {key!r}")
    where = f"{file}, entry {number} ({kind_name}{' ' + repr(key) if key else ''})"
    _check_keys(item, RESERVED | set(kind.fields), where)
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        raise CurationError(f"{where}: 'quote' must be a non-empty string")
    occurrence = item.get("occurrence")
    if occurrence is not None and (not isinstance(occurrence, int) or occurrence < 1):
        raise CurationError(f"{where}: 'occurrence' must be a positive integer")
    main = locate(source, quote, occurrence, where)
    also_raw = item.get("also", [])
    if not isinstance(also_raw, list) or not all(isinstance(q, str) for q in also_raw):
        raise CurationError(f"{where}: 'also' must be a list of quotes")
    also = tuple(locate(source, extra, None, where) for extra in also_raw)
    values: dict[str, Any] = {}
    for name, spec in kind.fields.items():
        if name not in item:
            if spec.required:
                raise CurationError(f"{where}: missing field {name!r} ({spec.type.value})")
            continue
        values[name] = _typed(item[name], spec.type, f"{where}, field {name!r}")
    return Entry(file, number, kind_name, key, main, also, values)


def _typed(value: Any, kind: FieldType, where: str) -> Any:
    if kind is FieldType.TEXT:
        if not isinstance(value, str) or not value.strip():
            raise CurationError(f"{where}: expected a non-empty string, got {value!r}")
        return value.strip()
    if kind is FieldType.TEXTS:
        if not isinstance(value, list):
            raise CurationError(f"{where}: expected a list of strings, got {value!r}")
        return [_typed(v, FieldType.TEXT, where) for v in value]
    if kind is FieldType.SLUG:
        if not isinstance(value, str) or not _SLUG.match(value):
            raise CurationError(f"{where}: expected a slug (e.g. 'iccpr'), got {value!r}")
        return value
    if kind is FieldType.SLUGS:
        if not isinstance(value, list) or not value:
            raise CurationError(f"{where}: expected a non-empty list of slugs, got {value!r}")
        return [_typed(v, FieldType.SLUG, where) for v in value]
    if kind is FieldType.DATE:
        try:
            if isinstance(value, datetime.datetime):
                raise ValueError("a date has no time of day")
            if isinstance(value, datetime.date):
                return When.from_date(value)
            if isinstance(value, str):
                return When.from_iso(value)
        except ValueError as error:
            raise CurationError(f"{where}: bad date {value!r}: {error}") from error
        raise CurationError(f"{where}: expected a date, month or year, got {value!r}")
    if kind is FieldType.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise CurationError(f"{where}: expected an integer, got {value!r}")
        return value
    if not isinstance(value, bool):
        raise CurationError(f"{where}: expected true or false, got {value!r}")
    return value


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
