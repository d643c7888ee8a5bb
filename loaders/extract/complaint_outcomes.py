"""What became of a complaint, read from the words that say it: one vocabulary for single
complaints, complaint tables and counts (``complaint_figures`` builds its patterns on it)."""

from __future__ import annotations

import re

_BY_A_TIME = (
    r"(?:by|before|at) (?:the time\b|(?:election|polling|voting) day\b|the (?:end|close|date)\b)"
)
"""A time a body had not acted by: "by the time of writing", "by election day", "before the
end of the count"."""

OUTCOMES: tuple[tuple[str, str], ...] = (
    (
        # not decided when the report was written: "had not ruled by the time of ...",
        # "had not decided the complaint at the time of the visit", "none had been decided"
        "pending",
        r"(?:had|has|have) not (?:yet )?(?:ruled|decided|been decided)\b(?:[^.;]{0,60}?\b"
        rf"{_BY_A_TIME}|\s+yet\b)|"
        r"(?:none|neither) (?:of them )?(?:had|has|have) (?:yet )?been (?:decided|considered)|"
        r"(?:had|has|have) yet to (?:rule|decide|be decided)|"
        r"no decision (?:had|has) (?:yet )?been (?:taken|made|issued|given)|"
        # a body that "had not decided." when the report ends: still before it
        r"(?:had|has|have) not (?:yet )?(?:ruled|decided)(?=\s*(?:[.;]|$))",
    ),
    (
        "partially-upheld",
        r"(?:partially|partly) (?:upheld|satisfied|granted)|upheld in part|"
        r"(?:upheld|granted|satisfied) (?:it|them|the \w+) in part|"
        r"\bbut (?:maintained|kept|confirmed) the (?:rejection|refusal)|"
        r"(?:upheld|granted|satisfied) "
        r"(?:it|them|(?:the|a|an) \w+) (?:for|in|with regard to) [^.;]{3,80}?(?:,\s*)?(?:and|but) "
        r"(?:rejected|dismissed|denied)",
    ),
    (
        "not-considered",
        r"not (?:considered|reviewed|admitted|registered|answered)|"
        # "left without further proceedings", "declared itself without jurisdiction"
        r"without (?:further |any )?proceedings|without jurisdiction|"
        r"left (?:un|without )(?:consider|examin|review)\w*|un(?:examined|considered|reviewed)|"
        r"returned without consideration|without (?:consideration|examination|review)|"
        # "dismissed 14 without considering their merits", "without examining them"
        r"without (?:considering|examining|reviewing|assessing|going into) "
        r"(?:(?:its|their|the) (?:merits|substance)|(?:it|them)"
        r"(?:\s+on\s+(?:the|its|their)\s+merits|\b(?!\s+on\b)))|"
        # passed on to other bodies with no ruling of the body's own
        r"without (?:a |any )?(?:formal )?decision\b(?! on the merits)|"
        r"on procedural grounds|"
        r"(?:refus(?:ed|es|e|ing)|declin\w*) (?:consideration|"
        r"to (?:be )?(?:consider|hear|accept|register|examine|review|admit)\w*|"
        r"the right to appeal)|not subject to judicial(?: review)?|"
        r"(?:declared |found )?inadmissible|not (?:taken up|examined)|"
        r"(?:outside|beyond|not within) (?:its|their) (?:competence|jurisdiction)|"
        r"as belated|untimely|"
        r"(?:lodged|filed|submitted) out of time|out of time|time-barred|"
        r"(?:was|were|is|itself|themselves) not competent|without compe-?\s?tence|"
        r"(?:had|has|have) no (?:competence|jurisdiction)\b|"
        r"no (?:legal )?(?:basis|competence|jurisdiction|mandate) to (?:act|consider|examine)|"
        r"(?:did|does|do|has|have|had) not (?:yet )?(?:consider|examine|review|respond|repl|"
        r"answer|act on|decide on|rule on|take up|take (?:a |any )?decision)\w*|"
        r"(?:left|remained|went|go|remain) unanswered|never (?:been )?(?:answered|considered|"
        r"examined|reviewed|decided)|(?:no|without(?: a| any)?) "
        r"(?:response|reply|answer)\b|"
        r"(?:lack(?:ed|s|ing)? (?:of )?|without |no )(?:legal )?standing|"
        # passed on with no ruling: "4 were forwarded to other bodies"
        r"(?:forwarded|referred|redirected|transferred|sent|passed on)\s+to\s+(?:other|another|"
        r"the competent|the relevant|competent)\s+(?:[\w-]+\s+)?(?:bod(?:y|ies)|authorit(?:y|ies)|"
        r"institutions?|agenc(?:y|ies)|organs?)\b|"
        r"lack(?:ed|s|ing)? (?:the )?(?:competence|jurisdiction)\b|"
        # passed on to a body it names: "forwarded the complaint to the Prosecutor's Office"
        r"(?:forwarded|referred|redirected|transferred|passed on)\s+(?:it|them|the\s+"
        r"(?:complaint|appeal|petition|case|request|objection)s?)\s+to\b|"
        r"returned (?:it|them|the (?:complaint|appeal|petition|claim|request)s?)\b",
    ),
    (
        "rejected",
        r"[Nn]ot (?:satisfied|upheld|granted|accepted)\b|"
        # "refused the requests", "refused her appeal": the filing itself turned down
        r"refused (?:the|their|his|her|its|all|both) (?:[\w-]+ )?(?:requests?|complaints?|"
        r"appeals?|petitions?|claims?|applications?|objections?)\b|"
        r"(?:upheld|confirmed) (?:the|its|this|that) (?:[\w'\u2019-]+\s+){0,3}?(?:decision|warning|"
        r"sanction|fine|ruling|refusal|deregistration)|rejected|dismissed|turned down|"
        # the decision appealed against stands: "left the board's decision in force"
        r"(?:left|kept|maintained) (?:the|its|this|that|their) (?:[\w'\u2019-]+\s+){0,3}?"
        r"(?:decisions?|rulings?|refusals?) (?:in force|in place|unchanged|intact)|"
        r"denied(?!\s+(?:\w+\s+)?(?:access|registration|entry|accreditation|the right))|"
        r"(?:found|deemed) unfounded|found no (?:\w+ )?violation|"
        # decided on the merits, "none in favour of the complainant"
        r"(?:none|not) (?:of them )?in (?:\w+ )?favou?r of the "
        r"(?:complainants?|applicants?|appellants?|petitioners?)|"
        r"(?:found|deemed) (?:(?:the|this|that|it|them)\s+(?:[\w-]+\s+)?)?(?:to be )?"
        r"(?:not (?:well-)?founded|not justified|unjustified|groundless|baseless)",
    ),
    (
        "upheld",
        r"upheld|satisfied|granted|accepted|found (?:to be )?(?:well-)?founded|reinstated|"
        # a tally's "found 3 of them well-founded"
        r"found\s+(?:\w+\s+)?of (?:them|these|those) (?:to be )?(?:well-\s?founded|justified)|"
        # the body agreed with it: "found the complaint well-founded", "were found justified"
        r"(?:found|deemed) (?:(?:the|this|that|it|them)\s+(?:[\w-]+\s+)?)?(?:to be )?"
        r"(?:well-\s?founded|justified|substantiated)|"
        r"(?:issued|imposed|gave) (?:an? |the )?(?:\w+ )?(?:warning|fine|sanction|reprimand)s?|"
        r"ordered (?:the|a|its|their|his|her) (?:[\w'\u2019-]+\s+){0,2}?(?:registration|"
        r"reinstatement|inclusion|recount|removal|repeat|correction|retraction|publication)|"
        # a remedy ordered of the other side: "ordered the channel to broadcast a correction"
        r"ordered (?:the|a|its|their|his|her) (?:[\w'\u2019-]+\s+){0,3}?to (?:broadcast|"
        r"publish|print|register|reinstate|restore|recount|correct|retract|remove|withdraw)\b|"
        r"restored (?:his|her|their|its|the) (?:[\w'\u2019-]+\s+){0,2}?(?:name|registration|"
        r"candidacy|mandate|right|place|status|accreditation)|"
        r"found (?:a|an) (?:\w+ )?violation|"
        r"(?:ruled|resolved|decided|found)(?:\s+(?:\d+|it|them|of|all|the|these|those)){0,3}"
        r"\s+in (?:[\w'\u2019]+\s+){0,2}?favou?r|"
        r"(?:overturned|reversed|quashed|annulled|revoked|set aside) the "
        r"(?:[\w'\u2019-]+\s+){0,3}?(?:decision|ruling|refusal|rejection|deregistration)|"
        # a challenge to an election that a body annulled ("annulled the second round")
        r"(?:annulled|invalidated) the (?:[\w'\u2019-]+\s+){0,3}?(?:elections?|vote|voting|"
        r"round|results?|ballot)\b|"
        # what was complained of, named by a pronoun: "on an application by X, annulled it"
        r"(?:annulled|invalidated|overturned|quashed|revoked) (?:it|them)\b",
    ),
    ("withdrawn", r"withdrawn"),
    (
        "pending",
        r"pending|(?:still )?under consideration|still being (?:considered|examined|investigated)|"
        # "was still under investigation when this report was issued"
        r"still under (?:investigation|examination|review)|"
        # an international court's first step on an application: "was communicated"
        r"(?:was|were|been) communicated\b",
    ),
)
"""What became of a complaint, by the words that say it, most specific first ("upheld the
CEC decision" rejects the complaint against it; "had not ruled by the time of the elections"
is pending, not a refusal to consider). One list for single complaints and for counts."""

