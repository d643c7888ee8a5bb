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

_KIND_WORD = r"(?:\s+(?:party|list|bloc|coalition|alliance|movement))?"
"""A lower-case kind after a list's name ("the Coastal Renewal party received ...")."""
_NAME = (
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z\d][\w'\u2019.-]*){0,6})"
    rf"{_KIND_WORD}"
)
COUNT = r"(?P<votes>\d{1,3}(?:[.,\u00a0\u2009\u202f' ]\d{3})+|\d{1,7})"
"""A count of votes, its thousands grouped by any separator or none ("1,204,331", "2.904.118")."""
SHARE = r"(?P<share>\d{1,2}(?:[.,]\d{1,2})?|100)\s*(?:%|per\s+cent|percent)"
"""A share of the votes: "48.2 per cent", "48,2%"; the white space in it may be a line
break and the next line's margin ("(48.2\n    per cent)")."""
BASE = r"(?:\s+of\s+(?:the\s+)?(?:valid\s+)?(?:votes?|ballots)(?:\s+cast)?)?"
"""What a share is of, inside its bracket ("(32.4 per cent of valid votes)")."""
_SEATS = r"\d{1,3}\s+(?:seats|mandates)\b"
"""The seats a list won, told with its votes ("won 10 seats with 5,321 votes")."""
_SEATS_AFTER = re.compile(r"\)?(?:,\s*|,?\s+and\s+)(?P<seats>\d{1,3})\s+(?:seats|mandates)\b")
"""The seats told after the votes ("... (35.9 per cent) and 10 seats")."""
_VERB = (
    r"(?:\s+\([^()]{1,80}\))?,?\s+(?:(?:received|won|obtained|polled|garnered|gained|collected|"
    r"secured)|(?:[a-z-]+\s+){1,3}?with|(?:won|obtained|gained|took|secured)\s+"
    rf"{_SEATS}(?:\s+\([^()]{{1,40}}\))?,?\s+(?:with|and|on)"
    rf"|(?:won|took|gained|secured)\s+{_SEATS}(?=\s*\())"
    r"(?:\s+|\s*\(\s*)(?:some\s+|a\s+total\s+of\s+)?"
)
"""The verb after the name (a bracketed party or acronym between them is skipped), a verb
phrase ending in "with" ("was elected with", "came first with"), or the seats won before
the votes ("won 10 seats with 5,321 votes", "took 10 seats (5,321 votes, 35.9 per cent)")."""
_NAME2 = _NAME.replace("<name>", "<name2>")
_SHARE2 = SHARE.replace("<share>", "<share2>")
_COUNT2 = COUNT.replace("<votes>", "<votes2>")
_SENTENCE = re.compile(
    rf"{_NAME}{_VERB}{COUNT}\s+(?:valid\s+)?votes\b"
    rf"(?:\s*(?:\(|,\s*or\s+|or\s+|,\s+(?=[^()]*\)))\s*{SHARE}{BASE}\)?)?"
    rf"|{_NAME2}{_VERB}{_SHARE2}\s+(?:of\s+(?:the\s+)?(?:valid\s+)?"
    rf"(?:votes?|ballots)(?:\s+cast)?\s+)?\({_COUNT2}\s+votes\)"
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
_PROGRESS = re.compile(
    rf"{SHARE}\s+of\s+(?:all\s+|the\s+)?(?:polling\s+stations?|precincts?|protocols?)\b", re.I
)
"""How much of the count a preliminary result covers ("with 99.8 per cent of polling stations
counted"): a share of all stations is a country-wide figure, not one station's count."""


def count_of(written: str) -> int:
    """A count as written (``COUNT``), its group separators dropped."""
    return int(re.sub(r"\D", "", written))


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
    answer: bool = False
    """A referendum's answer ("Yes", "No"), not a candidate or a list."""
    seats: int | None = None
    seats_span: Span | None = None
    """The seats the list won, where its item tells them ("..., 10 seats")."""


_WORDS_ONLY = _NAME.replace(r"[A-Z\d]", "[A-Z]")
_SEATS_WON = r"(?:,?\s+and\s+\d{1,3}\s+(?:seats|mandates))?"
"""The seats a list won, told after its votes ("... (34.5 per cent) and 41 seats")."""
_BRACKETED_SHARE = r"\s*\(\s*\d{1,2}(?:[.,]\d{1,2})?\s*(?:%|per\s+cent|percent)"
"""A share in brackets right after a count: it says the count is of votes, as "votes" does."""
_ELIDED = re.compile(
    rf"{_SEATS_WON}(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:ahead\s+of|followed\s+by)\s+)(?:the\s+)?"
    rf"{_WORDS_ONLY}(?:\s+\([^()]{{1,80}}\))?"
    rf"(?:\s+{_SEATS}(?:,?\s+with\s+|,?\s+|\s*\(\s*)|\s+(?:with\s+)?){COUNT}"
    rf"(?=\s+(?:valid\s+)?votes\b|{_BRACKETED_SHARE})"
    rf"(?:\s+(?:valid\s+)?votes\b)?(?:(?:\s*\(\s*|,?\s+or\s+|,\s+(?=[^()]*\))){SHARE}{BASE}\)?)?"
)
"""A further contestant the same verb governs ("X received 1,204 votes (48.2 per cent) and
Y 1,096 votes (43.9 per cent)", "... and 41 seats, the Y Party 279,897 votes ...", "Ms. Y
(SDA) 1,096 votes"): a run-off's or a short list's results in one sentence. Its name has no
figure (the figures after it are the votes); a bracket after it names the party; the next
may follow "ahead of" or "followed by" ("..., followed by Y with 1,096 votes"). "Votes"
may be said once, the share in brackets marking the others' counts ("..., Y 1,096 (43.9
per cent) and Z 402 (16.1 per cent)")."""
_ELIDED_SHARE = re.compile(
    rf"(?:[,;]\s*(?:and\s+)?|\s+and\s+|,?\s+(?:ahead\s+of|followed\s+by)\s+)"
    rf"(?:(?:those|that)\s+of\s+)?(?:the\s+)?{_WORDS_ONLY},?"
    rf"\s+(?:with\s+)?{_SHARE2}(?:\s+of\s+(?:the\s+)?(?:valid\s+)?(?:votes?|ballots))?"
    rf"\s*\(\s*{_COUNT2}\s+(?:valid\s+)?votes\s*\)"
)
"""A further contestant of a sentence that gives the share first ("The candidates of X
received 35.6 per cent (4 213 118 votes), those of Y 20.9 per cent (2 468 405 votes) and
those of Z ...", "...; the Y League, 20.9 per cent (...)", "..., ahead of Y with 43.9 per
cent (...)"): "those of" stands for the words before the first name."""
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)[.!?]\s+(?=[A-Z(])")


_ANSWER = re.compile(
    rf"{COUNT}\s+(?P<noun>(?:voters|votes|ballots|electors|citizens)\s+)?"
    rf"(?:\(\s*{SHARE}{BASE}\s*\)\s+)?(?:voted|were\s+cast)\s+[\"\u201c\u201d']?"
    r"(?P<option>(?i:yes|no|against(?!\s+all\b)|in\s+favou?r))\b[\"\u201c\u201d']?"
    rf"(?:\s*\(\s*{_SHARE2}{BASE}\s*\))?"
)
"""A referendum's answer stated after its count ("7,765,573 voters (77.8 per cent) voted
'Yes' and 2,218,374 (22.2 per cent) voted 'No'"). A count without its noun ("voters") is
read only after an answer of the same sentence that had one. Votes "against all" candidates
or lists are the ballot's none-of-these option, no answer to a question."""
_ABOUT_VOTERS = re.compile(r"\b(?:voters|ballots|questions?|referend\w*|plebiscite)\b", re.I)
"""A sentence that speaks of a popular vote (not a chamber's "120 deputies voted no")."""
_QUESTION = re.compile(
    r"\b(?:on|to|for|in)\s+the\s+(?P<ordinal>[a-z]+)\s+question\b|\bquestion\s+(?P<number>\d+)\b",
    re.I,
)
"""Which ballot question an answer is to, where a referendum asks several."""


def text_results(source: SourceText, start: int = 0, end: int | None = None) -> list[TextResult]:
    """Every result stated in a sentence of ``source.text[start:end]``."""
    stop = len(source.text) if end is None else end
    text = source.text
    found: list[TextResult] = []
    for match in _SENTENCE.finditer(text, start, stop):
        lead = max(0, match.start() - 600)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lead, match.start())]
        sentence_start = max([e for e in ends if e <= match.start()], default=0)
        plain = bool(match.group("name"))
        named_at = match.end("name" if plain else "name2")  # a heading above is no part of it
        sentence_start = max(sentence_start, _paragraph_start(text, lead, named_at))
        after = _SENTENCE_END.search(text, match.end())
        sentence = text[sentence_start : after.start() if after else stop]
        if _LOCAL.search(_PROGRESS.sub("", sentence)):
            continue
        one = _result(source, match, *(("", "") if plain else ("2", "2")), sentence_start)
        if one is None:
            continue
        found.append(one)
        at = match.end()
        elided, suffix = (_ELIDED, "") if plain else (_ELIDED_SHARE, "2")
        while (more := elided.match(text, at, stop)) is not None:
            other = _result(source, more, "", suffix, sentence_start)
            if other is not None:
                found.append(other)
            at = more.end()
    return found + referendum_answers(source, start, stop)


