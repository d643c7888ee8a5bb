"""The status a statement on an earlier recommendation states, read from its structure
rather than from fixed phrases: a change undone, a change only proposed, a negation and
what it scopes ("not fully addressed" is partial, "not addressed at all" is not), a degree
or a share ("largely", "to a limited extent", "only some", "few of"), and the polarity of
the verb that says the recommendation was done ("was heeded", "went unheeded").

The fixed cues of ``verdict_cues`` decide whether a sentence states a status and grade a
plain one; a qualifier found here overrides their grade (they read "previously recommended
... was not enacted" as done, "not fully addressed" as not addressed).
"""

from __future__ import annotations

import re

from ..text.needed_words import Folded, first_search
from ..text.words import any_word
from .verdict_scope import ACHIEVED, CHANGED, REFUSED_ASK, asks

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"

_DO = (
    r"(?:implement|address|meet|fulfil+|heed|follow|act (?:up)?on|take into account|reflect"
    r"|incorporate|comply with|carry out|enact|accept|adopt|introduce|amend|repeal|lift"
    r"|remove|abolish|establish|consider|respond to|change)"
)
"""The infinitives of ``ACHIEVED``: what "yet to", "failed to" deny."""
_FULL = r"(?:fully|completely|entirely|wholly|in full|in its entirety)"
_SHORT_MANNER = (
    r"\b(?:incompletely|unevenly|selectively|patchily|inconsistently|sporadically"
    r"|half-?heartedly)\b"
)
"""A manner of doing short of the ask, said next to the deed ("implemented unevenly")."""

