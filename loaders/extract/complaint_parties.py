"""Who a complaint names: the actor behind a complainant's or respondent's name.

A complaint sentence names its parties in whatever words the report uses: an institution,
a body by its acronym (defined elsewhere in the report), "the incumbent", "Mr. X", a list
or movement, or only a kind ("an NGO"). Each becomes the actor the rest of the report
knows it as, or a placeholder agent when the report never names it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rdflib import URIRef

from normgraph.namespaces import FOAF, NG

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document
from .actor_kinds import defined_name, kind_from_name
from .actors import KINDS, Actors, find_institutions
from .subjects import NAME, subject_before

_LIST_NAME = re.compile(r"\b(?:Party|Movement|Bloc|Union|Platform|Alliance|Front|Coalition)\b")
"""Words of a contestant's name: a named complainant with one is a party, else an NGO."""
_INCUMBENT = re.compile(
    r"(?:Mr\.\s+|Ms\.\s+)?(?P<a>[A-Z][\w'-]+ [A-Z][\w'-]+), the incumbent\b"
    r"|\bincumbent (?:[Pp]resident )?(?:Mr\.\s+)?(?P<b>[A-Z][\w'-]+ [A-Z][\w'-]+)"
)
"""Who "the incumbent" is, where the report names them ("X Y, the incumbent")."""
_CONTESTANT_NOUN = re.compile(
    r"\b(?:party|coalition|bloc|alliance|list|movement|contestant|electoral subject)\s+$", re.I
)


def _introduced_as_contestant(case: Fact, name: str) -> bool:
    """Is the name introduced by a contestant's common noun ("the opposition coalition
    <Name>", "the party <Name>")? Then it is a party, whatever words its name has."""
    for p, text in case.values:
        at = str(text).find(name) if p == NG.text else -1
        if at > 0 and _CONTESTANT_NOUN.search(str(text)[max(0, at - 40) : at]):
            return True
    return False


def agent(actors: Actors, document: Document, name: str, case: Fact, role: str) -> URIRef:
    """The actor a complaint names: an institution, a party by its acronym, a person by
    surname; an unnamed one ("an NGO") becomes a placeholder agent of its own."""
    spans = case.evidence[:1]
    for _, _, institution, found in find_institutions(name):
        if institution.name not in ("Courts", "State authorities", "Political parties"):
            return actors.get(found, institution.kind, spans, institution.level)
    if re.fullmatch(r"[A-Z]{2,}", name):
        long = defined_name(document.source.text, name)
        if long:  # a body defined by its acronym: what its words tell, else a party
            return actors.get(long, kind_from_name(long) or "party", spans)
    if re.fullmatch(r"(?:the )?incumbent", name, re.I):
        named = _INCUMBENT.search(document.source.text)
        if named:
            return actors.person(named.group("a") or named.group("b"), spans)
    person = re.fullmatch(r"(?:Mr|Ms|Mrs|Dr)\. (?P<surname>[A-Z][\w'-]+)", name)
    if person:
        full = re.search(rf"\b[A-Z][\w'-]+ {person['surname']}\b", document.source.text)
        return actors.person(full.group() if full else person["surname"], spans)
    if re.fullmatch(
        r"(?:[A-Z][\w'-]*|of|for|and|the)(?: (?:[A-Z][\w'-]*|of|for|and|the)){1,6}", name
    ):
        listed = _LIST_NAME.search(name) is not None or _introduced_as_contestant(case, name)
        return actors.get(name, "party" if listed else "ngo", spans)
    return actors.placeholder(mint("agent", role), f"{name} (not named in the report)", spans)


_SHORT = re.compile(r"[A-Z]{2,6}")
"""A complainant named by an acronym ("the SDU")."""


_DATED_OPENING = re.compile(
    r"\s*(?:On|In|By|Since)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"[A-Z][a-z]+\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"[A-Z][a-z]+\s+\d{4})\s*,?\s+"
)
"""A date opening a case told without a comma after it ("On 16 May 2024 the PRP appealed",
"On 20.01.2020 VOTA complained"), in any of the ways reports write dates."""


def complainant_before(lead: str) -> tuple[str, int, str | None] | None:
    """Who filed, from the words before the filing verb (``subjects.subject_before``), once
    a dated opening with no comma after it is set aside."""
    opening = _DATED_OPENING.match(lead)
    if opening is None:
        return _named_in_role(lead, subject_before(lead))
    who = subject_before(lead[opening.end() :])
    return None if who is None else (who[0], who[1] + opening.end(), who[2])


_TITLE = re.compile(r"(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?")
_DESCRIBED = re.compile(r"(?<![\w'\u2019-])(?!(?:of|for|and|the|de|van|von)\b)[a-z][\w-]*")
"""A lowercase word other than a name's particle: the phrase describes rather than names."""


def _named_in_role(
    lead: str, who: tuple[str, int, str | None] | None
) -> tuple[str, int, str | None] | None:
    """The person a described complainant's appositive names: "A candidate in <place>, Mr.
    <Name>, complained", "Two days before the vote, a student, <Name>, complained" filed as
    <Name>; a phrase that is itself a name ("The Green League, ...") stays."""
    if who is None or who[2] is None or not _DESCRIBED.search(who[0]):
        return who
    parts = [who[0], *who[2].split(",")]
    for before, part in pairwise(parts):
        named = part.strip()
        name = named[_TITLE.match(named).end() :]  # type: ignore[union-attr]
        if NAME.fullmatch(name):  # with its title: "Mr. <Name>" is a person's
            named = named[len("the ") :] if named.lower().startswith("the ") else named
            return named, lead.index(named, who[1]), before.strip()  # its role: what precedes
    return who


def already_named(actors: Actors, name: str, known: Extraction | None) -> Fact | None:
    """The organisation already read under ``name`` (a "Full Name (ACRONYM)" the report
    defined), or, for an acronym, the one whose name's initials it is ("Social Democratic
    Union" for "SDU"): one actor, whichever way the report names it. Looked for among the
    actors, the extraction's facts and ``known`` (the report's facts, when ``actors`` is a
    scratch registry)."""
    kinds = set(KINDS.values()) - {FOAF.Person}
    short = _SHORT.fullmatch(name) is not None
    for fact in [*actors.facts.values(), *actors.extraction.facts, *(known.facts if known else [])]:
        if fact.kind not in kinds:
            continue
        if str(fact.label).casefold() == name.casefold():
            return fact
        words = re.findall(r"\b[A-Z][\w'\u2019-]*", str(fact.label))
        if short and len(words) > 1 and "".join(w[0] for w in words) == name:
            return fact
    return None


TITLED = re.compile(r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)")
"""A complainant named with a title is a person."""
