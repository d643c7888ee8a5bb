"""What became of a complaint, read from the words that say it: one vocabulary for single
complaints, complaint tables and counts (``complaint_figures`` builds its patterns on it)."""

from __future__ import annotations

import re

OUTCOMES: tuple[tuple[str, str], ...] = (
    (
        "partially-upheld",
        r"partially (?:upheld|satisfied|granted)|upheld in part|"
        r"(?:upheld|granted|satisfied) (?:it|them|the \w+) in part|"
        r"\bbut (?:maintained|kept|confirmed) the (?:rejection|refusal)|"
        r"(?:upheld|granted|satisfied) "
        r"(?:it|them|the \w+) (?:for|in|with regard to) [^.;]{3,80}?(?:,\s*)?(?:and|but) "
        r"(?:rejected|dismissed|denied)",
    ),
    (
        "not-considered",
        r"not (?:considered|reviewed|admitted|registered)|left (?:un|without )consider\w*|"
        r"returned without consideration|without consideration|on procedural grounds|"
        r"(?:refus(?:ed|es|e|ing)|declin\w*) (?:consideration|"
        r"to (?:be )?(?:consider|hear|accept|register|examine|review)\w*|"
        r"the right to appeal)|not subject to judicial(?: review)?|"
        r"(?:declared |found )?inadmissible|not (?:taken up|examined)|"
        r"(?:outside|beyond|not within) (?:its|their) (?:competence|jurisdiction)|as belated|"
        r"(?:lodged|filed|submitted) out of time|out of time|time-barred|"
        r"(?:was|were|is|itself|themselves) not competent|without compe-?\s?tence|"
        r"(?:had|has|have) no (?:competence|jurisdiction)\b|"
        r"no (?:legal )?(?:basis|competence|jurisdiction|mandate) to (?:act|consider|examine)|"
        r"(?:did|does|do|has|have|had) not (?:yet )?(?:consider|examine|review|respond|repl|"
        r"answer|act on|decide on|rule on|take up|take (?:a |any )?decision)\w*|"
        r"(?:left|remained|went|go|remain) unanswered|(?:no|without(?: a| any)?) "
        r"(?:response|reply|answer)\b|"
        r"(?:lack(?:ed|s|ing)? (?:of )?|without |no )(?:legal )?standing|"
        r"returned (?:it|them|the (?:complaint|appeal|petition|claim|request)s?)\b",
    ),
    (
        "rejected",
        r"[Nn]ot (?:satisfied|upheld|granted|accepted)\b|"
        r"(?:upheld|confirmed) (?:the|its|this|that) (?:[\w'\u2019-]+\s+){0,3}?(?:decision|warning|"
        r"sanction|fine|ruling|refusal|deregistration)|rejected|dismissed|turned down|"
        r"denied(?!\s+(?:\w+\s+)?(?:access|registration|entry|accreditation|the right))|"
        r"(?:found|deemed) unfounded",
    ),
    (
        "upheld",
        r"upheld|satisfied|granted|accepted|found (?:to be )?(?:well-)?founded|reinstated|"
        r"(?:issued|imposed|gave) (?:an? |the )?(?:\w+ )?(?:warning|fine|sanction|reprimand)|"
        r"ordered (?:the|a|its|their) (?:[\w'\u2019-]+\s+){0,2}?(?:registration|reinstatement|"
        r"recount|removal|repeat)|"
        r"ruled in (?:\w+\s+){0,2}?favou?r|(?:overturned|reversed|quashed|annulled) the "
        r"(?:[\w'\u2019-]+\s+){0,3}?(?:decision|ruling)",
    ),
    ("withdrawn", r"withdrawn"),
    ("pending", r"pending|(?:still )?under consideration|still being considered"),
)
"""What became of a complaint, by the words that say it, most specific first ("upheld the
CEC decision" rejects the complaint against it). One list for single complaints and for
counts."""

_OUTCOME_SEARCH = tuple((slug, re.compile(rf"\b(?:{words})\b")) for slug, words in OUTCOMES)


def outcome_in(text: str) -> str | None:
    """The outcome the words of ``text`` state, the most specific first ("rejected the
    complaint as outside its competence" is not-considered), if any."""
    text = one_line(text)
    for slug, pattern in _OUTCOME_SEARCH:
        if pattern.search(text):
            return slug
    return None


def one_line(text: str) -> str:
    """``text`` with each line break or tab as one space (offsets unchanged), so that the
    outcome words wrapped across lines ("left without\nconsideration") read as written."""
    return re.sub(r"\s", " ", text)