_REVERSED = re.compile(
    rf"\b{ACHIEVED}\b[^.;]{{0,150}}?\b(?:reversed|re-?introduced|reinstated|restored|revoked"
    r"|rolled back|undone|overturned|annulled|suspended"
    r"|(?:abolished|repealed|removed|scrapped|dissolved|withdrawn) again)\b"
    # "abolished the quota, which had been introduced in 2020 following ... recommendations"
    r"|\b(?:abolished|repealed|removed|scrapped|eliminated)\b[^.;]{0,80}?\bwhich had been "
    r"(?:introduced|adopted|established)\b",
    re.I,
)
"""A change made and then undone ("was lifted in 2019 ... it was reintroduced in 2022"):
the recommendation stands unimplemented."""
_PROPOSED = re.compile(
    r"\b(?:draft (?:laws?|amendments?|bill|code|legislation)"
    r"|(?:is|are|was|were|being|been) (?:proposed|drafted|discussed|considered|debated|prepared"
    r"|tabled)"
    r"|under (?:consideration|discussion|review|preparation)|pending (?:in|before)"
    r"|in preparation"
    # a bill that lapsed, stalled or was withdrawn: never made law
    r"|(?:bill|draft|proposal)\b[^.;]{0,40}?\b(?:lapsed|stalled|expired|died|was withdrawn))\b",
    re.I,
)
"""A change proposed, drafted or discussed: not yet made."""
_MADE_AFTER = re.compile(
    r"\b(?<!not )(?<!never )(?:was|were|has been|have been) (?:\w+ly )?(?:adopted|passed"
    r"|enacted|approved)\b|\bentered into force\b",
    re.I,
)
"""A proposal then made law ("the draft was adopted in May"): done."""
_NOT_FULL = re.compile(
    rf"\b(?:not|never|neither)\s+(?:yet\s+)?(?:been\s+)?{_FULL}\s+{ACHIEVED}\b"
    rf"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?{ACHIEVED}\s+{_FULL}"
    rf"|\bnot\s+{_DO}(?:d|ed)?\s+{_FULL}\b",
    re.I,
)
"""A negation that scopes the degree, not the deed ("not fully addressed", "has not been
completely implemented"): done in part."""
_PART = re.compile(
    r"\b(?:partially|partial (?:implementation|compliance|fulfil+ment|follow-?up)|partly"
    r"|in part\b|to (?:a |some )?(?:limited |certain |some |large |great |significant "
    r"|considerable )?(?:extent|degree)|in an? (?:limited|partial|selective|diluted|watered-down"
    r"|weakened|reduced|truncated) "
    r"(?:manner|way|fashion|form|version)"
    # done in a manner short of the ask: "implemented unevenly", "half implemented", "fell
    # short of the recommendation", "went only part of the way towards it"
    rf"|{ACHIEVED}\s+(?:[\w/'-]+\s+){{0,4}}?{_SHORT_MANNER}|{_SHORT_MANNER}\s+{ACHIEVED}"
    rf"|\bhalf[- ]?(?:{ACHIEVED}|done|way)\b|\bf(?:ell|alls?|alling|allen) short of\b"
    r"|\b(?:went|goes|go|gone|going) (?:only )?(?:part|some) of the way\b"
    # a share of the places: "in about a third of the municipalities", "in half of them"
    r"|\b(?:in|for|at)\s+(?:about\s+|roughly\s+|around\s+|only\s+|some\s+)?(?:a\s+)?"
    r"(?:third|quarter|half|fifth|fraction|minority)\s+of\b"
    r"|in (?:most|some|many|several|certain) respects|in (?:most|some|many) (?:of|parts)\b"
    rf"|(?:largely|mostly|substantially) (?:been )?{ACHIEVED}"
    r"|(?:some|limited|modest|initial|certain|first) (?:steps|progress|improvements?|measures)"
    r"|but only\b|only (?:to (?:a|some) (?:\w+ )?extent|some\b|part\b)"
    # done in one place, not in another: "implemented for X but not for local ones"
    rf"|{ACHIEVED}\b[^.;]{{0,80}}?\bbut not (?:for|in|at|to|on|as regards|with regard to)\b"
    # a change of degree made, the full change denied: "was relaxed but not removed"
    rf"|(?:{ACHIEVED}|{CHANGED}),?\s+but\s+not\s+(?:\w+\s+)?(?:{ACHIEVED}|{CHANGED})\b"
    # (not of a deed denied: "was not introduced, and voters could vote only at ...")
    rf"|(?<!\bnot )(?<!\bnever ){ACHIEVED}[^.;]{{0,40}}?\bonly (?:in|for|at|within|with regard to"
    r"|as regards) "
    r"(?!(?:19|20)\d\d\b|time\b|part\b|full\b)"
    # "was followed in the capital only"
    rf"|{ACHIEVED} (?:in|for|at) (?:the )?[\w-]+(?: [\w-]+)? only\b"
    rf"|only (?:been )?{ACHIEVED} (?:in|for|at|within|with regard to|as regards) "
    r"(?!(?:19|20)\d\d\b|time\b|part\b|full\b))",
    re.I,
)
"""A degree short of full ("to a limited extent", "only in the capital", "largely met")."""
_SHARE = re.compile(
    r"^(?:[^.;]{0,30}?\s)?(?P<share>none|hardly any|(?<!a )few|not one|all)\b(?: of)?"
    r"(?: the| its| their| our)?(?:\s+[\w/-]+){0,3}?\s+recommendations\b"
    r"|\b(?P<some>most|some|several|a few|a number|many|certain)\b(?: of)?"
    r"(?: the| its| their| our)?(?:\s+[\w/-]+){0,3}?\s+recommendations\b",
    re.I,
)
"""How many of the earlier recommendations the verdict covers, said before them."""
_SHARES = {"none": NOT, "hardly any": NOT, "few": NOT, "not one": NOT, "all": FULLY}
_NOUN = re.compile(
    r"\b(?:saw|received|met with|with|had)\s+(?P<grade>full|partial|limited|no|little)\s+"
    r"(?:implementation|follow-?up|compliance|response)\b",
    re.I,
)
"""A status said by a noun ("saw partial implementation")."""
_NOUNS = {"full": FULLY, "no": NOT, "little": NOT}
_RATED = re.compile(
    r"\b(?:as|counts? as)\s+(?P<grade>fully|partially|partly|largely|not(?: yet)?)?"
    r"\s*(?:implemented|addressed)\b",
    re.I,
)
"""A coder's grade ("counts as not implemented"); a table's bare status after a colon is
``assessment_items.bare_status``'s."""
_RATES = {"not": NOT, "not yet": NOT, "partially": PARTIALLY, "partly": PARTIALLY}
_RATES["largely"] = PARTIALLY
_GONE = re.compile(
    r"\bno longer (?:an? |the )?(?:issue|concern|problem|relevant|applicable|necessary|valid"
    r"|the case)\b",
    re.I,
)
"""A problem an earlier report raised that is gone ("no longer an issue"): done."""
_DENIED = re.compile(
    # the negation's scope ends at a finite verb: "so that X is never compromised was
    # implemented" denies the ask's own clause, not the deed
    r"\b(?:not|never|nor|no longer)\s+(?:(?!(?:was|were|is|are)\b)\w+\s+){0,3}?"
    rf"{ACHIEVED}\b|\bneither\s+(?:\w+\s+){{0,3}}?{ACHIEVED}\b"
    rf"|\b(?:did|does|do|has|have|had) not\s+(?:yet\s+)?{_DO}\b"
    rf"|\bno (?:\w+ ){{0,2}}?(?:was|were|has been|have been|had been) {ACHIEVED}\b"
    rf"|\b(?:yet to|fail(?:s|ed)? to|refused to)\s+(?:be\s+|\w+\s+)?(?:{_DO}|{ACHIEVED})\b"
    r"|\bun(?:addressed|implemented|heeded|answered|fulfilled|met|changed|resolved)\b"
    r"|(?<!than )\b(?:(?:ignor|disregard|reject|dismiss)(?:e|ed|es|s|ing)?|overlook(?:ed|s)?)\b"
    r"|\bremain(?:s|ed)?\s+(?:\w+ly\s+)?(?:valid|relevant|pertinent|outstanding|pending"
    r"|unresolved|in force|in place|on paper|to be)\b|\bstill pending\b|\bon paper only\b"
    r"|\b(?:concerns?|issues?|problems?|shortcomings?|gaps?)\b[^.;]{0,150}?"
    r"\b(?:remain(?:s|ed)?|persist(?:s|ed)?)\s*[.;]"
    r"|\bno (?:\w+ )?(?:steps|action|progress|measures|efforts|amendments|changes|follow-?up)\b"
    r"|\b(?:nothing|little) (?:has been|have been|was|had been) done\b"
    # "despite previous recommendations", not "despite efforts to incorporate some ..."
    r"|\b(?:contrary to|despite|notwithstanding) (?:an? |the |its |our |their )?(?:[\w/-]+ ){0,3}?"
    r"(?:recommend\w*|advice|calls?|concerns?)\b"
    rf"|{REFUSED_ASK}",
    re.I,
)
"""The deed denied or left undone: not implemented."""
_DONE = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+|now\s+|since\s+"
    rf"|also\s+|already\s+)*{ACHIEVED}\b"
    rf"|\b(?:has|have|had)\s+(?:\w+ly\s+|now\s+|since\s+|also\s+|already\s+)*{ACHIEVED}\s+"
    r"(?:the|a|an|our|its|their|this|that)\b"
    r"|(?<!\bto )\b(?:(?:reflect|meet|address|implement|follow)(?:s|es)?|respond(?:s|ed)? to)\s+"
    r"(?:the|a|an|our|its|their|this|that)\s+(?:[\w/-]+\s+){0,2}?(?:previous|earlier|prior"
    r"|long-?\s?standing|last)\b"
    r"|\b(?:materiali[sz]ed|came into (?:effect|force)|took effect)\b"
    r"|\b(?:in (?:accordance|line) with|(?<!the )following|pursuant to|in response to)"
    r" (?:an? |the |its |our |their )?(?:[\w/-]+ ){0,3}?(?:recommendation|advice)"
    r"|\bas recommended\b"
    r"|\b(?:accepted|adopted|implemented|heeded|followed|introduced|amended|repealed|lifted"
    r"|removed|abolished|established)\s+(?:the|a|an|our|its|their)\s+(?:[\w/-]+\s+){0,4}?"
    r"recommendation\b",
    re.I,
)
"""The deed done: a participle of ``ACHIEVED`` in a finite verb, or a change made after
("following a previous recommendation, parliament repealed ...")."""
_AIM = any_word(
    "aim(?:s|ed|ing)? (?:at|to), intend(?:s|ed)? to, seek(?:s|ing)? to, sought to, "
    "plan(?:s|ned)? to, in order to"
)
"""A change aimed at, not one made ("The reform aimed at addressing some ...")."""
_OTHERS = re.compile(r"\b(?:but|while|whereas)\s+(?:many\s+|most\s+)?others\b", re.I)
"""Some addressed, but others not: the share decides."""
_INSTEAD = re.compile(
    r"\b(?:instead of|rather than)\b(?:(?!recommend)[^.;]){0,120}?,\s*as\s+(?:[\w/'-]+\s+){0,3}?"
    r"recommended\s*,",
    re.I,
)
"""The recommended change named only as what was not done ("Instead of lowering the fee, as
earlier recommended, parliament doubled it"): not done."""
_LEVEL = re.compile(
    r"\b(?:compliance with|uptake of|implementation of|follow-?up (?:to|on|of))\s+"
    r"(?:the|this|that|its|our|their|an?)\s+[^.;]{0,100}?\b(?:was|were|is|are|has been|remained"
    r"|remains)\s+(?:\w+ly\s+)?(?P<level>complete|full|total|partial|limited|incomplete|uneven"
    r"|patchy|modest|nil|none|non-?existent|zero|absent)\b",
    re.I,
)
"""A status said as the level of compliance with a recommendation ("Compliance with the
2014 recommendation was partial at best", "the uptake of ... was nil")."""
_LEVELS = {"complete": FULLY, "full": FULLY, "total": FULLY, "nil": NOT, "none": NOT}
_LEVELS |= {"non-existent": NOT, "nonexistent": NOT, "zero": NOT, "absent": NOT}
_DONE_FIRST = re.compile(
    r"\b(?:then|but|however|later|subsequently)\b[^.;]{0,60}?\b(?:was|were|has been|have been)"
    r"\s+(?:reversed|undone|revoked)\b",
    re.I,
)


