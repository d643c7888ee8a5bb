"""The fate a statement states of an earlier recommendation it names, read from the role the
recommendation has in the sentence, where no fixed cue of ``verdict_cues`` knows the words:

- a conformity frame ("Following a previous recommendation, ...", "As X had recommended,
  ...", "in line with the 2019 recommendation"): the main clause is what was done, in full
  unless a shortfall follows ("but only in ...", "though still without ...") or the deed is
  denied, undone or only proposed;
- a flouting frame ("despite the 2015 recommendation to ..."): not done;
- the recommendation as subject or object of a deed ("the recommendation to ... was
  relaxed", "nothing was done about the recommendation to ...").

A sentence that asks anew, aims or states a possibility gets none.
"""

from __future__ import annotations

import re

from ..text.needed_words import Folded, first_search
from ..text.words import any_word
from .verdict_grades import FULLY, NOT, PARTIALLY, qualified, undone
from .verdict_scope import ACHIEVED, CHANGED, REFUSED_ASK, asks, named_earlier

_ADVICE = r"(?:recommend\w*|advice|calls?|proposals?|suggestions?|opinions?)"
_CONFORM = re.compile(
    r"\b(?:following(?! up)|in (?:line|accordance|conformity|keeping) with|pursuant to"
    r"|in response to|prompted by|spurred (?:on )?by|thanks to|on the strength of"
    r"|acting (?:up)?on|heeding|taking on board)\s+(?:[\w/'-]+\s+){0,5}?" + _ADVICE + r"\b"
    r"|\bas\s+(?:[\w/'-]+\s+){0,4}?(?:had\s+)?(?:(?:previously|earlier|repeatedly|long)\s+)?"
    r"(?:recommended|advised|suggested|urged|called for|proposed|asked)\b",
    re.I,
)
"""A change said to answer the recommendation: the sentence's main clause is its fate."""
_FLOUTED = re.compile(
    r"\b(?:despite|contrary to|notwithstanding|in spite of|regardless of|ignoring"
    r"|(?:in )?the opposite direction (?:to|from)|counter to|at odds with)\s+"
    r"(?:[\w/'-]+\s+){0,4}?" + _ADVICE + r"\b",
    re.I,
)
"""A recommendation the sentence's events went against: not done."""
_SHORTFALL = re.compile(
    r"\b(?:but|though|although|however|yet|while|whereas|except)\b[^.;]{0,120}?"
    r"\b(?:only|still|remain(?:s|ed)?|persist(?:s|ed)?|without|not|no|never|limited|few|half"
    r"|some|none|delay"
    r"|un\w+ed)\b"
    # "only for the capital's districts", "most of the recommendation"
    r"|\bonly (?:in|for|at|within|with regard to|as regards) (?!(?:19|20)\d\d\b|time\b|full\b)"
    r"|\b(?:most|much|part|some) of (?:the |its |our |their )?(?:[\w/'-]+ ){0,3}?"
    r"(?:recommendation|advice|call|opinion)\b",
    re.I,
)
"""How far the deed fell short of the ask (a clause after it, a place, a share): partly done."""
_MAYBE = re.compile(
    r"\b(?:could|may|might|would|can)\s+(?:not\s+)?(?:be|have|still|also)\b"
    r"(?<!\bcan be)(?! (?:reported|noted|said|seen|observed)\b)"
    r"|\b(?:aim(?:s|ed|ing)? (?:at|to)|intend(?:s|ed)? to|plan(?:s|ned)? to|seek(?:s|ing)? to"
    r"|sought to|in order to)\b|\bwill\s+(?:not\s+)?(?:be|have)\b"
    # a body set up to deliberate on it: "a working group was set up to study ..."
    r"|\b(?:set up|established|formed|created|convened|tasked|appointed)\b[^.;]{0,40}?\bto "
    r"(?:study|examine|discuss|consider|review|look into|analy[sz]e)\b"
    # alternatives listed as examples: "or only part of ... was followed, and so on"
    r"|^\s*(?:or|either)\b|\band so on\b|\betc\b",
    re.I,
)
"""A possibility, an aim, a future or alternatives listed: no fate stated yet."""
_DEED = re.compile(
    rf"\b(?:was|were|is|are|has been|have been|had been|became|become|becomes)\s+"
    rf"(?:\w+ly\s+|now\s+|since\s+|also\s+|already\s+|then\s+|again\s+)*(?:{ACHIEVED}|{CHANGED}"
    r"|mandatory|compulsory|available|public|binding)\b(?! with\b)"  # "met with resistance"
    # the recommendation the object of the deed: "parliament took up the 2018 advice"
    r"|\b(?:took up|acted (?:up)?on|heeded|implemented|followed|adopted|accepted|addressed"
    r"|answered|met|fulfill?ed|reflects?|implements|meets|addresses|incorporates|follows)\s+"
    r"(?:(?:most|much|part|some|all) of\s+)?(?:the|this|that|these|those|our|its|their|an?)\s+"
    r"(?:[\w/'-]+\s+){0,4}?(?:recommend\w*|advice|calls?|opinions?)\b"
    r"|\b(?:delivered on|g(?:ive|ave|iven|ives) (?:full )?effect to)\s+"
    r"(?:(?:most|much|part|some|all) of\s+)?(?:the|this|that|these|those|our|its|their|an?)\s+"
    r"(?:[\w/'-]+\s+){0,4}?(?:recommend\w*|advice|calls?|opinions?)\b"
    # a deed named by its noun and welcomed: "welcomes the adoption of the law ..., which it
    # had called for"
    r"|(?<!would )(?<!will )(?<!to )\b(?:welcom|commend|applaud)(?:es|ed|s|e)?\s+"
    r"(?:[\w/'-]+\s+){0,3}?(?:the\s+)?(?:adoption"
    r"|introduction|enactment|repeal|abolition|removal|lifting|establishment|creation) of\b"
    r"|\b(?:materiali[sz]ed|came into (?:effect|force)|took effect|bore fruit"
    r"|found (?:its|their) way into)\b"
    r"|\bno longer (?:exists?|applies|appl(?:y|ied)|in force|required)\b",
    re.I,
)
"""A change made, in the passive ("was lowered", "has been relaxed", "became mandatory"), or
done to the recommendation ("parliament took up the advice")."""
_DENIAL = re.compile(
    r"\b(?:not|never|no longer)\s+(?:(?!(?:was|were|is|are)\b)\w+\s+){0,3}?"
    rf"(?:{ACHIEVED}|{CHANGED})\b"
    r"|\b(?:nothing|little) (?:has been|have been|was|had been) done\b"
    r"|\b(?:did|does|do|has|have|had) not\s+(?:yet\s+)?\w+\b"
    r"|\b(?:yet to|fail(?:s|ed)? to|refused to)\b"
    r"|\bun(?:addressed|implemented|heeded|answered|changed|resolved)\b"
    r"|\b(?:ignored|disregarded|rejected|left aside|set aside|shelved|retained|kept"
    r"|left in place|left unchanged|came to nothing)\b|\bstill (?:in force|in place|unchanged)\b"
    # a negative subject opening the main clause: "No ministry took any step ..."
    r"|^\W*(?:no|not a single|not one)\s+(?!doubt\b|longer\b)\w+"
    rf"|{REFUSED_ASK}"
    r"|\bno (?:\w+ )?(?:steps|action|progress|measures|change|changes|amendments?)\b"
    r"|\bnothing\b[^.;]{0,60}?\b(?:responds? to|address(?:es|ed)|reflects?|implements?"
    r"|follows?)\b"
    # "is as relevant today as it was then", "remains fully valid"
    r"|\b(?:is|are)\s+(?:still|as|equally)\s+(?:valid|relevant|pertinent)\b"
    r"|\bremain(?:s|ed)?\s+(?:\w+ly\s+)?(?:valid|relevant|pertinent|outstanding)\b",
    re.I,
)
"""The deed denied or left undone."""
_BARE = re.compile(
    r"[:\u2013\u2014-]\s*(?P<grade>fully|partially|partly|not(?: yet)?)?\s*"
    r"(?:implemented|addressed)(?:\s+(?:in|by|since) (?:19|20)\d{2})?\s*(?:[.;(]|$)"
    r"|[:\u2013\u2014-]\s*(?P<none>no (?:follow-?up|action(?: taken)?|progress|change))"
    r"\s*(?:[.;(]|$)"
    # a labelled field of a follow-up table: "| Status: partially implemented.", "Level of
    # implementation: full."
    r"|\b(?:status|level of implementation|implementation(?: status)?|assessment)\s*:\s*"
    r"(?P<level>full|complete|partial|none|nil|not(?: yet)?|fully|partially|partly)\b"
    r"(?:\s+(?:implemented|addressed))?\s*(?:[.;(]|$)",
    re.I,
)
"""A recommendation named and then its bare grade ("Recommendation 4 of the 2019 report
(...): partially implemented; ...", "- no follow-up", "Status: partial")."""
_CHANGE = any_word(
    "draft, bill, amendments?, law, code, legislation, regulation, decree, reversed, reintroduced, "
    "restored, again"
)
"""A change (a text of law, a reversal) that a proposal or an undoing is said of: "the
implementation ... was discussed" undoes nothing."""
_FINITE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|became|now|did|does|could|\w{3,}ed|held|took|made"
    r"|began|gave|kept|set|put|ran|saw|met|won|got|brought|chose|drew|sent|spent|led|paid"
    r"|told|found|left|stood|wrote|went|came|commends|praises)\b(?![-'])",
    re.I,
)
"""A finite verb (or "now"): the conformity frame's main clause states a deed, not an ask in
the infinitive ("lower the threshold, in line with previous recommendations")."""
_BACKGROUND = re.compile(
    r",\s*(?:(?!(?:following|heeding|acting|ignoring|disregarding|defying|flouting)\b)\w+ing"
    r"|one of|among)\s+(?:[\w/'-]+\s+){0,4}?$"
    r"|\b(?:which|that)\s+(?:had|has|have)\s+been\s+\w+\b[^,;.]{0,60}?$",
    re.I,
)
"""A recommendation named in a trailing participle, an apposition or a relative clause on
the history of what the sentence is about ("..., addressing some previous recommendations",
"..., one of the long-standing recommendations", "the quota, which had been introduced in
2020 following previous recommendations"; not one that flouts it, "..., ignoring advice
given in 2019"): the sentence describes a change; its fate for
the recommendation is not said there (a reader marks the sentence that says it)."""
_DELIBERATED = any_word(
    "debated, discussed, considered, deliberated, examined, studied, took note of, noted, "
    "welcomed, acknowledged, announced, promised, pledged"
)
"""Words about a change, not a change ("the Assembly debated the threshold"): no fate."""
_BUT = any_word("but, though, although, however, yet, while, whereas")
_NEAR = 200
"""How far from the named recommendation its deed is looked for (characters)."""
_BARE_GRADES = {"not": NOT, "not yet": NOT, "partially": PARTIALLY, "partly": PARTIALLY}
_BARE_GRADES |= {"none": NOT, "nil": NOT, "partial": PARTIALLY}


