"""The fate of an earlier recommendation read from the grammar of the clauses around its
mention, for a statement already known to be about one (the gate of ``verdict_cues`` has
passed) where no fixed cue and no role of ``verdict_fate`` knows the words. Each sealed wave
brought wordings no cue list had ("has since been honoured", "remains a dead letter", "a
partial response to", "although X has recommended this since 2015"); the grammar is the
same: the sentence is cut into clauses, and the clause that holds the mention (or, when it
only says who asked, the clause it hangs on) is read for

- a degree short of full ("only partly", "to some extent", "halfway", "a first step") or a
  done clause followed by a contrast or concession that states a shortfall: partly;
- a negated verb, a negative subject ("no one", "nothing"), an un- participle, or a state
  that persists ("remains"/"still"/"continues to" + a state): not;
- a deed done: the ask as the subject of a passive ("has since been honoured") or the
  object of an active verb ("parliament granted the request"), a present state after a
  change ("now receives"), or a bare participle in a table's status field ("- delivered in
  full"): fully.

Words of talk about the ask ("discussed", "recalled", "was made in"), a condition, a
possibility or a plan state no fate: None (a wrong status is worse than none).
"""

from __future__ import annotations

import re

from ..text.words import any_word
from .verdict_grades import FULLY, NOT, PARTIALLY
from .verdict_scope import ACHIEVED

ASK = re.compile(
    r"\b(?:recommend\w*|advice|(?:the|this|that|its|our|their|an?|earlier|previous|prior|\d{4}|'s)"
    r"\s+(?:[\w/'-]+\s+){0,3}?(?:advice|calls?|requests?|proposals?|suggestions?|opinions?)"
    # a finite verb of asking, dated or of the past before the past: "observers asked for
    # step-free access after the 2017 elections", "what X had called for"
    r"|(?:had|has|have)\s+(?:\w+\s+)?(?:(?:asked|called) for|urged|encouraged|advised)"
    r"|(?:asked|called) for(?=[^.;]*\b(?:since|in|after)\s+(?:the\s+)?(?:19|20)\d\d\b))\b",
    re.I,
)
"""The mention of the ask: a word of recommending, or another noun of asking after a word
that makes it a noun phrase ("the delegation's 2021 call")."""
_CUT = re.compile(
    r"\s*[;:|\u2013\u2014]\s*|\s+-\s+|,\s+|\s+(?=(?:but|however|yet|while|whereas|although"
    r"|though|so|because|leaving|which)\b)",
    re.I,
)
"""Where a clause ends: a punctuation mark, a dash, a conjunction or a relative pronoun."""


def _opening(words: str) -> re.Pattern[str]:
    """A clause that opens with one of ``words`` (read with ``match``): how the grammar
    knows a clause by its first word."""
    return re.compile(rf"\s*{any_word(words).pattern}", re.I)


