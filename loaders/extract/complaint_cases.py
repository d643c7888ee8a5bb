"""Individual complaints and appeals in running text, for any genre (statements, programme
reports, scholarship): who filed what with which body, and what became of it.

A sentence reports one complaint when someone "filed (lodged, submitted) a complaint (an
appeal, a petition) with/to <body>", "complained to <body>" or "appealed (<what>) to
<body>". The complainant is the phrase before the verb, less an opening date clause and an
appositive ("On 2 June, the network's partner, the <Name>, filed ..."); the subject is what
follows "alleging", "concerning", "about", "against", "requesting" or, for an appeal, the
thing appealed ("the refusal"). The outcome is what the body did, in the same sentence
("..., which declined to consider the appeal") or in the next ("The <body> rejected the
complaint ...", "The court ruled in her favour"): the shared cues of
``complaint_outcomes.outcome_in``. A court that then "upheld the decision of the <body>" (or
"upheld its decision", "overturned the ruling") decided an appeal by the same complainant:
that appeal is a complaint of its own (``appeal_after``). Counts ("filed 46 complaints")
are figures, read by ``complaint_figures``. The sentence shapes are in
``complaint_case_shapes``; this module reads a match into a fact."""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..text.dates import find_when
from ..text.document import Document, Element
from ..text.needed_words import first_search
from ..text.sentences import sentences
from ..text.words import any_word
from .actor_kinds import apposed_person, kind_from_name
from .actors import Actors
from .case_numbers import CaseNumbers
from .complaint_case_shapes import (
    ACTED_ON,
    APPEALED,
    ASKED,
    BODIES,
    BYS,
    CASE_PATTERNS,
    DECIDED_CASE,
    DECIDED_OWNED,
    FILED,
    NONE_FILED,
    OWNED,
    OWNED_DECIDED,
    OWNERS,
    appeal_decided,
)
from .complaint_decided import UPHELD_BY, body_before
from .complaint_outcomes import decision_words, outcome_in
from .complaint_parties import TITLED, already_named, complainant_before
from .concepts import outcome
from .count_words import WORD_NUMBERS

