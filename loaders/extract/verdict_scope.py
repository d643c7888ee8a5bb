"""What a statement on an earlier recommendation is made of, shared by the graders: the
participles that say a recommendation was done, the change verbs of degree, the shape of a
sentence that asks anew (a new recommendation states no status), and whether a sentence
names an earlier recommendation in a role a fate can be stated of (``names_earlier``).
"""

from __future__ import annotations

import re

from ..text.needed_words import Folded, first_search

ACHIEVED = (
    r"(?:implemented|addressed|met|fulfill?ed|heeded|followed(?: up)?|acted (?:up)?on"
    r"|taken (?:into account|up)|reflected|incorporated|complied with|carried out"
    r"|put into (?:practice|effect)|given (?:full )?effect|enacted|accepted|adopted"
    r"|introduced|amended|repealed|lifted|removed|abolished|established|materiali[sz]ed"
    r"|realised|realized|remedied|resolved|taken on board"
    # carried into a text: "translated into law", "written into the code", "enshrined in"
    r"|(?:translated|written|transposed|built|incorporated) into|enshrined in)"
)
"""The participles that say a recommendation was done (or, negated, was not): a change
made or an ask met. A sentence with one of them in a finite form states a status."""
CHANGED = (
    r"(?:lowered|raised|reduced|increased|extended|shortened|simplified|relaxed|eased"
    r"|tightened|narrowed|broadened|widened|expanded|clarified|revised|modified|changed"
    r"|harmoni[sz]ed|streamlined|aligned|strengthened|improved|published|created|set up"
    r"|regulated|made (?:mandatory|compulsory|public|available|binding)|codified|dropped"
    r"|scrapped|eliminated|replaced|reformed|restructured|updated|cleaned|audited|halved|doubled)"
)
"""Participles of a change of degree or form ("was lowered", "was relaxed", "was made
mandatory"): a change made, though not one that says by itself that an ask was met; read
only where the sentence names the earlier recommendation the change answers."""
REFUSED = (
    r"(?:brushed aside|rebuffed|voted down|turned down|overruled|dismissed|sidelined"
    r"|postponed indefinitely|put on hold|shelved)"
)
"""Participles of an ask refused or set aside by whoever could have met it: not done."""
STALLED = (
    r"(?:l(?:ies|ay|ain|ying) dormant|gather(?:s|ed|ing)? dust|(?:has |have )?made no headway"
    r"|never (?:made it|got|went) (?:past|beyond)|stalled|languish(?:es|ed|ing)?)"
)
"""An ask that went nowhere, said of it in the active ("lies dormant", "made no headway",
"never made it past the committee"): not done."""
REFUSED_ASK = (
    r"\b(?:recommendations?|advice|calls?|proposals?)\b[^.;,]{0,120}?\b(?:(?:was|were|is|are|has"
    rf"|have|had)\b(?:\s+\w+){{0,3}}?\s+{REFUSED}|{STALLED})\b"
)
"""The ask itself refused or stalled, in its own clause ("the recommendation to ... was voted
down"), not a complaint or a bill after it ("...; the appeal was turned down")."""

_ASKS = re.compile(
    r"\b(?:should|must|ought to|needs? to|(?:is|are) (?:encouraged|urged|invited)"
    # a verb, not the noun of "the earlier call for ...", "its repeated call for ..."
    r"|recommends?|urges?|(?<!the )(?<!'s )(?<!an )(?<!our )(?<!its )(?<!their )(?<!ed )"
    r"(?<!ier )(?<!ous )(?<!ior )(?<![0-9] )calls? (?:on|upon|for))\b",
    re.I,
)
"""A sentence that asks (a new recommendation) rather than judges an earlier one."""

