"""Legal references in report text: laws, their articles and paragraphs, and the
international instruments and provisions a passage cites.

``find_references`` reads one passage and returns what it cites, each with the spans that
cite it; ``add_references`` turns them into facts (``ng:Law``, ``ng:LawArticle`` linked
up with ``eli:is_part_of``) and returns the IRIs a finding or recommendation links to
(``ng:concernsLaw``, ``ng:invokesProvision``). Laws are recognised by the names reports
give them; one law gets one IRI whatever form of its name is used.

>>> refs = find_references('paragraph 6 of Article 44 of the Constitutional Law "On Elections"')
>>> [(r.kind, r.label) for r in refs]
[('article', 'Constitutional Law on Elections, article 44, paragraph 6')]
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rdflib import URIRef

from ...namespaces import ELI, ID, NG
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.dates import DATE_PATTERN, match_to_date
from ..text.source import Span
from .elections import date_value, state_fact

LAWS: tuple[tuple[str, str, str], ...] = (
    (
        "constitutional-law-on-elections",
        "Constitutional Law on Elections",
        r"Constitutional Law\s*\(?\s*\"On Elections(?: in the Republic of Kazakhstan)?\"\s*\)?"
        r"|Constitutional Law on Elections|\blaw on elections\b|\belection law\b",
    ),
    (
        "constitution",
        "Constitution of the Republic of Kazakhstan",
        r"\bConstitution(?: of the Republic of Kazakhstan)?(?![\w-])",
    ),
    (
        "law-on-international-agreements",
        "Law on International Agreements of the Republic of Kazakhstan",
        r"Law of the Republic of Kazakhstan of (?P<date>\w+ \d{1,2}, \d{4}) "
        r"\"On international agreements of the Republic of Kazakhstan\.?\"",
    ),
    ("law-on-mass-media", "Law on Mass Media", r"\blaw on (?:mass )?media\b|\bmedia law\b"),
    (
        "law-on-local-self-government",
        "Law on Local Self-Government",
        r"\blaw on local self-govern(?:ance|ment)\b",
    ),
    (
        "law-on-political-parties",
        "Law on Political Parties",
        r"\blaw on the formation and activity of political parties\b",
    ),
    (
        "law-on-non-governmental-organisations",
        "Law on Non-Governmental Organisations",
        r"\b(?:draft )?law on (?:nongovernmental|non-governmental) organizations\b"
        r"|\bdraft NGO law\b|\blaw governing the operations of NGOs\b",
    ),
    ("law-on-housing", "Law on Housing", r"\blaw on housing\b"),
    ("youth-law", "Youth Law", r"\byouth (?:policy )?law\b"),
)
"""Kazakh laws the reports cite: IRI slug, label and the names that denote them."""

_LAW_ALTERNATIVES = "|".join(f"(?:{pattern})" for _, _, pattern in LAWS)
_ARTICLE = re.compile(
    r"(?:(?P<sub>[Ss]ubparagraph|[Pp]aragraph) (?P<pn>\d+) of )?Article (?P<an>\d+) of (?:the )?"
    rf"(?P<law>{_LAW_ALTERNATIVES})"
)
_COPENHAGEN = (
    r"\"?1990 Document of the Copenhagen Meeting of the Conference on the Human Dimension "
    r"of the OSCE\"?|Copenhagen [Dd]ocument"
)
_PROVISION = re.compile(rf"paragraph (?P<n>\d+(?:\.\d+)?) of the (?:{_COPENHAGEN})")
_INSTRUMENT = re.compile(_COPENHAGEN)
COPENHAGEN = ID["instrument/osce-copenhagen-document"]


@dataclass
class Reference:
    """One thing a passage cites: a law, an article or paragraph of one, an instrument or
    one of its provisions."""

    kind: str
    iri: URIRef
    label: str
    start: int
    end: int
    law: str | None = None
    article: str | None = None
    paragraph: str | None = None
    adopted: datetime.date | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _law(text: str) -> tuple[str, str, re.Match[str]] | None:
    for slug, label, pattern in LAWS:
        match = re.fullmatch(pattern, text, re.IGNORECASE if slug != "constitution" else 0)
        if match:
            return slug, label, match
    return None


def _adopted(match: re.Match[str]) -> datetime.date | None:
    """The adoption date a law's name states ("Law ... of May 30, 2005 ..."), if any."""
    dated = match.groupdict().get("date")
    found = DATE_PATTERN.search(dated) if dated else None
    return match_to_date(found) if found else None


