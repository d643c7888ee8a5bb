"""Genre detection: which kind of report a text is, judged from its content alone.

Each genre has cues (phrases typical of its title block and structure). The text's head
weighs most, since that is where a report says what it is. A text that matches no genre
well enough gets an error naming what was looked for, rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from rdflib import URIRef

from ...namespaces import VOCAB

HEAD_CHARS = 4000
"""How much of the text counts as its head (title block, abstract, opening)."""
MIN_SCORE = 3.0
"""Below this no genre is claimed."""


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


class UnknownGenreError(ValueError):
    """The text does not look like any genre normgraph can read."""


@dataclass(frozen=True)
class Cue:
    """A pattern typical of a genre, worth ``weight`` in the head and half that elsewhere."""

    pattern: re.Pattern[str]
    weight: float


def _cues(*pairs: tuple[str, float]) -> tuple[Cue, ...]:
    return tuple(Cue(re.compile(p, re.IGNORECASE | re.MULTILINE), w) for p, w in pairs)


CUES: dict[Genre, tuple[Cue, ...]] = {
    Genre.FINAL_REPORT: _cues(
        (r"Election (?:Observation|Assessment|Expert) (?:Mission|Team)\s+Final Report", 5),
        (r"\bODIHR\b(?:[^\n]*\n){0,3}?[^\n]*\bFinal Report\b", 4),
        (r"Office for Democratic Institutions and Human Rights|\b(?:OSCE/)?ODIHR\b", 1),
        (r"\bPRIORITY RECOMMENDATIONS\b", 1),
        (r"\bFinal Report\b", 1),
    ),
    Genre.PRELIMINARY_STATEMENT: _cues(
        (r"\bPreliminary (Report|Statement)\b", 4),
        (r"Statement of Preliminary Findings", 4),
        (r"\bpre-election (delegation|assessment)\b", 1),
        (r"\bobserv(ed|ers|ation)\b", 0.5),
        (r"\bRecommendations\b", 0.5),
    ),
    Genre.PROGRAMME_REPORT: _cues(
        (r"\b(?:Cooperative|Grant) Agreement\b", 3),
        (r"\b(?:final|quarterly|annual) program(?:me)? report\b", 2),
        (r"\b(with (?:financial )?support from|funding from|funded by)\b", 1.5),
        (r"\bprogram(me)? (activities|results|focused)\b", 1.5),
        (r"\b(conducted|implemented) (?:an?|the) [\w\s,-]{0,80}program", 2),
        (r"\bATTACHMENTS\b", 0.5),
    ),
    Genre.JOURNAL_ARTICLE: _cues(
        (r"\*\*Key ?Words:?\*\*|^Key ?words:", 3),
        (r"<sup>\d+</sup>", 1),
        (r"\bthis article\b", 2),
        (r"^\s*Abstract\b", 1.5),
        (r"\bJournal of\b[^\n]*\bVol\.\s*\d+|\bdoi\.org/|\bDOI:\s*10\.", 2),
        (r"\bBibliography\b|\bReferences\b", 0.5),
    ),
    Genre.THESIS: _cues(
        (r"\b(master'?s|doctoral|PhD|bachelor'?s) (programme|program|thesis|dissertation)\b", 3),
        (r"\bSupervisor\(?s?\)?:", 3),
        (r"\bthis thesis\b", 2),
        (r"\bUniversity\b", 0.5),
        (r"\bTable of Contents\b", 0.5),
    ),
}


def genre_scores(text: str) -> dict[Genre, float]:
    """Each genre's score: cue weights, full in the head, half anywhere else (each cue once)."""
    head, rest = text[:HEAD_CHARS], text[HEAD_CHARS:]
    scores: dict[Genre, float] = {}
    for genre, cues in CUES.items():
        score = 0.0
        for cue in cues:
            if cue.pattern.search(head):
                score += cue.weight
            elif cue.pattern.search(rest):
                score += cue.weight / 2
        scores[genre] = score
    return scores


def detect_genre(text: str) -> Genre:
    """The best-scoring genre; UnknownGenreError when none scores at least MIN_SCORE."""
    scores = genre_scores(text)
    best = max(scores, key=lambda genre: scores[genre])
    if scores[best] < MIN_SCORE:
        seen = ", ".join(
            f"{g.value} {s:.1f}" for g, s in sorted(scores.items(), key=lambda i: -i[1])
        )
        raise UnknownGenreError(
            f"not recognised as any report genre (scores: {seen}; need {MIN_SCORE})"
        )
    return best
