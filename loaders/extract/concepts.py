"""SKOS concepts of the project's schemes, spelled once, and the words that select them.

Concept IRIs are ``vocab/{scheme}/{slug}`` as in ``ontology/vocabularies/*.ttl``; a slug its
scheme there lacks fails loudly. Extractors map a heading or passage to a topic by the
words in it, to the norms it invokes by explicit phrases, or to its polarity. Each genre
words topics its own way, so ``topic_for`` takes the word list: ODIHR final reports
(section headings) and statements (passages and their headings).

>>> str(topic("media"))
'https://w3id.org/normgraph/vocab/topic/media'
>>> topic_for(STATEMENT_TOPIC_WORDS, "ELECTRONIC VOTING SYSTEM")
'new-voting-technologies'
>>> topic_for(ODIHR_TOPIC_WORDS, "Background", "Several appeals were lodged.")
'complaints-and-appeals'
>>> norms_in("violation of the secrecy of voting")
['secret-ballot']
>>> status("done")
Traceback (most recent call last):
ValueError: unknown implementation-status concept 'done'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, partial

from rdflib import URIRef
from rdflib.namespace import SKOS

from normgraph.namespaces import VOCAB
from normgraph.ontology import vocabularies_graph

from ..text.needed_words import Folded, may_match

ODIHR_TOPIC_WORDS: dict[str, str] = {
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
"""ODIHR final reports: topic slugs and the words of a section heading (or of a passage
under no telling heading) that select them, most specific first."""

STATEMENT_TOPIC_WORDS: dict[str, str] = {
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
"""Statements (observer groups' and programme reports' own): topic slugs and the words of a
passage or heading that select them, most specific first."""

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


def concept(scheme: str, slug: str) -> URIRef:
    """``vocab/{scheme}/{slug}``, or ValueError when ``vocabularies/*.ttl`` has no such concept
    in that scheme (a typo in an extractor must not mint a dangling IRI)."""
    iri = VOCAB[f"{scheme}/{slug}"]
    if (iri, SKOS.inScheme, VOCAB[scheme]) not in vocabularies_graph():
        raise ValueError(f"unknown {scheme} concept {slug!r}")
    return iri


# One scheme's concept by slug, checked: ``topic("media")`` is ``concept("topic", "media")``.
topic = partial(concept, "topic")
norm = partial(concept, "norm")
status = partial(concept, "implementation-status")
outcome = partial(concept, "complaint-outcome")
election_type = partial(concept, "election-type")
polarity = partial(concept, "finding-polarity")
stance = partial(concept, "stance")
anomaly = partial(concept, "data-anomaly")


def genre(slug: str) -> URIRef:
    """A report-genre concept by slug, unchecked: ``programme/loader.py`` asks the vocabulary
    whether an attachment's genre is there before it uses it."""
    return VOCAB["genre/" + slug]


@cache
def _topic_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def topic_for(words: Mapping[str, str], *texts: str) -> str | None:
    """The topic of the first of ``texts`` that has one (a heading, then the passage): the
    slug in ``words`` whose pattern occurs most often in it, ties to the earlier slug (a
    pattern is compiled once, and not scanned where a word it needs is missing)."""
    for text in texts:
        best, score = None, 0
        lowered = Folded(text)
        for slug, pattern in words.items():
            compiled = _topic_pattern(pattern)
            hits = len(compiled.findall(text)) if may_match(compiled, lowered) else 0
            if hits > score:
                best, score = slug, hits
        if best is not None:
            return best
    return None


def norms_in(text: str) -> list[str]:
    """The norms ``text`` invokes by an explicit phrase, in scheme order."""
    return [slug for slug, words in NORM_PHRASES.items() if re.search(words, text, re.I)]
