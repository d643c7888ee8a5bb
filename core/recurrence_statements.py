"""Which earlier recommendation a later report's statement judges.

Reports say what became of earlier recommendations: "the recommendation to publish X, made
in the previous final report, remains unaddressed"; "following a previous OSCE/ODIHR
recommendation, the Civil Code was amended to ..."; "previous recommendations to ... have
been partially addressed". The loaders read such statements into
``ng:ImplementationAssessment`` nodes (with the status they state); this module finds the
recommendation each one is about, by matching the statement's description of the ask
against the asks of earlier reports of the same state (:class:`Grouping`'s index).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from .grouping import Grouping, Item, PairScore
from .grouping_lookup import Match, best_matches, matches_in
from .namespaces import local_name

STATEMENT_THRESHOLD = 0.33
"""Least score at which a statement on earlier recommendations resolves to one of them."""
NAMED_THRESHOLD = 0.28
"""Least score at which a statement resolves to a recommendation of a report it names (or
of its own issuer's), when no other recommendation of those reports matches nearly as
well: above every wrong recommendation of those reports on the tune half (at most 0.24;
the least right one scores 0.34)."""
SAME_ASK_SHARE = 0.85
"""A match scoring this share of the best is taken to describe the same ask."""
_VERDICT_WORDS = re.compile(
    r"\b(?:previous(?:ly)?|earlier|prior|recommend\w*|(?:un)?address\w*|implement\w*|"
    r"remain\w*|despite|follow\w*|final report|report|partially|fully|made|long-standing|"
    r"concern\w*|in line with|persist\w*|notwithstanding|contrary to|in spite of|still|again|"
    r"continu\w*|although|nevertheless|an issue|issues|raised|urged|advised|acted|"
    r"(?:un)?heeded|nothing|calls?|proposals?|suggestions?|advice)\b",
    re.I,
)
"""Words of a statement's verdict, not of the ask it describes; since the eleventh session
also the words saying a problem persists ("persisted", "still", "again", "notwithstanding",
"an issue raised in") and other names of a recommendation and its fate ("the previous call
to", "a proposal ... not acted upon", "previously advised", "urged", "unheeded"), found by
a probe of invented statements on tune recommendations."""
_ASKED = re.compile(
    r"\brecommendations?(?:\s+(?:made\s+|issued\s+)?(?:of|in|from|by)\s+[^,.;:]{0,60}?)?"
    r"(?:,?\s+the one)?\s+(?:to|that|on|for|regarding|concerning)\s+"
    # not an anaphor ("recommendations to this effect"): it describes nothing
    r"(?!(?:this|that|these|those|it|which)\b)(?P<ask>.{12,}?)"
    r"(?:,?\s+(?:made|issued|contained|included|repeated|set out|offered)\s+(?:in|by)\b|"
    r",?\s+(?:(?:has|have|had|was|were|is|are)\s+(?:(?:not|yet|still|now|only|since|also|thus|"
    r"therefore|hence|"
    r"never|partially|partly|fully|largely|mostly|incompletely|been|so far|to date|to be)\s+)*"
    r"(?:addressed|unaddressed|implemented|left|taken|followed|acted|heeded|adopted|"
    r"considered|reflected|met|ignored|outstanding|pending|complied|given|rejected|accepted|"
    r"disregarded|incorporated|fulfill?ed|put|unheeded)|remain\w*|still|went\s+un\w+|awaits)\b|"
    r"[.;:]\s|[.;:]?$)",
    re.I,
)
"""A statement that names the recommendation it judges ("the recommendation to publish X,
made in the previous report, remains unaddressed"; "the recommendation of the 2012 report
that X be Y has not been implemented"): the named ask, up to where it says who made it or
where the verdict begins (a verb of the verdict, not any "is": in "that the composition of
commissions is inclusive" all is asked); an anaphor ("to this effect") names none."""
_LISTED = re.compile(
    r"\brecommendations?\b[^.;:]*?,?\s+(?:including|such as|notably|namely|among them)\s+"
    r"(?P<ask>[^.;:]{12,})",
    re.I,
)
"""A tally names the asks it counts after "including" ("adopted 9 of the 14
recommendations, including A and B")."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
LONE_THRESHOLD = 0.18
LONE_SHARE = 0.5
LONE_TERMS = 2
"""Below ``NAMED_THRESHOLD``, a named report's recommendation is still the one meant when
it scores at least ``LONE_THRESHOLD``, shares ``LONE_TERMS`` subject terms or more with
the statement (one shared word, "extended", is no description) and no other ask of those
reports gets ``LONE_SHARE`` of its score: the statement describes it in other words
("out-of-country voting was introduced" / "enable citizens living abroad to vote"), and
nothing else it could mean comes near. The tune half resolves alike for any floor from
0.10 to 0.22 and any share from 0.3 to 1.0 (one statement gained): the values are the
middle of that range, not fitted."""


def _described_by(pair: PairScore) -> int:
    """How many subject terms and remedies a statement shares with its match: a remedy
    counts as a term did before its verb joined a remedy class ("accredit")."""
    return len(set(pair.object_terms)) + len(pair.remedies)


@dataclass(frozen=True)
class Resolved:
    """An observer's statement on an earlier recommendation, resolved to it."""

    assessment: Item
    recommendation: Item
    pair: PairScore | None
    """How well the statement matched (None: kept from an earlier link)."""
    earlier: bool = True
    """False when the earlier recommendation is not in the store and ``recommendation`` is
    the statement's own report re-stating the ask: only the issue is known, not which
    earlier recommendation the statement judges."""


def resolve_all(
    grouping: Grouping, statements: Sequence[Item], done: Collection[str] = ()
) -> list[Resolved]:
    """Each statement resolved to the earlier recommendation it judges or, failing that,
    to its own report's re-statement of the same ask (a report that says "previous
    recommendations to clarify X remain unaddressed" usually asks for X again; one that
    says X was done does not, so statements of full implementation (keys in ``done``)
    are not matched to their own report)."""
    found = []
    for statement in statements:
        earlier = resolve(grouping, statement)
        if earlier is not None:
            found.append(Resolved(statement, *earlier))
            continue
        again = None if statement.key in done else restated(grouping, statement)
        if again is not None:
            found.append(Resolved(statement, *again, earlier=False))
    return found


def restated(grouping: Grouping, statement: Item) -> tuple[Item, PairScore] | None:
    """The statement's own report's recommendation that asks what the statement says was
    asked before (its best match above the threshold), if any."""
    described = replace(statement, text=described_ask(statement.text))
    for pair, item, _root in best_matches(grouping, described, STATEMENT_THRESHOLD, remedies=False):
        if item.document == statement.document:
            return item, pair
    return None


def described_ask(statement: str) -> str:
    """What a statement says was asked: the ask it names after "recommendation to", else
    the asks a tally lists after "including", else its text without the words of the
    verdict."""
    return described_asks(statement)[0]


def described_asks(statement: str) -> list[str]:
    """Readings of what a statement says was asked, most specific first: the named ask,
    the asks a tally lists, then the statement without its verdict words (a named ask
    worded too far from the recommendation may still match through the whole sentence)."""
    found = [m["ask"] for m in (_ASKED.search(statement), _LISTED.search(statement)) if m]
    # "the recommendation to regulate their rights": the antecedent is outside the named ask
    found = [ask for ask in found if not _ANAPHORIC.search(ask)]
    return list(dict.fromkeys([*found, _VERDICT_WORDS.sub(" ", statement)]))


_ANAPHORIC = re.compile(r"\b(?:it|they|them|their)\b", re.I)
"""A pronoun whose antecedent stands outside the named ask."""


def _clauses(text: str) -> list[str]:
    """The parts of a statement between semicolons and colons, or before a clause that
    hangs on them (a relative clause, a conjunction), last resort readings: a statement
    that tells what was done in one clause and judges it in another ("the deposit was not
    lowered; for some it even rose, so the recommendation was not heeded"; "the fee was
    halved, which meets the recommendation in part") describes the ask in the first,
    diluted by the rest when read whole."""
    parts = [p.strip() for p in _CLAUSE_END.split(text)]
    return [p for p in parts if len(p) >= 12] if len(parts) > 1 else []


_CLAUSE_END = re.compile(
    r"[;:]\s|,\s+(?=(?:which|whose|as|although|though|while|whereas|so|and|but)\s)", re.I
)
"""A clause's end: a semicolon or colon, or a comma before a relative pronoun or conjunction."""


def resolve(grouping: Grouping, statement: Item) -> tuple[Item, PairScore] | None:
    """The earlier recommendation a statement is about. When the statement names the
    reports it judges (their issuer, "a previous OSCE/ODIHR recommendation", or their
    election year, "made in the 2012 final report"), it is matched against those reports'
    recommendations alone (:func:`_within`); else, or when none of them matches, against
    every earlier report of the state (:func:`_anywhere`)."""
    readings = described_asks(statement.text)
    asked = readings[:-1]  # the asks it names; the last reading is the whole statement
    named = named_reports(grouping, statement)
    everyone = [] if named else [i.document for i in _earlier_reports(grouping, statement)]
    own = [] if named else own_reports(grouping, statement)
    # the statement's clauses are the last resort, after the whole matched anywhere
    parts = [c for c in _clauses(readings[-1]) if c not in readings]
    for texts in (readings, parts):
        for reports in (_previous(grouping, statement, named or own), named, own):
            for text in texts if reports else ():
                described = replace(statement, text=text)
                found = _within(grouping, described, reports, everyone, text in asked)
                if found is not None:
                    return found
        for text in texts:
            found = _anywhere(grouping, statement, replace(statement, text=text))
            if found is not None:
                return found
    return None


_PREVIOUS = re.compile(
    r"\b(?:the|its|our)\s+(?:previous|last|preceding|most recent)\s+(?:final\s+)?report\b", re.I
)
"""One earlier report named as the latest ("as the previous report had recommended")."""


def _previous(grouping: Grouping, statement: Item, reports: Sequence[str]) -> list[str]:
    """The latest of the reports a statement may mean, when it names "the previous report":
    an explicit anchor, tried before the reports' other recommendations can rival."""
    if len(reports) < 2 or not _PREVIOUS.search(statement.text):
        return []
    dated = {first.document: first.date for first in _earlier_reports(grouping, statement)}
    return [max(reports, key=lambda document: dated.get(document, ""))]


def _earlier_reports(grouping: Grouping, statement: Item) -> list[Item]:
    """A recommendation of each indexed report of the statement's state before it."""
    return [
        first
        for document, first in grouping.reports_of.get(statement.country, {}).items()
        if document != statement.document and first.date < statement.date
    ]


def own_reports(grouping: Grouping, statement: Item) -> list[str]:
    """The earlier reports of the statement's own issuer: the "previous recommendations"
    of a report that names no issuer are first its issuer's own."""
    own = issuer_name(statement.organisation)
    return sorted(
        first.document
        for first in _earlier_reports(grouping, statement)
        if own and issuer_name(first.organisation) == own
    )


def named_reports(grouping: Grouping, statement: Item) -> list[str]:
    """The earlier reports of the statement's state that it names: those of an issuer it
    names, of an election year it names, or of both when it names both."""
    said = {word.lower() for word in re.findall(r"[A-Za-z0-9]+", statement.text)}
    years = set(_YEAR.findall(statement.text))
    by_issuer, by_year = [], []
    for first in _earlier_reports(grouping, statement):
        document = first.document
        name = issuer_name(first.organisation)
        if name and name in said:
            by_issuer.append(document)
        if (first.election or first.date)[:4] in years:
            by_year.append(document)
    both = [d for d in by_issuer if d in by_year]
    return sorted(both or by_issuer or by_year)


def _within(
    grouping: Grouping,
    described: Item,
    reports: Sequence[str],
    rivals: Sequence[str] = (),
    asked: bool = False,
) -> tuple[Item, PairScore] | None:
    """The recommendation of the given reports that the statement describes: the best
    match when it scores at least ``NAMED_THRESHOLD`` and clearly beats every other
    recommendation of those reports (no other gets ``SAME_ASK_SHARE`` of its score), or
    at least ``STATEMENT_THRESHOLD`` anyway. A threshold relative to a few candidates
    holds as the collection grows; an absolute one moves with the term weights. Of the
    reports holding that ask, the latest ("the previous recommendation"). Reports the
    statement does not name (its own issuer's) must also not be clearly beaten by another
    issuer's (``rivals``)."""
    # Only what decides is scored: the best's cluster and what scores a share of the best.
    found = matches_in(grouping, described, reports, False, min(LONE_SHARE, SAME_ASK_SHARE))
    # a remedy alone ("remove the cap") names no subject: it describes no one ask
    if not found or found[0][0].score < LONE_THRESHOLD or not found[0][0].object_terms:
        return None
    best, item, root = found[0]
    apart = [f for f in found if _rival(f, root, item) and not _worded_again(f, found[0])]
    runner_up = next((f[0].score for f in apart), 0.0)
    # a rival sharing one word with the statement describes nothing the best does not
    close = next((f[0].score for f in apart if _describes(f) and not _less(f, found[0])), 0.0)
    # one shared term is no description in a whole sentence, but it is when the sentence
    # names the ask in so few words ("previous recommendations on the voter register") and
    # nothing of another cluster matches them at all
    few = _described_by(best) < LONE_TERMS and not (asked and runner_up == 0.0)
    # an explicit anchor: the statement names two reports or more ("after the 2018 elections
    # and again in 2023") and the best's ask is in each of them
    anchored = len(reports) > 1 and all(
        any(f[2] == root and f[1].document == document for f in found) for document in reports
    )
    few = few and not anchored
    if best.score < NAMED_THRESHOLD and (close > best.score * LONE_SHARE or few):
        return None
    # Another issuer's match in the best's cluster is the same ask, no rival: the statement
    # means its own issuer's recommendation of it.
    rival = [
        f
        for f in matches_in(grouping, described, rivals, remedies=False, share=1.0)
        if f[2] != root
    ][:1]
    if rival and best.score < rival[0][0].score * SAME_ASK_SHARE:
        return None
    same_ask = [f for f in found if f[2] == root or f[0].score >= best.score * SAME_ASK_SHARE]
    others = [f for f in same_ask if _rival(f, root, item) and not _worded_again(f, found[0])]
    if others and best.score < STATEMENT_THRESHOLD:
        return None
    # a weak member of the best's cluster is no surer than the rest (as in _anywhere)
    members = [
        f for f in same_ask if f[2] == root and f[0].score >= min(best.score, STATEMENT_THRESHOLD)
    ]
    chosen = max(members, key=lambda f: (f[1].date, f[0].score))
    return chosen[1], chosen[0]


def _anywhere(
    grouping: Grouping, statement: Item, described: Item
) -> tuple[Item, PairScore] | None:
    """The best-matching ask of any earlier report of the state, compared without remedies
    (the statement often tells what happened, not what to do), at least
    ``STATEMENT_THRESHOLD``, or a lone match (as :func:`_within` takes one: since the
    eleventh session also for a statement that names no report); of the reports holding
    that same ask (its cluster, or a match nearly as good), one of the statement's own
    issuer first, then the latest."""
    earlier = [
        found
        for found in best_matches(grouping, described, LONE_THRESHOLD * LONE_SHARE, remedies=False)
        if found[1].date < statement.date and found[1].document != statement.document
    ]
    if not earlier or earlier[0][0].score < LONE_THRESHOLD or not earlier[0][0].object_terms:
        return None
    pair, item, root = earlier[0]
    if pair.score < STATEMENT_THRESHOLD and (
        _described_by(pair) < LONE_TERMS
        or any(_rival(f, root, item) and f[0].score > pair.score * LONE_SHARE for f in earlier)
    ):
        return None
    # Below the threshold only the best itself is taken: its cluster's weaker members are
    # no surer than the rest.
    earlier = [f for f in earlier if f[0].score >= min(pair.score, STATEMENT_THRESHOLD)]
    same_ask = [f for f in earlier if f[2] == root or f[0].score >= pair.score * SAME_ASK_SHARE]
    issuer = _issuer_preference(statement)
    years = set(_YEAR.findall(statement.text))

    def named_year(item: Item) -> bool:
        return (item.election or item.date)[:4] in years

    chosen = max(same_ask, key=lambda f: (issuer(f[1]), named_year(f[1]), f[1].date, f[0].score))
    return chosen[1], chosen[0]


def _describes(found: Match) -> bool:
    """A match that shares fewer than ``LONE_TERMS`` subject terms and remedies with the
    statement is no description of it ("legal" alone): it is no rival of a lone match, as
    it would be no lone match itself."""
    return _described_by(found[0]) >= LONE_TERMS


def _worded_again(found: Match, best: Match) -> bool:
    """A recommendation of another report that matches the statement on nothing the best
    does not (its shared terms and remedies a part of the best's) is the same ask worded
    again in a later report, not another ask the statement could mean: reports repeat
    their asks, and a statement judging "previous recommendations" judges them all."""
    pair, item = found[0], found[1]
    return (
        item.document != best[1].document
        and set(pair.object_terms) <= set(best[0].object_terms)
        and pair.remedies <= best[0].remedies
    )


def _less(found: Match, best: Match) -> bool:
    """A match that shares with the statement only a part of what the best shares (its terms
    a proper subset of the best's, no remedy the best lacks) describes nothing the best does
    not: it does not make the best's lone match doubtful."""
    pair, top = found[0], best[0]
    return set(pair.object_terms) < set(top.object_terms) and pair.remedies <= top.remedies


def _rival(found: Match, root: int, best: Item) -> bool:
    """A match is a rival of the best one when it is of another cluster and another
    recommendation: a recommendation's asks can sit in two clusters (its whole text in one,
    a sentence in another), and its second ask is no other recommendation the statement
    could mean."""
    return found[2] != root and found[1].key != best.key


def issuer_name(organisation: str) -> str:
    """An issuer's most specific name: the last word of its label or IRI ("OSCE/ODIHR",
    ".../osce-odihr" -> "odihr"), or nothing when that word is too short to tell apart."""
    words = re.findall(r"[A-Za-z0-9]+", local_name(organisation))
    return words[-1].lower() if words and len(words[-1]) >= 3 else ""


def _issuer_preference(statement: Item) -> Callable[[Item], int]:
    """Which earlier reports a statement means by "the previous recommendation": those of
    the issuer it names ("a previous OSCE/ODIHR recommendation") first, then its own
    issuer's."""
    said = {word.lower() for word in re.findall(r"[A-Za-z0-9]+", statement.text)}
    own = issuer_name(statement.organisation)

    def preference(item: Item) -> int:
        name = issuer_name(item.organisation)
        return 2 if name and name in said else 1 if name and name == own else 0

    return preference
