"""What a statement on an earlier recommendation is made of, shared by the graders: the
participles that say a recommendation was done, and the shape of a sentence that asks anew
(a new recommendation states no status). A wider gate ("does a sentence name an earlier
recommendation", from advice, calls, concerns, numbered or dated ones) was measured and
left out: it gives statuses the fixed cues find none for, and readers do not mark all of
them (docs/linking.md, "Stated statuses (verdict14j)").
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

_ASKS = re.compile(
    r"\b(?:should|must|ought to|needs? to|(?:is|are) (?:encouraged|urged|invited)"
    r"|recommends?|urges?|calls? (?:on|upon|for))\b",
    re.I,
)
"""A sentence that asks (a new recommendation) rather than judges an earlier one."""


def asks(text: str, lowered: Folded | None = None) -> bool:
    """Does ``text`` ask (a recommendation of its own)?"""
    return first_search((_ASKS,), text, lowered) is not None
