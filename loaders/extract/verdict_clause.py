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

from ..text.needed_words import Folded
from ..text.words import any_word
from .verdict_cues import cue_text, no_verdict, stated_verdict
from .verdict_fate import no_fate
from .verdict_grades import FULLY, NOT, PARTIALLY, reversed_change
from .verdict_scope import names_earlier

_ASK = re.compile(
    r"\b(?:recommend\w*|(?:the|this|that|its|our|their|an?|earlier|previous|prior|\d{4}|'s)"
    r"\s+(?:[\w/'-]+\s+){0,3}?(?:advice|calls?|requests?|proposals?|suggestions?|opinions?)"
    # a finite verb of asking, dated or of the past before the past: "observers asked for
    # step-free access after the 2017 elections", "what X had called for"
    r"|(?:had|has|have)\s+(?:\w+\s+)?(?:asked|called) for"
    r"|(?:asked|called) for(?=[^.;]*\b(?:since|in|after)\s+(?:the\s+)?(?:19|20)\d\d\b))\b",
    re.I,
)
"""The mention of the ask: a word of recommending, or another noun of asking after a word
that makes it a noun phrase ("the delegation's 2021 call")."""
_CUT = re.compile(
    r"\s*[;:|\u2013\u2014]\s*|\s+-\s+|,\s+|\s+(?=(?:but|however|yet|while|whereas|although"
    r"|though|so|thus|because|leaving|which)\b)",
    re.I,
)
"""Where a clause ends: a punctuation mark, a dash, a conjunction or a relative pronoun."""
_CONTRAST = re.compile(r"\s*(?:but|however|yet|while|whereas|although|though)\b", re.I)
"""A clause that turns against the one before ("..., but appointments continue ...")."""
_CONCEDED = re.compile(r"\s*(?:although|though|even though|despite)\b", re.I)
"""A concession that holds the mention ("..., although the period was the subject of an
earlier recommendation"): the fate is the main clause's."""
_TALKED = (
    r"(?:discuss|recall|cit|quot|summari[sz]|list|mention|present|describ|echo|reiterat|refer"
    r"|invok|explain|welcom|endors|support|clarif|show|suggest|indicat|reveal|cover|deal"
    r"|focus|target|concerned(?= \w)|related(?= to))"
)
"""Stems of verbs that talk about the ask or what it is about, not of a deed done to it."""
_ENDING = r"(?:e|es|ed|s|d|ing|ied|ies|y|n|t|red|ring)?"
"""The endings a stem takes as a verb ("cit" -> cite, cited, citing; not "citizen")."""
_FRAME = re.compile(rf"\W*(?:{_TALKED}\w*ing|with reference to|in view of)\b", re.I)
"""A frame that cites the ask before the main clause ("Citing the 2015 recommendation, ...",
"Referring to ..."): the fate is the main clause's."""
_ASKED_BY = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:recommended|asked|called|urged|advised)|"
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
    r"limited) step|largely|mostly|in some|uneven(?:ly)?|moderate(?:ly)?|selectively"
    r"|limited|incomplete(?:ly)?|(?:at|in|for) (?:most|some)\b(?! of the recommendations)"
    r"|^\W*(?:some|part|much) of what"
    r"|(?:\w+ed|only) (?:in|for) \w+ \w+ only)\b",
    re.I,
)
"""A degree short of full, in any clause about the ask or its deed."""
_NEGATED = re.compile(
    r"\b(?:not|never|n't|cannot|no one|nobody|nothing|neither|nor|without|no\s+(?!longer)"
    r"\w+|fail(?:s|ed)? to|refus(?:es|ed) to|let\b[^.;]{0,80}\blapse"
    r"|un\w+(?:ed|ful|able)|dead letter|a wish|on paper|where it stood|not started)\b",
    re.I,
)
"""A negated verb, a negative subject or object, an un- participle: not done."""
_PERSISTS = re.compile(
    r"\b(?:still|again|continu(?:e|es|ed|ing) to|persist\w*|remain(?:s|ed)?\s+(?:\w+ly\s+)?"
    r"(?:outstanding|pending|open|valid|a\b)|stays?\b|stands?\b|sitting|waiting|missing"
    r"|lack(?:s|ed|ing)?|outstanding|pending)\b",
    re.I,
)
"""A state that persists: what the ask was to change is still there."""
_NOW = re.compile(r"\b(?:now|since)\s+(?!been\b)(?:\w+\s+)?\w+(?:s|ed)\b|\bnow the\b", re.I)
"""A present state after a change ("now receives", "is now the law"): done."""
_GONE = re.compile(r"\bno longer (?:exists?|appl(?:y|ies)|in force|required)\b", re.I)
"""What the ask was to remove is gone ("the requirement ... no longer exists"): done."""
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+(?:\w+\s+)?been|got|gets|be)\s+(?:\w+ly\s+|since\s+"
    r"|now\s+|also\s+|already\s+|only\s+|finally\s+)*(?P<verb>\w+(?:ed|en|t)|met|done|put"
    r"|set|shut|cut)\b(?!(?<=\bmet) with\b)",  # "was met with resistance": a reception
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
    rf"|stud[yi]){_ENDING}$",
    re.I,
)
"""Verbs that talk about the ask or repeat it, not ones that do it."""


