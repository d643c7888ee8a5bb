"""Looking facts up in a loader's extraction: the helpers every loader test shares."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.term import Node

from normgraph.loaders.extract.elections import election_key
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.namespaces import NG


def facts(extraction: Extraction, *kinds: URIRef) -> list[Fact]:
    """The extraction's facts of the given kinds (classes), in extraction order."""
    return [fact for fact in extraction.facts if fact.kind in kinds]


def labels(extraction: Extraction, kind: URIRef) -> set[str | None]:
    """The labels of the extraction's facts of one kind."""
    return {fact.label for fact in facts(extraction, kind)}


def values(fact: Fact, predicate: URIRef) -> list[Node]:
    """Every value the fact gives for ``predicate``, in the order added."""
    return [v for p, v in fact.values if p == predicate]


def texts(fact: Fact, predicate: URIRef) -> list[str]:
    """Every value the fact gives for ``predicate``, as strings."""
    return [str(v) for v in values(fact, predicate)]


def python_values(fact: Fact, predicate: URIRef) -> list[object]:
    """Every value the fact gives for ``predicate``, literals as Python values."""
    return [v.toPython() if isinstance(v, Literal) else v for v in values(fact, predicate)]


def only_value(fact: Fact, predicate: URIRef) -> object:
    """The fact's one value for ``predicate`` (a literal as a Python value); it must have
    exactly one."""
    found = python_values(fact, predicate)
    assert len(found) == 1, (fact.iri, predicate, found)
    return found[0]


def value(fact: Fact, predicate: URIRef) -> Node | None:
    """The fact's first value for ``predicate``, or None."""
    return next((v for p, v in fact.values if p == predicate), None)


def first_text(fact: Fact, predicate: URIRef) -> str | None:
    """The fact's first value for ``predicate`` as a string, or None."""
    found = value(fact, predicate)
    return None if found is None else str(found)


def one_line(fact: Fact, predicate: URIRef = NG.text) -> str:
    """The fact's first value for ``predicate`` with its line breaks and runs of spaces
    made single spaces: a listed item's text as a reader quotes it."""
    return " ".join(str(first_text(fact, predicate)).split())


def finding_polarities(extraction: Extraction) -> dict[str, str]:
    """Each finding's text (its first 40 characters) and its polarity's local name."""
    return {
        str(value(fact, NG.text))[:40]: str(value(fact, NG.polarity)).rsplit("/", 1)[-1]
        for fact in facts(extraction, NG.Finding)
    }


def election_paths(extraction: Extraction) -> list[str]:
    """The extraction's elections as sorted IRI paths below ``id/election/``
    (``kz/presidential/2005-12-04``)."""
    return sorted(election_key(f.iri).path for f in facts(extraction, NG.Election))
