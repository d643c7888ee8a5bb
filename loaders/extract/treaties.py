"""Treaty actions read from sentences: "<State> ratified the ICCPR ... in 2006".

A sentence yields treaty actions when it has an action verb (signed, ratified, acceded,
entered into force), names treaties (those the vocabularies list, by name or abbreviation, any
other by its full name: "... Convention on ...", "... Protocol to ...") and dates them
("in 1994", "on 24 January 2006", "in March 2020", "on the same day"), and it opens with
the state the text is about (its name, or "It"). Any genre: statements, articles, theses,
their footnotes included. Each treaty takes the nearest action verb before it and the first date
after it, so "acceded to X in 1994 and Y, Z in 1998" gives X 1994, Y 1998, Z 1998.
Sentences that only announce an intention ("ambitions to accede") or give no date yield
nothing: a treaty action without its date is not stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from rdflib import URIRef

from normgraph.namespaces import NG, SKOS, VOCAB

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import DATE_PATTERN, MONTH_YEAR_PATTERN, When, find_when, numeric_when
from ..text.document import Document
from ..text.ordinal_dates import plain_ordinals
from ..text.sentences import sentences
from ..text.source import Span
from .elections import state_iri
from .states import State
from .treaty_mentions import CAP, KIND, known_treaties
from .treaty_mentions import mentions as treaties_named

ACTIONS = {
    "ratification": r"\bratif(?:ied|ies|y)\b|(?<=\bits )ratification\b",
    "accession": r"\bacced(?:ed|es)\b|(?<=\bits )accession\b"
    r"|\bbec(?:ame|omes)\s+(?:a\s+)?party\b(?=\s+to\b[^.;]{0,160}?\bby\s+accession\b)",
    "signature": r"\bsigned\b",
    "entry-into-force": r"\bentered into force\b",
    # a successor state's succession: "succeeded to X on ...", "X, to which it succeeded on"
    "succession": r"\bsucceeded\b(?=\s+(?:to|on|in\s+(?:1[89]|20)\d{2})\b)"
    # "became party to X by succession on ...": the way it became party names the action
    r"|\bbec(?:ame|omes)\s+(?:a\s+)?party\b(?=\s+to\b[^.;]{0,160}?\bby\s+succession\b)",
    "denunciation": r"\bdenounc(?:ed|es)\b|\bits denunciation\b",
}
_NEGATED = re.compile(r"\b(?:not|never|yet to)\s+(?:\w+\s+)?$")
"""A verb that says the act was not taken ("has not ratified it", "has yet to sign")."""
_DATE = re.compile(
    rf"\b(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince)\s+(?:{DATE_PATTERN.pattern}|{MONTH_YEAR_PATTERN.pattern}"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b|(?:1[89]|20)\d{2}\b)"
)
_SAME_DAY = re.compile(r"\b(?:(?:on|at) the same (?:day|date|time)|the same (?:day|date))\b")
"""A treaty taken on the day of the one before it ("and to its Protocol the same day")."""
_TOGETHER = re.compile(
    r"\b(?:together|along)\s+with\s+(?:its\s+|the\s+)?"
    r"(?:(?:[^.;]|\.(?=\s*\d)){0,80}?(?:,\s*|\s+and\s+)(?:its\s+|the\s+)?)?$",
    re.I,
)
"""A treaty taken with the one before it ("ratified X on 12 July 2002, together with its
Protocol No. 1", "... along with Protocol No. 1 and Protocol No. 4"): the same action on the
same day."""

_IT = re.compile(r"\s+it\b")


@dataclass(frozen=True)
class TreatyAction:
    """One action as a sentence states it, with the spans that state each part."""

    treaty: str
    action: str
    when: When
    spans: tuple[Span, ...]
    name: str = ""
    """The treaty's name as written, for a treaty the vocabularies do not list."""


class Passage(Protocol):
    """Anything with clean text and the source spans of its stretches (an element, a note)."""

    @property
    def text(self) -> str: ...

    def spans(self, start: int = 0, end: int | None = None) -> list[Span]: ...


_LEAD = re.compile(
    r"(?:(?:(?:As|In|On|By|Since|After|Upon|Following|Later|Earlier|Previously|Subsequently"
    r"|Meanwhile|Moreover|Furthermore|Also)\b[^,]{0,80}|(?:Earlier|Previously|Also|Moreover),"
    r"\s+(?:on|in)\b[^,]{0,60}),\s*)+",
    re.I,
)
"""An opening clause before the state ("On 8 November 2022, <State> notified ...")."""


@cache
def _relative(subject: str) -> re.Pattern[str]:
    """The action stated after the treaty: "the ICCPR, which it acceded to on 3 May 1994",
    "..., which <State> ratified on ..." (``subject``: the state's names)."""
    return re.compile(
        rf"\s*,?\s*(?:to\s+)?which\s+(?:it|the country|the state|{subject})\s+"
        rf"(?:has\s+|had\s+|also\s+|later\s+)*(?P<verb>{'|'.join(ACTIONS.values())})"
        # the state as the agent of a passive: "X (ETS No. 1), ratified by <State> on ...",
        # "X was ratified by <State> on ..."
        rf"|(?:\s*\([^()]{{1,40}}\))?\s*,?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
        rf"(?:also\s+)?(?P<passive>ratified|acceded\s+to|signed)\s+by\s+(?:{subject})\b"
    )


_OWN_VERB = re.compile(
    r"\s+(?:has\s+|had\s+)?entered into force\b"
    r"|(?:\s*,\s+(?:whose|which)\b[^.;]{0,80}?,)?"
    r"\s+(?:was|were)\s+(?:also\s+)?(?:ratified|acceded to|signed)\b(?!\s+by\b)"
    # a participle or a noun after it: "bound by X, ratified on ...", "X since its ratification"
    r"|\s*,\s+(?:ratified|acceded to|signed)\b(?=\s+(?:on|in)\s)"
    r"|\s+since\s+its\s+(?:ratification|accession)\b"
)
"""A treaty that is the subject: "The Charter entered into force for <State> on ...", "The
Optional Protocol was acceded to on the same date" (no other agent named); or whose action a
participle or a noun states after it ("<State> is bound by X, ratified on 16 October 1973",
"<State> has been bound by X since its ratification on ...")."""
_PASSIVE_SUBJECT = re.compile(
    rf"(?:The\s+|Its\s+)?(?:{CAP}\s+)*{KIND}\b(?:No\.|[^,.;]|,\s+(?:whose|which)\b[^.;]{{0,80}}?,)"
    rf"{{0,120}}?\s+(?:was|were)\s+(?:also\s+)?"
    r"(?:ratified|acceded to|signed)\b(?!\s+by\b)"
)
"""A passage's treaty as the subject of a passive action with no other agent: the state the
text is about took it."""
_EFFECT = re.compile(r"\b(?:took|takes|take) effect|\beffective\b|\bentered into force\b")


def _opens_with_state(body: str, opening: re.Pattern[str], subject: str) -> bool:
    stripped = body.strip()
    lead = _LEAD.match(stripped)
    start = lead.end() if lead else 0
    if opening.match(stripped, start) or re.match(r"it\b", stripped[start:]):
        return True
    if _PASSIVE_SUBJECT.match(stripped, start):
        return True  # "The First Optional Protocol was acceded to on the same date"
    first = min((m.start() for p in ACTIONS.values() for m in re.finditer(p, body)), default=0)
    if re.search(rf"\b(?:{subject})\b,?(?:\s+\S+){{0,4}}\s*$", body[:first]):
        return True  # the state just before the verb ("... 1 <State> signed", "<State>, which")
    if re.search(rf"\b(?:ratified|acceded\s+to|signed)\s+by\s+(?:{subject})\b", body):
        return True  # the state as a passive's agent ("X was ratified by <State> on ...")
    return re.search(rf"\bentered into force for (?:{subject})\b", body) is not None


def _verbs_of(
    body: str,
    mention: tuple[int, int],
    verbs: list[tuple[int, int, str]],
    mentions: list[tuple[int, int, str, str]],
    subject: str,
) -> list[tuple[int, int, str]]:
    """The actions a treaty mention takes: the nearest verb before it, unless another
    treaty stands between them, and one stated after it ("..., which it had signed on",
    "The Charter entered into force"); with none after, the nearest verb before it."""
    start, end = mention
    before = [v for v in verbs if v[1] <= start]
    relative = _relative(subject).match(body, end) or _OWN_VERB.match(body, end)
    if relative is None:
        return before[-1:]
    after = [v for v in verbs if relative.start() <= v[0] < relative.end()][:1]
    if before and not any(before[-1][1] <= m[0] and m[1] <= start for m in mentions):
        return [before[-1], *after]  # "<State> had ratified X, which it had signed on ..."
    return after


def _date_of(
    dates: list[tuple[int, int]],
    body: str,
    end: int,
    verb: tuple[int, int, str],
    verbs: list[tuple[int, int, str]],
) -> tuple[int, int] | None:
    """The first date after the treaty (or after its verb) that is not when a notice took
    effect, nor another action's ("ratified X, which it had signed on ..."); else the date
    the sentence opens with ("On 8 November 2022, ... its denunciation of the Protocol,
    which took effect on ..."; "Earlier, on 28 June 2021, <State> had ratified X, which it
    had signed on ...")."""
    after = max(end, verb[1])
    before = [at for at in dates if at[1] <= verb[0]]
    for at in dates:
        if at[0] < after or _EFFECT.search(body[max(after, at[0] - 30) : at[0]]):
            continue
        if any(after <= other[0] < at[0] for other in verbs if other != verb):
            return before[-1] if before else None  # the date after is the other action's
        return at
    return before[0] if before and _EFFECT.search(body[after:]) else None


def read_actions(
    element: Passage, subject: str, recent: list[tuple[str, str]] | None = None
) -> list[TreatyAction]:
    """The treaty actions stated in one paragraph or note whose sentences open with
    ``subject`` (a pattern of the state's names) or "It", after any opening clause:
    "<State> also ratified X on ... and Y on ...", "<State> ratified X on ... and its
    Optional Protocol on the same day", "... signed X on ... and ratified it on ...",
    "<State> is party to X, which it acceded to on ...". ``recent`` holds the treaties
    named before (for "the Protocol"); it is extended with this passage's."""
    text = element.text
    actions: list[TreatyAction] = []
    recent = [] if recent is None else recent
    opening = re.compile(rf"(?:{subject}|It|The country|The state)\b")
    for offset, end in sentences(text):
        body = plain_ordinals(text[offset:end])  # "on the 4th of May 1991" read as a date
        mentions = treaties_named(body, recent)
        recent.extend((key, title) for _, _, key, title in mentions)
        verbs = _verbs_in(body)
        if not verbs or not _opens_with_state(body, opening, subject):
            continue
        for _v_start, v_end, _kind in verbs:  # "ratified it on ...": the treaty before
            pronoun = _IT.match(body, v_end)
            earlier = [m for m in mentions if m[1] <= v_end]
            if pronoun and earlier:
                mentions.append((pronoun.start() + 1, pronoun.end(), *earlier[-1][2:]))
        mentions.sort()
        for start, end, key, title in mentions:
            for verb in _verbs_of(body, (start, end), verbs, mentions, subject):
                if not _NEGATED.search(body[max(0, verb[0] - 20) : verb[0]]):
                    _read_action(element, offset, body, (start, end, key, title), verb, actions)
    return actions


def _read_action(
    element: Passage,
    offset: int,
    body: str,
    mention: tuple[int, int, str, str],
    verb: tuple[int, int, str],
    actions: list[TreatyAction],
) -> None:
    """The action ``verb`` states on the treaty ``mention`` of the sentence ``body`` (at
    ``offset`` in the element), added to ``actions`` when the sentence dates it."""
    start, end, key, title = mention
    dates = [(m.start(), m.end()) for m in _DATE.finditer(body)]
    later = [d for d in dates if d[0] >= end]
    same = _SAME_DAY.search(body, end)
    dated = _date_of(dates, body, end, verb, _verbs_in(body))
    together = _TOGETHER.search(body, 0, start)
    if same and actions and (not later or same.start() < later[0][0]):
        when, at = actions[-1].when, (same.start(), same.end())
    elif together and actions and not later:
        when, at = actions[-1].when, together.span()
    elif dated and (numeric := numeric_when(body[dated[0] : dated[1]])) is not None:
        when, at = numeric, dated  # "on 18.03.1977"
    elif dated and (found := find_when(body[dated[0] : dated[1]])) is not None:
        when, at = found[0], dated
    else:
        return
    v_start, v_end, kind = verb
    spans = (
        *element.spans(offset + v_start, offset + v_end),
        *element.spans(offset + start, offset + end),
        *element.spans(offset + at[0], offset + at[1]),
    )
    actions.append(TreatyAction(key, kind, when, tuple(dict.fromkeys(spans)), title))


def _verbs_in(body: str) -> list[tuple[int, int, str]]:
    """Every action verb of the sentence: (start, end, action kind), in order."""
    return sorted(
        (m.start(), m.end(), kind)
        for kind, pattern in ACTIONS.items()
        for m in re.finditer(pattern, body)
    )


def add_treaty_actions(
    extraction: Extraction, document: Document, report: URIRef, state: State
) -> list[Fact]:
    """The treaty actions of ``state`` that a document's paragraphs and notes state, the
    treaties they concern and the state, which took them."""
    treaties: dict[str, tuple[str, list[Span]]] = {}
    found: list[Fact] = []
    names = "|".join(re.escape(name) for name in state.names)
    recent: list[tuple[str, str]] = []
    passages: list[Passage] = [*document.elements, *document.footnotes.values()]
    for passage in passages:
        cited = getattr(passage, "cited_by", None)
        if cited:  # a note reads in the light of the paragraph citing it
            recent.extend((k, t) for _, _, k, t in treaties_named(cited[0][0].text, recent))
        for action in read_actions(passage, names, recent):
            treaties.setdefault(action.treaty, (action.name, []))[1].append(action.spans[1])
            fact = action_fact(action, state_iri(state.code), state.key, report)
            found.append(extraction.merge(fact))
    if found:
        fact = Fact(iri=state_iri(state.code), kind=NG.State, label=state.name)
        fact.evidence.append(found[0].evidence[0])
        fact.add(NG.countryCode, state.code)
        extraction.merge(fact)
    for key, (name, spans) in treaties.items():
        extraction.merge(treaty_fact(key, spans, name))
    return found


def treaty_fact(key: str, spans: list[Span], name: str = "") -> Fact:
    """The treaty itself, ``id/instrument/{key}`` (as the vocabularies name instruments);
    a treaty the vocabularies do not list is labelled with its name as written."""
    title, abbreviation = known_treaties().get(key, (name, ""))
    # No dcterms:title: instruments in the vocabularies have theirs (one only, say the shapes).
    fact = Fact(iri=treaty_iri(key), kind=NG.Treaty, label=title, evidence=spans)
    if abbreviation:
        fact.add(SKOS.altLabel, abbreviation)
    fact.add(NG.instrumentKind, VOCAB["instrument-kind/treaty"])
    return fact


def treaty_iri(key: str) -> URIRef:
    return mint("instrument", key)


def action_fact(action: TreatyAction, actor: URIRef, actor_key: str, report: URIRef) -> Fact:
    """The ng:TreatyAction, ``id/treaty-action/{actor}/{treaty}/{kind}/{date}``."""
    known = known_treaties().get(action.treaty)
    title = (known[1] or known[0]) if known else action.name
    fact = Fact(
        iri=mint("treaty-action", actor_key, action.treaty, action.action, action.when.iso()),
        kind=NG.TreatyAction,
        label=f"{action.action.replace('-', ' ')} of the {title} ({action.when.iso()})",
        evidence=list(action.spans),
    )
    fact.add(NG.actionKind, VOCAB["treaty-action/" + action.action])
    fact.add(NG.treaty, treaty_iri(action.treaty))
    fact.add(NG.date, action.when.literal())
    fact.add(NG.actor, actor)
    fact.add(NG.sourceReport, report)
    return fact
