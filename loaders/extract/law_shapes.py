"""The shapes a law's name and an article's number take in English reports, whatever the
state ("Law on ...", "<Words> Code", "Articles 7.3 and 7.4"): the patterns both legal
readers (``legal.py``, ``legal_patterns.py``) build on, and the name a law cited by its
bare generic name goes by beside other states' laws ("Constitution of <state>").
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from rdflib import Literal

from normgraph.namespaces import SKOS

from ..rdf.facts import Fact
from ..text.dates import MONTH_NAME
from .states import state_by_code

_NAME_WORD = rf"(?:(?!{MONTH_NAME}\b)[A-Z][\w'-]*|\u2013|-)"
"""A word of a law's name; a month ends it ("the Law on Assemblies in August 2021")."""
_NOT_NEXT_LAW = (
    r"(?!and\s+(?:(?:of|in|under|to)\s+)?(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:Law|Act|Code|"
    r"Constitution|Decree|Ordinance)\b)"
)
"""A name ends where "and the Law on ..." (or "and Act No. ...", "and of the Code of ...",
"and the Broadcasting Act") starts the next one."""
_NOT_AN_ARTICLE = r"(?!(?:The|This|That|Its|Their|A|An|New|Draft|Each|Every|Any|Such)\b)"
"""A capitalised word that opens a sentence, not a law's name ("The Law ...")."""
_NOT_A_PREPOSITION = r"(?!(?:Under|By|In|With|On|Per|And|Of|See)\b)"
"""A capitalised word that opens a sentence before a law's name ("Under the ... Act 2002")."""
_NOT_A_HEAD = r"(?!(?:Law|Act|Code|Constitution)\b)"
"""A word that heads a law's name of its own, which another name does not run across."""
_JOINER = r"(?:(?:of|and|for)\s+(?=(?!(?:Law|Act|Regulations)\b)[A-Z]))?"
"""A short word joining two capitalised words of a name ("Registration of Electors")."""
GENERIC_LAW = (
    rf"(?:{_NOT_AN_ARTICLE}{_NOT_A_PREPOSITION}\(?[A-Z][\w'-]*\)?,?\s+(?:(?:and|of|the|for|on)\s+)*){{1,8}}"
    r"Act\s+(?:19|20)\d{2}\b"
    # "the Registration of Electors Law", "the Radio and Television Stations Law": a short
    # "of" / "and" / "for" between two capitalised words of the name, never after a word
    # that is a law's own head ("the Constitution and Election Law" names two)
    rf"|(?<=[Tt]he )(?:{_NOT_AN_ARTICLE}{_NOT_A_HEAD}[A-Z][\w-]+\s+{_JOINER}){{1,4}}"
    r"(?:Law|Act|Regulations)\b"
    r"(?!\s+(?:on\s+(?:the\s+)?[A-Z]|No\.?\s*\d|of\s+\d{1,2}\s|[\"\u201c]))"
    # "Law No. 12", and a law numbered in its year without "No." ("Organic Law 5/1985 of
    # 19 June on the ...", "Law 72/1979"), its day of adoption written after the number
    r"|(?:Draft\s+)?(?:(?:Constitutional|Organic)\s+)?(?:Law|Act)\s+"
    r"(?:No\.?\s*\d+(?:/\d+)?|\d+/(?:19|20)?\d\d\b)(?:\s+Coll\.)?"
    rf"(?:\s+of\s+\d{{1,2}}\s+{MONTH_NAME}(?:\s+(?:19|20)\d\d)?)?"
    rf"(?:,?\s+on\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NOT_NEXT_LAW}(?:(?:of|and|for|by|the|on|in|to)\s+)*"
    rf"{_NAME_WORD})*)?"
    # a law by its quoted title after its kind ("the Federal Law \"On Political Parties\"")
    r"|(?:Draft\s+)?(?:[A-Z][a-z]+(?:al|ic|ive)\s+)?Law\s+(?:[\"\u201c][^\"\u201d]{5,200}[\"\u201d]"
    rf"|on\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NOT_NEXT_LAW}(?:(?:of|and|for|by|the|on|in|to)\s+)*"
    rf"{_NAME_WORD})*)"
    # "the Federal Act on Political Rights", "the Ordinance on ...": an act named by its
    # subject after an adjective of its kind (a bare "Act on ..." is often part of another
    # name or of a description), an ordinance by its subject
    rf"|(?:(?:[A-Z][a-z]+(?:al|ic|ive)\s+){{1,2}}Act|Ordinance)\s+on\s+(?:the\s+)?{_NAME_WORD}"
    rf"(?:\s+{_NOT_NEXT_LAW}(?:(?:of|and|for|by|the|on|in|to)\s+)*{_NAME_WORD})*"
    rf"|(?:{_NOT_AN_ARTICLE}[A-Z][a-z]+\s+){{1,3}}Code\b(?!\s+of Good)"
    rf"|\bCode\s+(?:of|on)\s+(?!(?:Good|Conduct|Ethics|Practice)\b){_NAME_WORD}"
    rf"(?:\s+(?!and\s+the\b)(?:(?:of|and|on|the)\s+)*{_NAME_WORD})*"
    # "Emergency Ordinance No. 95/2009", "Presidential Decree 26/2012": a decree or ordinance
    # cited by its number in its year
    rf"|(?:{_NOT_AN_ARTICLE}{_NOT_A_PREPOSITION}[A-Z][a-z]+\s+)?"
    r"(?:Decree|Ordinance)\s+(?:No\.?\s*)?\d+/(?:19|20)?\d\d\b"
    # "Act CCIII of 2011 on the Elections of ...": an act cited by its number (in Roman
    # numerals) in its year's collection, and its subject
    rf"|\bAct\s+[IVXLCDM]+\s+of\s+(?:19|20)\d\d\b(?:\s+on\s+(?:the\s+)?{_NAME_WORD}"
    rf"(?:\s+{_NOT_NEXT_LAW}(?:(?:of|and|for|by|the|on|in|to)\s+)*{_NAME_WORD})*)?"
    # a law cited by its day of adoption ("the Law of 27 July 1993 on ...", "the electoral
    # law of 31 July 1924"), and a directive by its number ("Council Directive 94/80/EC")
    # (an act too, after "the", not inside a longer name ("... Court Act of 17 June 2005"),
    # and the day written in numbers: "the Act of 27.06.1997 on ...")
    rf"|(?:(?:[A-Z][a-z]+(?:al|ic)\s+)?Law|(?<=[Tt]he\s)Act)\s+of\s+"
    rf"(?:\d{{1,2}}\s+{MONTH_NAME}\s+|\d{{1,2}}\.\d{{1,2}}\.)(?:19|20)\d\d\b"
    rf"(?:\s+on\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NOT_NEXT_LAW}(?:(?:of|and|for|the|on|in|to)\s+)*"
    rf"{_NAME_WORD})*)?"
    rf"|\b[a-z]+al law of \d{{1,2}}\s+{MONTH_NAME}\s+(?:19|20)\d\d\b"
    r"|(?:[A-Z][a-z]+\s+)?Directive\s+(?:No\.?\s*)?\d{2,4}/\d+/E[CU]{1,2}\b"
    r"|\bConstitution\b|\bElection Law\b"
    r"|\bElectoral Code\b"
)
"""The shapes a law's name takes in English reports, whatever the state: "Law on ...",
"Law No. 298 on ...", "Act No. 247/1995 Coll. on ..." (a law cited by its number in the
official collection), "<Words> Code", "Code of ...", "the <Words> Law" ("the Anti-Terror
Law", "the Riigikogu Election Act"; "a Media Law" is what a state lacks, no law's name),
"<Words> Act <year>" ("Electoral Administration Act 2006"), "[Federal] Act / Ordinance on
...", a numbered decree or ordinance ("Government Decree No. 12/2004"), an act numbered in
its year ("Act IV of 1990 on ..."), the Constitution."""
LAW_WORD = re.compile(r"Act|Law|Code|Constitution|Ordinance|Decree|Directive|Regulations|al law of")
"""A word every shape of ``GENERIC_LAW`` needs, as written: a text without one names no law
of those shapes and is not scanned for them (``tests/loaders/test_pattern_prefilters.py``)."""
ARTICLE_NUMBER = (
    r"\d+(?:\.\d+)*(?:\s?(?:bis|ter|quater)\b|[a-zA-Z](?![\w.]))?(?:\([a-z]\))?"
    r"(?:[\u2013-](?:\d+|[a-z](?![\w.-])))?"
)
"""An article's number as reports write it: "44", "2.19", "12.5(a)", "317\u20131", and one
inserted later between two others ("8a", "20A", "282bis", "58 bis", "8-a")."""
ARTICLE_LIST = rf"{ARTICLE_NUMBER}(?:(?:,\s*|,?\s+and\s+|\s+to\s+){ARTICLE_NUMBER})*"
"""Several articles cited at once ("Articles 7.3 and 7.4", "Articles 15, 16 and 18")."""


