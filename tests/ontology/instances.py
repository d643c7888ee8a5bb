"""Valid instances of every class the shapes check, built the way loaders build them.

The instances are data (``instances.toml``: one table per node, every property the shapes
know about set, so a test can delete or spoil any one of them). ``Instances`` builds them on
demand into one document graph (:mod:`.instance_graph`), each once, following references
between them. ``BUILDERS`` maps each node shape's local name to the instance it is tested
on.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef

from normgraph.namespaces import RDF, RDFS, XSD

from .instance_graph import InstanceGraph

SPECS: dict[str, Any] = tomllib.loads(Path(__file__).with_name("instances.toml").read_text())
GROUPS: dict[str, dict[str, Any]] = SPECS.pop("with")
NODE_KEYS = {"class", "iri", "label", "evidence", "with", "shapes"}


class Instances(InstanceGraph):
    """The nodes of ``instances.toml``, each built once in this graph when first asked for."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, URIRef] = {}

    def iri(self, name: str) -> URIRef:
        """A prefixed name (``ng:Election``, ``id:actor/testland``) as a full IRI."""
        return URIRef(self.graph.namespace_manager.expand_curie(name))

    def node(self, name: str) -> URIRef:
        """The node ``name`` of ``instances.toml`` (or the graph's own ``loader`` or
        ``source_iri``), built with everything it refers to."""
        if name in ("loader", "source_iri"):
            node: URIRef = getattr(self, name)
            return node
        if name not in self._made:
            self._made[name] = self._build(SPECS[name])
        return self._made[name]

    def _build(self, spec: dict[str, Any]) -> URIRef:
        iri = self.iri(spec["iri"])
        classes = spec["class"] if isinstance(spec["class"], list) else [spec["class"]]
        self.add(iri, RDF.type, *(self.iri(c) for c in classes))
        if "label" in spec:
            self.add(iri, RDFS.label, self.value(spec["label"]))
        properties = [GROUPS[group] for group in spec.get("with", [])]
        properties.append({k: v for k, v in spec.items() if k not in NODE_KEYS})
        for table in properties:
            for predicate, values in table.items():
                values = values if isinstance(values, list) else [values]
                self.add(iri, self.iri(predicate), *(self.value(v) for v in values))
        if spec.get("evidence", True):
            self.evidence(iri)
        return iri

    def value(self, value: Any) -> URIRef | Literal:
        """A value of ``instances.toml`` as RDF (the forms are listed at the file's top)."""
        if isinstance(value, str) and value.startswith("@"):
            return self.node(value[1:])
        if isinstance(value, str) and value.startswith("<") and value.endswith(">"):
            return self.iri(value[1:-1])
        if isinstance(value, dict):
            if "decimal" in value:
                return Literal(Decimal(value["decimal"]))
            if "year" in value:
                return Literal(value["year"], datatype=XSD.gYear)
            return Literal(value["text"], lang=value["lang"])
        if isinstance(value, bool | str | date):
            return Literal(value)
        if isinstance(value, int):
            return Literal(value, datatype=XSD.integer)
        raise ValueError(f"instances.toml: no RDF form for {value!r}")

    # -- evidence: the annotation a loader writes, and its parts ------------------------

    def annotation(self) -> URIRef:
        return self.evidence(self.node("election"))

    def quote_selector(self) -> URIRef:
        return URIRef(f"{self.annotation()}#quote")

    def with_provision(self, name: str) -> URIRef:
        """A norm or instrument of our own, with a provision stating the norm."""
        self.node("provision")
        return self.node(name)


def _node(name: str) -> Callable[[Instances], URIRef]:
    return lambda made: made.node(name)


def _annotation_part(part: str) -> Callable[[Instances], URIRef]:
    return lambda made: URIRef(f"{made.annotation()}#{part}")


BUILDERS: dict[str, Callable[[Instances], URIRef]] = {
    shape: _node(name) for name, spec in SPECS.items() for shape in spec.get("shapes", [])
} | {
    "AnnotationShape": Instances.annotation,
    "SpecificResourceShape": _annotation_part("target"),
    "TextQuoteSelectorShape": Instances.quote_selector,
    "TextPositionSelectorShape": _annotation_part("position"),
    "SourceTextShape": _node("source_iri"),
    "LoaderShape": _node("loader"),
    "NormShape": lambda made: made.with_provision("norm"),
    "InstrumentShape": lambda made: made.with_provision("instrument"),
}
"""Node shape local name -> the instance (in a fresh ``Instances``) it is tested on."""


def build(shape_name: str) -> tuple[Instances, URIRef]:
    """A fresh document graph holding a complete, valid focus node for ``shape_name``."""
    made = Instances()
    return made, BUILDERS[shape_name](made)