_OUTCOME_SEARCH = tuple((slug, re.compile(rf"\b(?:{words})\b")) for slug, words in OUTCOMES)

_UNTIL = re.compile(
    r"\b(?:had|has|have) not (?:yet )?(?:considered|examined|replied|responded|answered|"
    rf"acted)\b[^.;]{{0,60}}?\b{_BY_A_TIME}"
    r"|\b(?:[Aa]t|[Bb]y) the time of (?:writing|this report|publication|reporting)\b"
    r"[^.;]{0,60}?\b(?:had|has|have) not (?:yet )?(?:been )?\w+"
)
"""Not acted on by a time the sentence names: "which had not replied by election day", "At
the time of writing, the board had not considered the applications": still pending."""
_NO_RULING = re.compile(
    r"\b(?:competence|jurisdiction|standing|inadmissible|out of time|time-barred|belated|"
    r"without (?:consideration|examination|review)|procedural grounds)\b"
)
"""Words that say a body declined to rule, whatever happened to the complaint later."""


def outcome_in(text: str) -> str | None:
    """The outcome the words of ``text`` state, the most specific first ("rejected the
    complaint as outside its competence" is not-considered), if any; a body that had not
    acted by a time the text names leaves it pending, unless it declined to rule."""
    text = one_line(text)
    for slug, pattern in _OUTCOME_SEARCH:
        if slug == "not-considered" and _UNTIL.search(text) and not _NO_RULING.search(text):
            return "pending"
        if pattern.search(text):
            return slug
    return None


