"""Counts of earlier recommendations by status: a tally ("Of the 24 recommendations, 7
were fully implemented, 9 partially and 8 not at all"; a study's "we code 19 as fully
implemented, 21 as partially ...") is one assessment per status; a study's
generalisations and method sentences are its findings, not verdicts
(``states_no_study_verdict``)."""

from __future__ import annotations

import re

from .count_words import WORD_NUMBERS

_COUNT_WORDS = "|".join(sorted((w for w in WORD_NUMBERS if w != "no"), key=len, reverse=True))
"""A count in words, any the count reader knows ("eighteen", "twenty"), the longest first."""
_TALLY_ITEM = re.compile(
    rf"\b(?P<count>(?:(?!(?:19|20)\d{{2}}\b)\d+|{_COUNT_WORDS})"
    r"(?:\s*(?:per\s*cent|percent|%))?)\s+"
    # the count named in apposition: "the rest, 15 recommendations, were not addressed"
    r"(?:recommendations?,\s+)?"
    # "of them", "of these recommendations", "of the 24 recommendations of the 2016 report"
    r"(?:(?:of\s+(?:them|these|those|(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?recommendations"
    r"(?:\s+(?:of|from|made\s+in|issued\s+in)\s+(?:the\s+)?[\w/-]+)?)\s+)?"
    r"(?:(?:were|was|(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|so\s+far\s+)?been"
    r"|are|remain(?:s|ed)?|as"
    r"|(?:were|was|have|has|had)(?=\s+not\b))\s+)?)?"
    r"(?:(?:only|just|merely)\s+)?"
    r"(?P<status>(?:fully|largely|mostly|partially|partly|in\s+part|not(?:\s+at\s+all)?"
    r"|unaddressed|unimplemented|implemented|addressed|outstanding|pending)"
    r"(?:\s+or\s+(?:fully|largely|mostly|partially|partly))?"
    r"(?:\s+(?:yet\s+)?(?:implemented|addressed))?)",
    re.I,
)
"""One count of a tally by status ("7 were fully implemented", "9 partially", "47 per
cent were not implemented at all", "four have since been addressed in full", "three
remain outstanding", "the rest, 15 recommendations, were not addressed")."""


# "adopted 9 of the 14 recommendations made by ..., including A and B": a share of an
# earlier report's recommendations, and the asks it names.
SHARE = re.compile(
    r"\b(?:adopted|implemented|addressed|followed|accepted|took up|acted on)"
    r"\s+(?P<done>\d+|all|none|some|most|several|few)\s+of\s+(?:(?:the|its|their)\s+)?"
    r"(?P<total>\d+\s+)?(?:\w+\s+){0,2}?recommendations\b"
    r"(?:[^.;:]*?(?:,\s*|\s+)(?:including|among them|such as|notably)\s+(?P<named>[^.;:]+))?",
    re.I,
)
# Items of a named list: split at commas and at an "and" that opens a new noun phrase.
_ITEM_BREAK = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=(?:the|a|an|on)\b)", re.I)


_SEVERAL = (
    r"(?:a\s+number|a\s+few|several|some|many|various|(?:\d+|two|three|four|five|six))\s+"
    r"(?:of\s+(?:the|its|their)\s+)?(?:[\w'\u2019/-]+\s+){0,5}?recommendations\b"
)
_ACTED_ON = (
    r"address(?:es|ed)?|implement(?:s|ed)?|reflect(?:s|ed)?|follow(?:s|ed)?|"
    r"t(?:akes|ook|aken)\s+up|respond(?:s|ed)?\s+to|answer(?:s|ed)?"
)
_ACTED_ON_LIST = re.compile(
    rf"(?:\b(?:{_ACTED_ON})\s+{_SEVERAL}"
    # the passive: "Several prior recommendations have been addressed, including on ..."
    rf"|\b{_SEVERAL}\s+(?:have|has|had)\s+(?:now\s+|since\s+)?been\s+(?:{_ACTED_ON})\b)"
    r"[^.;:]*?(?:,\s*|\s+)(?:including|notably|such\s+as|among\s+them|namely)\s+"
    r"(?P<named>[^.;:]+)",
    re.I,
)
"""A text that acted on several earlier recommendations and names them ("This addresses a
number of prior recommendations, including the consolidation of ..., the abolition of ...
and the introduction of ..."): each named one was acted on in full."""


