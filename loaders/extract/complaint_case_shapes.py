"""The sentence shapes that tell one complaint or appeal, for the shared case reader
(:mod:`.complaint_cases`, which reads a match into a fact): a filing with a body, an appeal
by its verb, a case told by what became of it or by what the body did on it, a remedy asked
of a body, a complaint named by its owner, and a court deciding on an earlier decision. Each
names its body, complainant and owner in groups listed in ``BODIES``, ``BYS``, ``OWNERS``."""

from __future__ import annotations

import re

from .complaint_decided import asked_pattern, decided_patterns

_NAME = r"(?:[A-Z][\w'\u2019.-]*|No\.\s*\d+|\d+)"
_BODY = (
    rf"(?:the\s+)?(?P<body>{_NAME}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)?{_NAME})*"
    r"(?:\s+(?:(?:district|city|municipal|regional|administrative|appeals?)\s+)?"
    r"(?:court|tribunal)\b)?"
    r"|(?:(?:local|district|city|municipal|regional|provincial|county|administrative|appeals?|"
    r"first-instance|higher|competent|relevant|electoral|election)\s+){0,3}"
    r"(?:court|election commission|commission|tribunal|"
    r"prosecutor['\u2019]s office|prosecutor|police|ombuds(?:person|man)|ombudsperson['\u2019]s "
    r"office)\b"
    # a body of the administration by its kind, after the words of its level ("the cantonal
    # government", "the county electoral committee", "the territorial commission")
    r"|(?:[a-z][a-z-]+\s+){1,2}(?:government|ministry|board|committee|council|commission)\b)"
)
"""The body a complaint went to: a name as written ("Administrative Court of Appeal", "TEC
No. 15", "Electoral College of the Court of Appeal", "the Vahdat district court") or an
institution by its common noun ("the police", "the district court")."""
FILED = re.compile(
    r"\b(?:filed|lodged|submitted)\s+(?:a|an|one|another)\s+(?:[\w-]+\s+)?(?P<what>complaint"
    r"|appeal|petition|protest|lawsuit|objection|application(?=[^.;]*?(?:annul|invalid|recount)))"
    rf"\s+(?:with|to|before|at)\s+{_BODY}"
    r"|\bcomplained\s+(?:(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:\s+\d{4})?,?\s+)?"
    rf"(?:to|with|before)\s+{_BODY.replace('body', 'body2')}"
    rf"|\bchallenged\s+(?P<appealed>(?:the|a|an|its|their|her|his)\s+[\w\s'.\u2019-]{{3,90}}?)\s+"
    rf"(?:in|before|at)\s+{_BODY.replace('body', 'body3')}"
    r"|\b(?:[Aa]|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?(?:complaint|appeal|petition)\s+(?:was\s+)?"
    r"(?:filed|lodged|submitted)\s+by\s+(?P<by>(?:the\s+)?[^,.;]{3,80}?)\s+(?:with|to|before)\s+"
    rf"{_BODY.replace('body', 'body4')}"
    # an objection to a body's own act is one lodged with it: "<who> objected to the
    # <body>'s rejection of ..."
    rf"|\bobjected\s+to\s+(?:the\s+)?(?P<body13>{_NAME}(?:\s+(?:of\s+)?{_NAME}){{0,4}})"
    r"['\u2019]s\s+(?P<objected>[a-z][\w\s'\u2019-]{3,80}?)(?=\s*[,.;]|\s+(?:arguing|claiming)\b)"
)
"""A single complaint filed with a body: "<who> filed a complaint (an application to annul
...) with <body>", "<who> complained to <body>", "<who> challenged the refusal before
<court>", "A complaint was filed by <who> with <body>", "<who> objected to the <body>'s
refusal of ..." (the body whose act it was)."""
_REQUESTED = re.compile(
    r"\b(?:requested|asked|petitioned)\s+"
    rf"{_BODY.replace('body', 'body7')}"
    r"(?:,?\s+(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,4})?,?)?\s+to\s+"
    r"(?P<asked>(?:annul|cancel|invalidate|order|"
    r"sanction|recount|deregister|revoke|overturn|reverse|suspend|declare|repeat|review|"
    r"examine|strike)\b[^.;,]{0,120}?)"
    r"(?=\s*[.;,]|\s*$)"
)
"""A remedy asked of a body is a complaint to it: "<who> requested the <body> to annul the
results in ...", "asked the <body> to order a recount"; what was asked is its subject."""
OWNED = re.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?<![\w'\u2019])(?:[Tt]he\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,3}?[\w-]+['\u2019]s)\s+(?:(?:first|second|subsequent|further)\s+)?"
    r"(?:appeal|complaint|petition|lawsuit)\s+"
    # "its appeal was pending before <court>": still before the body it went to
    r"(?:(?:was|is|remained|remains)\s+(?:still\s+)?pending\s+)?(?:to|with|before)\s+"
    rf"{_BODY.replace('body', 'body8')}"
)
"""A complaint named by its owner: "<who>'s appeal to <court> was rejected", "His appeal to
<court> ...", "The candidate's appeal to <court> is pending"; a pronoun or "the <noun>" is
the complainant of the case before, if the paragraph told one; "<who>'s appeal was pending
before <court>" is still pending there."""

