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
are figures, read by ``complaint_figures``."""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import NG

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import find_when
from ..text.document import Document, Element
from ..text.needed_words import first_search
from ..text.sentences import sentences
from .actor_kinds import apposed_person, kind_from_name
from .actors import Actors
from .complaint_decided import UPHELD_BY, asked_pattern, body_before, decided_patterns
from .complaint_outcomes import decision_words, outcome_in
from .complaint_parties import TITLED, already_named, complainant_before
from .concepts import outcome

_NAME = r"(?:[A-Z][\w'\u2019.-]*|No\.\s*\d+|\d+)"
_BODY = (
    rf"(?:the\s+)?(?P<body>{_NAME}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)?{_NAME})*"
    r"(?:\s+(?:(?:district|city|municipal|regional|administrative|appeals?)\s+)?"
    r"(?:court|tribunal)\b)?"
    r"|(?:(?:local|district|city|municipal|regional|provincial|county|administrative|appeals?|"
    r"first-instance|higher|competent|relevant|electoral|election)\s+){0,3}"
    r"(?:court|election commission|commission|tribunal|"
    r"prosecutor['\u2019]s office|prosecutor|police|ombuds(?:person|man)|ombudsperson['\u2019]s "
    r"office)\b"
    # a body of the administration by its kind, after the words of its level ("the cantonal
    # government", "the county electoral committee", "the provincial election board")
    r"|(?:[a-z][a-z-]+\s+){1,2}(?:government|ministry|board|committee|council)\b)"
)
"""The body a complaint went to: a name as written ("Administrative Court of Appeal", "TEC
No. 15", "Electoral College of the Court of Appeal", "the Vahdat district court") or an
institution by its common noun ("the police", "the district court")."""
_FILED = re.compile(
    r"\b(?:filed|lodged|submitted)\s+(?:a|an|one|another)\s+(?:[\w-]+\s+)?(?P<what>complaint"
    r"|appeal|petition|protest|lawsuit|objection|application(?=[^.;]*?(?:annul|invalid|recount)))"
    rf"\s+(?:with|to|before|at)\s+{_BODY}"
    r"|\bcomplained\s+(?:(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:\s+\d{4})?,?\s+)?"
    rf"(?:to|with|before)\s+{_BODY.replace('body', 'body2')}"
    rf"|\bchallenged\s+(?P<appealed>(?:the|a|an|its|their|her|his)\s+[\w\s'.\u2019-]{{3,90}}?)\s+"
    rf"(?:in|before|at)\s+{_BODY.replace('body', 'body3')}"
    r"|\b(?:[Aa]|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?(?:complaint|appeal|petition)\s+(?:was\s+)?"
    r"(?:filed|lodged|submitted)\s+by\s+(?P<by>(?:the\s+)?[^,.;]{3,80}?)\s+(?:with|to|before)\s+"
    rf"{_BODY.replace('body', 'body4')}"
)
"""A single complaint filed with a body: "<who> filed a complaint (an application to annul
...) with <body>", "<who> complained to <body>", "<who> challenged the refusal before
<court>", "A complaint was filed by <who> with <body>"."""
_REQUESTED = re.compile(
    r"\b(?:requested|asked|petitioned)\s+"
    rf"{_BODY.replace('body', 'body7')}\s+to\s+(?P<asked>(?:annul|cancel|invalidate|order|"
    r"sanction|recount|deregister|revoke|overturn|reverse|suspend|declare|repeat|review|"
    r"examine|strike)\b[^.;,]{0,120}?)"
    r"(?=\s*[.;,]|\s*$)"
)
"""A remedy asked of a body is a complaint to it: "<who> requested the <body> to annul the
results in ...", "asked the <body> to order a recount"; what was asked is its subject."""
_OWNED = re.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?<![\w'\u2019])(?:[Tt]he\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,3}?[\w-]+['\u2019]s)\s+(?:(?:first|second|subsequent|further)\s+)?"
    r"(?:appeal|complaint|petition|lawsuit)\s+(?:to|with|before)\s+"
    rf"{_BODY.replace('body', 'body8')}"
)
"""A complaint named by its owner: "<who>'s appeal to <court> was rejected", "His appeal to
<court> ...", "The candidate's appeal to <court> is pending"; a pronoun or "the <noun>" is
the complainant of the case before, if the paragraph told one."""
_PRONOUN = re.compile(r"(?i:his|her|their|its|our)")
_AUXILIARY = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also|since|then|subsequently))?\s*$")
"""The auxiliary of a perfect tense between the complainant and the verb ("has appealed")."""
_VERDICT = (
    r"(?:rejected|dismissed|upheld|granted|satisfied|denied|returned|"
    r"refused\s+to\s+(?:consider|register|accept|examine)|"
    r"declined\s+to\s+consider|did\s+not\s+consider|partially\s+upheld)"
)
_DECIDED_CASE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?(?:complaint|appeal|petition|lawsuit|"
    r"protest|challenge)(?:\s+to\s+[^,.;]{3,60}?)?\s+(?:(?:filed|lodged|submitted)\s+)?by\s+(?P<by2>(?:the\s+)?[^,.;]{3,80}?)"
    rf"(?:\s+[^.;]{{0,160}}?)?\s+(?:was|were)\s+(?:\w+\s+)?{_VERDICT}\s+by\s+"
    rf"{_BODY.replace('body', 'body5')}"
    rf"|(?:(?:[Tt]he\s+)?(?P<body6>(?!It\b){_NAME}(?:\s+(?:of\s+|for\s+|in\s+)?{_NAME})*)"
    r"|(?P<it3>\b[Ii]t))\s+(?:(?!it\b)\w+\s+)?"
    rf"{_VERDICT}\s+(?:on\s+\d{{1,2}}\s+[A-Z][a-z]+(?:\s+\d{{4}})?\s+)?"
    r"(?:a|an|one|another)\s+(?:[\w-]+\s+)?(?:complaint|appeal|petition|lawsuit)"
    r"\s+(?:(?:filed|lodged|submitted)\s+)?(?:by|from|of)\s+(?P<by3>(?:the\s+)?[^,.;]{3,80}?)"
    r"(?=\s+(?:against|about|alleging|concerning|regarding|requesting|over|on|that)\b|[,.;]|$)"
)
"""A single complaint told by what became of it: "A complaint by <who> against ... was
dismissed by <body>", "<body> rejected a complaint from <who> about ...", "It upheld on 2
May a complaint of <who>" ("It": the body the sentence before opens on); its outcome is
the match's own verdict, not a later clause's ("...; it rejected two others")."""
_ACTED_ON = re.compile(
    rf"(?:[Tt]he\s+)?(?P<body9>{_NAME}(?:\s+(?:of\s+|for\s+)?{_NAME})*)\s+(?:\w+\s+)?"
    r"(?:fined|sanctioned|warned|reprimanded|deregistered|annulled|cancell?ed|ordered|"
    r"issued\s+(?:a\s+)?warnings?\s+to)\b[^.;]{0,200}?,?\s+(?:following|after|upon|in\s+response"
    r"\s+to)\s+(?:a|an|the)\s+(?:complaint|appeal|petition|request)\s+(?:(?:filed|lodged|"
    r"submitted)\s+)?(?:by|from)\s+(?P<by4>(?:the\s+)?[^,.;(]{3,80}?)(?=\s*[,.;(]|\s*$)"
)
"""A complaint told by what the body did on it: "the CEC fined the party ..., following a
complaint by <who>": the body acted as the complainant asked, so the complaint was upheld."""
_MAY = re.compile(r"\b(?:can|may|must|should|could|shall|might|cannot)\s+(?:not\s+|also\s+)?be\s+$")
"""A filing verb after a modal is what the law allows, not a case."""
_DECIDED_OWNED, _OWNED_DECIDED = decided_patterns(_NAME, _BODY.replace("body", "body11"))
"""A case told by its decision, named by its owner (``complaint_decided``)."""
_ASKED = asked_pattern(_NAME)
_BODIES = (
    *("body", "body2", "body3", "body4", "body5", "body6", "body7", "body8", "body9"),
    *("body10", "body11", "body12"),
)
_BYS = ("by", "by2", "by3", "by4", "by5")
_OWNERS = ("owner", "owner10", "owner11")
_APPEALED = re.compile(
    r"\bappealed\s+(?:(?P<appealed>(?:the|this|that|its|her|his|their)\s+[\w\s'-]{3,60}?)\s+)?"
    rf"(?:to|before)\s+{_BODY}"
)
"""An appeal told by its verb: "appealed (the decision) to <body>"."""
_SUBJECT = re.compile(
    r"\b(?:alleging(?: that)?|concerning|about|against|requesting|regarding|over)\s+"
    r"(?P<what>[^;]{6,200}?)\s*(?=[.;]|, which\b|,? citing\b|$)"
)
"""What a complaint is about: the words after "alleging", "concerning", "against" ... up to
the clause's end."""
_ANAPHOR = re.compile(r"(?i:the|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
"""A complainant named again by a common noun ("The alliance appealed ...")."""
_DECIDER = re.compile(r"^\s*(?:[^,.;]{3,40},\s+)?(?:[Tt]he\s+|It\b|This\b)")
"""A next sentence that can say what the body did: it opens with "The <body>", "It", after
an opening clause or not ("At the time of writing, the board had not decided.")."""
_APPEAL_DECIDED = re.compile(
    rf"(?:^|[,;]\s*(?:and\s+|but\s+)?|\s)(?:[Tt]he\s+)?(?P<court>(?!The\b){_NAME}(?:\s+{_NAME})*\s+"
    r"(?:Court|Tribunal)(?:\s+of\s+[A-Z][\w-]+)*|(?:Supreme|Constitutional|Administrative|"
    r"Appeals?)\s+Court)(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"\s+(?:then\s+|subsequently\s+|also\s+)?"
    r"(?P<verdict>(?:upheld|confirmed|overturned|reversed|quashed|annulled)\s+(?:the|its|this|that)"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:decision|ruling|refusal)"
    r"|(?:declined|refused)\s+to\s+(?:review|consider|hear|examine)\s+(?:the|its|this|that)\s+"
    r"(?:case|appeal|complaint|matter)"
    r"|(?:rejected|dismissed|upheld|granted|satisfied)\s+(?:a|the|an)\s+(?:subsequent|further|"
    r"second|later)\s+(?:appeal|referral|petition|complaint|challenge))"
)
"""A court deciding on an earlier body's decision, or a later appeal ("the Constitutional
Court dismissed a subsequent referral"): an appeal against it was decided."""