def acted_on_asks(text: str) -> list[tuple[int, int]]:
    """Offsets of the earlier recommendations ``text`` says were acted on and names one by
    one (``_ACTED_ON_LIST``): a share with a count is ``SHARE``'s; a negated verb ("did not
    address several ..., including ...") names recommendations not acted on."""
    listed = _ACTED_ON_LIST.search(text)
    if listed is None or SHARE.search(text) or re.search(r"\bnot\b|n't\b", text[: listed.start()]):
        return []
    return _pieces(text, *listed.span("named"))


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a named list in ``text[start:end]`` (``_ITEM_BREAK``), two words or more."""
    found: list[tuple[int, int]] = []
    for piece in _ITEM_BREAK.split(text[start:end]):
        at = text.find(piece, start)
        if len(piece.split()) >= 2:
            found.append((at, at + len(piece.rstrip())))
        start = at + len(piece)
    return found


def share_status(share: re.Match[str]) -> str:
    """All of them: fully; none: not; a number below the total or "some": partially."""
    done = share["done"].lower()
    total = (share["total"] or "").strip()
    if done == "all" or (total and done == total):
        return "fully-implemented"
    return "not-implemented" if done == "none" else "partially-implemented"


def named_asks(text: str) -> list[tuple[int, int]]:
    """Offsets of the asks a share statement names ("..., including A and B"): each was
    among those adopted. Empty when the sentence names none."""
    share = SHARE.search(text)
    if share is None or share["named"] is None or share["done"].lower() == "none":
        return []
    return _pieces(text, *share.span("named"))


def tally_verdicts(text: str, reviewing: bool = False) -> list[tuple[str, str]]:
    """The (status, count) pairs of a tally of earlier recommendations by status ("Of the
    24 recommendations, 7 were fully implemented, 9 partially and 8 not at all"): one per
    status, in the order stated. Empty unless the sentence is about recommendations and
    counts two statuses or more (a single count is a share, read by ``stated_verdict``); in
    a section that reviews earlier recommendations (``reviewing``) the word may be left
    out ("By 2016, 4 had been fully implemented, 9 partially and 14 not")."""
    if not reviewing and not re.search(r"\brecommendations?\b", text, re.I):
        return []
    found: dict[str, str] = {}
    for item in _TALLY_ITEM.finditer(text):
        words = item["status"].lower()
        if re.search(r"\bnot\b|\bun|outstanding|pending", words):
            verdict = "not-implemented"
        elif re.search(r"partial|partly|in\s+part", words):
            verdict = "partially-implemented"
        else:
            verdict = "fully-implemented"
        found.setdefault(verdict, " ".join(item["count"].split()))
    return list(found.items()) if len(found) >= 2 else []


_TALLY = re.compile(
    r"\b(?:\d+(?:\s*(?:per\s*cent|percent|%))?|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|a third|a quarter|half|two thirds|three quarters)"
    r"(?=\s+of\b))\s+"
    r"(?:of\s+(?:them|these|the\s+(?:[\w-]+\s+){0,4}?recommendations)\s+)?"
    r"(?:were|was|have been|had been|remained)\b",
    re.I,
)
"""A count of recommendations by status ("31 were fully addressed, 42 partially"): a
study's tally of many, not a verdict on one."""
_GENERIC = re.compile(r"^\W*(?:Such\s+|Most\s+|Many\s+)?[Rr]ecommendations\b")
"""Recommendations in general ("Recommendations on X were mostly addressed")."""
_RESEARCH = re.compile(
    # a category: "recommendations that were fully implemented, partially ... or not"
    r"\brecommendations\s+(?:that|which)\s+(?:were|are|had been|have been)\b"
    # a regularity: "are often ignored", "were implemented more often than ..."
    r"|\b(?:often|rarely|seldom|usually|generally|typically|frequently|tend(?:s|ed)? to"
    r"|(?:more|less) (?:often|likely|frequently))\b"
    # the study's method or question: "examines which ... were implemented", "the share
    # of recommendations implemented", "coded as implemented"
    r"|\b(?:examin|explor|investigat|analy[sz]|ask)\w*\s+(?:whether|which|why|how|what"
    r"|to what extent)\b"
    r"|\b(?:share|proportion|percentage|rate) of (?:the )?(?:[\w-]+ )?recommendations\b"
    # the study's coding ("in our coding" only attributes a verdict), not a legal "Code"
    r"|(?-i:(?<!in our )(?<!in my )\b(?:[Cc]oded|[Cc]oding)\b|\b(?:[Ww]e|I) code\b)"
    # "we code this recommendation as", "I code it as", "the 2016 recommendation to ... as",
    # "which I code as": a verdict on one
    r"(?!\s+(?:it\b|them\b|both\b|as\b|(?:this|that|these|the)\s+(?:[\w'-]+\s+){0,2}?"
    r"recommendations?\b))"
    # a coding rule: "we code them as partially implemented when the law was not applied"
    r"|\b(?:code[sd]?|rate[sd]?|classif\w+)\b[^.;]{0,60}?\bas\s+(?:\w+\s+)?"
    r"(?:implemented|addressed)\s+(?:when|if|where|whenever|unless)\b"
    # a claim the study reports ("officials insisted that ... had been implemented")
    r"|\b(?:claim(?:s|ed)?|insist(?:s|ed)?|assert(?:s|ed)?|boast(?:s|ed)?)\s+that\b"
    # the study's own thesis ("I argue that ...", "the chapter shows that ..."): its finding
    r"|\b(?:I|we|it|(?:this|the) (?:chapter|article|paper|study|thesis))\s+"
    r"(?:argues?|shows?|demonstrates?|contends?)\s+that\b",
    re.I,
)
"""A study's sentence about recommendations as a kind (its categories, regularities,
method and questions), or a claim it reports, not a verdict it states on particular ones."""


def states_no_study_verdict(clause: str) -> bool:
    """Is a study's clause its own tally, a generalisation, or a sentence about
    recommendations as a kind, rather than a verdict on particular ones?"""
    return bool(_TALLY.search(clause) or _GENERIC.match(clause) or _RESEARCH.search(clause))
