"""Dated events in scholarship, read from the text: what a sentence says happened on a day
or in a month ("In March 2005, the parliament adopted ...", "the elections of 4 March
2018", "on 3 February 2022 the National Assembly adopted ...").

Each sentence of the body that dates something is one ``schema:Event``. Which of its
dates is the event's: a day introduced by "on" (an act happens *on* a day: "After the
elections of 4 May, parliament adopted the law on 3 June" is the adoption), else the first
day or month, else a year that opens a clause ("In 2007, ...", "...: in 2015 it acquired").
A day written without its year ("on 11 May") takes the year its paragraph last wrote.
A date is not an event's when it cites a source (inside brackets: "(interview 5, <place>,
30 November 2021)"), bounds a period ("between October 2021 and June 2023"), only places a
state of affairs ("at the time of the December 2023 elections"), or belongs to an
attributed statement (the sentence up to the words quoted: "On 20 October the ministry
called the report "biased"" is a statement, read by ``attributed.py``; an announcement is
an act and stays an event). "1 and 2 February 2022" is taken from its first day. The
sentence is the label and the evidence. Which stage of a framework an event belongs to is
a reading: the curation file's stage events give it, and a curated event on the same
passage replaces the extracted one. Notes, references, acknowledgements, a dateline
("<Place>, 22 May 2024") and sentences stating treaty actions (read as such) are not
events, nor are a table's rows, a caption, a list of references the headings did not set
apart, the study's own reading in the first person and a figure a year dates
(``not_events.py``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from normgraph.namespaces import NG, RDFS, SCHEMA

from ..extract.treaties import ACTIONS as TREATY_ACTIONS
from ..extract.treaty_mentions import KIND as TREATY_KIND
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..text.dates import DATE_PATTERN, MONTH_NAME, MONTH_YEAR_PATTERN, MONTHS, When, find_when
from ..text.document import Document, ElementKind
from ..text.source import Span
from .attributed import read_attributed
from .date_roles import (
    ACT_YEAR,
    COMPARED,
    ELECTION_NAMED,
    FROM_TO,
    INSTRUMENT_DATE,
    MONTHS_PERIOD,
    PERIOD,
    PLANNED,
    STATE_OF_AFFAIRS,
    describes_a_standing,
)
from .glued_notes import parted_sentences
from .not_events import a_counted_election, a_figure_follows, not_an_event, references_entries
from .occasions import occasion_of

_NOT_BODY = re.compile(
    r"^(?:References|Bibliography|Notes|Endnotes|Acknowledg\w+|Sources|Works Cited)\b", re.I
)
_RANGE = re.compile(r"\b(?P<day>\d{1,2})\s*(?:and|-|\u2013|to)\s*\d{1,2}\s+(?=[A-Z][a-z]+\s+\d{4})")
"""The first day of "1 and 2 February 2022" / "1-2 February 2022"."""
_BRACKETS = re.compile(r"\([^()]*\)")
"""A bracketed aside, masked before a date is read: its year is a citation's or an aside's."""
_NOTE = re.compile(r"^\s*(?:-{3}|\d{1,3}\s+\S)")
"""A note or a table row the conversion left among the paragraphs ("56 Interview with ...")."""
_TREATY_ACTION = re.compile(
    rf"(?:{'|'.join(TREATY_ACTIONS.values())}|\bwithdr[ae]w\b)[^.]*\b{TREATY_KIND}\b"
)
"""A treaty action, by the verbs ``extract/treaties.py`` reads (a succession too: "succeeded
to the Covenant on <day>"): read as such there, not as an event."""
_RUNNING_HEAD = re.compile(
    r"[^\n\u00b7\u2022]{0,80}\s[\u00b7\u2022]\s[^\n\u00b7\u2022]{0,80}\s[\u00b7\u2022]\s[^\n]*?"
    r"(?=[ \t]{3,}|\n|$)"
)
"""A running head the conversion ran into the sentence after it ("<Centre> · Policy Brief 14
· October 2025"): its date is the page's."""
_WITH_PHRASE = re.compile(r",\s+with\b[^,;.]{0,80},")
"""A circumstance set off by commas ("The elections of <day>, with run-offs on <day>, were
..."): its date is not the sentence's event."""
_CLAUSE_YEAR = re.compile(
    r"(?:^|[:;]\s*|,\s*(?:and\s+)?)[Ii]n\s+(?P<year>1[89]\d{2}|20\d{2})\b(?=,|\s+(?:(?:the|it|its|he|"
    r"she|they|a|an)\b|[A-Z]))"
)
"""A year opening a clause ("In 2007, parliament ...", ": in 2015 it acquired ...")."""
_HYPOTHETICAL = re.compile(
    r"^(?:\S+\s+){1,4}(?:could(?!\s+not\b)|would|might|may|should)\s"
    r"|^(?:\w+,\s+)?[Ww]hether\b|\?\s*$"
)
"""A sentence on what could or should be ("Future research could compare ...") or an open
question ("Second, whether the reform will ..."); "could not" tells what was so ("it could
not decide appeals until new judges were elected on <day>")."""
_NO_HAPPENING = re.compile(
    r"\s*(?:alone\b|,?[^,;.]{0,40}\b(?:there (?:was|were)|still)\b"
    r"|,?[^;.]{0,80}\bnot (?:a single|one)\b"
    r"|,?[^,;.]{0,40}\b(?:(?:did|does|was|were|had|has|could)(?: not|n't)|never)\b)"
)
"""A year that only dates a state of affairs ("In 2019 alone, there were ...", "In 2019, the
index still rated ...") or what did not happen ("In 2018, despite forty appeals, not a
single verdict was quashed", "and in 2016 it did not deploy")."""
_OBSERVATION = re.compile(
    r",?\s+(?:[\w'\u2019-]+\s+){0,4}?(?:again\s+|also\s+|once more\s+)?"
    r"(?:saw|observed|noted|found|witnessed|documented)\b"
)
"""A year that dates what observers saw ("In 2022 the experts again saw voters queueing",
"In 2014, the mission observed ..."): an observation, read as a finding, not a happening."""
_METHOD = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}?(?:we|I)\s+(?:(?:also|then|first|further)\s+)?"
    r"(?:draw|drew|rely|relied|build|built|use|used|code|coded|analy[sz]e|analy[sz]ed|"
    r"interview(?:ed)?|survey(?:ed)?|conduct(?:ed)?|compare|compared|collect(?:ed)?|read)\b"
    r"|^(?:The|This|Our)\s+(?:present\s+)?(?:[a-z]+\s+)?(?:report|study|paper|article"
    r"|chapter|thesis|brief)\s+(?:draws|relies|builds|sets out|covers|examines|reviews"
    r"|assesses|is based)\b"
    r"|^Interviews?\b[^.:;\n]{0,40}?(?::|\s{3,}|\n)"
    r"|\b(?:was|were|is|are)\s+(?:then\s+|each\s+|also\s+)?coded\b"
    r"|\binterviews?\b[^.;]{0,40}\b(?:conducted|carried out|held)\b",
    re.I,
)
"""The study's own method ("We draw on a coding of ... to June 2025", "Each recommendation
was coded against the law in force in July 2025", "nine interviews, conducted between ...",
"This alternative report sets out ...", "The report draws on ...", "Interviews (function,
date): ..."):
its dates are the research's, not events of the story it tells."""
_ON_DAY = re.compile(rf"\b[Oo]n\s+(?:{DATE_PATTERN.pattern})")
"""A day an act happens on ("on 9 May 2011")."""
_IN_MONTH = re.compile(rf"\b[Ii]n\s+{MONTH_NAME}\s+\d{{4}}\b")
"""A month an act happens in ("deregistered the list in November 2021")."""
_POLL_OF_DAY = re.compile(
    rf"\b(?:elections?|referend(?:um|a)|votes?)\b[^,;.]{{0,60}}?\bof\s+(?:{DATE_PATTERN.pattern})"
)
"""A vote named by its day ("the local election for the mayor of <place> of 3 June 2018"):
its own event, apart from the act a later clause dates ("...; the court confirmed the
annulment on 25 June 2018")."""
_ISSUED = re.compile(
    r",\s+(?:first\s+)?(?:published|issued|released|presented|made public)\s+(?:on|in)\s+"
    r"[^,;.\"\u201c]{4,30},"
)
"""A document that speaks, with the day it came out set off by commas ("Its final report,
published on <day>, acknowledged "..."", "The board's decision, issued in <month>, called
...""): the publication is an event; the words quoted are the statement's."""
_CLAUSE_JOIN = re.compile(
    r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+and\s+(?=(?:then\s+|later\s+)?[a-z]{3,}ed\b)"
    r"|,\s+(?=which\s+(?:was|were)\s+[a-z]{3,}ed\b)"
)
"""Where one clause ends and the next begins: a join, or a second verb of the same subject
("was adopted on <day> and entered into force on <day>"), or a relative clause with an act
of its own (", which was signed on <day>")."""
_ON = re.compile(r"\b(?:on|On)\s+$")
_ROUND_DAY = re.compile(
    rf"\b(?:rounds?|run-?offs?),?\s+(?:(?:was|were)\s+)?(?:held\s+)?on\s+"
    rf"(?:{DATE_PATTERN.pattern}|\d{{1,2}}\s+{MONTH_NAME}\b)"
)
"""The day a round was held on ("decided in a second round on 13 November", "went to a
second round, held on 15 November"): a date of the election the sentence names, not of
its act."""
_YEARLESS = re.compile(rf"\b[Oo]n\s+(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME})\b(?!,?\s+\d{{4}})")
"""A day without its year ("on 9 May"): a paragraph that has written the year dates its
other days so; the year it last wrote before the day is the day's (never one carried over
from another paragraph)."""


