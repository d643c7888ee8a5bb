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
from .verdict_words import (
    ACTIVE,
    ADDRESSEE,
    BARE,
    DEGREE,
    DELIBERATED,
    EMBEDDED,
    GONE,
    HYPOTHESIS,
    NEGATED,
    NO_FATE,
    NOW,
    PASSIVE,
    PERSISTS,
    SENT,
    TALK,
    TALKED,
    TOLD,
    VERB,
)

_WHEN = r"(?:(?:\w+\s+)?(?:years?|months?)\s+(?:ago|earlier|before)|(?:in|since)\s+(?:19|20)\d\d)"
"""A time phrase inside a verb of asking ("had called four years ago for")."""
_ASKED_OF = (
    r"\b(?:which|whose\s+\w+)\s+(?:(?!not\b|never\b)[\w/'-]+\s+){1,4}?"
    r"(?:(?:has|have|had)\s+(?!not\b|never\b)(?:\w+\s+)?)?(?:asked|urged|advised|called|encouraged)\b"
)
"""A relative clause that says who asked for what it qualifies ("X, which the observers
asked to be lowered, ..."; "X, whose repeal the mission has urged since 2016, ..."): an ask
made before the sentence that tells its thing's fate (not "which observers had not asked
for")."""
ASKED_OF = re.compile(_ASKED_OF, re.I)
ASK = re.compile(
    r"\b(?:recommend\w*|advice|(?:the|this|that|its|our|their|an?|earlier|previous|prior|\d{4}|'s)"
    r"\s+(?:[\w/'-]+\s+){0,3}?(?:advice|calls?|requests?|proposals?|suggestions?|opinions?)"
    # a finite verb of asking, dated or of the past before the past: "observers asked for
    # step-free access after the 2017 elections", "what X had called for"
    r"|(?:had|has|have)\s+(?:\w+\s+)?(?:(?:asked|called)\s+(?:" + _WHEN + r"\s+)?for|urged"
    r"|encouraged|advised)"
    r"|(?:asked|called) for(?=[^.;]*\b(?:since|in|after)\s+(?:the\s+)?(?:19|20)\d\d\b))\b"
    r"|" + _ASKED_OF,
    re.I,
)
"""The mention of the ask: a word of recommending, or another noun of asking after a word
that makes it a noun phrase ("the delegation's 2021 call"), or a relative clause that says
who asked for the thing it qualifies (``_ASKED_OF``)."""
CLAUSE_CUT = re.compile(
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
_FRAME = re.compile(rf"\W*(?:{TALKED}\w*ing|with reference to|in view of)\b", re.I)
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


def clause_fate(text: str) -> str | None:
    """The status a statement on an earlier recommendation states by its grammar (see the
    module's docstring), or None if it states none."""
    return reading(text)[0]


def reading(text: str) -> tuple[str | None, str]:
    """The grammar's status, and the clause holding the mention where that clause stated it
    ("" where a table's last field or the clause it hangs on did)."""
    clauses = [c for c in CLAUSE_CUT.split(text) if c and c.strip()]
    at = next((i for i, c in enumerate(clauses) if ASK.search(c)), None)
    if at is None:
        return _bare(clauses) or _told_after(text), ""
    reports = _REPORTS.match(clauses[at])
    subject = clauses[at][: reports.start("verb")] if reports else ""
    if reports and not _finite(subject) and not any(_finite(c) for c in clauses[:at]):
        # "X recommended in 2010 that ...": the ask reported, its fate told after it or not
        return _told_after(text), ""
    own, after = _predicate(clauses[at], clauses[at + 1 :])
    # "Citing X's 2015 recommendation, <main clause>" (not a trailing "..., discussing it")
    framed = _FRAME.match(own) is not None and bool(after)
    if NO_FATE.search(_without_ask(own)) and not framed:
        return None, ""
    found = ASK.search(own)
    if _RELATIVE.match(own) and found and _done(own) and not _done(own, found.start()):
        return None, ""  # "..., which had been introduced following X": its history
    who = _ASKED_BY.search(own)  # who asked and when, unless the clause has a deed besides
    asked = who is not None and not _done(own[: who.start()] + own[who.end() :])
    finite, status = _finite(own), clause_polarity(own, True)
    hangs = framed or asked or not finite or _CONCEDED.match(own) or _RELATIVE.match(own)
    if not finite and not framed and not _HANGING.match(own):
        # a noun phrase that lists the ask ("their knowledge of observer recommendations")
        return (PARTIALLY if DEGREE.search(own) else _bare(clauses[at:])), ""
    if not hangs and status is None:
        return None, ""  # its own verb says nothing of a deed ("was repeated in a statement")
    if hangs:
        # the clause only says who asked, or is an apposition: the fate is the clause it
        # hangs on ("..., although X has recommended this", "X grew, a partial response to")
        if DEGREE.search(own):  # the mention's own words say how far ("a step towards")
            return PARTIALLY, own
        if _FULL.search(own):  # "..., in full compliance with an earlier recommendation"
            return FULLY, ""
        # (a preposition cut before "which" is no clause: "..., against which X ...")
        hung = [c for c in clauses[:at] + after if not ASK.search(c) and not _LONE.fullmatch(c)]
        done = _done_as_asked(own, clauses[:at], after)
        read = [_hung(c, done) for c in hung[:2] if not HYPOTHESIS.search(EMBEDDED.sub(" ", c))]
        read = [r for r in read if r is not None]
        if not read:
            return clause_polarity(own, True) or _bare(clauses[at:]), ""
        if PARTIALLY in read or (FULLY in read and NOT in read):
            # done "as recommended" and then fallen short: the mention frames both
            return PARTIALLY, own if done is not None else ""
        return read[0], ""
    if status == NOT and any(_RELATIVE.match(c) and DEGREE.search(c) for c in after):
        return PARTIALLY, own  # "..., which amounts at best to partial implementation"
    if status != FULLY:
        return status, own
    if any(_CONTRAST.match(c) and _DENIED_DEED.search(c) for c in after):
        return NOT, own  # "was accepted in principle but has not been implemented"
    short = any(_CONTRAST.match(c) and clause_polarity(c) in (NOT, PARTIALLY) for c in after)
    return (PARTIALLY if short else FULLY), own


_ASK_END = re.compile(r"\b(?:recommendations?|advice)\W*$", re.I)
"""A frame that ends with the ask it names."""
_LONE = re.compile(
    r"\s*(?:against|about|for|of|on|with|to|from|by|in|under|over|towards|through)\s*", re.I
)
"""A preposition alone, cut from the relative pronoun after it."""
_AS_ASKED = re.compile(
    r"\W*(?:as|in (?:line|accordance|conformity|keeping) with|following|in response to"
    r"|pursuant to|acting on|heeding)\b",
    re.I,
)
"""A mention that says the clause it hangs on was done as asked ("X was done, as recommended";
"Following the observers' recommendation, the board published ...")."""


def _done_as_asked(own: str, before: list[str], after: list[str]) -> str | None:
    """The clause a frame of doing as asked hangs on: the one before it ("X was done, as
    recommended"), or, opening the sentence, the one after it ("Following X, the board
    did ...")."""
    if not _AS_ASKED.match(own):
        return None
    if before:
        return before[-1]
    # opening the sentence, the frame is the ask's phrase alone, closed by the clause cut
    return after[0] if after and _ASK_END.search(own) else None


def _hung(clause: str, done: str | None) -> str | None:
    """What a clause a mention hangs on states. The clause ``done`` "as recommended" says
    is the deed asked for when it has a verb; a contrast after it, the shortfall ("...,
    as recommended, but later changes undid part of it")."""
    status = clause_polarity(clause)
    told = (_finite(clause) or TOLD.search(clause)) and not DELIBERATED.search(clause)
    if status is None and done is not None and told:
        if clause is done:
            return FULLY
        return NOT if _CONTRAST.match(clause) else None
    return status


def _told_after(text: str) -> str | None:
    """The fate told in the sentences (or after the semicolon) after one that reports a
    dated ask ("X asked in 2016 that ... . Some progress can be noted: ..."; "X recommended
    in 2021 that ...; the deadline was extended, which meets it halfway"): a degree, else
    the first readings."""
    first, *rest = _SENTENCE.split(text)
    if not rest or not _ASKED_THEN.search(first):
        return None
    clauses = [
        c for c in CLAUSE_CUT.split(" ".join(rest)) if c.strip() and not HYPOTHESIS.search(c)
    ]
    if any(DEGREE.search(c) for c in clauses):
        return PARTIALLY
    read = [r for r in map(clause_polarity, clauses[:2]) if r is not None]
    return PARTIALLY if FULLY in read and NOT in read else (read[0] if read else None)


_ASKED_THEN = re.compile(
    r"\b(?:asked|urged|advised|recommended|called for)\b[^.;]*?\b(?:in|after|since)\s+(?:the\s+)?"
    r"(?:19|20)\d\d\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[a-z\d])\.\s+(?=[A-Z])|;\s+")
"""Where the report of an ask ends: a sentence's end or a semicolon."""
_REPORTS = re.compile(
    r"\W*(?!(?:which|whose|that|who|although|though|as|since|while|so)\b)"
    r"(?:(?!what\b)[\w/'.-]+\s+){1,14}?(?P<verb>(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:recommended|urged|advised|called for|asked for))\s+(?:that|in|after|to|the|an?|\w+ing)\b",
    re.I,
)
"""A sentence that opens by reporting who asked what ("ODIHR recommended in 2010 that ...")."""
_HANGING = re.compile(
    r"\W*(?:\w+ing|\w+ed|as|although|though|even though|since|despite|after|while|thereby"
    r"|thus|so|which|who|a|an|in full|one|in (?:line|accordance|conformity|keeping) with"
    r"|in response to|pursuant to)\b",
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


def clause_polarity(clause: str, mention: bool = False) -> str | None:
    """What one clause states: a degree short of full, a negation or a state that
    persists, a deed done, or nothing. In the clause that holds the mention (``mention``)
    a deed is one done to the ask: the subject of a passive, the object of an active verb."""
    if mention:
        clause = _content_cut(clause)
    said = _without_ask(clause)
    if DEGREE.search(said):
        return PARTIALLY
    if NEGATED.search(said) or PERSISTS.search(said):
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
    if NOW.search(clause) or GONE.search(clause):
        return True
    for found in PASSIVE.finditer(clause):
        verb = found["verb"].split()[-1]
        talk = TALK.match(verb) and not (
            SENT.match(verb) and not ADDRESSEE.match(clause, found.end())
        )
        if not talk and (mention is None or found.start() > mention):
            return True
    for found in ACTIVE.finditer(clause):
        verb = found["verb"].split()[-1]
        if (
            TALK.match(verb)
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
    return bool(PASSIVE.search(clause) or ACTIVE.search(clause) or VERB.search(clause))


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
    if len(field.split()) > 8 or NO_FATE.search(field):
        return None
    if DEGREE.search(field) or re.search(r"\bonly\b", field, re.I):
        return PARTIALLY
    if NEGATED.search(field):
        return NOT
    verb = BARE.match(field)
    return FULLY if verb is not None and not TALK.match(verb["verb"]) else None
