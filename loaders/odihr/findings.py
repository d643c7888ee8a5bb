"""Findings (problems, positives, mixed judgements), and the actors the body names.

A finding is a sentence that judges something, by the one polarity lexicon
(``extract.polarity``): a cue of a problem ("lack of", "restricted", "irregularities"),
of a positive ("in a professional manner", "calm"), or both ("mixed"). Thematic
sections give their topic by their heading; the executive summary's overall and key
conclusions take the topic their own words name, as do sentences under a heading that names
no topic ("Repeat elections of <date>"). The introduction, recommendations and annexes are
not read; sentences that only describe are not findings.

A sentence that concedes before it judges ("While some improvements were noted, the
elections were marred by ...", "The commission worked efficiently, although the late
adoption of the rules reduced legal certainty") states two conclusions: the concession and
the main clause are one finding each when they differ in polarity. Coordinated judgements
("orderly, but marred by ...") stay one mixed finding.
"""

from __future__ import annotations

import re

from normgraph.namespaces import NG, local_name

from ..extract.actors import Actors, add_people, find_institutions, find_listed_parties
from ..extract.concepts import ODIHR_TOPIC_WORDS, topic, topic_for
from ..extract.concepts import polarity as finding_polarity
from ..extract.finding_shapes import only_asks
from ..extract.polarity import polarity_of
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Footnote, Section
from ..text.words import any_word

_SKIP = re.compile(r"INTRODUCTION|RECOMMENDATIONS|ANNEX|ABOUT", re.I)
_ABOUT_THE_REPORT = any_word(
    "this report, stands ready, recommendations (?:relate|are offered|aim|address)"
)
"""Sentences about the report or its recommendations, not about the election."""
_CONCESSION_FIRST = re.compile(r"^(?:While|Although|Though|Whereas|Even though)\b[^,]{10,}?,\s+")
"""A sentence opening with its concession: "While <concession>, <main clause>"."""
_CONCESSION_AFTER = re.compile(r",\s+(?=(?:although|though|while|whereas|even though)\b)")
"""A concession after the main clause: "<main clause>, although <concession>"."""
_OVERALL = re.compile(r"SUMMARY|CONCLUSIONS", re.I)
"""The executive summary (or conclusions): overall conclusions and each theme's key
conclusion, each judging sentence a finding with the topic its own words name."""


def add_findings(extraction: Extraction, document: Document, report: Fact) -> list[Fact]:
    key = local_name(report.iri)
    found: list[Fact] = []
    outlined = bool(document.root.children)
    """A report whose headings were not recognised is read whole, its topics from its words."""
    for sentence in document.sentences():
        section = sentence.section
        if sentence.in_footnote or section is None or (outlined and not section.path):
            continue
        if section.path and _SKIP.search(section.path[0].title):
            continue
        if _ABOUT_THE_REPORT.search(sentence.text) or only_asks(sentence.text):
            continue  # about the report, or an ask: no finding
        overall = not section.path or _OVERALL.search(section.path[0].title)
        titled = None if overall else topic_for(ODIHR_TOPIC_WORDS, *_titles(section.path))
        for start, end, verdict in conclusions(sentence.text):
            text = sentence.text[start:end]
            slug = titled or topic_for(ODIHR_TOPIC_WORDS, text) or "political-context"
            fact = Fact(
                iri=mint("finding", key, str(len(found) + 1)),
                kind=NG.Finding,
                label=f"{verdict}: {text[:60]}",
                evidence=sentence.spans(start, end),
            )
            fact.add(NG.text, text).add(NG.topic, topic(slug))
            fact.add(NG.polarity, finding_polarity(verdict)).add(NG.sourceReport, report.iri)
            extraction.add(fact)
            found.append(fact)
    return found


def _titles(path: list[Section]) -> tuple[str, str]:
    """The innermost and the outermost heading of a sentence's section."""
    return path[-1].title, path[0].title


def conclusions(text: str) -> list[tuple[int, int, str]]:
    """The conclusions a sentence states: (start, end, polarity) of the concession and the
    main clause when their polarities differ, else the whole sentence's; none if it only
    describes."""
    split = _CONCESSION_FIRST.match(text) or _CONCESSION_AFTER.search(text)
    if split is not None:
        if split.start() == 0:
            parts = [(0, text.rindex(",", 0, split.end()) + 1), (split.end(), len(text))]
        else:
            parts = [(0, split.start() + 1), (split.end(), len(text))]
        verdicts = [polarity_of(text[a:b]) for a, b in parts]
        if None not in verdicts and verdicts[0] != verdicts[1]:
            return [(a, b, str(v)) for (a, b), v in zip(parts, verdicts, strict=True)]
    verdict = polarity_of(text)
    return [] if verdict is None else [(0, len(text), verdict)]


