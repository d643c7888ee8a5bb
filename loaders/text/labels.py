"""List-item labels: which numbering a label belongs to, read the same way by every reader.

Reports number list items with digits ("1.", "1)", "(1)", "10.1."), letters ("a)", "(b)",
"c.", "A)"), Roman numerals ("i.", "(iv)", "IV.") and short codes ("R1", "P2"). The label is kept as
written; what the readers need is its *kind*, to tell one list from the parts of an item
("(iii) The CEC should: a) ... b) ...") and a report's own paragraph numbering from a list.
Numerals are written with "i", "v", "x" and "l" ("c." is a letter); a lone "i", "v" or
"x" is a letter when it follows "h", "u" or "w", a numeral otherwise.
"""

from __future__ import annotations

import re
from enum import Enum

ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", re.I)
"""A Roman numeral, either case."""
SENTENCE = r"[A-Z](?=(?:[^\n]*?\b[a-z]{4,}\b){3})"
"""Text that opens like a sentence: a capital, then three lower-case words of four letters
or more on the line (a name, a figure or a date does not)."""
GLUED_MARKS = "*\u2020\u2021\u2605\u2606"
"""Signs a report glues to an item's number to mark it ("*1)", "\u20203.", "\u2605(2)"): an
asterisk, a dagger or double dagger, a star; the list's lead-in says what they mean."""
_LABEL_FORMS = (
    # a code: "R1", "R.1", "P 2", any capital joined to its number by a hyphen ("A-1",
    # "C-12"), then an optional stop, bracket, colon or dash
    r"(?P<code>[RP][.-]?\s?\d{1,3}|[A-Z]-\d{1,3})\s*[.):\u2013\u2014-]?",
    # "1.", "1)", "a)", "iv.", "IV)", "10.1." (an optional leading dash: "- 1."; bold as a
    # conversion marks it up: "- **1.**")
    r"(?P<dash>[-\u2013]\s*)?(?P<bold>\*\*(?=\w))?"
    r"(?P<num>\d{1,3}\.\d{1,2}|\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,5})[.)]"
    r"(?(bold)\*\*|(?:(?<=\d[.)])\*)?)",  # "1.*": a number the report marks (a priority)
    # "2.1 The Commission should ...": a sub-paragraph number opening a sentence
    r"(?P<decimal>\d{1,3}\.\d{1,2})(?=\s+[A-Z](?=(?:[^\n]*?\b[a-z]{4,}\b){3})"
    r"(?:[^\n]{55}|[^\n]*[.;:,]\s*$))",
    # a zero-padded number set off by a gap: "01   To the Board: publish ..." (a sentence
    # may open with names, so no lower-case words are asked for)
    r"(?P<padded>0[1-9])(?=(?:\t|[ ]{2,})[A-Z])",
    # a bare number set off from a sentence by a gap or a dash: "1    The ...", "2 - The ..."
    rf"(?P<gapped>\d{{1,3}})"
    rf"(?:[ ]+(?:--|[-\u2013\u2014])(?=[ ]+{SENTENCE})"
    rf"|(?=(?:\t|[ ]{{2,}})\s*{SENTENCE}))",
    # a number inside a token of its own: a sign before it ("#1", "\u21161") or after it
    # ("1\u00b0", "1/") set off from a sentence by a space, or a numbering word before it
    # ("No. 4", "Nr 4") set off by a gap: what the list's role shows, not its form ("Rec. 5"
    # labels a paragraph: ``WORDED``)
    rf"(?:(?:#|\u2116)[ ]?(?P<signed>\d{{1,3}})(?:[\u00b0/:])?"
    rf"|(?P<suffixed>\d{{1,3}})[\u00b0/]"
    rf"|(?:No|Nr)\.?[ ]?(?P<worded>\d{{1,3}})[.:]?(?=\t|[ ]{{2}}))(?=\s+{SENTENCE})",
    r"(?P<capital>[A-Z])\)",
    r"\((?P<paren>\d{1,3}|[a-zA-Z]|[ivx]{1,4}|[IVX]{1,5})\)",
    r"\[(?P<bracket>\d{1,3})\]",
)
"""The forms of a label, one alternative each (data: a new form is a new line)."""
ITEM_LABEL = "|".join(_LABEL_FORMS)
"""The label that opens a list item (the bullet alternatives are the line reader's). A
sub-paragraph number ends with its own full stop ("10.1."), as resolutions number what
they ask, or opens a sentence ("2.1 The Commission should publish its minutes.": a
capital, three lower-case words, a long line or a closing stop), as reports number
recommendations under numbered topics; so a wrapped line opening with "2.5 per cent"
stays running text and "4.1  Constitutional and legal basis" a heading. A bare number
("1    The ...", "2 - The ...") is a label only before a sentence, so "2012 was",
"25   per cent" and "3 - 2 was" stay running text. A numbered row of a table set with
spaces ("4   Publish the results   Partly") is read as an item too, unless the block
opens with the table's header row (``document.py``)."""
SPELT_NUMBERS = (
    *("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"),
    *("Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen"),
    *("Eighteen", "Nineteen", "Twenty"),
)
"""The numbers a label may spell out ("Recommendation Three."), in order from one."""


