"""How GraphQL maps onto the ontology: one declarative table, type -> class, field -> property.

The table is data, ``graphql_mapping.toml`` beside this module (its header says how a field
is written), so each GraphQL type and field is stated once. The strawberry types
(:mod:`.graphql_types`), the schema's descriptions (:mod:`.graphql_terms`), the SPARQL the
resolvers run and the test that every GraphQL type and field has an ontology counterpart
all read it, so the API cannot drift from the ontology silently. A field maps to

- a property read forwards (``ng:country``: the election's ``ng:country``);
- a property read backwards, restricted to subjects of the field's type's class
  (``^ng:election : [ElectionRound!]!``: the rounds whose ``ng:election`` is this election);
- or, for derived fields, the property whose values they summarise (``electionCount``
  counts ``ng:election`` values).

>>> str(TYPES["Election"].fields["rounds"].inverse)
'https://w3id.org/normgraph/ontology#ElectionRound'
>>> TYPES["Election"].fields["rounds"].target, TYPES["Election"].fields["rounds"].is_list
('ElectionRound', True)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rdflib import URIRef

from normgraph.queries.catalogue import expand_iri

MAPPING_FILE = "graphql_mapping.toml"

_FIELD = re.compile(r"^(?P<inverse>\^)?(?P<path>[^\s:]+:\S+)(?:\s+:\s+(?P<returns>\S+))?$")
_RETURNS = re.compile(r"^(?:\[(?P<item>\w+)!\]!|(?P<one>\w+)(?P<required>!)?)$")
SCALARS = ("String", "Int", "Float", "Boolean", "ID")
"""The GraphQL scalars a field may have; any other type name is a type of this table."""


@dataclass(frozen=True)
class Field:
    """One GraphQL field: the property it reads, forwards or (``inverse``) backwards."""

    iri: URIRef
    returns: str = "String"
    """Its GraphQL type as SDL writes it: ``String``, ``Int!``, ``Concept``, ``[Actor!]!``."""
    inverse: URIRef | None = None
    """For a backwards read: the class whose instances point here with ``iri``."""
    note: str = ""
    """Said after the definition: how a derived field uses its property."""
    order: URIRef | None = None
    """For a list shown in order: the property its items are sorted by."""
    via: URIRef | None = None
    """For such a list: the property its items point here with (default ``iri``)."""

    @property
    def target(self) -> str:
        """The named type the field returns, without list or non-null marks."""
        return self.returns.strip("[]!")

    @property
    def is_list(self) -> bool:
        return self.returns.startswith("[")

    @property
    def required(self) -> bool:
        return self.returns.endswith("!")


@dataclass(frozen=True)
class TypeMap:
    """One GraphQL type: the class it shows and its fields (an interface's included)."""

    iri: URIRef
    fields: dict[str, Field]
    interface: bool = False
    implements: str | None = None
    """The interface the type implements; its fields come first."""


def _iri(text: str, where: str) -> URIRef:
    try:
        return URIRef(expand_iri(text))
    except ValueError as error:
        raise ValueError(f"{MAPPING_FILE}: {where}: {error}") from None


def _field(spec: str | dict[str, str], classes: dict[str, URIRef], where: str) -> Field:
    """One field from its table entry (a path string, or a table with ``path``)."""
    entry = {"path": spec} if isinstance(spec, str) else spec
    found = _FIELD.match(entry.get("path", ""))
    returns = (found and found["returns"]) or "String"
    if found is None or not _RETURNS.match(returns):
        raise ValueError(f"{MAPPING_FILE}: {where}: cannot read {entry.get('path')!r}")
    target = returns.strip("[]!")
    if target not in SCALARS and target not in classes:
        raise ValueError(f"{MAPPING_FILE}: {where}: unknown type {target!r}")
    unknown = set(entry) - {"path", "note", "order", "via"}
    if unknown:
        raise ValueError(f"{MAPPING_FILE}: {where}: unknown keys {sorted(unknown)}")
    return Field(
        _iri(found["path"], where),
        returns,
        inverse=classes[target] if found["inverse"] else None,
        note=entry.get("note", ""),
        order=_iri(entry["order"], where) if "order" in entry else None,
        via=_iri(entry["via"], where) if "via" in entry else None,
    )


def read_mapping(text: str) -> dict[str, TypeMap]:
    """The table from its TOML text; a bad entry is a ValueError naming type and field."""
    table: dict[str, dict[str, Any]] = tomllib.loads(text)
    classes = {name: _iri(entry["class"], name) for name, entry in table.items()}
    types: dict[str, TypeMap] = {}
    for name, entry in table.items():
        implements = entry.get("implements")
        if implements is not None and not (implements in types and types[implements].interface):
            raise ValueError(f"{MAPPING_FILE}: {name}: {implements!r} is not an interface above")
        inherited = types[implements].fields if implements else {}
        own = {
            field: _field(spec, classes, f"{name}.{field}")
            for field, spec in entry.get("fields", {}).items()
        }
        interface = bool(entry.get("interface", False))
        types[name] = TypeMap(classes[name], inherited | own, interface, implements)
    return types


TYPES: dict[str, TypeMap] = read_mapping(
    resources.files(__package__).joinpath(MAPPING_FILE).read_text(encoding="utf-8")
)
"""Every domain type of the API; keys are GraphQL type names, field keys Python names."""


def implementers(interface: str) -> dict[str, URIRef]:
    """The types implementing ``interface`` -> their classes, most specific first."""
    return {name: t.iri for name, t in TYPES.items() if t.implements == interface}


def actor_kinds() -> dict[str, URIRef]:
    """GraphQL actor type name -> class, most specific first."""
    return implementers("Actor")


__all__ = ["TYPES", "Field", "TypeMap", "actor_kinds", "implementers", "read_mapping"]