_EARLIER_WORD = r"(?:previous(?:ly)?|earlier|prior|past|long-?\s?standing|last)"
_ADVICE = r"(?:recommendations?|advice|calls?|proposals?|suggestions?|opinions?)"
_NAMED = re.compile(
    # "prior advice", "previous ODIHR recommendations", "our earlier call"
    rf"\b{_EARLIER_WORD}(?:\s+[\w/-]+){{0,3}}?\s+{_ADVICE}\b"
    # "the 2015 recommendation", "the recommendations of 2013"
    # "the 2016 advice", "the 2018 Venice Commission advice", "2015 recommendations"
    rf"|\b(?:19|20)\d{{2}}(?:\s+(?-i:[A-Z])[\w/'-]*){{0,3}}\s+{_ADVICE}\b"
    r"|\b(?:19|20)\d{2}\s+(?:[\w/-]+\s+)?recommendations?\b"
    r"|\brecommendations?\s+of\s+(?:19|20)\d{2}\b"
    # "Recommendation 7 (2018)", a numbered one of an earlier year
    r"|\brec(?:ommendation|\.)\s*\d+\s*\((?:19|20)\d{2}\)"
    # "..., has been lifted, as recommended.": recommended before the deed
    r"|,\s*as (?:had been |was )?(?:previously |earlier )?recommended\s*(?:[.;]|$)"
    # "recommendation 4 of the 2019 final report", "a recommendation of previous missions"
    r"|\brecommendations?\b[^.;]{0,20}?\b(?:of|in|from|made in) (?:the |its |our |their )?"
    rf"(?:{_EARLIER_WORD}|(?:19|20)\d{{2}})(?:\s+[\w/-]+){{0,3}}?\s+(?:reports?|missions?"
    r"|observers|statements?|assessments?)\b"
    # "as the OSCE/ODIHR had recommended", "which citizen observers had recommended
    # abolishing": recommended before the sentence's events
    r"|\b(?:as|which|that|what)\s+(?:[\w/'-]+\s+){1,4}?had\s+(?:(?:previously|earlier|long|"
    r"repeatedly|also)\s+)?(?:recommended|advised|suggested|urged|encouraged|called for|proposed"
    r"|asked for)\b"
    # "although X has twice recommended ...": asked before the state the sentence reports
    r"|\b(?:although|though|while)\s+(?:[\w/'-]+\s+){1,4}?(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:recommended|urged|advised|encouraged|called for|asked for)\b"
    # "which the 2019 report recommended abolishing": a dated report's ask
    r"|\b(?:19|20)\d\d\s+(?:final\s+)?(?:report|statement|mission)\s+(?:had\s+)?(?:recommended"
    r"|advised|urged|called for|proposed)\b"
    # "a recommendation X made four years ago", "advice the delegation gave three years earlier"
    rf"|\b{_ADVICE}\b[^.;]{{0,60}}?\b(?:\w+|a few|several)\s+(?:years?|months?)\s+"
    r"(?:ago|earlier|before)\b"
    # "As ODIHR recommended in 2020, ...": the frame opens the sentence
    r"|^\s*as\s+(?:[\w/'-]+\s+){1,4}?(?:recommended|advised|suggested|urged|called for"
    r"|proposed)\b"
    # "despite the 2015 recommendation to ...", "contrary to repeated advice"
    r"|\b(?:despite|contrary to|notwithstanding|in spite of)\s+(?:[\w/'-]+\s+){0,4}?"
    rf"{_ADVICE}\b"
    # "the call made by the delegation in 2021", "the request, made by X in 2016", "the call
    # of citizen observers in 2019 for ...": an ask dated by who made it when
    rf"|\b(?:the|an?|its|their|our)\s+(?:[\w/'-]+\s+){{0,2}}?(?:{_ADVICE}|requests?),?\s+"
    r"(?:(?:first\s+)?(?:made|issued|put forward|voiced|expressed)\s+)?(?:by|of)\s+"
    r"[^.;:]{0,60}?\b(?:in|after|since)\s+(?:19|20)\d{2}\b"
    # "what the 2014 report recommended on ...": the ask as a noun phrase of the past
    r"|\bwhat\s+(?:[\w/'-]+\s+){1,4}?(?:recommended|advised|urged|proposed"
    r"|suggested)\b",
    re.I,
)
"""An earlier recommendation named by a word that dates it, by its earlier report, by a
verb of the past before the past, or flouted ("despite ...")."""
_SUBJECT = re.compile(
    r"(?:\b(?:the|this|that|our|its|their) (?:[\w/'-]+ ){0,2}?|\b[\w/-]+'s )recommendation"
    r" (?:to|on|that|regarding"
    r"|concerning|of|for)\b(?:(?!\b(?:show(?:s|ed)?|suggest(?:s|ed)?|indicat(?:es|ed)"
    r"|reveal(?:s|ed)?) that\b)[^.;]){0,160}?\b(?:(?:was|were|is|are|has|have|had|went|goes"
    r"|remain(?:s|ed)?)\b(?:\s+\w+){0,3}?\s+(?:"
    rf"{ACHIEVED}|{REFUSED}|ignored|disregarded|rejected"
    r"|un(?:addressed|implemented|heeded|answered)|outstanding|pending)"
    r"|(?:counts?|coded|rated|classified|assessed) as|saw|received|met with"
    # a perfect passive of any deed ("had been satisfied", "has since been honoured"), not a
    # verb of talk about the ask ("has been made in", "has been discussed")
    r"|(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|finally\s+)?been\s+"
    r"(?!(?:made|issued|addressed to|discussed|debated|considered|repeated|reiterated|cited"
    r"|recalled|echoed|noted|mentioned|presented|forwarded|sent|submitted)\b)\w+(?:ed|en)"
    r"|materiali[sz]ed|bore fruit|came to nothing|took effect|found (?:its|their) way into"
    rf"|{STALLED})\b",
    re.I,
)
"""A recommendation that is the subject of its fate ("By 2021 the recommendation to ...
had been implemented"): one made before the sentence that judges it."""
_ACTED_ON = re.compile(
    r"\b(?:done|taken|made|happened)\s+(?:about|on|with|to (?:address|implement|follow))\s+"
    r"(?:the|this|that|an?|its|our|their)\s+(?:[\w/-]+\s+){0,3}?recommendations?\b",
    re.I,
)
"""A recommendation something was (not) done about ("Nothing was done about the
recommendation to ..."): one made before."""


def asks(text: str, lowered: Folded | None = None) -> bool:
    """Does ``text`` ask (a recommendation of its own)?"""
    return first_search((_ASKS,), text, lowered) is not None


def named_earlier(text: str, lowered: Folded) -> re.Match[str] | None:
    """Where ``text`` names an earlier recommendation in a role its fate is stated of (dated,
    of an earlier report, recommended before, flouted, the subject or object of a deed)."""
    return first_search((_SUBJECT, _ACTED_ON, _NAMED), text, lowered)


def names_earlier(text: str, lowered: Folded) -> bool:
    """Does ``text`` name an earlier recommendation (``named_earlier``) without asking anew?"""
    return not asks(text, lowered) and named_earlier(text, lowered) is not None