_ANAPHOR = re.compile(
    r"(?:(?P<mod>[a-z]+)\s+)?(?P<head>Act|Law|Code|Directive|Regulations|law|code)\b"
    r"(?!\s+(?:on|of|No\.?)\s|\s+\d)"
)
"""A law named back by its kind alone after "the": "the Act", "the Directive", "the
electoral law" (an adjective of its name before the kind), or after a pointer ("that law")."""
_POINTERS = ("same", "said", "latter", "aforementioned", "that", "this")
"""Words before a kind that point back to the law of that kind named last ("the same law",
"the said Code", "that law", "this Code") rather than name it by an adjective."""


def referent(target: str, earlier: Sequence[str]) -> tuple[str, int] | None:
    """The law ``target`` (the words after "Article 5 of the") names back, of ``earlier``
    (the names of the laws read before, the last last): the last whose name has the kind
    word and the adjective ("Section 31 of the Act" -> the "... Act" named last), and the
    length of the words that name it back ("the same law", "the said Code", "that law": the
    last of that kind); None where ``target`` is no such back-reference or no law read
    before fits."""
    match = _ANAPHOR.match(target)
    if match is None:
        return None
    pointer = (match["mod"] or "").lower() in _POINTERS
    words = [word for word in (match["head"], None if pointer else match["mod"]) if word]
    for name in reversed(earlier):
        if all(re.search(rf"\b{word}\b", name, re.I) for word in words):
            return name, match.end()
    return None