def referendum_answers(source: SourceText, start: int, stop: int) -> list[TextResult]:
    """Each referendum answer stated with its count in a sentence about a popular vote,
    named by its ballot question when the sentence gives one ("Yes (second question)")."""
    text = source.text
    found: list[TextResult] = []
    read_in = -1  # the start of the last sentence an answer was read in
    for match in _ANSWER.finditer(text, start, stop):
        lead = max(0, match.start() - 600)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lead)]
        sentence_start = max([e for e in ends if e <= match.start()], default=0)
        sentence_start = max(sentence_start, _paragraph_start(text, lead, match.start()))
        if not match.group("noun") and sentence_start != read_in:
            continue
        after = _SENTENCE_END.search(text, match.end())
        sentence = text[sentence_start : after.start() if after else stop]
        if not _ABOUT_VOTERS.search(sentence) or _LOCAL.search(_PROGRESS.sub("", sentence)):
            continue
        option = " ".join(match.group("option").split()).capitalize()
        at = match.start() - sentence_start  # the question named last before, else first after
        asked = [q for q in _QUESTION.finditer(sentence) if q.start() < at][-1:]
        asked = asked or list(_QUESTION.finditer(sentence, at))[:1]
        if asked:
            ordinal = asked[0].group("ordinal")
            number = asked[0].group("number")
            option += f" ({ordinal.lower()} question)" if ordinal else f" (question {number})"
        portion = "share" if match.group("share") else "share2"
        share = Decimal(match.group(portion).replace(",", ".")) if match.group(portion) else None
        if share is not None and share > 100:
            continue
        read_in = sentence_start
        found.append(
            TextResult(
                option,
                source.span(match.start("option"), match.end("option")),
                count_of(match.group("votes")),
                source.span(match.start("votes"), match.end("votes")),
                share,
                source.span(match.start(portion), match.end(portion)) if share else None,
                text[sentence_start : match.end()],
                answer=True,
            )
        )
    return found


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_start(text: str, lead: int, at: int) -> int:
    """Where the paragraph holding ``at`` starts (after the last blank line since
    ``lead``): a sentence never runs back over a blank line into a table or a heading
    above it (a table's last row ends in no full stop)."""
    return max((m.end() for m in _BLANK_LINE.finditer(text, lead, at)), default=0)


