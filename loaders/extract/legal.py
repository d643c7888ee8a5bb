"""Legal references in report text: laws, their articles and paragraphs, and the
international instruments and provisions a passage cites.

``find_laws`` finds the laws a text names: by the names the state's reference data gives
its laws (``ontology/states/{code}.ttl``), by the shapes law names take ("Law on ...",
"... Code", "Constitution", "Law of <state> of <date> "On ..."") and under the state
the name carries ("the Electoral Code of <state>") or else the report's state, never
another state's. ``find_references`` reads one passage and returns what it cites;
:mod:`.law_facts` turns that into facts. Instruments come from the one catalogue
(``instruments.py``); the ODIHR reader (``legal_patterns.py``) uses the same pieces.

>>> refs = find_references('paragraph 6 of Article 44 of the Constitution', "xx")
>>> [(r.kind, r.label) for r in refs]
[('article', 'Constitution, article 44, paragraph 6')]
>>> [str(r.iri) for r in refs][0].split("/id/")[1]
'law/xx/constitution/article/44/paragraph/6'
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from rdflib import URIRef

from ..rdf.iris import mint, slug
from ..resolve.vocabulary import normalise
from ..text.dates import DATE_PATTERN, match_to_date
from .instruments import find_instruments
from .law_acronyms import defined, fuller, restated, uses
from .law_shapes import ARTICLE_LIST, ARTICLE_NUMBER, GENERIC_LAW, numeric_adoption, referent
from .law_states import foreign_law
from .state_data import Named, state_data
from .states import state_alternation, state_named, state_pattern

_ARTICLE_BEFORE = re.compile(
    r"(?:(?P<sub>[Ss]ubparagraph|[Pp]aragraph) (?P<pn>\d+) of )?"
    rf"(?:[Aa]rticles?\s+|Arts?\.\s*|[Ss]ections?\s+|\u00a7\u00a7?\s*)(?P<an>{ARTICLE_LIST})(?:\(\d+\))?\s+of\s+"
    r"(?:the\s+)?$"
)
_ARTICLE_OF_THE = re.compile(
    rf"\b(?:[Aa]rticles?\s+|[Ss]ections?\s+)(?P<an>{ARTICLE_LIST})(?:\(\d+\))?\s+of\s+"
    r"(?:the\s+|(?=(?:that|this)\s))"
)
"""An article of a law named back by its kind ("Section 31 of the Act", "Article 12 of the
Directive", "Article 4 of that law"; ``law_shapes.referent``)."""
_BARE_ARTICLE = re.compile(
    rf"\b(?P<its>its\s+)?(?:Articles?\s+|Arts?\.\s*)(?P<an>(?>{ARTICLE_LIST}))(?![\w(])(?!\s+of\b)"
)
"""An article cited without its law ("the Law on X ..., but its Article 50", "the Law on
X was adopted; under Article 52 ..."): the law the sentence named before it."""
_PROVISION_BEFORE = re.compile(
    r"(?:[Pp]aragraph|[Aa]rticle) (?P<n>\d+(?:\.\d+)?) of (?:the )?[\"\u201c]?(?:(?:19|20)\d\d )?$"
)
"""A provision cited just before an instrument's name ("paragraph 8 of the "1990 ...")."""


@dataclass(frozen=True)
class LawName:
    """One place a text names a law: where, the name as written, and the law it is."""

    start: int
    end: int
    written: str
    iri: URIRef
    label: str
    country: str
    adopted: datetime.date | None = None
    as_written: str = ""
    """The name as the text writes it ("Law on Elections"), where ``written`` is its usual
    name ("Election Law")."""


@dataclass
class Reference:
    """One thing a passage cites: a law, an article or paragraph of one, an instrument or
    one of its provisions."""

    kind: str
    iri: URIRef
    label: str
    start: int
    end: int
    law: LawName | None = None
    article: str | None = None
    paragraph: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _alias(name: str) -> str:
    escaped = re.escape(name).replace(r"\ ", r"\s+")
    return escaped if " " not in name else f"(?i:{escaped})"


@cache
def _law_pattern(country: str) -> re.Pattern[str]:
    """Law names for a report on ``country``: its data's names, the dated long form, the
    generic shapes; longer alternatives first."""
    aliases = sorted(
        {n for law in state_data(country).laws for n in law.names}, key=lambda n: (-len(n), n)
    )
    states = state_alternation()
    dated = (
        rf"Law\s+of\s+(?:the\s+)?(?P<state>{states})\s+of\s+(?P<date>[A-Z]\w+\s+\d{{1,2}},\s+\d{{4}})"
        r"\s+[\"\u201c](?P<title>[^\"\u201d]{5,200}?)\.?[\"\u201d]"
    )
    parts = [f"(?P<dated>{dated})"]
    if aliases:
        parts.append("(?P<alias>" + "|".join(_alias(a) for a in aliases) + ")")
    parts.append(f"(?P<generic>{GENERIC_LAW})")
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})(?![\w])")


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")