_GENERIC_NAME = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:Constitution|Code|Law|Act)")
"""A law's bare generic name, which says what kind of law it is and not whose: "the
Constitution", "the Election Code", "the Electoral Law", "the Criminal Procedure Code"."""


def state_form(label: str, country: str) -> str | None:
    """The name a law labelled by its bare generic name goes by beside other states' laws:
    a report's "the Constitution" or "the Election Code" (and their articles) is its
    state's, "<name> of <state>" ("Constitution, article 54" -> "Constitution of <state>,
    article 54"); None for a law named by its own name ("Law on Political Parties")."""
    head, comma, rest = label.partition(", ")
    if _GENERIC_NAME.fullmatch(head) is None:
        return None
    try:
        state = state_by_code(country)
    except KeyError:
        return None
    return f"{head} of {state.name}{comma}{rest}"


def name_its_state(fact: Fact, country: str) -> Fact:
    """Give a law or article ``state_form``'s name as an alternative label (once)."""
    other = state_form(str(fact.label), country)
    if other is not None and (SKOS.altLabel, Literal(other)) not in fact.values:
        fact.add(SKOS.altLabel, other)
    return fact


_NUMERIC_DAY = re.compile(
    r"\s+of\s+(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b(?=\s+on\s)"
)
"""A day of adoption written in numbers between a law's kind and its subject."""


def numeric_adoption(written: str) -> tuple[str, datetime.date] | None:
    """A law cited by its day of adoption in numbers and its subject ("the Act of 27.06.1997
    on Political Parties"): its name without the day ("Act on Political Parties") and the
    day; None for any other citation, or an impossible day."""
    day = _NUMERIC_DAY.search(written)
    if day is None:
        return None
    try:
        when = datetime.date(int(day["year"]), int(day["month"]), int(day["day"]))
    except ValueError:
        return None
    return written[: day.start()] + written[day.end() :], when
