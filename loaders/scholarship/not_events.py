"""Passages of a study that date nothing that happened, whatever dates they write: a table's
rows, a caption or a running head (a list of interviews with their dates, "Table 2: Turnout,
2016-2019", a footer's "- page 1 -"),
an entry of the references ("Council (2017) Report on the elections of 4 May 2016."), the
study's own reading in the first person ("On our reading of the elections of 2019, ...")
and a figure a year dates ("in 2019, 23 per cent of the seats were vacant"). Their dates
are a layout's, a citation's, the research's or a statistic's, not events of the story.
"""

from __future__ import annotations

import re

from ..text.dates import DATE_PATTERN
from ..text.document import Element
from ..text.words import any_word
from .date_roles import ACT_VERBS

_COLUMNS = re.compile(r"\S[ \t]{3,}\S")
"""A line set in columns: words apart by a run of spaces inside it (a table's row, a
key-value box), which prose never has. Two such lines make a table (one may be a running
page header the passage crosses)."""
_ENTRY_DATE = re.compile(rf"(?:{DATE_PATTERN.pattern})\s*$")
"""A line that ends in a full date ("Member of the commission, <place>, 12 November 2021"):
two such lines in a passage make a list of dated entries, which prose, running on past its
dates, never is."""
_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart|Graph|Box|Map)\s+[\dA-Z]+(?:\.\d+)?\b\.?", re.I)
"""A caption ("Table 2: ...", "Figure 3 ..."), opening a sentence or just before it."""
_CAPTION_BEFORE = re.compile(
    r"(?:^|\s)(?:Table|Figure|Chart|Graph|Box|Map)\s+[\dA-Z]+(?:\.\d+)?\.?\s*$", re.I
)
"""A caption's label the splitter cut off just before the sentence ("Table 1." then "Early
elections, <day>, final results"), also where a heading the layout ran in stands before it."""
_REFERENCE_ENTRY = re.compile(
    r"^\s*[^()\"\u201c\n]{2,90}?\s\((?:19|20)\d{2}[a-z]?\)\s*[,.:]?\s+[\"'\u2018\u201cA-Z]", re.M
)
"""A references entry at a line's start: authors, the year in brackets, then a title
("Agency (2018) Final report on ..."); two make a list of references."""
_REFERENCES_BLOCK = re.compile(
    r"^\s*(?:(?:References|Bibliography|Sources|Works Cited)\s+\S|(?:Notes|Endnotes)\s+\d{1,3}\s)"
)
"""A references or notes block whose heading the conversion ran into its first entry
("Notes 1 Electoral Office, statistics of ...")."""
_RUNNING_HEAD = re.compile(r"\S\s+[\u00b7\u2022|]\s+\S[^\n]*?\s[\u00b7\u2022|]\s+\S")
"""A masthead or running head of parts set apart by middle dots, bullets or bars ("Centre
for ... · Policy Brief 14 · October 2025", "Vol. 11, No. 2 (2023) · pp. 141-163"): a
page's furniture, which prose never writes."""
_FURNITURE = re.compile(
    r"[-\u2013]\s*page\s+\d+\s*[-\u2013]?\s*$|\bpage\s+\d+\s+of\s+\d+\b"
    r"|\bpp\.\s*\d+\s*[-\u2013]\s*\d+|\bdoi(?:\.org/|:\s*10\.)",
    re.I,
)
"""Page furniture: a footer's page marker ("<Org> Report, May 2022 - page 1 -", "Page 3 of
40"), a journal's page range or DOI ("Vol. 11, No. 2 (2023) pp. 141-163"): the issue's
date, not the story's."""
_QUOTED = re.compile(
    r"[\"\u201c\u201e][^\"\u201d\u201c]*[\"\u201d\u201c]|\u00ab[^\u00bb]*\u00bb|\u2039[^\u203a]*\u203a"
)
"""Quoted words, in English marks or the guillemets and low-high marks other languages keep
(«...», „..."): a speaker's "we" in them is not the study's."""
_FIRST_PERSON = any_word("we, our, ours, us, I, my", flags=0)
"""The study speaking of itself (outside quoted words): its reading or its method."""
_COUNT_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
)
_FIGURE = re.compile(
    r"[^;.]{0,60}?\b(?:\d+(?:[.,]\d+)?\s*(?:per\s*cent|%)|(?:one|two|three) in (?:two|three|"
    r"four|five|six|ten)|the share\b|the (?:[\w-]+ )?(?:score|index|rating|ranking)\b"
    rf"|\d{{1,3}}(?:[,\u00a0 ]\d{{3}})+\b|\d{{3}}\b(?![./-]\d)|\d{{5,}}\b"
    rf"|{_COUNT_WORD}\s+of\s+(?:the\s+|its\s+)?{_COUNT_WORD}\b"
    r"|\b(?:received|registered|recorded|handled|counted|examined)\s+(?:some\s+|about\s+|"
    rf"over\s+|only\s+|a total of\s+)?{_COUNT_WORD}\b"
    rf"|\b(?!{ACT_VERBS}\b)[a-z]{{3,}}ed\s+(?:some\s+|about\s+|over\s+|only\s+|a total of\s+)?"
    r"\d{2,}\b(?![./-]\d))",
    re.I,
)
"""A share, a proportion, a count or an index's score right after a year ("in 2019, 23 per
cent of the seats ...", "in 2021, the country's score rose by two points", "in 2018 the
commission received 412 complaints", "in 2022 the court admitted nine of the twelve
lists", "in 2016 the board registered 31 appeals"): a statistic the year dates, not a
happening."""
_NUMBER_OF = re.compile(r",?\s*the (?:number|total|count|share) of\b", re.I)
"""A quantity the year's clause opens with ("In 2020 the number of disputes fell"); one an
act changes ("In 2007, the Sejm reduced the number of ...") is the act's, an event."""