def qualified(text: str, lowered: Folded) -> str | None:
    """The status a qualifier decides, first the one that undoes the rest."""
    if first_search((_REVERSED, _DONE_FIRST, _INSTEAD), text, lowered):
        return NOT
    level = first_search((_LEVEL,), text, lowered)
    if level is not None:
        return _LEVELS.get(level["level"].lower(), PARTIALLY)
    if first_search((_NOT_FULL, _PART), text, lowered):
        return PARTIALLY
    if undone(text, lowered):
        return NOT
    rated = first_search((_RATED,), text, lowered)
    if rated is not None:
        grade = (rated["grade"] or "").lower()
        return _RATES.get(grade, FULLY)
    noun = first_search((_NOUN,), text, lowered)
    if noun is not None:
        return _NOUNS.get(noun["grade"].lower(), PARTIALLY)
    share = first_search((_SHARE,), text, lowered)
    if first_search((_GONE,), text, lowered):
        return None
    denied = first_search((_DENIED,), text, lowered) is not None
    done = first_search((_DONE,), text, lowered) is not None
    if share is not None and share["some"] and done and (not denied or _OTHERS.search(text)):
        return PARTIALLY  # "addressed some previous ..., but others remain unaddressed"
    if denied:
        return NOT
    if share is None or not done:
        return None
    return _SHARES.get((share["share"] or "").lower(), PARTIALLY)


