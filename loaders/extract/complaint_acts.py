"""The last reader of single complaints, for every genre and section: an act of
complaining that the readers before it did not take, whatever its wording.

An act is told by a verb or by a noun. A verb: someone "complained / appealed / applied /
turned to" a body, "challenged / contested" something "before" a body, "asked / requested /
petitioned" a body "(not) to" act, "went to" a court; or a body acted "at the request of"
someone. A noun: "a motion of X", "an appeal by X", "X's application to ...", "the protest
of X", with a determiner or an owner, singular. The sentence must name the body (a court,
tribunal, prosecutor or election commission). The outcome is what the words after the act
say ("..., which dismissed the challenge", "; the Court rejected the request"), else the
next sentence when it opens on the body or the act ("The Court rejected it."), else
"unknown" when the act was filed; a body that acted at someone's request granted it. What
the law allows ("may appeal"), an act denied ("did not appeal", "no complaint"), a count of
acts (figures) and a sentence a reader before took are left alone."""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..text.document import Document, Sentence
from .actors import Actors
from .case_numbers import CaseNumbers
from .complaint_bodies import BODY, COMMISSION
from .complaint_joint import body_actor
from .complaint_outcomes import outcome_in
from .complaint_parties import agent
from .concepts import outcome

_NOUN = (
    r"(?:complaint|appeal|application|motion|protest|petition|challenge|lawsuit|objection|"
    r"request|claim)"
)
_NAME = r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|and)){0,4}"
_NAMED = re.compile(rf"(?!(?:The|A|An)\b){_NAME}")
"""A complainant by name (not "the former mayor"): the only one this reader files."""
_PREPOSITION = r"(?:on|of|about|regarding|concerning|in|to|into|by|for|with|from|against)"
_ACT = re.compile(
    # a noun with its owner or an indefinite determiner: "X's application to", "a motion of
    # X"; a definite one only with its filer ("the protest of X"): "the appeal" alone is a
    # case told before
    rf"\b(?:(?P<owner>(?!{_PREPOSITION}\s)[A-Za-z][\w-]*(?:\s+[\w-]+){{0,3}}?)['\u2019]s|[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN})\b(?!s)"
    rf"(?:\s+(?:of|by)\s+(?:the\s+)?(?P<who>{_NAME})(?!\s+(?:of|to)\b))?"
    rf"|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun2>{_NOUN})\s+"
    rf"(?:of|by)\s+(?:the\s+)?(?P<who3>{_NAME})(?!\s+(?:of|to)\b)"
    # a verb of complaining to a body, or of contesting before one (an act of the
    # election, not a law: "challenged the requirement that ..." is a law's review)
    r"|\b(?P<verb>complained|appealed|applied|turned)\s+to\s+(?:the\s+|an?\s+)?(?=[A-Z]|\w+\s+court)"
    r"|\b(?P<verb2>challenged|contested|disputed|appealed)\s+(?!(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:requirement|law|provision|rule|constitutionality|amendment|code|act|article)s?\b)"
    r"(?:[\w'\u2019.-]+\s+){1,8}?(?:before|in|at|with)\s+(?:the\s+)?(?=[A-Z]|\w+\s+court)"
    r"|\b(?P<verb3>asked|requested|petitioned)\s+(?:the\s+)?(?=[A-Z])(?P<asked>[^,.;]{2,60}?)\s+"
    r"(?:not\s+)?to\s+[a-z]+"
    r"|\b(?P<verb4>went)\s+to\s+(?:the\s+)?(?=[A-Z])"
    r"|\bat\s+the\s+(?P<request>request|application|motion|instance)\s+of\s+(?:the\s+)?"
    rf"(?P<who2>{_NAME})"
)
_MENTIONED = re.compile(rf"\b{_PREPOSITION}\s+$")
"""An owned act a phrase is about ("the decision on X's complaint"): a case told before."""
_LOOSE = re.compile(r"request|claim|application|motion")
"""Nouns that name other things too (a request for accreditation, a claim that ...): an act
they name needs a stated outcome."""
_SPOILERS = re.compile(
    # what the law allows, an act denied or wished, not an act told
    r"(?-i:\b(?:can|may|must|should|could|shall|would|might|cannot|ought|whether)\b)"
    r"|\bnot\s+(?:a\s+)?(?:single|one)\b|\bnone\b"
    r"|\b(?:did|does|do|had|has|have)\s+not\s+(?:\w+\s+)?(?:appeal|complain|challeng|contest|"
    r"file|lodg|submit|appl|ask|request|turn|go)"
    r"|\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:not|never)\s+(?:\w+\s+)?(?:filed|lodged|"
    r"submitted|brought|made)\b"
    r"|\b(?:no|never|neither|nor)\s+(?:\w+\s+){0,2}?(?:complaints?|appeals?|challenges?|"
    r"applications?|motions?|protests?|petitions?|objections?|requests?)\b"
    # acts in the plural are a figure's: "received 14 complaints", "9 were appealed"
    r"|\b(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:appealed|challenged|contested)\b"
    rf"|\b\d[\d,. ]*\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}s\b",
    re.I,
)
_DISPUTE = re.compile(
    r"complain|appeal|\bcourt|tribunal|prosecutor|lawsuit|petition|challeng|contest|annul|"
    r"invalidat|recount|protest|objection|deregist|\bvalidat|overturn",
    re.I,
)
"""Words of an election dispute: a sentence without them tells no "request" or
"application" (for registration, accreditation, a permit)."""
_LOWER_COURT = re.compile(r"(?P<body>\b[A-Z][\w-]*\s+(?:district|city|county|regional)\s+court)")
"""A court named with its town first and its kind in lower case ("the Tartu county court")."""
_NEXT_OPENS = re.compile(
    rf"^\W*(?:[^,.;]{{0,40}},\s+)?(?:The|This|That|It|Its)\b(?:\s+[\w-]+){{0,3}}?"
    rf"\s+(?:\w+\s+)?(?:{_NOUN}|[Cc]ourt|[Tt]ribunal|[Cc]ommission|[A-Z]\w*)?"
)
"""A next sentence that speaks of the act or its body again ("The Court rejected it")."""
_BACK = 5
"""How many sentences back in its paragraph an act's body may be named (the nearest wins)."""
_DECIDED_BEFORE = re.compile(
    r"\b(?:granted|rejected|dismissed|upheld|refused|denied|satisfied|returned|accepted)"
    r"(?:\s+(?:in\s+part|partially))?\s+$"
)
"""A body's verdict right before the act it decided: "the court granted a motion of X"."""
_FILED = re.compile(
    r"\b(?:filed|lodged|submitted|brought|complained|appealed|applied|challenged|contested|"
    r"asked|requested|petitioned|went|turned)\b"
)