_CONTRAST = _opening("but, however, yet, while, whereas, although, though")
"""A clause that turns against the one before ("..., but appointments continue ...")."""
_CONCEDED = _opening("although, though, even though, despite")
"""A concession that holds the mention ("..., although the period was the subject of an
earlier recommendation"): the fate is the main clause's."""
_TALKED = (
    r"(?:discuss|recall|cit|quot|summari[sz]|list|mention|present|describ|echo|reiterat|refer"
    r"|invok|explain|welcom|endors|support|clarif|show|suggest|indicat|reveal|cover|deal"
    r"|focus|target|repeat|concerned(?= \w)|related(?= to))"
)
"""Stems of verbs that talk about the ask or what it is about, not of a deed done to it."""
_ENDING = r"(?:e|es|ed|s|d|ing|ied|ies|y|n|t|red|ring)?"
"""The endings a stem takes as a verb ("cit" -> cite, cited, citing; not "citizen")."""
_FRAME = re.compile(rf"\W*(?:{_TALKED}\w*ing|with reference to|in view of)\b", re.I)
"""A frame that cites the ask before the main clause ("Citing the 2015 recommendation, ...",
"Referring to ..."): the fate is the main clause's."""
_ASKED_BY = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:recommended|asked|called|urged|advised|encouraged)|"
    r"(?:recommended|asked for|called for|urged|advised)\b(?=[^.;]*\b(?:since|in|after)\s+"
    r"(?:19|20)\d\d\b))",
    re.I,
)
"""A clause that only says who asked and since when ("although X has recommended this since
2015"): its fate is the clause it hangs on."""
_HYPOTHETICAL = (
    # "if" opening a condition, not "a significant if incomplete answer"
    r"(?:^\W*|\b(?:even|only|and|but|that|as)\s+)if\b"
    r"|\b(?:unless|whether|how far|to what extent|would|could(?! not)|might|may|will|shall"
    r"|plan(?:s|ned)? to|intend\w* to|expected|hopes?|to (?:study|examine|consider|review"
    r"|discuss|assess)|under (?:review|consideration|discussion))\b"
)
_HYPOTHESIS = re.compile(_HYPOTHETICAL, re.I)
"""A condition, a question, a possibility, a plan: no fate (in any clause)."""
_NO_FATE = re.compile(
    _HYPOTHETICAL + rf"|\b{_TALKED}{_ENDING}\b"
    r"|\b(?:was|were|is|are|been)\s+(?:first\s+)?(?:made|issued|addressed|directed|sent|put)"
    r"\s+(?:in|by|to|at|during)\b|\bone of\b",
    re.I,
)
"""Talk about the ask, or a condition, a possibility, a plan: no fate."""
_DEGREE = re.compile(
    r"\b(?:partly|partially|partial|in part|halfway|half[- ]\w+|half of|(?:some|part) (?:of "
    r"the )?way|to (?:a|some|an?)\s+(?:\w+\s+)?(?:extent|degree)|a (?:first|small|modest|"
    r"limited) step|(?:largely|mostly)(?!\s+(?:un|not\b))|in some|uneven(?:ly)?|moderate(?:ly)?"
    r"|selectively"
    r"|limited|incomplete(?:ly)?|(?:at|in|for) (?:most|some)\b(?! of the recommendations)"
    r"|^\W*(?:some|part|much) of what"
    r"|only (?:part|some|a few|a fraction)|(?:\w+ed|only) (?:in|for) \w+ \w+ only"
    r"|\w+ed\s+(?:\w+\s+)?(?:in|for|at|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s+only)\b",
    re.I,
)
"""A degree short of full, in any clause about the ask or its deed."""
_NEGATED = re.compile(
    r"\b(?:not|never|n't|cannot|no one|nobody|nothing|neither|nor|without|no\s+(?!longer)"
    r"\w+|fail(?:s|ed)? to|refus(?:es|ed) to|let\b[^.;]{0,80}\blapse"
    r"|un(?!i(?:fi|t)|der)\w+(?:ed|ful|able)|dead letter|a wish|on paper|where it stood|not started"
    # the ask flouted by the deed: "..., ignoring advice the delegation gave in 2019"
    r"|ignor(?:e|es|ed|ing)|disregard\w*|defy\w*|defied|flout\w*)\b",
    re.I,
)
"""A negated verb, a negative subject or object, an un- participle: not done."""
_PERSISTS = re.compile(
    r"\b(?:still|again|continu(?:e|es|ed|ing) to|persist\w*|remain(?:s|ed)?\s+(?:\w+ly\s+)?"
    r"(?:outstanding|pending|open|valid|a\b)|stays?\b|stands?\b(?!\s+(?:ready|by|for|out)\b)|sitting"
    r"|waiting|missing"
    r"|lack(?:s|ed|ing)?|outstanding|pending|(?:kept|retained|maintained)(?:\s+\w+)?\s+in"
    r"\s+(?:force|place))\b",
    re.I,
)
"""A state that persists: what the ask was to change is still there."""
_NOW = re.compile(r"\b(?:now|since)\s+(?!been\b)(?:\w+\s+)?\w+(?:s|ed)\b|\bnow the\b", re.I)
"""A present state after a change ("now receives", "is now the law"): done."""
_GONE = re.compile(r"\bno longer (?:exists?|appl(?:y|ies)|in force|required)\b", re.I)
"""What the ask was to remove is gone ("the requirement ... no longer exists"): done."""
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+(?:\w+\s+)?been|got|gets)\s+(?:\w+ly\s+|since\s+"
    r"|now\s+|also\s+|already\s+|only\s+|finally\s+|thus\s+)*(?P<verb>\w+(?:ed|en|wn)|met|done"
    r"|put|set|shut|cut|built|sent|kept|spent|dealt|left|lost|brought|held|won|paid|laid)\b"
    r"(?!(?<=\bmet) with\b)",  # "was met with resistance": a reception
    re.I,
)
"""A passive: the ask (or the thing it named) the patient of a deed."""
_ACTIVE = re.compile(
    r"\b(?!(?:was|is|has|does|this|its|as|us|thus|his|unless|always|perhaps|across)\b)"
    r"(?P<verb>\w+(?:ed|es|s)|took|gave|met|did|made|put|thus meeting|meeting|answering"
    r"|heeding|settling|fulfilling|granting)\s+(?:on\s+|up\s+|to\s+|with\s+)?"
    r"(?:the|this|that|its|our|their|an?|what)\b",
    re.I,
)
"""An active verb whose object the ask is: a deed done to it."""
_BARE = re.compile(
    r"^\s*(?:[\w/'-]+\s+){0,1}?(?P<verb>\w+ed|done|met|achieved|delivered|completed)\b"
    r"(?:\s+(?:in|by|through|with|since|for)\b[^;|]*)?\s*[.;]?\s*$",
    re.I,
)
"""A status field of a table or a list, a bare participle ("- delivered in full")."""
_TALK = re.compile(
    rf"^(?:{_TALKED}|ma[dk]|issu|address|direct|sen[dt]"
    r"|stat|not|sa[iy]|observ|assess|expect|propos|draft|prepar|formulat|writ|repeat|renew"
    r"|recommend|ask|call"
    r"|urg|advis|includ|contain|need|requir|us|regrett?|consider|debat|review|analys|studi"
    r"|follow|track|monitor|organis|organiz"
    rf"|stud[yi]){_ENDING}$",
    re.I,
)
"""Verbs that talk about the ask or repeat it, not ones that do it."""


