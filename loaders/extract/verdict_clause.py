"""The status the build reads from a sentence on an earlier recommendation
(``statement_verdict``: extraction and the recurrence bench call this one function, so the
bench's figure is the graph's), and every reading of a statement already known to be about
one (``known_verdict``). Both join the extraction reader's cues (``verdict_cues``), the
clause grammar (``verdict_grammar``) and a follow-up row's own status field
(``verdict_rows``).
"""

from __future__ import annotations

import re

from ..text.needed_words import Folded
from ..text.words import any_word
from .verdict_cues import about_earlier, cue_text, no_verdict, stated_verdict
from .verdict_fate import no_fate
from .verdict_grades import FULLY, NOT, PARTIALLY, reversed_change
from .verdict_grammar import ASK, ASKED_OF, clause_fate, reading
from .verdict_members import PARTS, member_fate
from .verdict_rows import row_status


def known_verdict(text: str) -> str | None:
    """The status a statement KNOWN to be about an earlier recommendation states (one the
    link stage or the bench already holds): a tally's part naming one member, else the
    extraction reader's (``stated_verdict``), else a follow-up row's own status field (as
    the build reads it), else all the clause grammar's readings."""
    said = _aim_cut(cue_text(text))
    return member_fate(said) or stated_verdict(text) or row_status(said) or _grammar(said)


def statement_verdict(text: str, reviewing: bool = False) -> str | None:
    """The status the build reads from a sentence (extraction and the recurrence bench call
    this one function, so the bench's figure is the graph's): the extraction reader's
    (``stated_verdict``); where it reads none, a dated follow-up row's own status field;
    and where the sentence names an earlier recommendation, the clause grammar's reading
    when the reader has none, or when the grammar read it from the clause that holds the
    mention (the negation or degree of that clause scopes the fate, not one of a clause
    that gives its ground: "X refused ..., so the recommendation has been implemented")."""
    stated = stated_verdict(text, reviewing)
    said = _aim_cut(cue_text(text))
    if stated is None and (row := row_status(said)) is not None:
        return row
    if (member := member_fate(said)) is not None:
        return member  # a tally's part that names one member
    if _unsaid(said) or no_verdict(said) or no_fate(_mentioning(said)):
        return stated  # asked, another's words, or the history of what the sentence is about
    before = (
        _ASKED_BEFORE.search(said) is not None
        or ASKED_OF.search(said) is not None
        or (_ACTED_ON.search(said) is not None and _OBLIGED.search(said) is None)
    )
    if not (before or _DATED_ASK.search(said)):
        return stated  # "the board upheld the request": another's request, not an earlier ask
    read, own = reading(said)
    judged = own and (_SUBJECT.match(own) or _JUDGED.search(own))
    if not (before or about_earlier(said, Folded(said)) or judged):
        return stated
    if reversed_change(said, Folded(said)):
        return NOT  # done, then undone ("was introduced in 2012, though later reversed")
    if read is None or read == stated:
        return stated
    # a degree the reader saw stands, and a deed it saw is not cut short by a contrast (often
    # of another ask); the mention's own clause outranks the reader's other readings
    # (a subject's deed is not cut short by a contrast, often of another ask; a frame's is)
    cut = (stated, read) == (FULLY, PARTIALLY) and _SUBJECT.match(own)
    if stated is None or (own and stated != PARTIALLY and not cut):
        return read
    return stated


def _aim_cut(said: str) -> str:
    """The sentence less the verb that says what the ask was about, in a relative clause
    whose subject is the ask ("the practice, which the 2014 recommendation sought to end,
    persists"; "the imbalance that the previous recommendation targeted remains"): the aim
    is the ask's, no plan or talk of the sentence; the fate is the main clause's."""
    return _ASK_AIM.sub(r"\1", said)


_ASK_AIM = re.compile(
    r"(\b(?:which|that|whom)\s+(?:[\w/'-]+\s+){0,4}?(?:recommendation|advice|call|request"
    r"|proposal)s?)\s+(?:(?:has|had|was|were)\s+)?(?:\w+ly\s+)?(?:sought|aimed|targeted"
    r"|addressed|concerned|covered|dealt|meant|intended|tried)\b(?:\s+(?:to|at|with)\b)?",
    re.I,
)


