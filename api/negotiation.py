"""HTTP content negotiation: the ``Accept`` header, ``q`` weights and the formats on offer.

RFC 9110 section 12.5.1: the most specific media range that matches an offer gives that
offer its weight; ``q=0`` rules an offer out; among equal weights the server's order of
preference decides. No ``Accept`` header means anything is acceptable.

>>> choose("text/csv;q=0.5, application/sparql-results+json", SOLUTION_OFFERS)
<ResultFormat.JSON: 'application/sparql-results+json'>
>>> choose("text/*;q=0.9, text/csv;q=0.1", SOLUTION_OFFERS)
<ResultFormat.TSV: 'text/tab-separated-values'>
>>> choose("image/png", SOLUTION_OFFERS) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from normgraph.graph import GRAPH_FORMATS, SOLUTION_FORMATS, ResultFormat

O = TypeVar("O")  # noqa: E741 - an offer, whatever the caller negotiates over


def offers(
    formats: Sequence[ResultFormat], aliases: dict[str, ResultFormat]
) -> list[tuple[str, ResultFormat]]:
    """Each format under its own media type, in the store's order of preference, then the
    other media types clients send for one of them."""
    return [(f.media_type, f) for f in formats] + list(aliases.items())


SOLUTION_OFFERS = offers(
    SOLUTION_FORMATS,
    {"application/json": ResultFormat.JSON}
    | dict.fromkeys(("application/xml", "text/xml"), ResultFormat.XML),
)
"""Media types a SELECT or ASK answer is offered in, preferred first (aliases last)."""

GRAPH_OFFERS = offers(
    GRAPH_FORMATS,
    {"application/x-turtle": ResultFormat.TURTLE, "text/plain": ResultFormat.NTRIPLES}
    | dict.fromkeys(("application/xml", "text/xml"), ResultFormat.RDFXML)
    | {"application/json": ResultFormat.JSONLD},
)
"""Media types a CONSTRUCT or DESCRIBE answer (or any graph) is offered in."""

HTML = "text/html"


@dataclass(frozen=True)
class MediaRange:
    """One entry of an ``Accept`` header."""

    type: str
    subtype: str
    q: float

    def matches(self, media_type: str) -> int:
        """How specifically this range matches ``media_type``: 3 exact ... 0 not at all."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*" and self.subtype == "*":
            return 1
        if self.type == kind and self.subtype == "*":
            return 2
        if self.type == kind and self.subtype == sub:
            return 3
        return 0


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an ``Accept`` header; a malformed entry is skipped."""
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for item in header.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(kind, sub, q))
    return ranges


def weight(ranges: Sequence[MediaRange], media_type: str) -> float:
    """The weight the client gives ``media_type``: the q of its most specific match."""
    best, q = 0, 0.0
    for media_range in ranges:
        specificity = media_range.matches(media_type)
        if specificity > best:
            best, q = specificity, media_range.q
    return q


def choose(header: str | None, offers: Sequence[tuple[str, O]]) -> O | None:
    """The offer the client prefers (server order breaks ties); None if none is acceptable."""
    ranges = parse_accept(header)
    best: tuple[float, int] | None = None
    chosen: O | None = None
    for position, (media_type, offer) in enumerate(offers):
        q = weight(ranges, media_type)
        if q <= 0:
            continue
        key = (q, -position)
        if best is None or key > best:
            best, chosen = key, offer
    return chosen