_VERB = any_word(
    "is, are, was, were, has, have, had, remains?, remained, stays?, stands?, did, does, do, "
    "never, cannot, still"
)
"""A finite verb other than a passive or an active deed."""


def clause_fate(text: str) -> str | None:
    """The status a statement on an earlier recommendation states by its grammar (see the
    module's docstring), or None if it states none."""
    return reading(text)[0]


def reading(text: str) -> tuple[str | None, str]:
    """The grammar's status, and the clause holding the mention where that clause stated it
    ("" where a table's last field or the clause it hangs on did)."""
    clauses = [c for c in _CUT.split(text) if c and c.strip()]
    at = next((i for i, c in enumerate(clauses) if ASK.search(c)), None)
    if at is None:
        return _bare(clauses), ""
    reports = _REPORTS.match(clauses[at])
    subject = clauses[at][: reports.start("verb")] if reports else ""
    if reports and not _finite(subject) and not any(_finite(c) for c in clauses[:at]):
        return None, ""  # "X recommended in 2010 that ...": the ask reported, its fate not
    own, after = _predicate(clauses[at], clauses[at + 1 :])
    # "Citing X's 2015 recommendation, <main clause>" (not a trailing "..., discussing it")
    framed = _FRAME.match(own) is not None and bool(after)
    if _NO_FATE.search(_without_ask(own)) and not framed:
        return None, ""
    found = ASK.search(own)
    if _RELATIVE.match(own) and found and _done(own) and not _done(own, found.start()):
        return None, ""  # "..., which had been introduced following X": its history
    who = _ASKED_BY.search(own)  # who asked and when, unless the clause has a deed besides
    asked = who is not None and not _done(own[: who.start()] + own[who.end() :])
    finite, status = _finite(own), _polarity(own, True)
    hangs = framed or asked or not finite or _CONCEDED.match(own) or _RELATIVE.match(own)
    if not finite and not framed and not _HANGING.match(own):
        # a noun phrase that lists the ask ("their knowledge of observer recommendations")
        return (PARTIALLY if _DEGREE.search(own) else _bare(clauses[at:])), ""
    if not hangs and status is None:
        return None, ""  # its own verb says nothing of a deed ("was repeated in a statement")
    if hangs:
        # the clause only says who asked, or is an apposition: the fate is the clause it
        # hangs on ("..., although X has recommended this", "X grew, a partial response to")
        if _DEGREE.search(own):
            return PARTIALLY, ""
        if _FULL.search(own):  # "..., in full compliance with an earlier recommendation"
            return FULLY, ""
        hung = [c for c in clauses[:at] + after if not ASK.search(c)]
        read = [_polarity(c) for c in hung[:2] if not _HYPOTHESIS.search(c)]
        read = [r for r in read if r is not None]
        if not read:
            return _polarity(own, True) or _bare(clauses[at:]), ""
        if PARTIALLY in read or (FULLY in read and NOT in read):
            return PARTIALLY, ""
        return read[0], ""
    if status != FULLY:
        return status, own
    if any(_CONTRAST.match(c) and _DENIED_DEED.search(c) for c in after):
        return NOT, own  # "was accepted in principle but has not been implemented"
    short = any(_CONTRAST.match(c) and _polarity(c) in (NOT, PARTIALLY) for c in after)
    return (PARTIALLY if short else FULLY), own


