"""Marks by which a list rates some of its recommendations as priorities in the item
itself, whatever the genre: a word opening the item after its number ("3.  PRIORITY - The
CEC should ...", "(Priority) ...", "High priority: ...", "R1 Priority. The ..."), or a tag
the list's legend names ("[P]"). The marker is no part of the recommendation's text; the
list's items without it are not priorities."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from ..text.labels import GLUED_MARKS
from ..text.lines import GLYPHS
from ..text.model import Document, Element, ElementKind
from ..text.source import SourceText
from .paragraph_numbering import report_paragraphs

LEADING_PRIORITY = re.compile(
    r"\s*(?:[(\[]\s*(?:high\s+)?priority\s*[)\]]\s*[:\u2013\u2014-]?"
    r"|(?:high\s+)?priority\s*[:\u2013\u2014-]|(?-i:PRIORITY)(?=\s+[A-Z])"
    r"|(?-i:(?:High\s+)?Priority\.)(?=\s+[A-Z]))\s*",
    re.I,
)
"""A marker opening an item; "Priority should be given to ..." is a sentence, not one."""


def leading_priority(text: str, start: int = 0) -> re.Match[str] | None:
    """The priority marker opening ``text`` at ``start``, or None."""
    return LEADING_PRIORITY.match(text, start)


def written_label(element: Element, source: SourceText) -> str:
    """What stands on an item's first line before its own text ("\u25ba 1.", "4.*"), bold
    markup around its label left out."""
    if not element.pieces:
        return ""
    start = element.pieces[0].start
    written = source.text[source.text.rfind("\n", 0, start) + 1 : start]
    return _BOLD_LABEL.sub(r"\1", written)  # "**1.**" is bold, not a number marked "*"


_BOLD_LABEL = re.compile(r"\*\*(\w{1,4}[.)])\*\*")


def starred(element: Element, source: SourceText) -> bool:
    """Does an item's label carry an asterisk ("1.*  The law should ...")? Reports mark
    their priority recommendations so and say it in the list's lead-in; the marked items
    of a list are its priorities and the unmarked ones are not."""
    return element.kind is ElementKind.ITEM and "*" in written_label(element, source)


_MARKS = {*GLYPHS, *GLUED_MARKS}
"""What may mark an item by its number: a bullet glyph, or an asterisk, a dagger or a star
glued to it ("*1)", "\u20203.")."""


def glyph_marked(elements: Iterable[Element], source: SourceText, lead_in: str = "") -> set[int]:
    """The ids of the numbered items whose number a glyph precedes ("\u25ba 3.", "\u25ba12.")
    or an asterisk follows ("1.*"), where some of the list's numbered items carry
    it and others do not: the marked ones are what the lead-in calls its priorities. A
    glyph by every number is decoration. With the list's ``lead_in``, also the items that
    open with a tag its legend names (``legend_marked``)."""
    numbered = [e for e in elements if e.kind is ElementKind.ITEM and e.label]
    marked = {id(e) for e in numbered if set(written_label(e, source)) & _MARKS}
    legend = legend_marked(numbered, lead_in) if lead_in else set()
    return (marked if len(marked) < len(numbered) else set()) | legend


def list_marks(document: Document, elements: Sequence[Element]) -> tuple[set[int], str, set[int]]:
    """What a recommendations section's items say of themselves beyond their numbers: the
    ids of the report's own numbered paragraphs among them ("[37] These recommendations
    ...", ``paragraph_numbering.report_paragraphs``), the lead-in where a legend stands
    (``list_lead_in``) and the ids of the items its marks rate (``glyph_marked``)."""
    paragraphs = report_paragraphs(document, elements)
    lead = list_lead_in(elements, paragraphs)
    listing = [e for e in elements if id(e) not in paragraphs]
    return paragraphs, lead, glyph_marked(listing, document.source, lead)


_MARK = re.compile(
    r"(?P<mark>[(\[{<](?!\s*(?:[a-z]|[ivx]{1,4}|\d{1,3})\s*[)\]}>])[^()\[\]{}<>\n]{1,16}[)\]}>]"
    r"|[*\u2605\u2606\u2020\u2021!\u00a7#+\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}"
    r"|(?-i:[A-Z]{1,10}(?=\s+[A-Z][a-z])))"
    r"[ \t]*(?:[:\u2013\u2014-][ \t]*)?(?=\S)"
)
"""A short tag or glyph between an item's label and its text ("1. [P]  The ...", "4. (*) The",
"2. \u2605 The", "1.\u2020  The"), or a word in capitals in a column of its own before the
sentence ("R-01  KEY   The ...", "3.  P    The ..."); a sub-label ("(a)", "(ii)", "(3)") is
none. A word is a mark only where the legend calls it one (``_NAMED_MARK``)."""
_GLYPH_NAMES = {"*": "asterisk", "\u2605": "star", "\u2606": "star", "\u2020": "dagger"}
_NAMED_MARK = (
    r"\b(?i:marked|flagged|labell?ed|tagged|denoted|shown)\s+(?i:with\s+|by\s+|as\s+)?"
    r"(?:the\s+(?:word|letters?|tag)\s+)?[\"\u201c\u2018']?{}(?!\w)"
)
"""A legend naming a word as the mark of some items ("Those marked KEY ...", "items
flagged with the letter P"): a word in capitals by an item's number is a mark only so, not
the name of a body ("OSCE participating States should ...")."""
_SAYS_PRIORITY = re.compile(
    r"\bpriorit(?:y|ies)\b|\burgent|\bkey\b|\bessential\b|\bpressing\b|\bmost\s+important\b"
    r"|\b(?:before|ahead\s+of)\s+the\s+next\s+(?:[\w-]+\s+){0,2}elections?\b",
    re.I,
)
"""A legend sentence that ranks the items it names: priorities, urgent or key ones, the ones
to act on before the next elections ("Those marked KEY should be acted upon before the
next general elections")."""


def item_mark(text: str, start: int) -> re.Match[str] | None:
    """The tag or glyph standing at ``start`` of an item's first line, right after its
    label, or None."""
    return _MARK.match(text, start)


def priority_mark(mark: str, lead_in: str) -> bool:
    """Does ``mark`` rate its items as priorities? So when it says so itself ("[Priority]")
    or when a sentence of the list's lead-in that speaks of priorities names it
    ("Recommendations marked [P] are priority recommendations", "... an asterisk ...")."""
    says = leading_priority(mark)
    if says is not None and says.end() == len(mark):
        return True
    inner = mark.strip("()[]{}<> :\u2013\u2014-\t")
    if inner.isalpha() and inner == mark.strip():  # a bare word: "KEY", "P"
        named_as_mark = _NAMED_MARK.format(re.escape(inner))
        return any(
            _SAYS_PRIORITY.search(sentence) and re.search(named_as_mark, sentence)
            for sentence in re.split(r"(?<=[.;!?])\s+", " ".join(lead_in.split()))
        )
    names = [re.escape(inner), *(name for glyph, name in _GLYPH_NAMES.items() if glyph in inner)]
    named = re.compile(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)", re.I if len(inner) > 1 else 0)
    return any(
        _SAYS_PRIORITY.search(sentence) and named.search(sentence)
        for sentence in re.split(r"(?<=[.;!?])\s+", " ".join(lead_in.split()))
    )


def list_lead_in(elements: Sequence[Element], paragraphs: AbstractSet[int] = frozenset()) -> str:
    """The paragraphs of a list's section before its first numbered item: where a legend
    ("Recommendations marked [P] are priorities") stands. ``paragraphs``: the ids of items
    that are the report's own numbered paragraphs ("10.1  We offer ..."), read as text."""
    lead: list[str] = []
    for element in elements:
        if element.kind is ElementKind.ITEM and element.label and id(element) not in paragraphs:
            break
        if element.kind is ElementKind.PARAGRAPH or id(element) in paragraphs:
            lead.append(element.text)
    return " ".join(lead)


def opening_priority(
    text: str, start: int, lead_in: str, any_rank: bool = False
) -> re.Match[str] | None:
    """What opens an item at ``start`` and rates it a priority: a marker saying so
    ("PRIORITY - ") or a tag the list's legend names ("[P] " under "Recommendations marked
    [P] are priorities"); None when nothing does. Its end is where the item's text starts.
    With ``any_rank``, also a tag the legend ranks lower ("(M)" under "M = medium"), to
    leave it out of the text."""
    leading = leading_priority(text, start)
    if leading is not None:
        return leading
    mark = item_mark(text, start)
    if mark is None or not priority_mark(mark["mark"], lead_in):
        return None
    return None if not any_rank and _ranked_lower(mark["mark"], lead_in) else mark


_LOWER = re.compile(
    r"\s*(?:[=:\u2013\u2014-]|means|stands\s+for|is|are)?\s*(?:medium|low|other)\b", re.I
)
"""What a legend says after a tag that ranks it below the first: "M = medium", "L: low"."""


def _ranked_lower(mark: str, lead_in: str) -> bool:
    """Does the list's legend rank ``mark`` below the priorities ("Key: H = high, M =
    medium" for "(M)")? A legend that names every rank speaks of priority for them all."""
    inner = re.escape(mark.strip("()[]{}<> :-\u2013\u2014"))
    return any(
        _LOWER.match(lead_in, found.end())
        for found in re.finditer(rf"(?<!\w){inner}(?!\w)", lead_in)
    )


def legend_marked(elements: Sequence[Element], lead_in: str) -> set[int]:
    """The ids of the numbered items that open with a tag the list's legend names as a
    priority mark (``opening_priority``), or close with a mark it quotes (``closing_mark``)."""
    marks = legend_marks(lead_in)
    return {
        id(e)
        for e in elements
        if e.kind is ElementKind.ITEM
        and e.label
        and (
            (
                opening_priority(e.text, len(e.text) - len(e.text.lstrip()), lead_in) is not None
                and leading_priority(e.text) is None
            )
            or closing_mark(e.text, marks) is not None
        )
    }


_QUOTED = re.compile(
    r"[\"\u201c\u2018\u00ab]([^\"\u201c\u201d\u2018\u2019\u00ab\u00bb\n]{1,24})[\"\u201d\u2019\u00bb]"
)
"""A short quoted string: what a legend says marks an item ("followed by "-- priority"")."""


def legend_marks(text: str) -> list[str]:
    """The marks a legend quotes in a sentence that speaks of priorities ("Those followed by
    the words "-- priority" are the priority recommendations", "items ending in \u201c(P)\u201d
    are urgent"): whatever the sign, the legend says what it means."""
    return [
        quoted.group(1).strip()
        for sentence in re.split(r"(?<=[.;!?])\s+", " ".join(text.split()))
        if _SAYS_PRIORITY.search(sentence)
        for quoted in _QUOTED.finditer(sentence)
        if quoted.group(1).strip()
    ]


def closing_mark(text: str, marks: Sequence[str]) -> int | None:
    """Where a mark of ``marks`` closes an item after its own closing stop ("... by
    emergency ordinance. -- priority"): the end of the item's own words; None when none does."""
    for mark in marks:
        found = re.search(rf"(?<=[.;!?)])\s*{re.escape(mark)}\s*$", text)
        if found is not None:
            return found.start()
    return None


__all__ = [
    "LEADING_PRIORITY",
    "closing_mark",
    "glyph_marked",
    "item_mark",
    "leading_priority",
    "legend_marked",
    "legend_marks",
    "list_lead_in",
    "list_marks",
    "opening_priority",
    "priority_mark",
    "starred",
    "written_label",
]
