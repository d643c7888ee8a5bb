"""A programme report's summary block: the "Key: value" lines donors ask for on a title page
or under a ruled "PROJECT SUMMARY" ("Project title:", "Grantee:" or "Implementing partner:",
"Donor:", "Grant number:", "Period of performance:", "Budget:", "Country:"), or as a ruled
two-column table ("| Grant agreement | NDF-..."). Reports that never state their programme
in a sentence state it here; each field keeps where its value is written, for evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from normgraph.namespaces import NG, SCHEMA

from ..extract.elections import date_value
from ..extract.organisations import Organisations
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.source import SourceText, Span

SUMMARY_HEAD = 6000
"""Characters from the start of a report in which its summary block is looked for."""

_FIELDS: tuple[tuple[str, str], ...] = (
    (
        "title",
        r"(?:project|programm?e?|activity|action)\s+(?:title|name)|title\s+of\s+(?:the\s+)?"
        r"(?:project|programm?e?|action)|programm?e?|project",
    ),
    (
        "implementer",
        r"(?:name\s+of\s+(?:the\s+)?)?(?:grantee|(?:sub-?)?grantee|beneficiary"
        r"(?:\s+of\s+(?:the\s+)?grant\s+(?:contract|agreement))?|(?:grant\s+)?recipient"
        r"|(?:implementing|executing|lead)\s+(?:partner|organi[sz]ation|agency|body)"
        r"|implementer|submitted\s+by|implemented\s+by|executed\s+by)",
    ),
    (
        "donor",
        r"donors?|funders?|funding\s+(?:agency|organi[sz]ation|source)|funded\s+by|"
        r"financed\s+by|contracting\s+authority|submitted\s+to",
    ),
    (
        "agreement",
        r"(?:grant|award|contract|agreement|project)\s+(?:number|no\.?|#|reference|ref\.?)"
        r"|(?:grant|award|contract|funding|cooperative|financing)\s+agreement"
        r"(?:\s+(?:number|no\.?|#))?",
    ),
    (
        "period",
        r"(?:period\s+of\s+performance|(?:project|programm?e?|implementation|grant|"
        r"award|reporting|action)\s+period|duration|period\s+covered|"
        r"(?:start\s+date\s+and\s+end\s+date|dates?)\s+of\s+(?:the\s+)?"
        r"(?:reporting\s+period|project|programm?e?|action))",
    ),
    ("budget", r"(?:total\s+)?(?:budget|award\s+amount|grant\s+amount|amount)"),
    ("country", r"countr(?:y|ies)|location(?:\s+of\s+(?:the\s+)?(?:action|project))?"),
    (
        "submitted",
        r"date\s+of\s+(?:submission|issue|report)|(?:submission|report)\s+date|submitted\s+on",
    ),
)
"""The fields read, each with the keys that name it (the first key that fits decides)."""
_LINE = re.compile(
    r"^[ \t|]*(?P<key>[A-Z][A-Za-z/ .#-]{1,60}?)"
    r"(?:[ \t]*:[ \t]+|[ \t]*\|[ \t]*|[ \t]*(?:\.[ \t]?){3,}[ \t]*|[ \t]*\u2026+[ \t]*)"
    r"(?P<value>\S[^\n|]*?)[ \t|]*$",
    re.M,
)
"""A field's line: "Key: value", a cover page's "Key ........ value" (a dotted leader), or a
ruled table's row "| Key | value |"."""


@dataclass(frozen=True)
class Field:
    """One field's value and where it is written."""

    value: str
    start: int
    end: int


_STACKED = re.compile(
    r"^(?P<margin>[ \t]*)(?P<key>[A-Z][A-Za-z/ .#-]{1,60}?)[ \t]*\n"
    r"(?P<indent>(?P=margin)(?:[ \t]{2,}|\t))(?P<value>\S[^\n]*(?:\n(?P=indent)\S[^\n]*)*)",
    re.M,
)
"""A cover's field as a label on a line of its own over its indented value (a "GRANTEE"
line over the grantee's name, indented further than the label, whatever the page's left
margin); a value may wrap over lines of the same indent."""
_FLAT = re.compile(
    r"^(?P<margin>[ \t]*)(?P<key>[A-Z][A-Z/ .#-]{1,60}?)[ \t]*\n"
    r"(?P=margin)(?![A-Z/ .#-]+$)(?P<value>\S[^\n]*)",
    re.M,
)
"""The same with its indentation lost (a flattened export): a label in capitals on a line of
its own over a line of its value at the same margin (its first line only: a wrap cannot be
told from the next field)."""