def add_act_cases(
    extraction: Extraction,
    document: Document,
    election: URIRef | None,
    numbers: CaseNumbers,
    actors: Actors,
    read: list[Fact],
) -> list[Fact]:
    """A complaint for each act of complaining in a sentence no case of ``read`` covers,
    numbered on by ``numbers``."""
    taken = [(s.start, s.end) for fact in read for s in fact.evidence]
    found: list[Fact] = []
    told = list(document.sentences())
    for index, sentence in enumerate(told):
        spans = sentence.spans()
        if any(s.start < e and b < s.end for s in spans for b, e in taken):
            continue
        act = _act_in(sentence.text)
        if act is None:
            continue
        at = next((s for s in _back(told, index) if _body(s.text)), None)
        if at is None:
            continue
        body = _body(at.text)
        assert body is not None
        verdict = _verdict(sentence.text, act, told[index + 1 : index + 2])
        if verdict is None:
            continue
        fact = Fact(
            iri=numbers.take()[1],
            kind=NG.Complaint,
            label=f"Complaint: {sentence.text[:60]}",
            evidence=spans,
        )
        fact.add(NG.election, election)
        fact.add(NG.outcome, outcome(verdict))
        fact.add(NG.text, sentence.text)
        fact.add(NG.filedWith, body_actor(body, at, actors))
        who = next(
            (w for w in act.group("owner", "who", "who2") if w and _NAMED.fullmatch(w)), None
        )
        if who:
            role = f"{numbers.key}/{numbers.last}/by"
            fact.add(NG.complainant, agent(actors, document, who.strip(), fact, role))
        found.append(extraction.add(fact))
        taken.extend((s.start, s.end) for s in spans)
    return found


def _act_in(text: str) -> re.Match[str] | None:
    """The first act of complaining in ``text`` that nothing spoils."""
    if _SPOILERS.search(text) or not _DISPUTE.search(text):
        return None
    for act in _ACT.finditer(text):
        if not (act.group("owner") and _MENTIONED.search(text, 0, act.start())):
            return act
    return None


def _back(told: list[Sentence], index: int) -> list[Sentence]:
    """The sentence at ``index``, then those before it in its paragraph, nearest first:
    where the body of an act is named ("The Supreme Court received 61 protests. ... A
    protest of X was left without further proceedings")."""
    here = told[index]
    before = [s for s in told[max(0, index - _BACK) : index] if s.owner is here.owner]
    return [here, *reversed(before)]


def _body(text: str) -> re.Match[str] | None:
    return BODY.search(text) or _LOWER_COURT.search(text) or COMMISSION.search(text)


def _verdict(text: str, act: re.Match[str], after: list[Sentence]) -> str | None:
    """What became of the act: the words after it, the next sentence when it speaks of it
    again, else "unknown" for an act filed; a body acting at someone's request granted it."""
    if act.group("request"):
        return "upheld" if BODY.search(text[: act.start()]) or COMMISSION.search(text) else None
    decided = _DECIDED_BEFORE.search(text[: act.start()]) if act.group("verb") is None else None
    said = outcome_in(decided.group()) if decided else outcome_in(text[act.end() :])
    if said is not None:
        return said
    for sentence in after:
        if _NEXT_OPENS.match(sentence.text) and _ACT.search(sentence.text) is None:
            told = outcome_in(sentence.text)
            if told is not None:
                return told
    loose = _LOOSE.fullmatch(act.group("noun") or act.group("noun2") or "")
    return "unknown" if _FILED.search(text) and not loose else None


__all__ = ["add_act_cases"]
