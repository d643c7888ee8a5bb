"""The report node every document gets: genre, title, creator, date, language, source.

Each genre states these in its own place (an ODIHR title block, a thesis cover page, an
article's byline, a programme report's first sentence); ``read_head`` knows where to look
for each genre and keeps the span that states each value as its evidence. Values a text
does not state are left out, not guessed.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from normgraph.namespaces import DCTERMS, FOAF, ID, NG, ORG, VOCAB, XSD

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..rdf.triples import source_iri
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.genres import TITLE_CHARS, Genre
from ..text.source import SourceText, Span
from .head import (
    SMALL_WORDS,
    Affiliation,
    Creator,
    ReportHead,
    clean,
)
from .organisations import organisation_kind
from .state_data import reference_types
from .states import find_state


def read_head(source: SourceText, genre: Genre) -> ReportHead:
    """What the report says about itself, by the conventions of its genre."""
    # The registry imports the genre loaders, which import this module: look it up late.
    from ..registry import head_reader_for

    return head_reader_for(genre)(source)


def detect_language(text: str) -> str:
    """BCP 47 code of the text's main language: English, Russian or undetermined."""
    sample = text[:20000]
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if cyrillic > latin:
        return "ru"
    words = re.findall(r"[a-z]+", sample.lower())
    common = sum(1 for w in words if w in {"the", "and", "of", "to", "in", "is", "that"})
    return "en" if words and common / len(words) > 0.08 else "und"


_TITLE_ELECTION = re.compile(
    r"\b(?P<early>early|extraordinary|snap|repeat|pre-term)?[\s-]*"
    r"(?P<type>presidential|parliamentary|local|municipal|regional)\s+elections?\b"
    r"|\b(?P<referendum>referendum)\b",
    re.I,
)
_TITLE_WORDS = 5
_LEFT_OUT = SMALL_WORDS | {"between", "by", "with", "at", "from", "s"}
"""Words of a title (small words left out) that tell apart reports naming no election."""


def report_subject(source: SourceText, head: ReportHead) -> str:
    """What tells this report from others of its creator, year and genre, readably: the
    state it is about (``find_state``: two states' elections can fall on one day), then the
    election its title names (``early-presidential-2011-04-03``), else the first words of
    its title, else (no title read) the first 8 hex digits of the text's SHA-256.

    >>> head = ReportHead(title="Testland, Early Presidential Election, 3 April 2011")
    >>> report_subject(SourceText("d", "d.txt", "..."), head)
    'early-presidential-2011-04-03'
    >>> report_subject(SourceText("d", "d.txt", "..."), ReportHead(title="Square pegs in holes"))
    'square-pegs-holes'
    """
    if not head.title:
        return source.sha256[:8]
    state = find_state(source.text, TITLE_CHARS)
    words = [state.state.code.lower()] if state else []
    election = _TITLE_ELECTION.search(head.title)
    if election:
        kind = (election["type"] or "referendum").lower()
        words += [election["early"] or "", "local" if kind in ("municipal", "regional") else kind]
        date = DATE_PATTERN.search(head.title)
        if date:
            words.append(match_to_date(date).isoformat())
        return slug(" ".join(words))
    title = [w for w in slug(head.title, 200).split("-") if w not in _LEFT_OUT]
    if not title:
        return source.sha256[:8]
    return "-".join(words + title[:_TITLE_WORDS])


def report_key(source: SourceText, head: ReportHead, creator: str, genre_slug: str) -> str:
    """``{creator}-{year}-{genre}-{subject}``: readable, and one per report (two reports of
    one creator, year and genre, say a presidential and a parliamentary election's, differ
    in their subject; see ``report_subject``)."""
    year = head.issued if isinstance(head.issued, int) else getattr(head.issued, "year", None)
    parts = [creator, str(year) if year else "", genre_slug, report_subject(source, head)]
    return slug("-".join(part for part in parts if part), 200)