_REPORTS = re.compile(
    r"\W*(?!(?:which|that|who|although|though|as|since|while|so)\b)"
    r"(?:(?!what\b)[\w/'.-]+\s+){1,14}?(?P<verb>(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:recommended|urged|advised|called for|asked for))\s+(?:that|in|after|to|the|an?|\w+ing)\b",
    re.I,
)
"""A sentence that opens by reporting who asked what ("ODIHR recommended in 2010 that ...")."""
_HANGING = re.compile(
    r"\W*(?:\w+ing|\w+ed|as|although|though|even though|since|despite|after|while|thereby"
    r"|thus|so|which|who|a|an|in full|one)\b",
    re.I,
)
"""How a clause without a verb of its own hangs on another: a participle, a conjunction, a
relative pronoun, an apposition; a bare noun phrase ("the knowledge of observer
recommendations") only lists the ask."""
_DENIED_DEED = re.compile(
    rf"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?{ACHIEVED}\b", re.I
)
"""A contrast that denies the deed the ask wanted ("... but has not been implemented")."""
_FULL = re.compile(r"\bin (?:full|complete) (?:\w+ )?(?:of|with)\b", re.I)
"""A degree of full conformity said by an apposition."""
_RELATIVE = _opening("which, that, who")
_PREDICATE = _opening(
    "has, have, had, is, are, was, were, did, does, remains?, remained, stays?, stayed, went, goes,"
    " never, still, again"
)
"""A clause that opens with a finite verb: the predicate of a subject cut off before it."""


def _predicate(own: str, after: list[str]) -> tuple[str, list[str]]:
    """The mention's clause joined to its predicate when a parenthesis cut them apart ("the
    recommendation on X, made after both elections, has had no effect"), and the clauses
    left after it."""
    if _finite(own) or _RELATIVE.match(own):  # a relative clause's head has the predicate
        return own, after
    for i, clause in enumerate(after):
        if _PREDICATE.match(clause):
            return f"{own} {clause}", after[:i] + after[i + 1 :]
        if _finite(clause):
            break
    return own, after


