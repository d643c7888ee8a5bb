"""How a sentence states a verdict on earlier recommendations: whether it is about them at
all (an earlier report, a recommendation it describes, a repeated ask) and which status of
the implementation-status scale it states, the first cue found deciding. The readers of
assessments (``assessments.py``, programme trackers, scholarship) share these cues.
"""

from __future__ import annotations

import re

from ..text.needed_words import Folded, first_search, may_match, search
from .assessment_counts import SHARE, share_status
from .verdict_fate import fate
from .verdict_grades import graded_verdict
from .verdict_scope import asks, names_earlier

_REPEATS = (
    r"\brepeat(?:s|ed|ing)? (?:the )?(?:\w+ ){0,2}?recommendations? (?:of|made|from|issued"
    r"|offered|in)\b[^.]{0,60}?\b(?:earlier|previous|prior|past|after|(?:19|20)\d{2})\b"
)
"""Recommendations repeated from earlier reports ("11 of which repeated recommendations of
earlier reports"): earlier ones not acted on."""
_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|earlier|past|prior)\b[^.]{0,60}?\brecommend"
    r"|\brecommend\w*\b[^.]{0,160}?\b(?:previous(?:ly)?|earlier|in previous reports)\b"
    r"|\bincorporate some [^.]{0,20}recommendations"
    r"|\bkey recommendations\b[^.]{0,40}?\b(?:have|has|were|was) not\b"
    # "which were recommended by X after the 2011 elections", "recommended reducing in 2017"
    r"|\b(?:was|were|had been|has been|have been) (?:previously |repeatedly )?recommended by\b"
    r"|\brecommended\b[^.]{0,60}?\b(?:in|after|since|following) (?:the )?(?:19|20)\d{2}\b"
    # "this recommendation has not been implemented": one the text has just described
    r"|\b(?:this|that|these|those) recommendations?\b"
    r"|\brecommended reforms\b"
    # "the recommendation to ... remains unaddressed / was (partially) addressed"
    r"|\brecommendations?\b(?:(?!\b(?:show|shows|showed|suggests?|indicates?) that\b)[^.]){0,200}?"
    r"\b(?:remain\w*(?: \w+ly)? unaddressed|left unaddressed|remain\w* without (?:a |any )?"
    r"(?:response|reply|action|follow-?up)"
    r"|(?:was|were|has been|have been) (?:also |since |now |already |subsequently |eventually )?"
    r"(?:not |(?:only )?(?:partially|partly|largely|mostly|"
    r"fully) |in part )?(?:addressed|implemented|taken into account|incorporated|reflected|"
    r"followed up|taken up|acted (?:up)?on|heeded|fulfill?ed|met\b(?! with)"
    r"|put into (?:practice|effect))|remain\w* pending"
    # tenth session (recur14g): "was only partially followed", "has been complied with",
    # "was given effect", "went unheeded", "still awaits implementation", "was rejected",
    # "was only implemented in the capital", "incompletely implemented", "not fully ..."
    r"|(?:was|were|(?:has|have) (?:now |since )?been) (?:now |since |also )?(?:not (?:fully |yet )?"
    r"|(?:only )?(?:partially|partly|largely|mostly|fully|incompletely) |only )"
    r"(?:followed|complied with|given (?:full )?effect|rejected|applied|accepted"
    r"|implemented|addressed)\b"
    r"|(?:was|were|(?:has|have) (?:now |since )?been) (?:now |since |also )?"
    r"(?:complied with|given (?:full )?effect|rejected|accepted)\b"
    r"|(?:went|goes|remain\w*|was|were) unheeded"
    r"|await\w* (?:its |their |full )?(?:implementation|action|follow-?up)"
    r"|(?:has|have) yet to be (?:addressed|implemented|acted (?:up)?on)"
    r"|remain\w* (?:outstanding|unimplemented"
    r"|to be (?:addressed|implemented))"
    r"|(?:has|have) (?:still )?not (?:yet )?been (?:addressed|implemented|followed up"
    r"|taken into account|acted (?:up)?on|followed|heeded|reflected|complied with))"
    # "the final law did not address a number of key concerns raised by <observers>"
    r"|\b(?:did|does|do|has|have) not (?:address(?:ed)?|reflect(?:ed)?|take(?:n)? into account"
    r"|incorporate(?:d)?)\b[^.]{0,80}?"
    r"\b(?:recommendations\b|(?:concerns|comments) (?:previously |earlier )?(?:raised|expressed|"
    r"made|offered) by (?:the )?(?:(?-i:[A-Z]{2,})|[\w ]{0,20}(?:observers?|mission|experts)\b))"
    # "Many of them were already made in the report on the 1995 elections and remain unaddressed"
    r"|\balready (?:made|raised|offered|issued|put forward)\b[^.]{0,160}?"
    r"\b(?:remain\w*(?: \w+ly)? unaddressed|not (?:yet )?(?:been )?(?:addressed|implemented))"
    r"|\bleft unaddressed the recommendations?\b"
    # "..., leaving most of the recommendations made by X unaddressed"
    r"|\bleav(?:e|es|ing)\b[^.;]{0,40}?\brecommendations?\b[^.;]{0,120}?\bunaddressed\b"
    r"|\baddress(?:es|ed)? (?:a|the|an) (?:[\w'/-]+ ){0,3}?recommendation"
    # "the authorities have since implemented the recommendation to ..."
    r"|\b(?:implement|follow|heed)(?:s|ed)? (?:the|this|that|an?) (?:[\w'/-]+ ){0,3}?"
    r"recommendations?\b"
    # "A long-standing recommendation to ... has yet to be addressed"
    r"|\blong-?\s?standing\b[^.]{0,40}?\brecommend"
    r"|\b(?:as|was|were) (?:previously|earlier|repeatedly) recommended\b"
    # a concern or shortcoming an earlier report raised, still there: "criticised in the
    # report on the 1997 elections, remains in force", "pointed out for a decade, remain"
    r"|\b(?:critici[sz]ed|identified|raised|pointed out|expressed|noted|voiced)\b[^.;]{0,100}?"
    r"\b(?:previous|earlier|prior|past|(?:19|20)\d{2}|for (?:almost |nearly |over |more than )?"
    r"(?:a decade|\w+ years))\b[^.;]{0,100}?\bremain"
    r"|\b(?:concerns?|criticism|shortcomings?)\s+(?:previously |earlier )?(?:raised|expressed|"
    r"voiced|identified|noted|pointed out)\b[^.;]{0,60}?\b(?:in|after|since) (?:the |its |their )?"
    r"(?:(?:19|20)\d{2}|previous|earlier|past|prior)\b"
    r"|\b(?:a )?(?:step(?:s|ped)? back|backward step|reversal)\b[^.;]{0,40}?\brecommendation"
    r"|\brecommendations?\b[^.]{0,60}?\b(?:first |originally )?(?:made|issued|offered"
    r"|put forward)\b[^.]{0,30}?\b(?:in|after|since|following) (?:the )?"
    r"(?:(?:19|20)\d{2}|previous|earlier|last)\b"
    # "X recommended that ...; this has been partially addressed"
    r"|\brecommended\b[^.]{0,160}?;\s*(?:this|that|it)\s+(?:has|have|was|were|is)\b"
    r"|\b(?:previously|earlier) recommended \w+"
    r"|\bas recommended (?:in|by) (?:the |an? )?(?:[\w/]+ )?(?:previous|earlier|prior|last)\b"
    # "The 2015 recommendation on assisted voting has been implemented only in part"
    r"|\b(?:19|20)\d{2} recommendations?\b"
    # "..., as recommended in the ODIHR report on the 2015 elections": an earlier report's
    r"|\bas (?:previously |earlier )?recommended (?:in|by)\b[^.;]{0,80}?"
    r"\b(?:report|(?:19|20)\d{2})\b"
    # "taking into account a number of ODIHR recommendations": made before the change (a
    # finite verb otherwise: "aimed at addressing some ..." looks ahead)
    r"|\b(?:t(?:ook|akes?|aking|aken) into account|address(?:es|ed)|reflect(?:s|ed)"
    r"|incorporat(?:es|ed)) (?:some|several|a few|a number of|many|most|all|certain)"
    r"(?: of)?(?: the)? (?:[\w/'-]+ ){0,4}?recommendations\b"
    # "Following the recommendation of the 2017 final report, ..."
    r"|\bfollowing (?:an? |the )?(?:[\w/]+ )?recommendations? (?:of|in|made in|by) "
    r"[^.,;]{0,60}?\b(?:report|(?:19|20)\d{2})\b"
    r"|" + _REPEATS,
    re.I,
)
_WHETHER = re.compile(
    r"\b(?:whether|how far|to what extent)\b[^.;]{0,120}?\b(?:has|have|was|were|had|is|are)\b"
    r"|^\W*(?:if|unless|were)\b[^.;]{0,120}?\b(?:were|was|had been|is|are)\b",
    re.I,
)
"""An indirect question ("rarely state whether a previous recommendation has been
implemented", "disagreed on whether the advice was followed") or a condition ("If the
earlier recommendation were implemented, ...") states no verdict."""
_DEFINED = re.compile(
    r"\b(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:recommendations|proposals|ones)"
    r"(?:\s+(?:of|from|made\s+in)\s+[\w ]{1,30}?)?\s+(?:that|which)\s+"
    r"(?:have|had|were)\s+(?:not\s+)?(?:yet\s+)?been\s+(?:\w+\s+){1,3}?(?:are|were)\s+"
    r"(?!(?:not\s+|still\s+|now\s+)*(?:fully|partially|partly|implemented|addressed))",
    re.I,
)
"""A status that only names a set the sentence goes on to describe ("The recommendations
that have not been acted upon are the ones that matter most"): a judgement of their
weight, no verdict on any of them."""
_CODED_VERB = r"(?:code[sd]?|rate[sd]?|classif(?:y|ies|ied)|score[sd]?|assess(?:es|ed)?)"
_CODED = re.compile(
    rf"(?:\b(?:which|that)\s+(?:I|we)\s+{_CODED_VERB}\s+"
    rf"|\b{_CODED_VERB}\s+(?:it|them|this|these|both|the\s+(?:[\w-]+\s+){{0,2}}?recommendations?"
    # "the voter-list recommendation of 2013", "the 2016 recommendation to maintain ..."
    r"(?:\s+(?:of|from|on|to|for|made|in)\b[^.;:]{0,80}?)?)\s+)as\s+"
    r"(?P<grade>fully|partially|partly|not|largely)?\s*(?:yet\s+)?(?:implemented|addressed)\b"
    r"(?!\s+(?:when|if|where|whenever|unless)\b)",  # "we code them as ... when ...": a rule
    re.I,
)
_GRADES = {"not": "not-implemented", "partially": "partially-implemented"}
_GRADES |= {"partly": _GRADES["partially"], "largely": _GRADES["partially"]}
"""A coder's verdict on a recommendation named as such ("I code the recommendation as
partially implemented", "we rate both as not implemented", "I code the voter-list
recommendation of 2013 as fully implemented", "..., which I code as partially implemented"):
a statement on it whatever the section."""
_SCALE = re.compile(
    r"\b(?:fully|partially|partly|not)\b[\w ]{0,20},\s*(?:fully|partially|partly|not)\b[\w ]{0,20}"
    r"\s+(?:or|and)\s+(?:fully|partially|partly|not)\b",
    re.I,
)
"""The statuses listed as a scale ("assessed as fully, partially or not implemented"): a
method, not a verdict."""
_BROKEN_WORD = re.compile(r"(?<=[a-z])- (?=[a-z])")
"""A word hyphenated at a line end ("recom- mendation"), joined before the cues are read."""
_ASIDE = re.compile(
    r",\s*(?:in (?:our|my|their|its) (?:view|coding|assessment|judge?ment|opinion|reading)"
    r"|so far|to date|as yet|however|regrettably|unfortunately)\s*,",
    re.I,
)
"""An aside inside a verdict ("has, in our coding, not been implemented"): it changes
nothing the verdict says."""