_VERDICT = (
    r"(?:rejected|dismissed|upheld|granted|satisfied|denied|returned|"
    r"refused\s+to\s+(?:consider|register|accept|examine)|"
    r"declined\s+to\s+consider|did\s+not\s+consider|partially\s+upheld)"
)
DECIDED_CASE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?(?:complaint|appeal|petition|lawsuit|"
    r"protest|challenge)(?:\s+to\s+[^,.;]{3,60}?)?\s+(?:(?:filed|lodged|submitted)\s+)?by\s+(?P<by2>(?:the\s+)?[^,.;]{3,80}?)"
    rf"(?:\s+[^.;]{{0,160}}?)?\s+(?:was|were)\s+(?:\w+\s+)?{_VERDICT}\s+by\s+"
    rf"{_BODY.replace('body', 'body5')}"
    rf"|(?:(?:[Tt]he\s+)?(?P<body6>(?!It\b){_NAME}(?:\s+(?:of\s+|for\s+|in\s+)?{_NAME})*)"
    r"|(?P<it3>\b[Ii]t))\s+(?:(?!it\b)\w+\s+)?"
    rf"{_VERDICT}\s+(?:on\s+\d{{1,2}}\s+[A-Z][a-z]+(?:\s+\d{{4}})?\s+)?"
    r"(?:a|an|one|another)\s+(?:[\w-]+\s+)?(?:complaint|appeal|petition|lawsuit)"
    r"\s+(?:(?:filed|lodged|submitted)\s+)?(?:by|from|of)\s+(?P<by3>(?:the\s+)?[^,.;]{3,80}?)"
    r"(?=\s+(?:against|about|alleging|concerning|regarding|requesting|over|on|that)\b|[,.;]|$)"
)
"""A single complaint told by what became of it: "A complaint by <who> against ... was
dismissed by <body>", "<body> rejected a complaint from <who> about ...", "It upheld on 2
May a complaint of <who>" ("It": the body the sentence before opens on); its outcome is
the match's own verdict, not a later clause's ("...; it rejected two others")."""
ACTED_ON = re.compile(
    rf"(?:[Tt]he\s+)?(?P<body9>{_NAME}(?:\s+(?:of\s+|for\s+)?{_NAME})*)\s+(?:\w+\s+)?"
    r"(?:fined|sanctioned|warned|reprimanded|deregistered|annulled|cancell?ed|ordered|"
    r"issued\s+(?:a\s+)?warnings?\s+to)\b[^.;]{0,200}?,?\s+(?:following|after|upon|in\s+response"
    r"\s+to)\s+(?:a|an|the)\s+(?:complaint|appeal|petition|request)\s+(?:(?:filed|lodged|"
    r"submitted)\s+)?(?:by|from)\s+(?P<by4>(?:the\s+)?[^,.;(]{3,80}?)(?=\s*[,.;(]|\s*$)"
)
"""A complaint told by what the body did on it: "the CEC fined the party ..., following a
complaint by <who>": the body acted as the complainant asked, so the complaint was upheld."""

