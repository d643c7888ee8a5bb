"""States as reports name them: every ISO 3166 country (from pycountry), the OSCE
participating States with the names and adjectives reports give them (from
``ontology/participating-states.toml``), and the state a report is about.

A report writes a state many ways (its official name, its short name with or without
"the", an adjective); ``state_named`` turns any of them into one ``State`` (ISO code,
label), and ``find_state`` reads which state a report is about: the first participating
State its title block names, else the one its text names most often. Nothing here knows
a state by heart: the names are data (tests/loaders/test_states.py shows them at work).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pycountry

from normgraph.ontology import PARTICIPATING_STATES_FILE, read_text


@dataclass(frozen=True)
class State:
    """One state: ISO 3166-1 alpha-2 code, the label the graph gives it, every name a
    report may write, the adjectives for what belongs to it, its capital's names."""

    code: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    participating: bool = False
    """An OSCE participating State."""

    @property
    def key(self) -> str:
        """The lower-case code the graph's IRIs use (``id/state/kz``)."""
        return self.code.lower()


@dataclass(frozen=True)
class Found:
    """Where a text names a state."""

    state: State
    start: int
    end: int


def _bare(name: str) -> str:
    """A name without a leading "the", folded for comparison."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold()


def _iso_names(country: object) -> list[str]:
    """The names ISO gives a country, without inverted forms ("X, Republic of")."""
    names = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
    written = [n for n in names if isinstance(n, str)]
    return [n for n in written if ", " not in n] or written[:1]


@cache
def all_states() -> tuple[State, ...]:
    """Every ISO 3166 country, participating States with their names as reports write them."""
    listed = tomllib.loads(read_text(PARTICIPATING_STATES_FILE))["state"]
    extra = {entry["code"]: entry for entry in listed}
    states: list[State] = []
    for country in pycountry.countries:
        code = country.alpha_2
        entry = extra.get(code)
        iso = _iso_names(country)
        if entry is None:
            states.append(State(code, iso[0], tuple(dict.fromkeys(iso))))
            continue
        names = [entry["name"], *entry.get("names", []), *iso]
        first: dict[str, str] = {}
        for name in names:
            first.setdefault(_bare(name), name)
        ordered = tuple(first.values())
        adjectives = tuple(entry.get("adjectives", []))
        capitals = tuple(entry.get("capitals", []))
        states.append(State(code, entry["name"], ordered, adjectives, capitals, True))
    missing = set(extra) - {state.code for state in states}
    if missing:
        raise ValueError(
            f"ontology/{PARTICIPATING_STATES_FILE}: not ISO 3166 codes: {sorted(missing)}"
        )
    return tuple(states)


def participating_states() -> tuple[State, ...]:
    """The OSCE participating States, in the order of the data file's codes."""
    return tuple(state for state in all_states() if state.participating)


@cache
def _by_name() -> dict[str, State]:
    """Folded name or adjective -> state; participating States win a shared name."""
    table: dict[str, State] = {}
    for state in sorted(all_states(), key=lambda s: not s.participating):
        for name in (*state.names, *state.adjectives):
            table.setdefault(_bare(name), state)
    return table


def state_named(name: str) -> State | None:
    """The state a name or adjective denotes (any form the data lists, any case), or None."""
    return _by_name().get(_bare(name))


def state_by_code(code: str) -> State:
    """The state with ISO 3166-1 alpha-2 code ``code`` (any case); KeyError otherwise."""
    for state in all_states():
        if state.code == code.upper():
            return state
    raise KeyError(f"no ISO 3166 country with code {code!r}")


def _alternative(name: str) -> str:
    """One name in a pattern: acronyms only in capitals, other names in any case."""
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    return f"(?-i:{escaped})" if name.upper() == name else escaped


@cache
def state_alternation(adjectives: bool = False, every: bool = False) -> str:
    """A regular-expression alternation of the names of participating States (of every
    state if ``every``), and their adjectives if ``adjectives``, longest first."""
    words: set[str] = set()
    for state in all_states() if every else participating_states():
        words.update(state.names)
        if adjectives:
            words.update(state.adjectives)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(_alternative(word) for word in ordered)


@cache
def state_pattern(adjectives: bool = False, every: bool = False) -> re.Pattern[str]:
    """A pattern for state names (see ``state_alternation``), any case but for acronyms,
    after an optional "the"; group ``name`` is the name."""
    body = state_alternation(adjectives, every)
    return re.compile(rf"(?<![\w.])(?:the\s+)?(?P<name>{body})(?![\w])", re.IGNORECASE)


def find_states(text: str, adjectives: bool = False) -> list[Found]:
    """Every place ``text`` names a participating State (or, with ``adjectives``, uses one
    of their adjectives), in order."""
    found = []
    for match in state_pattern(adjectives).finditer(text):
        state = state_named(match.group("name"))
        if state is not None:
            found.append(Found(state, match.start("name"), match.end("name")))
    return found


_DOMINANT = 3
"""How many times more often the body must name a state than any its title block names for
that state to be the report's instead: a title block that names a state only in passing (an
author's affiliation, a donor, a journal) does not outweigh the state the text is about."""
_DOMINANT_AT_LEAST = 5
_BODY_SAMPLE = 12_000
"""How much of the body after a title block is counted: the state a report is about
dominates its opening pages as much as the whole (and a long report costs no more)."""


def find_state(text: str, head_end: int = 0) -> Found | None:
    """The state a report is about: the participating State named in its title block
    (``text[:head_end]``); when the block names several (the state and a donor, an
    affiliation, a neighbour), the one the body names most often (the first named breaks a
    tie), unless the body names another state far more often than any of them (``_DOMINANT``
    times). A report whose title block names none is about the state its text names most
    often; None if it names none. Adjectives count only in the title block (an adjective
    before "Parliamentary Elections"): in the body an adjective is as often a language."""
    head = find_states(text[:head_end], adjectives=True)
    body = find_states(text[head_end : head_end + _BODY_SAMPLE]) if head else find_states(text)
    counts = Counter(found.state.code for found in body)
    top = max(counts.values(), default=0)
    dominant = next((found for found in body if counts[found.state.code] == top), None)
    if not head:
        return dominant
    best = max(head, key=lambda found: counts[found.state.code])  # max keeps the first
    named = {found.state.code for found in head}
    if (
        dominant is not None
        and dominant.state.code not in named
        and top >= max(_DOMINANT * counts[best.state.code], _DOMINANT_AT_LEAST)
    ):
        return Found(dominant.state, head_end + dominant.start, head_end + dominant.end)
    return best


__all__ = [
    "Found",
    "State",
    "all_states",
    "find_state",
    "find_states",
    "participating_states",
    "state_alternation",
    "state_by_code",
    "state_named",
    "state_pattern",
]
