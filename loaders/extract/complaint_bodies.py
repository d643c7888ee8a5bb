"""The bodies a complaint goes to, as a sentence names them: a court or a prosecutor
(``BODY``), else an election commission (``COMMISSION``); ``DECIDER`` is the one a decision
verb follows. Shared by the sentence readers of single complaints."""

from __future__ import annotations

import re

BODY = re.compile(
    r"(?P<body>Supreme Court|Constitutional (?:Council|Court)|(?:[A-Z][\w-]+ )?[Dd]istrict "
    r"[Pp]rosecutor|(?:district|city|county|municipal|local|regional|administrative|appeals?|"
    r"first-instance) court"
    r"|Prosecutor General['\u2019]s [Oo]ffice|[Cc]ourt of [A-Z][\w-]+(?: of [A-Z][\w-]+)?"
    r"|(?:(?!The\b|In\b|On\b|At\b)[A-Z][\w-]+ ){1,3}(?:Court|Tribunal)(?: of [A-Z][\w-]+)?)"
)
COMMISSION = re.compile(
    r"(?P<body>(?:Central|District|Territorial|Precinct|Regional|Constituency) "
    r"(?:Election|Electoral) Commission|\bCEC\b|\b(?!The\b|In\b|On\b)[A-Z][\w-]+ (?:TEC|DEC)\b"
    r"|\b[A-Z]{1,2}ECs?\b(?: No\.?\s*\d+| (?!The\b)[A-Z]\w+)?)"
)
"""The body that decided: a court or a prosecutor, else an election commission."""
DECIDER = re.compile(
    rf"(?:{BODY.pattern}|{COMMISSION.pattern.replace('?P<body>', '')})"
    r"(?=\s+(?:[\w-]+\s+){0,2}?(?:rejected|dismissed|upheld|refused|granted|satisfied|returned))"
)
"""The body that decided: the one a decision verb follows ("which the DEC rejected")."""

__all__ = ["BODY", "COMMISSION", "DECIDER"]
