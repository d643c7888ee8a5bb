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


_WORDS_ONLY = _NAME.replace(r"[A-Z\d]", "[A-Z]")
_SEATS_WON = r"(?:,?\s+and\s+\d{1,3}\s+(?:seats|mandates))?"
"""The seats a list won, told after its votes ("... (34.5 per cent) and 41 seats")."""
_ELIDED = re.compile(
    rf"{_SEATS_WON}(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_WORDS_ONLY}\s+(?:with\s+)?{_COUNT}"
    rf"\s+(?:valid\s+)?votes\b(?:\s*\(\s*{_SHARE}\))?"
)
"""A further contestant the same verb governs ("X received 1,204 votes (48.2 per cent) and
Y 1,096 votes (43.9 per cent)", "... and 41 seats, the Y Party 279,897 votes ..."): a
run-off's or a short list's results in one sentence. Its name has no figure (the figures
after it are the votes)."""
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)[.!?]\s+(?=[A-Z(])")


def text_results(source: SourceText, start: int = 0, end: int | None = None) -> list[TextResult]:
    """Every result stated in a sentence of ``source.text[start:end]``."""
    stop = len(source.text) if end is None else end
    text = source.text
    found: list[TextResult] = []
    for match in _SENTENCE.finditer(text, start, stop):
        lead = max(0, match.start() - 600)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lead, match.start())]
        sentence_start = max([e for e in ends if e <= match.start()], default=0)
        after = _SENTENCE_END.search(text, match.end())
        sentence = text[sentence_start : after.start() if after else stop]
        if _LOCAL.search(sentence):
            continue
        plain = bool(match.group("name"))
        one = _result(source, match, *(("", "") if plain else ("2", "2")), sentence_start)
        if one is None:
            continue
        found.append(one)
        at = match.end()
        while plain and (more := _ELIDED.match(text, at, stop)) is not None:
            other = _result(source, more, "", "", sentence_start)
            if other is not None:
                found.append(other)
            at = more.end()
    return found


def _result(
    source: SourceText, match: re.Match[str], name_group: str, suffix: str, sentence_start: int
) -> TextResult | None:
    """The result one match states (groups ``name``/``votes``/``share`` + ``suffix``)."""
    which, count, portion = f"name{name_group}", f"votes{suffix}", f"share{suffix}"
    opening = _OPENING.match(match.group(which))
    name_start = match.start(which) + (opening.end() if opening else 0)
    name = source.text[name_start : match.end(which)]
    if not name or not name[0].isupper() or re.search(r"\d", name):
        return None
    share = None
    share_span = None
    if match.group(portion):
        share = Decimal(match.group(portion).replace(",", "."))
        share_span = source.span(match.start(portion), match.end(portion))
        if share > 100:
            return None
    return TextResult(
        name,
        source.span(name_start, match.end(which)),
        int(re.sub(r"\D", "", match.group(count))),
        source.span(match.start(count), match.end(count)),
        share,
        share_span,
        source.text[sentence_start : match.end()],
    )


__all__ = ["TextResult", "text_results"]
