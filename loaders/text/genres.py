"""Genre detection: which kind of report a text is, judged from its content alone.

Each genre has cues (``genre_cues.py``: phrases typical of its title block and structure).
The text's head weighs most, since that is where a report says what it is. A text no genre
claims outright is still read when it plainly concerns an election and an observing body:
it gets the genre its weak cues point to (else the observer statement's, whose loader reads
any issuer), flagged as a weak guess for the build report, because a refused report loses
everything in it. Only a text with neither a cue nor that subject is refused, with an error
naming the scores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .genre_cues import CUES, ELECTION_SUBJECT, OBSERVER_BODY, Genre, Scope
from .needed_words import Folded, search

__all__ = [
    "HEAD_CHARS",
    "MIN_SCORE",
    "TITLE_CHARS",
    "Genre",
    "GenreReading",
    "UnknownGenreError",
    "cue_text",
    "detect_genre",
    "genre_scores",
    "read_genre",
]

HEAD_CHARS = 4000
"""How much of the text counts as its head (title block, abstract, opening)."""
TITLE_CHARS = 1500
"""How much of the text counts as its title block: what a report calls itself is here, and
what it only cites (another mission's final report, a preliminary statement) is later."""
MIN_SCORE = 3.0
"""Below this no genre is claimed outright."""
FALLBACK_GENRE = Genre.PRELIMINARY_STATEMENT
"""The genre of an observer's document on an election that no cue tells apart: its loader
reads any issuer's title block, findings and recommendations."""


class UnknownGenreError(ValueError):
    """The text does not look like any genre normgraph can read."""


@dataclass(frozen=True)
class GenreReading:
    """The genre a text was given, its scores, and why it is only a guess (if it is)."""

    genre: Genre
    scores: dict[Genre, float]
    weak_guess: str | None = None
    """Why the genre is a weak guess (no genre scored ``MIN_SCORE``), else None."""


_FRAME = re.compile(r"^[ \t]*[|\u2502\u2503\u2551][ \t]?|[ \t]*[|\u2502\u2503\u2551][ \t]*$", re.M)
"""A box's or a ruled table's side at a line's start or end ("| Donor: ... |")."""
_LEADER = re.compile(r"(?<=\w)[ \t]*(?:\.[ \t]?){3,}[ \t]*(?=\S)|(?<=\w)[ \t]*\u2026+[ \t]*(?=\S)")
"""A dotted leader between a cover page's key and its value ("Donor ........ Fund")."""
_SPACED = re.compile(r"(?m)^[ \t]*(?:[A-Z] ){2,}[A-Z](?:[ \t]{2,4}(?:[A-Z] )*[A-Z])*[ \t]*$")
"""A title line written in letter-spaced capitals ("F I N A L   R E P O R T"): one space
between the letters, a wider gap between the words."""


def _unspaced(line: re.Match[str]) -> str:
    """A letter-spaced line as words ("FINAL REPORT"), padded to its length."""
    words = " ".join(word.replace(" ", "") for word in re.split(r"[ \t]{2,}", line[0].strip()))
    return words.ljust(len(line[0]))


def cue_text(text: str) -> str:
    """The text as cues read it, of the same length: a box's sides become spaces and a
    dotted leader a colon and a letter-spaced title its words, so a title or a "Key: value"
    line reads alike in any frame or spacing."""
    text = _SPACED.sub(_unspaced, _FRAME.sub(lambda m: " " * len(m[0]), text))
    return _LEADER.sub(lambda m: ":" + " " * (len(m[0]) - 1), text)


def genre_scores(text: str) -> dict[Genre, float]:
    """Each genre's score: each cue once, title cues only in the title block, head cues
    fully in the head and half anywhere else (read in :func:`cue_text`); a cue is not
    scanned over a part that lacks a word it needs, and in a long part only tried where
    its opening words stand."""
    text = cue_text(text)
    title, head, rest = text[:TITLE_CHARS], text[:HEAD_CHARS], text[HEAD_CHARS:]
    folded_title, folded_head, folded_rest = Folded(title), Folded(head), Folded(rest)
    scores: dict[Genre, float] = {}
    for genre, cues in CUES.items():
        score = 0.0
        for cue in cues:
            pattern = cue.pattern
            if cue.scope is Scope.TITLE:
                score += cue.weight if search(pattern, title, folded_title) else 0.0
            elif search(pattern, head, folded_head):
                score += cue.weight
            elif search(pattern, rest, folded_rest):
                score += cue.weight / 2
        scores[genre] = score
    return scores


def _described(scores: dict[Genre, float]) -> str:
    return ", ".join(f"{g.value} {s:.1f}" for g, s in sorted(scores.items(), key=lambda i: -i[1]))


_LAST_READ: list[tuple[str, GenreReading]] = []
"""The last text read and its reading: the build reads a text's genre, then its loader
checks it again on the same string (each reading scans the whole text per cue)."""


def read_genre(text: str) -> GenreReading:
    """The best-scoring genre; below ``MIN_SCORE`` a weak guess when the head concerns an
    election and an observing body; else UnknownGenreError naming the scores."""
    if _LAST_READ and _LAST_READ[0][0] is text:
        return _LAST_READ[0][1]
    reading = _reading(text)
    _LAST_READ[:] = [(text, reading)]
    return reading


def _reading(text: str) -> GenreReading:
    scores = genre_scores(text)
    best = max(scores, key=lambda genre: scores[genre])
    if scores[best] >= MIN_SCORE:
        return GenreReading(best, scores)
    head = text[:HEAD_CHARS]
    if not (ELECTION_SUBJECT.search(head) and OBSERVER_BODY.search(head)):
        raise UnknownGenreError(
            f"not recognised as any report genre (scores: {_described(scores)}; need "
            f"{MIN_SCORE}), and its head names no election observed or assessed"
        )
    if scores[best] > 0:
        guess, why = best, "its weak cues point to it"
    else:
        guess, why = FALLBACK_GENRE, "no cue at all; an observer's document on an election"
    return GenreReading(
        guess,
        scores,
        f"genre {guess.value} is a weak guess ({why}): no genre scored {MIN_SCORE} "
        f"(scores: {_described(scores)})",
    )


def detect_genre(text: str) -> Genre:
    """The genre :func:`read_genre` gives the text (a weak guess included)."""
    return read_genre(text).genre