_ADDRESSEE = re.compile(
    r"\baddressed(?= to (?:the )?(?-i:[A-Z])"
    # "was addressed to the parliament and the government", not "to some extent"
    r"|\s+to\s+(?:the|an?)\s+(?!(?:\w+\s+)?(?:extent|degree|satisfaction)\b)\w+)",
    re.I,
)
"""A recommendation addressed to someone ("was addressed to the Ministry"): its addressee,
not its fate."""


def cue_text(text: str) -> str:
    """The text the cues read: words broken at a line end joined again, asides left out,
    "addressed to <Addressee>" read as sent (offsets are not used, the evidence is the
    clause)."""
    return _ADDRESSEE.sub("sent", _ASIDE.sub("", _BROKEN_WORD.sub("", text)))


VERDICT_BEFORE_LIST = re.compile(
    r"\b(?:already|previously) (?:made|raised|offered|issued|put forward)\b[^.]*\b(?:remain"
    r"|not (?:yet )?(?:been )?(?:addressed|implemented))"
    # "Many recommendations of previous reports remain valid / have not been addressed"
    r"|(?:\b(?:previous|earlier|prior|past|long-?\s?standing)\b[^.]{0,60}?\brecommendations?\b"
    r"|\brecommendations?\b[^.]{0,40}?\b(?:previous|earlier|prior|past)\b)"
    r"[^.]{0,80}?\b(?:remain\w*(?: \w+ly)? (?:unaddressed|valid|relevant|outstanding|pending"
    r"|to be (?:addressed|implemented))"
    r"|(?:have|has|were|was) not (?:yet )?(?:been )?(?:addressed|implemented|acted upon))"
    r"|" + _REPEATS,
    re.I,
)
"""A verdict on earlier recommendations that may open a list of new ones."""
# (status, cue) in the order they are tried: the first cue found decides.
_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "partially-implemented",
        re.compile(
            r"\bsufficiently address|\bpartially\b|\bpartly\b|\bin part\b|\bto some extent\b|"
            # "in partial fulfilment of", "was heeded only for the capital; elsewhere ..."
            r"\bin partial (?:fulfil+ment|implementation|compliance)\b|\b(?:addressed|implemented"
            r"|heeded|taken up|acted (?:up)?on|followed|adopted|met)\b[^.;]{0,40}?"
            r"\bonly (?:for|with regard to|as regards)\b|"
            r"\b(?:largely|mostly) (?:addressed|implemented)\b|"
            # tenth session (recur14g): "implemented in most respects", "incompletely
            # implemented", "only implemented in the capital" (not "only in 2019")
            r"\bin (?:most|some|many|several|certain) respects\b|"
            r"\bincomplete(?:ly)? (?:implemented|addressed|followed)\b|"
            r"\bimplementation (?:was|is|has been|remains|remained) incomplete\b|"
            r"\bonly (?:been )?(?:implemented|addressed|applied|followed|heeded) "
            r"(?:in|for|at|within) (?!(?:19|20)\d\d\b|time\b|part\b|full\b)|"
            r"\bincorporate some\b|"
            # "Some of its recommendations were taken into account", "several have been addressed"
            r"\b(?:some|several|a few|many|most)\b"
            r"(?: of (?:them|these|its|their|the)\b[^.]{0,60}?)?"
            r"\s+(?:were|have been|has been|had been) (?:taken into account|addressed|implemented|"
            r"incorporated|adopted|followed)"
            r"|\b(?:some|several|a few|a number of|certain)\b(?: of)?(?: the)?"
            r"(?: (?:previous|prior|earlier|past|long-?\s?standing)\b)[^.]{0,40}?"
            r"\brecommendations\b[^.]{0,80}?\b(?:were|have been|has been|had been) "
            r"(?:taken into account|addressed|implemented|incorporated|adopted|followed)"
            r"|\b(?:(?:limited|little|some|(?:made|making)(?: some)?) progress"
            r"|(?:implementation|progress)\b[^.]{0,60}?\b(?:has been|have been|was|remains?"
            r"|remained) limited)\b"
            # a finite verb only: "aimed at addressing some previous ..." looks ahead
            r"|\b(?:address(?:es|ed)?|implement(?:s|ed)?|reflect(?:s|ed)?"
            r"|incorporat(?:es|ed)|follow(?:s|ed)?|respond(?:s|ed)? to"
            r"|t(?:ook|akes?) into account) "
            r"(?:some|several|a few|a number of|certain) (?:of (?:the )?)?"
            r"(?:previous|prior|earlier|past|long-?\s?standing)\b"
            # "taking into account a number of ODIHR recommendations" (a participle too)
            r"|\b(?:t(?:ook|akes?|aking|aken) into account|address(?:es|ed)"
            r"|reflect(?:s|ed)|incorporat(?:es|ed)) (?:some|several|a few|a number of"
            r"|certain)(?: of)?(?: the)? (?:[\w/'-]+ ){0,4}?recommendations\b",
            re.I,
        ),
    ),
    (
        "not-implemented",
        re.compile(
            r"\bnot (?:yet )?(?:been )?(?:substantively |fully )?(?:addressed|implemented)\b"
            r"|\bremain\w*(?: \w+ly)? unaddressed\b|\bleft unaddressed\b"
            r"|\bleav(?:e|es|ing)\b[^.;]{0,160}?\bunaddressed\b"
            r"|\bremain\w* (?:in force|unchanged|in place|without (?:a |any )?(?:response|reply"
            r"|action|follow-?up))\b|\b(?:a )?(?:step(?:s|ped)? back|backward step|reversal)\b"
            r"|\b(?:despite|contrary to|notwithstanding) (?:an? |the )?(?:\w+ )?"
            r"(?:previous|prior|earlier|past|long-?\s?standing)\b"
            # "remain valid": still to be acted on; "disregarded", "not heeded", "none of"
            r"|\bremain(?:s|ed)? (?:fully |largely |still )?(?:valid|relevant|pertinent)\b"
            r"|\bno progress\b|\bnot (?:been )?taken up\b|\bremain\w* pending\b"
            r"|\bdisregarded\b|\bnot (?:been )?heeded\b|\bfail(?:s|ed)? to (?:address|implement"
            r"|take into account|reflect|incorporate)\b|\bnone of\b"
            r"|\b(?:did|does|do|has|have) not (?:yet )?(?:been )?act(?:ed)? (?:up)?on\b"
            r"|\b(?:largely |mostly )?not (?:yet )?(?:been )?"
            r"(?:acted (?:up)?on|taken into account)\b"
            r"|\b(?:still|continues? to|no longer)\b[^.]{0,120}?\bas (?:previously|earlier) "
            r"recommended\b"
            r"|\byet to be (?:addressed|implemented|acted (?:up)?on)\b"
            r"|\bremain\w* (?:outstanding|unimplemented"
            r"|to be (?:addressed|implemented))\b"
            r"|\bignored\b|\bnot (?:yet )?(?:been )?followed(?: up)?\b"
            r"|\b(?:did|does|do) not (?:address|reflect|take into account|incorporate|follow"
            r"|implement|heed|act (?:up)?on)\b"
            r"|\bstep(?:s|ped)? back from\b"
            # tenth session (recur14g): "nothing has been done", "went unheeded", "still
            # awaits implementation", "was not reflected", "was rejected"
            r"|\bnothing (?:has been|have been|was|had been) done\b|\bunheeded\b"
            r"|\bawait\w* (?:its |their |full )?(?:implementation|action|follow-?up)\b"
            r"|\bnot (?:yet )?(?:been )?(?:reflected|incorporated|complied with|given effect"
            r"|put into (?:practice|effect))\b"
            r"|\b(?:was|were|has been|have been) rejected\b"
            r"|\bnot (?:been )?(?:amended|introduced|adopted|changed|removed|repealed)\b"
            # "No steps were taken to ...", "no action has been taken on ..."
            r"|\bno (?:\w+ )?(?:steps|action|measures|efforts)\b[^.;]{0,20}?"
            r"\b(?:were|was|have been|has been|had been) (?:taken|made|undertaken)\b"
            # a new report repeating earlier recommendations: they were not acted on
            r"|" + _REPEATS,
            re.I,
        ),
    ),
    (
        "fully-implemented",
        re.compile(
            r"\bin line with (?:an? |the )?(?:[\w/]+ )?"
            r"(?:previous|earlier|prior|long-?\s?standing)\b"
            r"|\b(?:was|were|has been|have been) (?:amended|improved|revised|changed) "
            r"(?:following|in response to|in line with) (?:an? |the )?(?:[\w/]+ )?"
            r"(?:previous|earlier|prior|long-?\s?standing)\b"
            r"|\bfollowed (?:an? |the )?(?:[\w/]+ )?(?:previous|earlier|prior|long-?\s?standing)"
            r"\b[^.]{0,40}?\brecommendation"
            r"|\bas (?:previously|earlier) recommended\b|\b(?:previously|earlier) recommended \w+"
            # "As recommended by X in 2008, the Ministry now publishes ...": done since
            r"|\bas recommended\b[^.;]{0,60}?\b(?:19|20)\d{2}\b[^.;]{0,20}?,[^.;]{0,80}?"
            r"\b(?:now|(?:has|have) since)\b"
            r"|\bas recommended (?:in|by) (?:the |an? )?(?:[\w/]+ )?"
            r"(?:previous|earlier|prior|last)\b"
            # "X introduced an appeal to a court, as recommended in the report on the 2015
            # elections": done, unless the sentence still asks for it
            r"|^(?![^.]*\b(?:should|must|needs? to|recommends?|urges?)\b)[^.]*"
            r"\bas (?:previously |earlier )?recommended (?:in|by)\b[^.;]{0,80}?"
            r"\b(?:report|(?:19|20)\d{2})\b"
            r"|\bacted (?:up)?on (?:an? |the )?(?:[\w/]+ )?(?:previous|earlier|prior)\b"
            # "took up the earlier recommendation", "have acted on the 2019 recommendation"
            r"|\b(?:acted (?:up)?on|t(?:ook|aken) up|heeded|adopted|accepted|implemented"
            r"|complied with|gave effect to) (?:an? |the )?(?:[\w/]+ )?"
            r"(?:previous|earlier|prior|(?:19|20)\d{2})\b[^.]{0,40}?\brecommendation"
            r"|\b(?:addressed|implemented|fulfilled) (?:a|the|an) (?:[\w'/-]+ ){0,3}?recommendation"
            # "which addresses a previous recommendation", "..., addressing prior recommendations"
            # (not an aim: "aimed at addressing", "to address")
            r"|\b(?:implement(?:ed|ing|s)|address(?:ed|ing|es)) in full\b"
            r"|\bfully (?:implement|address)(?:ed|s|ing)? (?:an? |the |our |its |their |this "
            r"|that )(?:[\w'/-]+ ){0,3}?recommendation"
            # "The CEC now broadcasts its sessions, as we recommended": done as asked
            r"|^(?![^.]*\b(?:should|must|needs? to|recommends?|urges?|calls? on)\b)[^.]*,\s*"
            r"as (?:we|it|they|the \w+) (?:had |have )?(?:recommended|asked|requested)\b"
            r"|\b(?<!at )(?<!to )(?:address(?:es|ing)|implement(?:s|ing)) (?:an? |the )?"
            r"(?:previous|prior|earlier|long-?\s?standing)\b[^.]{0,40}?\brecommendation"
            r"|\b(?:was|were|has been|have been) (?:also |since |now |already |subsequently )?"
            r"(?:fully )?(?:addressed|implemented|followed|acted (?:up)?on|taken up|heeded"
            r"|incorporated|reflected|fulfill?ed|put into (?:practice|effect))\b|\bfully met\b"
            # tenth session (recur14g): "was taken into account in the amended law", "has
            # been complied with", "was given effect"
            r"|\b(?:was|were|(?:has|have) (?:now |since )?been) (?:now |since |also |fully )?"
            r"(?:taken into account|complied with|given (?:full )?effect|accepted)\b"
            r"|\bfollowing (?:an? |the )?(?:previous|earlier)\b[^.]{0,80}?\brecommend\w*\b[^.]*?"
            r"\b(?:was|were|has been|have been) "
            r"(?:amended|introduced|adopted|removed|repealed|abolished)\b"
            # "Following the recommendation of the 2017 final report, X was reduced"
            r"|\bfollowing (?:an? |the )?(?:[\w/]+ )?recommendations? (?:of|in|made in|by) "
            r"[^.,;]{0,60}?\b(?:report|(?:19|20)\d{2})\b[^.]{0,120}?\b(?:was|were|has been"
            r"|have been) (?:amended|introduced|adopted|removed|repealed|abolished|reduced"
            r"|lowered|extended|shortened|simplified|changed|revised)\b",
            re.I,
        ),
    ),
)


