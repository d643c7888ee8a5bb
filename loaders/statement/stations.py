"""Polling stations an observer statement cites by number ("At polling station #186 of
Almaty City", "##54, 534 Akmolinskaya oblast, ##108, 361 ... Almaty"), each with its
locality when the text gives one: a place name after a run of numbers applies to the run.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ...namespaces import NG, SCHEMA
from ..extract.elections import COUNTRIES
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Element

_PLACE = (
    r"Almaty|Astana|Shimkent|Kostanai|Aktau|Petropavlovsk|Kokshetau|Taraz|"
    r"Akmolinskaya(?: oblast| region)?"
)
_STATION_RUN = re.compile(
    rf"(?:polling stations?\s*|#+\s*|№+\s*)(?P<run>(?:(?:#+|№+)?\s*\d+\s*(?:-\s*)?[,;]?\s*"
    rf"|(?:in |of |\u2013 |\()?(?:{_PLACE})\)?(?: City)?\s*(?:\([^)]*\))?\s*[,.;]?\s*)+)"
)


def polling_stations(
    extraction: Extraction, element: Element, main: tuple[str, str, int] | None
) -> list[URIRef]:
    """Polling stations an election-day passage cites by number, each with its locality
    when the text gives one (a place name after a run of numbers applies to the run)."""
    if main is None:
        return []
    found: list[URIRef] = []
    text = element.text
    for run in _STATION_RUN.finditer(text):
        pending: list[tuple[str, int, int]] = []
        for token in re.finditer(rf"(?P<num>\d+)|(?P<place>{_PLACE})", run.group("run")):
            start = run.start("run") + token.start()
            if token.group("num"):
                after = text[run.start("run") + token.end() :]
                if re.match(r"\s*(?:polling stations|voters|applications|\.\d)", after):
                    continue
                pending.append((token.group("num"), start, start + len(token.group())))
                continue
            place = token.group("place").split()[0]
            for num, a, b in pending:
                found.append(_station(extraction, element, main, num, place, a, b))
            pending = []
        for num, a, b in pending:
            found.append(_station(extraction, element, main, num, None, a, b))
    return list(dict.fromkeys(found))


def _station(
    extraction: Extraction,
    element: Element,
    main: tuple[str, str, int],
    num: str,
    place: str | None,
    start: int,
    end: int,
) -> URIRef:
    country, _, year = main
    parts = [COUNTRIES[country][0], str(year), place or "unknown-locality", num]
    fact = Fact(
        iri=mint("polling-station", *parts),
        kind=SCHEMA.Place,
        label=f"Polling station {num}" + (f" ({place})" if place else ""),
        evidence=element.spans(start, end),
    )
    fact.add(NG.number, num)
    return extraction.merge(fact).iri


__all__ = ["polling_stations"]
