"""Polarity of an observer's judgement: one lexicon for every genre.

A finding is a "problem" when it uses words of criticism (restrictions, irregularities,
a lack of something), "positive" when it uses words of approval (professional, calm,
improved, welcomed), "mixed" when it does both ("While the count was well organised, ...
lacked transparency") and None when it only describes. An approving word under a
negation ("not impartial", "lacked transparency and professionalism", "without
sufficient independence") counts as criticism. The cues are generic: the words observers
of any election use, not any one report's sentences.

>>> polarity_of("Election day was calm and well organised.")
'positive'
>>> polarity_of("The count was not impartial.")
'problem'
>>> polarity_of("Voting was calm, but observers noted serious irregularities.")
'mixed'
>>> polarity_of("The Election Code was adopted in 2012.") is None
True
>>> polarity_of("The vote fell short of commitments, despite some positive aspects.")
'problem'
"""

from __future__ import annotations

import re

from ..text.needed_words import Folded, finditer

PROBLEM = re.compile(
    r"\b(?:lack(?:ed|s|ing)?|absence of|absent|restrict\w*|irregularit\w+|violat\w+|"
    r"shortcoming\w*|undue|unduly|undermin\w+|pressure[ds]?|intimidat\w+|not in line|"
    r"at odds|f[ae]l(?:l|ls) short|contrary to|contraven\w+|(?<!address )(?<!address public )"
    r"(?<!addressed )(?<!addresses )(?<!addressing )concern(?:s|ed|ing)?|"
    r"problem\w*|insufficient\w*|inconsisten\w+|failed|fail(?:s|ure)?|"
    r"refus(?:ed|al|ing)|negative(?:ly)?|impediments?|harass\w+|stuffing|non-transparent|"
    r"excessive|discrepanc\w+|misuse|abuses?|obstacle\w*|obstruct\w*|serious|denied|"
    r"prevented|hamper\w*|diminish\w*|compromised|poor(?:ly)?|"
    r"self-censorship|(?:exclusively|overwhelmingly|uniformly|entirely|almost always"
    r"|almost exclusively|predominantly) (?:in (?:a )?)?positive|"
    # officials or media taking sides: "openly campaigned for", "instructed to vote"
    r"openly (?:biased|campaign\w*|support\w*|favou?r\w*|side\w*)|"
    r"(?:instructed|ordered|pressured|told) to vote|"
    r"depriv\w+|coerc\w+|forced|bias\w*|imbalance\w*|deficien\w*|"
    r"troubling|disproportionate\w*|unequal|curtail\w*|repress\w*|imprison\w*|"
    r"unacceptable|disturbing|confusion|little trust|without foundation|expelled|"
    r"fraud\w*|manipulat\w+|vote[- ]buying|ballot stuffing|"
    r"unclear|ambiguous|low|not given|chaos|annulment|tightening|weak\w*|flaw\w*|marred|"
    r"tainted|undemocratic|polari[sz]ed|disorgani[sz]\w*|chaotic|(?:was|were|is|are) slow|"
    r"(?<!non-)(?<!de-)politici[sz]ed|politici[sz]ation|distort\w*|uneven|deteriorat\w+|"
    r"divisive|(?:could|can|would)(?: not|not) be (?:\w+ly )?(?:guaranteed|ensured|verified)|"
    r"(?:is|are|was|were) not an? (?:\w+ )?(?:effective|adequate|sufficient)|"
    r"late (?:adoption|amendments?|changes?|publication|appointment)|"
    r"(?:does|do|did) not (?:\w+ly )?(?:meet|allow|ensure|provide|guarantee|respect|permit|"
    r"establish|specify|protect|publish|hold|respond|investigate|inform|sanction)|"
    # a body that did nothing where it should have: "took no decision", "came too late"
    r"(?:took|takes|take|taken) no (?:decision|action|measures|steps)|too late|unanswered|"
    r"blurr\w* (?:the )?(?:line|distinction)|"
    r"(?:was|were|is|are|have|has) not (?:yet |always |often |been |\w+ly )*(?:respected|"
    r"guaranteed|ensured|observed|followed|provided|posted|published|addressed|implemented|"
    r"allowed|permitted|enforced|certified|accompanied by|"
    # a change awaited and not made: "has not been harmonised since 2014", "was never revised"
    r"harmoni[sz]ed|reformed|revised|updated|aligned|brought into line)|"
    r"(?:was|were|has been|have been) never (?:amended|harmoni[sz]ed|reformed|revised|updated)|"
    r"remains? unaddressed|impair\w*|"
    r"(?:into|in) question|arbitrar\w*|"
    r"interfer\w+|inaccura\w+|under-?represent\w*|rarely|narrow(?:ed|ing)|shrinking|"
    r"chilling effect|(?:amended|changed) frequently|shortly before (?:the )?elections?|"
    r"inaccessible|not accessible|inadequate\w*|removed an? (?:\w+ )?safeguard|"
    r"ineffective|widespread|behind closed doors|in closed sessions?|"
    r"(?:was|were|is|are|remains?|remained) (?:\w+ly )?dominated by|"
    r"(?:heavily|clearly|strongly|unduly|openly) favou?r\w*|"
    r"remain(?:s|ed)? limited|not regulated|without (?:any )?safeguards?|"
    # a law or a body that has nothing where it should: "contains no limits on spending"
    r"(?:contains?|provides?|includes?|sets?|has|have|offers?|makes?|made|received) no|"
    # a body split by its members' allegiance, one side favoured: "composed along party lines"
    r"along (?:party|partisan|political|ethnic) lines|"
    r"favou?r(?:ed|s|ing) (?:the )?(?:ruling|governing|incumbent)|incorrect\w*|pervasive|"
    r"outdated|obsolete|incomplete|unregulated|retroactive\w*|"
    # what is missing or cannot be done: "there is no regulation of", "voters cannot learn"
    r"there (?:is|are|was|were) no (?:\w+ )?(?:regulation|provision|requirement|obligation|"
    r"mechanism|possibility|remedy|limits?|oversight|rules?)|"
    r"cannot (?:learn|know|verify|find out|challenge|appeal|obtain)|"
    r"limits? the (?:effectiveness|transparency|possibility|ability|scope)|"
    r"(?:adopted|introduced|passed|amended|rolled out) without (?!delay|incident)|"
    r"(?:use|using) of (?:state |public )?"
    r"administrative resources|(?:noted|observed|reported|recorded|documented) (?:\w+ ){0,2}"
    r"(?:instances|cases|incidents)(?: of| in which| where)?|"
    # a malpractice counted: "was observed in 12 per cent of stations", "reported in 17 parishes"
    r"(?:was|were) (?:observed|reported|recorded|documented|noted) (?:in|at) (?:\d+|fewer|more|"
    r"several|a number)|(?:use|using|misuse) of (?:\w+ ){0,2}resources for (?:\w+ )?"
    r"(?:campaign|electoral|party)|unfair\w*)\b",
    re.I,
)
"""Words of criticism."""
POSITIVE = re.compile(
    r"\b(?:in a professional manner|professionally|professionalism|"
    r"(?<!exclusively )(?<!overwhelmingly )(?<!uniformly )(?<!entirely )positive(?:ly)?|"
    r"positive (?:features?|measures|steps|developments?)|well[- ]administered|"
    r"well[- ]organi[sz]ed|efficient(?:ly)?|efforts were made|improve(?:d|s|ment)?|"
    r"improvements (?:were|have been) (?:noted|made|observed)|"
    r"in line with (?=previous|earlier|OSCE|international|the recommendation)|"
    r"commend\w*|welcome[ds]?|encourag\w+|enhanced|calm|orderly|"
    r"well-represented|timely manner|respecting legal deadlines|co-?operative(?! agreement)|"
    r"knowledgeable|without impediments|generally open|equal coverage|stable|"
    r"performed well|(?:were|was) generally followed|facilitated|"
    r"(?:sessions|meetings) (?:that were |were )?open to (?:observers|the public|the media)|"
    r"(?:met|meeting|within) (?:all )?(?:the )?(?:legal |statutory )?deadlines|"
    r"able to (?:campaign|hold|meet|assemble|register|stand|observe|express|access|vote"
    r"|operate|conduct)|"
    r"high standard|quickly addressed|important guarantees|substantial improvement|"
    r"(?<!non-)(?<!un)competitive|(?:genuine|real|meaningful) choice|respected|"
    r"impartial(?:ly|ity)?|"
    r"(?<!non-)transparen(?:t|tly|cy)|"
    r"conducive|diverse|in an open manner|openly|accurate(?:ly)?|(?<!im)balanced|"
    r"clear(?:ly)?(?! (?:\w+ )?(?:bias|favou?r\w*|violation|breach|imbalance|advantage|lack|"
    r"preference))|"
    r"inclusive|pluralis\w+|free to campaign|freely|(?<!in)adequate(?:ly)?|"
    r"credible(?! (?:\w+ )?(?:reports?|allegations?|information|evidence|claims?|accounts?))|"
    r"well[- ]prepared|(?:expressed|had|have|has|enjoy(?:ed|s)?) (?:\w+ )?confidence|"
    r"able to campaign|(?:wide|broad) (?:range|choice|variety) of|"
    r"worked (?:quickly|efficiently|smoothly|well)|(?:were|was|are|is) (?:well-)?reasoned|"
    r"better (?:administered|organi[sz]ed|conducted|managed|prepared)|"
    r"without (?:any )?(?:interference|hindrance|obstruction|restrictions?|incidents?)|"
    r"(?:in (?:full )?(?:accordance|compliance|conformity) with|according to) (?:the )?"
    r"(?:(?:OSCE|international|democratic|legal|electoral) )?(?:commitments|standards|law|"
    r"legislation|procedures?|code|requirements)|"
    r"sound (?:basis|legal|framework)|timely|functioned well|vibrant|"
    # equal access granted: "provided free airtime to all contestants", "with free airtime"
    r"(?:provided?|provides|granted|allocated|offered)\s+(?:[\w-]+\s+){0,3}?(?:with\s+)?"
    r"free (?:air ?time|space|advertising)|"
    r"(?:high|full|broad|considerable) (?:degree of |level of )?(?:public )?(?:confidence|trust)|"
    r"assessed [^.;]{0,60}? as (?:very )?good|"
    r"(?:held|holds|hold) (?:its |their )?(?:regular )?(?:public|open) sessions|"
    # plain words of approval, which a negation before them turns ("not effective")
    r"(?:(?<=is )|(?<=are )|(?<=was )|(?<=were )|(?<=been )|(?<=not ))effective|"
    r"successful(?:ly)?|(?<!un)(?<!free and )(?-i:fair(?:ly|ness)?)|"
    r"(?<!Code of )good(?! (?:practices?|faith|offices))|free to \w+|"
    r"(?:enjoy\w*|ha[sd]|have) (?:(?!little|no|less|low)\w+ ){0,2}trust)\b",
    re.I,
)
"""Words of approval. "In line with" judges only when a standard or a recommendation
follows ("in line with Article 38" describes); "exclusively positive coverage" of one
candidate is a problem; "credible reports of vote-buying" and "clear bias" judge nothing
well."""
_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|lack(?:ed|s|ing)?(?: of)?|absence of|without|insufficient(?:ly)?|"
    r"less|little|hardly any|few|limit(?:s|ed|ing)|reduc(?:es|ed|ing)|"
    r"decreas(?:es|ed|ing)|question|undermin\w*|compromis\w*|diminish\w*|impair\w*|"
    r"hamper\w*|(?:impediments?|obstacles?|threats?) to)\s+"
    r"(?:(?!(?:was|were|is|are|but)\b)[\w-]+\s+){0,4}$",
    re.I,
)
"""A negation just before an approving word; a new clause's verb between them ("disputes were
few and were handled efficiently") ends its reach."""
_FAILED = re.compile(
    r"\b(?:fail(?:ed|s|ure|ing)?|unable|not(?! only)|never|cannot|neither|none of|"
    r"lack(?:ed|s|ing)?|absen(?:ce|t)|(?:questions?|doubts?|concerns?) (?:as to|about|over))\b"
    r"[^,;:]*$",
    re.I,
)
"""A failure, a lack, a doubt or a negated verb earlier in the clause, however far: "failed
to meet its obligation as a public broadcaster to provide balanced information", "the
absence of clear rules for X and of clear criteria for Y", "questions as to the ability of
the commissions to remain impartial"."""
_LACKED_LIST = re.compile(
    r"\b(?:lack(?:ed|s|ing)?(?: of)?|absence of|without|no)\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+)+$",
    re.I,
)
"""A lack that reaches down a list ("lacked consistency, transparency, due process and
clarity"): the approving word is one of the items, followed by another item."""
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)", re.I)
"""Another item after the approving word: with ``_LACKED_LIST`` before it, the word is an
item of what was lacking."""
_CLAUSE_BREAK = re.compile(r"[,;:]|\bbut\b", re.I)
"""Where the approving word's clause begins, read backwards: a failure (``_FAILED``) is
looked for from there only, not in a clause before it."""
_NO_PROBLEM = re.compile(
    r"\b(?:no|without|free (?:of|from))\s+(?:(?:any|major|serious|significant|systematic|"
    r"reported|further|undue)\s+){0,2}(?:[\w-]+\s+(?:or|nor|and)\s+)?$",
    re.I,
)
"""A word of criticism denied ("informed of no restrictions", "without serious incident"):
approval."""


