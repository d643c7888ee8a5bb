"""Single complaints told loosely, helpers of ``complaint_reader``: by two complainants at
once ("<A> and <B> applied to the Constitutional Court": one case each); decided in the
first clause of the next sentence ("The board rejected the request; the party's appeal to
the court was dismissed ..." decides the request by "rejected", and the board is its body);
filed with no body named, where the paragraph named one before ("The DECs received 44
complaints. A complaint by <who> had not been decided ..."). A case no body can be found
for is dropped: a complaint must say which body it was filed with.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Sentence
from .actors import Actors
from .complaint_outcomes import outcome_in

_JOINED = re.compile(
    r"(?P<first>\b[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|and the))*?)"
    r"\s*,?\s+and\s+(?:the\s+)?$"
)
"""The first of two complainants joined by "and" just before the second's name."""
_OPENING = re.compile(r"^(?:The|On|In|After|Before|During|Both)\s+(?=[A-Z])")


def joint_complainant(head: str) -> str | None:
    """The complainant named before "and" in ``head`` (the words before the second
    complainant's name): "The Dawn Alliance and the" gives "Dawn Alliance"; a head that
    does not end on "<Name> and (the)" gives None."""
    found = _JOINED.search(head)
    if found is None:
        return None
    name = found["first"]
    while (opening := _OPENING.match(name)) is not None:
        name = name[opening.end() :]
    return name if len(name) > 2 else None


def joint_case(case: Fact, key: str, number: int) -> Fact:
    """A copy of ``case`` numbered ``number``, for the other complainant of a joint
    complaint: the same body, subject, outcome and evidence, no complainant yet."""
    copy = Fact(
        iri=mint("complaint", key, str(number)),
        kind=case.kind,
        label=f"Complaint {number}: " + (case.label or "").split(": ", 1)[-1],
        evidence=list(case.evidence),
    )
    copy.values = [(p, v) for p, v in case.values if p != NG.complainant]
    return copy


def deciding_words(text: str) -> str:
    """The words of a next sentence that decide the case before: its first clause when the
    clause after the semicolon tells an appeal ("The DEC rejected the request; the party's
    appeal to the court was dismissed on procedural grounds" decides the request by
    "rejected"), else all of it ("...; the complaint was therefore rejected")."""
    head, _, tail = text.partition(";")
    return head if _APPEAL_AFTER.search(tail) and outcome_in(head) else text


_APPEAL_AFTER = re.compile(r"\bappeal|\bcourt\b", re.I)
"""A later clause on an appeal: the case of its own the reader reads next."""


def body_actor(
    body: re.Match[str], sentence: Sentence, actors: Actors, kind: str | None = None
) -> URIRef:
    """The actor of the body a complaint went to, as ``body`` names it in ``sentence`` (of
    ``kind``, else the kind its name tells)."""
    name = re.sub(r"(?<=EC)s\b", "", body.group(0))  # "DECs": the body is a DEC
    commission = re.search(r"Commission|EC\b", name) is not None
    kind = kind or (
        "state-body" if "rosecutor" in name else "commission" if commission else "court"
    )
    spans = sentence.spans(body.start(), body.end())
    return actors.get(name[0].upper() + name[1:], kind, spans)


_FOLLOW_UP = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Ss]uch|[Bb]oth|[Aa]ll(?: the)?) "
    r"(?:complaint|appeal|case|request|petition|lawsuit|objection|application)s?\b"
)
"""The next sentence deciding a complaint filed in the sentence before ("The Supreme Court
rejected the appeal ...") completes that complaint."""
_BODY_OPENS = re.compile(r"^\W*(?:The|It)\s+(?P<noun>[\w-]+)?")
"""A next sentence that opens on the body ("The Court had not ruled by ...", "It found ...")."""


def about_pending(text: str, case: Fact) -> bool:
    """Does the sentence after a complaint filed without a decision speak of it: it names
    the complaint ("The CEC rejected the complaint"), or opens on its body ("The Court had
    not ruled by the time of the elections"; "It" or a word of the body's name)?"""
    if _FOLLOW_UP.search(text):
        return True
    opens = _BODY_OPENS.match(text)
    if opens is None:
        return False
    noun = opens["noun"] or ""
    said = " ".join(str(v) for p, v in case.values if p == NG.text)
    return text.lstrip().startswith("It ") or (
        len(noun) > 2 and re.search(rf"\b{re.escape(noun)}\b", said, re.I) is not None
    )


_DECIDING_BODY = re.compile(
    r"^\W*(?:[^,;]{3,40},\s+)?(?:[Tt]he\s+)(?P<body>(?:[\w-]+\s+){0,3}?(?:board|commission|"
    r"committee|court|tribunal|council|authority))\s+(?:\w+ly\s+)?(?=(?:rejected|dismissed|"
    r"upheld|granted|satisfied|refused|declined|returned)\b)"
)
"""A next sentence opening on a body by its common noun that decides ("The provincial
election board granted the request")."""


def deciding_body(words: str) -> re.Match[str] | None:
    """The body ``words`` open on to decide a case (``_DECIDING_BODY``): group 0 is its
    name ("provincial election board")."""
    found = _DECIDING_BODY.match(words)
    return _SPAN.match(words, *found.span("body")) if found else None


_SPAN = re.compile(r".+", re.S)
"""The whole of a stretch of words, as a match (what ``body_actor`` reads a body from)."""


_NAMED_BODY = re.compile(
    r"(?:Supreme|Constitutional|Administrative|Appeals?|District|Regional) Court\b"
    r"|\b(?:Central|District|Territorial|Precinct|Regional|Constituency) (?:Election|Electoral) "
    r"Commission|\b[A-Z]{1,2}ECs?\b"
)
"""A body a paragraph names (a court or an election commission by its name or acronym)."""


def held_body(
    held: tuple[re.Match[str], Sentence] | None, sentence: Sentence
) -> tuple[tuple[re.Match[str], Sentence] | None, tuple[re.Match[str], Sentence] | None]:
    """The body the paragraph named before ``sentence`` (what a case that names none was
    filed with: "The DECs received 44 complaints. A complaint by <who> had not been
    decided"), and the one to hold after it."""
    before = held if held is not None and held[1].owner is sentence.owner else None
    found = _NAMED_BODY.search(sentence.text)
    return before, ((found, sentence) if found is not None else before)


def without_body(extraction: Extraction, cases: list[Fact]) -> list[Fact]:
    """``cases`` less those no body was found for (a complaint must say which body it was
    filed with): they leave ``extraction`` too, with the stand-ins for their unnamed
    complainants."""
    bodiless = {c.iri for c in cases if not any(p == NG.filedWith for p, _ in c.values)}
    unnamed = {  # a stand-in agent for an unnamed complainant of such a case goes with it
        v for c in cases if c.iri in bodiless for p, v in c.values if "/agent/" in str(v)
    }
    if bodiless:
        extraction.facts[:] = [f for f in extraction.facts if f.iri not in bodiless | unnamed]
    return [c for c in cases if c.iri not in bodiless]


__all__ = [
    "about_pending",
    "body_actor",
    "deciding_body",
    "deciding_words",
    "held_body",
    "joint_case",
    "joint_complainant",
    "without_body",
]
