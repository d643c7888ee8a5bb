"""Verdicts stated item by item, where a report does not phrase each as a sentence: a list
of earlier recommendations, each item "<the ask>: <status>" ("-- audit of the voter
register:  partially implemented"), under a lead-in that names earlier recommendations ("Of
our own 2029 recommendations:") or in a section reviewing them, is one assessment per item,
with the bare status after its colon and the ask as its text.

A sentence that names an earlier recommendation may state its verdict by a verb no status
cue knows, in any order: still to be acted on ("has yet to act on", "did not take up", "are
still pending", "Unaddressed remains ..."), or done by a change made after it ("Following a
prior recommendation, the deadline was extended"): ``verb_verdict``.

A lead-in that states a verdict on earlier recommendations and lists them ("The following
prior recommendations remain unaddressed:") gives each item that verdict: one assessment
per item, none for the lead-in (``verdict_lead_ins``).

(A verdict on several that names them, "Several prior recommendations were addressed,
including on X and on Y", stays one assessment of the several: the tune half's readers mark
the general verdict seven times to once the named items.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.document import Document, ElementKind

_BARE_STATUS = re.compile(
    r"(?::\s+|\s+[\u2013\u2014-]{1,2}\s+|\s*\(\s*)(?P<status>(?:(?:fully|partially|partly|largely|mostly|not(?:\s+yet)?|in\s+part)\s+)?"
    r"(?:implemented|addressed|done|met)|outstanding|pending|unaddressed|unimplemented"
    r"|no\s+(?:action|progress))\s*\)?\s*(?=[(;.,]|$)",
    re.I,
)
"""A bare status after an item's colon ("...:  partially implemented (an audit began ...);"),
a dash ("... - not implemented") or in brackets at its end ("... (partly implemented)")."""
_FIELD = re.compile(r"^\W*(?:status|assessment|progress|implementation|follow-?up)\b", re.I)
"""A tracker's field ("Status: implemented"): ``extract.tracker``'s to read."""


def bare_status(text: str) -> tuple[int, str] | None:
    """(where the ask ends, status) of an item "<ask>: <status>" whose ask has three words
    or more; None for any other text."""
    match = _BARE_STATUS.search(text)
    if match is None or _FIELD.match(text) or len(text[: match.start()].split()) < 3:
        return None
    words = match["status"].lower()
    if re.search(r"\bnot\b|\bun|outstanding|pending|\bno\b", words):
        return match.start(), "not-implemented"
    if re.search(r"partial|partly|in\s+part|largely|mostly", words):
        return match.start(), "partially-implemented"
    return match.start(), "fully-implemented"


_MADE = re.compile(
    r"\brecommendations\b[^.:;]{0,60}?\b(?:made|issued|offered|put forward|gave|given)\b", re.I
)
"""Recommendations a lead-in says were made ("Of the recommendations we made in 2029:"):
earlier ones."""


def items_under_review(document: Document, reviews: Callable[[str], bool]) -> set[int]:
    """The ids of the list items that follow a lead-in paragraph ending in a colon that
    names earlier recommendations (``reviews``, or recommendations it says were made), up
    to the next paragraph or heading."""
    found: set[int] = set()
    open_list = False
    for element in document.elements:
        if element.kind is ElementKind.ITEM:
            if open_list:
                found.add(id(element))
            continue
        text = element.text.rstrip()
        open_list = (
            element.kind is ElementKind.PARAGRAPH
            and text.endswith(":")
            and (reviews(text) or _MADE.search(text) is not None)
        )
    return found


_NAMED_EARLIER = re.compile(
    r"\b(?:previous|prior|earlier|past|long-?\s?standing|(?:19|20)\d{2})\s+"
    r"(?:[\w/'-]+\s+){0,3}?recommendations?\b"
    r"|\brecommendations?\s+(?:made|issued|offered|of|from)\s+(?:in\s+|by\s+)?(?:the\s+|its\s+)?"
    r"(?:[\w/'-]+\s+){0,3}?(?:previous|prior|earlier|past|last|(?:19|20)\d{2})\b",
    re.I,
)
"""An earlier recommendation the sentence names ("a prior ODIHR recommendation", "the
recommendations made in the 2029 report")."""
_STILL_NOT = re.compile(
    r"\b(?:(?:has|have|had)\s+)?yet\s+to\s+(?!be\b)\w+"
    r"|\b(?:did|does|do)\s+not\s+(?:take\s+up|adopt|accept|pursue|act)\b"
    r"|\b(?:is|are|was|were)\s+still\s+(?:pending|outstanding|open|unaddressed|unimplemented)\b"
    r"|^\W*(?:unaddressed|outstanding|unimplemented)\s+(?:remains?|is|are)\b",
    re.I,
)
"""A verdict that the recommendation is still to be acted on, in any order ("has yet to act
on", "did not take up", "are still pending", "Unaddressed remains ...")."""
_RECOMMENDED_YET_SO = re.compile(
    # the auxiliary may be left out: "which the Commission recommended be lifted in 2017"
    r",\s+(?:which|that)\s+(?:the\s+)?[\w/.'\u2019 -]{2,60}?\s+(?:(?:has|have|had)\s+"
    r"(?:\w+ly\s+|also\s+|long\s+)?)?recommended\b[^,;.]{0,160},\s+"
    r"(?:remains?|(?:is|are)\s+still|continues?\s+to)\b",
    re.I,
)
"""A practice an earlier recommendation asked to change, named in a relative clause, that
the sentence says persists ("Voting by proxy, which observers have recommended should be
abolished, remains permitted"): not implemented."""
_CHANGED_AS_RECOMMENDED = re.compile(
    r"^(?![^,;]*\b(?:not|no|never)\b)[^;]{0,200}?\b(?:[a-z]+ed|began|made|took|set\s+up)\b"
    r"[^;]{0,200}?,\s+(?:as|which)\s+(?:the\s+)?[\w/.'\u2019 -]{2,60}?\s+(?:had|has|have)\s+"
    r"(?:\w+ly\s+)?recommended(?:\s+(?:after|in|following|since)\s+[^,;.]{0,40})?"
    r"\s*(?:[.;]|$|,\s+and\b)",
    re.I,
)
"""A change the sentence reports, then that an earlier recommendation asked for it ("The CEC
began publishing the protocols online in 2013, as the mission had recommended after the 2012
elections", "... introduced observation of the count, which the 2015 mission had
recommended."): done."""
_CHANGED_AFTER = re.compile(
    r"^\W*(?:following|in\s+response\s+to|pursuant\s+to)\b[^.;]{0,120}?\brecommendations?\b"
    r"[^.;]{0,40}?,[^.;]{0,120}?\b(?:was|were|has\s+been|have\s+been)\s+"
    r"(?!(?:made|issued|offered|repeated|reiterated|recommended|noted|raised|given)\b)"
    r"\w+(?:ed|en)\b",
    re.I,
)
"""A change made after the recommendation, any verb ("Following a prior recommendation,
the deadline was extended"): done."""


def verb_verdict(clause: str) -> str | None:
    """The status a sentence naming an earlier recommendation states by a verb no status cue
    knows (``_STILL_NOT``, ``_CHANGED_AFTER``, ``_RECOMMENDED_YET_SO``,
    ``_CHANGED_AS_RECOMMENDED``); None when it names none or states none."""
    if _RECOMMENDED_YET_SO.search(clause):
        return "not-implemented"
    if _CHANGED_AS_RECOMMENDED.search(clause):
        return "fully-implemented"
    if _NAMED_EARLIER.search(clause) is None:
        return None
    if _STILL_NOT.search(clause):
        return "not-implemented"
    if _CHANGED_AFTER.search(clause):
        return "fully-implemented"
    return None


def verdict_lead_ins(
    document: Document, verdict: Callable[[str], str | None], makes_new: Callable[[str], bool]
) -> tuple[dict[int, str], set[int]]:
    """A lead-in that states a verdict on earlier recommendations and lists them ("The
    following prior recommendations remain unaddressed:" and two items or more): each item
    is one assessment with the lead-in's status (its own bare status, if any, first), and
    the lead-in states none of its own. Not in a section that makes recommendations
    (``makes_new``, given its headings): there the items are new ones. Returns the items'
    ids with the status, and the lead-ins' ids."""
    items: dict[int, str] = {}
    lead_ins: set[int] = set()
    elements = document.elements
    for index, element in enumerate(elements):
        text = element.text.rstrip()
        if element.kind is not ElementKind.PARAGRAPH or not text.endswith(":"):
            continue
        if makes_new(" ".join(section.title for section in element.section.path)):
            continue
        told = verdict(text)
        if told is None:
            continue
        listed = []
        for item in elements[index + 1 :]:
            if item.kind is not ElementKind.ITEM or item.section is not element.section:
                break
            listed.append(item)
        if len(listed) >= 2:
            lead_ins.add(id(element))
            items.update((id(item), told) for item in listed)
    return items, lead_ins


__all__ = ["bare_status", "items_under_review", "verb_verdict", "verdict_lead_ins"]