def report_iri(source: SourceText, head: ReportHead, genre: Genre) -> URIRef:
    """``id/report/{report_key}``; the document id when no creator is named."""
    if not head.creators:
        return mint("report", source.document_id)
    return ID["report/" + report_key(source, head, head.creators[0].short_name, genre.value)]


def creator_iri(creator: Creator) -> URIRef:
    """People by full name, organisations by their short name (acronym)."""
    if creator.is_person:
        return mint("person", creator.name)
    return mint("organisation", creator.short_name)


_INTERIM = re.compile(r"^[ \t#*]*(?:[\w/.-]+[ \t]+){0,3}Interim[ \t]+Report\b", re.I | re.M)
"""An interim report's title ("INTERIM REPORT No. 2", "ODIHR EOM Interim Report")."""


_DELEGATION_REPORT = re.compile(
    r"^[ \t#*]*(?:Rapporteurs?|Chair(?:person|man|woman)?|Head[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"Delegation)[ \t]*:"
    r"|^[ \t#*]*Report[ \t]+(?:of|by)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}(?:Committee|Delegation)\b"
    r"|^[ \t#*]*(?:Election[ \t]+)?Observation[ \t]+Report[ \t]*\n(?:[^\n]*\n){0,2}?"
    r"[^\n]*\b(?:Delegation|Committee)\b",
    re.I | re.M,
)
"""A parliamentary delegation's report on an election it observed: a title block naming its
rapporteur or its chair, calling it the "Report of the ad hoc Committee ...", or an
"Election observation report" over the delegation or ad hoc committee that wrote it."""


_PRE_ELECTION = re.compile(
    r"^[ \t#*]*(?:[\w/.()-]+[ \t]+){0,4}Pre-?election[ \t]+"
    r"(?:(?:Assessment|Observation|Watch)[ \t]+)?(?:Statement|Mission|Delegation|Report)\b",
    re.I | re.M,
)
"""A title that places the statement before election day ("PRE-ELECTION STATEMENT",
"Pre-Election Assessment Mission to ..."): a statement, not the preliminary statement a
mission issues on the day after the vote."""


_PRELIMINARY = re.compile(r"\bpreliminar", re.I)
"""A statement whose title block never calls it or its findings preliminary
("POST-ELECTION STATEMENT OF THE ... DELEGATION", "Report on the observation of ...") is a
statement, not a mission's preliminary one."""


def stated_genre(source: SourceText, genre: Genre) -> tuple[URIRef, str]:
    """The genre concept and slug a report's title block states: an interim report is read
    like a statement (``genre``) but is filed as the interim report it calls itself, and a
    delegation's (rapporteur's) report, a pre-election statement or any statement whose
    title block never says "preliminary" as a statement, not a mission's preliminary one."""
    title = source.text[:TITLE_CHARS]
    if genre is Genre.PRELIMINARY_STATEMENT and _INTERIM.search(title):
        return VOCAB["genre/interim-report"], "interim-report"
    if genre is Genre.PRELIMINARY_STATEMENT and (
        _DELEGATION_REPORT.search(title)
        or _PRE_ELECTION.search(title)
        or not _PRELIMINARY.search(title)
    ):
        return VOCAB["genre/statement"], "statement"
    return genre.concept, genre.value


def add_report(extraction: Extraction, source: SourceText, genre: Genre) -> Fact:
    """Add the report node and its creators to ``extraction``; return the report fact."""
    head = read_head(source, genre)
    report = _report_fact(
        extraction, source, head, report_iri(source, head, genre), *stated_genre(source, genre)
    )
    if not report.evidence:
        # Nothing in the head named the report: the opening words identify it instead.
        opening = re.search(r"\S[^\n]{0,200}", source.text)
        if opening is None:
            raise ValueError(f"{source.file_name}: no text to cite")
        report.evidence.append(source.span(opening.start(), opening.end()))
    extraction.facts.insert(0, report)
    return report


