"""The report node every document gets: genre, title, creator, date, language, source.

Each genre states these in its own place (an ODIHR title block, a thesis cover page, an
article's byline, a programme report's first sentence); ``read_head`` knows where to look
for each genre and keeps the span that states each value as its evidence. Values a text
does not state are left out, not guessed.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from ...namespaces import DCTERMS, FOAF, ID, NG, ORG, XSD
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint, slug
from ..rdf.triples import source_iri
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.genres import Genre
from ..text.source import SourceText, Span

HEAD = 6000
"""Characters from the start in which a report's own metadata is looked for."""


@dataclass(frozen=True)
class Creator:
    """Who issued or wrote a report, as the text names them."""

    name: str
    short_name: str
    is_person: bool
    span: Span


@dataclass(frozen=True)
class Affiliation:
    """Where the (first) author works or studies: an organisation, maybe one of its units."""

    organisation: str
    span: Span
    unit: str | None = None


@dataclass
class ReportHead:
    """What a report says about itself."""

    title: str | None = None
    title_span: Span | None = None
    creators: list[Creator] = field(default_factory=list)
    affiliation: Affiliation | None = None
    issued: datetime.date | int | None = None
    issued_span: Span | None = None


def _span(source: SourceText, match: re.Match[str], group: int | str = 0) -> Span:
    return source.span(match.start(group), match.end(group))


def _clean(text: str) -> str:
    """Markdown emphasis and hard line breaks removed, white space folded."""
    return re.sub(r"\s+", " ", text.replace("*", "").replace("#", "")).strip(" \u2013\u2014-")


def _organisation(source: SourceText, match: re.Match[str], name: str, short: str) -> Creator:
    return Creator(name=name, short_name=short, is_person=False, span=_span(source, match))


def head_final_report(source: SourceText) -> ReportHead:
    text = source.text[:HEAD]
    head = ReportHead()
    full = re.search(r"Office for Democratic Institutions and Human Rights", text)
    issuer = full or re.search(r"\b(?:OSCE/)?ODIHR\b", text)  # older title blocks: acronym only
    if issuer:
        head.creators.append(
            _organisation(
                source,
                issuer,
                "OSCE Office for Democratic Institutions and Human Rights",
                "OSCE/ODIHR",
            )
        )
    # The title: from the line after the issuer to the line naming the report ("Election
    # Observation Mission Final Report", "OSCE/ODIHR FINAL REPORT", "... Mission Report").
    block = re.search(
        r"(?P<title>[^\n]*\S[^\n]*\n(?:[^\n]*\n){0,8}?"
        r"[^\n]*(?:Mission\s+(?:Final\s+)?Report|\bODIHR\s+Final Report))",
        text[full.end() if full else 0 :],
        re.IGNORECASE,
    )
    if block:
        offset = full.end() if full else 0
        span = source.span(offset + block.start("title"), offset + block.end("title"))
        head.title_span = span
        head.title = ", ".join(_clean(line) for line in span.quote.splitlines() if line.strip())
        after = span.end
        dated = re.search(
            r"^\s*(?P<place>[A-Z][A-Za-z .-]+?)\s*\n\s*(?P<date>" + DATE_PATTERN.pattern + ")",
            source.text[after : after + 400],
            re.MULTILINE,
        )
        if dated:
            date_match = DATE_PATTERN.search(dated.group("date"))
            if date_match:
                head.issued = match_to_date(date_match)
                head.issued_span = source.span(after + dated.start(), after + dated.end())
    return head


_SMALL = {"for", "of", "and", "the", "in", "on", "to", "a", "an"}


def _title_case(text: str) -> str:
    """An upper-case name as a name is usually written ("NATIONAL ... FOR ..." -> "National
    ... for ...")."""
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


_TITLE_BLOCK = re.compile(
    r"(?P<title>(?:[ \t]*\S[^\n]*\n\s*){1,8}?)[ \t]*"
    r"(?P<place>[A-Z][\w'\u2019.-]+(?:[ -][A-Z][\w'\u2019.-]+)?),[ \t]*(?P<date>"
    + DATE_PATTERN.pattern
    + r")[ \t]*$",
    re.M,
)
"""A statement's title block: up to eight short lines (blank lines between them allowed),
then a "Place, Date" line."""
_ISSUER = re.compile(r"(?P<name>[A-Z][\w'\u2019\- ]+?)\s*\((?P<short>[A-Z]{2,})\)")
"""The issuer on the block's first line: "NAME (ACRONYM)" in capitals or as a name is written."""


