"""Polling stations an observer statement cites by number ("At polling station #186 of
<city>", "##54, 534 <region>, ##108, 361 ... <city>"), each with its locality when the
text gives one: a place name after a run of numbers applies to the run. The place names
are the state's, from its reference data (``ontology/states/{code}.ttl``).
"""

from __future__ import annotations

import re
from functools import cache

from rdflib import URIRef

from normgraph.namespaces import NG, SCHEMA

from ..extract.state_data import names_alternation, state_data
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Element


@cache
def _station_run(country: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A run of station numbers with the localities of ``country`` between them, and the
    pattern of one number or locality; None when the data name no place of the state."""
    place = names_alternation(state_data(country).places)
    if not place:
        return None
    run = re.compile(
        rf"(?:polling stations?\s*|#+\s*|№+\s*)(?P<run>(?:(?:#+|№+)?\s*\d+\s*(?:-\s*)?[,;]?\s*"
        rf"|(?:in |of |\u2013 |\()?(?:{place})\)?(?: City)?\s*(?:\([^)]*\))?\s*[,.;]?\s*)+)"
    )
    return run, re.compile(rf"(?P<num>\d+)|(?P<place>{place})")


def polling_stations(
    extraction: Extraction, element: Element, main: tuple[str, str, int] | None
) -> list[URIRef]:
    """Polling stations an election-day passage cites by number, each with its locality
    when the text gives one (a place name after a run of numbers applies to the run)."""
    if main is None:
        return []
    patterns = _station_run(main[0])
    if patterns is None:
        return []
    station_run, token_pattern = patterns
    found: list[URIRef] = []
    text = element.text
    for run in station_run.finditer(text):
        pending: list[tuple[str, int, int]] = []
        for token in token_pattern.finditer(run.group("run")):
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
    parts = [country, str(year), place or "unknown-locality", num]
    fact = Fact(
        iri=mint("polling-station", *parts),
        kind=SCHEMA.Place,
        label=f"Polling station {num}" + (f" ({place})" if place else ""),
        evidence=element.spans(start, end),
    )
    fact.add(NG.number, num)
    return extraction.merge(fact).iri


__all__ = ["polling_stations"]