def add_part_report(
    extraction: Extraction,
    source: SourceText,
    parent: Fact,
    head: ReportHead,
    genre: URIRef,
    genre_slug: str,
    evidence: list[Span],
) -> Fact:
    """A report node for a document contained in another (an attachment): its own head,
    genre and IRI, linked with ``dcterms:isPartOf``/``dcterms:hasPart`` to ``parent``."""
    creator = head.creators[0].short_name if head.creators else parent.label or "part"
    iri = ID["report/" + report_key(source, head, creator, genre_slug)]
    report = _report_fact(extraction, source, head, iri, genre, genre_slug)
    report.evidence.extend(span for span in evidence if span not in report.evidence)
    report.add(DCTERMS.isPartOf, parent.iri)
    parent.add(DCTERMS.hasPart, report.iri)
    extraction.add(report)
    return report


def _report_fact(
    extraction: Extraction,
    source: SourceText,
    head: ReportHead,
    iri: URIRef,
    genre: URIRef,
    genre_slug: str,
) -> Fact:
    label = head.title or _fallback_label(head, genre_slug)
    report = Fact(iri=iri, kind=NG.Report, label=label)
    report.add(NG.genre, genre)
    report.add(NG.sourceText, source_iri(source))
    report.add(DCTERMS.language, detect_language(source.text))
    if head.title and head.title_span:
        report.add(DCTERMS.title, head.title)
        report.evidence.append(head.title_span)
    for creator in head.creators:
        # An organisation the reference data knows is typed as it says (an international
        # organisation, an observer network); any other only as an organisation, until
        # the text defines it ("Full Name (ACRONYM)" in ``extract.organisations``).
        kind, extra = (
            (FOAF.Person, [])
            if creator.is_person
            else organisation_kind(creator.short_name, creator.name)
            if reference_types(creator.short_name) | reference_types(creator.name)
            else (ORG.Organization, [])
        )
        actor = Fact(
            iri=creator_iri(creator),
            kind=kind,
            label=creator.name,
            evidence=[creator.span],
            extra_types=extra,
        )
        actor.add(FOAF.name, creator.name)
        if not creator.is_person and creator.short_name != creator.name:
            actor.add(NG.shortName, creator.short_name)
        extraction.merge(actor)
        report.add(DCTERMS.creator, actor.iri)
        report.evidence.append(creator.span)
        if creator.is_person and head.affiliation is not None and creator is head.creators[0]:
            _add_affiliation(extraction, actor, head.affiliation)
    if head.issued is not None and head.issued_span is not None:
        if isinstance(head.issued, int):
            report.add(DCTERMS.issued, Literal(str(head.issued), datatype=XSD.gYear))
        else:
            report.add(DCTERMS.issued, Literal(head.issued.isoformat(), datatype=XSD.date))
        report.evidence.append(head.issued_span)
    return report


def _add_affiliation(extraction: Extraction, person: Fact, affiliation: Affiliation) -> None:
    """The author's organisation (and unit), linked with ``org:memberOf`` (W3C ORG)."""
    name = clean(affiliation.organisation)
    organisation = Fact(
        iri=mint("organisation", name),
        kind=ORG.FormalOrganization,
        label=name,
        evidence=[affiliation.span],
    )
    organisation.add(FOAF.name, name)
    extraction.add(organisation)
    person.add(ORG.memberOf, organisation.iri)
    if affiliation.unit:
        unit = Fact(
            iri=mint("organisation", name, affiliation.unit),
            kind=ORG.OrganizationalUnit,
            label=f"{affiliation.unit}, {name}",
            evidence=[affiliation.span],
        )
        unit.add(FOAF.name, affiliation.unit)
        unit.add(ORG.unitOf, organisation.iri)
        extraction.add(unit)
        person.add(ORG.memberOf, unit.iri)


def _fallback_label(head: ReportHead, genre_slug: str) -> str:
    who = head.creators[0].name if head.creators else "Unknown issuer"
    return f"{who}: {genre_slug.replace('-', ' ')}"


__all__ = [
    "add_part_report",
    "add_report",
    "read_head",
    "slug",
]
