"""Where a directive puts its own verb: the place a remedy must be named for the ask's
remedy to count as read with confidence (:attr:`normgraph.asks.AskUnit.directed`).

A remedy word further along ("should not be pressured to *attend*") is not what the verb
asks; a light verb's noun ("should receive *training*") is. Also what stands at that place
when no class names it (:func:`verb_word`), and what a directive's words say that is not its
ask: a purpose clause, and what a permission lets someone do (:func:`without_complement`).
"""

from __future__ import annotations

import re

__all__ = [
    "PURPOSE_CLAUSE",
    "phrase_form",
    "preventive_form",
    "verb_places",
    "verb_word",
    "with_particle_joined",
    "without_complement",
    "without_extent",
]

_BEFORE_VERB = re.compile(
    r"(?:\s*\b(?:be|been|also|only|further|\w+ly|consider|considering|take steps to)\b)*\s*",
    re.I,
)
"""What may stand between a modal and the directive's verb ("should also be promptly
published", "could consider establishing"); a negation may not: "should not be published"
names what must not be done."""
_LIGHT_VERB = re.compile(
    r"(?:receive|undergo|get|be given|be subject(?:ed)? to|(?:be\s+)?bound by)\s+"
    r"(?:(?:a|an|the|more|further|same|such|strict|clear|new|equal|common"
    r"|\w+(?:ive|ory|al|ful|ous|ough|ic|ed|ent|ant))\s+){0,2}",
    re.I,
)
"""A light verb whose noun is the change asked ("should receive mandatory training",
"should undergo an independent audit", "should be bound by the same ceiling"): read at
the noun, past a determiner and an adjective (the modal's "be" may already have been read
past "bound by")."""
_OPENING = " -\u2022(0123456789.)"
"""What may precede an imperative's verb at a unit's start (a list's bullet or number)."""


def verb_places(text: str, after_modal: int | None, coordinated: bool = True) -> tuple[int, ...]:
    """Where the directive's own verb of ``text`` may stand: the first word after its first
    modal (``after_modal``: where the modal ends) past ``_BEFORE_VERB``, or the start of an
    imperative or gerund; after a light verb there, its noun; and a verb coordinated with
    the first (``coordinated``)."""
    if after_modal is None:
        at = len(text) - len(text.lstrip(_OPENING))
    else:
        at = _BEFORE_VERB.match(text, after_modal).end()  # type: ignore[union-attr]
    light = _LIGHT_VERB.match(text, at)
    places = (at, light.end()) if light else (at,)
    second = _COORDINATED.match(text, at) if coordinated else None
    return (*places, second.end()) if second else places


_COORDINATED = re.compile(r"\w+\s+(?:and|or|and/or)\s+(?:\w+ly\s+)?(?=\w)", re.I)
"""A second verb coordinated with the directive's own ("should be *documented and
published*", "should *investigate and prosecute*"): it stands at the verb's place too."""


_RIGHT_TO = re.compile(
    r"(?:have|has|be given|be granted|enjoy)\s+(?:the\s+|a\s+)?(?:legal\s+)?"
    r"(?:right|standing|possibility|opportunity|power)\s+to\s+",
    re.I,
)
"""A right or standing given ("should have the right to *appeal*"): the change asked is
the verb it leads to."""
_WRAPPER = re.compile(
    r"(?:(?:be\s+)?(?:required|obliged|obligated|expected|encouraged|asked|invited)\s+to\s+)?",
    re.I,
)
"""An obligation that wraps the verb ("should only be required to *notify*"): the verb
asked is the one it leads to."""
_WORD = re.compile(r"[^\W\d_]+")


def verb_word(text: str, after_modal: int) -> str:
    """The word standing where the directive after a modal puts its verb (a light verb's
    noun, or the verb a right leads to): what the ask asks done, even when no remedy class
    names it ("should be *enforced*", "should *fill* the seat")."""
    at = verb_places(text, after_modal, coordinated=False)[-1]
    at = _WRAPPER.match(text, at).end()  # type: ignore[union-attr]
    right = _RIGHT_TO.match(text, at)
    word = _WORD.match(text, right.end() if right else at)
    if word is None or _EMPTY_VERB.fullmatch(word.group(0)) or PURPOSE_CLAUSE.search(text, at):
        return ""
    return word.group(0)