_PRONOUN = any_word("his, her, their, its, our")
_AUXILIARY = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also|since|then|subsequently))?\s*$")
"""The auxiliary of a perfect tense between the complainant and the verb ("has appealed")."""
_MAY = re.compile(r"\b(?:can|may|must|should|could|shall|might|cannot)\s+(?:not\s+|also\s+)?be\s+$")
"""A filing verb after a modal is what the law allows, not a case."""
_SUBJECT = re.compile(
    r"\b(?:alleging(?: that)?|concerning|about|against|requesting|regarding|over)\s+"
    r"(?P<what>[^;]{6,200}?)\s*(?=[.;]|, which\b|,? citing\b|$)"
)
"""What a complaint is about: the words after "alleging", "concerning", "against" ... up to
the clause's end."""
_ANAPHOR = re.compile(r"(?i:the|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
"""A complainant named again by a common noun ("The alliance appealed ...")."""
_PENDING = re.compile(r"\bpending\s+(?:to|with|before)\b")
"""An owned case still before the body it names."""
_DECIDER = re.compile(r"^\s*(?:[^,.;]{3,40},\s+)?(?:[Tt]he\s+|It\b|This\b)")
"""A next sentence that can say what the body did: it opens with "The <body>", "It", after
an opening clause or not ("At the time of writing, the board had not decided.")."""


def case_kind(name: str) -> str:
    """What kind of actor a complaint's body or complainant is: what the words of its name
    tell (``actor_kinds.kind_from_name``, the one reading every loader uses), else a state
    body (complaints go to state bodies)."""
    return kind_from_name(name) or "state-body"


def read_cases(
    extraction: Extraction,
    element: Element,
    numbers: CaseNumbers,
    actors: Actors,
    known: Extraction | None = None,
) -> list[Fact]:
    """The complaints and appeals one paragraph reports, numbered on by ``numbers``;
    ``known`` holds the report's facts when ``extraction`` is a scratch one (a complainant
    named by acronym is then the organisation the report named in full)."""
    found: list[Fact] = []
    bounds = sentences(element.text)
    for index, (start, end) in enumerate(bounds):
        sentence = element.text[start:end]
        match = first_search(CASE_PATTERNS, sentence)
        if match is None and not found:  # "...; the Supreme Court upheld the refusal"
            decided = appeal_decided(sentence) or UPHELD_BY.search(sentence)
            if decided is not None and not _MAY.search(sentence[: decided.start()]):
                implied = _implied(element, (start, end), decided, actors)
                found.append(numbers.add(extraction, implied))
        if match is None or _MAY.search(sentence[: match.start()]) or NONE_FILED.search(sentence):
            continue  # "the decision may be appealed to the court": what the law allows
        previous = found[-1] if found else None
        fact = _complaint(element, (start, end), match, actors, _complainant(previous), known)
        if fact is None:
            continue
        following = bounds[index + 1 : index + 3]
        # the outcome is in the match itself
        told = match.re in (DECIDED_CASE, DECIDED_OWNED, OWNED_DECIDED, ASKED)
        if match.re is ACTED_ON:
            fact.add(NG.outcome, outcome("upheld"))
        elif match.re is OWNED and _PENDING.search(match[0]):  # "its appeal was pending before"
            fact.add(NG.outcome, outcome("pending"))
        elif match.re in (DECIDED_CASE, DECIDED_OWNED, OWNED_DECIDED, ASKED) and (
            said := outcome_in(
                match[0][match.end("asked") - match.start() :] if match.re is ASKED else match[0]
            )
        ):
            fact.add(NG.outcome, outcome(said))  # its own verdict, not a later clause's
        else:
            _decided(fact, element, (start if told else start + match.end(), end), following, told)
        found.append(numbers.add(extraction, fact))
        for appeal in _appeals(element, (start + match.end(), end), following, fact, actors):
            appeal.add(NG.appealOf, fact.iri)
            found.append(numbers.add(extraction, appeal))
    return found


def add_document_cases(
    extraction: Extraction, document: Document, key: str, actors: Actors
) -> list[Fact]:
    """Every individual complaint or appeal of a document's paragraphs, in reading order."""
    numbers = CaseNumbers(key)
    return [fact for e in document.elements for fact in read_cases(extraction, e, numbers, actors)]


def _complainant(fact: Fact | None) -> URIRef | None:
    value = None if fact is None else next((v for p, v in fact.values if p == NG.complainant), None)
    return value if isinstance(value, URIRef) else None


def _complaint(
    element: Element,
    where: tuple[int, int],
    match: re.Match[str],
    actors: Actors,
    previous: URIRef | None,
    known: Extraction | None = None,
) -> Fact | None:
    start, end = where
    sentence = element.text[start:end]
    groups = match.groupdict()
    group = next((g for g in BODIES if groups.get(g)), "body")
    body = groups.get(group)
    at = start + match.start(group) if body else 0
    if groups.get("it") or groups.get("it3"):  # "It upheld ...": the body the one before names
        before = body_before(element.text[:start])
        body, at = before if before is not None else (None, 0)
    by = next((g for g in BYS if groups.get(g)), None)
    if by is not None:  # "A complaint was filed by <who> with ...", "... from <who>"
        who: tuple[str, int, str | None] | None = (groups[by], match.start(by), None)
    elif owned := next((g for g in OWNERS if groups.get(g)), None):
        owner = re.sub(r"['\u2019]s$", "", groups[owned])  # "<who>'s appeal": less the "'s"
        who = (owner, match.start(owned), None)
    else:  # "<who> has appealed to ...": the subject before the auxiliary
        who = complainant_before(_AUXILIARY.sub(" ", sentence[: match.start()]))
    if who is None or not body:
        return None
    fact = _case(NG.Complaint, element, where)
    name, offset, _role = who
    if (_ANAPHOR.fullmatch(name) or _PRONOUN.fullmatch(name)) and previous is not None:
        fact.add(NG.complainant, previous)  # "The alliance appealed ...": the one before
    elif not _PRONOUN.fullmatch(name):  # "His appeal ..." with no case before: unnamed
        fact.add(NG.complainant, _actor(actors, element, name, start + offset, known, _role))
    fact.add(NG.filedWith, actors.get(body, case_kind(body), element.spans(at, at + len(body))))
    rest = sentence[match.end() :]
    subject = _SUBJECT.search(rest)
    if groups.get("asked"):
        fact.add(NG.subjectMatter, groups["asked"].strip())
    elif subject:
        fact.add(NG.subjectMatter, subject["what"])
    elif groups.get("appealed") or groups.get("objected"):
        fact.add(NG.subjectMatter, groups.get("appealed") or groups["objected"])
    when = find_when(sentence[: match.start()])
    if when is not None and when[0].day is not None:
        fact.add(NG.date, when[0].literal())
    return fact


def _decided(
    fact: Fact,
    element: Element,
    rest: tuple[int, int],
    following: list[tuple[int, int]],
    told: bool = False,
) -> None:
    """The outcome the rest of the sentence (less what the complaint was about, unless the
    match ``told`` the decision), or the next sentence about the body, states."""
    text = element.text[rest[0] : rest[1]]
    text = text if told else decision_words(text, 0, 0)
    appeal = appeal_decided(text)
    decided = outcome_in(text[: appeal.start()] if appeal else text)
    if decided is None and following:
        after = following[0]
        sentence = element.text[after[0] : after[1]]
        appeal = appeal_decided(sentence)
        own = sentence[: appeal.start()] if appeal else sentence
        # "The board dismissed it; the court declined to hear the appeal": the first clause
        # is the body's own decision, the next one another body's
        first = own.split(";", 1)[0]
        if _DECIDER.match(sentence) and (decided := outcome_in(first) or outcome_in(own)):
            fact.evidence.extend(element.spans(*after))
    if decided is not None:
        fact.add(NG.outcome, outcome(decided))


def _appeals(
    element: Element,
    rest: tuple[int, int],
    following: list[tuple[int, int]],
    case: Fact,
    actors: Actors,
) -> list[Fact]:
    """Appeals the words after a complaint say a court decided ("the Administrative Court
    upheld its decision"): filed by the same complainant, with that court."""
    found: list[Fact] = []
    for start, end in [rest, *following]:
        sentence = element.text[start:end]
        refiled = FILED.search(sentence) or APPEALED.search(sentence)
        if found or ((start, end) != rest and refiled):
            break  # one appeal per complaint; a new filing starts a new case
        told = _appeal_told(sentence, owned=(start, end) == rest)
        if told is None:
            continue
        court, offset, verdict = told
        appeal = _case(NG.Appeal, element, (start, end))
        for prop, value in case.values:
            if prop == NG.complainant:
                appeal.add(NG.complainant, value)
        at = start + offset
        appeal.add(NG.filedWith, actors.get(court, "court", element.spans(at, at + len(court))))
        if verdict is not None:
            appeal.add(NG.outcome, outcome(verdict))
        found.append(appeal)
    return found


def _appeal_told(sentence: str, owned: bool) -> tuple[str, int, str | None] | None:
    """The court of an appeal the words after a complaint tell, where its name starts, and
    the outcome: a court deciding ("the Administrative Court upheld its decision") or, in
    the complaint's own sentence (``owned``; a sentence of its own is a case the reader
    reads), an appeal still before one ("and its appeal was pending before the Supreme
    Court")."""
    decided = appeal_decided(sentence)
    if decided is not None:
        return decided["court"], decided.start("court"), outcome_in(decided["verdict"])
    pending = OWNED.search(sentence) if owned else None
    if pending is None or not _PENDING.search(pending[0]):
        return None
    return pending["body8"], pending.start("body8"), "pending"


def _implied(
    element: Element, where: tuple[int, int], decided: re.Match[str], actors: Actors
) -> Fact:
    """An appeal no sentence before told, implied by a court deciding on a body's decision
    ("the Supreme Court upheld the refusal", "a decision upheld by the <court>"): upholding
    the decision rejected the appeal; its complainant is not named."""
    fact = _case(NG.Complaint, element, where)
    court, at = decided["court"], where[0] + decided.start("court")
    fact.add(NG.filedWith, actors.get(court, "court", element.spans(at, at + len(court))))
    verb = decided["verdict"].split()[0]
    verdict = outcome_in(
        decided["verdict"] if " " in decided["verdict"] else f"{verb} the decision"
    )
    return fact.add(NG.outcome, outcome(verdict)) if verdict else fact


def _case(kind: URIRef, element: Element, where: tuple[int, int]) -> Fact:
    """A complaint or appeal stated by one sentence of ``element`` (its IRI set later)."""
    sentence = element.text[where[0] : where[1]]
    name = "Appeal" if kind == NG.Appeal else "Complaint"
    fact = Fact(
        iri=URIRef(""), kind=kind, label=f"{name}: {sentence[:80]}", evidence=element.spans(*where)
    )
    return fact.add(NG.text, sentence)


_SOME_OF = re.compile(
    rf"(?:\d+|{'|'.join(WORD_NUMBERS)}|some|several|many|most|all|both|each)\s+of\s", re.I
)
"""A complainant counted out of a group ("Four of the candidates of the X Party"): some
members of it, not the body its last words name."""


def _actor(
    actors: Actors,
    element: Element,
    name: str,
    at: int,
    known: Extraction | None = None,
    role: str | None = None,
) -> URIRef:
    """The complainant: an organisation, party or body named as written; a person where
    a title or the role apposed to the name ("a voter, <Name>,") says so."""
    label = re.sub(r"^the\s+", "", name, flags=re.I)
    at += len(name) - len(label)
    spans = element.spans(at, at + len(label))
    titled = TITLED.fullmatch(label)
    if titled:  # "Mr. Rahim Dostov": a person, not an organisation
        return actors.person(titled["name"], spans)
    described = f", {role[:1].lower()}{role[1:]}" if role else ""  # "A candidate, A B,"
    if apposed_person(label, element.text[at + len(label) :]) or apposed_person(label, described):
        return actors.person(label, spans)
    if _SOME_OF.match(label):  # "Four of the deregistered candidates of the X Party"
        return actors.placeholder(mint("agent", slug(label)), label, spans)
    named = already_named(actors, label, known)
    if named is not None:  # "the SDU": the party the report named in full
        named.evidence.extend(span for span in spans if span not in named.evidence)
        return named.iri
    return actors.get(label, case_kind(label), spans)


__all__ = ["add_document_cases", "case_kind", "read_cases"]