def one_line(text: str) -> str:
    """``text`` with each line break or tab as one space (offsets unchanged), so that the
    outcome words wrapped across lines ("left without\nconsideration") read as written."""
    return re.sub(r"\s", " ", text)


_ABOUT = re.compile(r"\s(?:that|alleging|about|concerning|regarding|against)\s")
"""Where the words on what a complaint was about begin, after its filing verb."""
_ABOUT_END = re.compile(
    r";|,\s+(?:which|but|and)\b|\s(?:was|were|has been|had been)\s+(?:\w+ly\s+|still\s+)?"
    r"(?:dismissed|rejected|upheld|refused|granted|satisfied|found|left|declared|returned|not|"
    r"pending|under)\b|\s(?:has|have|had) not (?:yet )?(?:been|ruled|decided)\b"
    r"|,\s+[^,;]{0,60}?(?<!had)\s(?:dismissed|rejected|upheld|refused|granted|satisfied|"
    r"annulled|overturned|declined|ruled)\b"
)
"""Where they end: the next clause, a passive verdict on the complaint itself, or a body
deciding after a comma ("regarding a refusal ..., the District Prosecutor dismissed it")."""


def decision_words(text: str, start: int, end: int) -> str:
    """The words of a sentence that can say what became of the complaint whose filing verb
    is ``text[start:end]``: not the background before it, when a semicolon sets that apart
    ("The CEC refused to register the list; the party appealed to the court, which upheld
    the refusal"), nor what the complaint was about ("complained to the court that the board
    had rejected 212 votes; the court annulled the board's decision")."""
    head = text[:start]
    head = head[head.rfind(";") + 1 :]
    tail = text[end:]
    about = _ABOUT.search(tail)
    first_end = _ABOUT_END.search(tail)
    if about is not None and (first_end is None or about.start() < first_end.start()):
        stop = _ABOUT_END.search(tail, about.end())
        tail = tail[: about.start()] + (tail[stop.start() :] if stop else "")
    return f"{head} {text[start:end]} {tail}"
