"""Aggregate complaint figures in running text: how many complaints a body received, and
what became of them.

Reports count complaints in a handful of sentence shapes, whatever the state: "The CEC
received 14 complaints", "some 100 complaints were filed with election commissions and
courts", "X complaints were lodged with the CEC, of which Y were rejected", "Of these,
nine were dismissed and two upheld", "courts considered 21 appeals". ``read_figures``
finds each count in a sentence with its offsets, the phrase naming the body, who filed
them and what they were about when the sentence says so, and the outcome a part count
states. Numbers may be digits or words ("twelve", "some 100", "more than 40").

>>> [(f.count, f.body, f.outcome) for f in read_figures(
...     "In total, 37 complaints were filed with the CEC, of which 29 were rejected.")]
[(37, 'the CEC', None), (29, 'the CEC', 'rejected')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.words import any_word
from .complaint_figure_parts import parts_of, whole_outcome
from .complaint_figure_words import (
    ANY_VERDICT,
    COUNTED,
    DISPUTE,
    LOOSE_COUNTED,
    NOUN,
    NUM,
    REPORTED,
    FigureReading,
    reports_a_wrong,
)
from .complaint_outcomes import OUTCOMES, one_line
from .complaint_tallies import opens_on_rest, read_tally
from .count_words import number_value

_ITEM = (
    r"(?!(?:of|with|which|while|whereas|including|mainly|mostly|in|on|by|from|during|but|"
    r"where|who|most|some|all|none|many)\b)"
    r"(?:the\s+)?[A-Za-z][\w'\u2019/-]*(?:\s+(?:of\s+|the\s+)*[\w'\u2019/-]+){0,5}?"
)
_BODY = rf"(?P<body>{_ITEM}(?:,\s+{_ITEM})*(?:,?\s+and\s+{_ITEM})?)"
"""The body or bodies a figure names ("the CEC", "election commissions, prosecutor's
offices and courts")."""
_BODY_END = (
    r"(?=\s*(?:[,.;:(]|$)|\s+(?:by|on|from|in|during|prior|before|after|since|"
    r"regarding|concerning|relating|related|about|against|alleging|challenging|of which|"
    r"while|whereas|but|mostly|mainly|most|and\s+(?:of\s+)?\d))"
)
_ABOUT = r"(?:requesting|seeking|challenging|concerning|regarding|against|about|alleging)"
_FILED = (
    r"(?:(?:were|was|had been|have been|has been)\s*(?:filed|lodged|submitted|brought|registered)"
    r"|(?:filed|lodged|submitted|registered))"
)
"""The filing verb of a figure; a bare "brought" is no filing ("7 objections concerning
voters brought to the capital")."""
_SHAPES = (
    re.compile(
        rf"\b{NUM.format(name='n')}\s+{NOUN}\s+(?:{_ABOUT}\s+[^,.;]{{3,80}}?\s+)?"
        rf"(?:(?:filed|lodged|submitted)\s+by\s+"
        rf"(?P<who>[^,.;]+?)\s+)?{_FILED}\s+(?:by\s+(?P<who2>[^,.;]+?)\s+)?"
        rf"(?:with|to|at|in|before)\s+{_BODY}{_BODY_END}",
        re.I,
    ),
    re.compile(
        rf"(?P<body>\b(?:the\s+)?[A-Za-z][\w'\u2019/-]*(?:\s+[\w'\u2019/-]+){{0,5}}?)"
        rf"(?:\s+\([A-Z][\w/-]{{1,9}}\))?(?:,\s+(?:which|who|an?|the)\s+[^,.;]{{3,80}},)?"
        rf"\s+(?:had\s+|has\s+|have\s+|also\s+)?"
        rf"(?:(?:so far|already|reportedly|in total|altogether|jointly)\s+)?"
        rf"(?:received|registered|considered|reviewed|examined|adjudicated|decided|resolved|"
        rf"heard|handled|dealt with|(?P<verdict>rejected|dismissed|upheld|satisfied|granted|"
        rf"denied|accepted))\s+{NUM.format(name='n')}\s+{NOUN}",
    ),
    re.compile(  # "the CEC reported 772 complaints": a body's own count, of complaints only
        rf"(?P<body>\b(?:the\s+)?[A-Za-z][\w'\u2019/-]*(?:\s+[\w'\u2019/-]+){{0,5}}?)"
        rf"\s+(?:had\s+|has\s+|have\s+)?(?:reported|recorded|logged|processed)\s+"
        rf"{NUM.format(name='n')}\s+(?:[\w-]+\s+)?(?:complaints|appeals|petitions)\b",
    ),
    re.compile(
        rf"\b{NUM.format(name='n')}\s+(?:election[\w-]*\s+|formal\s+|written\s+)?"
        rf"(?:complaints|appeals)(?:\s+and\s+(?:appeals|complaints))?\s+"
        rf"(?:were|had been|have been)\s+(?:filed|lodged|submitted|registered)\b"
        rf"(?!\s+(?:with|to|at|in|before)\s+(?!the\s+(?:pre-?|post-?)?election|total\b)"
        rf"(?:the\s+)?(?-i:[A-Z]))",
        re.I,
    ),
    re.compile(
        rf"\baware of\s+{NUM.format(name='n')}\s+{NOUN}\s+{_FILED}\s+(?:by\s+(?P<who>[^,.;]+?)"
        rf"\s+)?(?:with|to|at|in|before)\s+{_BODY}{_BODY_END}",
        re.I,
    ),
    re.compile(
        rf"\b[Oo]f\s+(?:the|all)\s+{NUM.format(name='n')}\s+{NOUN}\s+(?:received|filed|lodged|"
        rf"submitted|considered)\s+(?:(?:by|with|to|in|before)\s+{_BODY}|there)(?=\s*,)",
    ),
    # a filer's own share opening its tally: "Of our 6 complaints, 2 were upheld ..."
    re.compile(rf"\b[Oo]f\s+(?:our|its|their)\s+{NUM.format(name='n')}\s+{NOUN}(?=\s*,)"),
    re.compile(
        rf"(?P<who>\b[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|and|a|the)){{0,6}}"
        rf"(?:\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?)??)\s+"
        rf"(?:had\s+|has\s+|have\s+|also\s+|jointly\s+)?(?:filed|lodged|submitted|"
        rf"(?:assisted|helped|supported)(?:\s+[\w-]+)?\s+(?:in\s+|to\s+|with\s+)?"
        rf"(?:filing|lodging|submitting|file|lodge|submit))\s+"
        rf"{NUM.format(name='n')}\s+{NOUN}\s+(?:with|to|before)\s+{_BODY}{_BODY_END}",
    ),
    re.compile(
        rf"\b{NUM.format(name='n')}\s+{NOUN}\s+(?:received|considered|reviewed|heard|handled)"
        rf"\s+by\s+{_BODY}(?=\s+(?:were|was|had been|have been)\s+(?P<verdict>{ANY_VERDICT}))",
    ),
    re.compile(  # "1,245 complaints were received by lower-level commissions"
        rf"\b{NUM.format(name='n')}\s+{NOUN}\s+(?:were|was|had been|have been)\s+"
        rf"(?:received|considered|reviewed|heard|handled)\s+by\s+{_BODY}{_BODY_END}",
        re.I,
    ),
    re.compile(  # a labelled count: "Complaints received by the CEC: 61 (upheld: 9; ...)"
        rf"\b(?:{COUNTED})\s+(?:received|filed|lodged|submitted|registered|considered)\s+"
        rf"(?:by|with|to|at|before)\s+{_BODY}\s*[:=\u2013]\s*{NUM.format(name='n')}\b",
        re.I,
    ),
    re.compile(
        rf",?\s+and\s+of\s+{NUM.format(name='n')}\s+(?:{NOUN}\s+)?{_FILED}\s+"
        rf"(?:with|to|at|in|before)\s+{_BODY}{_BODY_END}",
        re.I,
    ),
)
_SHAPE_WORD = re.compile(rf"{COUNTED}|filed|lodged|submitted|brought|registered", re.I)
"""A word every one of ``_SHAPES`` needs (its noun, or its verb where the noun may be
left out): a sentence without one is not scanned."""
_GAPPED = re.compile(
    rf"(?:,\s*|\s+)and\s+(?:(?P<body>the\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){{0,5}}?)\s+)?"
    rf"{NUM.format(name='n')}\s+(?:{NOUN}(?!\s+(?:were|was|had|have|are)\b)"
    r"|(?:after|afterwards|thereafter|later)\b)"
)
"""A second count sharing the first's verb: "The CEC received 137 complaints before election
day and 212 after", "the CEC received 326 complaints, and the courts 61 appeals"."""
_LISTED_BODY = (
    r"(?!(?:up|down|compared|than|from|against|versus|of|with|which|in|on|by|during|upheld"
    r"|[a-z]+ed|[a-z]+ing)\b)"
    r"(?:the\s+)?[A-Za-z][\w'\u2019/-]*(?:\s+[A-Za-z][\w'\u2019/-]*){0,4}?"
)
"""A body named in a list of counts: words without digits ("district commissions"), not a
verb ("and granted 4" is a part of the figure before)."""
_LISTED = (
    re.compile(
        rf"^(?:,\s*|,?\s+and\s+)(?P<body>{_LISTED_BODY})\s+(?!(?:19|20)\d\d\b){NUM.format(name='n')}"
        r"(?=\s*(?:[,.;]|\band\b|$))"
    ),
    re.compile(
        rf"^(?:[:,]\s*|,?\s+and\s+){NUM.format(name='n')}\s+(?:with|to|by|before)\s+"
        rf"(?P<body>{_LISTED_BODY})(?=\s*(?:[,.;]|\band\b|$))"
    ),
)
"""Counts listed right after a figure, one per body, the verb and noun left out: "The CEC
received 64 complaints, district commissions 212 and precinct commissions 37"; "312
complaints were filed: 64 with the CEC, 211 with district commissions and 37 with courts"."""
_LISTED_SUBJECT = re.compile(
    rf"^(?:[:,]\s*|,?\s+and\s+){NUM.format(name='n')}\s+(?:on|about|concerning|regarding|"
    r"over|relat(?:ed|ing) to)\s+(?P<subject>[^,.;:]{3,80}?)(?=\s*(?:[,.;]|\band\b|$))"
)
"""Counts listed after a figure by what they were about, the verb and noun left out: "filed
23 complaints with the courts: 15 on the local elections and 8 on the referendum"."""
_PRONOUN = re.compile(r"(?:it|they|this|these)", re.I)
"""A body named by a pronoun ("It rejected 29"): the body of the sentence before."""
_NOUN_WORDS = re.compile(rf"\b(?:{COUNTED})\b", re.I)
"""Words that name what is counted: a sentence without them may be a tally of the figure
before ("It rejected 71 and upheld 29")."""
_SUBJECT = re.compile(
    r"\b(?:regarding|concerning|relating to|related to|about|alleging|challenging|requesting|"
    r"seeking)\s+"
    r"(?P<what>[^;.]{8,160}?)"
    r"(?=[;.,]\s|[;.]?$|,? of which|,? while|\s+(?:were|was|had been) (?:filed|lodged|submitted))",
    re.I,
)


_FOR_ELSE = re.compile(r"\s+for\b")
"""Applications or requests "for" something: for registration, for accreditation."""
_PROTESTS = re.compile(r"\bprotests\b", re.I)
_DISPUTED = any_word(
    "filed, lodged, submitted, electoral, election, court, tribunal, commission, committee, board, "
    "(?-i:[A-Z]*EC)"
)
"""Protests are complaints where a sentence speaks of filing them or of an electoral body,
not a count of street protests."""


def _outcome_of(words: str) -> str | None:
    for slug, pattern in OUTCOMES:
        if re.fullmatch(pattern, words, re.I):
            return slug
    return None


def _listed(sentence: str, found: list[FigureReading]) -> list[FigureReading]:
    """The counts ``_LISTED`` after each figure, each read from where the one before ends."""
    extra: list[FigureReading] = []
    for figure in list(found):
        end = figure.end
        while match := next(
            (m for p in (*_LISTED, _LISTED_SUBJECT) if (m := p.match(sentence[end:]))), None
        ):
            start = end
            end = start + match.end()
            if any(f.start < end and start < f.end for f in found if f is not figure):
                break
            count = number_value(match.group("n"))
            if match.re is _LISTED_SUBJECT:  # the figure's body and filer, a subject of its own
                subject = match.group("subject").strip()
                extra.append(
                    replace(
                        figure,
                        count=count,
                        start=start + match.start("n"),
                        end=end,
                        outcome=None,
                        subject=subject,
                        part=False,
                    )
                )
                continue
            body = (start + match.start("body"), start + match.end("body"))
            extra.append(
                FigureReading(
                    count, start + match.start("n"), end, match.group("body").strip(), body
                )
            )
    return extra


def _gapped(sentence: str, found: list[FigureReading]) -> list[FigureReading]:
    """Counts that share the verb of a figure before them (``_GAPPED``), with their own
    body when they name one, else that figure's."""
    extra: list[FigureReading] = []
    for match in _GAPPED.finditer(sentence):
        before = [f for f in found if f.end <= match.start()]
        if not before or any(f.start <= match.start("n") < f.end for f in found):
            continue
        own = match.group("body")
        extra.append(
            FigureReading(
                number_value(match.group("n")),
                match.start("n"),
                match.end(),
                own if own else before[-1].body,
                match.span("body") if own else before[-1].body_at,
                complainant=before[-1].complainant,
            )
        )
    return extra


def read_figures(
    sentence: str,
    carried_body: str | None = None,
    total: int | None = None,
    *,
    disputed: bool = False,
) -> list[FigureReading]:
    """Every complaint count in ``sentence``. A sentence opening "Of these, ..." counts
    part of the figure before it: ``carried_body`` (that figure's body) is its body, and
    ``total`` its count (what "the remainder" of a tally is counted from). ``disputed``: the
    sentence stands under a heading about disputes ("Complaints and Appeals"), where the
    applications or requests a body received are complaints unless said to be "for" something
    else ("applications for registration")."""
    sentence = one_line(sentence)
    found: list[FigureReading] = []
    taken: list[tuple[int, int]] = []
    for shape in _SHAPES if _SHAPE_WORD.search(sentence) else ():
        for match in shape.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if _PROTESTS.search(match.group()) and not _DISPUTED.search(sentence):
                continue  # "the police registered 12 protests": street protests
            if LOOSE_COUNTED.search(match.group()) and not (
                DISPUTE.search(sentence)
                or (disputed and not _FOR_ELSE.match(sentence, match.end()))
            ):
                continue  # "received 120 applications for registration": no dispute
            if REPORTED.search(match.group()) and not reports_a_wrong(sentence, match.start()):
                continue  # "received 27 campaign finance reports": no wrong reported
            taken.append(match.span())
            groups = match.groupdict()
            body = groups.get("body")
            if body is not None and _PRONOUN.fullmatch(body.strip()):
                body = carried_body  # "It rejected 29 complaints": the body before's
            who = groups.get("who") or groups.get("who2")
            verdict = groups.get("verdict")
            subject = _SUBJECT.search(sentence, match.start())
            found.append(
                FigureReading(
                    number_value(match.group("n")),
                    match.start(),
                    match.end(),
                    body.strip() if body else None,
                    match.span("body") if body and groups.get("body") == body else None,
                    outcome=_outcome_of(verdict) if verdict else None,
                    complainant=who.strip() if who else None,
                    subject=subject.group("what") if subject else None,
                )
            )
    if (
        not found
        and (carried_body is not None or total is not None)  # a figure before, with a body or not
    ):
        tally = read_tally(sentence, carried_body, total)
        # a sentence that names the complaints again splits the figure before only when
        # its counts fit in it ("4 complaints were upheld and the remaining 8 ..." of 12)
        named = _NOUN_WORDS.search(sentence) is not None and not opens_on_rest(sentence)
        if tally and (not named or sum(item.count for item in tally) <= (total or 0)):
            return tally
    found.sort(key=lambda reading: reading.start)
    found.extend(_gapped(sentence, found))
    listed = _listed(sentence, found)
    split = {reading.subject for reading in listed if reading.subject}  # not the whole's
    found = [replace(f, subject=None) if f.subject in split else f for f in found] + listed
    found.sort(key=lambda reading: reading.start)
    found = [whole_outcome(sentence, reading) for reading in found]
    return sorted(found + parts_of(sentence, found, carried_body), key=lambda r: r.start)


__all__ = ["FigureReading", "number_value", "read_figures"]
