"""What became of a complaint figure: the part counts that split it by outcome ("..., of
which 29 were rejected", "It considered 23 cases and granted 4", "Of these, 9 were upheld,
22 rejected") and the outcome the words after it give all of it ("..., all of which it
rejected"). :mod:`.complaint_figures` finds the figures; this module reads their fates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .complaint_figure_words import ANY_VERDICT, CLAUSE, GERUNDS, NOUN, NUM, REST, FigureReading
from .complaint_outcomes import OUTCOMES, outcome_in
from .count_words import number_value

_OUTCOME_WORDS = "|".join(f"(?P<o{i}>{words})" for i, (_, words) in enumerate(OUTCOMES))
_PART = re.compile(
    rf"(?:of which|of these|of them|of those|among them|,|;|:|\b(?:and|while|whereas))\s*,?\s*"
    rf"(?:only\s+)?(?:{REST})?{NUM.format(name='k')}\s+"
    rf"(?:(?:of which|of them|of these|{NOUN})\s+)?"
    rf"(?:were|was|had been|have been|are)?\s*(?:reportedly\s+)?(?:{_OUTCOME_WORDS}"
    rf"|(?<=were |been )(?P<plain>decided|heard|examined|resolved)\b"
    rf"|(?P<moved>[a-z]+ed|sent|taken)\b)",
    re.I,
)
_PART_VERB = re.compile(
    rf"(?:\band|,|;|:|(?:,\s*)?(?:of which|of these|of them|of those))\s+"
    rf"(?:(?:it|they|(?P<which>which)|the\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)\s+)?"
    rf"(?:{_OUTCOME_WORDS}|declared|(?P<moved2>left|returned|forwarded|referred|sent"
    rf"|decided|ruled|resolved)"
    rf"|(?P<ger>{'|'.join(GERUNDS)}))\s+(?:{REST})?{NUM.format(name='k')}\b(?!\s*(?:per|%))"
    # a labelled list: "(upheld: 9; rejected: 30; not considered: 22)"
    rf"|(?:[(;,:]|\band|^)\s*(?:{_OUTCOME_WORDS.replace('?P<o', '?P<l')})\s*[:=\u2013-]\s*"
    rf"{NUM.format(name='k3')}\b"
    rf"|(?:\band|,|;)\s+(?:(?:it|they)\s+)?(?P<found>(?:found|established|identified)\s+"
    rf"(?:a\s+)?(?:violations?|breach(?:es)?)|(?:issued|imposed|gave)\s+(?:[\w-]+\s+)?"
    rf"(?:warnings?|fines?|sanctions?|reprimands?))\s+in\s+{NUM.format(name='k2')}\s+"
    rf"(?:cases|of them|instances)\b"
    rf"|(?:\band|,|;)\s+(?:(?:it|they)\s+)?(?P<opened>initiated|opened|instituted|launched)\s+"
    rf"{NUM.format(name='k4')}\s+(?:[\w-]+\s+){{0,2}}?(?:proceedings|investigations)\b",
    re.I,
)
"""A part count after the verb: "... considered 23 cases and granted 4", "..., of which it
upheld 9", "and rejected the other 9", "and declared 5 inadmissible" (the words after the
count decide); a regulator's "it found violations in 3 cases", "issued warnings in two
cases" or "initiated 19 misdemeanour proceedings" is the part it upheld (acted on)."""
_ANY_OUTCOME = "|".join(words for _, words in OUTCOMES)
_WHOLE = re.compile(
    rf"[^.;]{{0,80}}?(?:(?:\band|,)\s+(?P<v1>{_ANY_OUTCOME})\s+(?:all|each|every one)\s+of\s+them"
    rf"|\b(?:all|both|each)\s+of\s+which\s+(?:were|was|have been|had been)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<v2>{_ANY_OUTCOME})"
    rf"|[;,]\s+(?:and\s+)?(?:all|both)\s+(?:of\s+them\s+)?(?:were|have been|had been)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<v3>{_ANY_OUTCOME})"
    r"|[;,]\s+(?:[^.;]{0,40}?\s)?(?P<v4>(?:none|neither)\s+(?:of\s+them\s+)?(?:had|has|have)\s+"
    r"(?:yet\s+)?been\s+decided)"
    # the body's own word that it had decided none: "..., and had decided none by 17 May"
    r"|[;,]?\s+(?:[^.;]{0,40}?\s)?(?:had|has|have)\s+(?:yet\s+|so\s+far\s+)?"
    r"(?P<v8>decided|resolved|examined|considered|ruled\s+on|acted\s+on|dealt\s+with)\s+"
    r"(?:none|neither)\b"
    # "... and upheld the SEC in all of them": the body appealed against won every appeal
    rf"|,\s+(?P<v7>{'|'.join(GERUNDS)})\s+(?:all|each|both|every one)\b"
    r"|(?:\band|,)\s+(?P<v5>upheld|confirmed)\s+the\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
    r"\s+in\s+(?:all|each|every one)\s+of\s+them"
    # the verdict after its body: "..., all of which it rejected", "both of which the court
    # dismissed"
    rf"|\b(?:all|both|each)\s+of\s+(?:which|them)\s+(?:it|they|the\s+[\w'\u2019-]+"
    rf"(?:\s+[\w'\u2019-]+)?)\s+(?:[\w-]+ly\s+)?(?P<v6>{_ANY_OUTCOME}))\b",
    re.I,
)
"""What became of the whole figure: "... received 17 appeals and rejected all of them", "...
were filed with the court; by the time of writing none had been decided", "..., and had
decided none by polling day" (pending)."""
_PART_LEAD = re.compile(
    rf"^\s*(?:[^,.;]{{3,80}},\s+)?(?:Of (?:these|them|those)|Among them"
    rf"|{NUM.format(name='lead')}\s+of\s+(?:these|them|those)\b)",
    re.I,
)
"""A sentence that opens by splitting the figure before ("Of these, 12 were upheld"; after
a clause on its source, "According to the board, 9 of them were ...")."""