_PARTY = re.compile(
    r"\b(?:the |The )?(?:ruling |unregistered )?(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) party\b"
    r"|(?P<long>(?:[A-Z][\w'-]*\s)+Party(?: of [A-Z]\w+)?) \((?P<acr>[A-Z]{2,})\)"
)
_GROUP = re.compile(
    r"(?P<name>(?:'[^']+'\s+)?(?:[A-Z][\w'-]*\s+){0,4}"
    r"(?:Society|Bureau|Committee|Coalition|Association|Foundation|Commission for Control)"
    r"(?:\s+(?:of|for|on)\s+(?:(?:[A-Z][\w'-]*|and(?! the)|of|the)\s*)+)?"
    r"(?:\s+\"[^\"]+\")?)"
)
_GENERIC = {
    "Courts",
    "Lower courts",
    "State authorities",
    "Political parties",
    "Election commissions",
}
"""Generic mentions that name no particular body: actors only when a recommendation
addresses them."""
_NOT_GROUP = re.compile(
    r"Elimination of Discrimination|State Security|Ministers|Human Rights Committee"
    r"|Election Commission"
)


def add_actors(document: Document, actors: Actors) -> None:
    """Institutions, parties, observer groups and NGOs, people, and monitored media outlets."""
    parties: dict[str, str] = {}
    """Party names and acronyms read so far -> the party's full name."""
    for sentence in document.sentences():
        text = sentence.text
        for start, end, institution, name in find_institutions(text):
            if institution.name in _GENERIC:
                continue
            spans = sentence.spans(start, end)[:1]
            actors.get(name, institution.kind, spans, institution.level)
        for match in _PARTY.finditer(text):
            name = re.sub(r"^The ", "", match.group("name") or match.group("long")).strip()
            if name.split()[0] in {"The", "Each", "Every", "One", "A", "States"}:
                continue
            actors.get(name, "party", sentence.spans(*match.span())[:1])
            parties[name] = name
            if match.group("acr"):
                parties[match.group("acr")] = name
        for match in _GROUP.finditer(text):
            name = match.group("name").strip()
            if _NOT_GROUP.search(name) or len(name.split()) < 2:
                continue
            kind = "observer-group" if re.search(r"observ|monitor", text) else "ngo"
            actors.get(name, kind, sentence.spans(*match.span("name"))[:1])
    for party in (f for f in actors.facts.values() if f.kind == NG.PoliticalParty):
        parties.setdefault(str(party.label), str(party.label))
    for sentence in document.sentences():
        for name, start, end in find_listed_parties(sentence.text, parties):
            full = parties.get(name) or _unique_expansion(name, parties) or name
            actors.get(full, "party", sentence.spans(start, end)[:1])
            parties.setdefault(name, full)
    add_people(document, actors)
    _media(document, actors)


_OUTLET = re.compile(
    r"\b(?:newspaper|TV station|television station|radio station|TV channel)\s+"
    r"(?P<a>[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,2})"
    r"|(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:newspaper|TV station|weekly)\b"
)
"""An outlet named beside what it is ("the newspaper Respublika", "the TV station K+",
"the Uralskaya Nedelya newspaper"), monitored or not."""


def _media(document: Document, actors: Actors) -> None:
    for sentence in document.sentences():
        for match in _OUTLET.finditer(sentence.text):
            group = "a" if match.group("a") else "b"
            name = match.group(group)
            if name.split()[0] in {"The", "A", "An", "This", "Each", "Every", "State"}:
                continue
            actors.get(name, "media", sentence.spans(*match.span(group))[:1])
    for note in document.footnotes.values():
        if not note.cited_by:
            continue
        marker = note.cited_by[0][1]
        before = document.source.text[max(0, marker.span.start - 20) : marker.span.start]
        if not re.search(r"(?:television|newspapers),?$", before) or len(note.text) > 200:
            continue
        _outlets(note, actors)


def _outlets(note: Footnote, actors: Actors) -> None:
    text = note.text.rstrip(".")
    for part in re.split(r",\s*|\s+and\s+", text):
        name = part.strip()
        if name and len(name) < 40 and name[0].isupper():
            actors.get(name, "media", note.locate(name))


def _unique_expansion(name: str, parties: dict[str, str]) -> str | None:
    """The one known party whose full name starts with ``name`` ("the Labour Party" in
    a report that introduced the "Labour Party of Testland (LPT)"), else None."""
    longer = {full for full in parties.values() if full.startswith(name + " ")}
    return longer.pop() if len(longer) == 1 else None
