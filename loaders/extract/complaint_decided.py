"""Single complaints told by their decision, the complaint named by its owner: "It upheld
the appeal of the <party> in two districts", "the Constitutional Court declined to admit
the alliance's constitutional complaint", "Our second protest, concerning ..., was left
without consideration by the <court>". The shared case reader (``complaint_cases``) builds
these patterns on its own words for names and bodies; the outcome is in the match."""

from __future__ import annotations

import re

VERDICT = (
    r"(?:rejected|dismissed|upheld|granted|satisfied|denied|returned|"
    r"(?:declined|refused)\s+to\s+(?:admit|consider|examine|hear)|"
    r"left\s+without\s+consideration)"
)
"""What a body did with the case."""
CASE = r"(?:complaint|appeal|petition|protest|challenge)"
"""The case's noun."""
_OWNER = (
    r"(?:\b(?:[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?<![\w'\u2019])(?:[Tt]he\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,3}?[\w-]+['\u2019]s)"
)


def decided_patterns(name: str, body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The active ("<body> upheld the appeal of <who>", "<body> rejected <who>'s appeal";
    groups ``body10`` or ``it``, ``by5`` or ``owner10``) and passive ("<who>'s complaint
    ... was rejected by <body>"; ``owner11`` and the group of ``body``) patterns, with
    ``name`` a name's words and ``body`` a body with its own group."""
    active = re.compile(
        rf"(?:(?:[Tt]he\s+)?(?P<body10>(?!It\b){name}(?:\s+(?:of\s+(?:the\s+)?|for\s+)?{name})*)"
        rf"|(?P<it>\bIt))\s+(?:\w+ly\s+)?{VERDICT}\s+"
        rf"(?:(?P<owner10>{_OWNER})\s+(?:[\w-]+\s+)?{CASE}"
        rf"|the\s+(?:[\w-]+\s+)?{CASE}\s+of\s+(?P<by5>(?:the\s+|an?\s+)?[^,.;]{{3,60}}?))"
        r"(?=\s+(?:in|that|against|about|concerning|on|to|for|over)\b|\s*[,.;(]|\s*$)"
    )
    passive = re.compile(
        rf"(?P<owner11>{_OWNER})\s+(?:[\w-]+\s+)?{CASE}\b[^.;]{{0,200}}?\s+(?:was|were)\s+"
        rf"(?:\w+ly\s+)?{VERDICT}\s+by\s+{body}"
    )
    return active, passive


_REMEDY = (
    r"[^,;.]{0,80}?\b(?:recount|annul|invalid|reconsider|review|cancel|repeat|overturn|deregist)"
)


def asked_pattern(name: str) -> re.Pattern[str]:
    """A remedy asked for, decided by the body the same sentence names after it: "<who>
    asked for a recount of ..., which the Commission granted", "<who> asked that 63 ballot
    papers declared invalid be reconsidered; the Commission rejected the request" (groups
    ``asked`` and ``body12``; the outcome is in the match)."""
    return re.compile(
        rf"\b(?:asked|applied|requested)\s+(?:for\s+|that\s+)(?P<asked>{_REMEDY}[^,;.]{{0,80}}?)"
        r"(?:,\s+which\s+(?:the\s+)?|;\s+(?:the\s+)?)"
        rf"(?P<body12>(?!It\b){name}(?:\s+(?:of\s+(?:the\s+)?|for\s+)?{name})*)\s+"
        rf"(?:\w+ly\s+)?(?:{VERDICT}\b(?:\s+(?:it|them|the\s+(?:request|application|appeal|"
        r"complaint)))?)"
    )


UPHELD_BY = re.compile(
    r"\b(?:a|the|this|that|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:decision|ruling|refusal)\s+"
    r"(?:was\s+|had\s+been\s+)?(?P<verdict>upheld|confirmed|overturned|reversed|quashed|annulled)"
    r"\s+by\s+(?:the\s+)?(?P<court>(?:[A-Z][\w'\u2019-]*\s+){0,4}(?:Court|Tribunal)"
    r"(?:\s+of\s+[A-Z][\w-]+)*)"
)
"""A decision a court decided on, told in the passive ("a decision upheld by the
Administrative Court"): an appeal against it was decided."""


_OPENS_ON_NAME = re.compile(
    r"(?:^|[.!?]\s+)(?:The\s+)?(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?"
    r"[A-Z][\w'\u2019.-]*)*)\s+[a-z]+\b[^.!?]*[.!?]\s*$"
)


def body_before(text: str) -> tuple[str, int] | None:
    """The body "It" stands for: the name the sentence before opens on, whatever its verb
    ("The Council of State received four appeals. It upheld ...", "The Board upheld ...
    On 9 May it rejected ..."), with its offset in ``text``."""
    found = _OPENS_ON_NAME.search(text)
    return (found["name"], found.start("name")) if found else None


__all__ = ["CASE", "UPHELD_BY", "VERDICT", "asked_pattern", "body_before", "decided_patterns"]
