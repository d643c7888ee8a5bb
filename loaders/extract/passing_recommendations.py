"""Recommendations made in passing: one sentence of the findings that recommends.

Statements without a recommendations list, and older final reports, recommend inside their
findings: "The OSCE/ODIHR recommends that ...", "It is recommended that ...",
"Consideration should be given to ...". The test is shared by the loaders of both genres.
"""

from __future__ import annotations

import re
from collections.abc import Set

from normgraph.namespaces import DCTERMS, local_name

from ..rdf.facts import Fact
from ..text.words import any_word

_RECOMMENDS = re.compile(
    r"^(?:[^.;:]{0,80}?,\s*)?(?:"
    r"(?:it|this)\s+is\s+(?:therefore\s+|also\s+|further\s+)?recommended\s+that\b"
    r"|consideration\s+(?:should|could|might)\s+be\s+given\s+to\b"
    r"|it\s+(?:would|will|might)\s+be\s+(?:advisable|desirable|useful|beneficial|welcome)"
    r"\s+(?:for|to|that|if)\b"
    r"|[^.;]{0,120}?\b(?:is|are)\s+(?:(?:strongly|therefore|also|further)\s+)?"
    r"(?:encouraged|urged|invited|called\s+upon)\s+to\b"
    r"|(?P<who>[\w/]+(?:\s+[\w/-]+){0,5}?)\s+(?:therefore\s+|also\s+|further\s+)?"
    r"(?:recommends?|urges?|encourages?|suggests?)\s+(?:that\b|the\b|all\b|authorities\b"
    r"|parliament\b)"
    # "The mission nonetheless considers that the right ... should be stated in law"
    r"|(?P<judge>[\w/]+(?:\s+[\w/-]+){0,5}?)\s+(?:therefore\s+|also\s+|nonetheless\s+|further\s+)?"
    r"(?:considers?|believes?|is\s+of\s+the\s+(?:view|opinion))\s+that\b[^.;]{0,160}?"
    r"\b(?:should|must|ought\s+to)\b)",
    re.I,
)
"""A sentence that recommends in passing, in the present tense: "ODIHR recommends that ...",
"It is recommended that ...", "Consideration should be given to ...", "The authorities are
encouraged to ...", "It would be advisable for the commission to ..." (older reports'
courtesy), "We suggest that ...", "The mission considers that ... should ..." (the
observers' view of what should be done). What was recommended
before ("previously recommended") reviews an earlier recommendation and is no new one."""
_CONSIDER = re.compile(
    r"\b(?:(?:should|could|might)\s+(?:also\s+|further\s+)?(?:be\s+)?|may\s+(?:also\s+)?wish\s+to\s+)"
    r"(?:re)?consider(?:ed)?\b",
    re.I,
)
"""A suggestion in passing: "... should be considered", "the authorities could consider ...",
the courtesy of many reports "the authorities may wish to consider ..."."""
_DUTY = any_word(
    r"by law, according to, under (?:the|article), required, obliged, stipulat\w*, provides?"
)
"""What a law says should be considered (a court "should consider an appeal within three
days" by law) is a finding about the law, not a suggestion of the observers."""
_OBSERVER = re.compile(
    r"^(?:we|the\s+(?:[\w-]+\s+){0,4}?(?:mission|delegation|observers|monitors|experts?"
    r"|(?:expert\s+)?team|(?-i:[A-Z]{0,3}(?:EOM|EAM|NAM|EET|EEM))))$",
    re.I,
)
"""The observers as a subject: "we", "the international election observation mission",
"the expert team", a mission by its acronym ("the EOM", "the LEOM", "the EAM", "the
EET")."""


def _recommender(who: str | None, issuers: Set[str]) -> bool:
    """Is the subject of "recommends" the observers or the statement's issuer (by acronym)?
    A domestic body "recommends" voters things; that is a finding, not a recommendation."""
    if who is None:
        return True
    words = who.split()
    if len(words) == 2 and words[0].lower() == "the":
        words = words[1:]  # "The OSCE/ODIHR recommends"
    word = words[0].lower().replace("/", "-")
    return bool(_OBSERVER.match(who)) or (
        len(words) == 1
        and words[0].isupper()
        and (word in issuers or word.split("-")[-1] in issuers)
    )


def issuer_names(report: Fact) -> set[str]:
    """The local names of the report's creators and their parts ("osce-odihr", "odihr")."""
    names = {
        local_name(value) for predicate, value in report.values if predicate == DCTERMS.creator
    }
    return names | {part for name in names for part in name.split("-")}


def recommends_in_passing(sentence: str, issuers: Set[str]) -> bool:
    """Does ``sentence`` recommend, in the present tense, as the observers (``issuers``: the
    local names of the report's creators and their parts, "osce-odihr", "odihr")?"""
    found = _RECOMMENDS.match(sentence.strip())
    if found is not None and _recommender(found.group("who") or found.group("judge"), issuers):
        return True
    suggests = _CONSIDER.search(sentence)
    return suggests is not None and not _DUTY.search(sentence[: suggests.start()])


__all__ = ["issuer_names", "recommends_in_passing"]
