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

from normgraph.namespaces import VOCAB

HEAD_CHARS = 4000
"""How much of the text counts as its head (title block, abstract, opening)."""
TITLE_CHARS = 1500
"""How much of the text counts as its title block: what a report calls itself is here, and
what it only cites (another mission's final report, a preliminary statement) is later."""
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


def _cues(*triples: tuple[str, float, Scope]) -> tuple[Cue, ...]:
    return tuple(Cue(re.compile(p, re.IGNORECASE | re.MULTILINE), w, s) for p, w, s in triples)


T, H = Scope.TITLE, Scope.HEAD
_LINE_START = r"^[ \t#*]*(?:[IVXLC]+\.|\d+\.|[A-Z]\.)?[ \t]*"
"""A heading's start: markdown marks, then a roman, arabic or letter number."""
_ELECTION_WORD = r"(?:elections?|referendum|ballot)"
_PROGRAMME_WORD = r"(?:program(?:me)?|project)"
_TITLE_FINAL_REPORT = r"(?-i:(?:[A-Z][\w/.-]*[ \t]+){0,3}(?:Final[ \t]+Report|FINAL[ \t]+REPORT))"
""""Final Report" as a title writes it, capitalised, after at most three capitalised words
("OSCE/ODIHR Final Report"): prose that promises "a final report" is not a title."""

