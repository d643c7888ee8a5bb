"""Readable, stable IRIs minted from content, so a rebuild yields the same IRIs.

>>> slug("OSCE/ODIHR Election Observation Mission")
'osce-odihr-election-observation-mission'
>>> str(mint("election", "kz", "presidential", "2011-04-03"))
'https://w3id.org/normgraph/id/election/kz/presidential/2011-04-03'
>>> minted(mint("election", "kz", "presidential", "2011-04-03"))
('election', 'kz', 'presidential', '2011-04-03')
>>> minted("https://example.org/x")
()
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

from normgraph.namespaces import ID

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens; accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _NON_WORD.sub("-", folded.lower()).strip("-")
    if not words:
        raise ValueError(f"nothing to make an identifier from in {text!r}")
    return words[:max_length].rstrip("-")


def mint(kind: str, *parts: str) -> URIRef:
    """An IRI under the resource base: ``id/{kind}/{part}/...``, each part slugged."""
    return ID["/".join([kind, *(slug(part) for part in parts)])]


def minted(iri: str) -> tuple[str, ...]:
    """The kind and slugged parts ``mint`` made ``iri`` from, or nothing for an IRI not
    under the resource base: the one place a key is read back from a minted IRI, so
    callers need not split IRIs themselves."""
    if not iri.startswith(str(ID)):
        return ()
    return tuple(iri[len(ID) :].split("/"))


def minted_parts(iri: str, kind: str) -> tuple[str, ...]:
    """The parts ``mint(kind, ...)`` made ``iri`` from; a ValueError for any other IRI."""
    found = minted(iri)
    if found[:1] != (kind,):
        raise ValueError(f"{iri} is not an IRI minted under id/{kind}/")
    return found[1:]