DECIDED_OWNED, OWNED_DECIDED = decided_patterns(_NAME, _BODY.replace("body", "body11"))
"""A case told by its decision, named by its owner (``complaint_decided``)."""
ASKED = asked_pattern(_NAME)
BODIES = (
    *("body", "body2", "body3", "body4", "body5", "body6", "body7", "body8", "body9"),
    *("body10", "body11", "body12", "body13", "body14"),
)
BYS = ("by", "by2", "by3", "by4", "by5", "by6")
OWNERS = ("owner", "owner10", "owner11")
APPEALED = re.compile(
    r"\b(?:appealed|applied(?=\s+to\s+(?:the\s+)?[A-Z]))\s+"
    r"(?:(?P<appealed>(?:the|this|that|its|her|his|their)\s+[\w\s'-]{3,60}?)\s+)?"
    rf"(?:to|before)\s+{_BODY}"
)
"""An appeal told by its verb: "appealed (the decision) to <body>", "applied to <Court>"."""

_APPEAL_DECIDED = re.compile(
    rf"(?:^|[,;]\s*(?:and\s+|but\s+)?|\s)(?:[Tt]he\s+)?(?P<court>(?!The\b){_NAME}(?:\s+{_NAME})*\s+"
    r"(?:Court|Tribunal)(?:\s+of\s+[A-Z][\w-]+)*|(?:Supreme|Constitutional|Administrative|"
    r"Appeals?)\s+Court)(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"\s+(?:then\s+|subsequently\s+|also\s+)?"
    r"(?P<verdict>(?:upheld|confirmed|overturned|reversed|quashed|annulled)\s+(?:the|its|this|that)"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:decision|ruling|refusal)"
    r"|(?:declined|refused)\s+to\s+(?:review|consider|hear|examine)\s+(?:the|its|this|that)\s+"
    r"(?:case|appeal|complaint|matter)"
    r"|(?:rejected|dismissed|upheld|granted|satisfied)\s+(?:a|the|an)\s+(?:subsequent|further|"
    r"second|later)\s+(?:appeal|referral|petition|complaint|challenge))"
)
"""A court deciding on an earlier body's decision, or a later appeal ("the Constitutional
Court dismissed a subsequent referral"): an appeal against it was decided."""


def appeal_decided(text: str) -> re.Match[str] | None:
    """A court deciding on an earlier decision in ``text`` ("The Supreme Court upheld this
    decision"): groups ``court`` and ``verdict``."""
    return _APPEAL_DECIDED.search(text)


TAKEN_TO = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:first|second|third|"
    r"further|later|separate|new)\s+)?(?:case|appeal|complaint|challenge|petition|lawsuit|"
    # an application only before a court or to annul: not one for registration
    r"application(?=[^.;]*?(?:[Cc]ourt|Chamber|[Tt]ribunal|annul|invalid|recount)))(?:,?\s+(?:by|of|from)\s+(?P<by6>(?:the\s+)?[^,.;]{3,80}?))?"
    r"(?:,\s+[^.;]{0,160}?)?,?\s+(?:then\s+|eventually\s+|finally\s+)?(?:went|was\s+taken|"
    r"was\s+brought|was\s+referred|came)\s+(?:up\s+)?(?:to|before)\s+"
    rf"{_BODY.replace('body', 'body14')}"
)
"""A case told by where it went: "A second application, by <who>, went to <court>, which
rejected it", "The case of <who>, whose list was struck off ..., went to <court>"; the
clause after the body says what became of it."""

CASE_PATTERNS = (
    FILED,
    APPEALED,
    DECIDED_CASE,
    DECIDED_OWNED,
    OWNED_DECIDED,
    ASKED,
    _REQUESTED,
    OWNED,
    ACTED_ON,
    TAKEN_TO,
)
"""The ways a sentence tells a case, the first that matches deciding."""


NONE_FILED = re.compile(
    r"\b(?:none|neither|nobody|no one)\s+(?:of\s+\w+\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:filed|lodged|submitted|brought)\b"
)
"""A filing nobody made ("none of them lodged a complaint"): no complaint."""

__all__ = [
    "ACTED_ON",
    "APPEALED",
    "ASKED",
    "BODIES",
    "BYS",
    "CASE_PATTERNS",
    "DECIDED_CASE",
    "DECIDED_OWNED",
    "FILED",
    "NONE_FILED",
    "OWNED",
    "OWNED_DECIDED",
    "OWNERS",
    "TAKEN_TO",
    "appeal_decided",
]
