"""The word classes of the clause grammar (``verdict_grammar``): which words of a clause state
a degree, a negation, a state that persists, a deed done (passive, active, a bare participle,
a present state after a change), talk about the ask, or a possibility; split from the
grammar, which reads the clauses, so that each stays one job.
"""

from __future__ import annotations

import re

from ..text.words import any_word
from .verdict_scope import ACHIEVED

TALKED = (
    r"(?:discuss|recall|cit|quot|summari[sz]|list|mention|present|describ|echo|reiterat|refer"
    r"|invok|explain|welcom|endors|support|clarif|show|suggest|indicat|reveal|cover|deal"
    r"|focus|target|repeat|concerned(?= \w)|related(?= to))"
)
"""Stems of verbs that talk about the ask or what it is about, not of a deed done to it."""
ENDING = r"(?:e|es|ed|s|d|ing|ied|ies|y|n|t|red|ring)?"
"""The endings a stem takes as a verb ("cit" -> cite, cited, citing; not "citizen")."""
HYPOTHETICAL = (
    # "if" opening a condition, not "a significant if incomplete answer"
    r"(?:^\W*|\b(?:even|only|and|but|that|as)\s+)if\b"
    r"|\b(?:unless|whether|how far|to what extent|would|could(?! not)|might|may|will|shall"
    r"|plan(?:s|ned)? to|intend\w* to|expected|hopes?|to (?:study|examine|consider|review"
    r"|discuss|assess)|under (?:review|consideration|discussion))\b"
)
HYPOTHESIS = re.compile(HYPOTHETICAL, re.I)
"""A condition, a question, a possibility, a plan: no fate (in any clause)."""
EMBEDDED = re.compile(r"\b(?:how|where|when|who|whom)\s+(?:[\w-]+\s+){0,4}?(?:may|can)\b", re.I)
"""A modal of a clause embedded as an object ("laid down how voters may vote"): what the deed
settled, no possibility of the deed itself."""
NO_FATE = re.compile(
    HYPOTHETICAL + rf"|\b{TALKED}{ENDING}\b"
    r"|\b(?:was|were|is|are|been)\s+(?:first\s+)?(?:made|issued|addressed|directed|sent|put)"
    r"\s+(?:in|by|to|at|during)\b|\bone of\b",
    re.I,
)
"""Talk about the ask, or a condition, a possibility, a plan: no fate."""
DEGREE = re.compile(
    r"\b(?:partly|partially|partial|in part|halfway|half[- ]\w+|half of|(?:some|part) (?:of "
    r"the )?way|to (?:a|some|an?)\s+(?:\w+\s+)?(?:extent|degree)|a (?:first|small|modest|"
    r"limited) step|(?:largely|mostly)(?!\s+(?:un|not\b))|in some|uneven(?:ly)?|moderate(?:ly)?"
    r"|selectively|some (?:progress|improvement|headway)|short of (?:the|what|its|an?)"
    r"|a long way towards|(?:step|move|way) (?:towards|in the direction)"
    r"|limited|incomplete(?:ly)?|(?:at|in|for) (?:most|some)\b(?! of the recommendations)"
    r"|^\W*(?:some|part|much) of what"
    r"|only (?:part|some|a few|a fraction)|(?:\w+ed|only) (?:in|for) \w+ \w+ only"
    r"|\w+ed\s+(?:\w+\s+)?(?:in|for|at|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s+only"
    # a deed under way ("is being implemented gradually"): begun, not done
    rf"|(?:is|are) (?:still |now )?being (?:\w+ly )?{ACHIEVED})\b",
    re.I,
)
"""A degree short of full, in any clause about the ask or its deed."""
NEGATED = re.compile(
    r"\b(?:not|never|n't|cannot|no one|nobody|nothing|neither|nor|without|no\s+(?!longer)"
    r"\w+|fail(?:s|ed)? to|refus(?:es|ed) to|let\b[^.;]{0,80}\blapse"
    r"|un(?!i(?:fi|t)|der)\w+(?:ed|ful|able)|dead letter|a wish|on paper|where it stood|not started"
    # the ask flouted by the deed: "..., ignoring advice the delegation gave in 2019"
    r"|ignor(?:e|es|ed|ing)|disregard\w*|defy\w*|defied|flout\w*)\b",
    re.I,
)
"""A negated verb, a negative subject or object, an un- participle: not done."""
PERSISTS = re.compile(
    r"\b(?:still|again|continu(?:e|es|ed|ing) to|persist\w*|remain(?:s|ed)?\s+(?:\w+ly\s+)?"
    r"(?:outstanding|pending|open|valid|a\b|in (?:force|place)\b)|stays?\b"
    r"|stands?\b(?!\s+(?:ready|by|for|out)\b)|sitting|remain(?:s|ed)?(?=\s*(?:[.;]|$))"
    r"|remain(?:s|ed)?\s+(?:in|at|on|among|across|throughout)\b"
    r"|waiting|missing"
    r"|lack(?:s|ed|ing)?|outstanding|pending|(?:kept|retained|maintained)(?:\s+\w+)?\s+in"
    r"\s+(?:force|place))\b",
    re.I,
)
"""A state that persists: what the ask was to change is still there."""
NOW = re.compile(r"\b(?:now|since)\s+(?!been\b)(?:\w+\s+)?\w+(?:s|ed)\b|\bnow the\b", re.I)
"""A present state after a change ("now receives", "is now the law"): done."""
GONE = re.compile(r"\bno longer (?:exists?|appl(?:y|ies)|in force|required)\b", re.I)
"""What the ask was to remove is gone ("the requirement ... no longer exists"): done."""
PASSIVE = re.compile(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+(?:\w+\s+)?been|got|gets)\s+(?:\w+ly\s+|since\s+"
    r"|now\s+|also\s+|already\s+|only\s+|finally\s+|thus\s+)*(?P<verb>\w+(?:ed|en|wn)|met|done"
    r"|put|set|shut|cut|built|sent|kept|spent|dealt|left|lost|brought|held|won|paid|laid)\b"
    r"(?!(?<=\bmet) with\b)",  # "was met with resistance": a reception
    re.I,
)
"""A passive: the ask (or the thing it named) the patient of a deed."""
ACTIVE = re.compile(
    r"(?i)\b(?!(?:was|is|has|does|this|its|as|us|thus|his|unless|always|perhaps|across)\b)"
    r"(?P<verb>\w+(?:ed|es|s)|took|gave|met|did|made|put|thus meeting|meeting|answering"
    r"|heeding|settling|fulfilling|granting)\s+(?:on\s+|up\s+|to\s+|with\s+)?"
    r"(?:the|this|that|its|our|their|an?|what)\b"
)
"""An active verb whose object the ask is: a deed done to it."""
BARE = re.compile(
    r"^\s*(?:[\w/'-]+\s+){0,1}?(?P<verb>\w+ed|done|met|achieved|delivered|completed)\b"
    r"(?:\s+(?:in|by|through|with|since|for)\b[^;|]*)?\s*[.;]?\s*$",
    re.I,
)
"""A status field of a table or a list, a bare participle ("- delivered in full")."""
TALK = re.compile(
    rf"^(?:{TALKED}|ma[dk]|issu|address|direct|sen[dt]"
    r"|stat|not|sa[iy]|observ|assess|expect|propos|draft|prepar|formulat|writ|repeat|renew"
    r"|recommend|ask|call"
    r"|urg|advis|includ|contain|need|requir|us|regrett?|consider|debat|review|analys|studi"
    r"|follow|track|monitor|organis|organiz"
    rf"|stud[yi]){ENDING}$",
    re.I,
)
"""Verbs that talk about the ask or repeat it, not ones that do it."""
DELIBERATED = re.compile(
    r"\b(?:discuss|debat|consider|review|examin|deliberat|stud(?:y|ie))\w*\b", re.I
)
"""A verb of deliberating: a clause that only weighs the ask told no deed done on it
("Following an earlier recommendation, the senate discussed ...")."""
SENT = re.compile(r"(?:address|direct)ed$", re.I)
"""A participle of talk that is a deed unless an addressee follows: "has been addressed"
(dealt with) against "was addressed to the ministry" (sent)."""
ADDRESSEE = re.compile(r"\s+(?:to|at)\b", re.I)
"""The addressee after a verb of sending, which makes it talk."""


VERB = any_word(
    "is, are, was, were, has, have, had, remains?, remained, stays?, stands?, did, does, do, "
    "never, cannot, still"
)
"""A finite verb other than a passive or an active deed."""
TOLD = any_word(
    r"\w+ed, \w+es, began, became, took, gave, made, set, laid, put, won, got, held, built,"
    r" brought, kept, grew, rose, went, came"
)
"""A verb of a deed told, any object after it ("received additional staff", "began publishing",
"defines in law how ...")."""
