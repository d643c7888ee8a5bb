"""Whether a sentence speaks of an earlier recommendation, read from how it names one: a
recommendation, advice, call or concern marked earlier ("prior advice", "our earlier call",
"the 2015 recommendation"), one of an earlier report ("recommendation 4 of the 2019 final
report", "raised in the previous report"), or a recommendation that is the subject of a
status ("the recommendation to ... had been implemented"). The fixed cues of
``verdict_cues`` know the wordings they were tuned on; this reads the shapes they share.
"""

from __future__ import annotations

import re

from ..text.needed_words import Folded, first_search

ACHIEVED = (
    r"(?:implemented|addressed|met|fulfill?ed|heeded|followed(?: up)?|acted (?:up)?on"
    r"|taken (?:into account|up)|reflected|incorporated|complied with|carried out"
    r"|put into (?:practice|effect)|given (?:full )?effect|enacted|accepted|adopted"
    r"|introduced|amended|repealed|lifted|removed|abolished|established|materiali[sz]ed"
    r"|realised|realized|remedied|resolved)"
)
"""The participles that say a recommendation was done (or, negated, was not): a change
made or an ask met. A sentence with one of them in a finite form states a status."""

_EARLIER_WORD = r"(?:previous(?:ly)?|earlier|prior|past|long-?\s?standing|last)"
_MARKED = re.compile(
    # "prior advice", "previous ODIHR recommendations", "our earlier call"
    rf"\b{_EARLIER_WORD}(?:\s+[\w/-]+){{0,3}}?\s+(?:recommend\w*|advice|calls?\b|concerns?"
    r"|suggestions?|proposals?)"
    # "the 2015 recommendation", "the voter-list recommendation of 2013"
    r"|\b(?:19|20)\d{2} recommendations?\b|\brecommendations? of (?:19|20)\d{2}\b"
    # "recommendation 4 of the 2019 final report", "recommendations of previous missions"
    r"|\brecommendations?\b[^.;]{0,20}?\b(?:of|in|from) (?:the |its |our |their )?"
    rf"(?:{_EARLIER_WORD}|(?:19|20)\d{{2}})(?:\s+[\w/-]+){{0,3}}?\s+(?:report|mission|observers)"
    # "raised in the previous report", "the recommendation we made in the last report"
    r"|\b(?:raised|made|issued|offered|put forward|expressed|voiced)\b[^.;]{0,30}?"
    rf"\b(?:in|by|after|since) (?:the |its |their |our )?{_EARLIER_WORD}\b",
    re.I,
)
"""An earlier recommendation named by a word that dates it or by its earlier report."""
_SUBJECT = re.compile(
    r"\b(?:the|this|that|our|its|their) (?:[\w/-]+ )?recommendation (?:to|on|that|regarding"
    r"|concerning|of|for)\b(?:(?!\b(?:show(?:s|ed)?|suggest(?:s|ed)?|indicat(?:es|ed)"
    r"|reveal(?:s|ed)?) that\b)[^.;]){0,160}?\b(?:(?:was|were|is|are|has|have|had|went|goes"
    r"|remain(?:s|ed)?)\b(?:\s+\w+){0,3}?\s+(?:"
    rf"{ACHIEVED}|ignored|disregarded|rejected"
    r"|un(?:addressed|implemented|heeded|answered)|valid|relevant|outstanding|pending)"
    r"|(?:counts?|coded|rated|classified|assessed) as|saw|received|met with)\b",
    re.I,
)
"""A recommendation that is the subject of a status ("By 2021 the recommendation to ...
had been implemented"): one made before the sentence that judges it."""
_ACTED_ON = re.compile(
    r"\b(?:done|taken|made|happened)\s+(?:about|on|with|to (?:address|implement|follow))\s+"
    r"(?:the|this|that|an?|its|our|their)\s+(?:[\w/-]+\s+){0,3}?recommendations?\b",
    re.I,
)
"""A recommendation something was (not) done about ("Nothing was done about the
recommendation to ..."): one made before."""
_ASKS = re.compile(
    r"\b(?:should|must|ought to|needs? to|(?:is|are) (?:encouraged|urged|invited)"
    r"|recommends?|urges?|calls? (?:on|upon|for))\b",
    re.I,
)
"""A sentence that asks (a new recommendation) rather than judges an earlier one."""


def asks(text: str, lowered: Folded | None = None) -> bool:
    """Does ``text`` ask (a recommendation of its own)?"""
    return first_search((_ASKS,), text, lowered) is not None


def names_earlier(text: str, lowered: Folded) -> bool:
    """Does ``text`` speak of an earlier recommendation (and not ask anew)?"""
    if asks(text, lowered):
        return False
    return bool(first_search((_MARKED, _SUBJECT, _ACTED_ON), text, lowered))
