"""Complaints and appeals: each individual complaint or court case, and the aggregate
figures (how many complaints a body received, and what became of them).

An individual complaint is a sentence about one complaint, appeal or case ("a complaint",
"another similar complaint", "in one case", "upon X's appeal") that says what a body did
with it (refused to consider, dismissed, upheld...) or that someone filed it with a body
(its outcome then "unknown"; what the law allows, "a complaint may be filed", is not a
complaint). The body is a court or prosecutor the sentence names, else an election
commission. Its complainant is read from the sentence ("One candidate filed a complaint",
"a complaint filed by X") or from a footnote the sentence cites ("the complainant NGO");
a footnote that only elaborates a case already read is not read again. Plural
statements ("many instances of courts refusing...") are left to the aggregate figures,
read by ``extract.complaint_figures`` ("The CEC received 14 complaints", "46 complaints
were filed with the CEC, of which 31 were rejected", "Of these, ...")."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from normgraph.namespaces import NG, XSD, local_name

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.citations import cited_notes
from ..text.dates import DATE_PATTERN, MONTH_NAME, match_to_date
from ..text.document import Document, Footnote, Sentence
from .actor_kinds import kind_from_name
from .actors import Actors
from .case_numbers import CaseNumbers
from .complaint_acts import add_act_cases
from .complaint_bodies import BODY as _BODY
from .complaint_bodies import COMMISSION as _COMMISSION
from .complaint_bodies import DECIDER as _DECIDER
from .complaint_case_shapes import NONE_FILED as _NONE
from .complaint_case_shapes import appeal_decided
from .complaint_counted_filers import without_counted_filers
from .complaint_figure_facts import (
    add_sentence_figures,
    add_tally_figures,
    figure_total,
    fold_repeats,
)
from .complaint_figure_words import DISPUTE
from .complaint_joint import (
    about_pending,
    body_actor,
    deciding_body,
    deciding_words,
    held_body,
    joint_case,
    joint_complainant,
    without_body,
)
from .complaint_outcomes import decision_words, outcome_in
from .complaint_parties import agent
from .complaint_tables import add_table_complaints
from .complaint_told_cases import is_unknown, told_cases
from .concepts import outcome
from .elections import election_key

_ONE = re.compile(
    r"\b(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:complaint|appeal|case|objection)"
    r"\b(?!s)"
    r"|\b[Uu]pon [^,]{3,40}['\u2019]s appeal\b|\b[Ii]n one (?:of the )?cases?\b"
    r"|\b(?:[Aa]|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:request|petition|lawsuit|claim)\b(?!s)"
    r"|\b(?<!were )(?:complained|appealed)\b|\bapplied\s+to\s+(?=(?:the\s+)?[A-Z])"
    r"|\b(?:filed|lodged|submitted|brought)\s+(?:several\s+|multiple\s+|numerous\s+)?"
    r"(?:complaints|appeals)\s+(?:with|to|before|at)\b"
    # one request or several of one filer: "requested a recount", "requested recounts in 27"
    r"|\brequested (?:(?:a|an|the) )?(?:[\w-]+ )?"
    r"(?:recount|annulment|invalidation|cancellation|review)s?\b"
    r"|\b(?:requested|asked|petitioned)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}"
    r"(?:,?\s+(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z]?[a-z]+(?:\s+\d{1,4})?,?)?"
    r"(?:,\s+as\s+[\w\s-]{3,40}?,)?\s+to\s+"
    r"(?:annul|cancel|invalidate|order|recount|sanction|deregister|revoke|overturn|review|"
    r"examine|strike|suspend|remove|halt|stop|withdraw|correct|restore|reinstate)\b"
)
_DECIDED = re.compile(
    r"\b(?:refused|refuse|dismissed|upheld|rejected|denied|granted|satisfied|"
    r"not subject to judicial review)\b"
)
_FILING = re.compile(
    r"\b(?:filed|lodged|submitted|brought|appealed|challenged|complained|requested|petitioned|"
    r"applied(?=\s+to\s+(?:the\s+)?[A-Z])|asked(?=\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:,?\s+(?:on|in)\s+[\w ]{3,20}?,?)?(?:,\s+as\s+[\w\s-]{3,40}?,)?\s+to\s))\b"
)
_RULE = re.compile(
    r"\b(?:can|may|must|should|could|shall|would|might|cannot)\s+(?:not\s+)?"
    r"(?:be\s+|also\s+|have\s+)*(?:filed|lodged|submitted|brought|appeal\w*|complain\w*)"
)
"""What the law allows ("A complaint may be filed with ...") is not a complaint."""
_NOT_ELECTORAL = re.compile(
    r"\b(?:defamation|libel|slander|insult|criminal|civil)\s+(?:case|lawsuit|suit|proceedings)"
)
"""A defamation or criminal case the media or rights sections report is no election
complaint (the complaints and appeals of an election are what this module reads)."""
_COMPLAINANT = re.compile(
    r"(?:complaint (?:filed )?by|[Uu]pon) (?:the |an? )?(?P<who>[A-Z]?[\w.' \u2019-]{2,60}?)"
    r"(?:['\u2019]s appeal|,| regarding| requesting| against| that| in part| concerning"
    r"| about| alleging)"
    r"|\b[Tt]he (?:plaintiff|complainant) (?P<who2>[\w' -]{2,40}?) (?:informed|reported|stated)"
    r"|\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother) (?P<who3>[\w' -]{2,40}?) (?:filed|lodged|submitted|"
    r"brought) (?:a|an|the|another) (?:complaint|appeal|case|lawsuit|objection)"
    # a name, or a contestant named with its kind in lower case ("the Unity bloc")
    r"|(?P<who4>\b[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4}"
    r"(?: (?:bloc|party|coalition|alliance|movement|campaign|list))?) "
    r"(?:complained|appealed|requested|"
    r"asked(?= (?:the )?[A-Z])|applied(?= to))\b"
    r"|\bwhich the (?P<who5>[\w-]+) appealed\b"
    r"|(?P<who6>\b[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4}) (?:filed|lodged|submitted|brought) "
    r"(?:several |multiple |numerous )?(?:complaints|appeals)\b"
)
_RESPONDENT = re.compile(
    r"\bagainst (?:the )?(?P<who>[\w' -]{2,40}?)(?= on grounds|,|\.| decisions?| dismissing|$)"
    r"|upheld the (?P<who2>CEC) decision|regarding an? (?P<who3>PEC|DEC|TEC)['\u2019]s"
)
_SUBJECT = re.compile(
    r"\b(?:requesting|regarding|alleging|challenging|concerning|that) (?P<what>[^;]{10,160}?)"
    r"(?=,|;|$| (?:was|were|is|has been) (?:dismissed|rejected|upheld|refused|granted)\b"
    r"| (?:had|has|have) not\b| (?:was|were|is) still\b)"
)
_GROUNDS = re.compile(
    r"\b(?:on (?:the )?(?:erroneous )?grounds?|in part on|grounds? (?:to|that|for)\b|ground:)"
)
"""Where a sentence turns from the complaint to the reasons for deciding it: the subject
is read before this point, never from the grounds ("refused ... on grounds that ...")."""


def add_complaints(
    extraction: Extraction,
    document: Document,
    election: URIRef | None,
    actors: Actors,
    year: int | None,
    report: URIRef | None = None,
    *,
    with_figures: bool = True,
) -> tuple[list[Fact], list[Fact]]:
    """Facts for individual complaints and for aggregate complaint figures (in sentences and
    in tables by outcome); ``with_figures=False`` leaves the figures to a caller that reads
    them itself. Without an election, complaints are keyed by ``report``."""
    if election is None and report is None:
        raise ValueError("complaints need the election or the report they are read from")
    key = election_key(election).path if election is not None else local_name(str(report))
    cases: list[Fact] = []
    figures: list[Fact] = []
    read_notes: set[str] = set()
    last: Fact | None = None
    carried: str | None = None
    total: int | None = None
    pending: Fact | None = None
    told: tuple[Fact, int] | None = None  # the last case read, and the sentence it was in
    partners: dict[URIRef, list[Fact]] = {}  # the other complainants' copies of a joint case
    held: tuple[re.Match[str], Sentence] | None = None  # the paragraph's last body named
    for index, sentence in enumerate(document.sentences()):
        if isinstance(sentence.owner, Footnote) and sentence.owner.label in read_notes:
            continue
        before, held = held_body(held, sentence)
        if with_figures:
            read, last_body = add_sentence_figures(
                extraction, sentence, key, len(figures), actors, carried, total
            )
            figures.extend(read)
            carried, total = (last_body, figure_total(read)) if read else (None, None)
        text = sentence.text
        filing = _FILING.search(text)
        filed = filing is not None and _RULE.search(text) is None and not _NONE.search(text)
        if pending is not None and about_pending(text, pending) and outcome_in(text):
            said = outcome_in(deciding_words(text))
            for case in (pending, *partners.get(pending.iri, ())):
                _complete(case, sentence, said)
                _decided_by(case, deciding_words(text), sentence, actors)
            pending = None
            if not _names_other_court(text, last):
                continue
        appeal = appeal_decided(text)
        if pending is not None and appeal is not None and _filed_with(pending, appeal["court"]):
            _complete(pending, sentence, outcome_in(appeal["verdict"]))
            pending = last = None
            continue
        if pending is not None and appeal is not None and _no_body(pending):
            # "X appealed the refusal. The High Court upheld the board's decision": the
            # court that decides next is the one the appeal went to
            _complete(pending, sentence, outcome_in(appeal["verdict"]))
            spans = sentence.spans(appeal.start("court"), appeal.end("court"))
            pending.add(NG.filedWith, actors.get(appeal["court"], "court", spans))
            pending = last = None
            continue
        pending = None
        if last is not None and appeal is not None and not _ONE.search(text):
            cases.append(_appeal(extraction, sentence, appeal, last, actors, key, len(cases)))
            last = None
            continue
        if not (
            _ONE.search(text) and (_DECIDED.search(text) or filed or outcome_in(text) == "pending")
        ):
            last = None
            continue
        if _NOT_ELECTORAL.search(text) or not _about_a_dispute(text):
            continue
        words = decision_words(text, *filing.span()) if filing and filed else text
        verdict = outcome_in(words) or ("unknown" if filed else None)
        if (
            told is not None
            and index - told[1] <= _TOLD_AGAIN
            and _told_again(text, filed, told[0])
        ):
            _complete(told[0], sentence, verdict if is_unknown(told[0]) else None)
            continue
        body = _BODY.search(text) or _DECIDER.search(text) or _COMMISSION.search(text)
        who = _COMPLAINANT.search(text)
        if verdict is None or (body is None and who is None):
            continue  # a case needs its body or its complainant besides its outcome
        at = sentence if body is not None or before is None else before[1]
        body = body or (before[0] if before is not None else None)
        notes = cited_notes(document, sentence)
        read_notes.update(note.label for note in notes)
        fact = Fact(
            iri=mint("complaint", key, str(len(cases) + 1)),
            kind=NG.Complaint,
            label=f"Complaint {len(cases) + 1}: {text[:60]}",
            evidence=sentence.spans(),
        )
        fact.add(NG.election, election)
        fact.add(NG.outcome, outcome(verdict))
        fact.add(NG.text, text)
        if body is not None:
            fact.add(NG.filedWith, body_actor(body, at, actors))
        if who is None:
            for note in notes:
                who = _COMPLAINANT.search(note.text)
                if who:
                    fact.evidence.extend(note.spans())
                    break
        number = str(len(cases) + 1)
        joint = None
        if who is not None:
            name = next(v for v in who.groupdict().values() if v).strip()
            fact.add(NG.complainant, agent(actors, document, name, fact, f"{key}/{number}/by"))
            if who["who4"] and who.string == text:
                joint = joint_complainant(text[: who.start("who4")])
        against = _RESPONDENT.search(text)
        name = "" if against is None else next(v for v in against.groupdict().values() if v)
        if name.strip().lower() not in ("", "the", "a", "an", "its", "their", "his", "her"):
            name = name.strip()
            fact.add(NG.respondent, agent(actors, document, name, fact, f"{key}/{number}/against"))
        grounds = _GROUNDS.search(text)
        subject = _SUBJECT.search(text[: grounds.start()] if grounds else text)
        if subject is not None:
            fact.add(NG.subjectMatter, subject.group("what"))
        when = DATE_PATTERN.search(text) or re.search(rf"\bon (\d{{1,2}} {MONTH_NAME})\b", text)
        if when is not None and when.re is not DATE_PATTERN:
            when = DATE_PATTERN.search(f"{when.group(1)} {year}") if year else None
        if when is not None:
            date = match_to_date(when)
            fact.add(NG.decisionDate, Literal(date.isoformat(), datatype=XSD.date))
        extraction.add(fact)
        cases.append(fact)
        if joint is not None:  # "<A> and <B> applied to ...": one case for each
            partner = joint_case(fact, key, len(cases) + 1)
            role = f"{key}/{len(cases) + 1}/by"
            partner.add(NG.complainant, agent(actors, document, joint, partner, role))
            partners[fact.iri] = [partner]
            cases.append(extraction.add(partner))
        last = fact
        told = (fact, index)
        pending = fact if verdict == "unknown" else None
    cases.extend(told_cases(extraction, document, election, key, actors, cases))
    numbers = CaseNumbers(key, len(cases))
    cases += add_act_cases(extraction, document, election, numbers, actors, cases + figures)
    cases += add_table_complaints(extraction, document.source, numbers, actors, election)
    if with_figures:
        figures += add_tally_figures(extraction, document.source, key, len(figures), actors)
    cases = without_counted_filers(extraction, cases, figures)  # "Three groups appealed"
    return without_body(extraction, cases), fold_repeats(extraction, figures)


_DEFINITE = re.compile(
    r"^\W*(?:\d+\.\s+)?(?:[A-Z][^,]{0,40},\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    r"\s+(?:[\w-]+\s+)?(?:complaint|appeal|case|request|petition|lawsuit|challenge|claim|"
    r"objection)\b(?!s)"
)
_TOLD_AGAIN = 3
"""How many sentences after a case a definite "The complaint was rejected ..." speaks of."""

_LOOSE = re.compile(r"\b(?:case|request|claim)s?\b", re.I)


def _about_a_dispute(text: str) -> bool:
    """A sentence whose only word for the case is "case", "request" or "claim" tells a
    complaint only when it speaks of a dispute (a complaint, appeal, court, recount ...):
    "In one case, the PEC refused ..." on election day, or a refused request for
    accreditation, is no complaint."""
    found = _ONE.search(text)
    loose = found is not None and _LOOSE.search(found.group(0)) is not None
    return not loose or DISPUTE.search(text) is not None


def _told_again(text: str, filed: bool, case: Fact) -> bool:
    """Does a sentence speak again of the case just told ("The complaint was rejected by the
    DEC on 5 March", "On 5 March, the appeal was dismissed") rather than tell a new one? It
    opens on a definite reference and files nothing: one case told over sentences is one
    complaint, however many sentences report its steps. So does a body deciding "the
    appeal", unless another court decides after it ("The CEC rejected the complaint, and the
    court upheld its decision") or a court other than the one the case was before decides
    it (an appeal to a higher instance)."""
    if filed or _DEFINITE.search(text) is not None:
        return not filed
    decides = _DECIDES_IT.search(text)
    if decides is None or _names_other_court(text[decides.end() :], case):
        return False
    said = " ".join(str(v) for p, v in case.values if p == NG.text)
    return _BODY.search(said) is None or not _names_other_court(text, case)


_DECIDES_IT = re.compile(
    r"\b(?:rejected|dismissed|upheld|refused|granted|satisfied|denied|returned|considered)\s+"
    r"(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:complaint|appeal|case|request|petition|lawsuit|challenge|claim|objection)\b(?!s)"
)
"""A body deciding a case named by a definite reference ("The Constitutional Court rejected
the appeal") speaks of the case just told."""


def _no_body(case: Fact) -> bool:
    """Was ``case`` told without the body it went to ("X appealed the refusal")?"""
    return all(p != NG.filedWith for p, _ in case.values)


def _filed_with(case: Fact, court: str) -> bool:
    """Was ``case`` filed with ``court``? "X appealed to the Supreme Court. The Supreme
    Court overturned the CEC decision" is one appeal told over two sentences, not two."""
    name = re.sub(r"^the ", "", court, flags=re.I).lower()
    return any(p == NG.text and name in str(v).lower() for p, v in case.values)


def _names_other_court(text: str, case: Fact | None) -> bool:
    """Does a sentence completing ``case`` also name a court other than its body ("The CEC
    rejected the complaint, and the Court of Appeal upheld the CEC decision")?"""
    court = _BODY.search(text)
    return court is not None and case is not None and not _filed_with(case, court.group(0))


def _appeal(
    extraction: Extraction,
    sentence: Sentence,
    decided: re.Match[str],
    case: Fact,
    actors: Actors,
    key: str,
    count: int,
) -> Fact:
    """An appeal a court decided in the sentence after a complaint ("The Supreme Court
    upheld this decision"): by the same complainant, against that decision."""
    appeal = Fact(
        iri=mint("complaint", key, str(count + 1)),
        kind=NG.Appeal,
        label=f"Complaint {count + 1}: {sentence.text[:60]}",
        evidence=sentence.spans(),
    )
    appeal.add(NG.appealOf, case.iri).add(NG.text, sentence.text)
    for prop, value in case.values:
        if prop in (NG.complainant, NG.election):
            appeal.add(prop, value)
    court = decided["court"]
    spans = sentence.spans(decided.start("court"), decided.end("court"))
    appeal.add(NG.filedWith, actors.get(court, "court", spans))
    verdict = outcome_in(decided["verdict"])
    if verdict is not None:
        appeal.add(NG.outcome, outcome(verdict))
    return extraction.add(appeal)


def _decided_by(case: Fact, words: str, sentence: Sentence, actors: Actors) -> None:
    """A case filed with no body named ("the party requested a recount") went to the body
    that decided it in the next sentence ("The DEC rejected the request")."""
    if any(p == NG.filedWith for p, _ in case.values):
        return
    body = _DECIDER.search(words)
    if body is not None:
        case.add(NG.filedWith, body_actor(body, sentence, actors))
    elif (named := deciding_body(words)) is not None:  # "The provincial election board granted"
        case.add(NG.filedWith, body_actor(named, sentence, actors, kind_from_name(named[0])))


def _complete(case: Fact, sentence: Sentence, verdict: str | None) -> None:
    """Take the decision the next sentence reports into a complaint filed just before."""
    case.evidence.extend(span for span in sentence.spans() if span not in case.evidence)
    if verdict is not None:
        case.values = [(p, v) for p, v in case.values if p != NG.outcome]
        case.add(NG.outcome, outcome(verdict))