def _outcome(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    for index, (slug, _) in enumerate(OUTCOMES):
        if groups.get(f"o{index}") or groups.get(f"l{index}"):
            return slug
    return None


_PASSED_ON = re.compile(
    r"[^.;]{0,200}?,?\s+and\s+(?:then\s+|later\s+)?(?P<v>(?:forwarded|referred|passed(?:\s+on)?|"
    r"sent|transferred|redirected)\s+(?:all\s+of\s+)?(?:them|these|those)(?:\s+on)?\s+to\b[^.;]*)",
    re.I,
)
"""The whole figure passed on to another body at the end of its sentence, however long the
words on what the complaints were about: "... received 41 complaints about the count, most
of them from ..., and forwarded them to the commission without taking a position"."""


def whole_outcome(sentence: str, reading: FigureReading) -> FigureReading:
    """The figure with the outcome the words after it give all of it, if they do."""
    if reading.outcome is not None:
        return reading
    whole = _WHOLE.match(sentence, reading.end)
    if whole is None:
        passed = _PASSED_ON.match(sentence, reading.end)
        outcome = outcome_in(passed.group("v")) if passed else None
        return replace(reading, outcome=outcome) if outcome else reading
    if whole.group("v8"):  # "had decided none": none decided yet
        return replace(reading, outcome="pending")
    if whole.group("v5"):
        return replace(reading, outcome="rejected")
    if whole.group("v7"):  # "..., dismissing all of them"
        return replace(reading, outcome=GERUNDS[whole.group("v7").lower()])
    words = next(whole.group(f"v{i}") for i in (1, 2, 3, 4, 6) if whole.group(f"v{i}"))
    return replace(reading, outcome=outcome_in(words))


def _after_body(sentence: str, before: list[FigureReading], match: re.Match[str]) -> bool:
    """Does ``match`` ("..., which rejected 20") follow the body of the figure before it
    ("23 appeals were lodged with the Supreme Court, which ...")?"""
    at = before[-1].body_at if before else None
    return at is not None and not sentence[at[1] : match.start()].strip(" ,")


def parts_of(
    sentence: str, found: list[FigureReading], carried_body: str | None
) -> list[FigureReading]:
    """The part counts of ``found`` (the sentence's figures, in order) in ``sentence``; in a
    sentence opening "Of these, ...", of the figure before it, whose body is
    ``carried_body``."""
    parts: list[FigureReading] = []
    lead = _PART_LEAD.match(sentence) is not None and carried_body is not None
    if found or lead:
        matches = [*_PART.finditer(sentence), *_PART_VERB.finditer(sentence)]
        counted: set[int] = set()
        for match in sorted(matches, key=lambda m: m.start()):
            before = [f for f in found if f.end <= match.start()]
            number = next(n for n in ("k", "k2", "k3", "k4") if match.groupdict().get(n))
            if (not before and not lead) or match.start(number) in counted:
                continue
            if match.groupdict().get("which") and not _after_body(sentence, before, match):
                continue  # "..., which rejected 9": another body than the figure's decided
            counted.add(match.start(number))
            body = before[-1].body if before else carried_body
            body_at = before[-1].body_at if before else None
            # "rejected 29 complaints, upheld 6 and ...": a sibling of a figure with an
            # outcome of its own, where "considered 23 cases and granted 4" is a part
            sibling = match.re is _PART_VERB and bool(before) and before[-1].outcome is not None
            acted = match.groupdict().get("found") or match.groupdict().get("opened")
            verdict = "upheld" if acted else _outcome(match)
            if match.groupdict().get("ger"):  # "..., satisfying 12 and rejecting 70"
                verdict = GERUNDS[match.group("ger").lower()]
            # "dismissed 14 on procedural grounds", "declared 5 inadmissible": the clause's
            # words decide; "8 were decided on the merits, none in favour of ...": all the
            # words up to the next count do
            if match.groupdict().get("plain"):
                after = [m.start() for m in matches if m.start() > match.start()]
                rest = sentence[match.end() : min(after, default=len(sentence))]
            else:
                clause = CLAUSE.search(sentence, match.end())
                rest = sentence[match.end() : clause.start() if clause else len(sentence)]
            if not acted:  # a sanction's words are its verdict ("issued warnings in 2 cases")
                verdict = outcome_in(f"{match.group().strip(' ,:')}{rest}") or verdict
            if (match.groupdict().get("moved") or match.groupdict().get("moved2")) and not verdict:
                continue  # "12 concerned the voter lists": a verb that tells no outcome
            parts.append(
                FigureReading(
                    number_value(match.group(number)),
                    match.start(number),
                    match.end(),
                    body,
                    body_at,
                    outcome=verdict,
                    part=not sibling,
                )
            )
    if lead and not found and len({part.outcome for part in parts} - {None}) >= 2:
        # "Of these, 9 were upheld, 22 rejected and 6 not considered": a tally by outcome
        # of the figure before, each count a figure of its own (as ``read_tally``)
        parts = [replace(part, part=part.outcome is None) for part in parts]
    remainder = _rest_part(sentence, found, parts)
    return [*parts, remainder] if remainder is not None else parts


_REST_PART = re.compile(
    r"(?:\band|,)\s+(?:(?:it|they)\s+)?(?P<v>rejected|dismissed|upheld|satisfied|granted|denied|"
    r"returned)\s+(?:all\s+)?the\s+(?:rest|remainder|others|other\s+ones)\b"
    rf"(?:,\s*{NUM.format(name='k')}\s+in\s+(?:all|total)\b)?"
    # told in the passive: "...; the rest were rejected", ", while the others were dismissed"
    rf"|(?:\band|[,;])\s+(?:while\s+|whereas\s+)?the\s+(?:rest|remainder|others)\s+"
    rf"(?:were|was|have\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?(?P<pv>{ANY_VERDICT})\b",
    re.I,
)
"""The rest of a figure after its counted parts ("received 94 complaints, of which it upheld
11 and rejected the rest", "..., 83 in all", "...; the rest were rejected"): the figure
less those parts, or the count the words give."""


def _rest_part(
    sentence: str, found: list[FigureReading], parts: list[FigureReading]
) -> FigureReading | None:
    """The uncounted rest of the sentence's last figure before it, as a part of its own."""
    match = _REST_PART.search(sentence)
    whole = [f for f in found if f.end <= match.start()] if match else []
    if match is None or not whole:
        return None
    figure = whole[-1]
    others = [p for p in parts if figure.end <= p.start < match.start()]
    stated = number_value(match.group("k")) if match.group("k") else None
    count = stated or figure.count - sum(p.count for p in others)
    if not others or count <= 0:
        return None
    verdict = "v" if match.group("v") else "pv"
    return FigureReading(
        count,
        match.start("k") if stated else match.start(verdict),
        match.end(),
        figure.body,
        figure.body_at,
        outcome=outcome_in(match.group(verdict)),
        part=others[-1].part,
    )


__all__ = ["parts_of", "whole_outcome"]