def appeal_decided(text: str) -> re.Match[str] | None:
    """A court deciding on an earlier decision in ``text`` ("The Supreme Court upheld this
    decision"): groups ``court`` and ``verdict``."""
    return _APPEAL_DECIDED.search(text)


def case_kind(name: str) -> str:
    """What kind of actor a complaint's body or complainant is: what the words of its name
    tell (``actor_kinds.kind_from_name``, the one reading every loader uses), else a state
    body (complaints go to state bodies)."""
    return kind_from_name(name) or "state-body"


_CASE_PATTERNS = (
    _FILED,
    _APPEALED,
    _DECIDED_CASE,
    _DECIDED_OWNED,
    _OWNED_DECIDED,
    _ASKED,
    _REQUESTED,
    _OWNED,
    _ACTED_ON,
)
"""The ways a sentence tells a case, the first that matches deciding."""


def read_cases(
    extraction: Extraction,
    element: Element,
    key: str,
    actors: Actors,
    first: int,
    known: Extraction | None = None,
) -> list[Fact]:
    """The complaints and appeals one paragraph reports, numbered from ``first``;
    ``known`` holds the report's facts when ``extraction`` is a scratch one (a complainant
    named by acronym is then the organisation the report named in full)."""
    found: list[Fact] = []
    bounds = sentences(element.text)
    for index, (start, end) in enumerate(bounds):
        sentence = element.text[start:end]
        match = first_search(_CASE_PATTERNS, sentence)
        if match is None and not found:  # "...; the Supreme Court upheld the refusal"
            decided = _APPEAL_DECIDED.search(sentence) or UPHELD_BY.search(sentence)
            if decided is not None and not _MAY.search(sentence[: decided.start()]):
                implied = _implied(element, (start, end), decided, actors)
                implied.iri = mint("complaint", key, str(first + len(found) + 1))
                found.append(extraction.add(implied))
        if match is None or _MAY.search(sentence[: match.start()]):
            continue  # "the decision may be appealed to the court": what the law allows
        previous = found[-1] if found else None
        fact = _complaint(element, (start, end), match, actors, _complainant(previous), known)
        if fact is None:
            continue
        following = bounds[index + 1 : index + 3]
        # the outcome is in the match itself
        told = match.re in (_DECIDED_CASE, _DECIDED_OWNED, _OWNED_DECIDED, _ASKED)
        if match.re is _ACTED_ON:
            fact.add(NG.outcome, outcome("upheld"))
        elif match.re in (_DECIDED_CASE, _DECIDED_OWNED, _OWNED_DECIDED, _ASKED) and (
            said := outcome_in(
                match[0][match.end("asked") - match.start() :] if match.re is _ASKED else match[0]
            )
        ):
            fact.add(NG.outcome, outcome(said))  # its own verdict, not a later clause's
        else:
            _decided(fact, element, (start if told else start + match.end(), end), following, told)
        fact.iri = mint("complaint", key, str(first + len(found) + 1))
        found.append(extraction.add(fact))
        for appeal in _appeals(element, (start + match.end(), end), following, fact, actors):
            appeal.iri = mint("complaint", key, str(first + len(found) + 1))
            appeal.add(NG.appealOf, fact.iri)
            found.append(extraction.add(appeal))
    return found