_HEAD = re.compile(r"[^:;]{40,}?(?=[:;]\s)")
"""The clause that states the verdict, before a colon or semicolon that explains it."""


def graded_verdict(text: str, cued: str | None) -> str | None:
    """The status of a statement on an earlier recommendation: the fixed cues' (``cued``),
    unless a qualifier in the sentence's structure decides another. Where the cues find no
    status the structure adds none: whether a sentence is a verdict at all is theirs."""
    lowered = Folded(text)
    head = _HEAD.match(text)  # "...: organisations must still ..." explains, asks nothing
    said = head[0] if head else text
    aimed = asks(said) or first_search((_AIM,), said)
    graded = None if aimed or cued is None else qualified(text, lowered)
    if graded is None:
        return cued
    if cued == PARTIALLY and graded == NOT and not undone(text, lowered):
        return cued  # "some were incorporated, key ones not addressed": partial already
    return graded


def reversed_change(text: str, lowered: Folded) -> bool:
    """Was a change made and then undone ("abolished the quota, which had been introduced
    following ...")?"""
    return first_search((_REVERSED, _DONE_FIRST), text, lowered) is not None


def undone(text: str, lowered: Folded) -> bool:
    """Is a change undone or only proposed (which outweighs a partial grade)?"""
    return reversed_change(text, lowered) or (
        first_search((_PROPOSED,), text, lowered) is not None
        and first_search((_MADE_AFTER,), text, lowered) is None
    )
