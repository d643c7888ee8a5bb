"""Results quoted in running text: "Ana Lupu received 1,204,331 votes (48.2 per cent)",
"Ana Lupu (Unity Party) won 48.2 per cent of the votes (1,204,331 votes)".

Statements and short reports often give the leading results in a sentence rather than a
table. A sentence is read only when it states the votes as a count (a result without a
vote count is not a result figure the graph can hold), the contestant is a capitalised
name just before the verb, and the share, if given, follows in brackets or after "or". A
sentence about one polling station's or district's count (a protocol, a PEC) is not a
result of the election and is left out.
Whether the name is a candidate or a party list is read from its words, as for tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..text.source import SourceText, Span

_NAME = r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z\d][\w'\u2019.-]*){0,6})"
_COUNT = r"(?P<votes>\d{1,3}(?:[,\u00a0\u2009\u202f' ]\d{3})+|\d{1,7})"
_SHARE = r"(?P<share>\d{1,2}(?:[.,]\d{1,2})?|100)\s?(?:%|per\s?cent)"
_VERB = (
    r"(?:\s+\([^()]{1,80}\))?,?\s+(?:received|won|obtained|polled|garnered|gained|collected|"
    r"secured)\s+(?:some\s+|a\s+total\s+of\s+)?"
)
"""The verb after the name (a bracketed party or acronym between them is skipped)."""
_NAME2 = _NAME.replace("<name>", "<name2>")
_SHARE2 = _SHARE.replace("<share>", "<share2>")
_COUNT2 = _COUNT.replace("<votes>", "<votes2>")
_SENTENCE = re.compile(
    rf"{_NAME}{_VERB}{_COUNT}\s+(?:valid\s+)?votes\b(?:\s*(?:\(|,\s*or\s+|or\s+){_SHARE}\)?)?"
    rf"|{_NAME2}{_VERB}{_SHARE2}\s+(?:of\s+(?:the\s+)?(?:valid\s+)?"
    rf"(?:votes|ballots)(?:\s+cast)?\s+)?\({_COUNT2}\s+votes\)"
)
_OPENING = re.compile(
    r"^(?:(?:The|A|An|In|On|At|By|With|After|Before|While|Although)\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?"
)
_LOCAL = re.compile(
    r"\b(?:PECs?|DECs?|TECs?|polling\s+stations?|precincts?|protocols?|constituenc(?:y|ies)|"
    r"district|municipalit(?:y|ies)|summary)\b",
    re.I,
)
"""Words of a sentence about one polling station's or district's count, not the result."""


@dataclass(frozen=True)
class TextResult:
    """One result a sentence states: the contestant's name, votes and share, with spans."""

    name: str
    name_span: Span
    votes: int
    votes_span: Span
    share: Decimal | None
    share_span: Span | None
    sentence: str
    """The sentence up to the figures: what it says of the election ("In the 2019 ...")."""


def text_results(source: SourceText, start: int = 0, end: int | None = None) -> list[TextResult]:
    """Every result stated in a sentence of ``source.text[start:end]``."""
    stop = len(source.text) if end is None else end
    found: list[TextResult] = []
    for match in _SENTENCE.finditer(source.text, start, stop):
        which = "name" if match.group("name") else "name2"
        count = "votes" if match.group("votes") else "votes2"
        name = match.group(which)
        opening = _OPENING.match(name)
        name_start = match.start(which) + (opening.end() if opening else 0)
        name = source.text[name_start : match.end(which)]
        sentence_start = max(source.text.rfind(". ", 0, match.start()), 0)
        sentence_end = source.text.find(". ", match.end())
        sentence = source.text[sentence_start : sentence_end if sentence_end > 0 else stop]
        if not name or not name[0].isupper() or re.search(r"\d", name) or _LOCAL.search(sentence):
            continue
        votes = int(re.sub(r"\D", "", match.group(count)))
        share = None
        share_span = None
        portion = "share" if match.group("share") else "share2"
        if match.group(portion):
            share = Decimal(match.group(portion).replace(",", "."))
            share_span = source.span(match.start(portion), match.end(portion))
            if share > 100:
                continue
        found.append(
            TextResult(
                name,
                source.span(name_start, match.end(which)),
                votes,
                source.span(match.start(count), match.end(count)),
                share,
                share_span,
                source.text[sentence_start : match.end()],
            )
        )
    return found


__all__ = ["TextResult", "text_results"]