def _polarity(clause: str, mention: bool = False) -> str | None:
    """What one clause states: a degree short of full, a negation or a state that
    persists, a deed done, or nothing. In the clause that holds the mention (``mention``)
    a deed is one done to the ask: the subject of a passive, the object of an active verb."""
    if mention:
        clause = _content_cut(clause)
    said = _without_ask(clause)
    if _DEGREE.search(said):
        return PARTIALLY
    if _NEGATED.search(said) or _PERSISTS.search(said):
        return NOT
    found = ASK.search(clause) if mention else None
    if found is not None and _FLOUTING.search(clause[: found.start()]):
        return NOT  # "despite previous recommendation by X, the certificates were ..."
    # the ask named by a noun is the patient of its deed; named by its verb ("the margin
    # recommended in 2019") it is what the deed brought about wherever it stands
    noun = found is not None and not found[0].lower().startswith("recommended")
    if _done(clause, found.start() if noun and found else None):
        return FULLY
    return None


def _content_cut(clause: str) -> str:
    """The clause less what the ask asked ("the recommendation that ballots should not be
    counted was implemented": the negation is the ask's, the predicate its fate's)."""
    found = _CONTENT.search(clause)
    if found is None:
        return clause
    verbs = list(_AUXILIARY.finditer(clause, found.end()))
    return clause if not verbs else clause[: found.start()] + " it " + clause[verbs[-1].start() :]


_CONTENT = re.compile(r"\b(?:recommendation|advice|call|request|proposal)s?\s+(?:that|to)\b", re.I)
_AUXILIARY = re.compile(r"\b(?:was|were|has|have|had|is|are|remains?|remained)\b", re.I)


def _done(clause: str, mention: int | None = None) -> bool:
    """Does the clause state a deed done (not talk about the ask)? With the ask's place
    (``mention``), only a deed done to it counts: "the 2010 recommendations met their test"
    does nothing to them."""
    if _NOW.search(clause) or _GONE.search(clause):
        return True
    for found in _PASSIVE.finditer(clause):
        if not _TALK.match(found["verb"].split()[-1]) and (
            mention is None or found.start() > mention
        ):
            return True
    for found in _ACTIVE.finditer(clause):
        verb = found["verb"].split()[-1]
        if (
            _TALK.match(verb)
            or _ASK_WORDS.match(verb)
            or _NOUN_BEFORE.search(clause[: found.start()])
        ):
            continue
        if mention is None or found.start() < mention:
            return True
    return False


_FLOUTING = re.compile(
    r"\b(?:despite|contrary to|notwithstanding|in spite of|regardless of|counter to|at odds with)"
    r"\s+(?:[\w/'-]+\s+){0,4}?$",
    re.I,
)
"""A preposition that flouts the ask named right after it: not done."""
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|in|of|on|at|two|three|four|five|several|many|some|all)\s+$",
    re.I,
)
"""A word before an -s form that makes it a noun ("In two areas the law ...")."""


def _finite(clause: str) -> bool:
    """Has the clause a verb of its own (not an apposition, "a partial response to ...")?"""
    return bool(_PASSIVE.search(clause) or _ACTIVE.search(clause) or _VERB.search(clause))


def _without_ask(clause: str) -> str:
    """The clause less its words of asking (the ask's own words say nothing of its fate:
    "the call to abolish ..." negates nothing)."""
    return _ASK_WORDS.sub(" ", clause)


_ASK_WORDS = re.compile(
    r"\b(?:recommend\w*|advice|calls?|requests?|proposals?|suggestions?|opinions?)"
    r"(?:\s+(?:to|that)\s+\w+)?\b",
    re.I,
)


def _bare(clauses: list[str]) -> str | None:
    """The status a table's or a list's last field states by itself ("| Not started",
    "- no movement", "- delivered in full", "Partly done")."""
    if len(clauses) < 2:
        return None
    field = clauses[-1]
    if len(field.split()) > 8 or _NO_FATE.search(field):
        return None
    if _DEGREE.search(field) or re.search(r"\bonly\b", field, re.I):
        return PARTIALLY
    if _NEGATED.search(field):
        return NOT
    verb = _BARE.match(field)
    return FULLY if verb is not None and not _TALK.match(verb["verb"]) else None
