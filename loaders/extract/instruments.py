"""The international instruments reports cite, as the vocabularies list them: names
(labels, alternative and hidden labels, titles), kind, how provisions are numbered, and
the norms each provision states. One catalogue for every reader of legal references.

A treaty numbers its provisions as articles, other instruments as paragraphs. Adding an
instrument, a name reports give it, or a provision's norm is editing
``ontology/vocabularies/*.ttl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rdflib import URIRef

from normgraph.namespaces import DCTERMS, NG, RDF, RDFS, SKOS, local_name
from normgraph.ontology import vocabularies_graph


@dataclass(frozen=True)
class Instrument:
    """One instrument: its key (``id/instrument/{key}``), label, kind slug, provision unit
    and every name it goes by."""

    key: str
    iri: URIRef
    label: str
    kind: str
    unit: str
    names: tuple[str, ...]


@cache
def instruments() -> tuple[Instrument, ...]:
    """Every instrument the vocabularies list, in key order."""
    graph = vocabularies_graph()
    found: list[Instrument] = []
    subjects = {s for k in (NG.Instrument, NG.Treaty) for s in graph.subjects(RDF.type, k)}
    for subject in sorted(s for s in subjects if isinstance(s, URIRef)):
        label = graph.value(subject, RDFS.label) or graph.value(subject, SKOS.prefLabel)
        names = [
            str(n)
            for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, DCTERMS.title)
            for n in graph.objects(subject, p)
        ]
        kind_node = graph.value(subject, NG.instrumentKind)
        kind = local_name(kind_node) if kind_node is not None else "guidance"
        unit = "article" if (subject, RDF.type, NG.Treaty) in graph else "paragraph"
        key = local_name(subject)
        found.append(
            Instrument(key, subject, str(label or key), kind, unit, tuple(dict.fromkeys(names)))
        )
    return tuple(found)


def _name_pattern(name: str) -> str:
    """A name with flexible white space; acronyms and short names only as written."""
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    return escaped if name.upper() == name or " " not in name else f"(?i:{escaped})"


@cache
def instrument_pattern() -> re.Pattern[str]:
    """Any name of any instrument, longest first; group ``name``."""
    names = sorted({n for i in instruments() for n in i.names}, key=lambda n: (-len(n), n))
    body = "|".join(_name_pattern(n) for n in names)
    return re.compile(rf"(?<![\w])(?P<name>{body})(?![\w])")


@cache
def _by_name() -> dict[str, Instrument]:
    return {" ".join(n.split()).casefold(): i for i in instruments() for n in i.names}


def instrument_named(name: str) -> Instrument:
    """The instrument one of whose names ``name`` is (as ``instrument_pattern`` found it)."""
    return _by_name()[" ".join(name.split()).casefold()]


def find_instruments(text: str) -> list[tuple[Instrument, re.Match[str]]]:
    """Every instrument ``text`` names, in order."""
    return [(instrument_named(m["name"]), m) for m in instrument_pattern().finditer(text)]


def instrument_key(text: str) -> str | None:
    """The first instrument ``text`` names, or None."""
    found = find_instruments(text)
    return found[0][0].key if found else None


def last_instrument(text: str) -> str | None:
    """The instrument whose name ends last in ``text``."""
    found = find_instruments(text)
    return max(found, key=lambda pair: pair[1].end())[0].key if found else None


def by_key(key: str) -> Instrument:
    """The instrument ``id/instrument/{key}``; KeyError if the vocabularies lack it."""
    for instrument in instruments():
        if instrument.key == key:
            return instrument
    raise KeyError(f"no instrument {key!r} in ontology/vocabularies/*.ttl")


@cache
def provision_norms(key: str, number: str) -> tuple[URIRef, ...]:
    """The norms the vocabularies say provision ``number`` of instrument ``key`` states."""
    instrument = by_key(key)
    iri = URIRef(f"{instrument.iri}/{instrument.unit}/{number}")
    graph = vocabularies_graph()
    return tuple(sorted(n for n in graph.objects(iri, NG.states) if isinstance(n, URIRef)))


__all__ = [
    "Instrument",
    "by_key",
    "find_instruments",
    "instrument_key",
    "instrument_named",
    "instrument_pattern",
    "instruments",
    "last_instrument",
    "provision_norms",
]
