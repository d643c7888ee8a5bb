"""The running number of a report's complaints and appeals. The readers of sentences and of
tables each number their cases on from the last one a reader before them took, so that
every case of a report has an IRI of its own (``complaint/<report key>/<n>``); one counter
passed along says so once, where each reader added its count to a first number."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint


@dataclass
class CaseNumbers:
    """The numbers of one report's cases: its key and the number the last case took."""

    key: str
    last: int = 0
    """The cases read so far (those of readers before, when a reader starts)."""

    def take(self) -> tuple[str, URIRef]:
        """The next case's number and IRI, now taken."""
        self.last += 1
        return str(self.last), mint("complaint", self.key, str(self.last))

    def add(self, extraction: Extraction, fact: Fact) -> Fact:
        """``fact`` with the next case's IRI, added to ``extraction``."""
        fact.iri = self.take()[1]
        return extraction.add(fact)


__all__ = ["CaseNumbers"]
