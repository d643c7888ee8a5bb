"""Laws and international instruments an ODIHR report cites, with their articles and
paragraphs, and the norms those provisions state.

Domestic law: the Constitution, the election law (under its long and short names), codes
and other laws, each article cited ("Articles 12.5, 20.1 and 49 of the Election Law"), and
amendments with their date where the text gives one, minted under the report's state.
International instruments: every one the vocabularies list, by any name they give it
(``instruments.py``); provisions are linked to the norms the vocabularies say they state,
and to nothing otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from normgraph.namespaces import ELI, ID, NG, SKOS, VOCAB, XSD

from ..rdf.facts import Extraction, Fact
from ..rdf.iris import mint
from ..text.citations import citing_sentences
from ..text.dates import MONTH_NAME, MONTHS
from ..text.document import Document, Sentence
from ..text.source import Span
from .instruments import by_key, find_instruments, instrument_key, last_instrument, provision_norms
from .law_acronyms import defined, fuller, restated, uses
from .law_shapes import (
    ARTICLE_LIST,
    ARTICLE_NUMBER,
    GENERIC_LAW,
    LAW_WORD,
    name_its_state,
    numeric_adoption,
    referent,
)
from .law_states import foreign_law
from .legal import law_key, law_name, state_after
from .states import state_by_code
from .treaties import add_treaty_actions

_NUM = ARTICLE_NUMBER
_LIST = ARTICLE_LIST
_PROVISION = re.compile(
    r"(?:\b(?:[Ss]ub)?[Pp]aragraphs?\s+\d+(?:(?:,\s*|,?\s+and\s+)\d+)*\s+of\s+(?=[Aa]rt))?"
    rf"\b(?P<kind>[Aa]rticles?|[Aa]rts?\.|[Pp]aragraphs?|[Pp]aras?\.|[Ss]ections?)\s*(?P<nums>{_LIST})"
    r"(?:\(\d+\))?(?:\([a-z]\))?(?:\s+and\s+[Pp]aragraph\s+(?P<more>\d+(?:\.\d+)*))?"
    r"\s+of\s+(?:the\s+)?(?P<target>(?:(?!\s+and\s+(?:[Aa]rticle|[Pp]aragraph))"
    r"[^,;:()\u201c\"]){2,140})"
)
"""Articles or paragraphs cited with what they belong to ("Articles 12 and 14 of the
Electoral Code", "paragraph 7.3 of the 1990 Document"; acts divided into sections cite
"Section 16(1) of the ... Act", read as its article 16): the target is read as an
instrument, a law or a short form the report defined."""
_COORDINATED = re.compile(rf"\b[Aa]rticles?\s+(?P<nums>{_LIST})(?:\(\d+\))?\s+and\s+$")
"""An article coordinated with the next one cited with its law ("Article 82(c) and Article
100(3)(b) of the <Act>"): the same law's."""
_LAW = re.compile(rf"(?P<name>{GENERIC_LAW})")
"""A law named by its shape alone ("the Law on ...", "Law No. 5", "the Electoral Code", "the
... Act 1998"; ``law_shapes.GENERIC_LAW``)."""


def _laws_named(text: str) -> Iterator[re.Match[str]]:
    """``_LAW.finditer(text)``; most sentences lack the word every shape needs, and one
    literal search spares them the shapes' scan (most of this reader's time)."""
    return _LAW.finditer(text) if LAW_WORD.search(text) else iter(())


_CONSTITUTIONAL_CHANGE = re.compile(r"\bconstitutional (?:amendments?|changes?)\b")
"""The Constitution named by what was done to it ("A 2007 constitutional amendment")."""
_AMENDMENT = re.compile(
    rf"(?P<when>(?:{MONTH_NAME}\s+)?(?:19|20)\d{{2}})[^.]{{0,60}}?\b[Aa]mend"
    r"|\b[Aa]mend\w*[^.]{0,80}?\b(?:in|on)\s+"
    rf"(?P<when2>(?:{MONTH_NAME}\s+)?(?:19|20)\d{{2}})"
)
"""When a law cited in the sentence was amended: a year (with its month) before "amend...",
or after "amended in/on"."""


@dataclass
class _Collector:
    extraction: Extraction
    country: str
    report: URIRef
    facts: dict[URIRef, Fact]
    last_instrument: str | None = None
    """The instrument cited last, which an "Ibid." refers to."""
    acronyms: dict[str, str] = field(default_factory=dict)
    """Short forms the report defined for laws ("(LEMP)") -> the law's name."""
    law_names: dict[str, set[str]] = field(default_factory=dict)
    """State -> the names of its laws read so far, which a name cut short refers to."""
    recent: list[str] = field(default_factory=list)
    """The names of the report's state's laws in the order last named, which "the Act" or
    "the Law" names back (``law_shapes.referent``)."""
    laws_before: tuple[object, set[str]] = (None, set())
    """The paragraph read last and the laws its last sentence named, which a bare article
    opening the next sentence of that paragraph refers to."""

    def fact(self, iri: URIRef, kind: URIRef, label: str, extra: list[URIRef]) -> Fact:
        found = self.facts.get(iri)
        if found is None:
            found = Fact(iri=iri, kind=kind, label=label, extra_types=extra)
            found.add(NG.sourceReport, self.report)
            self.facts[iri] = found
            self.extraction.add(found)
        return found


def instrument_of(text: str) -> str | None:
    """The first instrument ``text`` names (its key), or None."""
    return instrument_key(text)


def add_legal(extraction: Extraction, document: Document, report: URIRef, country: str) -> None:
    """Facts for every law, article, amendment, instrument and provision the report cites,
    and the state's dated acts on the treaties it names (``treaties.py``)."""
    collector = _Collector(extraction, country, report, {})
    citing = citing_sentences(document)
    in_notes = False
    for sentence in document.sentences():
        if sentence.in_footnote and not in_notes:
            in_notes, collector.last_instrument = True, None  # "Ibid." looks back in notes
        # the short forms the sentence defines first: "the Law on X (LX), under Article 1
        # of the LX" cites an article of X in the sentence that defines the short form
        named = _laws_of(collector, sentence.text)
        collector.acronyms.update(defined(sentence.text, named))
        _provisions(collector, sentence)
        _bare_provisions(collector, sentence, citing)
        if not sentence.in_footnote:
            collector.laws_before = (sentence.owner, _named_in(collector, sentence.text))
        _laws(collector, sentence, named)
        _instruments(collector, sentence)
    add_treaty_actions(extraction, document, report, state_by_code(country))


def _provisions(collector: _Collector, sentence: Sentence) -> None:
    text = sentence.text
    for match in _PROVISION.finditer(text):
        target = match.group("target")
        numbers = re.findall(_NUM, match.group("nums"))
        if match.group("more"):
            numbers.append(match.group("more"))
        if re.search(r"\sto\s", match.group("nums")):
            numbers = []  # "Articles 279 to 283 of X": a range cites X, not its two ends
        start = match.start()
        if coordinated := _COORDINATED.search(text, max(0, start - 60), start):
            numbers, start = re.findall(_NUM, coordinated["nums"]) + numbers, coordinated.start()
        spans = sentence.spans(start, match.end())
        instrument = instrument_of(target)
        if instrument is not None:
            _instrument_provisions(collector, instrument, numbers, spans)
            continue
        # "the" before the target belongs to the name's shape ("the Elections Act")
        law = _LAW.match(target)
        shift = 0
        if law is None:
            law, shift = _LAW.match(text, match.start("target")), match.start("target")
        if law is not None and foreign_law(
            text, match.start("target") + law.start() - shift, law.group(), collector.country
        ):
            continue  # "Article 12 of the <adjective> Constitution": another state's law
        if law is not None:
            where = state_after(target, law.end() - shift)
            name = law_name(law.group("name"))  # or a short name the report defined for one
            full = collector.acronyms.get(name, name)
            called = name if full != name else None
            _law_articles(collector, full, numbers, spans, where, called)
            continue
        short = uses(target, collector.acronyms)
        if short and short[0][0] == 0:
            called = short[0][2]
            _law_articles(collector, collector.acronyms[called], numbers, spans, called=called)
            continue
        back = referent(target, collector.recent)  # "Section 31 of the Act", "of that law"
        pointed = re.match(r"(?:that|this)\s", target) or re.search(
            r"\bthe\s+$", text[: match.start("target")]
        )
        if back is not None and pointed:
            _law_articles(collector, back[0], numbers, spans)


def _instrument_provisions(
    collector: _Collector, instrument: str, numbers: list[str], spans: list[Span]
) -> None:
    parent = _instrument(collector, instrument, spans)
    unit = by_key(instrument).unit
    for number in numbers:
        iri = ID[f"instrument/{instrument}/{unit}/{number}"]
        fact = collector.fact(iri, NG.Provision, f"{parent.label} {number}", [])
        if (NG.provisionOf, parent.iri) not in fact.values:
            fact.add(NG.provisionOf, parent.iri).add(NG.number, number)
        for concept in provision_norms(instrument, number):
            if (NG.states, concept) not in fact.values:
                fact.add(NG.states, concept)
        _cite(fact, spans)


def _law_articles(
    collector: _Collector,
    name: str,
    numbers: list[str],
    spans: list[Span],
    country: str | None = None,
    called: str | None = None,
) -> None:
    """The articles ``numbers`` of the law ``name``; ``called`` is the short form the text
    cites it by ("Article 64 of the Duma Election Law"), kept as another name of each."""
    parent = _law(collector, name, spans, country)
    name = str(parent.label)
    if called is not None:
        _also_called(parent, called)
    for number in numbers:
        # an en dash ("317\u20131") must survive into the IRI as "317-1", not "3171"
        key = re.sub("[\u2013\u2014]", "-", number)
        iri = mint("law", country or collector.country, law_key(name), "article", key)
        fact = collector.fact(iri, NG.LawArticle, f"{name}, Article {number}", [])
        name_its_state(fact, country or collector.country)
        if called is not None:
            _also_called(fact, f"{called}, Article {number}")
        if (ELI.is_part_of, parent.iri) not in fact.values:
            fact.add(ELI.is_part_of, parent.iri).add(NG.number, number)
        _cite(fact, spans)


_BARE = re.compile(
    rf"\b(?P<kind>[Aa]rticles?|[Aa]rts?\.|[Pp]aragraphs?)\s*(?P<nums>(?>{_LIST}))(?![\w(])(?!\s+of\b)"
    r"(?!\s+and\s+[Aa]rticles?\s)"
)
"""A provision cited without its instrument or law ("Ibid., Paragraph 245", "Article
27.7 only obliges..."): whose it is must come from the context, or from a short form the
report defined written right after it ("Article 77 FAPR")."""


def _bare_provisions(
    collector: _Collector, sentence: Sentence, citing: dict[str, list[Sentence]]
) -> None:
    """Paragraphs of the instrument named earlier in the sentence (or, after "Ibid.", of
    the one cited last); articles of the one law the sentence named before them ("The Law
    on X was adopted; under Article 52 ...") or, in a footnote, the citing sentence names.
    Where the context names none, or several, nothing is guessed."""
    text = sentence.text
    for match in _BARE.finditer(text):
        numbers = re.findall(_NUM, match.group("nums"))
        spans = sentence.spans(match.start(), match.end())
        if match.group("kind").lower().startswith("paragraph"):
            instrument = last_instrument(text[: match.start()])
            if instrument is None and re.match(r"\W*Ibid\b", text):
                instrument = collector.last_instrument
            if instrument is not None and by_key(instrument).unit == "paragraph":
                _instrument_provisions(collector, instrument, numbers, spans)
            continue
        short = uses(text[match.end() : match.end() + 12], collector.acronyms)
        if short and text[match.end() : match.end() + short[0][0]].isspace():
            # "Article 77 FAPR": the short form the report gave a law, right after the number
            spans = sentence.spans(match.start(), match.end() + short[0][1])
            _law_articles(collector, collector.acronyms[short[0][2]], numbers, spans)
            continue
        before = text[: match.start()]
        if not sentence.in_footnote:
            named_here = _named_in(collector, before)
            owner, named_last = collector.laws_before
            if not named_here and owner is sentence.owner:
                named_here = set(named_last)
            if len(named_here) == 1 and last_instrument(before) is None:
                _law_articles(collector, named_here.pop(), numbers, spans)
            continue
        label = getattr(sentence.owner, "label", "")
        named = {
            law_name(law.group("name"))
            for cited in citing.get(label, [])
            for law in _laws_named(cited.text)
        }
        if len(named) == 1:
            _law_articles(collector, named.pop(), numbers, spans)


def _named_in(collector: _Collector, text: str) -> set[str]:
    """The names of the laws ``text`` names, in full or by a short form defined before."""
    named = {law_name(law.group("name")) for law in _laws_named(text)}
    named = {collector.acronyms.get(name, name) for name in named}  # a short form's law
    return named | {collector.acronyms[short] for _, _, short in uses(text, collector.acronyms)}


def _cite(fact: Fact, spans: list[Span]) -> None:
    for span in spans:
        if span not in fact.evidence:
            fact.evidence.append(span)


def _law(collector: _Collector, name: str, spans: list[Span], country: str | None = None) -> Fact:
    name = _full_name(collector, name, country)
    if country in (None, collector.country):
        collector.recent[:] = [*(n for n in collector.recent if n != name), name]
    iri = mint("law", country or collector.country, law_key(name))
    fact = name_its_state(collector.fact(iri, NG.Law, name, []), country or collector.country)
    if len(fact.evidence) < 3:
        _cite(fact, spans)
    if not any(p == ELI.title for p, _ in fact.values):
        fact.add(ELI.title, name)
    if (undated := numeric_adoption(name)) is not None:  # "Act of 27.06.1997 on X"
        _also_called(fact, undated[0])
    return fact


def _also_called(fact: Fact, name: str) -> None:
    """Give ``fact`` the short name a report cites it by as another label (once), unless it
    is the label itself: a reader searching for "the Duma Election Law" finds the law."""
    if name != str(fact.label) and (SKOS.altLabel, Literal(name)) not in fact.values:
        fact.add(SKOS.altLabel, name)


def _full_name(collector: _Collector, name: str, country: str | None) -> str:
    """``name``, or the one longer name of a law of the same state it cuts short."""
    earlier = collector.law_names.setdefault(country or collector.country, set())
    name = fuller(name, earlier) or name
    earlier.add(name)
    return name


def _instrument(collector: _Collector, key: str, spans: list[Span]) -> Fact:
    collector.last_instrument = key
    iri = mint("instrument", key)
    known = by_key(key)
    fact = collector.fact(iri, NG.Instrument, known.label, [])
    if not any(p == NG.instrumentKind for p, _ in fact.values):
        fact.add(NG.instrumentKind, VOCAB["instrument-kind/" + known.kind])
    if len(fact.evidence) < 3:
        _cite(fact, spans)
    return fact


def _laws_of(collector: _Collector, text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a law of the report's state (start, end, name)."""
    named = [
        (match.start(), match.end(), law_name(match.group("name")))
        for match in _laws_named(text)
        if not instrument_of(text[match.start() : match.end() + 40])
        and not foreign_law(text, match.start(), match.group(), collector.country)
    ]
    return [(start, end, name) for start, end, name in named if len(name) >= 5]


def _laws(collector: _Collector, sentence: Sentence, named: list[tuple[int, int, str]]) -> None:
    """Facts for the laws ``named`` in ``sentence`` (``_laws_of``), by their short forms
    too, and the amendment the sentence dates."""
    text = sentence.text
    inside = restated(text, named)
    laws = []
    for start, end, name in named:
        # a name the report defined as a law's short form ("hereinafter "the X Law""), or
        # one the defining parenthesis gives ("(Law 5/1990, hereinafter ...)"), is that law
        full = inside.get(start) or collector.acronyms.get(name, name)
        spans = sentence.spans(start, end)
        law = _law(collector, full, spans, state_after(text, end))
        if full != name and law_key(full) != law_key(name):
            _also_called(law, name)
        laws.append((start, law))
    for start, end, short in uses(text, collector.acronyms):
        if not any(at <= start < until for at, until, _ in named):
            _also_called(
                _law(collector, collector.acronyms[short], sentence.spans(start, end)), short
            )
    change = _CONSTITUTIONAL_CHANGE.search(text)
    if change and not any(str(law.label) == "Constitution" for _, law in laws):
        spans = sentence.spans(change.start(), change.end())
        laws.append((change.start(), _law(collector, "Constitution", spans)))
    amendment = _AMENDMENT.search(text)
    if not laws or amendment is None or sentence.section is None:
        return
    if re.search(r"recommendation", sentence.section.title, re.I):
        return
    amend_at = text.lower().find("amend", amendment.start())
    _, law = min(laws, key=lambda item: abs(item[0] - amend_at))
    when = amendment.group("when") or amendment.group("when2")
    iri = mint("amendment", collector.country, law_key(str(law.label)), when)
    fact = collector.fact(iri, NG.Amendment, f"{when} amendment to the {law.label}", [])
    if (ELI.amends, law.iri) not in fact.values:
        fact.add(ELI.amends, law.iri).add(ELI.date_document, _date_or_year(when))
    _cite(fact, sentence.spans())


def _date_or_year(when: str) -> Literal:
    """ "February 2009" -> xsd:gYearMonth 2009-02; "2009" -> xsd:gYear."""
    year = re.search(r"\d{4}", when)
    assert year is not None
    month = re.match(MONTH_NAME, when)
    if month:
        return Literal(
            f"{year.group()}-{MONTHS[month.group().lower()]:02d}", datatype=XSD.gYearMonth
        )
    return Literal(year.group(), datatype=XSD.gYear)


def _instruments(collector: _Collector, sentence: Sentence) -> None:
    for instrument, match in find_instruments(sentence.text):
        _instrument(collector, instrument.key, sentence.spans(match.start(), match.end()))
