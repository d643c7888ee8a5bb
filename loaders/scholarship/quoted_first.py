"""Attributed statements whose quotation comes first: ""We have done everything asked of
us," the minister told parliament on <date>", ""Nobody can win this race," said a lawyer
for one of the lists." Journalism and the studies that draw on it put the words before
the speaker as often as after; the speaker is the noun phrase or name right after the
closing mark, before or after the verb of saying. The verb list is the saying verbs of
the inverted order (``said X``, ``X told``); a scholar cited there is the literature.
"""

from __future__ import annotations

import re

from .speech_forms import according_to, as_said, is_scholar, speaker_phrase, statement_nouns

_VERBS = (
    r"said|told|stated|declared|added|insisted|argued|warned|explained|replied|claimed|"
    r"wrote|remarked|recalled|admitted|conceded|complained|asked|answered|responded"
)
_WHO = (
    r"(?:(?:the|a|an|one|another|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,8}?[\w'\u2019-]+"
    r"|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
)
_OPENING_QUOTE = (
    r"(?:^|(?<=[.!?])[ \t\n]+|(?<=[.!?][\"\u201d\u2019])[ \t\n]+)\s*"
    r"(?P<words>[\"\u201c][^\"\u201c\u201d]{8,600}?[,!?]?[\"\u201d]),?\s+"
)
"""The quotation opening a sentence (a sentence the splitter left joined to the one before
it, as it does before an opening mark, included), with its marks."""
_SPEAKER_THEN_VERB = re.compile(
    rf"{_OPENING_QUOTE}(?P<who>{_WHO})\s+(?:also\s+|later\s+|then\s+)?(?P<verb>{_VERBS})\b"
)
_VERB_THEN_SPEAKER = re.compile(
    rf"{_OPENING_QUOTE}(?P<verb>{_VERBS})\s+(?P<who>{_WHO})(?=\s*[,.;:(]|\s+(?:on|in|at)\b|\s*$)"
)


def quoted_first(body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(speaker start, end), (words start, end) in a sentence ``body`` that opens with the
    quoted words and names their speaker after them."""
    found: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for pattern in (_SPEAKER_THEN_VERB, _VERB_THEN_SPEAKER):
        for match in pattern.finditer(body):
            who = speaker_phrase(match["who"])
            if who is None or is_scholar(who, body[match.end("who") :], match["verb"]):
                continue
            if not any(words == match.span("words") for _, words in found):
                found.append((match.span("who"), match.span("words")))
    return sorted(found, key=lambda pair: pair[1])


def other_forms(body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Every attribution of a sentence that does not put its speaker before a verb of
    saying: "According to X, ...", "As X said, ...", "X's statement that ...", and the
    quotation first."""
    return [*according_to(body), *as_said(body), *statement_nouns(body), *quoted_first(body)]


__all__ = ["other_forms", "quoted_first"]