def _mentioning(said: str) -> str:
    """The parts of a sentence (between semicolons, or coordinated clauses) that mention an
    ask, or all of it: a possibility in another part ("only parties may still run; the
    recommendation ... has had no follow-up") is not the fate's."""
    parts = [part for part in PARTS.split(said) if ASK.search(part)]
    return "; ".join(parts) or said


def _grammar(said: str) -> str | None:
    """The clause grammar's status of a cue text (none where it asks whether, or states
    no fate)."""
    if no_verdict(said) or no_fate(said, history=False) or _unsaid(said):
        return None
    if reversed_change(said, Folded(said)):  # "abolished the quota, which had been introduced ..."
        return NOT
    return clause_fate(said)


def _unsaid(said: str) -> bool:
    """Is the fate asked (a question) or someone else's words (every mention of the ask
    inside a quotation)?"""
    if said.rstrip().endswith("?") or _SPEECH.search(said):
        return True
    spans = [found.span() for found in _QUOTED.finditer(said)]
    mentions = [found.start() for found in ASK.finditer(said)]
    return bool(spans and mentions) and all(any(a <= at < b for a, b in spans) for at in mentions)


_DATED_ASK = re.compile(
    r"\b(?:recommend\w*|advice)\b|(?:\b(?:19|20)\d\d|\bearlier|\bprevious|\bprior|'s)\b[^.;]{0,40}?"
    r"\b(?:calls?|requests?|proposals?|suggestions?)\b"
    r"|\b(?:calls?|requests?|proposals?|suggestions?)\b[^.;]{0,40}?\b(?:19|20)\d\d\b",
    re.I,
)
"""An ask of an earlier report: a recommendation or advice, or another noun of asking dated
or owned ("the delegation's 2021 call"), not any request or proposal a text mentions."""
_ASKED_BEFORE = re.compile(
    r"\b(?:recommend\w*|advice|asked|urged|advised|called(?: for)?)\s+(?:(?:made|issued|dating"
    r"|given)\s+)?(?:(?:from|in|after|since|of)\s+(?:the\s+)?(?:19|20)\d\d\b(?!\s*(?:-|to\b|onward))"
    r"|(?:\w+\s+)?(?:years?|months?)\s+(?:ago|earlier|before)\b)"
    r"|\bas recommended(?=\s*[,.;]|\s+(?:in|after|since|before)\b)",
    re.I,
)
"""An ask said to have been made before the statement, dated right after its word ("asked
after the 2011 elections that", "a recommendation dating from 2016", "had called four years
ago for"; not "from 2012 to 2023", "from 2015 onward"), or "as recommended" of a deed told."""
_ACTED_ON = re.compile(
    r"\b(?:following|in response to|pursuant to|acting on|heeding)\s+(?:an?\s+|the\s+|its\s+"
    r"|our\s+|their\s+)?(?:[\w/'-]+\s+){0,3}?(?:recommendations?|advice)\s*,",
    re.I,
)
"""A deed told as done on an ask, the frame closed by a comma ("Following the observers'
recommendation, the board published ..."; not "the following recommendations are offered",
a title's "Following ODIHR Recommendations Through Five Elections"): the ask came before."""
_OBLIGED = re.compile(r"\b(?:should|must|ought to|needs? to|is to|are to)\b", re.I)
"""An obligation: the sentence asks anew ("Following the 2020 recommendation, the
authorities should ..."), it tells no deed."""
_SPEECH = any_word(
    "argued, argues, said, says, told, claimed, claims, insisted, asserted, contended, according to"
)
"""Someone's claim about the ask: the speaker's, not the report's, statement."""
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]{3,}[\"\u201d]")


_SUBJECT = re.compile(
    r"\W*(?:(?:so|and|but|thus|therefore|neither|nor)\s+)*(?:the|this|that|its|our|their|[\w/'-]+'s?)\s+(?:[\w/'-]+\s+){0,3}?(?:recommendation"
    r"|advice|call|request|proposal)\b",
    re.I,
)
"""A sentence whose subject is the ask: the fate its own clause states is of an earlier one
(a new ask has no fate)."""
_JUDGED = re.compile(
    r"\b(?:consider|deem|regard|judge|rate|assess|count)(?:s|ed)?\s+(?:the|this|that|its|our"
    r"|their|[\w/'-]+'s?)\s+(?:[\w/'-]+\s+){0,3}?(?:recommendation|advice)s?\b",
    re.I,
)
"""The ask the object of a verb of judging ("the mission regards its recommendation on X as
partly implemented"): only an ask already made is judged."""