_EMPTY_VERB = re.compile(
    r"(?:mak|giv|provid|let|hand|offer|grant|hav|ha|put|keep|remain|becom|seek|work|"
    r"continu|strive|aim|tak)(?:e|es|ed|en|ing|s|t|de)?",
    re.I,
)
"""Verbs whose object says what is asked ("should *give* contestants equal coverage",
"should *make* clear", "should *provide* balanced coverage"): two such asks differ by
their objects, not by the verb."""
PURPOSE_CLAUSE = re.compile(
    r"\b(?:so that|so as to|in order (?:to|that)|with a view to)\b[^.;:]*", re.I
)
"""A purpose clause: why the change is asked, not a change asked. After the directive ("the
register should be updated *so that* displaced voters can vote where they live"), the verb
names the means and the purpose the ask, so two such asks' verbs say little."""


_ACCESS_TO = re.compile(
    r"\b(?:able|allow(?:ed|s)?|enabl(?:e|ed|es)|permit(?:ted|s)?)\s+(?:\w+\s+){0,3}?to\s+"
    r"(?P<what>\w+)",
    re.I,
)
"""A permission and what it lets someone do ("voters should be *able to verify* their
entry", "should *allow* every voter *to check* ..."): the ask is the permission (*access*);
what the permitted do is no change the ask makes."""


def without_complement(text: str) -> str:
    """The text with the verb a permission leads to blanked (see ``_ACCESS_TO``)."""
    return _ACCESS_TO.sub(lambda m: m.group(0)[: m.start("what") - m.start()], text)


_DEVICE = (
    r"(?:(?:effective|urgent|adequate|further|additional|legal|legislative|clear|concrete|strict"
    r"|stronger|proper|appropriate)\s+)?(?:measures|safeguards|mechanisms|guarantees|steps"
    r"|provisions)"
)
_PREVENTIVE = re.compile(
    rf"\b{_DEVICE}\s+(?P<modal>should|must|shall|need to|ought to)\s+(?:also\s+|\w+ly\s+)?be\s+"
    r"(?:introduced|adopted|put in place|established|taken|developed|created|enacted"
    r"|strengthened|implemented|set up)\s+"
    r"(?:against|to (?:prevent|stop|end|curb|counter|combat|deter|eliminate|eradicate))\b",
    re.I,
)
"""A device introduced against a practice ("safeguards should be introduced *against* the
trading of seats", "measures should be taken *to prevent* pressure on employees"): the change
asked is that the practice be prevented, as "the practice should be stopped" asks, not that
something new be introduced."""


def preventive_form(text: str) -> str:
    """The text with a device introduced against a practice read as its prevention
    ("safeguards should be introduced against X" -> "it should prevent X")."""
    return _PREVENTIVE.sub(r"it \g<modal> prevent", text)


_NOUN_OF_EXTENT = re.compile(
    r"\b(?:from\s+)?end[- ]to[- ]end\b|\b(?:by|at|before|until|till|towards|after|near)\s+the\s+"
    r"(?:very\s+)?end\s+of\b",
    re.I,
)
"""A noun that names a time or an extent ("audited *from end to end*", "published *by the
end of* the count"): the words of a remedy verb (*stop*: "end") that ask nothing."""


def without_extent(text: str) -> str:
    """The text with a time or an extent named by a remedy's noun blanked (``_NOUN_OF_EXTENT``)."""
    return _NOUN_OF_EXTENT.sub(" ", text)


_SPLIT_PARTICLE = re.compile(
    r"\b(?P<verb>mak(?:e|es|ing)|made)\s+(?!(?:in|at|on|by|to|for|with|from)\s)"
    r"(?P<object>(?:[\w'-]+\s+){1,6}?)(?P<word>public|known)\b",
    re.I,
)
"""A verb whose object stands between it and the word that makes it a remedy ("should make
*all its decisions* public", "make the outcome known"): the phrase is the remedy's
("make public"), as when the word follows the verb. A preposition after the verb opens no
object ("decisions should be made in public": taken in an open session)."""


def with_particle_joined(text: str) -> str:
    """The text with a split phrasal remedy joined ("make the data public" -> "make public
    the data"), so that it is read where the directive puts its verb."""
    return _SPLIT_PARTICLE.sub(r"\g<verb> \g<word> \g<object>", text)


def phrase_form(text: str) -> str:
    """The text with its verb phrases read as what they ask: a time or extent named by a
    remedy's noun blanked, a split phrasal remedy joined, a device introduced against a
    practice read as its prevention."""
    return preventive_form(with_particle_joined(without_extent(text)))