def plain_name(text: str) -> str:
    """A law's name as written, without quotes, a sentence-initial "The" or a word of the
    sentence after it."""
    text = re.sub(r"\s+", " ", re.sub('["\u201c\u201d]', "", text)).strip()
    text = re.sub(r"\s+(?:and|of|the|in|to|which|that|as|with|for)$", "", text)
    return re.sub(r"^The\s+", "", text)  # a sentence-initial "The Civil Code"


def law_name(text: str) -> str:
    """The law's usual name: "Election Law" for the law on elections; a code keeps its own
    name ("Electoral Code"), which is how the report and a reader name it."""
    text = plain_name(text)
    if re.fullmatch(r"(?:Constitutional )?Law on Elections|Election Law", text):
        return "Election Law"
    return text


_STOP = {"draft", "submitted", "by", "the", "on", "of", "and", "to", "a"}


def law_key(name: str) -> str:
    """A key under which variant spellings of one law's name coincide; a law cited by its
    number ("Law No. 298", "Law No. 298 on ...") is known by the number."""
    numbered = re.match(r"(?:Constitutional\s+)?Law\s+No\.?\s*(\d+(?:/\d+)?)", name)
    if numbered:
        return slug(f"law no {numbered.group(1)}")
    directive = re.search(r"\bDirective\s+(?:No\.?\s*)?(\d+/\d+/\w+)", name)
    if directive:  # "Council Directive 94/80/EC", later "Directive 94/80/EC"
        return slug(f"directive {directive.group(1)}")
    words = re.sub(r"\bprocedures for\b", "", name.lower()).split()
    return slug(" ".join(w for w in words if w not in _STOP))


def _known(country: str, name: str) -> Named | None:
    """The law of ``country``'s data one of whose names normalises as ``name`` does."""
    wanted = normalise(name)
    for law in state_data(country).laws:
        if any(normalise(n) == wanted for n in law.names):
            return law
    return None


def state_after(text: str, end: int) -> str | None:
    """The state named right after a law's name ("... Code of <state>"), if any."""
    of = _OF_STATE.match(text, end)
    if of is None:
        return None
    named = state_pattern().match(text, of.end())
    if named is None:
        return None
    state = state_named(named.group("name"))
    return state.key if state is not None else None


def find_laws(
    text: str,
    country: str,
    memory: LawMemory | None = None,
) -> list[LawName]:
    """Every law ``text`` names, in order, each under the state it names or ``country``;
    a short form ``text`` or ``memory`` defines ("(LEMP)") names its law where used, and
    so does a law's name cut short after its full name (in ``text`` or among the laws
    ``memory`` holds, those the document named before by their names)."""
    memory = memory or LawMemory()
    found = _named_laws(text, country)
    short = {**memory.acronyms, **law_acronyms(text, found)}
    named = {**memory.earlier, **{law.written: law for law in found}}
    for index, law in enumerate(found):  # "the Law on X" after "the Law on X to the Y"
        longer = fuller(law.written, (n for n, o in named.items() if o.country == law.country))
        if longer is not None and law.label == law.written:
            found[index] = replace(named[longer], start=law.start, end=law.end)
    inside = restated(text, [(law.start, law.end, law) for law in found])
    for index, law in enumerate(found):  # "the Party Funding Law", defined as a short form
        if law.start in inside:  # "(Law 5/1990, hereinafter ...)": the law it follows
            found[index] = replace(inside[law.start], start=law.start, end=law.end)
        elif law.written in short and short[law.written].iri != law.iri:
            found[index] = replace(short[law.written], start=law.start, end=law.end)
    for start, end, acronym in uses(text, short):
        if not any(law.start < end and start < law.end for law in found):
            found.append(replace(short[acronym], start=start, end=end))
    return sorted(found, key=lambda law: law.start)


