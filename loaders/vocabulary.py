"""SKOS concepts of the project's schemes, spelled once, and the words that select them.

Concept IRIs are ``vocab/{scheme}/{slug}`` as in ``ontology/vocabularies.ttl``. Extractors
ask for a concept by slug (a typo fails loudly) or map a heading or passage to a topic or
norm by the words in it.

>>> str(topic("media"))
'https://w3id.org/normgraph/vocab/topic/media'
>>> topic_for("ELECTRONIC VOTING SYSTEM")
'new-voting-technologies'
>>> norms_in("violation of the secrecy of voting")
['secret-ballot']
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ..namespaces import VOCAB

TOPIC_WORDS: dict[str, str] = {
    "new-voting-technologies": r"electronic voting|e-voting|\bsailau\b|"
    r"electronic (?:system|ballot|and paper)",
    "observers": r"\bobserv(?:er|ation)s?\b|\bmonitor(?:s|ing)?\b|accreditation",
    "media": r"\bmedia\b|broadcast|journalis|newspaper|\bpress\b|television|\bTV\b|libel",
    "voter-registration": r"voter (?:list|regist)|voters' lists?|list of voters|bar codes?",
    "complaints-and-appeals": r"complaints?|appeals?|impunity|accountability|prosecut",
    "election-administration": r"election commissions?|electoral commissions?|commission",
    "tabulation-and-results": r"tabulation|results",
    "legal-framework": r"election law|legislation|constitutional law|\blaw\b|legal",
    "election-day": r"election day|polling station|voting procedure|\bballots?\b|"
    r"\bvot(?:e|es|ing)\b",
    "campaign": r"campaign|pressure on voters|intimidat|coerc|agitation",
    "political-parties": r"political part(?:y|ies)",
    "fundamental-freedoms": r"freedom|rights of (?:citizens|voters)|assembl|peaceful|gatherings",
    "civil-society": r"\bNGOs?\b|civil society|civic",
}
"""Topic slugs and the words that select them, most specific first (ties go to the first)."""

NORM_PHRASES: dict[str, str] = {
    "secret-ballot": r"secre(?:cy|t) of (?:the )?(?:voting|vote|ballot|voter's ballot)|"
    r"secret ballot",
    "freedom-of-assembly": r"peaceful (?:gatherings|protest)|peacefully and without weapons|"
    r"rallies and meetings|freedom of assembly",
    "freedom-of-the-media": r"freedom of (?:the )?press|media bias|balanced (?:news )?coverage",
    "freedom-of-expression": r"freedom of (?:speech|political expression)",
    "election-observation": r"rights? of (?:election )?(?:monitors|observers)|observe elections",
    "impartial-election-administration": r"impartial|balanced (?:and equal )?representation",
    "transparency": r"\btranspar",
    "free-suffrage": r"forced voting|pressure on voters|coerc|intimidation of voters|"
    r"compulsory attendance",
    "right-to-effective-remedy": r"redress|effective remedy",
    "equal-suffrage": r"equal voting",
}
"""Norms and the phrases that invoke them explicitly (not mere topic words)."""

STATUSES = (
    "fully-implemented",
    "mostly-implemented",
    "partially-implemented",
    "not-implemented",
    "not-yet-assessed",
)
ELECTION_TYPES = ("presidential", "parliamentary", "local", "referendum", "by-election")
POLARITIES = ("positive", "problem", "mixed")
STANCES = ("endorses", "reinterprets", "contests", "rejects")
ANOMALIES = (
    "sum-mismatch",
    "share-mismatch",
    "malformed-number",
    "source-discrepancy",
    "implausible-value",
)


def _concept(scheme: str, slug: str, allowed: tuple[str, ...] | dict[str, str]) -> URIRef:
    if slug not in allowed:
        raise ValueError(f"unknown {scheme} concept {slug!r}")
    return VOCAB[f"{scheme}/{slug}"]


def topic(slug: str) -> URIRef:
    return _concept("topic", slug, {**TOPIC_WORDS, "political-context": ""})


def norm(slug: str) -> URIRef:
    return _concept("norm", slug, {**NORM_PHRASES, "rule-of-law": ""})


def status(slug: str) -> URIRef:
    return _concept("implementation-status", slug, STATUSES)


def election_type(slug: str) -> URIRef:
    return _concept("election-type", slug, ELECTION_TYPES)


def polarity(slug: str) -> URIRef:
    return _concept("finding-polarity", slug, POLARITIES)


def stance(slug: str) -> URIRef:
    return _concept("stance", slug, STANCES)


def anomaly(slug: str) -> URIRef:
    return _concept("data-anomaly", slug, ANOMALIES)


def genre(slug: str) -> URIRef:
    """A report-genre concept by slug (for parts whose genre has no loader of its own)."""
    return VOCAB["genre/" + slug]


def topic_for(text: str) -> str | None:
    """The topic whose words occur most often in ``text`` (ties: the earlier in the list)."""
    best, score = None, 0
    for slug, words in TOPIC_WORDS.items():
        hits = len(re.findall(words, text, re.IGNORECASE))
        if hits > score:
            best, score = slug, hits
    return best


def norms_in(text: str) -> list[str]:
    """The norms ``text`` invokes by an explicit phrase, in scheme order."""
    return [slug for slug, words in NORM_PHRASES.items() if re.search(words, text, re.I)]


_POSITIVE = re.compile(
    r"\b(?:positive (?:features?|measures|steps|developments?)|commend\w*|welcome|"
    r"encourag\w*|enhanced|improve(?:d|ment)|"
    r"high standard|quickly addressed|important guarantees|substantial improvement)\b",
    re.I,
)
_PROBLEM = re.compile(
    r"\b(?:violat\w*|concern\w*|problem\w*|restrict\w*|lack\w*|fail\w*|intimidat\w*|"
    r"pressure|forced|coerc\w*|not in conformity|imbalance|bias\w*|deficien\w*|"
    r"shortcoming\w*|harass\w*|troubling|undermin\w*|absent|disproportionate|chaos|"
    r"abuses?|irregularit\w*|without foundation|contravenes|unacceptable|expelled|"
    r"annulment|refused|impediment|disturbing|confusion|non-transparent|little trust|"
    r"unequal|depriv\w*|inconsisten\w*|curtail\w*|repress\w*|imprison\w*|tightening)\b",
    re.I,
)


def polarity_of(text: str) -> str | None:
    """Positive, problem or mixed, from evaluative words; None for a neutral passage."""
    good, bad = bool(_POSITIVE.search(text)), bool(_PROBLEM.search(text))
    if good and bad:
        return "mixed"
    return "positive" if good else "problem" if bad else None