_BODY_KINDS = (ElementKind.PARAGRAPH, ElementKind.ITEM)
_MIN_WORDS = 6
"""Fewer words state no event (a dateline "<Place>, 22 May 2024")."""


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def dated_in(
    sentence: str, hidden: tuple[int, int] | None = None, story_year: int | None = None
) -> tuple[When, int, int] | None:
    """The event's date in a sentence (see the module docstring): (when, start, end).
    ``hidden`` is a stretch of the sentence that belongs to an attributed statement;
    ``story_year`` the year the story is in, which dates a day written without one ("on 9 May")."""
    if len(sentence.split()) < _MIN_WORDS or _HYPOTHETICAL.match(sentence):
        return None
    if sentence.rstrip().endswith("?"):
        return None  # an open question ("Which ... by the elections of <day>?") dates nothing
    if _METHOD.search(sentence):
        return None
    spans = [
        m.span()
        for p in (
            _BRACKETS,
            PERIOD,
            MONTHS_PERIOD,
            STATE_OF_AFFAIRS,
            _WITH_PHRASE,
            INSTRUMENT_DATE,
            _RUNNING_HEAD,
            _ROUND_DAY,
            ELECTION_NAMED,
            FROM_TO,
            COMPARED,
            PLANNED,
        )
        for m in p.finditer(sentence)
    ]
    masked = _blank(sentence, spans + ([hidden] if hidden else []))
    found = [m for p in (DATE_PATTERN, MONTH_YEAR_PATTERN) for m in p.finditer(masked)]
    found.sort(key=lambda m: (m.start(), -len(m.group())))
    on_day = [m for m in found if m.group() and _ON.search(masked[: m.start()][-4:])]
    yearless = _YEARLESS.search(masked) if story_year is not None and not on_day else None
    if yearless is not None and story_year is not None:
        month = MONTHS[yearless["month"].lower()]
        try:
            day = When(story_year, month, int(yearless["day"]))
        except ValueError:
            return None
        return day, yearless.start("day"), yearless.end()
    chosen = (on_day or found)[:1]
    if not chosen:
        year = _CLAUSE_YEAR.search(masked)
        if year is not None and _OBSERVATION.match(masked, year.end()):
            return None
        if year is None:
            year = ACT_YEAR.search(masked)
            if year is not None and describes_a_standing(masked, year):
                return None
        if year is None or _NO_HAPPENING.match(masked, year.end()):
            return None
        if a_figure_follows(masked, year.end()):
            return None
        return When(int(year["year"])), year.start("year"), year.end("year")
    first = chosen[0]
    inside = [m for m in found if any(o.start() < m.start() < o.end() for o in found)]
    if a_counted_election(masked, first.span(), len(found) - len(inside)):
        return None
    when = find_when(first.group())
    if when is None:
        return None
    start = first.start()
    day_range = _RANGE.search(masked, max(0, start - 12), first.end())
    if day_range is not None and when[0].day is not None:
        when = (When(when[0].year, when[0].month, int(day_range["day"])), when[1])
        start = day_range.start()
    return when[0], start, first.end()