def references_entries(element: Element) -> int:
    """How many references entries open the element's lines (or 2 when a references
    heading runs into it)."""
    if _REFERENCES_BLOCK.match(element.text):
        return 2
    return len(_REFERENCE_ENTRY.findall("\n".join(piece.quote for piece in element.pieces)))


def not_an_event(element: Element, start: int, end: int) -> bool:
    """The sentence ``element.text[start:end]`` is a table's rows, a caption, a running head
    or the study's own reading."""
    sentence = element.text[start:end]
    if _CAPTION.match(sentence) or _CAPTION_BEFORE.search(element.text[max(0, start - 16) : start]):
        return True
    if _FURNITURE.search(sentence):
        return True
    lines = [line for span in element.spans(start, end) for line in span.quote.splitlines()]
    if sum(bool(_COLUMNS.search(line)) for line in lines) >= 2:
        return True
    if all(_RUNNING_HEAD.search(line) for line in lines if line.strip()):
        return True
    if sum(bool(_ENTRY_DATE.search(line)) for line in lines) >= 2:
        return True  # a list of entries each closed by its date (interviews, sources)
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", sentence)))


_COUNT = re.compile(
    r"\b(?:\d{1,3}(?:[,\u00a0 ]\d{3})+|\d{3}(?![./-]?\d)|\d{5,})\b(?!\s*(?:per\s*cent|%))"
)
"""A count of hundreds or more ("125 districts", "220,500 voters"), not a year."""
_NEAR = 30
"""How close after an election's date its count comes (within the same clause)."""
_ELECTION_OF = re.compile(r"\b(?:elections?|referendum)\s+of\s+$", re.I)
"""What names an election by its date ("the elections of <date>")."""


def a_counted_election(text: str, date: tuple[int, int], dates: int) -> bool:
    """Whether the sentence's only date (``date``: its extent) names an election and a count
    follows it closely ("at the elections of <date> some 220,500 voters were registered",
    "The elections of <date> were held in 125 districts"): a statistic of that election,
    not a happening."""
    return (
        dates == 1
        and _ELECTION_OF.search(text[max(0, date[0] - 30) : date[0]]) is not None
        and _COUNT.search(text[date[1] : date[1] + _NEAR]) is not None
    )


def a_figure_follows(text: str, at: int) -> bool:
    """Whether a share or proportion follows the year that ends at ``at``."""
    return bool(_FIGURE.match(text, at) or _NUMBER_OF.match(text, at))


__all__ = ["a_figure_follows", "not_an_event", "references_entries"]