_RECOMMENDED_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:previously |earlier |repeatedly |already |also )?"
    r"recommended\s+(?:that|an?|the)\b",
    re.I,
)
"""Who recommended what before ("ODIHR has previously recommended that the law ...", "...
had recommended a review of ..."): the recommendation reported, not a verdict on it; a
status must be stated by the rest of the clause ("...; this recommendation has not been
followed")."""


def assessment_status(text: str) -> str | None:
    """The implementation status a sentence states, or None if it states none (a cue is
    not scanned over a sentence that lacks a word it needs)."""
    lowered = Folded(text)
    for slug, cue in _STATUS:
        if may_match(cue, lowered) and cue.search(text):
            return slug
    return None


def no_verdict(text: str, lowered: Folded | None = None) -> bool:
    """Does the sentence ask whether, list the scale, or name a set it goes on to describe
    (no verdict, whatever its words)?"""
    return first_search((_WHETHER, _SCALE, _DEFINED), text, lowered) is not None


def about_earlier(text: str, lowered: Folded) -> bool:
    """Does the sentence name an earlier recommendation, by the extraction reader's own gate
    or by the role a fate is stated of (``names_earlier``)?"""
    return names_earlier(text, lowered) or (
        search(_EARLIER, text, lowered) is not None and not asks(text, lowered)
    )


def stated_verdict(text: str, reviewing: bool = False) -> str | None:
    """The status a sentence states about earlier recommendations, or None if it is not
    about earlier recommendations or states no status. In a section that reviews earlier
    recommendations (``reviewing``) every sentence is about them ("Two have been
    implemented in part"). A cue is not scanned where the sentence lacks a word it needs."""
    text = cue_text(text)
    lowered = Folded(text)
    share = search(SHARE, text, lowered)
    if share is not None:
        return share_status(share)
    if no_verdict(text, lowered):
        return None
    coded = search(_CODED, text, lowered)
    if coded is not None:
        return _GRADES.get((coded["grade"] or "").lower(), "fully-implemented")
    earlier = reviewing or search(_EARLIER, text, lowered) is not None
    if not (earlier or names_earlier(text, lowered)):
        return None
    if may_match(_RECOMMENDED_BEFORE, lowered):
        text = _RECOMMENDED_BEFORE.sub(" ", text)
    cued = graded_verdict(text, assessment_status(text)) if earlier else None
    return cued or (fate(text) if names_earlier(text, lowered) else None)