def _statement_stretches(
    text: str,
) -> tuple[list[tuple[int, int, int]], list[tuple[When, int, int]]]:
    """Where each attributed statement of a paragraph (not an announcement) has its words
    and its date, and where its clause opens (its date, or the last clause join before its
    speaker: "The election of <date> was decided in the first round, and the mission found
    it "..."" leaves the first clause's date to an event): from there up to its words, a
    sentence's dates are the statement's, not an event's; and the occasions (a press
    conference, an address) statements are dated by, which are events (``occasions.py``)."""
    stretches = []
    occasions = []
    for statement in read_attributed(text):
        verb = text[statement.speaker_at[1] : statement.words_at[0]]
        if re.search(r"\bannounc", verb):
            continue
        joins = [j.end() for j in _CLAUSE_JOIN.finditer(text, 0, statement.speaker_at[0])]
        begin = joins[-1] if joins else 0
        if statement.when_at is not None:
            begin = min(begin, statement.when_at[0])
        issued = _ISSUED.search(text, statement.speaker_at[0], statement.words_at[0])
        if issued is not None:  # the document's publication is an act of its own
            begin = max(begin, issued.end())
        if statement.when_at is not None and statement.when_at[0] >= begin:
            stretches.append((begin, *statement.when_at))
        stretches.append((begin, *statement.words_at))
        occasion = occasion_of(text, statement)
        if occasion is not None:
            occasions.append(occasion)
    return stretches, occasions