def _written(line: str) -> bool:
    """An issuer's name written in mixed case, kept as written."""
    return bool(_ISSUER.search(line)) and not line.isupper()


def _is_title_block(title: str) -> bool:
    """Title lines are capitals, except the issuer's name on the first; none is a sentence."""
    lines = [line.strip() for line in title.splitlines() if line.strip()]
    if any(line.endswith(".") or len(line) > 120 for line in lines):
        return False
    first_is_issuer = bool(_ISSUER.search(lines[0]))
    return all(line.upper() == line for line in lines[1 if first_is_issuer else 0 :])


def head_preliminary_statement(source: SourceText) -> ReportHead:
    return read_statement_head(source)


def read_statement_head(source: SourceText, start: int = 0) -> ReportHead:
    """The head of an observer statement that begins at ``start``.

    Two forms: a one-line title naming the issuer ("Preliminary Report of the European
    Network ... (ENMO) on ...") followed by the date in brackets; or an upper-case title
    block whose first line is the issuer ("NATIONAL INSTITUTE ... (NIIA)"),
    followed by a "Place, Date" line.
    """
    head = ReportHead()
    text = source.text[: start + HEAD]
    first = re.compile(r"\S[^\n]*").search(text, start)
    if first is None:
        return head
    block = _TITLE_BLOCK.match(text, first.start())
    if block and _is_title_block(block.group("title")):
        lines = [ln for ln in block.group("title").splitlines() if ln.strip()]
        head.title_span = source.span(
            block.start("title"), block.start("title") + len(block.group("title").rstrip())
        )
        head.title = _clean(" ".join(ln if _written(ln) else _title_case(ln) for ln in lines))
        issuer = _ISSUER.search(lines[0])
        if issuer:
            offset = block.start("title") + lines[0].index(issuer.group())
            name = issuer.group("name").strip()
            head.creators.append(
                Creator(
                    name=_title_case(name) if name.isupper() else name,
                    short_name=issuer.group("short"),
                    is_person=False,
                    span=source.span(offset, offset + len(issuer.group())),
                )
            )
        date_match = DATE_PATTERN.search(block.group("date"))
        assert date_match is not None
        head.issued = match_to_date(date_match)
        head.issued_span = source.span(block.start("place"), block.end("date"))
        return head
    head.title_span = _span(source, first)
    head.title = _clean(first.group())
    acronym = re.search(r"of the ([A-Z][\w ]+?) \((?P<short>[A-Z]{2,})\)", first.group())
    if acronym:
        head.creators.append(
            Creator(
                name=acronym.group(1),
                short_name=acronym.group("short"),
                is_person=False,
                span=source.span(first.start() + acronym.start(1), first.start() + acronym.end()),
            )
        )
    dated = re.search(r"^\s*\((?P<date>[^()\n]{6,30})\)\s*$", text[first.end() :], re.M)
    if dated and DATE_PATTERN.search(dated.group("date")):
        date_match = DATE_PATTERN.search(dated.group("date"))
        assert date_match is not None
        head.issued = match_to_date(date_match)
        head.issued_span = source.span(
            first.end() + dated.start("date"), first.end() + dated.end("date")
        )
    return head


def head_programme_report(source: SourceText) -> ReportHead:
    head = ReportHead()
    implementer = re.search(
        r"The (?P<name>[A-Z][\w ]+?) \((?P<short>[A-Z]{2,})\)\s+"
        r"(?:conducted|implemented|carried out)",
        source.text[:HEAD],
    )
    if implementer:
        head.creators.append(
            Creator(
                name=implementer.group("name"),
                short_name=implementer.group("short"),
                is_person=False,
                span=source.span(implementer.start("name"), implementer.end("short") + 1),
            )
        )
    return head