def read_summary(source: SourceText) -> dict[str, Field]:
    """The summary block's fields by name (only those the block gives; the first line of
    each field wins). A key may name two fields ("Grantee/Implementing partner:"); the
    first that fits is taken. A field is a "Key: value" line or a label over its indented
    value."""
    fields: dict[str, Field] = {}
    head = source.text[:SUMMARY_HEAD]
    found = (*_LINE.finditer(head), *_STACKED.finditer(head), *_FLAT.finditer(head))
    lines = sorted(found, key=lambda m: m.start())
    for line in lines:
        for name in _field_names(line["key"]):
            if name not in fields:
                value = line["value"].strip()
                value = " ".join(value.split()) if line.re is _STACKED else value
                fields[name] = Field(value, line.start("value"), line.end("value"))
                break
    return fields


def _field_names(key: str) -> list[str]:
    """The fields a key names ("Grantee/Implementing partner" names one), in table order."""
    key = " ".join(key.split()).lower()
    return [
        name for name, keys in _FIELDS if re.fullmatch(rf"(?:{keys})(?:\s*/\s*[\w /.-]+)?", key)
    ]


_NOT_A_NAME = re.compile(
    r"\breports?\b|^(?:to|for|by|submitted|prepared)\b|\d{4}\s*$|^[^A-Za-z]*$", re.I
)
"""A title-block line that is not a programme's name: the report's kind ("FINAL NARRATIVE
REPORT"), whom it is for or by, a date, a ruling."""


def programme_title(source: SourceText, title_block: list[Span]) -> Field | None:
    """The programme's name: the summary block's title field, else the first line of the
    title block that is neither the report's kind, a field, an addressee nor a date (a
    donor's title page puts the programme's name under or over "Final Narrative Report")."""
    fields = read_summary(source)
    if "title" in fields:
        return fields["title"]
    for line in title_block:
        text = " ".join(line.quote.split())
        field = _LINE.match(line.quote)
        if len(text.split()) < 3 or _NOT_A_NAME.search(text) or "|" in text:
            continue
        if field is not None and _field_names(field["key"]):
            continue
        return Field(text, line.start, line.end)
    return None


def _organisation(
    extraction: Extraction, source: SourceText, orgs: Organisations, field: Field, donor: bool
) -> URIRef | None:
    """The organisation a field names: one the report defined by its acronym, else the name
    as written (without the acronym in brackets and any place after a comma)."""
    name = re.sub(r"\s*\([^)]*\)|,.*$", "", field.value).strip()
    for short in re.findall(r"\b[A-Z]{2,}\b", field.value):
        if short in orgs.by_short:
            defined = extraction.get(orgs.by_short[short])
            if defined is not None and str(defined.label).endswith(f" {name}"):
                defined.label = name  # the field bounds the name: its label line is no part
            return orgs.by_short[short]
    if not name:
        return None
    evidence = [source.span(field.start, field.end)]
    kind = NG.Donor if donor else NG.CivilSocietyOrganisation
    return extraction.merge(
        Fact(iri=mint("organisation", name), kind=kind, label=name, evidence=evidence)
    ).iri


def add_summary_values(
    extraction: Extraction,
    source: SourceText,
    orgs: Organisations,
    programme: Fact,
    fields: dict[str, Field],
) -> None:
    """What the summary block states and the programme fact lacks: its implementer, donor,
    funding reference and period, each with the field as evidence."""
    have = {p for p, _ in programme.values}
    for name, prop in (("implementer", NG.implementer), ("donor", NG.donor)):
        field = fields.get(name)
        if field is None or prop in have:
            continue
        iri = _organisation(extraction, source, orgs, field, name == "donor")
        if iri is None:
            continue
        programme.add(prop, iri)
        programme.evidence.append(source.span(field.start, field.end))
        funder = extraction.get(iri)
        if (
            name == "donor"
            and funder is not None
            and NG.Donor
            not in (
                funder.kind,
                *funder.extra_types,
            )
        ):
            funder.extra_types.append(NG.Donor)
    agreement = fields.get("agreement")
    if agreement is not None and NG.fundingReference not in have:
        number = re.search(r"[\w/-]*\d[\w/-]*", agreement.value)
        if number:
            programme.add(NG.fundingReference, number.group())
            programme.evidence.append(source.span(agreement.start, agreement.end))
    period = fields.get("period")
    if period is not None and SCHEMA.startDate not in have:
        dates = list(DATE_PATTERN.finditer(period.value))
        for prop, when in zip((SCHEMA.startDate, SCHEMA.endDate), dates[:2], strict=False):
            day = match_to_date(when)
            programme.add(prop, date_value(day.year, day.month, day.day))


__all__ = ["SUMMARY_HEAD", "Field", "add_summary_values", "programme_title", "read_summary"]