def _hidden(stretches: list[tuple[int, int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The part of the sentence ``start:end`` from where its statements' clauses open up to
    the last statement's words in it."""
    inside = [(begin, s_end) for begin, s_start, s_end in stretches if start <= s_start < end]
    if not inside:
        return None
    return max(0, min(b for b, _ in inside) - start), max(e for _, e in inside) - start


def add_dated_events(
    extraction: Extraction,
    document: Document,
    report: Fact,
    key: str,
    read: list[Fact] | None = None,
) -> list[Fact]:
    """One ``schema:Event`` per body sentence that dates something it says happened, but
    not in a passage an event ``read`` already stands for (a chronology's row)."""
    taken = [span for fact in read or [] for span in fact.evidence]
    found: list[Fact] = []
    in_references = False
    for element in document.elements:
        # a numbered item too: a subsection numbered "2." opens one in some layouts
        if element.kind not in _BODY_KINDS or _NOTE.match(element.text):
            continue
        if any(_NOT_BODY.match(section.title) for section in element.section.path):
            continue
        entries = references_entries(element)
        # a list of references, and an entry the conversion set apart after one
        if entries >= 2 or (entries and in_references):
            in_references = True
            continue
        in_references = False
        stretches, occasions = _statement_stretches(element.text)
        year = None  # a day without its year takes one its own paragraph writes
        for start, end in parted_sentences(element.text):
            sentence = element.text[start:end]
            year = _year_of(sentence, year)
            if _TREATY_ACTION.search(sentence):
                continue
            if not_an_event(element, start, end):
                continue
            held = [o for o in occasions if start <= o[1] < end]
            if held:  # the occasion a statement was made at is the sentence's event
                spans = element.spans(start, end)
                if not any(x.start < y.end and y.start < x.end for x in spans for y in taken):
                    fact = event_fact(key, held[0][0], sentence, spans, report)
                    found.append(extraction.merge(fact))
                continue
            hidden = _hidden(stretches, start, end)
            for a, b in _dated_clauses(sentence):
                clause = sentence[a:b]
                hide = (max(0, hidden[0] - a), hidden[1] - a) if hidden and hidden[1] > a else None
                dated = dated_in(clause, hide, year)
                if dated is None:
                    continue
                spans = element.spans(start + a, start + b)
                if any(x.start < y.end and y.start < x.end for x in spans for y in taken):
                    continue
                found.append(extraction.merge(event_fact(key, dated[0], clause, spans, report)))
    return found


def _dated_clauses(sentence: str) -> list[tuple[int, int]]:
    """The sentence parted into clauses that each date an act on their own day, month or
    year ("The court dismissed the appeal on 9 May 2011, and the supreme court upheld that
    on 2 June 2011"; "... began X in March 2013, and introduced Y in 2016"): two acts, two
    events. A sentence with one such date is one clause."""
    days = sorted(
        [
            *_ON_DAY.finditer(sentence),
            *_IN_MONTH.finditer(sentence),
            *ACT_YEAR.finditer(sentence),
            *_POLL_OF_DAY.finditer(sentence),
            *_YEARLESS.finditer(sentence),
        ],
        key=lambda m: m.start(),
    )
    cuts = []
    for before, after in pairwise(days):
        joins = list(_CLAUSE_JOIN.finditer(sentence, before.end(), after.start()))
        if joins:
            cuts.append(joins[-1])
    starts = [0] + [cut.start() + 1 for cut in cuts]
    ends = [cut.start() for cut in cuts] + [len(sentence)]
    return [
        (a + len(sentence[a:b]) - len(sentence[a:b].lstrip()), b)
        for a, b in zip(starts, ends, strict=True)
    ]


def _year_of(sentence: str, year: int | None) -> int | None:
    """The year the story is in after ``sentence``: the last one it dates a day or a month
    in, or opens a clause with ("In 2015, the party complained on 2 October"), else ``year``."""
    dated = [
        (m.start(), int(m.group()[-4:]))
        for p in (DATE_PATTERN, MONTH_YEAR_PATTERN)
        for m in p.finditer(sentence)
    ]
    dated += [(m.start(), int(m["year"])) for m in _CLAUSE_YEAR.finditer(sentence)]
    return max(dated)[1] if dated else year


def event_fact(key: str, when: When, text: str, evidence: list[Span], report: Fact) -> Fact:
    """One dated event of the report ``key``: its text as label and comment."""
    fact = Fact(
        iri=mint("event", key, f"{when.iso()}-{slug(text)[:32]}"),
        kind=SCHEMA.Event,
        label=text[:120],
        evidence=evidence,
    )
    fact.add(RDFS.comment, text)
    fact.add(SCHEMA.startDate, when.literal())
    fact.add(NG.sourceReport, report.iri)
    return fact


__all__ = ["add_dated_events", "dated_in", "event_fact"]