def head_journal_article(source: SourceText) -> ReportHead:
    head = ReportHead()
    title = re.search(r"^#\s+(?P<title>\S[^\n]*)$", source.text[:HEAD], re.M)
    if title:
        head.title_span = _span(source, title, "title")
        head.title = _clean(title.group("title"))
        byline = re.search(r"\A\s*\*(?P<name>[^*\n]{3,80})\*", source.text[title.end() : HEAD])
        if byline:
            start = title.end() + byline.start("name")
            span = source.span(start, title.end() + byline.end("name"))
            name = _clean(span.quote)
            head.creators.append(Creator(name, name.split()[-1], is_person=True, span=span))
            # The affiliation line follows the byline: "*Department of X, Y University, UK*".
            after = title.end() + byline.end()
            line = re.match(r"\*?\s*\n\s*\*(?P<aff>[^*\n]{5,200})\*", source.text[after:HEAD])
            if line:
                head.affiliation = _affiliation(
                    source.span(after + line.start("aff"), after + line.end("aff"))
                )
    return head


def _affiliation(span: Span) -> Affiliation | None:
    """``Department of X, Y University, UK`` -> unit and organisation; None if no university."""
    parts = [part.strip() for part in span.quote.split(",")]
    for index, part in enumerate(parts):
        if re.search(r"\b(University|College|Institute|School)\b", part, re.I):
            unit = ", ".join(parts[:index]) or None
            return Affiliation(organisation=part, span=span, unit=unit)
    return None


def head_thesis(source: SourceText) -> ReportHead:
    head = ReportHead()
    text = source.text[:HEAD]
    author = re.search(r"^Author:\s*(?P<name>[^\n]+?)\s*$", text, re.M)
    if author:
        span = _span(source, author, "name")
        head.creators.append(Creator(span.quote, span.quote.split()[-1], is_person=True, span=span))
        # The title is the text block(s) between the academic-year line and the author line.
        before = text[: author.start()]
        year = re.search(r"^A\.?Y\.?\s*(?P<from>\d{4})\s*/\s*(?P<to>\d{4})\s*$", before, re.M)
        start = year.end() if year else 0
        blocks = [b for b in re.finditer(r"\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", before[start:])]
        if blocks:
            title_span = source.span(start + blocks[0].start(), start + blocks[-1].end())
            head.title_span = title_span
            head.title = _clean(" ".join(title_span.quote.split("\n")))
        if year:
            head.issued = int(year.group("to"))
            head.issued_span = _span(source, year)
        university = re.search(r"^[^\n]*\bUNIVERSITY\b[^\n]*$", before, re.M | re.I)
        if university:
            head.affiliation = _affiliation(_span(source, university))
    return head


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
_LEFT_OUT = _SMALL | {"between", "by", "with", "at", "from", "s"}
"""Words of a title (small words left out) that tell apart reports naming no election."""


def report_subject(source: SourceText, head: ReportHead) -> str:
    """What tells this report from others of its creator, year and genre, readably: the
    election its title names (``early-presidential-2011-04-03``), else the first words of
    its title, else (no title read) the first 8 hex digits of the text's SHA-256.

    >>> head = ReportHead(title="Testland, Early Presidential Election, 3 April 2011")
    >>> report_subject(SourceText("d", "d.txt", "..."), head)
    'early-presidential-2011-04-03'
    >>> report_subject(SourceText("d", "d.txt", "..."), ReportHead(title="Square pegs in holes"))
    'square-pegs-holes'
    """
    if head.title:
        election = _TITLE_ELECTION.search(head.title)
        if election:
            kind = (election["type"] or "referendum").lower()
            words = [
                election["early"] or "",
                "local" if kind in ("municipal", "regional") else kind,
            ]
            date = DATE_PATTERN.search(head.title)
            if date:
                words.append(match_to_date(date).isoformat())
            return slug(" ".join(words))
        words = [w for w in slug(head.title, 200).split("-") if w not in _LEFT_OUT]
        if words:
            return "-".join(words[:_TITLE_WORDS])
    return source.sha256[:8]


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


def add_report(extraction: Extraction, source: SourceText, genre: Genre) -> Fact:
    """Add the report node and its creators to ``extraction``; return the report fact."""
    head = read_head(source, genre)
    report = _report_fact(
        extraction, source, head, report_iri(source, head, genre), genre.concept, genre.value
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
        actor = Fact(
            iri=creator_iri(creator),
            kind=FOAF.Person if creator.is_person else ORG.Organization,
            label=creator.name,
            evidence=[creator.span],
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
    name = _clean(affiliation.organisation)
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
    "ReportHead",
    "add_part_report",
    "add_report",
    "read_head",
    "read_statement_head",
    "slug",
]