def fate(text: str, lowered: Folded | None = None) -> str | None:
    """The status a sentence that names an earlier recommendation states by the
    recommendation's role (see the module's docstring), or None if it states none."""
    lowered = lowered or Folded(text)
    if no_fate(text, lowered):
        return None
    named = named_earlier(text, lowered)
    bare = first_search((_BARE,), text, lowered)
    if bare is not None:
        if bare["none"]:
            return NOT
        return _BARE_GRADES.get((bare["grade"] or bare["level"] or "").lower(), FULLY)
    if first_search((_FLOUTED,), text, lowered):
        return NOT
    if undone(text, lowered):  # a change undone or only proposed, unless nothing was to change
        return NOT if first_search((_CHANGE,), text, lowered) else None
    graded = qualified(text, lowered)
    conform = first_search((_CONFORM,), text, lowered)
    if conform is not None:
        rest = text[: conform.start()] + " " + text[conform.end() :]
        if not _FINITE.search(rest) or _DELIBERATED.search(rest):
            return None
        if graded is not None:
            return graded
        if first_search((_SHORTFALL,), text[conform.end() :]):
            return PARTIALLY
        return NOT if first_search((_DENIAL,), text, lowered) else FULLY
    if graded is not None:
        return graded
    if named is None:
        return None
    near = text[max(0, named.start() - _NEAR) : named.end() + _NEAR]  # its clause, not a page
    return _deed_status(near)


def no_fate(text: str, lowered: Folded | None = None, history: bool = True) -> bool:
    """Does the sentence state no fate whatever its words: it asks anew, aims, states a
    possibility or alternatives, or (``history``) names the recommendation only in the
    history of what it describes (``_BACKGROUND``: a statement known to be about the
    recommendation is told by that history)?"""
    lowered = lowered or Folded(text)
    if asks(text, lowered) or first_search((_MAYBE,), text, lowered):
        return True
    if not history:
        return False
    named = named_earlier(text, lowered)
    return named is not None and _BACKGROUND.search(text[: named.start()]) is not None


def _deed_status(near: str) -> str | None:
    """The status the deed near a named recommendation states: denied, done, done short of
    the ask, or denied and then done in part ("was retained but ... was halved")."""
    denial = first_search((_DENIAL,), near)
    deed = first_search((_DEED,), near)
    if denial is not None:
        turn = _BUT.search(near, denial.end())
        later = turn and deed and deed.start() > turn.start()
        return PARTIALLY if later or (turn and _DEED.search(near, turn.end())) else NOT
    if deed is not None:
        return PARTIALLY if first_search((_SHORTFALL,), near) else FULLY
    return None
