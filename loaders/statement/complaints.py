"""Individual complaints and appeals a statement reports, with what became of them.

A sentence reports one complaint when someone "filed (lodged, submitted) a complaint
(an appeal, a petition) with/to <body>" or "appealed (<what>) to <body>". The complainant is
the phrase before the verb, less an opening date clause and an appositive ("On 2 June,
the network's partner, the <Name>, filed ..."); the subject is what follows "alleging",
"concerning", "about", "against", "requesting" or, for an appeal, the thing appealed ("the
refusal"). The outcome is what the body did, in the same sentence ("..., which declined to
consider the appeal") or in the next ("The <body> rejected the complaint ..."): rejected,
upheld, not considered (the shared cues of ``extract/complaint_figures.outcome_in``).
"""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import NG

from ..extract.actors import Actors
from ..extract.complaint_figures import outcome_in
from ..extract.concepts import outcome
from ..extract.subjects import subject_before
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import find_when
from ..text.document import Document, Element
from ..text.sentences import sentences

_NAME = r"(?:[A-Z][\w'\u2019.-]*|No\.\s*\d+|\d+)"
_BODY = rf"(?:the\s+)?(?P<body>{_NAME}(?:\s+(?:of\s+|for\s+|and\s+)?{_NAME})*)"
_FILED = re.compile(
    r"\b(?:filed|lodged|submitted)\s+(?:a|an|one|another)\s+(?:[\w-]+\s+)?"
    rf"(?P<what>complaint|appeal|petition)\s+(?:with|to|before)\s+{_BODY}"
)
_APPEALED = re.compile(
    r"\bappealed\s+(?:(?P<appealed>(?:the|this|that|its)\s+[\w\s'-]{3,60}?)\s+)?"
    rf"(?:to|before)\s+{_BODY}"
)
_SUBJECT = re.compile(
    r"\b(?:alleging(?: that)?|concerning|about|against|requesting|regarding|over)\s+"
    r"(?P<what>[^;]{6,200}?)\s*(?=[.;]|, which\b|$)"
)
_ANAPHOR = re.compile(r"(?i:the|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
"""A complainant named again by a common noun ("The alliance appealed ...")."""
_DECIDER = re.compile(r"^\s*(?:The\s+|It\b|This\b)")
"""A next sentence that can say what the body did: it opens with "The <body>", "It"."""


def add_statement_complaints(
    extraction: Extraction, document: Document, report: Fact, actors: Actors
) -> list[Fact]:
    """Every individual complaint or appeal a statement's paragraphs report."""
    found: list[Fact] = []
    key = str(report.iri).rsplit("/", 1)[-1]
    for element in document.elements:
        bounds = sentences(element.text)
        for index, (start, end) in enumerate(bounds):
            sentence = element.text[start:end]
            match = _FILED.search(sentence) or _APPEALED.search(sentence)
            if match is None:
                continue
            after = bounds[index + 1] if index + 1 < len(bounds) else None
            fact = _complaint(element, (start, end), match, after, actors, _last(found, element))
            if fact is None:
                continue
            fact.iri = mint("complaint", key, str(len(found) + 1))
            fact.add(NG.sourceReport, report.iri)
            found.append(extraction.add(fact))
    return found


def _last(found: list[Fact], element: Element) -> URIRef | None:
    """The complainant of the paragraph's previous complaint, if any."""
    paragraph = element.spans()[0].start
    if not found or found[-1].evidence[0].start < paragraph:
        return None
    value = next((v for p, v in found[-1].values if p == NG.complainant), None)
    return value if isinstance(value, URIRef) else None


def _complaint(
    element: Element,
    where: tuple[int, int],
    match: re.Match[str],
    after: tuple[int, int] | None,
    actors: Actors,
    previous: URIRef | None,
) -> Fact | None:
    start, end = where
    sentence = element.text[start:end]
    who = subject_before(sentence[: match.start()])
    body = match["body"]
    if who is None or not body:
        return None
    fact = Fact(
        iri=URIRef(""),
        kind=NG.Complaint,
        label=f"Complaint: {sentence[:80]}",
        evidence=element.spans(start, end),
    )
    fact.add(NG.text, sentence)
    name, offset, _role = who
    if _ANAPHOR.fullmatch(name) and previous is not None:
        fact.add(NG.complainant, previous)  # "The alliance appealed ...": the one before
    else:
        fact.add(NG.complainant, _actor(actors, element, name, start + offset))
    at = start + match.start("body")
    fact.add(NG.filedWith, actors.get(body, _kind(body), element.spans(at, at + len(body))))
    rest = sentence[match.end() :]
    subject = _SUBJECT.search(rest)
    if subject:
        fact.add(NG.subjectMatter, subject["what"])
    elif match.groupdict().get("appealed"):
        fact.add(NG.subjectMatter, match["appealed"])
    decided = outcome_in(rest)
    if decided is None and after is not None:
        following = element.text[after[0] : after[1]]
        if _DECIDER.match(following) and (decided := outcome_in(following)):
            fact.evidence.extend(element.spans(*after))
    if decided is not None:
        fact.add(NG.outcome, outcome(decided))
    when = find_when(sentence[: match.start()])
    if when is not None and when[0].day is not None:
        fact.add(NG.date, when[0].literal())
    return fact


_KINDS = (
    ("court", r"\bCourt\b|\bTribunal\b"),
    ("commission", r"\bCommission\b|\bCommittee\b|\b[A-Z]?[A-Z]EC\b|\bBoard\b"),
    ("party", r"\b(?:Party|[Aa]lliance|Union|Bloc|Coalition|Movement|Front)\b"),
    ("ngo", r"\b(?:Initiative|Association|Network|Cent(?:re|er)|Foundation|[Oo]rgani[sz]ation)\b"),
)
"""What kind of actor a name is, from the word that heads it."""


def _kind(name: str) -> str:
    return next((kind for kind, words in _KINDS if re.search(words, name)), "state-body")


def _actor(actors: Actors, element: Element, name: str, at: int) -> URIRef:
    """The complainant: an organisation, party or body named as written."""
    label = re.sub(r"^the\s+", "", name, flags=re.I)
    at += len(name) - len(label)
    return actors.get(label, _kind(label), element.spans(at, at + len(label)))


__all__ = ["add_statement_complaints"]