def law_iri(slug: str, country: str = "kz") -> URIRef:
    return mint("law", country, slug)


def find_references(text: str) -> list[Reference]:
    """What ``text`` cites, in order; an article citation is not also a bare law citation."""
    found: list[Reference] = []
    covered: list[tuple[int, int]] = []
    for match in _ARTICLE.finditer(text):
        law = _law(match.group("law"))
        if law is None:
            continue
        slug, label, law_match = law
        article, paragraph = match.group("an"), match.group("pn")
        iri = URIRef(f"{law_iri(slug)}/article/{article}")
        name = f"{label}, article {article}"
        if paragraph:
            word = match.group("sub").lower()
            iri = URIRef(f"{iri}/{word}/{paragraph}")
            name += f", {word} {paragraph}"
        ref = Reference("article", iri, name, match.start(), match.end(), slug, article, paragraph)
        if paragraph:
            ref.extra["unit"] = match.group("sub").lower()
        ref.adopted = _adopted(law_match)
        found.append(ref)
        covered.append((match.start(), match.end()))
    for match in _PROVISION.finditer(text):
        number = match.group("n")
        iri = URIRef(f"{COPENHAGEN}/paragraph/{number}")
        found.append(
            Reference(
                "provision",
                iri,
                f"OSCE Copenhagen Document, paragraph {number}",
                match.start(),
                match.end(),
            )
        )
        covered.append((match.start(), match.end()))
    for match in _INSTRUMENT.finditer(text):
        if any(a <= match.start() < b for a, b in covered):
            continue
        found.append(Reference("instrument", COPENHAGEN, "OSCE Copenhagen Document", *match.span()))
    for slug, label, pattern in LAWS:
        flags = 0 if slug == "constitution" else re.IGNORECASE
        for match in re.finditer(pattern, text, flags):
            if any(a <= match.start() < b for a, b in covered):
                continue
            ref = Reference("law", law_iri(slug), label, match.start(), match.end(), slug)
            ref.adopted = _adopted(match)
            found.append(ref)
            covered.append((match.start(), match.end()))
    return sorted(found, key=lambda ref: ref.start)


def add_references(
    extraction: Extraction, text: str, spans_of: Callable[[int, int], list[Span]]
) -> tuple[list[URIRef], list[URIRef], list[URIRef]]:
    """Facts for the laws and articles ``text`` cites; returns (laws and articles,
    provisions, instruments) as IRIs for the citing fact to link to."""
    laws: list[URIRef] = []
    provisions: list[URIRef] = []
    instruments: list[URIRef] = []
    for ref in find_references(text):
        spans = spans_of(ref.start, ref.end)
        if ref.kind == "provision":
            provisions.append(ref.iri)
            continue
        if ref.kind == "instrument":
            instruments.append(ref.iri)
            continue
        assert ref.law is not None
        state = extraction.merge(state_fact("kazakhstan", spans))
        label = next(label for slug, label, _ in LAWS if slug == ref.law)
        law = Fact(iri=law_iri(ref.law), kind=NG.Law, label=label, evidence=list(spans))
        law.add(NG.country, state.iri)
        extraction.merge(law)
        if ref.adopted is not None:
            date = ref.adopted
            law_fact = extraction.get(law.iri)
            assert law_fact is not None
            value = date_value(date.year, date.month, date.day)
            if (ELI.date_document, value) not in law_fact.values:
                law_fact.add(ELI.date_document, value)
        if ref.kind == "law":
            laws.append(law.iri)
            continue
        article_iri = URIRef(f"{law.iri}/article/{ref.article}")
        article = Fact(
            iri=article_iri,
            kind=NG.LawArticle,
            label=f"{label}, article {ref.article}",
            evidence=list(spans),
        )
        article.add(ELI.is_part_of, law.iri)
        article.add(NG.number, ref.article)
        extraction.merge(article)
        if ref.paragraph:
            paragraph = Fact(iri=ref.iri, kind=NG.LawArticle, label=ref.label, evidence=list(spans))
            paragraph.add(ELI.is_part_of, article_iri)
            paragraph.add(NG.number, ref.paragraph)
            extraction.merge(paragraph)
        laws.append(ref.iri)
    return (
        list(dict.fromkeys(laws)),
        list(dict.fromkeys(provisions)),
        list(dict.fromkeys(instruments)),
    )
