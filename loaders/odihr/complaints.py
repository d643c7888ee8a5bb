"""Complaints and appeals: each individual complaint or court case, and the aggregate
figures (how many complaints a body received, and what became of them).

An individual complaint is a sentence about one complaint, appeal or case ("a complaint",
"another similar complaint", "in one case", "upon X's appeal") that says what a body did
with it (refused to consider, dismissed, upheld...). Its complainant is read from the
sentence, or from a footnote the sentence cites ("the complainant NGO"); a footnote that
only elaborates a case already read is not read again. Plural statements ("many instances
of courts refusing...") are left to the aggregate figures, which come from sentences such
as "The CEC received 14 complaints".
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from ...namespaces import NG, XSD
from ..extract.actors import Actors, find_institutions
from ..extract.concepts import outcome
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.document import Document, Footnote, Sentence

_ONE = re.compile(
    r"\b(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:complaint|appeal|case)\b(?!s)"
    r"|\b[Uu]pon [^,]{3,40}['\u2019]s appeal\b|\b[Ii]n one (?:of the )?cases?\b"
)
_DECIDED = re.compile(
    r"\b(?:refused|refuse|dismissed|upheld|rejected|denied|granted|satisfied|"
    r"not subject to judicial review)\b"
)
_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "not-considered",
        re.compile(
            r"(?:refus\w*|declin\w*) (?:to (?:consider|hear|accept|register|examine)|"
            r"consideration|the right to appeal)|not subject to judicial|left without consideration"
        ),
    ),
    ("rejected", re.compile(r"upheld the [\w\s-]*?decision|dismissed|rejected")),
    ("upheld", re.compile(r"\bupheld\b|\bsatisfied\b|\bgranted\b")),
)
_BODY = re.compile(
    r"(?P<body>Supreme Court|Constitutional Council|(?:[A-Z][\w-]+ )?[Dd]istrict [Pp]rosecutor"
    r"|(?:district|city|regional|administrative) court|Prosecutor General['\u2019]s [Oo]ffice"
    r"|\bCEC\b|\b[A-Z][\w-]+ (?:TEC|DEC)\b)"
)
_COMPLAINANT = re.compile(
    r"(?:complaint (?:filed )?by|[Uu]pon) (?:the |an? )?(?P<who>[A-Z]?[\w.' \u2019-]{2,60}?)"
    r"(?:['\u2019]s appeal|,| regarding| requesting| against| that| in part)"
    r"|\b[Tt]he (?:plaintiff|complainant) (?P<who2>[\w' -]{2,40}?) (?:informed|reported|stated)"
)
_RESPONDENT = re.compile(
    r"\bagainst (?:the )?(?P<who>[\w' -]{2,40}?)(?= on grounds|,|\.| decisions?| dismissing|$)"
    r"|upheld the (?P<who2>CEC) decision|regarding an? (?P<who3>PEC|DEC|TEC)['\u2019]s"
)
_SUBJECT = re.compile(
    r"\b(?:requesting|regarding|alleging|that) (?P<what>[^;]{10,160}?)"
    r"(?=,|;|$| (?:was|were|is|has been) (?:dismissed|rejected|upheld|refused|granted)\b)"
)
_GROUNDS = re.compile(
    r"\b(?:on (?:the )?(?:erroneous )?grounds?|in part on|grounds? (?:to|that|for)\b|ground:)"
)
"""Where a sentence turns from the complaint to the reasons for deciding it: the subject
is read before this point, never from the grounds ("refused ... on grounds that ...")."""
_INCUMBENT = re.compile(
    r"(?:Mr\.\s+|Ms\.\s+)?(?P<a>[A-Z][\w'-]+ [A-Z][\w'-]+), the incumbent\b"
    r"|\bincumbent (?:[Pp]resident )?(?:Mr\.\s+)?(?P<b>[A-Z][\w'-]+ [A-Z][\w'-]+)"
)
_AGGREGATE = re.compile(
    r"(?P<body>The CEC|[Pp]rosecutor['\u2019]s offices(?: countrywide)?) received "
    r"(?P<n>\d+) (?:election-related )?complaints"
    r"|aware of (?:some )?(?P<n2>\d+) (?:election-related )?complaints(?: and appeals)? "
    r"filed (?:to|with) (?P<body2>[^.]+?)(?=, and of|\.|,? with| on election| by)"
    r"|, and of (?P<n3>\d+) filed to (?:the )?(?P<body3>[A-Z][\w ]+?)(?=\.|,)"
    r"|(?P<none>no) complaints were filed to (?:the )?(?P<body4>CEC)"
    r"|(?P<n5>Two|Three|\d+) cases requesting (?P<what5>[^.]+?) were filed in (?P<body5>courts)"
)
_WORDS = {"two": 2, "three": 3, "no": 0}


def outcome_of(text: str) -> str | None:
    """What a body did with a complaint, as a complaint-outcome slug, or None."""
    for slug, cue in _OUTCOMES:
        if cue.search(text):
            return slug
    return None


def _cited_notes(document: Document, sentence: Sentence) -> list[Footnote]:
    spans = sentence.spans()
    if not spans or isinstance(sentence.owner, Footnote):
        return []
    start, end = spans[0].start, spans[-1].end
    return [
        document.footnotes[m.label]
        for m in sentence.owner.markers
        if start <= m.span.start <= end and m.label in document.footnotes
    ]


def add_complaints(
    extraction: Extraction, document: Document, election: URIRef, actors: Actors, year: int
) -> tuple[list[Fact], list[Fact]]:
    """Facts for individual complaints and for aggregate complaint figures."""
    key = str(election).split("/id/election/", 1)[-1]
    cases: list[Fact] = []
    figures: list[Fact] = []
    read_notes: set[str] = set()
    for sentence in document.sentences():
        if isinstance(sentence.owner, Footnote) and sentence.owner.label in read_notes:
            continue
        figures.extend(_aggregates(extraction, sentence, key, len(figures), actors))
        text = sentence.text
        if not (_ONE.search(text) and _DECIDED.search(text)):
            continue
        verdict = outcome_of(text)
        body = _BODY.search(text)
        if verdict is None or body is None:
            continue
        notes = _cited_notes(document, sentence)
        read_notes.update(note.label for note in notes)
        fact = Fact(
            iri=mint("complaint", key, str(len(cases) + 1)),
            kind=NG.Complaint,
            label=f"Complaint {len(cases) + 1}: {text[:60]}",
            evidence=sentence.spans(),
        )
        fact.add(NG.election, election).add(NG.outcome, outcome(verdict))
        fact.add(NG.text, text)
        name = body.group("body")
        kind = (
            "state-body" if "rosecutor" in name else "commission" if "C" in name[-3:] else "court"
        )
        fact.add(
            NG.filedWith,
            actors.get(name[0].upper() + name[1:], kind, sentence.spans(body.start(), body.end())),
        )
        who = _COMPLAINANT.search(text)
        if who is None:
            for note in notes:
                who = _COMPLAINANT.search(note.text)
                if who:
                    fact.evidence.extend(note.spans())
                    break
        number = str(len(cases) + 1)
        if who is not None:
            name = (who.group("who") or who.group("who2")).strip()
            fact.add(NG.complainant, _agent(actors, document, name, fact, f"{key}/{number}/by"))
        against = _RESPONDENT.search(text)
        if against is not None:
            name = (against.group("who") or against.group("who2") or against.group("who3")).strip()
            fact.add(NG.respondent, _agent(actors, document, name, fact, f"{key}/{number}/against"))
        grounds = _GROUNDS.search(text)
        subject = _SUBJECT.search(text[: grounds.start()] if grounds else text)
        if subject is not None:
            fact.add(NG.subjectMatter, subject.group("what"))
        when = DATE_PATTERN.search(text) or re.search(
            r"\bon (\d{1,2} (?:January|February|March|April|May|June|July|August|September|"
            r"October|November|December))\b",
            text,
        )
        if when is not None and when.re is not DATE_PATTERN:
            when = DATE_PATTERN.search(f"{when.group(1)} {year}")
        if when is not None:
            date = match_to_date(when)
            fact.add(NG.decisionDate, Literal(date.isoformat(), datatype=XSD.date))
        extraction.add(fact)
        cases.append(fact)
    return cases, figures


def _agent(actors: Actors, document: Document, name: str, case: Fact, role: str) -> URIRef:
    """The actor a complaint names: an institution, a party by its acronym, a person by
    surname; an unnamed one ("an NGO") becomes a placeholder agent of its own."""
    spans = case.evidence[:1]
    for _, _, institution, found in find_institutions(name):
        if institution.name not in ("Courts", "State authorities", "Political parties"):
            return actors.get(found, institution.kind, spans, institution.level)
    if re.fullmatch(r"[A-Z]{2,}", name):
        long = re.search(rf"(?:The |the )?([A-Z][\w' -]+?) \({name}\)", document.source.text)
        if long:
            return actors.get(long.group(1), "party", spans)
    if re.fullmatch(r"(?:the )?incumbent", name, re.I):
        named = _INCUMBENT.search(document.source.text)
        if named:
            return actors.person(named.group("a") or named.group("b"), spans)
    person = re.fullmatch(r"(?:Mr|Ms|Mrs|Dr)\. (?P<surname>[A-Z][\w'-]+)", name)
    if person:
        full = re.search(rf"\b[A-Z][\w'-]+ {person['surname']}\b", document.source.text)
        return actors.person(full.group() if full else person["surname"], spans)
    return actors.placeholder(mint("agent", role), f"{name} (not named in the report)", spans)


def _aggregates(
    extraction: Extraction, sentence: Sentence, key: str, count: int, actors: Actors
) -> list[Fact]:
    found: list[Fact] = []
    for match in _AGGREGATE.finditer(sentence.text):
        groups = {k: v for k, v in match.groupdict().items() if v}
        raw = next(groups[k] for k in ("n", "n2", "n3", "none", "n5") if k in groups)
        number = _WORDS.get(raw.lower())
        number = int(raw) if number is None else number
        body = next(groups[k] for k in ("body", "body2", "body3", "body4", "body5") if k in groups)
        body = re.sub(r"^[Tt]he ", "", body)
        fact = Fact(
            iri=mint("complaint-figure", key, str(count + len(found) + 1)),
            kind=NG.ComplaintFigure,
            label=f"{number} complaints to {body}",
            evidence=sentence.spans(match.start(), match.end()),
        )
        fact.add(NG.complaintCount, Literal(number, datatype=XSD.integer))
        fact.add(NG.text, sentence.text)
        for _, _, institution, name in find_institutions(body):
            spans = sentence.spans(match.start(), match.end())
            if institution.name in ("Courts", "Lower courts"):
                name = "Lower courts" if re.search(r"district|city|regional", body) else "Courts"
            fact.add(NG.filedWith, actors.get(name, institution.kind, spans, institution.level))
        extraction.add(fact)
        found.append(fact)
    return found
