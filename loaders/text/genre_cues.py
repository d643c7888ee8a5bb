"""The genres and the cues that identify them: how each kind of report calls itself.

Every cue is a general reading of a title block or a structure (what a mission, a delegation,
a grantee or a journal writes at the top of its document), never one report's sentence, and
names no organisation: who issued a report is data the head readers take from its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from rdflib import URIRef

from normgraph.namespaces import VOCAB


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


def _cues(*triples: tuple[str, float, Scope]) -> tuple[Cue, ...]:
    return tuple(Cue(re.compile(p, re.IGNORECASE | re.MULTILINE), w, s) for p, w, s in triples)


T, H = Scope.TITLE, Scope.HEAD
_LINE_START = r"^[ \t#*]*(?:[IVXLC]+\.|\d+\.|[A-Z]\.)?[ \t]*"
"""A heading's start: markdown marks, then a roman, arabic or letter number."""
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
"""Between two words of a title: a space, or the line break a PDF wraps a long title at."""
_ELECTION_WORD = r"(?:elections?|referendum|ballot)"
_PROGRAMME_WORD = r"(?:program(?:me)?|project|action)"
_TITLE_FINAL_REPORT = r"(?-i:(?:[A-Z][\w/.-]*[ \t]+){0,3}(?:Final[ \t]+Report|FINAL[ \t]+REPORT))"
""""Final Report" as a title writes it, capitalised, after at most three capitalised words
("OSCE/ODIHR Final Report"): prose that promises "a final report" is not a title."""
_MISSION = (
    rf"(?:(?:Limited|Special){_GAP})?"
    rf"(?:(?:Election|Referendum)(?:{_GAP}and{_GAP}(?:Election|Referendum))?{_GAP}"
    rf"(?:Observation|Assessment|Expert|Monitoring)|Needs{_GAP}Assessment){_GAP}(?:Mission|Team)"
)
"""An observer body's kind as a final report's title names it: an (limited) election or
referendum observation, assessment or expert mission or team, or a needs assessment mission."""
_STATEMENT_TITLE_WORD = r"(?:Statement|Declaration|Conclusions|Communiqu[eé])"
"""What a statement calls itself when a line opens with it and says whose or on what it is."""
_NOT_NUMBERED = r"(?![ \t]*(?:[IVXLC]+|\d+|[A-Z])\.[ \t])"
"""Not a numbered heading ("IV. CONCLUSIONS OF THE MISSION" in a report's contents)."""