def law_acronyms(text: str, laws: list[LawName]) -> dict[str, LawName]:
    """Short form -> law, for each parenthesis right after a law's name in ``text``."""
    return defined(text, ((law.start, law.end, law) for law in laws))


def _named_laws(text: str, country: str) -> list[LawName]:
    found: list[LawName] = []
    for match in _law_pattern(country).finditer(text):
        adopted = None
        written, cited = match.group(), ""
        if foreign_law(text, match.start(), written, country):
            continue  # "the <adjective> Electoral Code": another state's, cited for comparison
        where = state_after(text, match.end()) or country
        if match.group("dated"):
            state = state_named(match.group("state"))
            where = state.key if state is not None else country
            written = f'Law "{match.group("title")}"'
            when = DATE_PATTERN.search(match.group("date"))
            adopted = match_to_date(when) if when else None
        elif (numeric := numeric_adoption(written)) is not None:
            cited, adopted = numeric  # "the Act of 27.06.1997 on X", also "Act on X"
        name = law_name(written)
        known = _known(where, written) or _known(where, name)
        if known is not None:
            iri, label = known.iri, known.label
        else:
            iri, label = mint("law", where, law_key(name)), name
        law = LawName(match.start(), match.end(), name, iri, label, where, adopted)
        found.append(replace(law, as_written=plain_name(cited or written)))
    return found


def find_references(
    text: str,
    country: str,
    memory: LawMemory | None = None,
) -> list[Reference]:
    """What ``text`` cites, in order; an article citation is not also a bare law citation.
    ``country`` is the ISO code of the report's state; ``memory`` the short forms and
    names of laws the document gave before ``text``."""
    found: list[Reference] = []
    laws = find_laws(text, country, memory)
    instruments = find_instruments(text)
    cited_after: set[int] = set()
    for bare in _BARE_ARTICLE.finditer(text):
        after = _law_right_after(laws, text, bare.end())  # "Article 77 FAPR"
        if after is not None:
            cited_after.add(after.start)
        law = after or _law_before(laws, instruments, bare)
        if law is None and not laws and not instruments and memory is not None:
            law = memory.just_before(country)  # "The amended Article 5.30 ..."
        if law is not None:
            found.extend(_articles(law, bare, law.end if after else bare.end()))
    found.extend(_articles_named_back(text, laws, country, memory))
    for law in laws:
        if law.start in cited_after:
            continue
        before = _ARTICLE_BEFORE.search(text, 0, law.start)
        if before is None:
            found.append(Reference("law", law.iri, law.label, law.start, law.end, law))
            continue
        found.extend(_articles(law, before, law.end))
    for instrument, match in instruments:
        before = _PROVISION_BEFORE.search(text, 0, match.start())
        if before is None:
            found.append(Reference("instrument", instrument.iri, instrument.label, *match.span()))
            continue
        number = before.group("n")
        iri = URIRef(f"{instrument.iri}/{instrument.unit}/{number}")
        label = f"{instrument.label}, {instrument.unit} {number}"
        found.append(Reference("provision", iri, label, before.start(), match.end()))
    return sorted(found, key=lambda ref: ref.start)