def _result(
    source: SourceText, match: re.Match[str], name_group: str, suffix: str, sentence_start: int
) -> TextResult | None:
    """The result one match states (groups ``name``/``votes``/``share`` + ``suffix``)."""
    which, count, portion = f"name{name_group}", f"votes{suffix}", f"share{suffix}"
    opening = _OPENING.match(match.group(which))
    name_start = match.start(which) + (opening.end() if opening else 0)
    name_start = max(name_start, sentence_start)  # not the heading above a blank line
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
    before = re.search(r"(?P<seats>\d{1,3})\s+(?:seats|mandates)\b", match.group(0))
    seats = before if before and before.end() <= match.start(count) - match.start() else None
    offset = match.start() if seats else 0
    if seats is None and (seats := _SEATS_AFTER.match(source.text, match.end())) is not None:
        offset = 0
    return TextResult(
        " ".join(name.split()),  # a name wrapped over two lines
        source.span(name_start, match.end(which)),
        count_of(match.group(count)),
        source.span(match.start(count), match.end(count)),
        share,
        share_span,
        source.text[sentence_start : match.end()],
        seats=int(seats["seats"]) if seats else None,
        seats_span=source.span(offset + seats.start("seats"), offset + seats.end("seats"))
        if seats
        else None,
    )


__all__ = ["BASE", "COUNT", "SHARE", "TextResult", "count_of", "referendum_answers", "text_results"]
