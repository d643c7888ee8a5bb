"""The genres and the cues that identify them: how each kind of report calls itself.

The cues are data, ``ontology/genre-cues.toml`` (its header says how a cue is written),
read once here. Every cue is a general reading of a title block or a structure (what a
mission, a delegation, a grantee or a journal writes at the top of its document), never
one report's sentence, and names no organisation: who issued a report is data the head
readers take from its text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import Enum

from rdflib import URIRef

from normgraph.namespaces import VOCAB
from normgraph.ontology import read_text

from .words import any_word


class Genre(Enum):
    """The report genres normgraph reads, named by their slug in the genre scheme."""

    FINAL_REPORT = "final-report"
    PRELIMINARY_STATEMENT = "preliminary-statement"
    PROGRAMME_REPORT = "programme-report"
    JOURNAL_ARTICLE = "journal-article"
    THESIS = "thesis"

    @property
    def concept(self) -> URIRef:
        return VOCAB["genre/" + self.value]


class Scope(Enum):
    """Where a cue counts: a title-block cue only in the title block (elsewhere the words
    are a citation of another report), a structural cue fully in the head and half beyond."""

    TITLE = "title"
    HEAD = "head"


@dataclass(frozen=True)
class Cue:
    """A pattern typical of a genre, worth ``weight`` where its scope says it counts."""

    pattern: re.Pattern[str]
    weight: float
    scope: Scope = Scope.HEAD


GENRE_CUES_FILE = "genre-cues.toml"
_FRAGMENT = re.compile(r"\{([A-Z_]+)\}")
"""A fragment's place in a pattern: ``{NAME}``; a quantifier (``{0,3}``) has no letters."""


def _joined(value: object, where: str) -> str:
    """A pattern written as one string or as a list of strings to join."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(part, str) for part in value):
        return "".join(value)
    raise ValueError(f"{GENRE_CUES_FILE}: {where} needs a string or a list of strings")


def _filled(pattern: str, fragments: dict[str, str], where: str) -> str:
    """``pattern`` with each ``{NAME}`` replaced by its fragment; an unknown name is an error."""

    def fragment(match: re.Match[str]) -> str:
        if match[1] not in fragments:
            raise ValueError(f"{GENRE_CUES_FILE}: {where} uses an unknown fragment {match[0]}")
        return fragments[match[1]]

    return _FRAGMENT.sub(fragment, pattern)


def _cue(entry: dict[str, object], fragments: dict[str, str], where: str) -> Cue:
    pattern = _filled(_joined(entry.get("pattern"), where), fragments, where)
    weight, scope = entry.get("weight"), entry.get("scope")
    if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
        raise ValueError(f"{GENRE_CUES_FILE}: {where} needs a positive weight")
    if scope not in {s.value for s in Scope}:
        raise ValueError(f"{GENRE_CUES_FILE}: {where} needs a scope, 'title' or 'head'")
    try:
        compiled = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    except re.error as error:
        raise ValueError(f"{GENRE_CUES_FILE}: {where}: {error}") from error
    return Cue(compiled, float(weight), Scope(scope))


def read_cues(text: str) -> dict[Genre, tuple[Cue, ...]]:
    """Each genre's cues from the text of ``ontology/genre-cues.toml``, in file order.
    A genre without cues could never be told, so it is an error, as is a malformed cue
    (named by its genre and number) or a table for no genre."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{GENRE_CUES_FILE}: not valid TOML ({error})") from error
    fragments: dict[str, str] = {}
    for name, value in table.get("fragments", {}).items():
        where = f"fragment {name}"
        fragments[name] = _filled(_joined(value, where), fragments, where)
    listed = table.get("cues", {})
    unknown = sorted(set(listed) - {genre.value for genre in Genre})
    missing = [genre.value for genre in Genre if not listed.get(genre.value)]
    if unknown or missing:
        raise ValueError(
            f"{GENRE_CUES_FILE}: cues for no genre: {unknown or 'none'}; "
            f"genres without cues: {missing or 'none'}"
        )
    return {
        genre: tuple(
            _cue(entry, fragments, f"{genre.value} cue {n}")
            for n, entry in enumerate(listed[genre.value], start=1)
        )
        for genre in Genre
    }


CUES = read_cues(read_text(GENRE_CUES_FILE))
"""Each genre's cues, weighed by how surely they tell the genre (see ``genres.py``)."""

ELECTION_SUBJECT = any_word(
    "elections?, electoral, referend(?:um|a), plebiscite, polling, ballots?, voting, voters"
)
"""A text concerns an election or a referendum."""
OBSERVER_BODY = any_word(
    "observ(?:ers?|ation|ing|ed), monitor(?:s|ing|ed)?, assessment, delegation, mission, watchdog"
)
"""A text speaks of a body observing or assessing: an observer, a mission, a delegation."""
