"""Who funds a programme and under which agreement, as a programme report's prose states it
("with support from X (XA) under Cooperative Agreement No. N", "funded by X"), and the
programme a report states neither in a sentence nor in a summary block: a programme report
always reports on one, so its title, its issuer as implementer and the funder its head names
make it, with the lines that state them as evidence.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.namespaces import DCTERMS, NG, local_name

from ..extract.elections import state_fact
from ..extract.organisations import Organisations
from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.document import Document, Element
from .summary import add_summary_values, programme_title, read_summary

DONOR = re.compile(
    r"(?:[Ww]ith\s+(?:financial\s+)?(?:support|funding)\s+from|funded\s+by|supported\s+by"
    r"|[Ww]ith\s+an?\s+grant\b(?:[^.;]|\.(?=\d)){0,40}?\bfrom"
    r"|[Ww]ith\s+(?:an?\s+)?grant\s+of(?=\s+(?:the\s+)?[A-Z][a-z]))\s+"
    r"(?P<donor>(?:(?!,\s+(?:the|[Tt]he)\s)[^.;()]){3,120}?\s\([A-Z]{2,}\)"
    r"|(?:[^,.;]|(?<=\b[A-Z])\.)+?(?=\s+under\b|[,;]|(?<!\b[A-Z])\.|$))"
)
"""The donor after "with funding from", "funded by", "with a grant of ... from", "with a grant
of the X" (a name, not a sum): up to the acronym that closes its name (a name may hold
commas), else to the clause's end."""
AGREEMENT = re.compile(
    r"(?:(?:[A-Z][a-z]+\s+)?(?:Cooperative|Grant)\s+Agreement\s+No\.|"
    r"(?:Award|Grant|Contract|Agreement)\s+(?:[Nn]o\.|[Nn]umber|#):?)"
    r"\s*(?P<number>[\w-]*\d[\w-]*)"
)
"""The funding reference: "Cooperative Agreement No. X", "Award number: X", "Grant No. X"."""


def named_organisation(
    extraction: Extraction, orgs: Organisations, element: Element, match: re.Match[str], group: str
) -> URIRef | None:
    """The organisation a group of the programme sentence names: one the report defined
    ("Full Name (ACRONYM)"), else the name as written."""
    found = orgs.find(element, match.start(group), match.end(group))
    if found:
        return found[0]
    name = re.sub(r"^[Tt]he\s+", "", " ".join(match.group(group).split()))
    if not name:
        return None
    fact = Fact(
        iri=mint("organisation", name),
        kind=NG.Donor if group == "donor" else NG.CivilSocietyOrganisation,
        label=name,
        evidence=element.spans(match.start(group), match.end(group)),
    )
    return extraction.merge(fact).iri


_HEAD = 6000
"""Characters from the start in which a programme's funder and agreement are looked for."""


def head_donor(document: Document) -> tuple[Element, re.Match[str]] | None:
    """The first statement of who funds the programme in the report's head, and its element."""
    for element in document.elements:
        if element.spans() and element.spans()[0].start > _HEAD:
            break
        found = DONOR.search(element.text)
        if found is not None:
            return element, found
    return None


def add_head_donor(
    extraction: Extraction,
    orgs: Organisations,
    programme: Fact,
    donor: tuple[Element, re.Match[str]] | None,
) -> None:
    """The head's funder as the programme's donor, when nothing else named one."""
    if donor is None or NG.donor in {p for p, _ in programme.values}:
        return
    funder = named_organisation(extraction, orgs, donor[0], donor[1], "donor")
    if funder is not None:
        programme.add(NG.donor, funder)
        programme.evidence.extend(donor[0].spans(donor[1].start(), donor[1].end()))


def fallback_programme(
    extraction: Extraction, document: Document, report: Fact, orgs: Organisations, state: str
) -> Fact | None:
    """The programme of a report that states it in no sentence and no summary block: named
    by its title block (else the report's title), implemented by the report's issuer, funded
    by whom its head says funds it ("funded by", "with support from"), referenced by its
    agreement; None when neither an implementer nor a funder is known."""
    implementer = next((v for p, v in report.values if p == DCTERMS.creator), None)
    fields = read_summary(document.source)
    donor = head_donor(document)
    if not isinstance(implementer, URIRef) and donor is None and "donor" not in fields:
        return None
    title = programme_title(document.source, document.title_block)
    label = title.value if title is not None else (report.label or "Programme")
    # Named by the report when its title block names no programme: the report's own passage
    # (its title or opening) is then the programme's evidence too.
    evidence = (
        [document.source.span(title.start, title.end)] if title is not None else report.evidence[:1]
    )
    fact = Fact(iri=mint("programme", local_name(report.iri)), kind=NG.Programme, label=label)
    fact.evidence.extend(evidence)
    if isinstance(implementer, URIRef):
        fact.add(NG.implementer, implementer)
    add_summary_values(extraction, document.source, orgs, fact, fields)
    add_head_donor(extraction, orgs, fact, donor)
    agreement = AGREEMENT.search(document.source.text[:_HEAD])
    if agreement is not None and NG.fundingReference not in {p for p, _ in fact.values}:
        fact.add(NG.fundingReference, agreement.group("number"))
        fact.evidence.append(document.source.span(agreement.start(), agreement.end()))
    fact.add(NG.country, extraction.merge(state_fact(state, [])).iri)
    extraction.add(fact)
    report.add(NG.concerns, fact.iri)
    return fact


__all__ = [
    "AGREEMENT",
    "DONOR",
    "add_head_donor",
    "fallback_programme",
    "head_donor",
    "named_organisation",
]
