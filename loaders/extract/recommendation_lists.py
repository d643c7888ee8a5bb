"""Recommendations written as a list under a lead-in, and recommendations labelled one by one.

Reports of every kind recommend in a list that a sentence opens and a colon ends: "The
delegation calls on the authorities to:", "We recommend that:", "The mission urges the
parliament to:", followed by dash, bullet or numbered items, each one recommendation whose
addressee the lead-in names. Others label each paragraph: "Recommendation 3 (to the central
election commission): Introduce ...", "Recommendation 4: ...". Both readings are shared by
the loaders of every genre so that one layout is read the same way wherever it appears.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..text.labels import WORDED, LabelKind, label_kind, spelt_value, sub_number
from ..text.lines import UNNUMBERED_TOP
from ..text.model import Element, ElementKind, Section
from ..text.source import SourceText
from .recommendation_marks import written_label

_ANNOUNCES = (
    r"(?:offers?|makes?|presents?|submits?|sets?\s+out|puts?\s+forward)\s+the\s+following"
    r"\s+(?:[\w-]+\s+){0,2}?recommendations"
    r"|the\s+following\s+(?:[\w-]+\s+){0,2}?recommendations\s+(?:are|is)\s+"
    r"(?:made|offered|presented|submitted|put\s+forward)"
)
"""A present-tense sentence that announces a list of recommendations ("The mission offers
the following recommendations for consideration by the authorities:", "The following
recommendations are made:"): what follows are the recommendations, not its parts."""
_LEAD_IN = re.compile(
    r"\b(?:recommends?|calls?\s+(?:up)?on|urges?|encourages?|invites?|asks?|proposes?"
    rf"|suggests?|{_ANNOUNCES})\b(?P<tail>[^:]{{0,200}}):\s*$",
    re.I,
)
"""A sentence that opens a list of what it asks, in the present tense, ending with a colon:
"calls on the authorities to:", "We recommend that:", "recommends the following:". What was
recommended before ("had recommended", "recommended in 2019") is a review, not this."""
_LEAD_IN_LENGTH = 400
"""A lead-in is one sentence; a long paragraph that ends with a colon is body text."""
_MARKED = r"(?:\s*[(\[]\s*(?P<mark>(?i:(?:high\s+|top\s+)?priority|urgent))\s*[)\]])?"
_LABELLED = re.compile(
    WORDED
    + _MARKED
    + r"(?:\s*\((?:(?:addressed\s+)?to|for)\s+(?P<who>[^)]{2,80})\))?"
    + _MARKED.replace("<mark>", "<mark2>")
    + r"(?:\s*(?:--|[:.\u2013\u2014-])\s+(?=\S)|\s+(?=[A-Z]))"
)
"""A paragraph that labels itself: "Recommendation 3 (to the GEC): ...", "Recommendation
12: ...", "Proposal 2 - ...", "Policy step 3 -- ...", "Recommendation 4 (priority): ..."
(``mark``: a priority), or
a label on a line of its own above the sentence ("Recommendation 4" then "The CEC should
..."). ``who`` is the addressee the label names."""


@dataclass(frozen=True)
class ListedRecommendation:
    """An item of a recommendations list and the lead-in that opened it."""

    item: Element
    lead_in: Element
    addressed: str
    """The lead-in's words after its verb ("the authorities to"), where it names whom the
    list addresses."""


def announces(element: Element) -> bool:
    """Does ``element`` announce a list of recommendations (``_ANNOUNCES``)? Its items,
    whatever their numbering, are the recommendations."""
    match = lead_in(element)
    return match is not None and re.search(_ANNOUNCES, match.group(0), re.I) is not None


def lead_in(element: Element) -> re.Match[str] | None:
    """The lead-in match when ``element`` opens a list of recommendations, else None."""
    text = element.text.strip()
    if element.kind is ElementKind.TABLE or len(text) > _LEAD_IN_LENGTH:
        return None
    return _LEAD_IN.search(text)


def _continues(first: Element, item: Element) -> bool:
    """Does ``item`` belong to the list ``first`` starts (same kind of label; a list of
    sub-paragraphs "10.1.", "10.2." ends at "11.")?"""
    if first.label and "." in first.label:
        parent = first.label.rsplit(".", 1)[0]
        return sub_number(item.label, parent)
    return _same_kind(first, item)


def _same_kind(one: Element, other: Element) -> bool:
    """Are both labels of one numbering (bullets, numbers, letters, numerals, codes)?
    Letters and numerals are one kind here: a list lettered "(h)" goes on with "(i)"."""
    alphabetic = {LabelKind.LETTER, LabelKind.ROMAN}
    kinds = {label_kind(one.label), label_kind(other.label)}
    return len(kinds) == 1 or kinds <= alphabetic


def _own_numbering(opening: Element, first: Element) -> bool:
    """Is ``first`` the next numbered paragraph of the numbering ``opening`` belongs to?
    Its sub-paragraphs ("10.1." under "10.") are the list it opens."""
    if opening.kind is not ElementKind.ITEM or not (opening.label and first.label):
        return False
    return _same_kind(opening, first) and not sub_number(first.label, opening.label)


def item_parts(elements: Sequence[Element]) -> set[int]:
    """The ids of items that are parts of the item before them, not items of its list: an
    item that ends with a colon ("(iii) The CEC should:") followed by items numbered
    another way ("a) publish ...; b) inform ..."), up to the next item of its own kind."""
    return {id(part) for found in parts_of(elements).values() for part in found}


def parts_of(elements: Sequence[Element]) -> dict[int, list[Element]]:
    """The parts (``item_parts``) of each item that has some, by the item's id."""
    parts: dict[int, list[Element]] = {}
    opener: LabelKind | None = None
    owner: Element | None = None
    previous: str | None = None
    for element in elements:
        if element.kind is not ElementKind.ITEM:
            opener, owner, previous = None, None, None
            continue
        kind = label_kind(element.label, previous)
        previous = element.label
        if opener is not None and owner is not None and kind is not opener:
            parts.setdefault(id(owner), []).append(element)
            continue
        opener = kind if element.label and element.text.rstrip().endswith(":") else None
        if announces(element):
            opener = None  # "12.2 ... offers the following recommendations:" owns no parts
        owner = element
    return parts


def with_parts(
    element: Element, parts: Sequence[Element], source: SourceText, end: int | None = None
) -> str:
    """An item's text (up to ``end``) followed by its parts, each on a line of its own with
    its label as written ("a.  the minutes ...;"): one recommendation's whole wording."""
    lines = [element.text[:end]]
    for part in parts:
        label = written_label(part, source).strip()
        lines.append(f"{label}  {part.text}" if label else part.text)
    return "\n".join(lines)


def _list_start(following: Sequence[Element]) -> tuple[Element | None, Element | None]:
    """The list's first item, and a paragraph before it that is an item too: a page break
    between the lead-in and the list leaves the first dash or bullet item a paragraph
    behind the running header, with unlabelled items going on after it."""
    if not following:
        return None, None
    first = following[0]
    if first.kind is ElementKind.ITEM:
        return first, None
    if (
        first.kind is ElementKind.PARAGRAPH
        and len(following) > 1
        and following[1].kind is ElementKind.ITEM
        and following[1].bullet
    ):
        return following[1], first
    return None, None


def listed_recommendations(elements: Sequence[Element]) -> list[ListedRecommendation]:
    """Every item of a list that a lead-in opens, in order. The list is the run of items
    right after the lead-in with the same kind of label as its first (bullets and dashes,
    or numbers, or letters); a numbered paragraph of the report's own numbering ends it."""
    found: list[ListedRecommendation] = []
    for index, element in enumerate(elements):
        opened = lead_in(element)
        if opened is None:
            continue
        following = elements[index + 1 :]
        first, scarred = _list_start(following)
        if first is None or _own_numbering(element, first):
            continue  # no list, or the next paragraph of the report's own numbering
        for item in following:
            if item is not scarred and (
                item.kind is not ElementKind.ITEM or not _continues(first, item)
            ):
                break
            found.append(ListedRecommendation(item, element, opened["tail"]))
    return found


_ADDRESSEE_TAG = re.compile(
    r"\s*\((?!(?:high\s+|top\s+)?priority\b|urgent\b)(?P<who>[A-Za-z][^()\d]{1,40}?)\)\s+(?=[A-Z])",
    re.I,
)
"""A list item's opening tag naming whom it asks, in brackets before its sentence: "R4
(NEC) The number of voters ...", "3. (Parliament) Adopt ..."."""


def addressee_tag(text: str) -> re.Match[str] | None:
    """The bracketed addressee an item's text opens with (``who``), else None."""
    return _ADDRESSEE_TAG.match(text)


def labelled(text: str) -> re.Match[str] | None:
    """The label of a paragraph that numbers itself as a recommendation, else None."""
    return _LABELLED.match(text)


def label_number(label: re.Match[str]) -> str:
    """The number a paragraph's label (``labelled``) gives it, in digits ("Recommendation
    Three." is 3, "Rec. 02" is 2, as a zero-padded item label is)."""
    if label["spelt"]:
        return str(spelt_value(label["spelt"]))
    number = str(label["number"])
    return str(int(number)) if number.isdigit() else number


def labelled_sections(sections: Iterable[Section]) -> list[Section]:
    """The sections that hold two paragraphs or more labelling themselves ("Proposal 1.",
    "Recommendation Two."), in order: where a study sets out its own recommendations under
    a title that does not say so ("What should be done")."""
    return [
        section
        for section in sections
        if sum(
            1
            for element in section.elements
            if element.kind is ElementKind.PARAGRAPH and labelled(element.text)
        )
        >= 2
    ]


def ranked(label: re.Match[str] | None) -> bool:
    """Does a paragraph's label call it a priority ("Priority recommendation 2: ...",
    "Recommendation 4 (priority): ...")?"""
    return label is not None and any(label[g] is not None for g in ("rank", "mark", "mark2"))


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADING_WORDS = 8


def glued_heading(element: Element, text: str) -> int:
    """Where a paragraph's own text begins after a topical sub-heading ("Legal framework",
    "Election Administration") that the conversion joined to it across a blank line: a
    short capitalised line without a closing stop, alone above the paragraph. 0 when the
    paragraph opens with its own words. Older reports set their unnumbered recommendations
    under such lines."""
    if element.kind is not ElementKind.PARAGRAPH or len(element.pieces) < 2:
        return 0
    first, second = element.pieces[0], element.pieces[1]
    line = " ".join(text[first.start : first.end].split())
    if not _BLANK_LINE.search(text[first.end : second.start]):
        return 0
    if not line or not line[0].isupper() or line[-1] in ".,;:!?" or element.label:
        return 0
    if len(line.split()) > _HEADING_WORDS or not element.text.startswith(line):
        return 0
    return len(line) + len(element.text[len(line) :]) - len(element.text[len(line) :].lstrip())


_SUBHEADING_END = re.compile(r"[.;:,!?]\s*$")


def trailing_heading(element: Element, text: str) -> int:
    """Where an item's own text ends before a topical sub-heading of the next items
    ("Election administration") that the conversion joined to it across a blank line: a
    short capitalised last line without a closing stop, alone below the item. The whole
    text's length when the item ends with its own words."""
    whole = len(element.text)
    if element.kind is not ElementKind.ITEM or len(element.pieces) < 2:
        return whole
    before, last = element.pieces[-2], element.pieces[-1]
    line = " ".join(text[last.start : last.end].split())
    if not _BLANK_LINE.search(text[before.end : last.start]):
        return whole
    if not line or not line[0].isupper() or _SUBHEADING_END.search(line):
        return whole
    if len(line.split()) > _HEADING_WORDS or not element.text.endswith(line):
        return whole
    return len(element.text[: whole - len(line)].rstrip())


CROSS_REFERENCE = re.compile(
    r"\s*\((?:see\s+)?(?:paras?\.|paragraphs?|pp?\.|sections?|chapter)\s*[\dIVXA-H][\w.,\s\u2013-]{0,20}\)"
    r"\s*$",
    re.I,
)
"""A closing reference to the paragraphs of the report a recommendation comes from ("(para.
13)", "(see section IV)"): where it stands in the report, no part of what it asks."""


_TOPIC_WORDS = 8


def subheading_lines(elements: Sequence[Element], asks: re.Pattern[str]) -> set[int]:
    """Short one-line paragraphs that head the numbered items after them ("To the
    municipalities", "Legal framework"): sub-headings the document model could not tell
    from text because they are written in sentence case; and numbered topics over their
    decimal-numbered items. ``asks``: the words of a recommendation (a topic asks nothing)."""
    chosen: set[int] = set()
    for index, element in enumerate(elements[:-1]):
        text = element.text.strip()
        if (
            element.kind is ElementKind.PARAGRAPH
            and "\n" not in text
            and len(text.split()) <= 12
            and text[:1].isupper()
            and not _SUBHEADING_END.search(text)
            and elements[index + 1].kind is ElementKind.ITEM
            and elements[index + 1].label
        ) or _numbered_topic(element, elements[index + 1], asks):
            chosen.add(id(element))
    return chosen


def _numbered_topic(element: Element, following: Element, asks: re.Pattern[str]) -> bool:
    """A numbered topic over decimal-numbered recommendations ("2. Election administration"
    then "2.1 The Commission should ..."): a heading that asks nothing, not an item."""
    return (
        element.kind is ElementKind.ITEM
        and len(element.text.split()) <= _TOPIC_WORDS
        and not asks.search(element.text)
        and sub_number(following.label, element.label)
    )


_OTHER_PART = re.compile(
    r"(?:[\dIVXA-H]{1,4}[.)]?\s+)?(?:key\s+|main\s+|general\s+|overall\s+)?"
    r"(?:lessons?\s+(?:learn(?:ed|t)|identified)|conclusions?|findings?"
    r"|good\s+practices?|best\s+practices?)\b[^.;]{0,40}",
    re.I,
)
"""A sub-heading of a part that is not recommendations: "Lessons learned", "Conclusions",
"Key findings", "Good practices"."""
_SUBHEADING_WORDS = 7


def part_heading(element: Element) -> bool | None:
    """Whether a short heading line inside a recommendations section opens a part of other
    things (True: "Lessons learned" in "LESSONS LEARNED AND RECOMMENDATIONS", whose items
    are not recommendations) or the recommendations again (False: "Recommendations");
    None when the element is no such line."""
    if _annex_line(element):
        return True
    text = " ".join(element.text.split()).rstrip(":")
    if element.kind is ElementKind.ITEM and not _OTHER_PART.fullmatch(text):
        return None
    if not text or len(text.split()) > _SUBHEADING_WORDS or _SUBHEADING_END.search(text):
        return None
    if re.search(r"recommend", text, re.I):
        return False
    return True if _OTHER_PART.fullmatch(text) else None


def _annex_line(element: Element) -> bool:
    """Does a paragraph open with an annex's title in capitals ("ANNEX B: SUBMISSIONS
    MADE", "APPENDIX 2") that the model did not take for a heading, set without a blank
    line above its list? What follows is the annex, not the recommendations."""
    first = element.text.strip().split("\n", 1)[0].strip()
    return (
        element.kind is ElementKind.PARAGRAPH
        and UNNUMBERED_TOP.match(first) is not None
        and first.isupper()
        and len(first.split()) <= _ANNEX_WORDS
    )


_ANNEX_WORDS = 12


__all__ = [
    "CROSS_REFERENCE",
    "ListedRecommendation",
    "addressee_tag",
    "announces",
    "glued_heading",
    "item_parts",
    "label_number",
    "labelled",
    "labelled_sections",
    "lead_in",
    "listed_recommendations",
    "part_heading",
    "parts_of",
    "ranked",
    "subheading_lines",
    "trailing_heading",
    "with_parts",
]