CUES: dict[Genre, tuple[Cue, ...]] = {
    Genre.FINAL_REPORT: _cues(
        # "[ORG] Election Observation Mission / Final Report" alone on its line(s)
        (
            r"^[ \t#*]*(?:[\w/.-]+[ \t]+){0,3}(?:Limited[ \t]+|Special[ \t]+)?"
            r"(?:Election|Referendum)[ \t]+"
            r"(?:Observation|Assessment|Expert|Monitoring)[ \t]+(?:Mission|Team)\s*\n?"
            r"[ \t]*(?:Final[ \t]+)?Report\b[^\n]{0,12}$",
            6,
            T,
        ),
        # "FINAL REPORT", "OSCE/ODIHR Final Report", "Final Report on the ... Elections"
        (rf"^[ \t#*]*{_TITLE_FINAL_REPORT}\b[^\n]{{0,100}}$", 3, T),
        (
            rf"\b{_ELECTION_WORD}\b[^\n]*\n(?:[^\n]*\n){{0,8}}?[ \t#*]*{_TITLE_FINAL_REPORT}\b"
            rf"|^[ \t#*]*{_TITLE_FINAL_REPORT}\b[^\n]*(?:\n[^\n]*){{0,3}}?"
            rf"\b{_ELECTION_WORD}\b",
            2,
            T,
        ),
        (rf"{_LINE_START}PRIORITY RECOMMENDATIONS\b", 1.5, H),
        (
            rf"{_LINE_START}(?:ANNEX[^\n]{{0,20}})?(?:LIST OF OBSERVERS|FINAL ELECTION RESULTS)",
            1,
            H,
        ),
        (
            r"\bdeployed an? (?:Limited |Special )?(?:Election|Referendum) "
            r"(?:Observation|Assessment) (?:Mission|Team)\b",
            1,
            H,
        ),
    ),
    Genre.PRELIMINARY_STATEMENT: _cues(
        (r"\bStatement of Preliminary Findings\b", 6, T),
        (r"\b(?:Preliminary|Interim|Post-election)[ \t]+(?:Report|Statement)\b", 5, T),
        (
            r"^[ \t#*]*(?:[\w/.()-]+[ \t]+){0,6}(?:Joint[ \t]+|Press[ \t]+|Final[ \t]+)?"
            r"Statement\b(?:[ \t]+(?:of|by)\b)?[^\n]{0,120}$",
            3,
            T,
        ),
        (
            r"\b(?:pre-election|pre-electoral|election observation|observation)[ \t]+"
            r"delegation\b",
            1.5,
            T,
        ),
        # a parliamentary assembly's delegation report: "Election observation report",
        # "Ad hoc Committee of the Bureau", "Observation of the ... elections in <State>"
        (r"^[ \t#*]*(?:Election|Referendum)[ \t]+observation[ \t]+report[ \t*]*$", 3, T),
        (r"\bAd hoc Committee\b[^\n]{0,40}\bBureau\b", 2, T),
        (
            rf"^[ \t#*]*Observation[ \t]+of[ \t]+the[ \t]+[^\n]{{0,60}}\b{_ELECTION_WORD}\b"
            r"[^\n]{0,60}$",
            2,
            T,
        ),
        (rf"{_LINE_START}PRELIMINARY (?:CONCLUSIONS|FINDINGS)\b", 2, H),
        (r"\bthis (?:preliminary )?statement\b", 2, H),
        (
            r"\bwill (?:publish|issue|release|present) (?:a|its) (?:comprehensive |more )?"
            r"(?:detailed )?final report\b",
            1.5,
            H,
        ),
    ),
    Genre.PROGRAMME_REPORT: _cues(
        (
            r"\b(?:Cooperative|Grant|Sub-?grant|Contribution|Funding)[ \t]+Agreement\b"
            r"|\bAward[ \t]+(?:No\.|Number)",
            3,
            H,
        ),
        (
            r"\b(?:final|quarterly|annual|semi-annual|narrative|progress|completion)[ \t]+"
            rf"{_PROGRAMME_WORD}[ \t]+report\b",
            4,
            H,
        ),
        (
            rf"\b{_PROGRAMME_WORD}\b[^\n]*\n(?:[^\n]*\n){{0,4}}?[^\n]*\bfinal[ \t]+"
            r"(?:narrative[ \t]+|technical[ \t]+)?report\b"
            r"|\bfinal[ \t]+(?:narrative[ \t]+|technical[ \t]+)?report\b[^\n]*\n"
            rf"(?:[^\n]*\n){{0,4}}?[^\n]*\b{_PROGRAMME_WORD}\b",
            3,
            T,
        ),
        (
            rf"\b(?:Reporting|{_PROGRAMME_WORD}|Performance)[ \t]+Period\b"
            r"|\bPeriod of Performance\b",
            2,
            H,
        ),
        (rf"{_LINE_START}{_PROGRAMME_WORD}[ \t]+(?:OBJECTIVES|ACTIVITIES|RESULTS|GOALS)\b", 2, H),
        (r"^[ \t]*Objective[ \t]+\d", 1.5, H),
        (
            r"\b(?:with (?:financial )?support from|funding from|funded by|a grant from)\b"
            r"|\ba grant of\b[^\n;]{0,40}?\bfrom\b",
            1.5,
            H,
        ),
        (
            r"\b(?:conducted|implemented|carried out) (?:an?|the|its) "
            r"[\w\s,\"'\u201c\u201d-]{0,80}?"
            rf"\b{_PROGRAMME_WORD}\b",
            2,
            H,
        ),
        (rf"{_LINE_START}(?:LESSONS LEARNED|INDICATORS|MONITORING AND EVALUATION)\b", 1, H),
    ),
    Genre.JOURNAL_ARTICLE: _cues(
        (r"^[ \t#*]*Abstract\b[ \t*:.]*$|^[ \t#*]*Abstract[ \t*]*[:.]", 2, H),
        (r"\*\*Key ?Words:?\*\*|^[ \t*]*Key ?words[ \t*]*:", 3, H),
        (r"\bVol(?:ume)?\.?[ \t]*\d+\b[^\n]{0,40}?\b(?:No|Number|Issue)\.?[ \t]*\d+", 3, T),
        (r"\bdoi\b|doi\.org/|\b10\.\d{4,9}/\S+", 3, T),
        (r"\bJournal of\b|\bReview of\b|\bQuarterly\b", 1, T),
        # a working paper or policy brief: filed as a journal article
        (
            r"\b(?:Working|Discussion|Occasional|Research|Policy)[ \t]+(?:Paper|Brief)"
            r"(?:[ \t]+Series)?\b[^\n]{0,12}?(?:No\.?|Number|#)[ \t]*\d+",
            3,
            T,
        ),
        (r"\b(?:this|the present|our|the) (?:article|paper)\b", 2, H),
        (r"\b(?:Received|Accepted|Published online)[ \t:]+\d{1,2} [A-Z][a-z]+ \d{4}", 2, T),
        (r"\bCorresponding author\b", 2, T),
        (r"^[ \t#*]*(?:References|Bibliography|Works Cited)[ \t*]*$", 1, H),
        (r"<sup>\d+</sup>", 0.5, H),
    ),
    Genre.THESIS: _cues(
        (
            r"\bsubmitted (?:in (?:partial )?fulfil(?:l)?ment|for the degree)\b"
            r"|\bsubmitted to the (?:Faculty|Department|School|Graduate)\b"
            r"|\bin (?:partial )?fulfil(?:l)?ment of the requirements\b",
            4,
            H,
        ),
        (
            r"\b(?:master'?s|doctoral|PhD|bachelor'?s|MA|MSc|LLM)[ \t]+"
            r"(?:programme|program|thesis|dissertation|degree)\b"
            r"|\bDoctor of Philosophy\b|\bMaster of (?:Arts|Science|Laws)\b",
            3,
            H,
        ),
        (r"\bSupervis(?:or|ors|ed by)\b|^[ \t]*Advis[eo]r[ \t]*:", 3, H),
        (r"\bthis (?:thesis|dissertation)\b", 2, H),
        (r"^[ \t#*]*Chapter[ \t]+(?:\d+|[IVX]+|One|Two)\b", 1.5, H),
        (r"\bI hereby declare\b|\bDeclaration of (?:authorship|originality)\b", 2, H),
        (r"\bUniversity\b", 0.5, T),
    ),
}


def genre_scores(text: str) -> dict[Genre, float]:
    """Each genre's score: each cue once, title cues only in the title block, head cues
    fully in the head and half anywhere else."""
    title, head, rest = text[:TITLE_CHARS], text[:HEAD_CHARS], text[HEAD_CHARS:]
    scores: dict[Genre, float] = {}
    for genre, cues in CUES.items():
        score = 0.0
        for cue in cues:
            if cue.scope is Scope.TITLE:
                score += cue.weight if cue.pattern.search(title) else 0.0
            elif cue.pattern.search(head):
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
