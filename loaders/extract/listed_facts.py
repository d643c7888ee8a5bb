"""What the programme and study readers of a recommendations list do to each fact they
make: its key in the IRI, and its addressees, each actor once, from the words that name
them (a heading, a label, the text's "X should"). Written once here so that the two
genres key and address their items alike.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Fact
from ..text.document import Element
from .actors import Actors, find_institutions
from .addressees import addressees


def item_key(number: str | None, ordinal: int, found: list[Fact]) -> str:
    """A recommendation's key in its IRI: its number, unless an earlier fact of the list
    (``found``) has it too (numbering that restarts: then the number and its place,
    ``ordinal``), or "unnumbered-N".

    >>> item_key(None, 3, []), item_key("2", 3, [])
    ('unnumbered-3', '2')
    """
    if not number:
        return f"unnumbered-{ordinal}"
    used = any((NG.number, Literal(number)) in fact.values for fact in found)
    return f"{number}-{ordinal}" if used else number


def add_addressee(fact: Fact, addressee: URIRef) -> None:
    """``addressee`` as an addressee of ``fact``, unless it is one already."""
    if (NG.addressee, addressee) not in fact.values:
        fact.add(NG.addressee, addressee)


def address_named(fact: Fact, actors: Actors, element: Element, words: str, offset: int) -> None:
    """The institutions ``words`` names (the part of ``element``'s text at ``offset``: an
    addressee heading, a label's "to the government"), as addressees."""
    for start, end, institution, name in find_institutions(words):
        spans = element.spans(offset + start, offset + end)
        add_addressee(fact, actors.get(name, institution.kind, spans, institution.level))


def address_asked(fact: Fact, actors: Actors, element: Element) -> None:
    """The actors ``element``'s text asks to act (:func:`.addressees.addressees`), as
    addressees."""
    for start, end, name, kind, level in addressees(element.text):
        add_addressee(fact, actors.get(name, kind, element.spans(start, end), level))


__all__ = ["add_addressee", "address_asked", "address_named", "item_key"]