CUES: dict[Genre, tuple[Cue, ...]] = {
    Genre.FINAL_REPORT: _cues(
        # "[ORG] Election Observation Mission / Final Report" alone on its line(s)
        (
            rf"^[ \t#*]*(?:[\w/.-]+[ \t]+){{0,3}}{_MISSION}\s*\n?"
            r"[ \t]*(?:Final[ \t]+)?Report\b[^\n]{0,12}$",
            6,
            T,
        ),
        # "Report of the Election Observation Mission", "Final Report of the OSCE/ODIHR ..."
        (
            rf"^[ \t#*]*(?:Final{_GAP})?Report{_GAP}(?:of|on){_GAP}the{_GAP}"
            rf"(?:[\w/.-]+{_GAP}){{0,3}}{_MISSION}\b",
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
            r"\b(?:deployed|undertook|conducted)\s+an?\s+(?:Limited\s+|Special\s+)?(?:Election\s+"
            r"(?:Observation|Assessment|Expert)\s+(?:Mission|Team)|Needs\s+Assessment\s+Mission)\b",
            1,
            H,
        ),
    ),
    Genre.PRELIMINARY_STATEMENT: _cues(
        (r"\bStatement of Preliminary Findings\b", 6, T),
        (
            r"\b(?:Preliminary|Interim|Post-election)[ \t]+(?:Report|Statement)\b"
            rf"|{_LINE_START}Preliminary[ \t]+(?:Findings|Conclusions)\b",
            5,
            T,
        ),
        (
            r"^[ \t#*]*(?:[\w/.()-]+[ \t]+){0,6}(?:Joint[ \t]+|Press[ \t]+|Final[ \t]+)?"
            r"Statement\b(?:[ \t]+(?:of|by)\b)?[^\n]{0,120}$",
            3,
            T,
        ),
        # "Declaration of the ... Delegation", "Conclusions of the International ... Mission"
        (
            rf"^[ \t#*]*{_NOT_NUMBERED}(?:[\w/.()-]+[ \t]+){{0,4}}{_STATEMENT_TITLE_WORD}[ \t]+"
            r"(?:of|by|on)\b"
            r"(?![ \t]+(?:authorship|originality))",
            3,
            T,
        ),
        (r"^[ \t#*]*(?:[\w/.-]+[ \t]+){0,2}(?:Press|News|Media)[ \t]+Release\b", 4, T),
        # a parliamentary assembly's report: "Observation of the ... elections in X (date)"
        (
            rf"^[ \t#*]*Observation[ \t]+of[ \t]+the\b[^\n]{{0,80}}\b{_ELECTION_WORD}\b",
            4,
            T,
        ),
        (r"^[ \t#*]*Election[ \t]+observation[ \t]+report[ \t]*$", 2, T),
        (r"\bad[ \t]+hoc[ \t]+committee\b", 2, H),
        (r"\bon the results of (?:the )?(?:observation|monitoring)\b", 2, T),
        (r"\b(?:pre-election|election observation)[ \t]+delegation\b", 1.5, T),
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
            r"\b(?:Cooperative|Grant|Sub-?grant|Contribution|Funding)[ \t]+"
            r"(?:Agreement|Contract)\b|\b(?:Associate[ \t]+)?Award[ \t]*(?:No\.|Number|:)",
            3,
            H,
        ),
        (
            r"\b(?:final|quarterly|annual|semi-annual|narrative|progress|completion)[ \t]+"
            rf"{_PROGRAMME_WORD}[ \t]+report\b",
            4,
            H,
        ),
        # a donor's reporting cycle as a title: "Quarterly Report No. 3", "FINAL NARRATIVE
        # REPORT", "Annual Progress Report 2019", "Semi-Annual Report", "End of Project Report"
        (
            r"^[ \t#*]*(?:(?:Quarterly|Annual|Semi-?annual|Bi-?annual|Monthly|Six-?month)"
            r"(?:[ \t]+(?:Progress|Narrative|Performance|Activity|Technical))?"
            r"|Final[ \t]+(?:Narrative|Technical|Progress|Performance)|Close-?out|Completion"
            rf"|End[ \t-]+of[ \t-]+{_PROGRAMME_WORD})[ \t]+Report\b",
            4,
            T,
        ),
        (
            rf"\b{_PROGRAMME_WORD}\b[^\n]*\n(?:[^\n]*\n){{0,4}}?[^\n]*\bfinal[ \t]+"
            r"(?:narrative[ \t]+|technical[ \t]+)?report\b"
            r"|\bfinal[ \t]+(?:narrative[ \t]+|technical[ \t]+)?report\b[^\n]*\n"
            rf"(?:[^\n]*\n){{0,4}}?[^\n]*\b{_PROGRAMME_WORD}\b",
            3,
            T,
        ),
        # the grant's summary block: "Grantee:", "Project ID:", "Implementing partner:"
        (
            r"^[ \t*-]*(?:Grantee|Implementer|Implementing[ \t]+(?:partner|organi[sz]ation)|"
            r"Beneficiary|Partner[ \t]+organi[sz]ation|Grant[ \t]+(?:Number|No\.?|Period)|"
            rf"{_PROGRAMME_WORD}[ \t]+(?:title|ID|number|duration|period)|"
            r"Donors?|Period[ \t]+of[ \t]+performance)[ \t*]*:",
            3,
            H,
        ),
        (
            rf"\b(?:Reporting|{_PROGRAMME_WORD}|Performance)[ \t]+Period\b"
            r"|\bPeriod of Performance\b",
            2,
            H,
        ),
        (rf"{_LINE_START}{_PROGRAMME_WORD}[ \t]+(?:OBJECTIVES|ACTIVITIES|RESULTS|GOALS)\b", 2, H),
        (r"^[ \t]*(?:Objective|Output|Outcome)[ \t]+\d", 1.5, H),
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
        # the same as a title line without a number: "POLICY BRIEF", "Working Paper Series"
        (
            r"^[ \t#*]*(?:Working|Discussion|Occasional|Research|Policy|Briefing|Position)"
            r"[ \t]+(?:Paper|Brief)s?(?:[ \t]+Series)?\b",
            3,
            T,
        ),
        # a book chapter's or a book's imprint: editors, pages, ISBN
        (r"\bISBN\b|\bedited by\b|\(eds?\.\)|\bpp\.[ \t]*\d+[ \t]*[-\u2013][ \t]*\d+", 2, T),
        (r"\bpre-?print\b|\bnot (?:yet )?peer[- ]reviewed\b|\bJEL\b", 2, T),
        # a publication's author notes; a thesis's "Author:" line is no cue (its title page)
        (r"^[ \t#*]*About the authors?\b|^[ \t#*]*Authors[ \t]*:", 1.5, H),
        (r"\b(?:this|the present|our|the) (?:article|paper)\b", 2, H),
        (r"\bthis (?:chapter|brief|policy brief|working paper)\b", 2, H),
        (r"\b\d+ (?:semi-structured |in-depth |expert )?interviews\b", 1, H),
        (r"\b(?:Received|Accepted|Published online)[ \t:]+\d{1,2} [A-Z][a-z]+ \d{4}", 2, T),
        (r"\bCorresponding author\b", 2, T),
        (r"^[ \t#*]*(?:References|Bibliography|Works Cited)[ \t*]*$", 1, H),
        (r"<sup>\d+</sup>", 0.5, H),
    ),
    Genre.THESIS: _cues(
        (
            r"\b(?:submitted|presented) (?:in (?:partial )?fulfil(?:l)?ment|for the degree)\b"
            r"|\bsubmitted to the (?:Faculty|Department|School|Graduate)\b"
            r"|\bin (?:partial )?fulfil(?:l)?ment of the requirements\b"
            r"|\b(?:Dissertation|Thesis) (?:submitted|presented) (?:to|for)\b"
            r"|\bin candidacy for the degree\b",
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
"""Each genre's cues, weighed by how surely they tell the genre (see ``genres.py``)."""

ELECTION_SUBJECT = re.compile(
    r"\b(?:elections?|electoral|referend(?:um|a)|plebiscite|polling|ballots?|voting|voters)\b",
    re.IGNORECASE,
)
"""A text concerns an election or a referendum."""
OBSERVER_BODY = re.compile(
    r"\b(?:observ(?:ers?|ation|ing|ed)|monitor(?:s|ing|ed)?|assessment|delegation|"
    r"mission|watchdog)\b",
    re.IGNORECASE,
)
"""A text speaks of a body observing or assessing: an observer, a mission, a delegation."""