_DIMINISHED = re.compile(
    r"[^,.;]{0,60}?\b(?:was|were|is|are|has been|have been) (?:further |significantly |"
    r"severely |seriously )?(?:reduced|limited|restricted|curtailed|weakened|undermined)\b",
    re.I,
)
"""What follows an approving word and takes it back ("the right to report freely ... was
reduced")."""


_WEAK = re.compile(r"diverse", re.I)
"""Approval that an intensified criticism in the same sentence outweighs: "The media
landscape is diverse but sharply polarised" is a problem; "diverse but polarised" mixed."""
_INTENSIFIED = re.compile(
    r"\b(?:sharply|deeply|highly|heavily|strongly|severely|extremely|very|increasingly)\s+$",
    re.I,
)


def cues(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The criticism and approval cues of ``text``; a negated approval counts as criticism,
    and a word of criticism inside an approving phrase ("without interference") does not."""
    problems: list[re.Match[str]] = []
    approvals: list[re.Match[str]] = []
    lowered = Folded(text)  # each cue list tried only where one of its words opens
    for match in finditer(PROBLEM, text, lowered):
        denied = _NO_PROBLEM.search(text[max(0, match.start() - 30) : match.start()])
        (approvals if denied else problems).append(match)
    for match in finditer(POSITIVE, text, lowered):
        before = text[max(0, match.start() - 40) : match.start()]
        clause = _CLAUSE_BREAK.split(text[max(0, match.start() - 120) : match.start()])[-1]
        taken_back = _DIMINISHED.match(text, match.end())
        listed = _LACKED_LIST.search(before) and _LIST_GOES_ON.match(text, match.end())
        negated = _NEGATION.search(before) or _FAILED.search(clause) or taken_back or listed
        (problems if negated else approvals).append(match)
    approvals = [  # "openly" inside "openly campaigned for"
        a
        for a in approvals
        if not any(p.start() <= a.start() < a.end() <= p.end() and p[0] != a[0] for p in problems)
    ]
    problems = [
        p
        for p in problems
        if not any(a.start() <= p.start() < p.end() <= a.end() for a in approvals)
    ]
    return problems, approvals


_DESPITE = re.compile(
    r"(?:^|,?\s+)(?:despite|in spite of|notwithstanding)\b[^,;.]*(?:[,;]\s*|(?=\.?$))", re.I
)
"""A concessive phrase ("despite some positive aspects", "Despite efforts by the CEC, "):
it concedes, so the clause it leaves states the judgement."""


def polarity_of(text: str) -> str | None:
    """ "problem", "positive", "mixed", or None (the text only describes). A concessive
    phrase ("..., despite some positive aspects") does not colour the judgement of the
    clause it leaves, when that clause judges."""
    conceded = _DESPITE.sub(" ", text).strip()
    if conceded != text.strip() and (verdict := _judged(conceded)) is not None:
        return verdict
    return _judged(text)


def _judged(text: str) -> str | None:
    problems, approvals = cues(text)
    intensified = any(_INTENSIFIED.search(text[: p.start()]) for p in problems)
    if intensified and all(_WEAK.fullmatch(a.group()) for a in approvals):
        approvals = []
    if (problems and approvals) or (approvals and _reserved(text, approvals)):
        return "mixed"
    if problems:
        return "problem"
    return "positive" if approvals else None


_CONTRAST = re.compile(
    r",?\s+but\s+(?!also\b)|;\s*however,?\s+|,\s+yet\s+|,\s+(?:even )?(?:although|though)\s+",
    re.I,
)
"""A contrast between two clauses ("competitive but at times acrimonious"), or a concession
after an approving clause ("transparent, although errors were noted")."""


def _reserved(text: str, approvals: list[re.Match[str]]) -> bool:
    """Whether a contrast sets a clause without approval against an approving one: the
    reservation is the other clause's, even when no word of criticism states it ("the media
    offered a wide range of views, but much of it was partisan")."""
    for contrast in _CONTRAST.finditer(text):
        before = any(a.end() <= contrast.start() for a in approvals)
        after = any(a.start() >= contrast.end() for a in approvals)
        if before != after:
            return True
    return False


__all__ = ["POSITIVE", "PROBLEM", "cues", "polarity_of"]