def _articles_named_back(
    text: str, laws: list[LawName], country: str, memory: LawMemory | None
) -> list[Reference]:
    """The articles of a law cited by its kind alone ("Article 12 of the Directive"): of
    the law of that kind the text, or else the document before it, named last."""
    found: list[Reference] = []
    for cited in _ARTICLE_OF_THE.finditer(text):
        earlier = [*(memory.named if memory else []), *(x for x in laws if x.end <= cited.start())]
        by_label = {str(law.label): law for law in earlier if law.country == country}
        back = referent(text[cited.end() :], [str(law.label) for law in earlier])
        if back is not None and back[0] in by_label:
            found.extend(_articles(by_label[back[0]], cited, cited.end() + back[1]))
    return found


def _law_right_after(laws: list[LawName], text: str, end: int) -> LawName | None:
    """The law named (or short-formed) right after a bare article: "Article 282bis SCC"."""
    for law in laws:
        if law.start > end and text[end : law.start].isspace() and law.start - end <= 2:
            return law
    return None


def _law_before(
    laws: list[LawName], instruments: Sequence[tuple[object, re.Match[str]]], bare: re.Match[str]
) -> LawName | None:
    """The law a bare article belongs to: after "its", the law named last before it;
    otherwise the one law the sentence named before it, with no instrument cited between."""
    named = [law for law in laws if law.end <= bare.start()]
    if not named or (not bare.group("its") and len({law.iri for law in named}) > 1):
        return None
    last = named[-1]
    if any(last.end <= match.start() < bare.start() for _, match in instruments):
        return None
    return last


def _articles(law: LawName, before: re.Match[str], end: int) -> list[Reference]:
    """One reference per article a citation lists ("Articles 7.3 and 7.4 of ..."); a
    paragraph named first belongs to the one article it precedes."""
    paragraph = before.groupdict().get("pn")
    if re.search(r"\sto\s", before.group("an")):  # "Articles 7 to 9": the law, not its ends
        return [Reference("law", law.iri, law.label, before.start(), end, law)]
    found = []
    for number in re.findall(ARTICLE_NUMBER, before.group("an")):
        article = re.sub("[\u2013\u2014]", "-", number).replace(" ", "")  # "317-1", "58bis"
        iri = URIRef(f"{law.iri}/article/{article}")
        name = f"{law.label}, article {article}"
        ref = Reference("article", iri, name, before.start(), end, law, article)
        if paragraph:
            word = before.group("sub").lower()
            ref.iri = URIRef(f"{iri}/{word}/{paragraph}")
            ref.label += f", {word} {paragraph}"
            ref.paragraph = paragraph
            ref.extra["unit"] = word
        found.append(ref)
    return found


@dataclass
class LawMemory:
    """The laws a text has named so far by their names, and the short forms it defined for
    them ("(LEMP)"): a later passage's acronym or cut-short name resolves to them."""

    acronyms: dict[str, LawName] = field(default_factory=dict)
    earlier: dict[str, LawName] = field(default_factory=dict)
    named: list[LawName] = field(default_factory=list)
    """Every law named so far, in order, which "the Act" names back."""
    previous: list[LawName] = field(default_factory=list)
    """The laws the passage read last named, when it cited no instrument besides them."""

    def read(self, text: str, country: str) -> None:
        """Remember the laws ``text`` names and the short forms it defines."""
        named = find_laws(text, country, self)
        self.previous = [] if find_instruments(text) else named
        self.named.extend(named)
        self.earlier.update((law.written, law) for law in named if law.written not in self.earlier)
        self.acronyms.update(law_acronyms(text, named))

    def just_before(self, country: str) -> LawName | None:
        """The one law the passage read last named, of the report's state (``country``):
        the law a bare article of the next passage belongs to ("The amendments to the
        Election Law ... The amended Article 5.30 still allows ...")."""
        own = {law.iri: law for law in self.previous if law.country == country}
        return next(iter(own.values())) if len(own) == 1 else None


__all__ = [
    "ARTICLE_LIST",
    "ARTICLE_NUMBER",
    "GENERIC_LAW",
    "LawMemory",
    "LawName",
    "Reference",
    "find_laws",
    "find_references",
    "law_acronyms",
    "law_key",
    "law_name",
    "state_after",
]
