"""The SKOS concepts extractors point to, spelled in one place.

Concept IRIs follow the schemes in ``ontology/vocabularies.ttl``: ``vocab/{scheme}/{slug}``.
Extractors call these helpers instead of writing ``VOCAB[...]`` strings, so a renamed
concept is renamed here only.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ..namespaces import VOCAB

TOPICS = {
    "media": r"\bmedia\b|broadcast|journalis|defamation",
    "complaints-and-appeals": r"complaints?|appeals?|disputes?|adjudicat|challenges?",
    "candidate-registration": r"candidate registration|nomination|registration of candidates",
    "voter-registration": r"voter registration|voter lists?|registered at only one",
    "legal-framework": r"legal framework|election system|legislation",
    "election-administration": r"election administration|commissions?\b",
    "participation-of-women": r"\bwomen\b|gender",
    "national-minorities": r"minorit",
    "observers": r"observers?\b|observation",
    "counting": r"\bcount(ing)?\b",
    "tabulation-and-results": r"tabulation|results",
    "election-day": r"election day|voting|opening",
    "campaign": r"campaign",
    "political-context": r"political context|pluralis",
}
"""Topic slugs and the words in a section heading that select them, most specific first."""

STATUSES = (
    "fully-implemented",
    "mostly-implemented",
    "partially-implemented",
    "not-implemented",
    "not-yet-assessed",
)
OUTCOMES = ("upheld", "partially-upheld", "rejected", "not-considered", "withdrawn", "pending")
ELECTION_TYPES = ("presidential", "parliamentary", "local", "referendum", "by-election")
ANOMALIES = ("malformed-number", "sum-mismatch", "share-mismatch", "source-discrepancy")


def topic_for(text: str) -> str | None:
    """The topic whose words occur most often in ``text`` (ties: the more specific)."""
    best, score = None, 0
    for slug, words in TOPICS.items():
        hits = len(re.findall(words, text, re.IGNORECASE))
        if hits > score:
            best, score = slug, hits
    return best


def topic(slug: str) -> URIRef:
    if slug not in TOPICS:
        raise ValueError(f"unknown topic {slug!r}")
    return VOCAB["topic/" + slug]


def status(slug: str) -> URIRef:
    if slug not in STATUSES:
        raise ValueError(f"unknown implementation status {slug!r}")
    return VOCAB["implementation-status/" + slug]


def outcome(slug: str) -> URIRef:
    if slug not in OUTCOMES:
        raise ValueError(f"unknown complaint outcome {slug!r}")
    return VOCAB["complaint-outcome/" + slug]


def election_type(slug: str) -> URIRef:
    if slug not in ELECTION_TYPES:
        raise ValueError(f"unknown election type {slug!r}")
    return VOCAB["election-type/" + slug]


def anomaly(slug: str) -> URIRef:
    if slug not in ANOMALIES:
        raise ValueError(f"unknown data anomaly {slug!r}")
    return VOCAB["data-anomaly/" + slug]


def polarity(slug: str) -> URIRef:
    return VOCAB["finding-polarity/" + slug]


def norm(slug: str) -> URIRef:
    return VOCAB["norm/" + slug]
