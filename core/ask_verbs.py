"""Where a directive puts its own verb: the place a remedy must be named for the ask's
remedy to count as read with confidence (:attr:`normgraph.asks.AskUnit.directed`).

A remedy word further along ("should not be pressured to *attend*") is not what the verb
asks; a light verb's noun ("should receive *training*") is.
"""

from __future__ import annotations

import re

__all__ = ["verb_places"]

_BEFORE_VERB = re.compile(
    r"(?:\s*\b(?:be|been|also|only|further|\w+ly|consider|considering|take steps to)\b)*\s*",
    re.I,
)
"""What may stand between a modal and the directive's verb ("should also be promptly
published", "could consider establishing"); a negation may not: "should not be published"
names what must not be done."""
_LIGHT_VERB = re.compile(
    r"(?:receive|undergo|get|be given|be subject(?:ed)? to)\s+(?:(?:a|an|the|more|further"
    r"|\w+(?:ive|ory|al|ful|ous|ough|ic|ed|ent|ant))\s+){0,2}",
    re.I,
)
"""A light verb whose noun is the change asked ("should receive mandatory training",
"should undergo an independent audit"): read at the noun, past a determiner and an adjective."""
_OPENING = " -\u2022(0123456789.)"
"""What may precede an imperative's verb at a unit's start (a list's bullet or number)."""


def verb_places(text: str, after_modal: int | None) -> tuple[int, ...]:
    """Where the directive's own verb of ``text`` may stand: the first word after its first
    modal (``after_modal``: where the modal ends) past ``_BEFORE_VERB``, or the start of an
    imperative or gerund; and, after a light verb there, its noun."""
    if after_modal is None:
        at = len(text) - len(text.lstrip(_OPENING))
    else:
        at = _BEFORE_VERB.match(text, after_modal).end()  # type: ignore[union-attr]
    light = _LIGHT_VERB.match(text, at)
    return (at, light.end()) if light else (at,)