def spelt_value(word: str) -> int:
    """The number a spelt-out word stands for, in any case ("Three", "THREE" -> 3)."""
    return SPELT_NUMBERS.index(word.capitalize()) + 1


_NOUNS = ("Recommendation", "Proposal", "Suggestion", "Step", "Action", "Measure")
"""The nouns a paragraph's label in words is made of ("Recommendation 3", "Step 2")."""
_NOUN = "|".join(f"{noun[0]}(?i:{noun[1:]})" for noun in _NOUNS)
_QUALIFIED = "|".join(f"(?i:{noun})" for noun in _NOUNS)
WORDED = (
    rf"(?:(?P<rank>Priority|PRIORITY)\s+(?:{_QUALIFIED})"
    rf"|(?:{_NOUN}|Rec\.)"
    rf"|(?!(?:The|This|That|These|Each|Every|An?|One)\s)[A-Z][a-z]{{2,12}}\s+(?:{_QUALIFIED}))"
    r"\s+(?:(?P<number>\d{1,3}(?:\.\d{1,3})?)"
    rf"|(?P<spelt>{'|'.join(SPELT_NUMBERS)})\b)"
)
"""A paragraph's label in words: "Recommendation 3", "Rec. 2", "Proposal 4", "Step 5",
"Priority recommendation 1" (``rank``: the report calls it a priority), "Recommendation
Three" (``spelt``), a noun after a word that qualifies it ("Policy step 2", "Reform
proposal 3", "Key action 1"); what follows it, an addressee and a colon or dash, is the
reader's. The noun opens with a capital, so "recommendation 3 of the report" in running
text is none."""
_WORDED_START = re.compile(rf"\s*{WORDED}\b")
_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{1,2})?")


class LabelKind(Enum):
    NUMBER = "number"
    LETTER = "letter"
    ROMAN = "roman"
    CODE = "code"
    """A letter and a number: "R1", "P2" (a list that names its items)."""
    BULLET = "bullet"


def item_label(match: re.Match[str]) -> str | None:
    """The label of an :data:`ITEM_LABEL` match as written ("R1" without its inner space),
    or None when it is not a label after all (an upper-case word such as "VIX)")."""
    if match.group("code"):
        return re.sub(r"[\s.-]", "", match.group("code"))
    if match.group("padded"):
        return match.group("padded")[1:]
    carried = match.group("signed") or match.group("suffixed") or match.group("worded")
    if carried:
        return str(int(carried))  # a number in a token of its own: "#01" is 1
    label = (
        match.group("num")
        or match.group("decimal")
        or match.group("gapped")
        or match.group("paren")
        or match.group("bracket")
        or match.group("capital")
    )
    if label and label.isupper() and len(label) > 1 and not ROMAN.match(label):
        return None
    return label


def label_kind(label: str | None, previous: str | None = None) -> LabelKind:
    """The numbering ``label`` belongs to; ``previous`` (the label before it in the same
    list) settles "i", "v" and "x"."""
    if not label:
        return LabelKind.BULLET
    if _DECIMAL.fullmatch(label):
        return LabelKind.NUMBER
    if label[0].isalpha() and label[1:].isdigit() and len(label) > 1:
        return LabelKind.CODE
    lower = label.lower()
    numeral = set(lower) <= set("ivxl") and ROMAN.match(label) is not None
    if numeral and (len(label) > 1 or (lower != "l" and not _next_letter(previous, lower))):
        return LabelKind.ROMAN
    return LabelKind.LETTER


def _next_letter(previous: str | None, letter: str) -> bool:
    """Is ``letter`` the letter after ``previous`` ("h" then "i")?"""
    if previous is None or len(previous) != 1 or not previous.isalpha():
        return False
    return ord(letter) - ord(previous.lower()) == 1


def opens_worded(text: str) -> bool:
    """Does a line open with a label in words ("Recommendation 3: ...")? A hard-wrapped
    list of such paragraphs without blank lines between them is one paragraph per label."""
    return _WORDED_START.match(text) is not None


def sub_number(label: str | None, parent: str | None) -> bool:
    """Is ``label`` a sub-paragraph of ``parent`` ("10.1" under "10")?"""
    return bool(label and parent) and (label or "").startswith(f"{parent}.")


def own_numbering(label: str | None) -> bool:
    """Does a label number items on its own, whatever surrounds it (digits, codes)? Letters
    and numerals may instead be the parts of a numbered item."""
    return label_kind(label) in (LabelKind.NUMBER, LabelKind.CODE)


__all__ = [
    "GLUED_MARKS",
    "ITEM_LABEL",
    "ROMAN",
    "SENTENCE",
    "SPELT_NUMBERS",
    "LabelKind",
    "item_label",
    "label_kind",
    "own_numbering",
    "spelt_value",
    "sub_number",
]