def add_document_cases(
    extraction: Extraction, document: Document, key: str, actors: Actors
) -> list[Fact]:
    """Every individual complaint or appeal of a document's paragraphs, in reading order."""
    found: list[Fact] = []
    for element in document.elements:
        found.extend(read_cases(extraction, element, key, actors, len(found)))
    return found


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
    group = next((g for g in _BODIES if groups.get(g)), "body")
    body = groups.get(group)
    at = start + match.start(group) if body else 0
    if groups.get("it") or groups.get("it3"):  # "It upheld ...": the body the one before names
        before = body_before(element.text[:start])
        body, at = before if before is not None else (None, 0)
    by = next((g for g in _BYS if groups.get(g)), None)
    if by is not None:  # "A complaint was filed by <who> with ...", "... from <who>"
        who: tuple[str, int, str | None] | None = (groups[by], match.start(by), None)
    elif owned := next((g for g in _OWNERS if groups.get(g)), None):
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
        fact.add(NG.complainant, _actor(actors, element, name, start + offset, known))
    fact.add(NG.filedWith, actors.get(body, case_kind(body), element.spans(at, at + len(body))))
    rest = sentence[match.end() :]
    subject = _SUBJECT.search(rest)
    if groups.get("asked"):
        fact.add(NG.subjectMatter, groups["asked"].strip())
    elif subject:
        fact.add(NG.subjectMatter, subject["what"])
    elif match.groupdict().get("appealed"):
        fact.add(NG.subjectMatter, match["appealed"])
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
    appeal = _APPEAL_DECIDED.search(text)
    decided = outcome_in(text[: appeal.start()] if appeal else text)
    if decided is None and following:
        after = following[0]
        sentence = element.text[after[0] : after[1]]
        appeal = _APPEAL_DECIDED.search(sentence)
        own = sentence[: appeal.start()] if appeal else sentence
        if _DECIDER.match(sentence) and (decided := outcome_in(own)):
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
        refiled = _FILED.search(sentence) or _APPEALED.search(sentence)
        if found or ((start, end) != rest and refiled):
            break  # one appeal per complaint; a new filing starts a new case
        decided = _APPEAL_DECIDED.search(sentence)
        if decided is None:
            continue
        appeal = _case(NG.Appeal, element, (start, end))
        for prop, value in case.values:
            if prop == NG.complainant:
                appeal.add(NG.complainant, value)
        court = decided["court"]
        at = start + decided.start("court")
        appeal.add(NG.filedWith, actors.get(court, "court", element.spans(at, at + len(court))))
        verdict = outcome_in(decided["verdict"])
        if verdict is not None:
            appeal.add(NG.outcome, outcome(verdict))
        found.append(appeal)
    return found


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


def _actor(
    actors: Actors, element: Element, name: str, at: int, known: Extraction | None = None
) -> URIRef:
    """The complainant: an organisation, party or body named as written."""
    label = re.sub(r"^the\s+", "", name, flags=re.I)
    at += len(name) - len(label)
    spans = element.spans(at, at + len(label))
    titled = TITLED.fullmatch(label)
    if titled:  # "Mr. Rahim Dostov": a person, not an organisation
        return actors.person(titled["name"], spans)
    if apposed_person(label, element.text[at + len(label) :]):  # "A B, a candidate for"
        return actors.person(label, spans)
    named = already_named(actors, label, known)
    if named is not None:  # "the SDU": the party the report named in full
        named.evidence.extend(span for span in spans if span not in named.evidence)
        return named.iri
    return actors.get(label, case_kind(label), spans)


__all__ = ["add_document_cases", "appeal_decided", "case_kind", "read_cases"]