_VERB = any_word(
    "is, are, was, were, has, have, had, remains?, remained, stays?, stands?, did, does, do, "
    "never, cannot, still"
)
"""A finite verb other than a passive or an active deed."""


def known_verdict(text: str) -> str | None:
    """The status a statement KNOWN to be about an earlier recommendation states (one the
    link stage or the bench already holds): the extraction reader's (``stated_verdict``,
    whose gate must decide what is a statement at all, so it stays strict), else the
    clause grammar's. Not for deciding whether a sentence is a statement: on every sentence
    of the fixture reports it would add assessments that are wrong (0.97 -> 0.91)."""
    return stated_verdict(text) or _grammar(cue_text(text))


def statement_verdict(text: str, reviewing: bool = False) -> str | None:
    """The status the build reads from a sentence (extraction and the recurrence bench call
    this one function, so the bench's figure is the graph's): the extraction reader's
    (``stated_verdict``), else the clause grammar's degree short of full ("a partial
    response to", "a first step towards", a deed then a shortfall) where the sentence names
    an earlier recommendation (``names_earlier``). Only the degree: on the fixture reports all the
    grammar's readings there (a deed done by any verb but talk, a negation, a degree) put 11
    more assessments in the tune half's graph, 3 of them right (precision 0.97 -> 0.96)."""
    stated = stated_verdict(text, reviewing)
    if stated is not None:
        return stated
    said = cue_text(text)
    if not names_earlier(said, Folded(said)):
        return None
    return PARTIALLY if _grammar(said) == PARTIALLY else None


def _grammar(said: str) -> str | None:
    """The clause grammar's status of a cue text (none where it asks whether, or states
    no fate)."""
    if no_verdict(said) or no_fate(said, history=False):
        return None
    if reversed_change(said, Folded(said)):  # "abolished the quota, which had been introduced ..."
        return NOT
    return clause_fate(said)


def clause_fate(text: str) -> str | None:
    """The status a statement on an earlier recommendation states by its grammar (see the
    module's docstring), or None if it states none."""
    clauses = [c for c in _CUT.split(text) if c and c.strip()]
    at = next((i for i, c in enumerate(clauses) if _ASK.search(c)), None)
    if at is None:
        return _bare(clauses)
    own = clauses[at]
    # "Citing X's 2015 recommendation, <main clause>" (not a trailing "..., discussing it")
    framed = _FRAME.match(own) is not None and at + 1 < len(clauses)
    if _NO_FATE.search(_without_ask(own)) and not framed:
        return None
    hangs = framed or _ASKED_BY.search(own) or not _finite(own) or _CONCEDED.match(own)
    if hangs or _polarity(own) is None:
        # the clause only says who asked, or is an apposition: the fate is the clause it
        # hangs on ("..., although X has recommended this", "X grew, a partial response to")
        if _DEGREE.search(own):
            return PARTIALLY
        hung = [c for i, c in enumerate(clauses) if i != at and not _ASK.search(c)]
        read = [_polarity(c) for c in hung[:2] if not _HYPOTHESIS.search(c)]
        read = [r for r in read if r is not None]
        if not read:
            return _polarity(own) or _bare(clauses[at:])
        if PARTIALLY in read or (FULLY in read and NOT in read):
            return PARTIALLY
        return read[0]
    status = _polarity(own)
    if status != FULLY:
        return status
    after = clauses[at + 1 :]
    short = any(_CONTRAST.match(c) and _polarity(c) in (NOT, PARTIALLY) for c in after)
    return PARTIALLY if short else FULLY


def _polarity(clause: str) -> str | None:
    """What one clause states: a degree short of full, a negation or a state that
    persists, a deed done, or nothing."""
    said = _without_ask(clause)
    if _DEGREE.search(said):
        return PARTIALLY
    if _NEGATED.search(said) or _PERSISTS.search(said):
        return NOT
    if _done(clause):
        return FULLY
    return None


def _done(clause: str) -> bool:
    """Does the clause state a deed done (not talk about the ask)?"""
    if _NOW.search(clause) or _GONE.search(clause):
        return True
    for found in (_PASSIVE.search(clause), _ACTIVE.search(clause)):
        if found is not None and not _TALK.match(found["verb"].split()[-1]):
            return True
    return False


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
